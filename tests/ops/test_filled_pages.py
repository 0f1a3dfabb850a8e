"""A consultation's page for signed-in citizens: stored once with holes for each
reader's own state, filled for each reader (``core.cache.holes``). A filled
answer is exactly the page rendered for that reader."""

import re

import pytest
from django.conf import settings
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client

from consultations import services
from core import activity
from core.cache import entries
from notifications import services as notifications
from tests.factories import (
    CommentFactory,
    ConsultationFactory,
    ContributionFactory,
    UserFactory,
)

from .test_member_pages import signed_in

pytestmark = pytest.mark.django_db
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def people(db):
    return {
        name: UserFactory(display_name=name.capitalize())
        for name in ("author", "supporter", "follower", "plain")
    }


@pytest.fixture
def page(homes, cached, people):
    consultation = ConsultationFactory(slug="trous")
    contributions = ContributionFactory.create_batch(
        3, consultation=consultation, author=people["author"]
    )
    contributions += ContributionFactory.create_batch(
        2, consultation=consultation, author=UserFactory()
    )
    CommentFactory(contribution=contributions[0], author=people["plain"])
    for contribution in (contributions[0], contributions[3]):
        services.support_add(user=people["supporter"], contribution=contribution)
    for target in (consultation, contributions[1], contributions[4]):
        notifications.follow_add(
            user=people["follower"], key=activity.follow_key(target)
        )
    return f"/fr/consultations/{consultation.slug}/", contributions


def _browser(person, secret: str) -> Client:
    browser = Client()
    browser.force_login(person)
    browser.cookies[settings.CSRF_COOKIE_NAME] = secret
    return browser


def _tokens_checked(html: str, secret: str) -> str:
    """The page with its CSRF tokens replaced, each checked valid for ``secret``."""
    tokens = TOKEN.findall(html)
    assert tokens
    for token in tokens:
        assert _unmask_cipher_token(token) == secret
    return TOKEN.sub('name="csrfmiddlewaretoken" value="TOKEN"', html)


def _rendered(settings, person, url) -> str:
    """The page as rendered for ``person`` without any stored answer."""
    secret = "s" * 32
    settings.PAGE_CACHE_ENABLED = False
    try:
        answer = _browser(person, secret).get(url)
    finally:
        settings.PAGE_CACHE_ENABLED = True
    assert answer.status_code == 200 and "X-Cache" not in answer
    return _tokens_checked(answer.content.decode(), secret)


def _filled(person, url, how="filled") -> str:
    """The page filled for ``person``: from the stored page, or ``"rendered"``
    (stored first) when none is stored yet."""
    secret = "f" * 32
    answer = _browser(person, secret).get(url)
    assert answer.status_code == 200 and answer["X-Cache"] == how
    assert "private" in answer["Cache-Control"] and "Cookie" in answer["Vary"]
    return _tokens_checked(answer.content.decode(), secret)


@pytest.mark.parametrize("name", ["author", "supporter", "follower", "plain"])
def test_a_filled_page_is_the_page_rendered_for_its_reader(
    settings, page, people, name
):
    url, _contributions = page
    # The page is stored by another reader than the one it is filled for.
    stored_by = people["plain" if name != "plain" else "supporter"]
    assert _browser(stored_by, "p" * 32).get(url)["X-Cache"] == "rendered"
    assert _filled(people[name], url) == _rendered(settings, people[name], url)


def test_each_reader_sees_their_own_state(page, people):
    url, contributions = page
    author = _filled(people["author"], url, "rendered")
    assert author.count("Retirer ma contribution") == 3
    assert author.count("Retirer mon soutien") == 0
    supporter = _filled(people["supporter"], url)
    assert supporter.count("Retirer mon soutien") == 2
    assert "Retirer ma contribution" not in supporter
    follower = _filled(people["follower"], url)
    assert follower.count('aria-pressed="true"') == 3  # the consultation and two


def test_what_is_stored_holds_nothing_of_the_reader_who_made_it(
    page, people, monkeypatch
):
    url, _contributions = page
    stored = []
    keep = entries.store

    def spy(lookup, value, names, seconds):
        if lookup.key.startswith("sharaka:holes:"):
            stored.append(value)
        keep(lookup, value, names, seconds)

    monkeypatch.setattr(entries, "store", spy)
    from django.core.cache import cache

    for name in ("supporter", "author", "follower"):
        cache.clear()
        assert _browser(people[name], "a" * 32).get(url)["X-Cache"] == "rendered"
    assert len(stored) == 3
    for value in stored[1:]:  # byte for byte, the same page and holes
        assert value["segments"] == stored[0]["segments"]
        assert value["holes"] == stored[0]["holes"]
    page_bytes = b"".join(s for s in stored[0]["segments"] if isinstance(s, bytes))
    assert b"csrfmiddlewaretoken" in page_bytes
    assert b"Se d\xc3\xa9connecter" not in page_bytes  # no account menu
    assert people["supporter"].email.encode() not in page_bytes


