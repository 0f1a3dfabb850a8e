"""The steering committee's charter (seed 002), its Arabic put right, and in French.

The seed was extracted from a PDF with words out of order; every sentence below was
rewritten by hand to say exactly what the original says. ``plain_text(language)`` is
the interface the document library uses to generate the charter's PDF.
"""

# ruff: noqa: E501 - prose: the lines are sentences, not code.

from .text import Body, join_lines, to_html, to_lines

TITLE = {
    "ar": "دليل لجنة الإشراف",
    "fr": "Charte du comité de pilotage",
}

INTRO = {
    "ar": "الدليل الذي يضبط عمل لجنة الإشراف على ورش الحكومة المنفتحة بالمغرب: "
    "مبادئها، وتشكيلتها، واختيار أعضائها، واجتماعاتها، وأدوار أعضائها ومسؤولياتهم، "
    "في ثلاث عشرة مادة.",
    "fr": "La charte qui encadre le fonctionnement du comité de pilotage du chantier du "
    "gouvernement ouvert au Maroc : ses principes, sa composition, la sélection de ses "
    "membres, ses réunions, les rôles et responsabilités de ses membres, en treize "
    "articles.",
}

PREAMBLE_TITLE = {"ar": "ديباجة", "fr": "Préambule"}

PREAMBLE: dict[str, Body] = {
    "ar": [
        "على إثر انضمام المغرب إلى شراكة الحكومة المنفتحة (OGP) في أبريل 2018، ومن "
        "أجل ضمان شراكة قوية وفعالة بين القطاع العام والمجتمع المدني من جهة، "
        "والملاءمة مع المعايير وأفضل الممارسات الدولية في هذا المجال من جهة أخرى، "
        "تم تشكيل هيئة متعددة الأطراف للإشراف على ورش الحكومة المنفتحة بالمغرب.",
        "ويتعلق الأمر بلجنة الإشراف، التي تعد أحد المكونات الثلاثة لنظام حكامة ورش "
        "الحكومة المنفتحة بالمغرب، إلى جانب لجنة التنفيذ وفضاء المجتمع المدني.",
        "لمزيد من التفاصيل حول نظام الحكامة، راجع الرابط: "
        "https://gouvernement-ouvert.ma/gouvernance.php?lang=ar",
    ],
    "fr": [
        "À la suite de l'adhésion du Maroc au Partenariat pour un gouvernement ouvert "
        "(OGP) en avril 2018, et afin de garantir un partenariat fort et efficace entre "
        "le secteur public et la société civile d'une part, et la conformité aux normes "
        "et aux meilleures pratiques internationales dans ce domaine d'autre part, une "
        "instance multipartite a été constituée pour piloter le chantier du "
        "gouvernement ouvert au Maroc.",
        "Il s'agit du comité de pilotage, qui est l'une des trois composantes du système "
        "de gouvernance du chantier du gouvernement ouvert au Maroc, aux côtés du "
        "comité de mise en œuvre et de l'espace de la société civile.",
        "Pour plus de détails sur le système de gouvernance, consultez le lien : "
        "https://gouvernement-ouvert.ma/gouvernance.php?lang=fr",
    ],
}

# On the portal, the preamble's last sentence links to the governance page itself
# (the address above is that page on the original portal): before, link text, after.
PREAMBLE_LINK = {
    "ar": ("لمزيد من التفاصيل حول نظام الحكامة، راجع صفحة ", "الحكامة", "."),
    "fr": (
        "Pour plus de détails sur le système de gouvernance, consultez la page ",
        "Gouvernance",
        ".",
    ),
}

