"""The report of the steering committee meeting of 30 September 2022 (seed 003).

The seed was extracted from a PDF with words and letters out of order; the Arabic below
was put right by hand, sentence by sentence, then translated into French.
``plain_text(language)`` is the interface the document library uses to generate the
report's PDF.
"""

# ruff: noqa: E501 - prose: the lines are sentences, not code.

import datetime

from .text import Body, join_lines, to_lines

DATE = datetime.date(2022, 9, 30)
SLUG = "steering-committee-meeting-2022-09-30"

TITLE = {
    "ar": "تقرير اجتماع لجنة الإشراف - 30 شتنبر 2022",
    "fr": "Compte rendu de la réunion du comité de pilotage - 30 septembre 2022",
}

INTRO = {
    "ar": "اجتمعت لجنة الإشراف يوم الجمعة 30 شتنبر 2022 بمقر وزارة الانتقال الرقمي "
    "وإصلاح الإدارة لتتبع تحضيرات اللقاء الجهوي لإفريقيا والشرق الأوسط لشراكة "
    "الحكومة المنفتحة، والاطلاع على توصيات منظمة التعاون والتنمية الاقتصادية من أجل "
    "استراتيجية وطنية للحكومة المنفتحة.",
    "fr": "Le comité de pilotage s'est réuni le vendredi 30 septembre 2022 au siège du "
    "ministère de la Transition numérique et de la Réforme de l'administration pour "
    "suivre la préparation de la rencontre régionale Afrique et Moyen-Orient du "
    "Partenariat pour un gouvernement ouvert et prendre connaissance des "
    "recommandations de l'OCDE pour une stratégie nationale de gouvernement ouvert.",
}

LABELS = {
    "ar": {
        "date": "تاريخ الاجتماع",
        "place": "مكان الاجتماع",
        "participants": "المشاركون",
        "participants_caption": "المشاركون في الاجتماع ومؤسساتهم وطريقة مشاركتهم",
        "name": "الاسم",
        "institution": "المؤسسة",
        "attendance": "طريقة المشاركة",
        "in_person": "حضوريا",
        "remote": "عن بعد",
        "absent": "الوزارات والجمعيات التي لم تشارك في الاجتماع",
        "agenda": "جدول أعمال الاجتماع",
        "discussed": "النقاط المتداولة",
        "agreed": "النقاط المتفق عليها",
    },
    "fr": {
        "date": "Date de la réunion",
        "place": "Lieu de la réunion",
        "participants": "Participants",
        "participants_caption": "Participants à la réunion, leur institution et leur "
        "mode de participation",
        "name": "Nom",
        "institution": "Institution",
        "attendance": "Participation",
        "in_person": "En présentiel",
        "remote": "À distance",
        "absent": "Ministères et associations n'ayant pas participé à la réunion",
        "agenda": "Ordre du jour",
        "discussed": "Points discutés",
        "agreed": "Points convenus",
    },
}

DATE_TEXT = {"ar": "الجمعة 30 شتنبر 2022", "fr": "Vendredi 30 septembre 2022"}

PLACE = {
    "ar": "وزارة الانتقال الرقمي وإصلاح الإدارة",
    "fr": "Ministère de la Transition numérique et de la Réforme de l'administration",
}

_MTNRA = PLACE
_OCDE = {
    "ar": "منظمة التعاون والتنمية الاقتصادية",
    "fr": "Organisation de coopération et de développement économiques (OCDE)",
}
_BUDGET = {
    "ar": "الوزارة المنتدبة المكلفة بالميزانية",
    "fr": "Ministère délégué chargé du Budget",
}

