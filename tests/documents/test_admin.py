"""The library's admin screen: where text extraction stands, and trying again."""

import pytest
from django.urls import reverse

from tests.admin_pages import assert_titled

pytestmark = pytest.mark.django_db


def test_the_extraction_screen_is_an_admin_screen_with_a_page_title(
    client, homes, editor, citizen
):
    url = reverse("library_extraction_status")
    assert url == "/admin/library/extraction/"
    client.force_login(citizen)
    assert client.get(url).status_code != 200
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert_titled(response.content.decode(), response.context["page_title"])
    assert reverse("library_extraction_retry", args=[1]) == (
        "/admin/library/extraction/1/retry/"
    )
