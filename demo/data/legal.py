"""The legal pages of the demo portal: personal data (Law 09-08 and the CNDP), the
terms of use, the accessibility statement. They describe what this portal really
does (see docs/accounts-and-privacy.md); an operator adapts them to its own
controller, declarations and contacts in the admin."""

from .text import Body

PAGES = ["privacy", "terms", "accessibility"]

SLUG = {
    "privacy": "personal-data",
    "terms": "terms-of-use",
    "accessibility": "accessibility",
}

TITLE = {
    "privacy": {
        "ar": "حماية المعطيات الشخصية",
        "fr": "Protection des données personnelles",
        "en": "Personal data protection",
    },
    "terms": {
        "ar": "شروط الاستعمال",
        "fr": "Conditions d'utilisation",
        "en": "Terms of use",
    },
    "accessibility": {
        "ar": "التصريح بولوجية البوابة",
        "fr": "Déclaration d'accessibilité",
        "en": "Accessibility statement",
    },
}

INTRO = {
    "privacy": {
        "ar": "ما تجمعه البوابة من معطيات، ولماذا، وإلى متى، وكيف تمارسون حقوقكم "
        "طبقا للقانون رقم 09.08.",
        "fr": "Les données que le portail recueille, pourquoi, pour combien de temps, "
        "et comment exercer vos droits selon la loi n° 09-08.",
        "en": "What the portal collects, why, for how long, and how to exercise your "
        "rights under Law 09-08.",
    },
    "terms": {
        "ar": "قواعد المشاركة في الاستشارات ومجموعات العمل والأنشطة.",
        "fr": "Les règles de la participation aux consultations, aux groupes de "
        "travail et aux événements.",
        "en": "The rules for taking part in consultations, working groups and events.",
    },
    "accessibility": {
        "ar": "مستوى ولوجية البوابة وحدودها المعروفة وكيفية التبليغ عن صعوبة.",
        "fr": "Le niveau d'accessibilité du portail, ses limites connues et comment "
        "signaler une difficulté.",
        "en": "How accessible the portal is, its known limits and how to report a "
        "difficulty.",
    },
}

