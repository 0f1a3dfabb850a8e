"""Relevance set: Arabic and French queries over demo-like content; the expected
entry must be in the top 3. Runs on SQLite and (with DATABASE_URL) PostgreSQL."""

import pytest

from search.engines import Query
from search.engines.database import DatabaseEngine
from search.registry import Entry

CONTENT = {
    "charter-ar": (
        "ar",
        "ميثاق لجنة الإشراف على الحكومة المنفتحة",
        "المادة الأولى: تتولى لجنة الإشراف تتبع إعداد خطة العمل الوطنية وتنفيذها وتقييمها بشراكة مع المجتمع المدني.",
    ),
    "meeting-ar": (
        "ar",
        "تقرير اجتماع لجنة الإشراف بتاريخ 30 شتنبر 2022",
        "انعقد اجتماع اللجنة لتقديم حصيلة الالتزامات والمصادقة على منهجية إعداد خطة العمل الثانية.",
    ),
    "cso-ar": (
        "ar",
        "فضاء المجتمع المدني",
        "يتيح الفضاء للجمعيات المشاركة في الاستشارات العمومية وتقديم المقترحات والملاحظات.",
    ),
    "teacher-ar": (
        "ar",
        "برنامج التعليم المنفتح",
        "شارك المعلمون والمعلم الرئيسي في ورشات الحكومة المنفتحة.",
    ),
    "charter-fr": (
        "fr",
        "Charte du comité de pilotage du gouvernement ouvert",
        "Article premier : le comité de pilotage suit l'élaboration, la mise en œuvre et l'évaluation du plan d'action national.",
    ),
    "meeting-fr": (
        "fr",
        "Compte rendu de la réunion du comité de pilotage du 30 septembre 2022",
        "La réunion a présenté le bilan des engagements et validé la méthodologie du deuxième plan d'action.",
    ),
    "cso-fr": (
        "fr",
        "Espace de la société civile",
        "Les associations participent aux consultations publiques et déposent des propositions et des observations.",
    ),
    "budget-fr": (
        "fr",
        "Transparence budgétaire",
        "Le budget citoyen explique les dépenses publiques.",
    ),
}

CASES = [
    ("ميثاق الاشراف", "charter-ar"),
    ("لجنة", "charter-ar"),
    ("الاجتماع 2022", "meeting-ar"),
    ("المجتمع المدني", "cso-ar"),
    ("استشارة عمومية", "cso-ar"),
    ("المعلم", "teacher-ar"),
    ("الحكومه المنفتحه", "charter-ar"),
    ("charte comite de pilotage", "charter-fr"),
    ("reunion septembre", "meeting-fr"),
    ("l'evaluation", "charter-fr"),
    ("engagement", "meeting-fr"),
    ("societe civile", "cso-fr"),
    ("proposition", "cso-fr"),
    ("budgets", "budget-fr"),
]


@pytest.fixture
def relevance_engine(db):
    engine = DatabaseEngine()
    engine.clear()
    engine.add_many(
        [
            Entry(
                source="page",
                object_id=key,
                locale=loc,
                title=title,
                body=body,
                url="/",
            )
            for key, (loc, title, body) in CONTENT.items()
        ]
    )
    return engine


@pytest.mark.parametrize(("query", "expected"), CASES)
def test_expected_entry_is_in_the_top_three(relevance_engine, query, expected):
    top = [h.object_id for h in relevance_engine.search(Query(text=query)).hits[:3]]
    assert expected in top, f"{query!r} gave {top}"
