"""Scoped invalidation: a write empties only the cached answers that show it."""

import pytest
from django.db import transaction

from core import cache as page_cache
from core.cache import scopes
from tests.factories import (
    ConsultationFactory,
    ContributionFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def site(homes, cached):
    index = NewsIndexPageFactory(parent=homes["fr"], slug="actualites")
    news = NewsPageFactory(parent=index, slug="une-nouvelle", title="Une nouvelle")
    a = ConsultationFactory(slug="consultation-a", moderation_mode="after")
    b = ConsultationFactory(slug="consultation-b", moderation_mode="after")
    contribution_a = ContributionFactory(consultation=a)
    return {
        "a": a,
        "b": b,
        "contribution_a": contribution_a,
        "urls_a": [
            a.get_url_path(),
            f"/api/consultations/{a.slug}/",
            f"/api/consultations/{a.slug}/comments/",
        ],
        "urls_other": [
            b.get_url_path(),
            f"/api/consultations/{b.slug}/",
            f"/api/consultations/{b.slug}/comments/",
            index.url,
            news.url,
            "/fr/",
            "/fr/consultations/",
        ],
    }


@pytest.fixture
def writes(monkeypatch):
    """The sets of scopes invalidated during the test (the setup's are written
    first: in a transaction they wait for the first read)."""
    scopes.flush_pending()
    seen: list[set[str]] = []
    original = scopes._write

    def spy(names):
        seen.append(set(names))
        original(names)

    monkeypatch.setattr(scopes, "_write", spy)
    return seen


def warm(client, urls):
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert client.get(url)["X-Cache"] == "hit", url


def test_a_comment_on_one_consultation_leaves_the_others_and_the_news_cached(
    client, site, citizen, django_capture_on_commit_callbacks
):
    from consultations.services import comment_create

    warm(client, site["urls_a"] + site["urls_other"])
    with django_capture_on_commit_callbacks(execute=True):
        comment_create(
            user=citizen, consultation=site["a"], body="Un commentaire tout neuf"
        )
    for url in site["urls_other"]:
        assert client.get(url)["X-Cache"] == "hit", url
    for url in site["urls_a"]:
        response = client.get(url)
        assert response["X-Cache"] == "miss", url
    assert "Un commentaire tout neuf" in client.get(site["urls_a"][0]).content.decode()
    api = client.get(site["urls_a"][2]).json()
    assert "Un commentaire tout neuf" in str(api)


def test_a_comment_on_a_contribution_refreshes_its_consultation(client, site, citizen):
    from consultations.services import comment_create

    warm(client, site["urls_a"][:1] + site["urls_other"][:1])
    comment_create(
        user=citizen, contribution=site["contribution_a"], body="Une réponse ici"
    )
    page = client.get(site["urls_a"][0])
    assert page["X-Cache"] == "miss"
    assert "Une réponse ici" in page.content.decode()
    assert client.get(site["urls_other"][0])["X-Cache"] == "hit"


def test_a_published_contribution_refreshes_its_consultation_and_the_list(
    client, site, citizen
):
    from consultations.services import contribution_submit

    warm(client, site["urls_a"] + site["urls_other"])
    contribution_submit(
        consultation=site["a"],
        kind="proposal",
        title="Une proposition visible",
        body="Publier les données budgétaires chaque trimestre, en format ouvert.",
        language="fr",
        user=citizen,
    )
    page = client.get(site["urls_a"][0])
    assert page["X-Cache"] == "miss"
    assert "Une proposition visible" in page.content.decode()
    # The list shows how many contributions each consultation has.
    assert client.get("/fr/consultations/")["X-Cache"] == "miss"
    assert client.get(site["b"].get_url_path())["X-Cache"] == "hit"


def test_an_unverified_anonymous_contribution_invalidates_nothing(client, site, writes):
    from consultations.services import contribution_submit

    warm(client, site["urls_a"])
    contribution = contribution_submit(
        consultation=site["a"],
        kind="proposal",
        title="Une proposition anonyme",
        body="Ouvrir les données des marchés publics, mises à jour chaque mois.",
        language="fr",
        author_name="Amina",
        author_email="amina@example.org",
    )
    assert contribution.status == "pending_verification"
    assert writes == []
    for url in site["urls_a"]:
        assert client.get(url)["X-Cache"] == "hit", url


def test_a_report_invalidates_nothing(client, site, citizen, writes):
    from consultations.services import flag_create

    warm(client, site["urls_a"])
    flag_create(user=citizen, contribution=site["contribution_a"], reason="spam")
    assert writes == []
    assert client.get(site["urls_a"][0])["X-Cache"] == "hit"


def test_hiding_a_contribution_shows_on_the_next_request(client, site):
    contribution = site["contribution_a"]
    warm(client, site["urls_a"])
    assert contribution.title in client.get(site["urls_a"][0]).content.decode()
    contribution.status = "hidden"
    contribution.save()
    page = client.get(site["urls_a"][0])
    assert page["X-Cache"] == "miss"
    assert contribution.title not in page.content.decode()


def test_a_menu_change_shows_on_every_page(client, site):
    from wagtail.models import Locale

    from cms.models import MenuItem

    warm(client, site["urls_other"])
    MenuItem.objects.create(
        locale=Locale.objects.get(language_code="fr"),
        label="Nouvelle rubrique",
        link_url="/fr/x/",
    )
    page = client.get("/fr/")
    assert page["X-Cache"] == "miss"
    assert "Nouvelle rubrique" in page.content.decode()
    assert client.get(site["b"].get_url_path())["X-Cache"] == "miss"


def test_a_footer_change_shows_on_every_page_even_not_stored_yet(client, site):
    from wagtail.models import Locale

    from cms.models import FooterContent

    warm(client, site["urls_other"])
    client.get("/fr/?not-stored-yet")  # the footer is now a stored part too
    FooterContent.objects.create(
        locale=Locale.objects.get(language_code="fr"),
        about="Le portail du partenariat pour un gouvernement ouvert.",
        address="Rabat, avenue Mohammed V",
    )
    assert "avenue Mohammed V" in client.get("/fr/").content.decode()
    assert "avenue Mohammed V" in client.get("/fr/?again").content.decode()


def test_a_cache_hit_is_one_round_trip(client, site, monkeypatch):
    from django.core.cache import cache

    url = site["urls_other"][0]
    warm(client, [url])
    calls, depth = [], [0]

    def counting(name, original):
        def call(*args, **kwargs):
            # Only the calls made by the portal (get_many may call get inside).
            if depth[0] == 0:
                calls.append(name)
            depth[0] += 1
            try:
                return original(*args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    for name in ("get", "get_many", "set", "add", "incr", "set_many"):
        monkeypatch.setattr(cache, name, counting(name, getattr(cache, name)))
    assert client.get(url)["X-Cache"] == "hit"
    assert calls == ["get_many"]


def test_bump_empties_everything(client, site):
    warm(client, site["urls_other"])
    page_cache.bump()
    for url in site["urls_other"]:
        assert client.get(url)["X-Cache"] == "miss", url


@pytest.fixture
def database_cache(settings):
    """The production default without Redis: the table the migration creates."""
    import importlib
    from types import SimpleNamespace

    from django.db import connection

    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.database.DatabaseCache",
            "LOCATION": "sharaka_cache",
            "KEY_PREFIX": "test",
        }
    }
    migration = importlib.import_module("core.migrations.0001_cache_table")
    migration.create_cache_table(None, SimpleNamespace(connection=connection))
    assert "sharaka_cache" in connection.introspection.table_names()


