"""Seed 004's 2024 call: 9 associations to represent civil society on the
steering committee for 2024-2027, open from 14 August to 5 September 2024, and
article 4's grid (seed 002). The applications, committee, scores and votes that
the demo adds are fictional and marked as demo data."""

import datetime

SLUG = "steering-committee-2024"
SEATS = 9
OPENS = datetime.datetime(2024, 8, 14, 9, 0)
CLOSES = datetime.datetime(2024, 9, 5, 23, 59)
RESULTS = datetime.datetime(2024, 9, 27, 10, 0)
TERM = (datetime.date(2024, 10, 1), datetime.date(2027, 12, 31))
PLAN = "2024-2027"

TITLE = {
    "ar": "الترشح لتمثيل المجتمع المدني في لجنة الإشراف 2024-2027",
    "fr": "Candidature pour représenter la société civile au comité de pilotage 2024-2027",
    "en": "Apply to represent civil society on the steering committee, 2024-2027",
}
DESCRIPTION = {
    "ar": "وفقا لمنهجية انتقاء ممثلي المجتمع المدني في لجنة الإشراف، فتح باب الترشح أمام "
    "الجمعيات المهتمة من 14 غشت إلى 05 شتنبر 2024. تدرس لجنة انتقاء مستقلة ملفات "
    "الترشيح وتختار 9 جمعيات للجلوس في لجنة الإشراف على أساس معايير الانتقاء المحددة.",
    "fr": "Conformément à la méthodologie de sélection des représentants de la société "
    "civile au comité de pilotage, un appel à candidature est ouvert aux associations "
    "intéressées du 14 août au 05 septembre 2024. Un comité de sélection indépendant "
    "étudiera les dossiers et choisira 9 associations pour siéger au comité de pilotage "
    "sur la base des critères de sélection définis.",
    "en": "Following the method for selecting civil society representatives on the "
    "steering committee, a call for applications is open to interested associations "
    "from 14 August to 5 September 2024. An independent selection committee will study "
    "the files and choose 9 associations to sit on the steering committee, on the "
    "published selection criteria.",
}
ELIGIBILITY = {
    "ar": "الجمعيات الأعضاء في فضاء المجتمع المدني، المصرح بها قانونيا والمتحقق منها. لا "
    "يمكن الترشح لأكثر من ولايتين متتاليتين (المادة 4).",
    "fr": "Les associations membres de l'espace de la société civile, légalement "
    "déclarées et vérifiées. Pas plus de deux mandats consécutifs (article 4).",
    "en": "Associations that are members of the civil society space, legally declared "
    "and verified. No more than two consecutive terms (article 4).",
}
GROUPS = {
    "experience": {
        "ar": "تجارب الجمعية المرشحة",
        "fr": "Expériences de l'association",
        "en": "The association's experience",
    },
    "programme": {
        "ar": "برنامج العمل المقترح",
        "fr": "Programme de travail proposé",
        "en": "Proposed work programme",
    },
}
# Article 4's grid: (group, points, ar, fr, en)
CRITERIA = [
    (
        "experience",
        20,
        "تجارب الجمعية في المجالات المتعلقة بالحكومة المنفتحة",
        "Expérience dans les domaines du gouvernement ouvert",
        "Experience in open government",
    ),
    (
        "experience",
        15,
        "تجارب الجمعية في تعبئة المجتمع المدني",
        "Expérience dans la mobilisation de la société civile",
        "Experience in mobilising civil society",
    ),
    (
        "experience",
        5,
        "تجارب الجمعية المتعلقة باستعمال التكنولوجيا الحديثة",
        "Expérience dans l'usage des technologies numériques",
        "Experience with digital technology",
    ),
    (
        "programme",
        20,
        "اقتراحات الجمعية للمساهمة في تنفيذ خطة العمل",
        "Propositions pour contribuer à la mise en œuvre du plan d'action",
        "Proposals to help implement the action plan",
    ),
    (
        "programme",
        20,
        "اقتراحات الجمعية للمساهمة في تقييم خطة العمل",
        "Propositions pour contribuer à l'évaluation du plan d'action",
        "Proposals to help evaluate the action plan",
    ),
    (
        "programme",
        20,
        "اقتراحات الجمعية للمساهمة في صياغة خطة العمل المقبلة",
        "Propositions pour contribuer à l'élaboration du prochain plan d'action",
        "Proposals to help prepare the next action plan",
    ),
]
DOCUMENTS = [
    (
        "وصل الإيداع القانوني للجمعية",
        "Récépissé de déclaration de l'association",
        "The association's legal registration receipt",
    ),
    (
        "آخر تقرير أدبي ومالي",
        "Dernier rapport moral et financier",
        "Latest activity and financial report",
    ),
    (
        "رسالة الترشيح موقعة من الرئيس(ة)",
        "Lettre de candidature signée par la présidence",
        "Application letter signed by the chair",
    ),
]

# Fictional committee: (role, ar, fr, institution fr)
COMMITTEE = [
    ("civil_society", "سلمى (تجريبي)", "Salma (démo)", "Élue par l'espace"),
    (
        "private_sector",
        "كريم (تجريبي)",
        "Karim (démo)",
        "Fédération (démo)",
    ),
    ("university", "نادية (تجريبي)", "Nadia (démo)", "Université (démo)"),
    ("independent", "يوسف (تجريبي)", "Youssef (démo)", "Instance (démo)"),
    ("observer_ministry", "ليلى (تجريبي)", "Leïla (démo)", "Ministère"),
    ("observer_international", "Anna (démo)", "Anna (démo)", "OGP"),
]