# (name, institution, remote) in each language; the order is the seed's.
PARTICIPANTS: list[dict] = [
    {
        "name": {"ar": "السيدة سارة العمراني", "fr": "Mme Sara El Amrani"},
        "institution": _MTNRA,
        "remote": False,
    },
    {
        "name": {"ar": "السيدة وئام المستمد", "fr": "Mme Wiam El Moustamid"},
        "institution": _MTNRA,
        "remote": False,
    },
    {
        "name": {"ar": "السيد طارق النشناش", "fr": "M. Tarik Nechnach"},
        "institution": {
            "ar": "مبادرة الشراكة من أجل الحكومة المنفتحة",
            "fr": "Partenariat pour un gouvernement ouvert (OGP)",
        },
        "remote": False,
    },
    {
        "name": {
            "ar": "السيدة شارلوط دنيز أدم",
            "fr": "Mme Charlotte Denise Adam",
        },
        "institution": _OCDE,
        "remote": False,
    },
    {
        "name": {"ar": "السيدة نوال دجفال", "fr": "Mme Nawal Djafal"},
        "institution": _OCDE,
        "remote": False,
    },
    {
        "name": {"ar": "السيدة زينب محرز", "fr": "Mme Zineb Mahrez"},
        "institution": _OCDE,
        "remote": False,
    },
    {
        "name": {
            "ar": "السيدة محاسن العمري العمراني",
            "fr": "Mme Mahassine El Omari El Amrani",
        },
        "institution": _OCDE,
        "remote": False,
    },
    {
        "name": {"ar": "السيد الحسين فردوس", "fr": "M. El Houssine Ferdaous"},
        "institution": {
            "ar": "الوزارة المنتدبة لدى رئيس الحكومة المكلفة بالعلاقات مع البرلمان",
            "fr": "Ministère délégué auprès du Chef du gouvernement chargé des "
            "Relations avec le Parlement",
        },
        "remote": False,
    },
    {
        "name": {"ar": "السيدة نعيمة الوكيد", "fr": "Mme Naima El Oukid"},
        "institution": {
            "ar": "وزارة الداخلية - المديرية العامة للجماعات الترابية",
            "fr": "Ministère de l'Intérieur - Direction générale des collectivités "
            "territoriales",
        },
        "remote": False,
    },
    {
        "name": {"ar": "السيدة نورة السعداني", "fr": "Mme Noura Saadani"},
        "institution": {"ar": "وزارة العدل", "fr": "Ministère de la Justice"},
        "remote": False,
    },
    {
        "name": {"ar": "السيدة هاجر الشرقاوي", "fr": "Mme Hajar Cherkaoui"},
        "institution": _BUDGET,
        "remote": False,
    },
    {
        "name": {"ar": "السيدة بسمة ملوك", "fr": "Mme Basma Mellouk"},
        "institution": _BUDGET,
        "remote": False,
    },
    {
        "name": {
            "ar": "السيدة ابتسام السباعي الإدريسي",
            "fr": "Mme Ibtissam Sbai Idrissi",
        },
        "institution": {
            "ar": "وزارة الصحة والحماية الاجتماعية",
            "fr": "Ministère de la Santé et de la Protection sociale",
        },
        "remote": False,
    },
    {
        "name": {
            "ar": "السيدة فاطمة الزهراء بنعويش",
            "fr": "Mme Fatima Zahra Benaouich",
        },
        "institution": {
            "ar": "وزارة الانتقال الطاقي والتنمية المستدامة",
            "fr": "Ministère de la Transition énergétique et du Développement durable",
        },
        "remote": False,
    },
    {
        "name": {"ar": "السيد رشيد الأعوج", "fr": "M. Rachid Laaouej"},
        "institution": {
            "ar": "وزارة التضامن والإدماج الاجتماعي والأسرة",
            "fr": "Ministère de la Solidarité, de l'Insertion sociale et de la Famille",
        },
        "remote": False,
    },
    {
        "name": {"ar": "السيد عبد العزيز الهواري", "fr": "M. Abdelaziz El Houari"},
        "institution": {
            "ar": "الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها",
            "fr": "Instance nationale de la probité, de la prévention et de la lutte "
            "contre la corruption",
        },
        "remote": False,
    },
    {
        "name": {
            "ar": "السيدة حسناء صوريا ملياني",
            "fr": "Mme Hasnaa Soraya Miliani",
        },
        "institution": {
            "ar": "وكالة التنمية الرقمية",
            "fr": "Agence de développement du digital",
        },
        "remote": False,
    },
    {
        "name": {"ar": "السيد عبد العزيز الجناتي", "fr": "M. Abdelaziz Jennati"},
        "institution": {
            "ar": "مرصد حماية البيئة والمآثر التاريخية بطنجة",
            "fr": "Observatoire de protection de l'environnement et des monuments "
            "historiques de Tanger",
        },
        "remote": True,
    },
    {
        "name": {"ar": "السيد أيمن أماليك", "fr": "M. Aymane Amalik"},
        "institution": {
            "ar": "جمعية من أجل الشباب (فور شباب)",
            "fr": "Association Pour les jeunes (For Chabab)",
        },
        "remote": False,
    },
    {
        "name": {"ar": "السيد صلاحي السويدي", "fr": "M. Slahi Souidi"},
        "institution": {
            "ar": "منتدى الصحراء للحوار والثقافات",
            "fr": "Forum du Sahara pour le dialogue et les cultures",
        },
        "remote": False,
    },
    {
        "name": {"ar": "السيدة سمية البعوشي", "fr": "Mme Soumia Baouchi"},
        "institution": {
            "ar": "جمعية نساء بلادي للتنمية والسياحة",
            "fr": "Association Nissae Bladi pour le développement et le tourisme",
        },
        "remote": True,
    },
    {
        "name": {"ar": "السيد عبد المالك أصريح", "fr": "M. Abdelmalek Asrih"},
        "institution": {
            "ar": "جمعية الحمامة البيضاء لحقوق الأشخاص في وضعية إعاقة بالمغرب",
            "fr": "Association Al Hamama Al Baida pour les droits des personnes en "
            "situation de handicap au Maroc",
        },
        "remote": True,
    },
    {
        "name": {"ar": "السيد أحمد انجار", "fr": "M. Ahmed Anjar"},
        "institution": {
            "ar": "جمعية لبيرات للرياضة والتنمية",
            "fr": "Association Lbirat pour le sport et le développement",
        },
        "remote": True,
    },
    {
        "name": {"ar": "السيد الميلود رزوقي", "fr": "M. Miloud Rezzouki"},
        "institution": {
            "ar": "جمعية التعاون للتنمية والثقافة",
            "fr": "Association Attaawoun pour le développement et la culture",
        },
        "remote": True,
    },
    {
        "name": {"ar": "السيد سعيد شكري", "fr": "M. Said Chakri"},
        "institution": {
            "ar": "الائتلاف المغربي من أجل المناخ والتنمية المستدامة",
            "fr": "Alliance marocaine pour le climat et le développement durable",
        },
        "remote": True,
    },
    {
        "name": {"ar": "السيدة هند بناني", "fr": "Mme Hind Bennani"},
        "institution": {
            "ar": "الجمعية الديمقراطية لنساء المغرب",
            "fr": "Association démocratique des femmes du Maroc",
        },
        "remote": False,
    },
]

