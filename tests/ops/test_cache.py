"""The anonymous cache: served from the shared cache, refreshed by the changes that
concern a page, never private."""

import pytest
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from core import cache as page_cache
from core.cache import AnonymousCacheMiddleware

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 60


def test_an_anonymous_page_is_served_from_the_cache(client, homes, cached):
    first = client.get("/fr/")
    second = client.get("/fr/")
    assert first.status_code == second.status_code == 200
    assert first["X-Cache"] == "miss"
    assert second["X-Cache"] == "hit"
    assert second.content == first.content


def test_a_cached_page_still_carries_the_security_headers(client, homes, cached):
    client.get("/fr/")
    hit = client.get("/fr/")
    assert hit["X-Cache"] == "hit"
    assert "script-src 'self'" in hit["Content-Security-Policy"]
    assert hit["X-Content-Type-Options"] == "nosniff"


def test_publishing_a_page_empties_the_cache(client, homes, cached):
    home = homes["fr"]
    client.get("/fr/")
    home.title = "Nouveau titre du portail"
    home.save_revision().publish()
    response = client.get("/fr/")
    assert response["X-Cache"] == "miss"
    assert "Nouveau titre du portail" in response.content.decode()


def test_saving_any_record_empties_the_cache_but_a_session_does_not(
    client, homes, cached
):
    from django.contrib.sessions.backends.db import SessionStore

    client.get("/fr/")
    SessionStore().save()  # visitors' sessions change nothing public
    assert client.get("/fr/")["X-Cache"] == "hit"
    from tests.factories import NewsIndexPageFactory

    NewsIndexPageFactory(parent=homes["fr"])
    assert client.get("/fr/")["X-Cache"] == "miss"


def test_a_signed_in_person_is_never_served_nor_stores_cached_pages(
    client, homes, user, cached
):
    client.get("/fr/")  # an anonymous visit fills the cache
    client.force_login(user)
    response = client.get("/fr/")
    assert "X-Cache" not in response
    assert 'action="/fr/accounts/logout/"' in response.content.decode()
    client.logout()
    assert 'action="/fr/accounts/logout/"' not in client.get("/fr/").content.decode()


