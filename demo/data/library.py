"""The document library's demo files: the steering committee charter and the report
of the 30 September 2022 meeting as PDFs generated from the corrected seed texts, in
Arabic and French, and a French participation guide.

Plain data: the library's demo loader turns it into documents, and the editorial
pages link to the same documents by title.
"""

import datetime

from . import charter, meeting_2022


def documents() -> list[dict]:
    """The library's demo documents: metadata and a function giving the text."""
    return [
        {
            "title": "ميثاق لجنة الإشراف على الحكومة المنفتحة",
            "filename": "mithaq-lajnat-al-ishraf.pdf",
            "text": lambda: charter.plain_text("ar"),
            "language": "ar",
            "category": "guides",
            "date": datetime.date(2021, 4, 1),
            "issuing_body": "لجنة الإشراف",
            "summary": "الميثاق الذي يحدد مهام لجنة الإشراف وتركيبتها وطريقة عملها في ثلاث عشرة مادة.",
            "tags": ["لجنة الإشراف", "الحكامة"],
            "rtl": True,
        },
        {
            "title": "تقرير اجتماع لجنة الإشراف بتاريخ 30 شتنبر 2022",
            "filename": "taqrir-ijtima-30-09-2022.pdf",
            "text": lambda: meeting_2022.plain_text("ar"),
            "language": "ar",
            "category": "minutes",
            "date": datetime.date(2022, 9, 30),
            "issuing_body": "لجنة الإشراف",
            "summary": "محضر اجتماع لجنة الإشراف على الحكومة المنفتحة المنعقد يوم 30 شتنبر 2022.",
            "tags": ["لجنة الإشراف", "محضر"],
            "rtl": True,
        },
        {
            "title": "Charte du comité de pilotage du gouvernement ouvert",
            "filename": "charte-comite-de-pilotage.pdf",
            "text": lambda: charter.plain_text("fr"),
            "language": "fr",
            "category": "guides",
            "date": datetime.date(2021, 4, 1),
            "issuing_body": "Comité de pilotage",
            "summary": "La charte qui fixe les missions, la composition et le fonctionnement du comité de pilotage.",
            "tags": ["comité de pilotage", "gouvernance"],
            "rtl": False,
        },
        {
            "title": "Compte rendu de la réunion du comité de pilotage du 30 septembre 2022",
            "filename": "compte-rendu-30-09-2022.pdf",
            "text": lambda: meeting_2022.plain_text("fr"),
            "language": "fr",
            "category": "minutes",
            "date": datetime.date(2022, 9, 30),
            "issuing_body": "Comité de pilotage",
            "summary": "Le compte rendu de la réunion du comité de pilotage tenue le 30 septembre 2022.",
            "tags": ["comité de pilotage", "compte rendu"],
            "rtl": False,
        },
        {
            "title": "Guide de la participation citoyenne au gouvernement ouvert",
            "filename": "guide-participation-citoyenne.pdf",
            "text": lambda: GUIDE_FR,
            "language": "fr",
            "category": "communication",
            "date": datetime.date(2023, 3, 15),
            "issuing_body": "Secrétariat du gouvernement ouvert",
            "summary": "Comment prendre part aux consultations publiques, aux groupes de travail et au suivi des engagements.",
            "tags": ["participation", "société civile"],
            "rtl": False,
        },
    ]


GUIDE_FR = """Guide de la participation citoyenne au gouvernement ouvert
Le gouvernement ouvert repose sur la co-création entre l'administration et la société civile.
Participer aux consultations publiques
Chaque consultation publique présente un texte ou une question. Vous pouvez déposer une proposition ou une observation, commenter celles des autres et suivre la réponse de l'administration.
Rejoindre un groupe de travail
Les groupes de travail réunissent des représentants de l'administration et des organisations de la société civile autour d'un engagement du plan d'action national.
Suivre les engagements
Le portail publie l'état d'avancement de chaque engagement, les comptes rendus du comité de pilotage et les rapports d'évaluation.
"""