def test_the_database_cache_serves_and_invalidates_by_scope(
    client, site, database_cache, citizen
):
    from django.core.cache import caches

    assert caches["default"].__class__.__name__ == "DatabaseCache"
    warm(client, site["urls_other"][:1] + site["urls_a"][:1])
    from consultations.services import comment_create

    comment_create(user=citizen, consultation=site["a"], body="Vu par tous")
    assert client.get(site["urls_other"][0])["X-Cache"] == "hit"
    page = client.get(site["urls_a"][0])
    assert page["X-Cache"] == "miss"
    assert "Vu par tous" in page.content.decode()


def test_migrate_writes_before_the_cache_table_exists_then_empties_the_cache(
    client, site, settings, db
):
    """A first ``migrate`` with the database cache: contenttypes and auth write
    before the migration that makes the cache's table has run."""
    from django.db import connection
    from django.db.models.signals import post_migrate, pre_migrate

    usual = settings.CACHES
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.database.DatabaseCache",
            "LOCATION": "sharaka_cache_not_made_yet",
        }
    }
    assert "sharaka_cache_not_made_yet" not in connection.introspection.table_names()
    from django.apps import apps

    core = apps.get_app_config("core")
    signal = {"app_config": core, "verbosity": 0, "interactive": False}
    signal |= {"using": "default", "apps": apps, "plan": []}
    pre_migrate.send(sender=core, **signal)
    try:
        site["a"].save()  # would query the missing table
    finally:
        settings.CACHES = usual
    warm(client, site["urls_other"])
    post_migrate.send(sender=core, **signal)
    for url in site["urls_other"]:
        assert client.get(url)["X-Cache"] == "miss", url


def test_a_comment_replaces_its_tokens_once_when_it_commits(
    client, site, citizen, writes, django_capture_on_commit_callbacks
):
    from consultations.services import comment_create

    warm(client, site["urls_a"][:1])
    with django_capture_on_commit_callbacks() as callbacks:
        comment_create(user=citizen, consultation=site["a"], body="Écrit puis validé")
        assert writes == []  # nothing read before the commit: nothing written yet
    for callback in callbacks:
        callback()
    assert len(writes) == 1 and f"consultation:{site['a'].pk}" in writes[0]
    page = client.get(site["urls_a"][0])
    assert page["X-Cache"] == "miss"
    assert "Écrit puis validé" in page.content.decode()


def test_a_page_read_in_the_transaction_that_wrote_shows_the_write(
    client, site, citizen, writes
):
    from consultations.services import comment_create

    warm(client, site["urls_a"][:1])
    with transaction.atomic():
        comment_create(user=citizen, consultation=site["a"], body="Lu avant le commit")
        page = client.get(site["urls_a"][0])
        assert page["X-Cache"] == "miss"
        assert "Lu avant le commit" in page.content.decode()
        assert len(writes) == 1  # at once, before the read


def test_the_scopes_waiting_for_a_commit_are_the_threads_own(writes):
    import threading

    def other_thread():
        scopes._pending().add("consultation:other-thread")

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join()
    scopes.flush_pending()
    assert writes == []  # another thread's transaction is not this one's to write


def test_nested_recordings_each_get_the_tables_read_while_they_are_active(homes):
    from django.db import connection
    from wagtail.models import Locale, Site

    with scopes.Recording() as page:
        Site.objects.count()
        wrappers = len(connection.execute_wrappers)
        with scopes.Recording() as part:
            assert len(connection.execute_wrappers) == wrappers  # one watcher
            Locale.objects.count()
        Site.objects.exists()
    with scopes.Recording() as after:
        Locale.objects.exists()
    assert part.tables == {"wagtailcore_locale"}
    assert page.tables == {"wagtailcore_site", "wagtailcore_locale"}
    assert after.tables == {"wagtailcore_locale"}
    assert not connection.execute_wrappers
