"""The main menu, the footer and the contact details (seed 001).

A menu entry points either to a page (by its key in the loader) or to a module
address with ``{lang}``.
"""

# ruff: noqa: E501 - prose: the lines are sentences, not code.

EMAIL = "ogpmaroc@mmsp.gov.ma"
FACEBOOK = "https://www.facebook.com/MRAFPMaroc"

# (page key or address, label per language)
MENU: list[tuple[str, dict[str, str]]] = [
    ("governance", {"ar": "الحكامة", "fr": "Gouvernance", "en": "Governance"}),
    (
        "civil_society",
        {"ar": "فضاء المجتمع المدني", "fr": "Société civile", "en": "Civil society"},
    ),
    (
        "/{lang}/consultations/",
        {"ar": "الاستشارات", "fr": "Consultations", "en": "Consultations"},
    ),
    (
        "/{lang}/working-groups/",
        {"ar": "مجموعات العمل", "fr": "Groupes de travail", "en": "Working groups"},
    ),
    ("/{lang}/events/", {"ar": "الفعاليات", "fr": "Événements", "en": "Events"}),
    ("/{lang}/library/", {"ar": "الوثائق", "fr": "Documents", "en": "Documents"}),
    ("news", {"ar": "المستجدات", "fr": "Actualités", "en": "News"}),
]

FOOTER_ABOUT = {
    "ar": "البوابة الوطنية للحكومة المنفتحة بالمغرب، التي تشرف عليها وزارة الانتقال الرقمي "
    "وإصلاح الإدارة، فضاء للشفافية والنشر الاستباقي للمعلومات، ولمشاركة جميع الفاعلين "
    "في إعداد خطط العمل الوطنية للحكومة المنفتحة وتتبعها وتقييمها.",
    "fr": "Le portail national du gouvernement ouvert au Maroc, animé par le ministère de la "
    "Transition numérique et de la Réforme de l'administration, est un espace de "
    "transparence et de publication proactive de l'information, et de participation "
    "de tous les acteurs à l'élaboration, au suivi et à l'évaluation des plans d'action "
    "nationaux pour le gouvernement ouvert.",
    "en": "The national portal of open government in Morocco, run by the Ministry of "
    "Digital Transition and Administrative Reform: a place for transparency and the "
    "proactive publication of information, where every stakeholder takes part in "
    "preparing, following up and evaluating the national open government action plans.",
}

FOOTER_ADDRESS = {
    "ar": "وزارة الانتقال الرقمي وإصلاح الإدارة\nشارع الحاج أحمد الشرقاوي\n"
    "ص.ب 1076 - الحي الإداري - أكدال - الرباط",
    "fr": "Ministère de la Transition numérique et de la Réforme de l'administration\n"
    "Avenue Al Haj Ahmed Cherkaoui\nB.P. 1076 - Quartier administratif - Agdal - Rabat",
    "en": "Ministry of Digital Transition and Administrative Reform\n"
    "Avenue Al Haj Ahmed Cherkaoui\nP.O. Box 1076 - Administrative District - Agdal - "
    "Rabat",
}

# (page key, label per language): pages that exist in the language only.
FOOTER_LINKS: list[tuple[str, dict[str, str]]] = [
    (
        "charter",
        {"ar": "دليل لجنة الإشراف", "fr": "Charte du comité de pilotage"},
    ),
    (
        "useful_links",
        {"ar": "روابط هامة", "fr": "Liens utiles", "en": "Useful links"},
    ),
    ("guides", {"ar": "دلائل المشاركة", "fr": "Guides pratiques", "en": "Guides"}),
    ("governance", {"ar": "الحكامة", "fr": "Gouvernance", "en": "Governance"}),
]