ABSENT = {
    "ar": [
        "وزارة التربية الوطنية والتعليم الأولي والرياضة؛",
        "جمعية حركة بدائل مواطنة؛",
        "جمعية ملتقى بلادي للمواطنة.",
    ],
    "fr": [
        "Ministère de l'Éducation nationale, du Préscolaire et des Sports ;",
        "Association Mouvement Alternatives citoyennes ;",
        "Association Moultaqa Bladi pour la citoyenneté.",
    ],
}

AGENDA = {
    "ar": [
        "تقدم التحضيرات للقاء الجهوي لإفريقيا والشرق الأوسط لشراكة الحكومة المنفتحة؛",
        "عرض حول التوصيات المقترحة من أجل استراتيجية وطنية للحكومة المنفتحة، بناء "
        "على تشخيص الحكومة المنفتحة في المغرب الذي أنجزته منظمة التعاون والتنمية "
        "الاقتصادية.",
    ],
    "fr": [
        "État d'avancement des préparatifs de la rencontre régionale Afrique et "
        "Moyen-Orient du Partenariat pour un gouvernement ouvert ;",
        "Présentation des recommandations proposées pour une stratégie nationale de "
        "gouvernement ouvert, sur la base de l'examen du gouvernement ouvert au Maroc "
        "réalisé par l'Organisation de coopération et de développement économiques.",
    ],
}