ARTICLES: list[dict] = [
    {
        "number": "1",
        "title": {
            "ar": "أهداف دليل لجنة الإشراف",
            "fr": "Objectifs de la charte du comité de pilotage",
        },
        "body": {
            "ar": [
                "هذا الدليل موجه لأعضاء لجنة الإشراف، والهدف منه هو وضع ضوابط هذه "
                "اللجنة وكيفية اشتغالها، مع الأخذ بعين الاعتبار المعايير التي تنص عليها "
                "شراكة الحكومة المنفتحة في هذا الشأن.",
                "ويهدف هذا الدليل إلى توضيح أدوار ومسؤوليات أعضاء لجنة الإشراف "
                "وعلاقاتهم مع باقي الأطراف المعنية بورش الحكومة المنفتحة بالمغرب، وذلك "
                "خلال المراحل المختلفة لدورة خطة العمل الوطنية للحكومة المنفتحة "
                "(الإعداد المشترك والتنفيذ المشترك والتقييم المشترك).",
                "وتشمل هذه الوثيقة، التي تعد ثمرة العمل التشاركي لجميع أعضاء لجنة "
                "الإشراف، ما يلي:",
                [
                    "مبادئ الحكامة التشاركية التي يخضع لها عمل اللجنة وتدخلاتها؛",
                    "تشكيلة لجنة الإشراف، وعملية اختيار أعضائها ونظام تناوبهم؛",
                    "اجتماعات لجنة الإشراف؛",
                    "أدوار ومسؤوليات مختلف أعضاء اللجنة الذين يمثلون القطاع العام "
                    "والمجتمع المدني؛",
                    "وسائل وضوابط التواصل لدى لجنة الإشراف؛",
                    "القواعد المنظمة لانتهاء عضوية ممثلي المجتمع المدني؛",
                    "مسطرة مراجعة هذا الدليل.",
                ],
            ],
            "fr": [
                "La présente charte s'adresse aux membres du comité de pilotage. Elle a "
                "pour objet de fixer les règles et les modalités de fonctionnement de ce "
                "comité, en tenant compte des normes fixées en la matière par le "
                "Partenariat pour un gouvernement ouvert.",
                "Elle vise à préciser les rôles et responsabilités des membres du comité "
                "de pilotage et leurs relations avec les autres parties prenantes du "
                "chantier du gouvernement ouvert au Maroc, au cours des différentes "
                "étapes du cycle du plan d'action national pour le gouvernement ouvert "
                "(co-élaboration, mise en œuvre conjointe et évaluation conjointe).",
                "Ce document, fruit du travail participatif de l'ensemble des membres du "
                "comité de pilotage, comprend :",
                [
                    "les principes de gouvernance participative qui régissent le travail "
                    "et les interventions du comité ;",
                    "la composition du comité de pilotage, le processus de sélection de "
                    "ses membres et leur système de rotation ;",
                    "les réunions du comité de pilotage ;",
                    "les rôles et responsabilités des différents membres du comité "
                    "représentant le secteur public et la société civile ;",
                    "les moyens et les règles de communication du comité de pilotage ;",
                    "les règles régissant la fin du mandat des représentants de la "
                    "société civile ;",
                    "la procédure de révision de la présente charte.",
                ],
            ],
        },
    },
    {
        "number": "2",
        "title": {
            "ar": "مبادئ الحكامة التشاركية",
            "fr": "Principes de gouvernance participative",
        },
        "body": {
            "ar": [
                "ترتكز مشاركة أعضاء لجنة الإشراف في ورش الحكومة المنفتحة على الأسس "
                "التالية:",
                [
                    "الشفافية: يجب أن تتم مختلف الأنشطة المنفذة في إطار لجنة الإشراف، "
                    "وفي علاقتها مع باقي الفاعلين في ورش الحكومة المنفتحة بالمغرب، في "
                    "شفافية كاملة. وتُنشر جميع المعلومات والأنشطة والقرارات والنتائج "
                    "المتعلقة بعمل اللجنة وبورش الحكومة المنفتحة في المغرب بشكل عام على "
                    "البوابة الوطنية للحكومة المنفتحة www.gouvernement-ouvert.ma.",
                    "التعاون: يتعاون جميع أعضاء اللجنة بروح جماعية ومؤسساتية من أجل "
                    "تحقيق الأهداف المسطرة بطريقة تشاركية.",
                    "الاستقلالية: لجنة الإشراف هيئة مستقلة في قراراتها، ويتم اختيار "
                    "ممثلي المجتمع المدني بهذه اللجنة وفق منهجية مستقلة وعادلة وشفافة.",
                    "احترام الاختلاف والتنوع: تعمل اللجنة في إطار الاحترام المتبادل بين "
                    "أعضائها وقبول الاختلاف في الرأي وفي التوجه الإيديولوجي.",
                    "الشمولية: يجب أن تسمح المشاركة بإدماج مشاركين جدد من مجموعات مصالح "
                    "مختلفة (محلية أو وطنية، انتماء جغرافي، مستويات الخبرة، فئات مهمشة، "
                    "إلخ) من أجل الانضمام إلى ديناميات الحكومة المنفتحة والمساهمة في "
                    "عملية صنع القرار.",
                    "التكيف: يجب أن تمكّن عملية المشاركة من تحديد ما ينبغي تجويده، وإرساء "
                    "نمط للتجويد المستمر عبر وضع دورة لتتبع هذه العملية وتقييمها "
                    "وتجويدها.",
                ],
            ],
            "fr": [
                "La participation des membres du comité de pilotage au chantier du "
                "gouvernement ouvert repose sur les principes suivants :",
                [
                    "Transparence : les différentes activités menées dans le cadre du "
                    "comité de pilotage, et dans ses relations avec les autres acteurs du "
                    "chantier du gouvernement ouvert au Maroc, doivent se dérouler en "
                    "toute transparence. L'ensemble des informations, activités, "
                    "décisions et résultats relatifs aux travaux du comité et au chantier "
                    "du gouvernement ouvert au Maroc en général sont publiés sur le "
                    "portail national du gouvernement ouvert "
                    "www.gouvernement-ouvert.ma.",
                    "Coopération : tous les membres du comité coopèrent dans un esprit "
                    "collectif et institutionnel pour atteindre de manière participative "
                    "les objectifs fixés.",
                    "Indépendance : le comité de pilotage est une instance indépendante "
                    "dans ses décisions. Les représentants de la société civile au sein "
                    "du comité sont choisis selon une méthodologie indépendante, "
                    "équitable et transparente.",
                    "Respect de la différence et de la diversité : le comité travaille "
                    "dans le respect mutuel entre ses membres et l'acceptation des "
                    "divergences d'opinion et d'orientation idéologique.",
                    "Inclusion : la participation doit permettre d'intégrer de nouveaux "
                    "participants issus de groupes d'intérêt différents (niveau local ou "
                    "national, appartenance géographique, niveaux d'expertise, groupes "
                    "marginalisés, etc.) afin qu'ils rejoignent la dynamique du "
                    "gouvernement ouvert et contribuent à la prise de décision.",
                    "Adaptation : le processus de participation doit permettre "
                    "d'identifier ce qui doit être amélioré et d'instaurer une démarche "
                    "d'amélioration continue, grâce à un cycle de suivi, d'évaluation et "
                    "d'amélioration de ce processus.",
                ],
            ],
        },
    },
    {
        "number": "3",
        "title": {
            "ar": "تشكيلة لجنة الإشراف",
            "fr": "Composition du comité de pilotage",
        },
        "body": {
            "ar": [
                "تتكون لجنة الإشراف من تمثيلية مختلطة ومتوازنة بين ممثلي الإدارة "
                "العمومية والمجتمع المدني.",
                "فيما يتعلق بالأعضاء الذين يمثلون الإدارة العمومية، يتعلق الأمر بممثلين "
                "رفيعي المستوى للقطاعات الحكومية والمؤسسات والهيئات العمومية المسؤولة عن "
                "تنفيذ التزام واحد أو أكثر من التزامات خطة العمل الوطنية للحكومة "
                "المنفتحة.",
                "وفيما يتعلق بالأعضاء الذين يمثلون المجتمع المدني، فيتم اختيارهم من قبل "
                "لجنة انتقاء مستقلة ووفقا لمسطرة شفافة ومفتوحة، يضعها المجتمع المدني "
                "ويشرف عليها.",
                "كما تم وضع نظام للتناوب لضمان التمثيلية الشاملة للمجتمع المدني بهذه "
                "اللجنة.",
            ],
            "fr": [
                "Le comité de pilotage est composé d'une représentation mixte et "
                "équilibrée de l'administration publique et de la société civile.",
                "Les membres représentant l'administration publique sont des "
                "représentants de haut niveau des départements ministériels, "
                "établissements et organismes publics chargés de la mise en œuvre d'un "
                "ou de plusieurs engagements du plan d'action national pour le "
                "gouvernement ouvert.",
                "Les membres représentant la société civile sont choisis par un comité "
                "de sélection indépendant, selon une procédure transparente et ouverte, "
                "élaborée et supervisée par la société civile.",
                "Un système de rotation a en outre été mis en place pour garantir une "
                "représentation inclusive de la société civile au sein du comité.",
            ],
        },
    },
    {
        "number": "4",
        "title": {
            "ar": "مسطرة اختيار الأعضاء",
            "fr": "Procédure de sélection des membres",
        },
        "body": {
            "ar": [
                ("h", "ممثلو الإدارة العمومية"),
                "بعد المصادقة على كل خطة عمل وطنية جديدة للحكومة المنفتحة، تقوم "
                "القطاعات الحكومية والمؤسسات والهيئات العمومية المسؤولة عن تنفيذ التزام "
                "واحد أو أكثر بتعيين ممثليها رفيعي المستوى ونوابهم، عن طريق مراسلة "
                "رسمية، لتمثيلها في لجنة الإشراف.",
                ("h", "ممثلو المجتمع المدني"),
                "يتم اختيار ممثلي المجتمع المدني وفقا لمسطرة الانتقاء المعتمدة بعد "
                "استشارة عمومية مع جميع الجمعيات الأعضاء في فضاء المجتمع المدني للحكومة "
                "المنفتحة. وفيما يلي وصف مفصل للجنة الانتقاء ولعملية الانتقاء.",
                ("h", "لجنة الانتقاء"),
                "تضم لجنة الانتقاء:",
                [
                    "ممثلا عن المجتمع المدني؛",
                    "ممثلا عن القطاع الخاص؛",
                    "ممثلا عن الجامعة؛",
                    "ممثلين عن مؤسسات وهيئات مستقلة تتولى اختصاصات مرتبطة مباشرة "
                    "بمبادئ الحكومة المنفتحة.",
                ],
                "ولتتبع مدى احترام مسطرة الانتقاء ومعاييره، يحضر أشغال لجنة الانتقاء "
                "ممثل عن الوزارة وممثلون عن المنظمات الدولية المعنية.",
                "أما ممثل المجتمع المدني في لجنة الانتقاء، فيتم اختياره من طرف أعضاء "
                "فضاء المجتمع المدني عبر التصويت.",
                ("h", "مراحل الانتقاء"),
                [
                    "فتح باب الترشيح لتمثيل المجتمع المدني في لجنة الانتقاء، والتصويت "
                    "من طرف أعضاء فضاء المجتمع المدني؛",
                    "تحديد أعضاء لجنة الانتقاء؛",
                    "نشر كافة المعلومات المتعلقة بمنهجية الانتقاء؛",
                    "الإعلان عن فتح باب الترشيح عبر البوابة الوطنية للحكومة المنفتحة؛",
                    "إيداع ملفات المرشحين عبر الخط؛",
                    "دراسة ملفات المرشحين من طرف لجنة الانتقاء؛",
                    "انتقاء الأعضاء الجدد والإعلان عن النتائج؛",
                    "نشر جميع المعلومات حول عملية الانتقاء (ملفات المرشحين، والنقاط "
                    "المحصل عليها من طرف اللجنة).",
                ],
                ("h", "معايير الانتقاء"),
                "تجارب الجمعية المرشحة:",
                [
                    "تجارب الجمعية في المجالات المتعلقة بالحكومة المنفتحة (20 نقطة)؛",
                    "تجارب الجمعية في تعبئة المجتمع المدني (15 نقطة)؛",
                    "تجارب الجمعية المتعلقة باستعمال التكنولوجيا الحديثة (5 نقط).",
                ],
                "برنامج العمل المقترح:",
                [
                    "اقتراحات الجمعية للمساهمة في تنفيذ خطة العمل الثانية (20 نقطة)؛",
                    "اقتراحات الجمعية للمساهمة في تقييم خطة العمل الثانية (20 نقطة)؛",
                    "اقتراحات الجمعية للمساهمة في صياغة خطة العمل الثالثة (20 نقطة).",
                ],
                "ملحوظة:",
                [
                    "لا تتم دراسة الترشيحات إلا بعد التأكد من إيداع جميع مكونات ملف "
                    "الترشيح المطلوبة؛",
                    "في حالة تساوي النقاط المحصل عليها أو وجود فارق يقل عن 10 نقط، يتم "
                    "مراعاة التنوع في التمثيلية الجغرافية وفي مجالات الخبرة.",
                ],
                ("h", "نظام التناوب"),
                [
                    "يتم تجديد جميع أعضاء لجنة الإشراف (إدارة ومجتمعا مدنيا) كل سنتين، "
                    "موازاة مع اعتماد كل خطة عمل وطنية جديدة، للسهر على ملاءمة كفاءات "
                    "الأعضاء مع محاور خطط العمل الوطنية؛",
                    "لا يمكن للأشخاص والمنظمات الممثلة للمجتمع المدني في لجنة الإشراف "
                    "الترشح لأكثر من ولايتين متتاليتين.",
                ],
            ],
            "fr": [
                ("h", "Représentants de l'administration publique"),
                "Après l'adoption de chaque nouveau plan d'action national pour le "
                "gouvernement ouvert, les départements ministériels, établissements et "
                "organismes publics chargés de la mise en œuvre d'un ou de plusieurs "
                "engagements désignent, par courrier officiel, leurs représentants de "
                "haut niveau et leurs suppléants pour siéger au comité de pilotage.",
                ("h", "Représentants de la société civile"),
                "Les représentants de la société civile sont choisis selon la procédure "
                "de sélection adoptée après une consultation publique de toutes les "
                "associations membres de l'espace de la société civile du gouvernement "
                "ouvert. Le comité de sélection et le processus de sélection sont décrits "
                "en détail ci-après.",
                ("h", "Le comité de sélection"),
                "Le comité de sélection comprend :",
                [
                    "un représentant de la société civile ;",
                    "un représentant du secteur privé ;",
                    "un représentant de l'université ;",
                    "des représentants d'institutions et d'instances indépendantes dont "
                    "les attributions sont directement liées aux principes du "
                    "gouvernement ouvert.",
                ],
                "Pour veiller au respect de la procédure et des critères de sélection, un "
                "représentant du ministère et des représentants des organisations "
                "internationales concernées assistent aux travaux du comité de "
                "sélection.",
                "Le représentant de la société civile au sein du comité de sélection est "
                "choisi par vote des membres de l'espace de la société civile.",
                ("h", "Étapes de la sélection"),
                [
                    "ouverture des candidatures pour représenter la société civile au "
                    "comité de sélection et vote des membres de l'espace de la société "
                    "civile ;",
                    "désignation des membres du comité de sélection ;",
                    "publication de toutes les informations relatives à la méthodologie "
                    "de sélection ;",
                    "annonce de l'ouverture des candidatures sur le portail national du "
                    "gouvernement ouvert ;",
                    "dépôt en ligne des dossiers des candidats ;",
                    "examen des dossiers des candidats par le comité de sélection ;",
                    "sélection des nouveaux membres et annonce des résultats ;",
                    "publication de toutes les informations sur le processus de "
                    "sélection (dossiers des candidats, notes attribuées par le comité).",
                ],
                ("h", "Critères de sélection"),
                "Expériences de l'association candidate :",
                [
                    "expériences de l'association dans les domaines liés au gouvernement "
                    "ouvert (20 points) ;",
                    "expériences de l'association dans la mobilisation de la société "
                    "civile (15 points) ;",
                    "expériences de l'association dans l'utilisation des nouvelles "
                    "technologies (5 points).",
                ],
                "Programme de travail proposé :",
                [
                    "propositions de l'association pour contribuer à la mise en œuvre du "
                    "deuxième plan d'action (20 points) ;",
                    "propositions de l'association pour contribuer à l'évaluation du "
                    "deuxième plan d'action (20 points) ;",
                    "propositions de l'association pour contribuer à l'élaboration du "
                    "troisième plan d'action (20 points).",
                ],
                "Remarque :",
                [
                    "les candidatures ne sont examinées qu'après vérification que toutes "
                    "les pièces requises du dossier de candidature ont été déposées ;",
                    "en cas d'égalité des notes obtenues ou d'un écart inférieur à "
                    "10 points, la diversité de la représentation géographique et des "
                    "domaines d'expertise est prise en compte.",
                ],
                ("h", "Système de rotation"),
                [
                    "tous les membres du comité de pilotage (administration et société "
                    "civile) sont renouvelés tous les deux ans, parallèlement à "
                    "l'adoption de chaque nouveau plan d'action national, afin d'adapter "
                    "les compétences des membres aux axes des plans d'action nationaux ;",
                    "les personnes et organisations représentant la société civile au "
                    "comité de pilotage ne peuvent pas se porter candidates pour plus de "
                    "deux mandats consécutifs.",
                ],
            ],
        },
    },
    {
        "number": "5",
        "title": {
            "ar": "اجتماعات لجنة الإشراف",
            "fr": "Réunions du comité de pilotage",
        },
        "body": {
            "ar": [
                [
                    "تعقد لجنة الإشراف اجتماعاتها مرة واحدة على الأقل كل ستة أشهر.",
                    "يترأس اجتماعات لجنة الإشراف الكاتب العام لوزارة الانتقال الرقمي "
                    "وإصلاح الإدارة، المخاطب الرسمي الوطني لشراكة الحكومة المنفتحة "
                    "(OGP Point of contact Morocco).",
                    "يتم إرسال جدول الأعمال وتاريخ الاجتماع إلى الأعضاء قبل 10 أيام على "
                    "الأقل من موعد الاجتماع.",
                    "يمكن لأعضاء اللجنة تقديم مقترحات أخرى بشأن جدول الأعمال وموعد "
                    "الاجتماع خلال الأيام الثلاثة الموالية لاستلام الإشعار بالاجتماع.",
                    "يجب على الكتابة إعداد محاضر الاجتماعات وإحالة نسخ منها على أعضاء "
                    "اللجنة في غضون 3 أيام عمل تلي الاجتماع، وتُمنح لأعضاء اللجنة مهلة "
                    "لإغناء هذه المحاضر قبل نشرها على البوابة الوطنية للحكومة المنفتحة.",
                    "تتخذ القرارات داخل اللجنة بالتوافق، وقد تخضع بعض القرارات، بشكل "
                    "استثنائي، للتصويت بالأغلبية المزدوجة إذا استُنفدت جميع الجهود "
                    "للتوصل إلى توافق في الآراء.",
                    "يجوز لأشخاص من خارج اللجنة المشاركة في مختلف اجتماعاتها إذا كان ذلك "
                    "ضروريا.",
                    "تُنشر جداول الأعمال والمحاضر ولوائح المشاركين في اجتماعات لجنة "
                    "الإشراف على البوابة الوطنية للحكومة المنفتحة.",
                ],
            ],
            "fr": [
                [
                    "Le comité de pilotage se réunit au moins une fois tous les six mois.",
                    "Les réunions du comité de pilotage sont présidées par le secrétaire "
                    "général du ministère de la Transition numérique et de la Réforme de "
                    "l'administration, point de contact national du Partenariat pour un "
                    "gouvernement ouvert (OGP Point of contact Morocco).",
                    "L'ordre du jour et la date de la réunion sont envoyés aux membres au "
                    "moins 10 jours avant la réunion.",
                    "Les membres du comité peuvent proposer d'autres points à l'ordre du "
                    "jour ou une autre date de réunion dans les 3 jours qui suivent la "
                    "réception de la convocation.",
                    "Le secrétariat rédige les procès-verbaux des réunions et en transmet "
                    "copie aux membres du comité dans les 3 jours ouvrables qui suivent "
                    "la réunion ; les membres disposent d'un délai pour les enrichir "
                    "avant leur publication sur le portail national du gouvernement "
                    "ouvert.",
                    "Les décisions du comité sont prises par consensus ; à titre "
                    "exceptionnel, certaines décisions peuvent être soumises à un vote à "
                    "la double majorité lorsque tous les efforts pour parvenir à un "
                    "consensus ont été épuisés.",
                    "Des personnes extérieures au comité peuvent participer à ses "
                    "réunions lorsque cela est nécessaire.",
                    "Les ordres du jour, les procès-verbaux et les listes de présence des "
                    "réunions du comité de pilotage sont publiés sur le portail national "
                    "du gouvernement ouvert.",
                ],
            ],
        },
    },
    {
        "number": "6",
        "title": {
            "ar": "التنسيق والكتابة",
            "fr": "Coordination et secrétariat",
        },
        "body": {
            "ar": [
                "تضطلع وزارة الانتقال الرقمي وإصلاح الإدارة بمهام تنسيق لجنة الإشراف "
                "وكتابتها، وتسهر على ما يلي:",
                [
                    "تنفيذ إجراءات ومعايير الشراكة من أجل الحكومة المنفتحة واحترامها؛",
                    "تنسيق عمل لجنة الإشراف والأنشطة المتعلقة بالحكومة المنفتحة "
                    "بالمغرب؛",
                    "تنسيق التواصل مع الهيئات التابعة لشراكة الحكومة المنفتحة (وحدة "
                    "الدعم، والآلية المستقلة للتقييم، ولجنة القيادة، إلخ)؛",
                    "تعبئة الأطراف المعنية على مستوى الإدارة العمومية؛",
                    "إحداث الآليات المناسبة لتعزيز مشاركة الفاعلين غير الحكوميين في ورش "
                    "الحكومة المنفتحة بالمغرب؛",
                    "الترويج والتواصل بشأن الحكومة المنفتحة؛",
                    "تقديم الدعم التقني واللوجستيكي للأطراف المعنية (الإدارة العمومية "
                    "والمجتمع المدني)؛",
                    "تعبئة الشركاء الدوليين لدعم الإصلاحات الوطنية في مجال الحكومة "
                    "المنفتحة.",
                ],
            ],
            "fr": [
                "Le ministère de la Transition numérique et de la Réforme de "
                "l'administration assure la coordination et le secrétariat du comité de "
                "pilotage. À ce titre, il veille à :",
                [
                    "l'application et le respect des procédures et des normes du "
                    "Partenariat pour un gouvernement ouvert ;",
                    "la coordination des travaux du comité de pilotage et des activités "
                    "relatives au gouvernement ouvert au Maroc ;",
                    "la coordination de la communication avec les instances du "
                    "Partenariat pour un gouvernement ouvert (unité de soutien, mécanisme "
                    "d'évaluation indépendant, comité directeur, etc.) ;",
                    "la mobilisation des parties prenantes au sein de l'administration "
                    "publique ;",
                    "la mise en place de mécanismes adaptés pour renforcer la "
                    "participation des acteurs non gouvernementaux au chantier du "
                    "gouvernement ouvert au Maroc ;",
                    "la promotion du gouvernement ouvert et la communication à son "
                    "sujet ;",
                    "l'appui technique et logistique aux parties prenantes "
                    "(administration publique et société civile) ;",
                    "la mobilisation des partenaires internationaux pour soutenir les "
                    "réformes nationales en matière de gouvernement ouvert.",
                ],
            ],
        },
    },
    {
        "number": "7",
        "title": {
            "ar": "أدوار الأعضاء ومسؤولياتهم المشتركة",
            "fr": "Rôles et responsabilités communs des membres",
        },
        "body": {
            "ar": [
                [
                    "بلورة منهجية الإعداد المشترك والتنفيذ المشترك والتقييم المشترك "
                    "لخطط العمل الوطنية للحكومة المنفتحة، والإشراف على تنفيذها؛",
                    "المصادقة على إجراءات اللجنة ومنهجياتها وأنشطتها؛",
                    "حث الأطراف المعنية الحكومية وغير الحكومية على الانخراط في هذا "
                    "الورش؛",
                    "التواصل والتحسيس بشأن الحكومة المنفتحة بالمغرب؛",
                    "وضع مؤشرات وطنية في مجال الحكومة المنفتحة؛",
                    "المشاركة في أنشطة التقييم التي تبرمجها الآلية المستقلة للتقييم "
                    "التابعة لشراكة الحكومة المنفتحة؛",
                    "السهر على التطوير المستمر لمنهجيات العمل ووسائله؛",
                    "التعريف بمنجزات المغرب وممارساته الجيدة في مجال الحكومة المنفتحة "
                    "على الصعيدين الوطني والدولي.",
                ],
            ],
            "fr": [
                [
                    "définir la méthodologie de co-élaboration, de mise en œuvre "
                    "conjointe et d'évaluation conjointe des plans d'action nationaux "
                    "pour le gouvernement ouvert, et en superviser la mise en œuvre ;",
                    "approuver les procédures, les méthodologies et les activités du "
                    "comité ;",
                    "inciter les parties prenantes gouvernementales et non "
                    "gouvernementales à s'engager dans ce chantier ;",
                    "communiquer et sensibiliser sur le gouvernement ouvert au Maroc ;",
                    "établir des indicateurs nationaux en matière de gouvernement "
                    "ouvert ;",
                    "participer aux activités d'évaluation programmées par le mécanisme "
                    "d'évaluation indépendant du Partenariat pour un gouvernement "
                    "ouvert ;",
                    "veiller à l'amélioration continue des méthodes et des outils de "
                    "travail ;",
                    "faire connaître les réalisations et les bonnes pratiques du Maroc en "
                    "matière de gouvernement ouvert, aux niveaux national et "
                    "international.",
                ],
            ],
        },
    },
    {
        "number": "8",
        "title": {
            "ar": "أدوار ومسؤوليات الأعضاء ممثلي الإدارة العمومية",
            "fr": "Rôles et responsabilités des membres représentant l'administration "
            "publique",
        },
        "body": {
            "ar": [
                [
                    "السهر على تعيين الأشخاص المناسبين لتمثيل الإدارة العمومية بصفة "
                    "رسمية في لجنة التنفيذ والمجموعات الموضوعاتية؛",
                    "المشاركة في أنشطة الإعداد المشترك لخطط العمل الوطنية للحكومة "
                    "المنفتحة؛",
                    "تعبئة الموارد البشرية والمالية اللازمة لتنفيذ الالتزامات؛",
                    "السهر على تفعيل الالتزامات وفقا للجدول الزمني المحدد؛",
                    "تحديد المخاطر والعوائق التي تمت مواجهتها والسهر على التخفيف منها؛",
                    "التقييم الذاتي لتنفيذ الالتزامات.",
                ],
            ],
            "fr": [
                [
                    "veiller à la désignation des personnes appropriées pour représenter "
                    "officiellement l'administration publique au comité de mise en œuvre "
                    "et dans les groupes thématiques ;",
                    "participer aux activités de co-élaboration des plans d'action "
                    "nationaux pour le gouvernement ouvert ;",
                    "mobiliser les ressources humaines et financières nécessaires à la "
                    "mise en œuvre des engagements ;",
                    "veiller à la réalisation des engagements selon le calendrier "
                    "arrêté ;",
                    "identifier les risques et les obstacles rencontrés et veiller à les "
                    "atténuer ;",
                    "procéder à l'auto-évaluation de la mise en œuvre des engagements.",
                ],
            ],
        },
    },
    {
        "number": "9",
        "title": {
            "ar": "أدوار ومسؤوليات الأعضاء ممثلي المجتمع المدني",
            "fr": "Rôles et responsabilités des membres représentant la société civile",
        },
        "body": {
            "ar": [
                [
                    "السهر على التجويد المستمر لإجراءات ووسائل مشاركة المجتمع المدني "
                    "والفاعلين غير الحكوميين في ورش الحكومة المنفتحة بالمغرب؛",
                    "التعريف بالفضاء الرقمي للمجتمع المدني الخاص بورش الحكومة المنفتحة "
                    "بالمغرب والترويج له؛",
                    "السهر على إنشاء مجموعات موضوعاتية ومجالية بشأن الحكومة المنفتحة؛",
                    "المشاركة في تنظيم أنشطة الإعداد المشترك لخطط العمل الوطنية، وحث "
                    "مختلف الفاعلين غير الحكوميين على المشاركة فيها؛",
                    "تتبع تنفيذ الأنشطة المسطرة في إطار خطة العمل الوطنية؛",
                    "حث الفاعلين غير الحكوميين على المشاركة في تنفيذ الالتزامات، لا سيما "
                    "من خلال العضوية في المجموعات الموضوعاتية؛",
                    "تعزيز تنزيل ورش الحكومة المنفتحة على المستوى الترابي؛",
                    "السهر على بلورة وتنفيذ برنامج للتحسيس وبناء قدرات المجتمع المدني في "
                    "مجال الحكومة المنفتحة؛",
                    "الحرص على التقييم الموازي لتنفيذ خطة العمل الوطنية للحكومة "
                    "المنفتحة؛",
                    "تقييم مساهمة ممثلي المجتمع المدني في لجنة الإشراف من جهة، ومساهمة "
                    "فعاليات المجتمع المدني بشكل عام من جهة ثانية، وذلك في مختلف مراحل "
                    "خطة العمل الوطنية.",
                ],
            ],
            "fr": [
                [
                    "veiller à l'amélioration continue des procédures et des moyens de "
                    "participation de la société civile et des acteurs non "
                    "gouvernementaux au chantier du gouvernement ouvert au Maroc ;",
                    "faire connaître et promouvoir l'espace numérique de la société "
                    "civile consacré au chantier du gouvernement ouvert au Maroc ;",
                    "veiller à la création de groupes thématiques et territoriaux sur le "
                    "gouvernement ouvert ;",
                    "participer à l'organisation des activités de co-élaboration des "
                    "plans d'action nationaux et inciter les différents acteurs non "
                    "gouvernementaux à y participer ;",
                    "suivre la mise en œuvre des activités prévues dans le cadre du plan "
                    "d'action national ;",
                    "inciter les acteurs non gouvernementaux à participer à la mise en "
                    "œuvre des engagements, notamment en rejoignant les groupes "
                    "thématiques ;",
                    "renforcer la déclinaison territoriale du chantier du gouvernement "
                    "ouvert ;",
                    "veiller à l'élaboration et à la mise en œuvre d'un programme de "
                    "sensibilisation et de renforcement des capacités de la société "
                    "civile en matière de gouvernement ouvert ;",
                    "assurer l'évaluation parallèle de la mise en œuvre du plan d'action "
                    "national pour le gouvernement ouvert ;",
                    "évaluer la contribution des représentants de la société civile au "
                    "comité de pilotage d'une part, et celle des acteurs de la société "
                    "civile en général d'autre part, aux différentes étapes du plan "
                    "d'action national.",
                ],
            ],
        },
    },
    {
        "number": "10",
        "title": {
            "ar": "استراتيجية التواصل وقواعده لدى لجنة الإشراف",
            "fr": "Stratégie et règles de communication du comité de pilotage",
        },
        "body": {
            "ar": [
                [
                    "بعد اعتماد كل خطة عمل وطنية جديدة، تضع لجنة الإشراف استراتيجية "
                    "للتواصل تغطي فترة تنفيذ هذه الخطة؛",
                    "يجب أن تصادق لجنة الإشراف على كل نشاط تواصلي يُنفذ باسمها؛",
                    "ينبغي السهر على إبراز الهوية البصرية الرسمية للحكومة المنفتحة في "
                    "المغرب على الوسائط التواصلية؛",
                    "البوابة الوطنية للحكومة المنفتحة هي القناة الرسمية لنشر المعلومات "
                    "حول ورش الحكومة المنفتحة في المغرب؛",
                    "إنشاء مجموعة تواصلية تضم جميع أعضاء لجنة الإشراف (بريد إلكتروني "
                    "جماعي أو مجموعة واتساب) لتسهيل التواصل بين أعضاء اللجنة؛",
                    "تُنشر مستجدات الحكومة المنفتحة في المغرب على صفحات وزارة الانتقال "
                    "الرقمي وإصلاح الإدارة في شبكات التواصل الاجتماعي، ويمكن إعادة نشرها "
                    "على صفحات باقي أعضاء اللجنة. كما يمكن إنشاء صفحة مخصصة باسم "
                    '"OpenGovMorocco" على فيسبوك؛',
                    "ينبغي السهر على استخدام الوسم #OpenGovMorocco في التواصل الرقمي حول "
                    "ورش الحكومة المنفتحة في المغرب.",
                ],
            ],
            "fr": [
                [
                    "après l'adoption de chaque nouveau plan d'action national, le comité "
                    "de pilotage établit une stratégie de communication couvrant la "
                    "période de mise en œuvre de ce plan ;",
                    "toute action de communication menée au nom du comité de pilotage "
                    "doit être approuvée par celui-ci ;",
                    "il convient de veiller à mettre en valeur l'identité visuelle "
                    "officielle du gouvernement ouvert au Maroc sur les supports de "
                    "communication ;",
                    "le portail national du gouvernement ouvert est le canal officiel de "
                    "diffusion des informations sur le chantier du gouvernement ouvert "
                    "au Maroc ;",
                    "un groupe de communication réunissant tous les membres du comité de "
                    "pilotage (courriel collectif ou groupe WhatsApp) est créé pour "
                    "faciliter les échanges entre eux ;",
                    "l'actualité du gouvernement ouvert au Maroc est publiée sur les "
                    "pages du ministère de la Transition numérique et de la Réforme de "
                    "l'administration sur les réseaux sociaux, et peut être relayée sur "
                    "les pages des autres membres du comité. Une page « OpenGovMorocco » "
                    "peut également être créée sur Facebook ;",
                    "il convient de veiller à utiliser le mot-dièse #OpenGovMorocco dans "
                    "la communication numérique sur le chantier du gouvernement ouvert "
                    "au Maroc.",
                ],
            ],
        },
    },
    {
        "number": "11",
        "title": {"ar": "التمويل", "fr": "Financement"},
        "body": {
            "ar": [
                [
                    "تعد جميع الأنشطة التي تندرج ضمن مهام اللجنة أنشطة تطوعية، ولا ترصد "
                    "وزارة الانتقال الرقمي وإصلاح الإدارة أية ميزانية لتغطية النفقات "
                    "لفائدة أعضاء اللجنة؛",
                    "تقدم وزارة الانتقال الرقمي وإصلاح الإدارة الدعم اللوجستيكي والتقني "
                    "لتنفيذ الأنشطة التي وافقت عليها اللجنة في مجالات التواصل والتكوين "
                    "والإعداد المشترك والتنفيذ المشترك والتقييم المشترك لخطط العمل "
                    "الوطنية للحكومة المنفتحة.",
                ],
            ],
            "fr": [
                [
                    "toutes les activités relevant des missions du comité sont "
                    "bénévoles ; le ministère de la Transition numérique et de la Réforme "
                    "de l'administration n'alloue aucun budget à la prise en charge de "
                    "frais au profit des membres du comité ;",
                    "le ministère de la Transition numérique et de la Réforme de "
                    "l'administration apporte un appui logistique et technique à la "
                    "réalisation des activités approuvées par le comité dans les domaines "
                    "de la communication, de la formation, de la co-élaboration, de la "
                    "mise en œuvre conjointe et de l'évaluation conjointe des plans "
                    "d'action nationaux pour le gouvernement ouvert.",
                ],
            ],
        },
    },
    {
        "number": "12",
        "title": {
            "ar": "انتهاء عضوية ممثلي المجتمع المدني",
            "fr": "Fin du mandat des représentants de la société civile",
        },
        "body": {
            "ar": [
                "تنتهي عضوية ممثلي المجتمع المدني في لجنة الإشراف في الحالات التالية:",
                [
                    "حل الجمعية التي يمثلها العضو؛",
                    "انسحاب الجمعية بواسطة مراسلة رسمية موجهة إلى كتابة اللجنة؛",
                    "انقضاء فترة عضوية الجمعية في اللجنة؛",
                    "تغيب الجمعية، دون مبرر، عن ثلاثة اجتماعات للجنة الإشراف خلال سنتين "
                    "ميلاديتين.",
                ],
            ],
            "fr": [
                "Le mandat des représentants de la société civile au comité de pilotage "
                "prend fin dans les cas suivants :",
                [
                    "dissolution de l'association que représente le membre ;",
                    "retrait de l'association par courrier officiel adressé au "
                    "secrétariat du comité ;",
                    "expiration de la durée du mandat de l'association au sein du "
                    "comité ;",
                    "absence non justifiée de l'association à trois réunions du comité "
                    "de pilotage au cours de deux années civiles.",
                ],
            ],
        },
    },
    {
        "number": "13",
        "title": {"ar": "مراجعة الدليل", "fr": "Révision de la charte"},
        "body": {
            "ar": [
                [
                    "يمكن لثلث أعضاء لجنة الإشراف إيداع طلبات مراجعة هذا الدليل خلال "
                    "الربع الأخير من السنة الأخيرة لتنفيذ خطة العمل الوطنية؛",
                    "يخضع اتخاذ القرار لأغلبية مزدوجة (نصف الأعضاء ممثلي الإدارة + نصف "
                    "الأعضاء ممثلي المجتمع المدني) خلال الاجتماع الموالي للجنة "
                    "الإشراف؛",
                    "يجب أن تراعي مراجعة هذا الدليل مبادئ الحكامة التشاركية المنصوص "
                    "عليها في المادة 2 من هذا الدليل.",
                ],
            ],
            "fr": [
                [
                    "des demandes de révision de la présente charte peuvent être "
                    "déposées par un tiers des membres du comité de pilotage au cours du "
                    "dernier trimestre de la dernière année de mise en œuvre du plan "
                    "d'action national ;",
                    "la décision est prise à la double majorité (la moitié des membres "
                    "représentant l'administration + la moitié des membres représentant "
                    "la société civile) lors de la réunion suivante du comité de "
                    "pilotage ;",
                    "la révision de la présente charte doit respecter les principes de "
                    "gouvernance participative énoncés à l'article 2.",
                ],
            ],
        },
    },
]

ARTICLE_LABEL = {"ar": "المادة {number}: {title}", "fr": "Article {number} : {title}"}


def article_heading(article: dict, language: str) -> str:
    """ "Article 4: ..." in the given language."""
    return ARTICLE_LABEL[language].format(
        number=article["number"], title=article["title"][language]
    )


def article_html(article: dict, language: str) -> str:
    """An article's text as rich text, for the ``article`` StreamField block."""
    return to_html(article["body"][language])


def preamble_html(language: str) -> str:
    return to_html(PREAMBLE[language])


def plain_text(language: str) -> str:
    """The whole charter as plain text, headings on their own lines ("ar" or "fr")."""
    if language not in TITLE:
        raise ValueError(f"The charter exists in ar and fr, not {language!r}.")
    lines = [TITLE[language], "", PREAMBLE_TITLE[language]]
    lines += to_lines(PREAMBLE[language])
    for article in ARTICLES:
        lines += ["", article_heading(article, language)]
        lines += to_lines(article["body"][language])
    return join_lines(lines)
