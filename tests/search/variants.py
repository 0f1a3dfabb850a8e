"""The table of variants: a text as written (in a page, a PDF, a law) and what a
reader types for it. Every engine must find the first with the second; the
pairs in ``DIFFERENT`` must not meet. Used by ``test_variants.py``."""

SAME = [
    # Presentation forms (a copy from a PDF) and plain letters, both ways.
    ("presentation forms", "ﻟﺠﻨﺔ ﺍﻹﺷﺮﺍﻑ", "لجنة الإشراف"),
    ("presentation forms", "تقرير لجنة الإشراف", "ﺗﻘﺮﻳﺮ"),
    ("presentation forms", "ﺍﻟﺤﻜﻮﻣﺔ ﺍﻟﻤﻨﻔﺘﺤﺔ", "الحكومة المنفتحة"),
    ("presentation forms", "الإعلان", "ﺍﻹﻋﻼﻥ"),  # lam-alef ligature
    # Persian and Urdu keyboards.
    ("persian letters", "المشاركة المواطنة", "المشارکة"),
    ("persian letters", "تقرير سنوي", "تقریر"),
    ("persian letters", "الهيئة الوطنية", "الهیئة"),
    ("persian letters", "كيفية التسجيل", "کیفیة التسجیل"),
    # Digits.
    ("digits", "القانون رقم 31.13", "٣١.١٣"),
    ("digits", "القانون رقم 31.13", "۳۱.۱۳"),
    ("digits", "اجتماع 30 شتنبر 2022", "٢٠٢٢"),
    ("digits", "خطة العمل ٢٠٢٤-٢٠٢٧", "2027"),
    ("digits", "Plan d'action 2024", "۲۰۲۴"),
    # Hamza seats.
    ("hamza", "المسؤول عن الملف", "المسئول"),
    ("hamza", "الهيأة العليا", "الهيئة"),
    ("hamza", "إنشاء لجنة", "انشاء"),
    ("hamza", "شؤون الجمعيات", "شئون"),
    ("hamza", "جزئيا", "جزءيا"),
    # Alef forms, ta marbuta, alef maqsura, tashkeel, tatweel.
    ("letters", "اجتماع لجنة الإشراف", "الاشراف"),
    ("letters", "الحكومة المنفتحة", "الحكومه"),
    ("letters", "مستوى التنفيذ", "مستوي"),
    ("letters", "مشاركة المجتمع المدني", "مُشارَكة"),
    ("letters", "الحكـــومة", "الحكومة"),
    ("letters", "اجتماع الامانة الدائمة", "الأمانة"),
    # Prefixes.
    ("prefixes", "زيارة والمعلم إلى المدرسة", "المعلم"),
    ("prefixes", "تقرير اللجنة السنوي", "لجنة"),
    ("prefixes", "بالمشاركة الفعلية", "المشاركة"),
    ("prefixes", "للمجتمع المدني", "المجتمع"),
    ("prefixes", "لتقديم المقترحات", "تقديم"),
    ("prefixes", "تقديم المقترحات", "لتقديم"),
    ("prefixes", "بمشاركة الجمعيات", "مشاركة"),
    ("prefixes", "برامج الحكومة", "البرامج"),
    ("prefixes", "البرامج الوطنية", "برامج"),
    # Tanween and sound plurals.
    ("tanween", "اعترافا رسمياً", "رسمي"),
    ("tanween", "التقرير السنوي", "سنويا"),
    ("plurals", "المعلمون والمعلمات", "المعلم"),
    ("plurals", "حضر ممثلو الجمعيات", "ممثل"),
    ("plurals", "ممثلين عن الإدارة", "ممثل"),
    ("plurals", "الجمعيات", "جمعية"),
    # French: ligatures, elision, accents, case, plural.
    ("ligatures", "la mise en œuvre du plan", "oeuvre"),
    ("ligatures", "la mise en oeuvre", "œuvre"),
    ("ligatures", "classés ex æquo", "aequo"),
    ("elision", "L’action du gouvernement", "action"),
    ("elision", "une action concrète", "l'action"),
    ("elision", "jusqu’à l’évaluation", "evaluation"),
    ("accents", "Réunion du Comité de pilotage", "comite de pilotage"),
    ("plural", "Le rapport annuel", "rapports"),
    ("plural", "les engagements du plan", "ENGAGEMENT"),
    ("ligatures", "ﬁnancement public", "financement"),
]

# Words that must stay apart (different meanings).
DIFFERENT = [
    ("La gouvernance locale", "gouvernement"),
    ("Le gouvernement ouvert", "gouvernance"),
    ("La publication du rapport", "public"),
    ("La communication", "commune"),
]
