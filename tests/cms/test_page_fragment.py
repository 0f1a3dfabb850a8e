"""The body of a published page is rendered once and shared (``{% page_fragment %}``):
a change to what it shows refreshes it on the next request, and a preview, a
draft or a page under a view restriction is never stored nor served from it."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories import NewsPageFactory, StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def stored_bodies() -> list[str]:
    """The page bodies in the shared cache (locmem in tests)."""
    keys = [key for key in cache._cache if ":sharaka:fragment:page:" in key]
    return [str(cache.get(key.split(":", 2)[2])["value"]) for key in keys]


def body(client, url) -> str:
    answer = client.get(url)
    assert answer.status_code == 200
    return answer.content.decode()


def test_the_home_page_body_is_stored_once_and_refreshed_by_a_new_news_item(
    homes, news_index_fr, django_assert_max_num_queries
):
    client = Client()
    NewsPageFactory(parent=news_index_fr, title="Première réunion du comité")
    assert "Première réunion du comité" in body(client, "/fr/")
    assert any("Première réunion du comité" in html for html in stored_bodies())

    with django_assert_max_num_queries(0):  # the news are not read again
        assert "Première réunion du comité" in body(client, "/fr/?from=newsletter")

    NewsPageFactory(parent=news_index_fr, title="Appel à candidatures ouvert")
    assert "Appel à candidatures ouvert" in body(client, "/fr/?from=newsletter")


def test_an_edited_page_shows_its_new_text_on_the_next_request(homes):
    page = StandardPageFactory(parent=homes["fr"], title="Charte", slug="charte")
    client = Client()
    assert "<h1>Charte</h1>" in body(client, "/fr/charte/")
    page.title = "Charte de participation"
    page.save_revision().publish()
    assert "<h1>Charte de participation</h1>" in body(client, "/fr/charte/?again")


def test_a_preview_is_never_stored_nor_served_from_the_shared_body(homes, admin_user):
    page = StandardPageFactory(parent=homes["fr"], title="Charte", slug="charte")
    editor = Client()
    editor.force_login(admin_user)
    public = Client()
    assert "<h1>Charte</h1>" in body(public, "/fr/charte/")  # stored

    page.title = "Brouillon secret"
    page.save_revision()  # a draft, not published
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    form = {
        "title": "Brouillon secret",
        "slug": "charte",
        "intro": "Introduction",
        "body-count": "0",
    }
    assert editor.post(preview_url, form).json()["is_valid"]
    preview = body(editor, preview_url)
    assert "Brouillon secret" in preview  # not the stored body
    assert "<h1>Charte</h1>" in body(public, "/fr/charte/?after-preview")
    assert not any("Brouillon secret" in html for html in stored_bodies())


def test_a_restricted_page_is_never_stored(homes):
    page = StandardPageFactory(
        parent=homes["fr"], title="Réservé au comité", slug="reserve"
    )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Comité"))
    member = Client()
    user = _staff_in(restriction.groups.get())
    member.force_login(user)
    assert "Réservé au comité" in body(member, "/fr/reserve/")
    assert not any("Réservé au comité" in html for html in stored_bodies())


def _staff_in(group):
    user = UserFactory()
    user.groups.add(group)
    return user
