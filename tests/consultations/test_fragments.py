"""Comment threads are stored once per kind of reader and shared: each reader
gets their own CSRF token and address in the forms, and a change shows at once."""

import re

import pytest
from django.test import Client

from consultations import services
from consultations.models import CommentStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(published, citizen, other_citizen):
    first = services.comment_create(
        user=other_citizen, body="Première question", contribution=published
    )
    services.comment_create(user=citizen, body="Une réponse", parent=first)
    return first


def browser(person):
    client = Client(enforce_csrf_checks=True)
    client.force_login(person)
    return client


def test_each_reader_gets_their_own_token_and_address(
    consultation, thread, citizen, other_citizen
):
    url = f"/fr/consultations/{consultation.slug}/"
    browser(citizen).get(url)  # stores the thread for signed-in readers
    other = browser(other_citizen)
    page = other.get(url + "?sort=recent")
    html = page.content.decode()
    assert "Première question" in html and "Une réponse" in html
    assert "placeholder" not in html
    assert f'value="{url}?sort=recent#comment-{thread.pk}"' in html
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    answer = other.post(
        f"/fr/consultations/{consultation.slug}/comment/",
        {"csrfmiddlewaretoken": token, "parent": thread.pk, "body": "Et encore"},
    )
    assert answer.status_code == 302  # the token of the stored form is theirs
    assert "Et encore" in other.get(url).content.decode()


def test_anonymous_readers_share_the_threads_without_a_token(consultation, thread):
    url = f"/fr/consultations/{consultation.slug}/"
    for _ in range(2):
        page = Client().get(url)
        assert "Première question" in page.content.decode()
        assert "csrfmiddlewaretoken" not in page.content.decode()
        assert not page.cookies  # still a page for the anonymous cache


def test_a_hidden_comment_leaves_the_stored_thread(consultation, thread, citizen):
    url = f"/fr/consultations/{consultation.slug}/"
    assert "Une réponse" in Client().get(url).content.decode()
    reply = thread.replies.get()
    reply.status = CommentStatus.HIDDEN
    reply.save()
    assert "Une réponse" not in Client().get(url).content.decode()
