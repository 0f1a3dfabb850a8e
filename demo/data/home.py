"""The home page (seed 001): the co-creation cycle, the objectives, the calls to act.

Module addresses use ``{lang}``, replaced by the page's language when loading.
"""

# ruff: noqa: E501 - prose: the lines are sentences, not code.

TITLE = {
    "ar": "الحكومة المنفتحة بالمغرب",
    "fr": "Gouvernement ouvert Maroc",
    "en": "Open Government Morocco",
}

HERO_TITLE = {
    "ar": "الحكومة المنفتحة بالمغرب: نُعِدّ وننفذ ونتتبع ونقيّم معا",
    "fr": "Gouvernement ouvert au Maroc : préparer, mettre en œuvre, suivre et évaluer ensemble",
    "en": "Open Government in Morocco: preparing, implementing, following up and evaluating together",
}

INTRO = {
    "ar": "البوابة الوطنية لورش الحكومة المنفتحة بالمغرب، التي تشرف عليها وزارة الانتقال "
    "الرقمي وإصلاح الإدارة: فضاء لتوفير المعلومة وتعزيز القدرات، وللحوار والتفاعل "
    "والاستشارة بين الإدارة العمومية والمجتمع المدني حول خطط العمل الوطنية للحكومة "
    "المنفتحة.",
    "fr": "Le portail national du chantier du gouvernement ouvert au Maroc, animé par le "
    "ministère de la Transition numérique et de la Réforme de l'administration : un "
    "espace pour informer, renforcer les capacités, dialoguer, interagir et consulter, "
    "entre l'administration publique et la société civile, autour des plans d'action "
    "nationaux pour le gouvernement ouvert.",
    "en": "The national portal of Morocco's Open Government programme, run by the Ministry "
    "of Digital Transition and Administrative Reform: a place to inform, build "
    "capacities, talk, interact and consult, between the public administration and "
    "civil society, around the national open government action plans.",
}

# The co-creation cycle: each national action plan goes through these four steps.
CYCLE = {
    "ar": [
        (
            "الإعداد المشترك",
            "تعدّ الإدارات العمومية ومنظمات المجتمع المدني معا خطة العمل الوطنية: تُجمع "
            "المقترحات عبر الاستشارات العمومية، وتُدرس في مجموعات العمل الموضوعاتية، ثم "
            "تُصاغ الالتزامات التي تصادق عليها لجنة الإشراف.",
        ),
        (
            "التنفيذ المشترك",
            "تنفذ القطاعات والمؤسسات المسؤولة التزامات الخطة وفق جدول زمني محدد، في "
            "إطار لجنة التنفيذ، وبمشاركة الجمعيات المنخرطة في مجموعات العمل.",
        ),
        (
            "التتبع المشترك",
            "تحيّن كل مؤسسة تقدم تنفيذ التزاماتها عبر منصة التتبع، وتتابع لجنة الإشراف "
            "والمجتمع المدني هذا التقدم، وتُنشر التقارير ومحاضر الاجتماعات على البوابة.",
        ),
        (
            "التقييم المشترك",
            "تُقيَّم الخطة بشكل تشاركي: تقييم ذاتي من الإدارات، وتقييم مواز من المجتمع "
            "المدني، وتقييم الآلية المستقلة لشراكة الحكومة المنفتحة، وتُستخلص منه دروس "
            "الخطة الموالية.",
        ),
    ],
    "fr": [
        (
            "Préparation conjointe",
            "Administrations publiques et organisations de la société civile élaborent "
            "ensemble le plan d'action national : les propositions sont recueillies par "
            "des consultations publiques, étudiées dans les groupes de travail "
            "thématiques, puis traduites en engagements approuvés par le comité de "
            "pilotage.",
        ),
        (
            "Mise en œuvre conjointe",
            "Les départements et institutions responsables réalisent les engagements du "
            "plan selon un calendrier arrêté, au sein du comité de mise en œuvre et avec "
            "les associations engagées dans les groupes de travail.",
        ),
        (
            "Suivi conjoint",
            "Chaque institution met à jour l'avancement de ses engagements sur la "
            "plateforme de suivi ; le comité de pilotage et la société civile suivent "
            "cet avancement, et les rapports et procès-verbaux sont publiés sur le "
            "portail.",
        ),
        (
            "Évaluation conjointe",
            "Le plan est évalué de manière participative : auto-évaluation des "
            "administrations, évaluation parallèle de la société civile et évaluation du "
            "mécanisme indépendant du Partenariat pour un gouvernement ouvert, dont les "
            "leçons nourrissent le plan suivant.",
        ),
    ],
    "en": [
        (
            "Joint preparation",
            "Public administrations and civil society organisations draft the national "
            "action plan together: proposals are gathered through public consultations, "
            "studied in thematic working groups, then turned into commitments approved "
            "by the steering committee.",
        ),
        (
            "Joint implementation",
            "The responsible departments and institutions carry out the plan's "
            "commitments on an agreed timetable, within the implementation committee "
            "and with the associations active in the working groups.",
        ),
        (
            "Joint follow-up",
            "Each institution updates the progress of its commitments on the follow-up "
            "platform; the steering committee and civil society follow this progress, "
            "and reports and minutes are published on the portal.",
        ),
        (
            "Joint evaluation",
            "The plan is evaluated in a participatory way: self-assessment by the "
            "administrations, a parallel evaluation by civil society and the Open "
            "Government Partnership's independent mechanism, whose lessons feed the "
            "next plan.",
        ),
    ],
}

