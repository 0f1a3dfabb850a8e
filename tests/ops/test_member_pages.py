"""Pages shared with signed-in citizens: the public page with their own account menu."""

import pytest

from core import cache as page_cache
from tests.factories import ConsultationFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def news(homes, cached):
    index = NewsIndexPageFactory(parent=homes["fr"], slug="actualites")
    return NewsPageFactory(parent=index, slug="une-nouvelle", title="Une nouvelle")


def signed_in(client, person):
    """A citizen's browser: signed in, with the CSRF cookie of an earlier form."""
    from django.conf import settings
    from django.middleware.csrf import _get_new_csrf_string

    client.force_login(person)
    client.cookies[settings.CSRF_COOKIE_NAME] = _get_new_csrf_string()
    return client


def warm(client, url):
    """An anonymous visit stores the public page."""
    from django.test import Client

    assert Client().get(url)["X-Cache"] in ("miss", "hit")


def notify(person, about):
    """A notification on the site for ``person`` about ``about``."""
    from django.contrib.contenttypes.models import ContentType

    from notifications.models import Notification

    return Notification.objects.create(
        recipient=person,
        kind="consultations.answer",
        content_type=ContentType.objects.get_for_model(about),
        object_id=str(about.pk),
        channel="site",
    )


def test_a_citizen_gets_the_public_page_with_their_own_menu(client, news, citizen):
    url = news.url
    warm(client, url)
    page = signed_in(client, citizen).get(url)
    assert page["X-Cache"] == "member"
    html = page.content.decode()
    assert "Une nouvelle" in html
    assert "/fr/account/" in html or "/fr/accounts/" in html
    assert 'action="/fr/accounts/logout/"' in html  # the menu of a signed-in person
    assert ">Se connecter<" not in html and "signup-link" not in html
    assert "private" in page["Cache-Control"] and "Cookie" in page["Vary"]


def test_its_logout_form_carries_a_valid_token(news, citizen):
    import re

    from django.test import Client

    warm(Client(), news.url)
    browser = Client(enforce_csrf_checks=True)
    signed_in(browser, citizen)
    page = browser.get(news.url)
    assert page["X-Cache"] == "member"
    html = page.content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    answer = browser.post("/fr/accounts/logout/", {"csrfmiddlewaretoken": token[1]})
    assert answer.status_code == 302
    assert "_auth_user_id" not in browser.session


def test_the_unread_count_is_the_persons_own(client, news, citizen, user):

    warm(client, news.url)
    signed_in(client, citizen)
    before = client.get(news.url).content.decode()
    assert 'class="count"' not in before
    for person in (citizen, user, user):
        notify(person, news)
    after = client.get(news.url)
    assert after["X-Cache"] == "member"
    assert 'class="count" aria-hidden="true">1<' in after.content.decode()


def test_staff_get_the_whole_page(client, news, editor):
    warm(client, news.url)
    signed_in(client, editor)
    assert "X-Cache" not in client.get(news.url)


def test_pages_that_depend_on_the_person_are_rendered_for_them(client, cached, citizen):
    consultation = ConsultationFactory(slug="budget", moderation_mode="after")
    url = f"/fr/consultations/{consultation.slug}/"
    warm(client, url)
    signed_in(client, citizen)
    # Never the anonymous page: stored with holes and filled for them
    # (tests/ops/test_filled_pages.py).
    assert client.get(url)["X-Cache"] == "rendered"
    assert client.get(url)["X-Cache"] == "filled"


def test_a_change_shows_at_once_to_citizens(client, news, citizen):
    warm(client, news.url)
    signed_in(client, citizen)
    assert client.get(news.url)["X-Cache"] == "member"
    news.title = "Une nouvelle corrigée"
    news.save_revision().publish()
    page = client.get(news.url)
    assert page["X-Cache"] == "member"  # made again, then personalised
    assert "Une nouvelle corrigée" in page.content.decode()


def test_a_message_waiting_in_the_session_gets_the_whole_page(client, news, citizen):
    warm(client, news.url)
    signed_in(client, citizen)
    session = client.session
    session["_messages"] = "[]"
    session.save()
    assert "X-Cache" not in client.get(news.url)


def test_the_consultation_list_and_its_api_are_shared(client, cached, citizen):
    ConsultationFactory(slug="budget", title="Budget ouvert")
    for url in ("/fr/consultations/", "/api/consultations/?locale=fr"):
        warm(client, url)
    signed_in(client, citizen)
    assert client.get("/fr/consultations/")["X-Cache"] == "member"
    answer = client.get("/api/consultations/?locale=fr")
    assert answer["X-Cache"] == "member"
    assert answer.json()["results"][0]["title"] == "Budget ouvert"


def test_a_shared_page_costs_a_few_queries(
    client, news, citizen, django_assert_max_num_queries
):
    warm(client, news.url)
    signed_in(client, citizen)
    client.get(news.url)
    # The session and the person's stored menu come from the cache (the database
    # cache would make them two queries); nothing else is read.
    with django_assert_max_num_queries(0):
        assert client.get(news.url)["X-Cache"] == "member"


def test_after_bump_the_page_is_made_again_for_everyone(client, news, citizen):
    from django.test import Client

    warm(client, news.url)
    signed_in(client, citizen)
    page_cache.bump()
    assert client.get(news.url)["X-Cache"] == "member"
    assert Client().get(news.url)["X-Cache"] == "hit"


