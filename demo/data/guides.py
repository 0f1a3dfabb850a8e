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
            "en": "How do I submit a proposal or an observation?",
        },
        "intro": {
            "ar": "خطوات تقديم اقتراح أو ملاحظة حول ورش الحكومة المنفتحة، وما يحدث "
            "بعد ذلك.",
            "fr": "Les étapes pour soumettre une proposition ou une observation sur le "
            "gouvernement ouvert, et ce qui se passe ensuite.",
            "en": "The steps to submit a proposal or an observation on open government, and what happens next.",
        },
        "body": {
            "ar": [
                "يستقبل فضاء الاقتراحات والملاحظات، في كل وقت، مساهمات المواطنين "
                "ومنظمات المجتمع المدني حول ورش الحكومة المنفتحة وخطط العمل الوطنية "
                "وتنفيذ التزاماتها. أما الاستشارات العمومية فتفتح، لمدة محددة، باب "
                "المساهمة حول موضوع معين أو مشروع خطة.",
                ("h", "1. اختاروا المكان المناسب"),
                [
                    "لاقتراح أو ملاحظة عامة: فضاء الاقتراحات والملاحظات، المفتوح دائما؛",
                    "للمساهمة في موضوع مطروح للنقاش: الاستشارة العمومية المعنية، قبل "
                    "تاريخ إغلاقها.",
                ],
                ("h", "2. عرّفوا بأنفسكم"),
                "إذا كان لديكم حساب، سجلوا دخولكم. ويمكنكم أيضا المساهمة دون حساب: "
                "أدخلوا اسمكم وبريدكم الإلكتروني، ثم أكدوا مساهمتكم عبر الرابط الذي "
                "يصلكم. لا يُنشر بريدكم الإلكتروني أبدا.",
                ("h", "3. حرروا مساهمتكم"),
                "اختاروا نوعها (اقتراح أو ملاحظة) ولغتها، وأعطوها عنوانا واضحا، واشرحوا "
                "الإشكال أو الفكرة وما ترونه مناسبا من حلول، مع ذكر الالتزام أو القطاع "
                "المعني إن وُجد. يمكنكم ذكر الجهة المعنية وإرفاق وثيقة. تجنبوا نشر معطيات "
                "شخصية تخصكم أو تخص غيركم.",
                ("h", "4. تتبعوا مآلها"),
                "تحمل كل مساهمة رقما مرجعيا. في فضاء الاقتراحات والملاحظات، يطلع المشرفون "
                "على كل مساهمة قبل نشرها، وتتوصلون برسالة إلكترونية عند نشرها. بعد "
                "النشر، يمكن للمسجلين التعليق عليها ودعمها.",
            ],
            "fr": [
                "L'espace des propositions et observations reçoit à tout moment les "
                "contributions des citoyens et des organisations de la société civile "
                "sur le gouvernement ouvert, les plans d'action nationaux et la mise en "
                "œuvre de leurs engagements. Les consultations publiques, elles, "
                "recueillent pendant une durée limitée des contributions sur un sujet "
                "ou un projet de plan.",
                ("h", "1. Choisissez le bon endroit"),
                [
                    "pour une proposition ou une observation générale : l'espace des "
                    "propositions et observations, toujours ouvert ;",
                    "pour contribuer à un sujet mis en débat : la consultation publique "
                    "concernée, avant sa date de clôture.",
                ],
                ("h", "2. Présentez-vous"),
                "Si vous avez un compte, connectez-vous. Vous pouvez aussi contribuer "
                "sans compte : indiquez votre nom et votre adresse électronique, puis "
                "confirmez votre contribution grâce au lien reçu. Votre adresse n'est "
                "jamais publiée.",
                ("h", "3. Rédigez votre contribution"),
                "Choisissez son type (proposition ou observation) et sa langue, donnez-lui "
                "un titre clair, expliquez le problème ou l'idée et les solutions qui "
                "vous semblent adaptées, en mentionnant le cas échéant l'engagement ou le "
                "département concerné. Vous pouvez indiquer la région concernée et "
                "joindre un document. Ne publiez pas de données personnelles, les vôtres "
                "ou celles d'autrui.",
                ("h", "4. Suivez-en le devenir"),
                "Chaque contribution reçoit une référence. Dans l'espace des propositions "
                "et observations, les modérateurs examinent chaque contribution avant sa "
                "publication, et vous recevez un courriel lorsqu'elle est publiée. Une "
                "fois publiée, les personnes inscrites peuvent la commenter et la "
                "soutenir.",
            ],
            "en": [
                "The proposals and observations space welcomes, at any time, contributions "
                "from citizens and civil society organisations on open government, the "
                "national action plans and how their commitments are carried out. Public "
                "consultations gather contributions on one subject or draft plan for a "
                "limited time.",
                ("h", "1. Choose the right place"),
                [
                    "for a general proposal or observation: the proposals and "
                    "observations space, always open;",
                    "to contribute to a subject under debate: the public consultation "
                    "concerned, before it closes.",
                ],
                ("h", "2. Introduce yourself"),
                "If you have an account, log in. You can also contribute without one: "
                "give your name and email address, then confirm your contribution with "
                "the link you receive. Your email address is never published.",
                ("h", "3. Write your contribution"),
                "Choose its type (proposal or observation) and language, give it a clear "
                "title, explain the problem or idea and the solutions you suggest, "
                "naming the commitment or department concerned if any. You may give the "
                "region concerned and attach a document. Do not publish personal data, "
                "yours or anyone else's.",
                ("h", "4. Follow it up"),
                "Every contribution gets a reference. In the proposals and observations "
                "space, moderators review each contribution before it is published, and "
                "you receive an email when it is. Once published, registered people can "
                "comment on it and support it.",
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
            "en": (
                "Contribute",
                "The proposals and observations space is always open.",
                "Submit a proposal or an observation",
            ),
        },
    },
    {
        "slug": "join-a-working-group",
        "title": {
            "ar": "كيف تنضم جمعية إلى مجموعة عمل موضوعاتية؟",
            "fr": "Comment une association rejoint-elle un groupe de travail ?",
            "en": "How does an association join a working group?",
        },
        "intro": {
            "ar": "مجموعات العمل الموضوعاتية والترابية مفتوحة أمام منظمات المجتمع المدني "
            "الأعضاء في فضاء المجتمع المدني.",
            "fr": "Les groupes de travail thématiques et territoriaux sont ouverts aux "
            "organisations membres de l'espace de la société civile.",
            "en": "Thematic and territorial working groups are open to the organisations of the civil society space.",
        },
        "body": {
            "ar": [
                "تجمع مجموعات العمل الجمعيات والإدارات المعنية حول مواضيع الحكومة "
                "المنفتحة والتزامات خطة العمل الوطنية، لتعميق النقاش والتعاون وتتبع "
                "التنفيذ. ويحث ممثلو المجتمع المدني في لجنة الإشراف الفاعلين غير "
                "الحكوميين على المشاركة في تنفيذ الالتزامات من خلال هذه المجموعات.",
                ("h", "1. أنشئوا حسابكم"),
                "ينشئ ممثل الجمعية حسابه الشخصي ببريده الإلكتروني، ويؤكده عبر الرابط الذي "
                "يصله.",
                ("h", "2. سجلوا جمعيتكم"),
                "سجلوا الجمعية في دليل المنظمات: اسمها بالعربية والفرنسية، ورقم تسجيلها، "
                "وجهتها وإقليمها، وتقديمها، ومجالات عملها. تصبح بذلك ممثلا لها، ويمكنكم "
                "إضافة ممثلين آخرين. لا تظهر الجمعية للعموم إلا بعد أن تتحقق منها "
                "الكتابة.",
                ("h", "3. اختاروا مجموعة وقدموا طلب الانضمام"),
                "تصفحوا مجموعات العمل ومواضيعها وأعضاءها، واختاروا مجموعة مفتوحة قريبة من "
                "مجال خبرة جمعيتكم أو من مجالها الترابي، ثم قدموا طلب الانضمام باسم "
                "الجمعية مع كلمة عن تجربتها في الموضوع.",
                ("h", "4. انتظروا القرار"),
                "يبت منسقو المجموعة أو الكتابة في الطلب، ويتوصل ممثلو الجمعية برسالة "
                "إلكترونية بالقرار. ويكون كل رفض معللا. يمكنكم سحب الطلب ما دام لم يُبت "
                "فيه.",
                ("h", "5. شاركوا في أشغال المجموعة"),
                "بعد قبول الطلب، تصبح الجمعية عضوا في المجموعة، وتشارك في اجتماعاتها "
                "ونقاشاتها، وتساهم في إعداد الالتزامات وتتبع تنفيذها وتقييمها. ويمكنها "
                "مغادرة المجموعة في أي وقت.",
            ],
            "fr": [
                "Les groupes de travail réunissent associations et administrations "
                "concernées autour des thématiques du gouvernement ouvert et des "
                "engagements du plan d'action national, pour approfondir la réflexion, "
                "collaborer et suivre la mise en œuvre. Les représentants de la société "
                "civile au comité de pilotage incitent les acteurs non gouvernementaux à "
                "participer à la mise en œuvre des engagements à travers ces groupes.",
                ("h", "1. Créez votre compte"),
                "Le représentant de l'association crée son compte personnel avec son "
                "adresse électronique et la confirme grâce au lien reçu.",
                ("h", "2. Enregistrez votre association"),
                "Inscrivez l'association dans l'annuaire des organisations : nom en arabe "
                "et en français, numéro d'enregistrement, région et province, "
                "présentation, domaines d'action. Vous en devenez le représentant et "
                "pouvez en ajouter d'autres. L'association n'est visible du public "
                "qu'après vérification par le secrétariat.",
                ("h", "3. Choisissez un groupe et demandez à le rejoindre"),
                "Parcourez les groupes de travail, leurs thèmes et leurs membres, "
                "choisissez un groupe ouvert proche de l'expertise ou du territoire de "
                "votre association, puis déposez une demande d'adhésion en son nom, avec "
                "quelques mots sur son expérience du sujet.",
                ("h", "4. Attendez la décision"),
                "Les coordinateurs du groupe ou le secrétariat statuent sur la demande ; "
                "les représentants de l'association reçoivent la décision par courriel. "
                "Tout refus est motivé. Vous pouvez retirer la demande tant qu'elle n'a "
                "pas été examinée.",
                ("h", "5. Participez aux travaux"),
                "Une fois la demande acceptée, l'association devient membre du groupe : "
                "elle prend part à ses réunions et à ses discussions, et contribue à "
                "l'élaboration, au suivi et à l'évaluation des engagements. Elle peut "
                "quitter le groupe à tout moment.",
            ],
            "en": [
                "Working groups bring associations and the administrations concerned "
                "together around open government themes and the commitments of the "
                "national action plan, to deepen discussion, work together and follow "
                "implementation. The civil society members of the steering committee "
                "encourage non-governmental actors to take part in the commitments "
                "through these groups.",
                ("h", "1. Create your account"),
                "The association's representative creates a personal account with an "
                "email address and confirms it with the link received.",
                ("h", "2. Register your association"),
                "Add the association to the directory of organisations: name in Arabic "
                "and French, registration number, region and province, presentation, "
                "fields of action. You become its representative and can add others. The "
                "association is public only once the secretariat has verified it.",
                ("h", "3. Choose a group and apply"),
                "Browse the working groups, their themes and members, choose an open "
                "group close to your association's expertise or territory, and apply on "
                "its behalf with a few words on its experience of the subject.",
                ("h", "4. Wait for the decision"),
                "The group's coordinators or the secretariat decide; the association's "
                "representatives receive the decision by email. Every refusal gives its "
                "reason. You can withdraw the application until it is decided.",
                ("h", "5. Take part in the work"),
                "Once accepted, the association is a member of the group: it takes part "
                "in its meetings and discussions and helps prepare, follow and evaluate "
                "the commitments. It can leave the group at any time.",
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
            "en": (
                "Working groups",
                "Discover the open groups and their themes.",
                "See the working groups",
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