# The follow-up step links to the action plan's public dashboard (action_plans).
CYCLE_LINKS = {
    "ar": {2: ("لوحة تتبع خطة العمل 2021-2023", "/ar/action-plans/2021-2023/")},
    "fr": {2: ("Tableau de suivi du plan 2021-2023", "/fr/action-plans/2021-2023/")},
    "en": {
        2: ("Follow-up dashboard of the 2021-2023 plan", "/en/action-plans/2021-2023/")
    },
}

OBJECTIVES = {
    "ar": [
        (
            "الشفافية والنشر الاستباقي",
            "الشفافية والنشر الاستباقي لكل المعلومات والمستجدات المتعلقة بورش الحكومة "
            "المنفتحة بالمغرب.",
        ),
        (
            "المشاركة في خطط العمل الوطنية",
            "تمكين جميع الفاعلين المعنيين من المشاركة في إعداد خطط العمل الوطنية "
            "للحكومة المنفتحة وتتبعها وتقييمها.",
        ),
        (
            "الحوار والتفاعل",
            "توفير آليات وفضاءات للحوار والتفاعل مع الفاعلين غير الحكوميين المعنيين بهذا "
            "الورش.",
        ),
    ],
    "fr": [
        (
            "Transparence et publication proactive",
            "La transparence et la publication proactive de toutes les informations et "
            "de toute l'actualité du chantier du gouvernement ouvert au Maroc.",
        ),
        (
            "Participer aux plans d'action nationaux",
            "Permettre à tous les acteurs concernés de participer à l'élaboration, au "
            "suivi et à l'évaluation des plans d'action nationaux pour le gouvernement "
            "ouvert.",
        ),
        (
            "Dialogue et interaction",
            "Offrir des mécanismes et des espaces de dialogue et d'interaction avec les "
            "acteurs non gouvernementaux concernés par ce chantier.",
        ),
    ],
    "en": [
        (
            "Transparency and proactive publication",
            "Transparency and the proactive publication of all information and news "
            "about Morocco's open government programme.",
        ),
        (
            "Taking part in the national action plans",
            "Enabling every stakeholder to take part in preparing, following up and "
            "evaluating the national open government action plans.",
        ),
        (
            "Dialogue and interaction",
            "Providing mechanisms and spaces for dialogue and interaction with the "
            "non-governmental actors involved in the programme.",
        ),
    ],
}