def test_the_api_reads_are_cached_and_refreshed_by_changes(client, homes, cached):
    url = "/api/v2/pages/?locale=fr"
    assert client.get(url)["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "hit"
    homes["fr"].save_revision().publish()
    assert client.get(url)["X-Cache"] == "miss"


def test_the_api_is_cached_per_language(client, homes, cached):
    client.get("/api/", HTTP_ACCEPT_LANGUAGE="fr")
    assert client.get("/api/", HTTP_ACCEPT_LANGUAGE="fr")["X-Cache"] == "hit"
    assert client.get("/api/", HTTP_ACCEPT_LANGUAGE="ar")["X-Cache"] == "miss"


def test_an_api_answer_is_stored_as_its_status_headers_and_body(
    client, homes, cached, monkeypatch
):
    from core.cache import entries

    stored = []
    original = entries.store
    monkeypatch.setattr(
        entries,
        "store",
        lambda lookup, value, *a: stored.append(value) or original(lookup, value, *a),
    )
    first = client.get("/api/consultations/?locale=fr")
    hit = client.get("/api/consultations/?locale=fr")
    assert (first["X-Cache"], hit["X-Cache"]) == ("miss", "hit")
    answers = [value for value in stored if hasattr(value, "status_code")]
    assert [type(value) for value in answers] == [HttpResponse]
    assert not hasattr(answers[0], "data")  # DRF's data: not stored with the body
    assert hit.content == first.content
    assert hit.json() == first.json()
    for header in ("Content-Type", "Content-Language", "Vary", "Allow"):
        assert hit[header] == first[header]


def test_an_answer_to_head_is_never_replayed_to_get(client, homes, cached):
    client.head("/fr/")
    response = client.get("/fr/")
    assert response["X-Cache"] == "miss"
    assert response.content


def test_account_pages_are_never_cached(client, homes, cached):
    client.get("/fr/accounts/login/")
    assert "X-Cache" not in client.get("/fr/accounts/login/")


def middleware(settings, view):
    settings.PAGE_CACHE_ENABLED = True
    return AnonymousCacheMiddleware(view)


def test_a_response_that_sets_a_cookie_is_not_cached(settings):
    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("tracking", "1")
        return response

    run = middleware(settings, view)
    factory = RequestFactory()
    run(factory.get("/fr/cookie/"))
    assert run(factory.get("/fr/cookie/"))["X-Cache"] == "miss"


def test_a_page_with_a_csrf_protected_form_is_not_cached(settings):
    from django.middleware.csrf import CsrfViewMiddleware

    def view(request):
        return HttpResponse(
            f'<input name="csrfmiddlewaretoken" value="{get_token(request)}">'
        )

    run = middleware(settings, CsrfViewMiddleware(view))
    factory = RequestFactory()
    first = run(factory.get("/fr/form/"))
    assert "csrftoken" in first.cookies
    # Even for a visitor who already holds a CSRF cookie.
    request = factory.get("/fr/form/")
    request.COOKIES["csrftoken"] = first.cookies["csrftoken"].value
    assert run(request)["X-Cache"] == "miss"
    assert run(factory.get("/fr/form/"))["X-Cache"] == "miss"


@pytest.mark.parametrize(
    "cache_control", ["private", "no-store", "no-cache, must-revalidate", "Private"]
)
def test_a_response_marked_private_or_no_store_is_not_cached(settings, cache_control):
    def view(request):
        response = HttpResponse("mine")
        response["Cache-Control"] = cache_control
        return response

    run = middleware(settings, view)
    factory = RequestFactory()
    run(factory.get("/fr/private/"))
    assert run(factory.get("/fr/private/"))["X-Cache"] == "miss"


def test_errors_and_downloads_are_not_cached(settings):
    def view(request):
        if request.path.endswith("missing/"):
            return HttpResponse("no", status=404)
        response = HttpResponse("a,b")
        response["Content-Disposition"] = 'attachment; filename="x.csv"'
        return response

    run = middleware(settings, view)
    factory = RequestFactory()
    for path in ("/fr/missing/", "/fr/file/"):
        run(factory.get(path))
        assert run(factory.get(path))["X-Cache"] == "miss"


def test_changing_a_public_name_empties_the_cache(
    user, django_capture_on_commit_callbacks
):
    from accounts.services import account_update

    before = page_cache.generations([page_cache.ALL])
    user.display_name = "Nouveau nom"
    with django_capture_on_commit_callbacks(execute=True):
        account_update(user=user, fields=["display_name"])
    assert page_cache.generations([page_cache.ALL]) != before


def test_signing_in_does_not_empty_the_cache(client, homes, user, cached):
    client.get("/fr/")
    client.post(
        "/fr/accounts/login/",
        {"login": user.email, "password": "correct-horse-battery"},
    )
    assert "_auth_user_id" in client.session
    client.logout()
    assert client.get("/fr/")["X-Cache"] == "hit"


def test_an_answer_stored_over_https_is_never_served_over_http(client, homes, cached):
    assert client.get("/fr/", secure=True)["X-Cache"] == "miss"
    # Over http the answer is made for http (with SECURE_SSL_REDIRECT: the redirect).
    assert client.get("/fr/")["X-Cache"] == "miss"
    assert client.get("/fr/", secure=True)["X-Cache"] == "hit"


def test_static_files_and_media_are_never_looked_up():
    from core.cache.middleware import PRIVATE_PATHS

    assert PRIVATE_PATHS.match("/static/frontend/css/site.css")
    assert PRIVATE_PATHS.match("/media/documents/report.pdf")
    assert not PRIVATE_PATHS.match("/fr/statistiques/")


def test_a_new_query_of_a_known_page_is_stored_for_the_full_time(
    client, homes, cached, monkeypatch
):
    from core.cache import scopes

    client.get("/fr/")  # the page's scopes are learnt
    read_after_rendering = []
    ensure = scopes.ensure
    monkeypatch.setattr(
        scopes,
        "ensure",
        lambda names: read_after_rendering.append(names) or ensure(names),
    )
    assert client.get("/fr/?utm_source=lettre")["X-Cache"] == "miss"
    assert read_after_rendering == []  # its tokens came with the first read
    assert client.get("/fr/?utm_source=lettre")["X-Cache"] == "hit"


def test_a_new_query_of_a_known_page_reads_its_fragments_in_one_round_trip(
    client, homes, cached, monkeypatch
):
    from django.core.cache import cache

    from tests.factories import ConsultationFactory

    consultation = ConsultationFactory(slug="eau", title="L'eau")
    client.get("/fr/consultations/")  # the fragments it reads are learnt
    rounds = []
    get_many = cache.get_many
    monkeypatch.setattr(
        cache, "get_many", lambda keys: rounds.append(keys) or get_many(keys)
    )
    answer = client.get("/fr/consultations/?fresh=1")
    assert answer["X-Cache"] == "miss" and "eau" in answer.content.decode()
    assert len(rounds) == 1  # the answer's entry, its fragments and their tokens
    assert any("consultation-card" in key for key in rounds[0])
    consultation.title = "L'eau potable"  # its card is stale: made again
    consultation.save()
    rounds.clear()
    answer = client.get("/fr/consultations/?fresh=2")
    assert "L&#x27;eau potable" in answer.content.decode()
    assert len(rounds) == 1