def test_a_support_shows_at_once_for_the_reader_and_the_count_for_everyone(
    page, people
):
    url, contributions = page
    target = contributions[2]
    plain = _browser(people["plain"], "p" * 32)
    before = plain.get(url).content.decode()
    assert "Retirer mon soutien" not in before
    assert _filled(people["follower"], url).count("1 soutien<") == 2
    services.support_add(user=people["plain"], contribution=target)
    after = plain.get(url)
    assert after["X-Cache"] == "rendered"
    assert after.content.decode().count("Retirer mon soutien") == 1
    # The count, for everyone: one more contribution with one support.
    assert _filled(people["follower"], url).count("1 soutien<") == 3
    services.support_remove(user=people["plain"], contribution=target)
    assert "Retirer mon soutien" not in plain.get(url).content.decode()


def test_staff_get_the_whole_page(page, people):
    url, _contributions = page
    staff = UserFactory(is_staff=True)
    answer = signed_in(Client(), staff).get(url)
    assert answer.status_code == 200 and answer.get("X-Cache") != "filled"


def test_a_filled_page_costs_no_query_and_two_round_trips(page, people, cache_reads):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url, _contributions = page
    browser = _browser(people["supporter"], "s" * 32)
    browser.get(url)
    browser.get(url)
    cache_reads.clear()
    with CaptureQueriesContext(connection) as queries:
        assert browser.get(url)["X-Cache"] == "filled"
    assert len(queries) == 0, [q["sql"] for q in queries]
    # The page's tokens and the session, then the menu and the reader's state.
    assert len(cache_reads) == 2


def test_a_follow_shows_at_once(page, people):
    url, contributions = page
    plain = _browser(people["plain"], "p" * 32)
    assert 'aria-pressed="true"' not in plain.get(url).content.decode()
    follow = notifications.follow_add(
        user=people["plain"], key=activity.follow_key(contributions[0])
    )
    assert plain.get(url).content.decode().count('aria-pressed="true"') == 1
    notifications.follow_remove(user=people["plain"], follow=follow)
    assert 'aria-pressed="true"' not in plain.get(url).content.decode()


def test_a_withdrawal_shows_at_once_for_its_author_and_everyone(page, people):
    url, contributions = page
    author = _browser(people["author"], "a" * 32)
    assert author.get(url).content.decode().count("Retirer ma contribution") == 3
    services.contribution_withdraw(user=people["author"], contribution=contributions[0])
    answer = author.get(url)
    assert answer["X-Cache"] == "rendered"
    assert answer.content.decode().count("Retirer ma contribution") == 2
    assert "Retirée par son auteur" in _filled(people["plain"], url)


def test_a_representative_of_an_organisation_gets_the_page_rendered(page, people):
    """Their endorsement buttons are not holes: the page is rendered for them."""
    from tests.factories.working_groups import OrganisationFactory

    url, _contributions = page
    OrganisationFactory(representatives=[people["plain"]])
    _browser(people["author"], "a" * 32).get(url)  # stored
    answer = _browser(people["plain"], "p" * 32).get(url)
    assert answer.status_code == 200 and answer.get("X-Cache") != "filled"
    assert "Appuyer au nom de" in answer.content.decode()


def test_a_wrong_choice_is_filled_for_the_reader_and_not_stored(page, people):
    url, _contributions = page
    secret = "w" * 32
    answer = _browser(people["supporter"], secret).get(url + "?sort=nowhere")
    assert answer.status_code == 400 and answer["X-Cache"] == "rendered"
    html = answer.content.decode()
    assert "sharaka-holes" not in html and "sharaka:hole" not in html
    _tokens_checked(html, secret)
    assert html.count("Retirer mon soutien") == 2


@pytest.mark.parametrize("name", ["supporter", "author"])
def test_the_arabic_page_is_filled_as_rendered(settings, page, people, name):
    url, _contributions = page
    url = url.replace("/fr/", "/ar/", 1)
    assert _browser(people["plain"], "p" * 32).get(url)["X-Cache"] == "rendered"
    filled = _filled(people[name], url)
    assert filled == _rendered(settings, people[name], url)
    assert ("سحب تأييدي" in filled) == (name == "supporter")