# The points discussed, section by section (a sub-heading, then its body).
DISCUSSED: dict[str, list[tuple[str, Body]]] = {
    "ar": [
        (
            "الكلمة الافتتاحية",
            [
                [
                    "الترحيب بأعضاء اللجنة من ممثلي الإدارات والمؤسسات العمومية وهيئات "
                    "الحكامة وكذا ممثلي المجتمع المدني، والدعوة إلى تكثيف الجهود لتنفيذ "
                    "الأنشطة المتبقية في إطار خطة العمل الوطنية للحكومة المنفتحة للفترة "
                    "2021-2023 في الآجال المحددة، والتأكيد على ضرورة تحيين كل مؤسسة "
                    "لتقدم تنفيذ التزاماتها عبر منصة التتبع؛",
                    "الترحيب بممثل مبادرة الشراكة من أجل الحكومة المنفتحة وشكره على "
                    "الجهود التي يبذلها فريق عمل الشراكة لإنجاح اللقاء الجهوي لمنطقة "
                    "إفريقيا والشرق الأوسط لشراكة الحكومة المنفتحة، ودعوته لتقديم آخر "
                    "التفاصيل المتعلقة بهذا الحدث؛",
                    "الترحيب بممثلة منظمة التعاون والتنمية الاقتصادية وشكرها على الدعم "
                    "المتواصل الذي تقدمه المنظمة لتنزيل ورش الحكومة المنفتحة بالمغرب، "
                    "والتذكير بالدراسة التي أنجزتها المنظمة من أجل تشخيص ورش الحكومة "
                    "المنفتحة بالمغرب، والتي ساهمت فيها مجموعة من الإدارات والهيئات "
                    "الوطنية، ودعوتها إلى تقديم أهم الخلاصات والتوصيات الناتجة عن هذا "
                    "التشخيص خلال هذا الاجتماع.",
                ],
            ],
        ),
        (
            "تقدم التحضيرات للقاء الجهوي لإفريقيا والشرق الأوسط لشراكة الحكومة "
            "المنفتحة",
            [
                [
                    "التذكير بتاريخ اللقاء ومكانه (مراكش، من فاتح إلى ثالث نونبر "
                    "2022)؛",
                    "التذكير ببعض المعطيات حول المشاركين (حوالي 500 مشارك من ممثلي "
                    "الجهات الحكومية وغير الحكومية بالمنطقة)؛",
                    "الإشارة إلى أن اللقاء سيشكل فرصة للنقاش والاستلهام من أفضل سياسات "
                    "الانفتاح ومبادراته، بهدف تعزيز المبادرات الوطنية في مجالات الشفافية "
                    "والمشاركة والمساءلة؛",
                    "التذكير بكيفية الإعداد المشترك لبرنامج اللقاء، إثر فتح باب تقديم "
                    "الاقتراحات حول الورشات المزمع تنظيمها خلال اللقاء في مجالات المشاركة "
                    "المواطنة والابتكار الرقمي والولوج إلى العدالة ومكافحة الفساد، والذي "
                    "أسفر عن حوالي 300 اقتراح تمت دراستها وانتقاء الورشات المقبولة منها "
                    "وفقا لمجموعة من المعايير؛",
                    "دعوة الجمعية الديمقراطية لنساء المغرب إلى التنسيق مع وزارة العدل من "
                    "أجل إعداد الورقة التأطيرية للورشة التي ستنظمها الجمعية خلال اللقاء، "
                    "والمتعلقة بالنوع الاجتماعي والعدالة؛",
                    "التذكير بكيفية المشاركة في اللقاء، والدعوة إلى التسجيل في الموقع "
                    "الرسمي للقاء www.ogpmorocco2022.org.ma في أجل أقصاه 30 شتنبر "
                    "2022؛",
                    "اقتراح مشاركة متدخل عن وكالة التنمية الرقمية لعرض التجربة المغربية "
                    "في مجال البيانات المفتوحة خلال الورشة المتعلقة بهذا الموضوع، على أن "
                    "يقوم فريق شراكة الحكومة المنفتحة بالتنسيق مع منظمي هذه الورشة في "
                    "هذا الصدد؛",
                    "تقديم مشروع الورقة التأطيرية لتنظيم الورشة الخاصة بالمجتمع المدني "
                    "خلال اللقاء الجهوي (مقاربة العمل ومنهجيته، أهداف الورشة، الموضوع "
                    "المركزي للورشة، المخرجات المنتظرة)؛",
                    "الإشارة إلى أن عدد المشاركين المنتظر في الورشة يقدر بما بين 150 "
                    "و200 مشارك؛",
                    "التأكيد على ضرورة عقد لقاء تحضيري آخر لتحديد برنامج الورشة "
                    "والمتدخلين والمحور الأساسي وكذا المخرجات المنتظرة؛",
                    "تقديم توضيحات بشأن تمويل مشاركة المجتمع المدني في اللقاء، والتأكيد "
                    "على أن الأولوية ستعطى للمتدخلين في مختلف جلسات اللقاء وورشاته؛",
                    "إمكانية حضور المانحين للورشة الخاصة بالمجتمع المدني.",
                ],
                "كما تمت مناقشة نقاط أخرى، منها:",
                [
                    "ضرورة مأسسة الحكومة المنفتحة بالمغرب؛",
                    "ضرورة تعزيز التنسيق بين الحكومة والبرلمان والمستوى المحلي بخصوص "
                    "ورش الحكومة المنفتحة بالمغرب.",
                ],
            ],
        ),
        (
            "عرض حول التوصيات المقترحة من أجل استراتيجية وطنية للحكومة المنفتحة بناء "
            "على تشخيص الحكومة المنفتحة في المغرب الذي أنجزته منظمة التعاون والتنمية "
            "الاقتصادية",
            [
                [
                    "التذكير بمكونات التقرير المتعلق بتشخيص الحكومة المنفتحة بالمغرب؛",
                    "التذكير بمقتضيات توصية منظمة التعاون والتنمية الاقتصادية في مجال "
                    "الحكومة المنفتحة؛",
                    "التعريف بمفهوم الدولة المنفتحة؛",
                    "التعريف بالاستراتيجية في مجال الحكومة المنفتحة وبمميزاتها؛",
                    "تقديم أهم التحديات والفرص المتعلقة بالمغرب في هذا المجال؛",
                    "عرض العناصر الأساسية لنجاح إعداد استراتيجية وطنية للحكومة المنفتحة "
                    "وكيفية بلورتها.",
                ],
            ],
        ),
    ],
    "fr": [
        (
            "Mot d'ouverture",
            [
                [
                    "Accueil des membres du comité, représentants des administrations et "
                    "établissements publics, des instances de gouvernance et de la "
                    "société civile ; appel à intensifier les efforts pour réaliser dans "
                    "les délais les activités restantes du plan d'action national pour "
                    "le gouvernement ouvert 2021-2023, et rappel de la nécessité pour "
                    "chaque institution de mettre à jour l'état d'avancement de ses "
                    "engagements sur la plateforme de suivi ;",
                    "Accueil du représentant du Partenariat pour un gouvernement ouvert, "
                    "remerciements pour les efforts déployés par l'équipe du Partenariat "
                    "pour la réussite de la rencontre régionale Afrique et Moyen-Orient "
                    "du Partenariat pour un gouvernement ouvert, et invitation à "
                    "présenter les derniers détails de cet événement ;",
                    "Accueil de la représentante de l'Organisation de coopération et de "
                    "développement économiques, remerciements pour l'appui continu "
                    "qu'apporte l'Organisation à la mise en œuvre du chantier du "
                    "gouvernement ouvert au Maroc, rappel de l'étude réalisée par "
                    "l'Organisation pour examiner le chantier du gouvernement ouvert au "
                    "Maroc, à laquelle ont contribué plusieurs administrations et "
                    "instances nationales, et invitation à en présenter les principales "
                    "conclusions et recommandations au cours de la réunion.",
                ],
            ],
        ),
        (
            "Avancement des préparatifs de la rencontre régionale Afrique et "
            "Moyen-Orient du Partenariat pour un gouvernement ouvert",
            [
                [
                    "Rappel de la date et du lieu de la rencontre (Marrakech, du 1er au "
                    "3 novembre 2022) ;",
                    "Rappel de quelques données sur les participants (environ 500 "
                    "participants, représentants d'acteurs gouvernementaux et non "
                    "gouvernementaux de la région) ;",
                    "La rencontre sera l'occasion de débattre et de s'inspirer des "
                    "meilleures politiques et initiatives d'ouverture, afin de renforcer "
                    "les initiatives nationales en matière de transparence, de "
                    "participation et de redevabilité ;",
                    "Rappel de la co-construction du programme de la rencontre : un appel "
                    "à propositions d'ateliers dans les domaines de la participation "
                    "citoyenne, de l'innovation numérique, de l'accès à la justice et de "
                    "la lutte contre la corruption a recueilli environ 300 propositions, "
                    "qui ont été examinées, les ateliers retenus ayant été choisis selon "
                    "un ensemble de critères ;",
                    "L'Association démocratique des femmes du Maroc est invitée à se "
                    "coordonner avec le ministère de la Justice pour préparer la note de "
                    "cadrage de l'atelier qu'elle organisera pendant la rencontre, "
                    "consacré au genre et à la justice ;",
                    "Rappel des modalités de participation à la rencontre et invitation à "
                    "s'inscrire sur son site officiel www.ogpmorocco2022.org.ma au plus "
                    "tard le 30 septembre 2022 ;",
                    "Proposition qu'un intervenant de l'Agence de développement du "
                    "digital présente l'expérience marocaine en matière de données "
                    "ouvertes lors de l'atelier consacré à ce sujet ; l'équipe du "
                    "Partenariat pour un gouvernement ouvert se coordonnera à cet effet "
                    "avec les organisateurs de cet atelier ;",
                    "Présentation du projet de note de cadrage de l'atelier consacré à "
                    "la société civile lors de la rencontre régionale (approche et "
                    "méthodologie de travail, objectifs de l'atelier, thème central, "
                    "résultats attendus) ;",
                    "Le nombre de participants attendus à cet atelier est estimé entre "
                    "150 et 200 ;",
                    "Nécessité de tenir une autre réunion préparatoire pour arrêter le "
                    "programme de l'atelier, les intervenants, l'axe principal et les "
                    "résultats attendus ;",
                    "Précisions sur le financement de la participation de la société "
                    "civile à la rencontre : la priorité sera donnée aux intervenants des "
                    "différentes sessions et ateliers ;",
                    "Possibilité que des bailleurs de fonds assistent à l'atelier "
                    "consacré à la société civile.",
                ],
                "D'autres points ont également été discutés, notamment :",
                [
                    "la nécessité d'institutionnaliser le gouvernement ouvert au Maroc ;",
                    "la nécessité de renforcer la coordination entre le gouvernement, le "
                    "Parlement et le niveau local sur le chantier du gouvernement "
                    "ouvert au Maroc.",
                ],
            ],
        ),
        (
            "Présentation des recommandations proposées pour une stratégie nationale "
            "de gouvernement ouvert, sur la base de l'examen du gouvernement ouvert au "
            "Maroc réalisé par l'OCDE",
            [
                [
                    "Rappel des composantes du rapport d'examen du gouvernement ouvert au "
                    "Maroc ;",
                    "Rappel des dispositions de la Recommandation de l'OCDE sur le "
                    "gouvernement ouvert ;",
                    "Présentation du concept d'État ouvert ;",
                    "Présentation de ce qu'est une stratégie de gouvernement ouvert et de "
                    "ses caractéristiques ;",
                    "Présentation des principaux défis et opportunités du Maroc dans ce "
                    "domaine ;",
                    "Présentation des facteurs clés de succès pour élaborer une "
                    "stratégie nationale de gouvernement ouvert et de la manière de la "
                    "construire.",
                ],
            ],
        ),
    ],
}

