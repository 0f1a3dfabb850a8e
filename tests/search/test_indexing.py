"""The index follows the content: publish, unpublish, privacy, save, delete."""

import pytest
from django.core.management import call_command
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from search.engines import Query
from search.services import search_run
from tests.factories import LibraryDocumentFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def found(text, **kw):
    return [(h.source, h.title) for h in search_run(Query(text=text, **kw)).hits]


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_a_published_page_is_found_and_an_unpublished_one_is_not(homes, commit):
    with commit():
        page = StandardPageFactory(parent=homes["fr"], title="Comité de pilotage")
        page.save_revision().publish()
    assert ("page", "Comité de pilotage") in found("comite de pilotage")
    with commit():
        page.unpublish()
    assert found("comite de pilotage") == []


def test_a_draft_change_is_not_indexed_until_published(homes, commit):
    with commit():
        page = StandardPageFactory(parent=homes["fr"], title="Version publiée")
        page.save_revision().publish()
        page.title = "Brouillon secret"
        page.save_revision()
    assert found("brouillon") == []
    assert found("publiee")


def test_a_private_page_leaves_the_index(homes, commit):
    with commit():
        page = StandardPageFactory(parent=homes["ar"], title="صفحة لجنة الإشراف")
        page.save_revision().publish()
    assert found("الاشراف")
    with commit():
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert found("الاشراف") == []


def test_a_deleted_page_leaves_the_index(homes, commit):
    with commit():
        page = StandardPageFactory(parent=homes["fr"], title="Page éphémère")
        page.save_revision().publish()
    with commit():
        page.delete()
    assert found("ephemere") == []


def test_documents_are_indexed_with_their_text_and_facets(homes, commit):
    with commit():
        LibraryDocumentFactory(title="Charte", tags=["gouvernance"])
    results = search_run(Query(text="charte"))
    assert results.hits[0].source == "document"
    assert dict(results.facets["tags"]) == {"gouvernance": 1}
    assert results.hits[0].url.startswith("/fr/library/")


def test_documents_of_private_collections_are_never_indexed(homes, commit):
    root = Collection.get_first_root_node()
    with commit():
        private = root.add_child(name="Privé")
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type="login"
        )
        LibraryDocumentFactory(title="Note confidentielle", collection=private)
        public = LibraryDocumentFactory(title="Note publique")
    assert found("note") == [("document", "Note publique")]
    with commit():
        public.collection = private
        public.save()
    assert found("note") == []


def test_deleting_a_document_removes_it(homes, commit):
    with commit():
        doc = LibraryDocumentFactory(title="Supprimable")
    with commit():
        doc.delete()
    assert found("supprimable") == []


def test_rebuild_command_refills_the_index_with_a_summary(homes, capsys):
    LibraryDocumentFactory(title="Rapport reconstruit")
    StandardPageFactory(
        parent=homes["fr"], title="Page reconstruite"
    ).save_revision().publish()
    from search.engines import get_engine

    get_engine().clear()
    call_command("search_index", "--rebuild", "--no-progress")
    out = capsys.readouterr().out
    assert "document: 1 entries" in out and "Indexed" in out
    assert found("reconstruit")


def test_a_registered_source_of_another_app_is_kept_current_automatically(
    homes, commit
):
    """Signals work for any source, without the app wiring anything."""
    from taggit.models import Tag

    from search import registry
    from search.registry import Entry, Source

    registry.register(
        Source(
            name="tagtest",
            model=Tag,
            queryset=lambda: Tag.objects.all(),
            entries=lambda t: [
                Entry(
                    source="tagtest",
                    object_id=str(t.pk),
                    locale="fr",
                    title=t.name,
                    body="",
                    url="/",
                )
            ],
        )
    )
    try:
        with commit():
            Tag.objects.create(name="Participation citoyenne", slug="pc")
        assert ("tagtest", "Participation citoyenne") in found("participation")
    finally:
        registry._sources.pop("tagtest")


def test_a_comment_reindexes_nothing(django_capture_on_commit_callbacks, citizen):
    """A contribution's entry holds its text and its answer, not its comments:
    a busy discussion must not rewrite the entry at every comment."""
    from consultations.services import comment_create
    from tests.factories import ContributionFactory

    contribution = ContributionFactory()
    with django_capture_on_commit_callbacks() as callbacks:
        comment_create(user=citizen, contribution=contribution, body="Je soutiens.")
    from search.signals import _enqueue

    assert [c for c in callbacks if getattr(c, "func", None) is _enqueue] == []


def _search_token():
    from core.cache.scopes import generations
    from search.services import SEARCH_SCOPE

    return generations([SEARCH_SCOPE])[SEARCH_SCOPE]


def test_a_contribution_created_not_public_is_neither_read_nor_refreshed(
    homes, commit, citizen
):
    """Waiting for moderation, it was never in the index: no reindex is queued,
    and the cached search answers stay valid."""
    from consultations.models import ContributionStatus
    from core.cache.scopes import ensure
    from search.services import SEARCH_SCOPE
    from search.signals import _enqueue
    from tests.factories import ConsultationFactory, ContributionFactory

    consultation = ConsultationFactory()
    ensure([SEARCH_SCOPE])
    before = _search_token()
    with commit() as callbacks:
        ContributionFactory(
            consultation=consultation,
            title="Proposition en attente",
            status=ContributionStatus.PENDING_MODERATION,
            published_at=None,
        )
    assert [c for c in callbacks if getattr(c, "func", None) is _enqueue] == []
    assert _search_token() == before
    assert found("attente") == []


def test_a_reindex_that_changes_nothing_keeps_the_search_answers(homes, commit):
    from consultations.models import ContributionStatus
    from core.cache.scopes import ensure
    from search.services import SEARCH_SCOPE, index_reindex
    from tests.factories import ContributionFactory

    contribution = ContributionFactory(status=ContributionStatus.PENDING_MODERATION)
    ensure([SEARCH_SCOPE])
    before = _search_token()
    assert index_reindex(source="contribution", object_id=str(contribution.pk)) == 0
    assert _search_token() == before


def test_a_contribution_hidden_leaves_the_index_and_refreshes_the_answers(
    homes, commit, moderator
):
    from consultations.services import contribution_moderate
    from core.cache.scopes import ensure
    from search.services import SEARCH_SCOPE
    from tests.factories import ContributionFactory

    with commit():
        contribution = ContributionFactory(title="Proposition visible un temps")
    assert found("visible") == [("contribution", "Proposition visible un temps")]
    ensure([SEARCH_SCOPE])
    before = _search_token()
    with commit():
        contribution_moderate(
            contribution=contribution, moderator=moderator, action="hide"
        )
    assert found("visible") == []
    assert _search_token() != before
