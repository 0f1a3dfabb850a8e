"""The civil society space (seed 004): its purpose, participation channels and news.

Seed 004 is in French with Lorem ipsum under each channel; the channels' texts below
are written for the portal, and everything is also given in Arabic. Addresses use
``{lang}``, replaced by the page's language when loading.
"""

# ruff: noqa: E501 - prose: the lines are sentences, not code.

import datetime

from cms.models import NewsKind

from .text import Body

SLUG = "civil-society"

TITLE = {
    "ar": "فضاء المجتمع المدني",
    "fr": "Espace de la société civile",
    "en": "Civil society space",
}

INTRO = {
    "ar": "فضاء يهدف إلى تعزيز مشاركة الفاعلين غير الحكوميين في ورش الحكومة المنفتحة، "
    "عبر مجموعة من قنوات التبادل والحوار الشامل والمستمر.",
    "fr": "Un espace qui vise à renforcer la participation des parties prenantes non "
    "gouvernementales au chantier du gouvernement ouvert, à travers un ensemble de "
    "canaux d'échange et de dialogue inclusif et continu.",
    "en": "A space that strengthens the part non-governmental stakeholders take in the "
    "open government programme, through channels of inclusive and continuous exchange "
    "and dialogue.",
}

ABOUT: dict[str, Body] = {
    "ar": [
        "تشكل منظمات المجتمع المدني طرفا أساسيا في إنجاح ورش الحكومة المنفتحة، بفضل "
        "مساهمتها في تحديد الأولويات، وخبرتها التقنية، وقدرتها على التجميع والتعبئة.",
        "فضاء المجتمع المدني فضاء يهدف إلى تعزيز مشاركة الأطراف المعنية غير الحكومية في "
        "ورش الحكومة المنفتحة. وهو فضاء للتحسيس والتفاعل مع المواطنين ومنظمات المجتمع "
        "المدني عبر مجموعة من قنوات التبادل والحوار الشامل والمستمر، ويجمع كل مستجدات "
        "ورش الحكومة المنفتحة وأنشطته المتعلقة بالمجتمع المدني.",
        "هذا الفضاء مفتوح أمام جميع منظمات المجتمع المدني المهتمة بمواضيع الحكومة "
        "المنفتحة (الشفافية، والمشاركة المواطنة، والنزاهة، والمساءلة). ويمكن للمنظمات "
        "الأعضاء في فضاء المجتمع المدني المشاركة في مجموعات عمل موضوعاتية أو ترابية "
        "لتعميق التفكير والتعاون حول مواضيع الحكومة المنفتحة.",
    ],
    "fr": [
        "Les organisations de la société civile (OSC) constituent une partie prenante "
        "clé dans la réussite du chantier du gouvernement ouvert, grâce à leur "
        "contribution en matière d'identification des priorités, d'expertise technique, "
        "et de capacité de rassemblement et de mobilisation.",
        "L'espace de la société civile vise le renforcement de la participation des "
        "parties prenantes non gouvernementales dans le chantier du gouvernement ouvert. "
        "C'est un espace de sensibilisation et d'interaction avec les citoyens et les "
        "organisations de la société civile à travers un ensemble de canaux d'échange et "
        "de dialogue inclusif et continu. Il regroupe toutes les actualités et les "
        "activités du chantier du gouvernement ouvert en relation avec la société "
        "civile.",
        "Cet espace est ouvert à toutes les organisations de la société civile "
        "intéressées par les thématiques du gouvernement ouvert (transparence, "
        "participation citoyenne, intégrité, redevabilité). Les organisations membres de "
        "l'espace de la société civile peuvent participer à des groupes de travail "
        "thématiques ou territoriaux pour pousser la réflexion et la collaboration sur "
        "les sujets du gouvernement ouvert.",
    ],
    "en": [
        "Civil society organisations (CSOs) are key to the success of the open "
        "government programme: they help identify priorities, bring technical expertise "
        "and can bring people together and mobilise them.",
        "The civil society space strengthens the part non-governmental stakeholders "
        "take in the programme. It raises awareness and lets citizens and civil society "
        "organisations interact through channels of inclusive and continuous exchange "
        "and dialogue, and it gathers the programme's news and activities related to "
        "civil society.",
        "It is open to every civil society organisation interested in open government "
        "(transparency, citizen participation, integrity, accountability). Member "
        "organisations can take part in thematic or territorial working groups.",
    ],
}

