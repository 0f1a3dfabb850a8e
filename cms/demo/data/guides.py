"""Practical guides: how to take part, and how the steering committee is chosen.

The third guide restates the charter's rules (seed 002, articles 3, 4 and 12).
Addresses use ``{lang}``, replaced by the page's language when loading.
"""

# ruff: noqa: E501 - prose: the lines are sentences, not code.

INDEX_SLUG = "guides"
INDEX_TITLE = {"ar": "دلائل المشاركة", "fr": "Guides pratiques", "en": "Guides"}
INDEX_INTRO = {
    "ar": "دلائل عملية للمشاركة في ورش الحكومة المنفتحة وفهم كيفية اشتغال هيئاته.",
    "fr": "Des guides pratiques pour participer au chantier du gouvernement ouvert et "
    "comprendre le fonctionnement de ses instances.",
    "en": "Practical guides to take part in the open government programme and "
    "understand how its bodies work.",
}

# Each guide: slug, title, intro, body (the shared text format), and a final link.
GUIDES: list[dict] = [
    {
        "slug": "submit-a-proposal-or-observation",
        "title": {
            "ar": "كيف أقدم اقتراحا أو ملاحظة؟",
            "fr": "Comment soumettre une proposition ou une observation ?",
        },
        "intro": {
            "ar": "خطوات تقديم اقتراح أو ملاحظة حول ورش الحكومة المنفتحة، وما يحدث "
            "بعد ذلك.",
            "fr": "Les étapes pour soumettre une proposition ou une observation sur le "
            "gouvernement ouvert, et ce qui se passe ensuite.",
        },
        "body": {
            "ar": [
                "يستقبل فضاء الاقتراحات والملاحظات، في كل وقت، مساهمات المواطنين "
                "ومنظمات المجتمع المدني حول ورش الحكومة المنفتحة وخطط العمل الوطنية "
                "وتنفيذ التزاماتها. كما تفتح الاستشارات العمومية، لمدة محددة، باب "
                "المساهمة حول موضوع معين أو مشروع خطة.",
                ("h", "1. أنشئوا حسابكم"),
                "سجلوا ببريدكم الإلكتروني وكلمة مرور، ثم أكدوا بريدكم عبر الرابط الذي "
                "يصلكم. يمكنكم المساهمة باسمكم الشخصي أو باسم جمعيتكم.",
                ("h", "2. اختاروا المكان المناسب"),
                [
                    "لاقتراح أو ملاحظة عامة: فضاء الاقتراحات والملاحظات؛",
                    "للمساهمة في موضوع مطروح للنقاش: الاستشارة العمومية المفتوحة المعنية، "
                    "قبل تاريخ إغلاقها.",
                ],
                ("h", "3. حرروا مساهمتكم"),
                "أعطوا مساهمتكم عنوانا واضحا، واشرحوا الإشكال أو الفكرة، واقترحوا ما "
                "ترونه مناسبا من حلول، مع ذكر الالتزام أو القطاع المعني إن وُجد. تجنبوا "
                "نشر معطيات شخصية تخصكم أو تخص غيركم.",
                ("h", "4. تتبعوا مآلها"),
                "تدرس الكتابة كل مساهمة قبل نشرها، ثم تُحال على الجهة المعنية. تتوصلون "
                "برسالة عند نشر مساهمتكم وعند الإجابة عنها، ويمكنكم تتبعها من حسابكم.",
            ],
            "fr": [
                "L'espace des propositions et observations reçoit à tout moment les "
                "contributions des citoyens et des organisations de la société civile "
                "sur le gouvernement ouvert, les plans d'action nationaux et la mise en "
                "œuvre de leurs engagements. Les consultations publiques, elles, "
                "recueillent pendant une durée limitée des contributions sur un sujet "
                "ou un projet de plan.",
                ("h", "1. Créez votre compte"),
                "Inscrivez-vous avec votre adresse électronique et un mot de passe, puis "
                "confirmez votre adresse grâce au lien reçu. Vous pouvez contribuer en "
                "votre nom ou au nom de votre association.",
                ("h", "2. Choisissez le bon endroit"),
                [
                    "pour une proposition ou une observation générale : l'espace des "
                    "propositions et observations ;",
                    "pour contribuer à un sujet mis en débat : la consultation publique "
                    "ouverte concernée, avant sa date de clôture.",
                ],
                ("h", "3. Rédigez votre contribution"),
                "Donnez-lui un titre clair, expliquez le problème ou l'idée, proposez "
                "les solutions qui vous semblent adaptées et mentionnez, le cas échéant, "
                "l'engagement ou le département concerné. Ne publiez pas de données "
                "personnelles, les vôtres ou celles d'autrui.",
                ("h", "4. Suivez-en le devenir"),
                "Le secrétariat examine chaque contribution avant sa publication, puis la "
                "transmet à l'entité concernée. Vous recevez un message lorsque votre "
                "contribution est publiée et lorsqu'elle reçoit une réponse, et vous "
                "pouvez la suivre depuis votre compte.",
            ],
        },
        "link": {
            "url": "/{lang}/consultations/general-box/",
            "ar": (
                "قدموا مساهمتكم",
                "فضاء الاقتراحات والملاحظات مفتوح في كل وقت.",
                "تقديم اقتراح أو ملاحظة",
            ),
            "fr": (
                "Contribuez",
                "L'espace des propositions et observations est ouvert en permanence.",
                "Soumettre une proposition ou une observation",
            ),
        },
    },
    {
        "slug": "join-a-working-group",
        "title": {
            "ar": "كيف تنضم جمعية إلى مجموعة عمل موضوعاتية؟",
            "fr": "Comment une association rejoint-elle un groupe de travail ?",
        },
        "intro": {
            "ar": "مجموعات العمل الموضوعاتية والترابية مفتوحة أمام منظمات المجتمع المدني "
            "الأعضاء في فضاء المجتمع المدني.",
            "fr": "Les groupes de travail thématiques et territoriaux sont ouverts aux "
            "organisations membres de l'espace de la société civile.",
        },
        "body": {
            "ar": [
                "تجمع مجموعات العمل الجمعيات والإدارات المعنية حول مواضيع الحكومة "
                "المنفتحة والتزامات خطة العمل الوطنية، لتعميق النقاش والتعاون وتتبع "
                "التنفيذ. ويحث ممثلو المجتمع المدني في لجنة الإشراف الفاعلين غير "
                "الحكوميين على المشاركة في تنفيذ الالتزامات من خلال هذه المجموعات.",
                ("h", "1. أنشئوا حسابا وسجلوا جمعيتكم"),
                "ينشئ ممثل الجمعية حسابه الشخصي ويؤكد بريده الإلكتروني، ثم يسجل الجمعية "
                "في دليل المنظمات (الاسم، المدينة، مجالات العمل، وسائل التواصل العامة).",
                ("h", "2. اختاروا مجموعة"),
                "تصفحوا مجموعات العمل ومواضيعها وأعضاءها وأنشطتها، واختاروا المجموعة "
                "الأقرب إلى مجال خبرة جمعيتكم أو إلى مجالها الترابي.",
                ("h", "3. قدموا طلب الانضمام"),
                "قدموا طلب الانضمام باسم الجمعية مع كلمة قصيرة عن تجربتها في الموضوع. "
                "يدرس منسقو المجموعة الطلب، وتتوصلون بالجواب عبر البريد الإلكتروني.",
                ("h", "4. شاركوا في أشغال المجموعة"),
                "بعد قبول الطلب، تشاركون في اجتماعات المجموعة ونقاشاتها ووثائقها، "
                "وتساهمون في إعداد الالتزامات وتتبع تنفيذها وتقييمها.",
            ],
            "fr": [
                "Les groupes de travail réunissent associations et administrations "
                "concernées autour des thématiques du gouvernement ouvert et des "
                "engagements du plan d'action national, pour approfondir la réflexion, "
                "collaborer et suivre la mise en œuvre. Les représentants de la société "
                "civile au comité de pilotage incitent les acteurs non gouvernementaux à "
                "participer à la mise en œuvre des engagements à travers ces groupes.",
                ("h", "1. Créez un compte et enregistrez votre association"),
                "Le représentant de l'association crée son compte personnel et confirme "
                "son adresse électronique, puis enregistre l'association dans l'annuaire "
                "des organisations (nom, ville, domaines d'action, coordonnées "
                "publiques).",
                ("h", "2. Choisissez un groupe"),
                "Parcourez les groupes de travail, leurs thèmes, leurs membres et leurs "
                "activités, et choisissez celui qui correspond le mieux à l'expertise ou "
                "au territoire de votre association.",
                ("h", "3. Demandez à le rejoindre"),
                "Déposez une demande d'adhésion au nom de l'association, avec quelques "
                "mots sur son expérience du sujet. Les coordinateurs du groupe examinent "
                "la demande ; la réponse vous parvient par courrier électronique.",
                ("h", "4. Participez aux travaux"),
                "Une fois la demande acceptée, vous prenez part aux réunions, aux "
                "discussions et aux documents du groupe, et contribuez à l'élaboration, "
                "au suivi et à l'évaluation des engagements.",
            ],
        },
        "link": {
            "url": "/{lang}/working-groups/",
            "ar": (
                "مجموعات العمل",
                "اكتشفوا المجموعات المفتوحة ومواضيعها.",
                "تصفح مجموعات العمل",
            ),
            "fr": (
                "Groupes de travail",
                "Découvrez les groupes ouverts et leurs thèmes.",
                "Voir les groupes de travail",
            ),
        },
    },
    {
        "slug": "steering-committee-selection",
        "title": {
            "ar": "كيف يتم اختيار أعضاء لجنة الإشراف؟",
            "fr": "Comment les membres du comité de pilotage sont-ils choisis ?",
        },
        "intro": {
            "ar": "قواعد تشكيلة لجنة الإشراف واختيار أعضائها وتناوبهم، كما يحددها دليل "
            "اللجنة.",
            "fr": "Les règles de composition du comité de pilotage, de sélection de ses "
            "membres et de leur rotation, telles que les fixe sa charte.",
        },
        "body": {
            "ar": [
                "تتكون لجنة الإشراف من تمثيلية مختلطة ومتوازنة بين الإدارة العمومية "
                "والمجتمع المدني، ويتم تجديد جميع أعضائها كل سنتين، موازاة مع اعتماد كل "
                "خطة عمل وطنية جديدة.",
                ("h", "ممثلو الإدارة العمومية"),
                "بعد المصادقة على خطة العمل الوطنية، تعيّن القطاعات والمؤسسات والهيئات "
                "العمومية المسؤولة عن التزام أو أكثر ممثليها رفيعي المستوى ونوابهم "
                "بمراسلة رسمية.",
                ("h", "ممثلو المجتمع المدني"),
                "تختارهم لجنة انتقاء مستقلة تضم ممثلا عن المجتمع المدني (ينتخبه أعضاء فضاء "
                "المجتمع المدني)، وممثلا عن القطاع الخاص، وممثلا عن الجامعة، وممثلين عن "
                "مؤسسات وهيئات مستقلة ذات صلة بمبادئ الحكومة المنفتحة. ويحضر أشغالها ممثل "
                "عن الوزارة وممثلون عن المنظمات الدولية المعنية لتتبع احترام المسطرة.",
                ("h", "المراحل"),
                [
                    "الإعلان عن فتح باب الترشيح على البوابة الوطنية للحكومة المنفتحة، "
                    "ونشر منهجية الانتقاء؛",
                    "إيداع ملفات الترشيح عبر الخط؛",
                    "دراسة الملفات الكاملة من طرف لجنة الانتقاء وتنقيطها؛",
                    "الإعلان عن النتائج، ونشر ملفات المرشحين والنقاط المحصل عليها.",
                ],
                ("h", "شبكة التنقيط (100 نقطة)"),
                [
                    "تجارب الجمعية في مجالات الحكومة المنفتحة: 20 نقطة؛",
                    "تجاربها في تعبئة المجتمع المدني: 15 نقطة؛",
                    "تجاربها في استعمال التكنولوجيا الحديثة: 5 نقط؛",
                    "اقتراحاتها للمساهمة في تنفيذ خطة العمل: 20 نقطة؛",
                    "اقتراحاتها للمساهمة في تقييم خطة العمل: 20 نقطة؛",
                    "اقتراحاتها للمساهمة في صياغة خطة العمل الموالية: 20 نقطة.",
                ],
                "في حالة تساوي النقاط أو وجود فارق يقل عن 10 نقط، يراعى التنوع في "
                "التمثيلية الجغرافية وفي مجالات الخبرة.",
                ("h", "مدة العضوية وانتهاؤها"),
                "لا يمكن لجمعية أن تترشح لأكثر من ولايتين متتاليتين. وتنتهي عضويتها بحلها، "
                "أو بانسحابها بمراسلة رسمية، أو بانقضاء مدة عضويتها، أو بتغيبها دون مبرر "
                "عن ثلاثة اجتماعات خلال سنتين ميلاديتين.",
            ],
            "fr": [
                "Le comité de pilotage est composé d'une représentation mixte et "
                "équilibrée de l'administration publique et de la société civile ; tous "
                "ses membres sont renouvelés tous les deux ans, parallèlement à "
                "l'adoption de chaque nouveau plan d'action national.",
                ("h", "Représentants de l'administration publique"),
                "Après l'adoption du plan d'action national, les départements, "
                "établissements et organismes publics responsables d'un ou de plusieurs "
                "engagements désignent par courrier officiel leurs représentants de haut "
                "niveau et leurs suppléants.",
                ("h", "Représentants de la société civile"),
                "Ils sont choisis par un comité de sélection indépendant composé d'un "
                "représentant de la société civile (élu par les membres de l'espace de la "
                "société civile), d'un représentant du secteur privé, d'un représentant "
                "de l'université et de représentants d'institutions et d'instances "
                "indépendantes liées aux principes du gouvernement ouvert. Un "
                "représentant du ministère et des représentants des organisations "
                "internationales concernées assistent à ses travaux pour veiller au "
                "respect de la procédure.",
                ("h", "Les étapes"),
                [
                    "annonce de l'ouverture des candidatures sur le portail national du "
                    "gouvernement ouvert et publication de la méthodologie de sélection ;",
                    "dépôt en ligne des dossiers de candidature ;",
                    "examen et notation des dossiers complets par le comité de "
                    "sélection ;",
                    "annonce des résultats et publication des dossiers des candidats et "
                    "des notes obtenues.",
                ],
                ("h", "La grille de notation (100 points)"),
                [
                    "expériences de l'association dans les domaines du gouvernement "
                    "ouvert : 20 points ;",
                    "expériences dans la mobilisation de la société civile : 15 points ;",
                    "expériences dans l'utilisation des nouvelles technologies : "
                    "5 points ;",
                    "propositions pour contribuer à la mise en œuvre du plan d'action : "
                    "20 points ;",
                    "propositions pour contribuer à l'évaluation du plan d'action : "
                    "20 points ;",
                    "propositions pour contribuer à l'élaboration du plan d'action "
                    "suivant : 20 points.",
                ],
                "En cas d'égalité ou d'écart inférieur à 10 points, la diversité de la "
                "représentation géographique et des domaines d'expertise est prise en "
                "compte.",
                ("h", "Durée et fin du mandat"),
                "Une association ne peut pas se porter candidate pour plus de deux "
                "mandats consécutifs. Son mandat prend fin par sa dissolution, son "
                "retrait par courrier officiel, l'expiration de son mandat ou son absence "
                "non justifiée à trois réunions au cours de deux années civiles.",
            ],
        },
        "link": {
            "url": "charter",
            "ar": (
                "دليل لجنة الإشراف",
                "النص الكامل للمواد الثلاث عشرة.",
                "قراءة الدليل",
            ),
            "fr": (
                "Charte du comité de pilotage",
                "Le texte intégral des treize articles.",
                "Lire la charte",
            ),
        },
    },
]