def test_with_nothing_stored_the_public_page_is_made_first(client, news, citizen):
    signed_in(client, citizen)
    page = client.get(news.url)
    assert page["X-Cache"] == "member"
    assert 'action="/fr/accounts/logout/"' in page.content.decode()
    from django.test import Client

    public = Client().get(news.url)
    assert public["X-Cache"] == "hit"
    assert "logout" not in public.content.decode()


def test_a_page_for_signed_in_people_only_is_never_stored(client, news, citizen):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.LOGIN
    )
    signed_in(client, citizen)
    page = client.get(news.url)
    assert page.status_code == 200 and "X-Cache" not in page
    assert "Une nouvelle" in page.content.decode()
    from django.test import Client

    assert Client().get(news.url).status_code == 302  # to the sign-in page


@pytest.mark.parametrize("url", ["/fr/events/", "/fr/events/calendar/", "/fr/search/"])
def test_event_lists_and_search_are_shared(client, homes, cached, citizen, url):
    signed_in(client, citizen)
    assert client.get(url)["X-Cache"] == "member"


def test_reading_notifications_updates_the_stored_menu(client, news, citizen):
    from django.contrib.contenttypes.models import ContentType

    from notifications.models import Notification
    from notifications.services import notifications_mark_read

    Notification.objects.create(
        recipient=citizen,
        kind="consultations.answer",
        content_type=ContentType.objects.get_for_model(news),
        object_id=str(news.pk),
        channel="site",
    )
    warm(client, news.url)
    signed_in(client, citizen)
    before = client.get(news.url).content.decode()
    assert 'class="count" aria-hidden="true">1<' in before
    notifications_mark_read(user=citizen)
    page = client.get(news.url)
    assert page["X-Cache"] == "member"
    assert 'class="count"' not in page.content.decode()


def test_a_password_changed_elsewhere_ends_the_shared_menu(client, news, citizen):
    warm(client, news.url)
    signed_in(client, citizen)
    assert client.get(news.url)["X-Cache"] == "member"
    citizen.set_password("a new one, elsewhere")
    citizen.save()
    page = client.get(news.url)
    assert "X-Cache" not in page  # the whole render, which signs the session out
    assert "logout" not in page.content.decode()


def test_a_citizen_made_editor_gets_the_whole_page(client, news, citizen):
    from django.contrib.auth.models import Group

    warm(client, news.url)
    signed_in(client, citizen)
    assert client.get(news.url)["X-Cache"] == "member"
    citizen.groups.add(Group.objects.get(name="Editors"))
    assert "X-Cache" not in client.get(news.url)


def test_a_group_given_the_admin_gets_the_whole_page(client, news, citizen):
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Relecteurs")
    citizen.groups.add(group)
    warm(client, news.url)
    signed_in(client, citizen)
    assert client.get(news.url)["X-Cache"] == "member"
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    assert "X-Cache" not in client.get(news.url)


def test_a_deleted_account_is_signed_out_everywhere(client, news, citizen):
    from accounts.services import account_delete

    warm(client, news.url)
    signed_in(client, citizen)
    assert client.get(news.url)["X-Cache"] == "member"
    from importlib import import_module

    from django.conf import settings

    account_delete(user=citizen)
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    store = import_module(settings.SESSION_ENGINE).SessionStore
    assert store(key).load() == {}  # gone from the cache as from the database
    page = client.get(news.url)
    assert "X-Cache" not in page and "logout" not in page.content.decode()


def test_with_the_database_cache_a_shared_page_is_two_queries(
    client, news, citizen, settings, django_assert_num_queries
):
    """The page and the session in one read, the person's menu in another."""
    import importlib
    from types import SimpleNamespace

    from django.db import connection

    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.database.DatabaseCache",
            "LOCATION": "sharaka_cache",
        }
    }
    migration = importlib.import_module("core.migrations.0001_cache_table")
    migration.create_cache_table(None, SimpleNamespace(connection=connection))
    warm(client, news.url)
    signed_in(client, citizen)
    client.get(news.url)
    with django_assert_num_queries(2):
        assert client.get(news.url)["X-Cache"] == "member"


def test_a_page_rendered_for_a_citizen_takes_their_stored_menu(client, homes, citizen):
    """A page that is the person's own (a consultation's: their supports) is
    rendered for them, with the menu stored for them: no unread count, no
    permission read, and the count right as soon as it changes."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    consultation = ConsultationFactory(slug="budget")
    url = f"/fr/consultations/{consultation.slug}/"
    signed_in(client, citizen)
    client.get(url)  # stores the menu
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url)
    assert "X-Cache" not in page  # rendered for them
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert "notifications_notification" not in read
    assert "auth_permission" not in read
    html = page.content.decode()
    assert "logout-button" in html and 'class="count"' not in html
    assert "wagtail-userbar" not in html
    notify(citizen, consultation)
    assert 'class="count" aria-hidden="true">1<' in client.get(url).content.decode()


def test_staff_get_the_user_bar_on_pages_rendered_for_them(client, homes, editor):
    url = f"/fr/consultations/{ConsultationFactory(slug='budget').slug}/"
    signed_in(client, editor)
    for _ in range(2):
        html = client.get(url).content.decode()
        assert "wagtail-userbar" in html and "logout-button" in html