CHANNELS_HEADING = {
    "ar": "قنوات المشاركة",
    "fr": "Canaux de participation",
    "en": "Ways to take part",
}

# The six channels: (title, text, link text) per language, and the address of the
# module each leads to ("useful-links" is the useful links page of this space).
CHANNELS: list[dict] = [
    {
        "url": "/{lang}/calls/steering-committee-2024/",
        "ar": (
            "الترشح لتمثيل المجتمع المدني في لجنة الإشراف",
            "تضم لجنة الإشراف تسع جمعيات تمثل المجتمع المدني، تنتقيها لجنة انتقاء مستقلة "
            "وفق معايير منشورة، ويتم تجديدها مع كل خطة عمل وطنية. تابعوا طلبات الترشيح "
            "المفتوحة وشروطها وآجالها ونتائجها.",
            "طلبات الترشيح",
        ),
        "fr": (
            "Candidature pour représenter la société civile au comité de pilotage "
            "(Copil)",
            "Neuf associations représentent la société civile au comité de pilotage. "
            "Elles sont choisies par un comité de sélection indépendant selon des "
            "critères publiés, et renouvelées avec chaque plan d'action national. Suivez "
            "les appels à candidatures ouverts, leurs conditions, leurs délais et leurs "
            "résultats.",
            "Appels à candidatures",
        ),
        "en": (
            "Apply to represent civil society on the steering committee",
            "Nine associations represent civil society on the steering committee, chosen "
            "by an independent selection committee on published criteria and renewed "
            "with each national action plan. Follow the open calls, their conditions, "
            "deadlines and results.",
            "Calls for applications",
        ),
    },
    {
        "url": "/{lang}/working-groups/",
        "ar": (
            "الترشح للمشاركة في المجموعات الموضوعاتية",
            "تجمع مجموعات العمل الموضوعاتية والترابية الجمعيات والإدارات المعنية حول "
            "التزامات خطة العمل الوطنية. اختاروا مجموعة تهم مجال عمل جمعيتكم وقدموا طلب "
            "الانضمام إليها.",
            "مجموعات العمل",
        ),
        "fr": (
            "Candidature pour participer aux groupes thématiques (GT)",
            "Les groupes de travail thématiques et territoriaux réunissent associations "
            "et administrations concernées autour des engagements du plan d'action "
            "national. Choisissez un groupe proche du domaine de votre association et "
            "demandez à le rejoindre.",
            "Groupes de travail",
        ),
        "en": (
            "Apply to join the thematic groups",
            "Thematic and territorial working groups bring associations and the "
            "administrations concerned together around the commitments of the national "
            "action plan. Choose a group close to your association's field and ask to "
            "join it.",
            "Working groups",
        ),
    },
    {
        "url": "/{lang}/consultations/",
        "ar": (
            "المشاركة في الإعداد المشترك لخطط العمل الوطنية",
            "تُعد خطط العمل الوطنية للحكومة المنفتحة بشكل مشترك بين الإدارة والمجتمع "
            "المدني. شاركوا في الاستشارات العمومية المفتوحة، واقترحوا التزامات، وعلقوا "
            "على مشاريع الخطط قبل اعتمادها.",
            "الاستشارات العمومية",
        ),
        "fr": (
            "Participation à la cocréation des plans d'action nationaux",
            "Les plans d'action nationaux pour le gouvernement ouvert sont élaborés "
            "conjointement par l'administration et la société civile. Participez aux "
            "consultations publiques ouvertes, proposez des engagements et commentez les "
            "projets de plan avant leur adoption.",
            "Consultations publiques",
        ),
        "en": (
            "Co-create the national action plans",
            "The national open government action plans are drafted jointly by the "
            "administration and civil society. Take part in open public consultations, "
            "propose commitments and comment on draft plans before they are adopted.",
            "Public consultations",
        ),
    },
    {
        "url": "/{lang}/events/",
        "ar": (
            "التسجيل للمشاركة في الفعاليات والدورات التكوينية",
            "لقاءات وتظاهرات ودورات تكوينية لتعزيز قدرات المجتمع المدني في مجالات "
            "الحكومة المنفتحة. اطلعوا على البرنامج وسجلوا في الفعاليات التي تهمكم.",
            "الفعاليات والتكوينات",
        ),
        "fr": (
            "Inscription pour participer aux événements et formations",
            "Rencontres, manifestations et formations pour renforcer les capacités de la "
            "société civile sur les thématiques du gouvernement ouvert. Consultez le "
            "programme et inscrivez-vous aux événements qui vous intéressent.",
            "Événements et formations",
        ),
        "en": (
            "Register for events and trainings",
            "Meetings, events and training courses that build civil society's "
            "capacities on open government. See the programme and register for the "
            "events that interest you.",
            "Events and trainings",
        ),
    },
    {
        "url": "/{lang}/consultations/general-box/",
        "ar": (
            "تقديم الاقتراحات والملاحظات",
            "فضاء مفتوح في كل وقت لاستقبال اقتراحاتكم وملاحظاتكم حول ورش الحكومة "
            "المنفتحة وتنفيذ خطط العمل الوطنية، بحساب أو بدونه. يطلع المشرفون على كل "
            "مساهمة قبل نشرها.",
            "تقديم اقتراح أو ملاحظة",
        ),
        "fr": (
            "Soumission de propositions et d'observations",
            "Un espace ouvert en permanence pour recevoir vos propositions et "
            "observations sur le chantier du gouvernement ouvert et la mise en œuvre "
            "des plans d'action nationaux, avec ou sans compte. Les modérateurs "
            "examinent chaque contribution avant sa publication.",
            "Soumettre une proposition ou une observation",
        ),
        "en": (
            "Submit proposals and observations",
            "A space open at all times for your proposals and observations on open "
            "government and the implementation of the national action plans, with or "
            "without an account. Moderators review every contribution before it is "
            "published.",
            "Submit a proposal or an observation",
        ),
    },
    {
        "url": "useful-links",
        "ar": (
            "روابط هامة في مجال المشاركة المواطنة",
            "البوابات الوطنية للشكايات والعرائض والملتمسات والحصول على المعلومات "
            "والبيانات المفتوحة، وموقع شراكة الحكومة المنفتحة: أدوات المشاركة المواطنة "
            "في مكان واحد.",
            "الروابط الهامة",
        ),
        "fr": (
            "Liens utiles de participation citoyenne",
            "Les portails nationaux des réclamations, des pétitions et motions, de "
            "l'accès à l'information et des données ouvertes, et le site du Partenariat "
            "pour un gouvernement ouvert : les outils de la participation citoyenne "
            "réunis en un seul endroit.",
            "Liens utiles",
        ),
        "en": (
            "Useful links for citizen participation",
            "The national portals for complaints, petitions and motions, access to "
            "information and open data, and the Open Government Partnership's site: "
            "the tools of citizen participation in one place.",
            "Useful links",
        ),
    },
]