BODY: dict[str, dict[str, Body]] = {
    "privacy": {
        "ar": [
            ("h", "المسؤول عن المعالجة"),
            "تتولى الوزارة المكلفة بالانتقال الرقمي وإصلاح الإدارة معالجة المعطيات "
            "الشخصية لهذه البوابة، طبقا للقانون رقم 09.08 المتعلق بحماية الأشخاص "
            "الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي.",
            ("h", "المعطيات التي نجمعها"),
            [
                "الحساب: البريد الإلكتروني، والاسم المعروض، والاسم العائلي والشخصي "
                "والهاتف إن أدخلتموها.",
                "المساهمات دون حساب: الاسم المعروض والبريد الإلكتروني، الذي لا ينشر "
                "أبدا ويستعمل للتأكيد والإخبار فقط.",
                "التسجيل في الأنشطة: الاسم والبريد الإلكتروني وحضوركم.",
                "منظمات المجتمع المدني: معطيات الاتصال بالمنظمة وممثليها.",
            ],
            ("h", "لماذا"),
            "لتمكينكم من المشاركة، وإخباركم بمآل مساهماتكم وتسجيلاتكم، وحماية "
            "البوابة من الإساءة. لا تباع المعطيات ولا تستعمل للإشهار.",
            ("h", "مدة الحفظ"),
            "تحفظ معطيات الحساب ما دام الحساب قائما. عند حذفه تمحى المعطيات "
            "الشخصية، وتبقى المساهمات المنشورة دون اسم صاحبها.",
            ("h", "حقوقكم"),
            "لكم حق الولوج إلى معطياتكم وتصحيحها والتعرض على معالجتها. يمكنكم "
            "تحميل كل ما تحتفظ به البوابة عنكم وحذف حسابكم من صفحة حسابكم، أو "
            "مراسلتنا عبر عنوان الاتصال. ولكم تقديم شكاية إلى اللجنة الوطنية "
            "لمراقبة حماية المعطيات ذات الطابع الشخصي.",
        ],
        "fr": [
            ("h", "Responsable du traitement"),
            "Le ministère chargé de la Transition numérique et de la Réforme de "
            "l'administration traite les données personnelles de ce portail, "
            "conformément à la loi n° 09-08 relative à la protection des personnes "
            "physiques à l'égard du traitement des données à caractère personnel.",
            ("h", "Les données recueillies"),
            [
                "Le compte : l'adresse électronique, le nom affiché, et les nom, "
                "prénom et téléphone si vous les donnez.",
                "Les contributions sans compte : le nom affiché et l'adresse "
                "électronique, jamais publiée, qui sert seulement à confirmer et à "
                "vous informer.",
                "L'inscription aux événements : le nom, l'adresse électronique et "
                "votre présence.",
                "Les organisations de la société civile : les coordonnées de "
                "l'organisation et de ses représentants.",
            ],
            ("h", "Pourquoi"),
            "Pour vous permettre de participer, vous informer de la suite donnée à "
            "vos contributions et inscriptions, et protéger le portail des abus. "
            "Les données ne sont ni vendues ni utilisées à des fins publicitaires.",
            ("h", "Durée de conservation"),
            "Les données du compte sont conservées tant que le compte existe. À sa "
            "suppression, les données personnelles sont effacées ; les contributions "
            "publiées restent, sans le nom de leur auteur.",
            ("h", "Vos droits"),
            "Vous avez un droit d'accès, de rectification et d'opposition. Vous "
            "pouvez télécharger tout ce que le portail conserve sur vous et supprimer "
            "votre compte depuis la page de votre compte, ou nous écrire à l'adresse "
            "de contact. Vous pouvez saisir la Commission nationale de contrôle de "
            "la protection des données à caractère personnel (CNDP).",
        ],
        "en": [
            ("h", "Controller"),
            "The Ministry of Digital Transition and Administrative Reform processes "
            "this portal's personal data under Law 09-08 on the protection of "
            "individuals with regard to the processing of personal data.",
            ("h", "What we collect"),
            [
                "Accounts: email address, public name, and first name, last name "
                "and phone if you give them.",
                "Contributions without an account: public name and email address, "
                "never published, used only to confirm and to inform you.",
                "Event registrations: name, email address and attendance.",
                "Civil-society organisations: contact details of the organisation "
                "and its representatives.",
            ],
            ("h", "Why"),
            "To let you take part, tell you what became of your contributions and "
            "registrations, and protect the portal from abuse. Data is never sold "
            "nor used for advertising.",
            ("h", "How long"),
            "Account data is kept while the account exists. When it is deleted, "
            "personal data is erased; published contributions remain, without their "
            "author's name.",
            ("h", "Your rights"),
            "You may access, correct and object to the processing of your data. You "
            "can download everything the portal holds about you and delete your "
            "account from your account page, or write to the contact address. You "
            "may complain to the national commission for the protection of personal "
            "data (CNDP).",
        ],
    },
    "terms": {
        "ar": [
            ("h", "المشاركة"),
            "البوابة فضاء للحوار حول الحكومة المنفتحة. تنشر المساهمات والتعليقات "
            "بعد مراجعتها أو تحت مراقبة مراجعي المساهمات، حسب الاستشارة.",
            ("h", "ما لا يقبل"),
            [
                "السب والقذف والتمييز والتحريض على الكراهية أو العنف.",
                "المعطيات الشخصية للغير.",
                "الإشهار والرسائل المكررة.",
            ],
            "يمكن لكل مشارك التبليغ عن محتوى مخالف. يبين المراجع سبب كل رفض.",
            ("h", "ما تنشرونه"),
            "تبقى مساهماتكم ملكا لكم، وتأذنون للبوابة بنشرها وإعادة استعمالها في "
            "حصيلة الاستشارات والمعطيات المفتوحة.",
        ],
        "fr": [
            ("h", "Participer"),
            "Le portail est un espace de dialogue sur le gouvernement ouvert. Les "
            "contributions et commentaires sont publiés après modération, ou sous le "
            "contrôle des modérateurs, selon la consultation.",
            ("h", "Ce qui n'est pas accepté"),
            [
                "Les insultes, la diffamation, la discrimination, l'appel à la haine "
                "ou à la violence.",
                "Les données personnelles d'autrui.",
                "La publicité et les messages répétés.",
            ],
            "Chacun peut signaler un contenu contraire à ces règles. Le modérateur "
            "explique chaque refus.",
            ("h", "Ce que vous publiez"),
            "Vos contributions restent les vôtres ; vous autorisez le portail à les "
            "publier et à les réutiliser dans les bilans des consultations et les "
            "données ouvertes.",
        ],
        "en": [
            ("h", "Taking part"),
            "The portal is a space for dialogue on open government. Contributions "
            "and comments are published after moderation, or under the moderators' "
            "watch, depending on the consultation.",
            ("h", "What is not accepted"),
            [
                "Insults, defamation, discrimination, calls to hatred or violence.",
                "Other people's personal data.",
                "Advertising and repeated messages.",
            ],
            "Anyone may report content that breaks these rules. The moderator "
            "explains every refusal.",
            ("h", "What you publish"),
            "Your contributions remain yours; you allow the portal to publish them "
            "and reuse them in consultation close-outs and open data.",
        ],
    },
    "accessibility": {
        "ar": [
            ("h", "مستوى الولوجية"),
            "صممت البوابة لتستجيب لمعايير WCAG 2.1 في المستوى AA: تعمل دون "
            "جافاسكريبت، وبلوحة المفاتيح، ومع قارئات الشاشة، من اليمين إلى اليسار "
            "بالعربية. تفحص صفحاتها آليا بأداة axe-core عند كل تعديل.",
            ("h", "حدود معروفة"),
            "قد لا تكون بعض الوثائق القديمة بصيغة PDF مهيكلة بما يكفي لقارئات "
            "الشاشة؛ نضع نصها رهن إشارتكم عند الطلب.",
            ("h", "التبليغ عن صعوبة"),
            "إذا تعذر عليكم الولوج إلى محتوى أو خدمة، راسلونا عبر عنوان الاتصال "
            "وسنوفر لكم بديلا.",
        ],
        "fr": [
            ("h", "Niveau d'accessibilité"),
            "Le portail est conçu pour respecter les WCAG 2.1 au niveau AA : il "
            "fonctionne sans JavaScript, au clavier, avec les lecteurs d'écran, et de "
            "droite à gauche en arabe. Ses pages sont vérifiées automatiquement avec "
            "axe-core à chaque modification.",
            ("h", "Limites connues"),
            "Certains documents PDF anciens peuvent être insuffisamment structurés "
            "pour les lecteurs d'écran ; leur texte vous est fourni sur demande.",
            ("h", "Signaler une difficulté"),
            "Si vous ne pouvez pas accéder à un contenu ou à un service, écrivez-nous "
            "à l'adresse de contact : nous vous proposerons une alternative.",
        ],
        "en": [
            ("h", "Level of accessibility"),
            "The portal is built to meet WCAG 2.1 level AA: it works without "
            "JavaScript, with a keyboard, with screen readers, and right to left in "
            "Arabic. Its pages are checked automatically with axe-core on every "
            "change.",
            ("h", "Known limits"),
            "Some older PDF documents may not be structured enough for screen "
            "readers; their text is provided on request.",
            ("h", "Reporting a difficulty"),
            "If you cannot reach some content or service, write to the contact "
            "address and we will offer an alternative.",
        ],
    },
}