# (title, text, link text, address) - each call leads to a module of the portal.
CALLS = {
    "ar": [
        (
            "قدّموا اقتراحا أو ملاحظة",
            "فضاء مفتوح لاستقبال اقتراحاتكم وملاحظاتكم حول ورش الحكومة المنفتحة وخطط "
            "العمل الوطنية، في أي وقت.",
            "تقديم اقتراح",
            "/{lang}/consultations/general-box/",
        ),
        (
            "شاركوا في الاستشارات العمومية",
            "أبدوا رأيكم في المشاريع والالتزامات المعروضة للاستشارة، وساهموا في الإعداد "
            "المشترك لخطط العمل الوطنية.",
            "الاستشارات المفتوحة",
            "/{lang}/consultations/",
        ),
        (
            "انضموا إلى مجموعات العمل الموضوعاتية",
            "منظمات المجتمع المدني مدعوة إلى الانضمام إلى مجموعات العمل الموضوعاتية "
            "والترابية لتعميق النقاش والتعاون حول مواضيع الحكومة المنفتحة.",
            "مجموعات العمل",
            "/{lang}/working-groups/",
        ),
        (
            "سجلوا في الفعاليات والدورات التكوينية",
            "لقاءات وتظاهرات ودورات تكوينية لتعزيز قدرات الفاعلين في مجال الحكومة "
            "المنفتحة: اطلعوا على البرنامج وسجلوا.",
            "الفعاليات",
            "/{lang}/events/",
        ),
        (
            "اطلعوا على الوثائق",
            "تقارير الاجتماعات، والدلائل والمراجع، والوسائل التواصلية، والدراسات "
            "والتقارير: كل وثائق الورش في مكان واحد.",
            "مكتبة الوثائق",
            "/{lang}/library/",
        ),
        (
            "تعرفوا على هيئات الحكامة",
            "لجنة الإشراف ولجنة التنفيذ وفضاء المجتمع المدني: مهامها وتشكيلتها ودليل "
            "لجنة الإشراف وتقارير اجتماعاتها.",
            "الحكامة",
            "/{lang}/governance/",
        ),
    ],
    "fr": [
        (
            "Soumettez une proposition ou une observation",
            "Un espace ouvert en permanence pour recevoir vos propositions et "
            "observations sur le gouvernement ouvert et les plans d'action nationaux.",
            "Soumettre une proposition",
            "/{lang}/consultations/general-box/",
        ),
        (
            "Participez aux consultations publiques",
            "Donnez votre avis sur les projets et engagements soumis à consultation et "
            "contribuez à la co-création des plans d'action nationaux.",
            "Consultations ouvertes",
            "/{lang}/consultations/",
        ),
        (
            "Rejoignez les groupes de travail thématiques",
            "Les organisations de la société civile sont invitées à rejoindre les "
            "groupes de travail thématiques et territoriaux pour approfondir la réflexion "
            "et la collaboration sur le gouvernement ouvert.",
            "Groupes de travail",
            "/{lang}/working-groups/",
        ),
        (
            "Inscrivez-vous aux événements et formations",
            "Rencontres, manifestations et formations pour renforcer les capacités des "
            "acteurs du gouvernement ouvert : consultez le programme et inscrivez-vous.",
            "Événements",
            "/{lang}/events/",
        ),
        (
            "Consultez les documents",
            "Rapports des réunions, guides et références, supports de communication, "
            "études et rapports : tous les documents du chantier au même endroit.",
            "Bibliothèque",
            "/{lang}/library/",
        ),
        (
            "Découvrez les instances de gouvernance",
            "Comité de pilotage, comité de mise en œuvre et espace de la société civile : "
            "leurs missions, leur composition, la charte du comité de pilotage et les "
            "comptes rendus de ses réunions.",
            "Gouvernance",
            "/{lang}/governance/",
        ),
    ],
    "en": [
        (
            "Submit a proposal or an observation",
            "A space open at all times for your proposals and observations on open "
            "government and the national action plans.",
            "Submit a proposal",
            "/{lang}/consultations/general-box/",
        ),
        (
            "Take part in public consultations",
            "Give your opinion on the projects and commitments under consultation and "
            "help co-create the national action plans.",
            "Open consultations",
            "/{lang}/consultations/",
        ),
        (
            "Join the thematic working groups",
            "Civil society organisations are invited to join thematic and territorial "
            "working groups to deepen discussion and collaboration on open government.",
            "Working groups",
            "/{lang}/working-groups/",
        ),
        (
            "Register for events and trainings",
            "Meetings, events and training courses that build the capacities of open "
            "government actors: see the programme and register.",
            "Events",
            "/{lang}/events/",
        ),
        (
            "Browse the documents",
            "Meeting reports, guides and references, communication materials, studies "
            "and reports: all the programme's documents in one place.",
            "Document library",
            "/{lang}/library/",
        ),
        (
            "Get to know the governance bodies",
            "The steering committee, the implementation committee and the civil society "
            "space: their missions and membership.",
            "Governance",
            "/{lang}/governance/",
        ),
    ],
}