NEWS_HEADING = {
    "ar": "مستجدات المجتمع المدني",
    "fr": "Actualités de la société civile",
    "en": "Civil society news",
}
NEWS_LINK = {
    "ar": (
        "المستجدات",
        "طلبات الترشيح ونتائجها، واجتماعات لجنة الإشراف، واللقاءات المبرمجة.",
        "كل المستجدات",
    ),
    "fr": (
        "Actualités",
        "Appels à candidatures et leurs résultats, réunions du comité de pilotage, "
        "rencontres programmées.",
        "Toutes les actualités",
    ),
    "en": (
        "News",
        "Calls for applications and their results, steering committee meetings, "
        "upcoming meetings.",
        "All news",
    ),
}

# --- The useful links page ---------------------------------------------------------

USEFUL_LINKS_SLUG = "useful-links"
USEFUL_LINKS_TITLE = {
    "ar": "روابط هامة في مجال المشاركة المواطنة",
    "fr": "Liens utiles de participation citoyenne",
    "en": "Useful links for citizen participation",
}
USEFUL_LINKS_INTRO = {
    "ar": "بوابات وطنية ودولية تتيح للمواطنين والجمعيات تقديم الشكايات والعرائض "
    "والملتمسات، والحصول على المعلومات والبيانات العمومية، ومتابعة شراكة الحكومة "
    "المنفتحة.",
    "fr": "Des portails nationaux et internationaux qui permettent aux citoyens et aux "
    "associations de déposer réclamations, pétitions et motions, d'accéder aux "
    "informations et aux données publiques, et de suivre le Partenariat pour un "
    "gouvernement ouvert.",
    "en": "National and international portals where citizens and associations file "
    "complaints, petitions and motions, access public information and data, and follow "
    "the Open Government Partnership.",
}

