"""The database engine (SQLite FTS5 here, PostgreSQL with DATABASE_URL)."""

import datetime

import pytest

from search.engines import Query
from search.registry import Entry


def e(oid, title, body="", locale="ar", source="page", **kw):
    return Entry(
        source=source,
        object_id=str(oid),
        locale=locale,
        title=title,
        body=body,
        url=f"/{locale}/{oid}/",
        date=kw.pop("date", datetime.date(2023, 1, int(oid) % 28 + 1)),
        **kw,
    )


def keys(results):
    return [h.object_id for h in results.hits]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("الاشراف", "اجتماع لجنة الإشراف على البرنامج"),
        ("المعلم", "زيارة والمعلم إلى المدرسة"),
        ("لجنة", "تقرير اللجنة السنوي"),
        ("الحكومه", "الحكومة المنفتحة"),
        ("مُشارَكة", "مشاركة المجتمع المدني"),
        ("الأمانة", "اجتماع الامانة الدائمة"),
    ],
)
def test_arabic_words_match_their_other_spellings(index_entries, query, text):
    engine = index_entries(e(1, "عنوان", text), e(2, "شيء آخر", "نص لا علاقة له"))
    assert keys(engine.search(Query(text=query))) == ["1"]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("comite de pilotage", "Réunion du Comité de pilotage"),
        ("l'action", "Une action concrète"),
        ("action", "L'action du gouvernement"),
        ("rapports", "Le rapport annuel"),
        ("ENGAGEMENT", "les engagements du plan"),
    ],
)
def test_french_words_match_without_case_accents_elision_or_plural(
    index_entries, query, text
):
    engine = index_entries(
        e(1, "Titre", text, locale="fr"), e(2, "Autre", "Rien à voir", locale="fr")
    )
    assert keys(engine.search(Query(text=query))) == ["1"]


def test_entries_with_every_word_come_first_then_those_with_most_words(
    index_entries,
):
    engine = index_entries(
        e(1, "تقرير المالية"),
        e(2, "تقرير لجنة الإشراف عن الميثاق"),
        e(3, "تقرير لجنة الإشراف"),
        e(4, "الميثاق"),
    )
    # Three words: an entry must hold two of them.
    assert keys(engine.search(Query(text="تقرير الإشراف الميثاق"))) == ["2", "3"]
    # Two words: one is enough, those with both first (then the newest).
    assert keys(engine.search(Query(text="لجنة الميثاق"))) == ["2", "4", "3"]


def test_a_natural_question_finds_the_page_that_lacks_one_of_its_words(
    index_entries,
):
    engine = index_entries(
        e(1, "Participer aux consultations publiques", locale="fr"),
        e(2, "Le budget citoyen", locale="fr"),
    )
    results = engine.search(
        Query(text="comment participer facilement aux consultations publiques ?")
    )
    assert keys(results) == ["1"]


def test_a_title_match_ranks_above_a_body_match(index_entries):
    engine = index_entries(
        e(1, "Autre chose", "On parle un peu de transparence ici", locale="fr"),
        e(2, "La transparence budgétaire", "Le budget", locale="fr"),
    )
    assert keys(engine.search(Query(text="transparence"))) == ["2", "1"]


def test_locale_restricts_results_and_all_locales_is_the_default(index_entries):
    engine = index_entries(
        e(1, "Gouvernement ouvert", locale="fr"),
        e(2, "Gouvernement ouvert", locale="en"),
    )
    assert sorted(keys(engine.search(Query(text="gouvernement")))) == ["1", "2"]
    assert keys(engine.search(Query(text="gouvernement", locale="fr"))) == ["1"]


def test_facets_are_counted_and_filter(index_entries):
    engine = index_entries(
        e(
            1,
            "تقرير",
            source="document",
            facets={"category": ["studies"], "tags": ["شفافية"]},
        ),
        e(2, "تقرير", source="document", facets={"category": ["guides"]}),
        e(3, "تقرير", source="news", date=datetime.date(2021, 3, 3)),
    )
    results = engine.search(Query(text="تقرير"))
    assert results.total == 3
    assert dict(results.facets["type"]) == {"document": 2, "news": 1}
    assert dict(results.facets["category"]) == {"studies": 1, "guides": 1}
    assert dict(results.facets["tags"]) == {"شفافية": 1}
    assert "2021" in dict(results.facets["year"])
    filtered = engine.search(Query(text="تقرير", filters={"category": ["guides"]}))
    assert keys(filtered) == ["2"]
    assert keys(engine.search(Query(text="تقرير", filters={"type": ["news"]}))) == ["3"]


def test_sort_by_date_puts_the_newest_first(index_entries):
    engine = index_entries(
        e(1, "Budget", locale="fr", date=datetime.date(2020, 1, 1)),
        e(2, "Budget budget budget", locale="fr", date=datetime.date(2024, 1, 1)),
        e(3, "Budget", locale="fr", date=datetime.date(2022, 1, 1)),
    )
    assert keys(engine.search(Query(text="budget", sort="date"))) == ["2", "3", "1"]


def test_pages_split_the_results(index_entries):
    engine = index_entries(*[e(i, f"Rapport {i}", locale="fr") for i in range(1, 26)])
    first = engine.search(Query(text="rapport", page_size=10))
    third = engine.search(Query(text="rapport", page_size=10, page=3))
    assert first.total == 25 and first.pages == 3
    assert len(first.hits) == 10 and len(third.hits) == 5
    assert not set(keys(first)) & set(keys(third))


def test_snippets_mark_the_matched_words_in_their_original_spelling(index_entries):
    engine = index_entries(
        e(1, "ميثاق لجنة الإشراف", "تجتمع لجنة الإشراف مرتين في السنة <script>"),
    )
    hit = engine.search(Query(text="الاشراف")).hits[0]
    assert "<mark>الإشراف</mark>" in hit.snippet
    assert "<mark>الإشراف</mark>" in hit.title_html
    assert "<script>" not in hit.snippet and "&lt;script&gt;" in hit.snippet


def test_a_query_without_results_suggests_the_nearest_indexed_words(index_entries):
    engine = index_entries(e(1, "Transparence budgétaire", locale="fr"))
    results = engine.search(Query(text="transparense"))
    assert results.total == 0
    assert results.suggestions == ["transparence"]


def test_replacing_a_record_drops_its_old_entries(engine):
    engine.add_many(
        [e(1, "ancien titre", locale="fr"), e(1, "عنوان قديم", locale="ar")]
    )
    engine.replace("page", "1", [e(1, "nouveau titre", locale="fr")])
    assert engine.search(Query(text="ancien")).total == 0
    assert engine.search(Query(text="قديم")).total == 0
    assert engine.search(Query(text="nouveau")).total == 1
    engine.replace("page", "1", [])
    assert engine.count() == 0


def test_words_that_analyse_to_nothing_return_no_results_not_an_error(index_entries):
    engine = index_entries(e(1, "Titre", locale="fr"))
    assert engine.search(Query(text="'' !!")).total == 0