AGREED = {
    "ar": [
        "عقد اجتماع خاص بممثلي المجتمع المدني في اللجنة يوم الثلاثاء 4 أكتوبر 2022 "
        "حول الورشة الخاصة بالمجتمع المدني المزمع تنظيمها خلال اللقاء الجهوي.",
    ],
    "fr": [
        "Tenir le mardi 4 octobre 2022 une réunion réservée aux représentants de la "
        "société civile au sein du comité, consacrée à l'atelier de la société civile "
        "prévu lors de la rencontre régionale.",
    ],
}


def participant_line(participant: dict, language: str) -> str:
    """ "Name, institution (remote)" as one line of text."""
    separator = "، " if language == "ar" else ", "
    line = participant["name"][language] + separator
    line += participant["institution"][language]
    if participant["remote"]:
        line += f" ({LABELS[language]['remote']})"
    return line


def plain_text(language: str) -> str:
    """The whole report as plain text, headings on their own lines ("ar" or "fr")."""
    if language not in TITLE:
        raise ValueError(f"The report exists in ar and fr, not {language!r}.")
    labels = LABELS[language]
    lines = [TITLE[language], ""]
    lines += [labels["date"], DATE_TEXT[language], ""]
    lines += [labels["place"], PLACE[language], ""]
    lines += [labels["participants"]]
    lines += [f"- {participant_line(p, language)}" for p in PARTICIPANTS]
    lines += ["", labels["absent"]]
    lines += [f"- {item}" for item in ABSENT[language]]
    lines += ["", labels["agenda"]]
    lines += [f"{n}. {item}" for n, item in enumerate(AGENDA[language], 1)]
    lines += ["", labels["discussed"]]
    for heading, body in DISCUSSED[language]:
        lines += ["", heading]
        lines += to_lines(body)
    lines += ["", labels["agreed"]]
    lines += [f"- {item}" for item in AGREED[language]]
    return join_lines(lines)