# Each link: address, then (title, description) per language.
USEFUL_LINKS: list[dict] = [
    {
        "url": "https://www.chikaya.ma/",
        "ar": (
            "البوابة الوطنية للشكايات (شكاية)",
            "تقديم الشكايات والملاحظات والاقتراحات إلى الإدارات العمومية والجماعات "
            "الترابية والمؤسسات العمومية، وتتبع معالجتها عبر الإنترنت.",
        ),
        "fr": (
            "Portail national des réclamations (Chikaya)",
            "Déposer en ligne réclamations, observations et suggestions auprès des "
            "administrations, des collectivités territoriales et des établissements "
            "publics, et suivre leur traitement.",
        ),
        "en": (
            "National complaints portal (Chikaya)",
            "File complaints, observations and suggestions with administrations, local "
            "authorities and public institutions online, and follow how they are "
            "handled.",
        ),
    },
    {
        "url": "https://www.eparticipation.ma/",
        "ar": (
            "البوابة الوطنية للمشاركة المواطنة",
            "تقديم العرائض إلى السلطات العمومية والملتمسات في مجال التشريع، ودعمها "
            "بالتوقيع الإلكتروني، طبقا للقانونين التنظيميين 44.14 و64.14.",
        ),
        "fr": (
            "Portail national de la participation citoyenne",
            "Déposer des pétitions auprès des pouvoirs publics et des motions "
            "législatives, et les soutenir par signature électronique, conformément aux "
            "lois organiques 44-14 et 64-14.",
        ),
        "en": (
            "National citizen participation portal",
            "File petitions to public authorities and legislative motions, and support "
            "them by electronic signature, under organic laws 44-14 and 64-14.",
        ),
    },
    {
        "url": "https://www.chafafiya.ma/",
        "ar": (
            "بوابة الحق في الحصول على المعلومات (شفافية)",
            "تقديم طلبات الحصول على المعلومات إلى الهيئات والمؤسسات المعنية وتتبعها، "
            "طبقا للقانون 31.13 المتعلق بالحق في الحصول على المعلومات.",
        ),
        "fr": (
            "Portail de l'accès à l'information (Chafafiya)",
            "Adresser des demandes d'accès à l'information aux organismes concernés et "
            "en suivre le traitement, conformément à la loi 31-13 relative au droit "
            "d'accès à l'information.",
        ),
        "en": (
            "Access to information portal (Chafafiya)",
            "Send requests for information to the bodies concerned and follow them, "
            "under law 31-13 on the right of access to information.",
        ),
    },
    {
        "url": "https://data.gov.ma/",
        "ar": (
            "البوابة الوطنية للبيانات المفتوحة",
            "مجموعات بيانات عمومية تنشرها الإدارات والمؤسسات بصيغ مفتوحة وقابلة لإعادة "
            "الاستعمال.",
        ),
        "fr": (
            "Portail national des données ouvertes",
            "Des jeux de données publiques publiés par les administrations et les "
            "établissements dans des formats ouverts et réutilisables.",
        ),
        "en": (
            "National open data portal",
            "Public datasets published by administrations and institutions in open, "
            "reusable formats.",
        ),
    },
    {
        "url": "https://www.opengovpartnership.org/members/morocco/",
        "ar": (
            "شراكة الحكومة المنفتحة - صفحة المغرب",
            "خطط العمل الوطنية للمغرب والتزاماتها وتقارير الآلية المستقلة للتقييم على "
            "موقع شراكة الحكومة المنفتحة.",
        ),
        "fr": (
            "Partenariat pour un gouvernement ouvert - page du Maroc",
            "Les plans d'action nationaux du Maroc, leurs engagements et les rapports du "
            "mécanisme d'évaluation indépendant, sur le site du Partenariat.",
        ),
        "en": (
            "Open Government Partnership - Morocco",
            "Morocco's national action plans, their commitments and the independent "
            "reporting mechanism's reports, on the Partnership's site.",
        ),
    },
    {
        "url": "https://www.mmsp.gov.ma/",
        "ar": (
            "وزارة الانتقال الرقمي وإصلاح الإدارة",
            "الوزارة المكلفة بتنسيق ورش الحكومة المنفتحة بالمغرب وبكتابة لجنة الإشراف.",
        ),
        "fr": (
            "Ministère de la Transition numérique et de la Réforme de l'administration",
            "Le ministère qui coordonne le chantier du gouvernement ouvert au Maroc et "
            "assure le secrétariat du comité de pilotage.",
        ),
        "en": (
            "Ministry of Digital Transition and Administrative Reform",
            "The ministry that coordinates Morocco's open government programme and "
            "runs the steering committee's secretariat.",
        ),
    },
]

# --- News (the three dated items of seed 004) ------------------------------------

NEWS_INDEX_SLUG = "news"
NEWS_INDEX_TITLE = {"ar": "المستجدات", "fr": "Actualités", "en": "News"}
NEWS_INDEX_INTRO = {
    "ar": "المبادرات والأنشطة الوطنية، واللقاءات المبرمجة، واجتماعات لجنتي الإشراف "
    "والتنفيذ وتقاريرها، وطلبات الترشيح والاستشارات المفتوحة، ومبادرات شركاء المغرب "
    "الدوليين في مجال الحكومة المنفتحة.",
    "fr": "Initiatives et activités nationales, rencontres programmées, réunions et "
    "rapports des comités de pilotage et de mise en œuvre, appels à candidatures et "
    "consultations ouvertes, initiatives des partenaires internationaux du Maroc en "
    "matière de gouvernement ouvert.",
    "en": "National initiatives and activities, upcoming meetings, steering and "
    "implementation committee meetings and reports, calls for applications and open "
    "consultations, and initiatives of Morocco's international partners.",
}

NEWS: list[dict] = [
    {
        "slug": "call-for-applications-steering-committee-2024-2027",
        "date": datetime.date(2024, 8, 13),
        "kind": NewsKind.CALLS,
        "tags": {
            "ar": ["لجنة الإشراف", "المجتمع المدني", "طلب ترشيح"],
            "fr": ["comité de pilotage", "société civile", "appel à candidatures"],
            "en": ["steering committee", "civil society", "call for applications"],
        },
        "title": {
            "ar": "طلب ترشيح لتمثيل المجتمع المدني في لجنة الإشراف 2024-2027",
            "fr": "Appel à candidatures pour représenter la société civile au comité de "
            "pilotage 2024-2027",
            "en": "Call for applications to represent civil society on the steering committee 2024-2027",
        },
        "intro": {
            "ar": "باب الترشيح مفتوح أمام الجمعيات المهتمة من 14 غشت إلى 5 شتنبر 2024 "
            "لاختيار تسع جمعيات تمثل المجتمع المدني في لجنة الإشراف.",
            "fr": "Les candidatures sont ouvertes aux associations intéressées du 14 août "
            "au 5 septembre 2024 pour choisir neuf associations qui représenteront la "
            "société civile au comité de pilotage.",
            "en": "Interested associations can apply from 14 August to 5 September 2024; nine will be chosen to represent civil society on the steering committee.",
        },
        "body": {
            "ar": [
                "وفقا لمنهجية انتقاء ممثلي المجتمع المدني في لجنة الإشراف، تم فتح باب "
                "الترشيح لتمثيل المجتمع المدني في لجنة الإشراف أمام الجمعيات المهتمة من 14 "
                "غشت إلى 5 شتنبر 2024.",
                "وعند انتهاء هذا الطلب، ستدرس لجنة انتقاء ملفات الترشيح وتختار تسع جمعيات "
                "من بين المترشحين للعضوية في لجنة الإشراف، على أساس معايير الانتقاء "
                "المحددة في المنهجية المذكورة.",
                "وتجدر الإشارة إلى أن دراسة الترشيحات لا تتم إلا بعد التأكد من إيداع جميع "
                "مكونات ملف الترشيح المطلوبة، وفقا للمنهجية نفسها.",
            ],
            "fr": [
                "Conformément à la méthodologie de sélection des représentants de la "
                "société civile au comité de pilotage, un appel à candidatures pour "
                "représenter la société civile au comité de pilotage est ouvert aux "
                "associations intéressées du 14 août au 5 septembre 2024.",
                "À l'issue de cet appel à candidatures, un comité de sélection étudiera "
                "les dossiers de candidature et choisira 9 associations parmi les "
                "candidats pour siéger au comité de pilotage, sur la base des critères "
                "de sélection définis dans la méthodologie susmentionnée.",
                "Il est à noter que les candidatures ne sont examinées qu'une fois "
                "toutes les pièces requises du dossier déposées, conformément à la même "
                "méthodologie.",
            ],
            "en": [
                "In line with the method for selecting civil society representatives on "
                "the steering committee, a call for applications to represent civil "
                "society on the steering committee is open to interested associations "
                "from 14 August to 5 September 2024.",
                "At the end of the call, a selection committee will study the "
                "applications and choose 9 associations among the candidates to sit on "
                "the steering committee, based on the selection criteria set out in that "
                "method.",
                "Note that applications are studied only once every required part of "
                "the application file has been submitted, as the same method provides.",
            ],
        },
    },
    {
        "slug": "cote-d-ivoire-parliamentary-delegation-2024",
        "date": datetime.date(2024, 9, 26),
        "kind": NewsKind.INTERNATIONAL,
        "tags": {
            "ar": ["البرلمان", "التعاون الدولي"],
            "fr": ["Parlement", "coopération internationale"],
            "en": ["Parliament", "international cooperation"],
        },
        "title": {
            "ar": "رئيس مجلس النواب يستقبل وفدا برلمانيا من كوت ديفوار",
            "fr": "Le Président de la Chambre des Représentants reçoit une délégation "
            "parlementaire de Côte d'Ivoire",
            "en": "The Speaker of the House of Representatives receives a parliamentary delegation from Côte d'Ivoire",
        },
        "intro": {
            "ar": "زيارة من 23 إلى 27 شتنبر 2024 لتبادل التجارب والخبرات بين المؤسستين "
            "التشريعيتين في البلدين.",
            "fr": "Une visite du 23 au 27 septembre 2024 pour échanger expériences et "
            "expertises entre les institutions législatives des deux pays.",
            "en": "A visit from 23 to 27 September 2024 to share experience and expertise between the two countries' legislative institutions.",
        },
        "body": {
            "ar": [
                "استقبل رئيس مجلس النواب، السيد رشيد الطالبي العلمي، يوم الثلاثاء 24 "
                "شتنبر 2024 بمقر البرلمان بالرباط، وفدا برلمانيا من كوت ديفوار يقوده "
                "السيد كوفي كارا، رئيس لجنة تقييم السياسات بالجمعية الوطنية لكوت "
                "ديفوار.",
                "وضم الوفد أعضاء من الجمعية الوطنية ومجلس الشيوخ وممثلين عن المجتمع "
                "المدني في كوت ديفوار.",
                "وتهدف هذه الزيارة، الممتدة من 23 إلى 27 شتنبر 2024، إلى تبادل التجارب "
                "والخبرات بين المؤسسات التشريعية في البلدين.",
            ],
            "fr": [
                "Le mardi 24 septembre 2024, au siège du Parlement à Rabat, le Président "
                "de la Chambre des Représentants, M. Rachid Talbi Alami, a reçu une "
                "délégation parlementaire de la Côte d'Ivoire, conduite par M. Kofi "
                "Kara, Président de la Commission d'évaluation des politiques à "
                "l'Assemblée nationale de Côte d'Ivoire.",
                "La délégation comprenait des membres de l'Assemblée nationale, du Sénat "
                "et des représentants de la société civile de Côte d'Ivoire.",
                "La visite, qui s'étend du 23 au 27 septembre 2024, vise à échanger des "
                "expériences et des expertises entre les institutions législatives des "
                "deux pays.",
            ],
            "en": [
                "On Tuesday 24 September 2024, at the Parliament in Rabat, the Speaker of "
                "the House of Representatives, Mr Rachid Talbi Alami, received a "
                "parliamentary delegation from Côte d'Ivoire led by Mr Kofi Kara, Chair "
                "of the Policy Evaluation Committee of the National Assembly of Côte "
                "d'Ivoire.",
                "The delegation included members of the National Assembly and the Senate "
                "and representatives of Ivorian civil society.",
                "The visit, from 23 to 27 September 2024, aims to share experience and "
                "expertise between the legislative institutions of the two countries.",
            ],
        },
    },
    {
        "slug": "steering-committee-2024-2027-selection-results",
        "date": datetime.date(2024, 9, 27),
        "kind": NewsKind.CALLS,
        "tags": {
            "ar": ["لجنة الإشراف", "المجتمع المدني", "طلب ترشيح"],
            "fr": ["comité de pilotage", "société civile", "appel à candidatures"],
            "en": ["steering committee", "civil society", "call for applications"],
        },
        "title": {
            "ar": "نتائج انتقاء الجمعيات الممثلة للمجتمع المدني في لجنة الإشراف "
            "2024-2027",
            "fr": "Résultats de la sélection des associations représentant la société "
            "civile au comité de pilotage 2024-2027",
            "en": "Results of the selection of the associations representing civil society on the steering committee 2024-2027",
        },
        "intro": {
            "ar": "درست لجنة انتقاء مستقلة ملفات الترشيح واختارت الجمعيات التسع التي "
            "ستمثل المجتمع المدني في لجنة الإشراف للفترة 2024-2027.",
            "fr": "Un comité de sélection indépendant a examiné les candidatures et retenu "
            "les neuf associations qui représenteront la société civile au comité de "
            "pilotage pour la période 2024-2027.",
            "en": "An independent selection committee studied the applications and chose the nine associations that will represent civil society on the steering committee for 2024-2027.",
        },
        "body": {
            "ar": [
                "على إثر طلب الترشيح لانتقاء تسع جمعيات ستمثل المجتمع المدني في لجنة "
                "الإشراف على ورش الحكومة المنفتحة للفترة 2024-2027، الذي أُطلق في الفترة "
                "من 14 غشت إلى 5 شتنبر 2024، ووفقا لمنهجية انتقاء ممثلي المجتمع المدني في "
                "لجنة الإشراف، درست لجنة انتقاء مستقلة ملفات الترشيح حسب معايير الانتقاء "
                "المعمول بها.",
                "وقد تم الإعلان عن الجمعيات التسع المنتقاة للعضوية في لجنة الإشراف خلال "
                "الفترة 2024-2027، وفقا لمبدأ الشفافية الذي يؤطر عملية الانتقاء.",
            ],
            "fr": [
                "Suite à l'appel à candidature pour sélectionner neuf (9) associations "
                "qui vont représenter la société civile au comité de pilotage du "
                "gouvernement ouvert pour la période 2024-2027, lancé sur la période du "
                "14 août au 5 septembre 2024, et conformément à la méthodologie de "
                "sélection des représentants de la société civile au comité de pilotage, "
                "les dossiers de candidatures ont été analysés par un comité de "
                "sélection indépendant, selon les critères de sélection en vigueur.",
                "Les 9 associations retenues pour siéger au comité de pilotage durant la "
                "période 2024-2027 ont été annoncées, conformément au principe de "
                "transparence qui encadre le processus de sélection.",
            ],
            "en": [
                "Following the call for applications to select nine (9) associations to "
                "represent civil society on the open government steering committee for "
                "2024-2027, open from 14 August to 5 September 2024, and in line with the "
                "method for selecting civil society representatives on the steering "
                "committee, the applications were studied by an independent selection "
                "committee against the selection criteria in force.",
                "The 9 associations chosen to sit on the steering committee for "
                "2024-2027 have been announced, in keeping with the principle of "
                "transparency that governs the selection.",
            ],
        },
    },
]
