"""Conversations: replies nest (several levels), each comment has its permalink,
the whole tree is read in one query, on the site and in the API."""

import re

import pytest
from rest_framework.test import APIClient

from consultations import queries, services
from consultations.models import MAX_COMMENT_DEPTH, CommentStatus
from consultations.views.pages import CONTRIBUTIONS_PER_PAGE
from tests.factories import CommentFactory, ContributionFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(published, citizen, other_citizen):
    """A question, its answer, a reply to the answer and one more level."""
    first = services.comment_create(
        user=other_citizen, body="Question ?", contribution=published
    )
    answer = services.comment_create(user=citizen, body="Réponse", parent=first)
    reply = services.comment_create(user=other_citizen, body="Merci", parent=answer)
    deeper = services.comment_create(user=citizen, body="Avec plaisir", parent=reply)
    return first, answer, reply, deeper


def test_replies_nest_under_the_comment_they_answer(thread):
    first, answer, reply, deeper = thread
    assert (answer.parent, reply.parent, deeper.parent) == (first, answer, reply)
    assert [c.depth for c in thread] == [0, 1, 2, 3]


def test_beyond_the_deepest_level_a_reply_joins_its_parents_level(
    thread, other_citizen
):
    deeper = thread[-1]
    assert deeper.depth == MAX_COMMENT_DEPTH
    further = services.comment_create(
        user=other_citizen, body="Encore une réponse", parent=deeper
    )
    assert further.parent == deeper.parent and further.depth == MAX_COMMENT_DEPTH


def test_no_reply_to_a_hidden_comment(thread, citizen):
    answer = thread[1]
    answer.status = CommentStatus.HIDDEN
    answer.save()
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.comment_create(user=citizen, body="Et alors ?", parent=answer)


def test_the_tree_drops_what_is_below_a_hidden_comment(published, thread):
    first, answer, _reply, _deeper = thread
    answer.status = CommentStatus.HIDDEN
    answer.save()
    _on_consultation, threads = queries.comment_tree(
        published.consultation.source, [published.pk]
    )
    [root] = threads[published.pk]
    assert root == first and root.public_replies == []


def test_the_page_reads_the_whole_tree_in_one_query(
    published, thread, django_assert_num_queries
):
    source = published.consultation.source
    with django_assert_num_queries(1):
        _on_consultation, threads = queries.comment_tree(source, [published.pk])
        [root] = threads[published.pk]
        bodies = []
        node = root
        while node.public_replies:
            node = node.public_replies[0]
            bodies.append((node.body, node.public_author))
    assert [b for b, _a in bodies] == ["Réponse", "Merci", "Avec plaisir"]


def test_the_page_nests_replies_in_lists_with_anchors_and_permalinks(client, thread):
    html = client.get("/ar/consultations/pan-2027/").content.decode()
    for comment in thread:
        assert f'id="comment-{comment.pk}"' in html
        assert f'href="/ar/consultations/comments/{comment.pk}/"' in html
    # Each level is an ordered list inside its parent's list item, named.
    nested = re.findall(r'<ol class="comment-replies" aria-label="[^"]+">', html)
    assert len(nested) == 3


def test_the_detail_page_with_deep_threads_keeps_a_pinned_number_of_queries(
    client, consultation, django_assert_max_num_queries
):
    for contribution in ContributionFactory.create_batch(10, consultation=consultation):
        parent = None
        for depth in range(MAX_COMMENT_DEPTH + 1):
            parent = CommentFactory(
                contribution=contribution, parent=parent, depth=depth
            )
    for _i in range(3):
        CommentFactory(contribution=None, consultation=consultation, depth=0)
    with django_assert_max_num_queries(20):
        response = client.get("/ar/consultations/pan-2027/")
    assert response.content.decode().count('class="comment depth-3"') == 10


def test_a_permalink_leads_to_the_page_and_place_of_the_comment(
    client, consultation, thread
):
    reply = thread[2]
    response = client.get(f"/fr/consultations/comments/{reply.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/fr/consultations/pan-2027/#comment-{reply.pk}"
    # Newer contributions push the contribution to the second page.
    ContributionFactory.create_batch(CONTRIBUTIONS_PER_PAGE, consultation=consultation)
    response = client.get(f"/fr/consultations/comments/{reply.pk}/")
    assert response["Location"] == (
        f"/fr/consultations/pan-2027/?page=2#comment-{reply.pk}"
    )
    assert (
        f'id="comment-{reply.pk}"'
        in client.get("/fr/consultations/pan-2027/?page=2").content.decode()
    )


def test_a_hidden_comment_has_no_permalink(client, thread):
    reply = thread[2]
    reply.status = CommentStatus.HIDDEN
    reply.save()
    assert client.get(f"/fr/consultations/comments/{reply.pk}/").status_code == 404


def test_a_reply_on_the_site_lands_under_its_parent(client, published, thread):
    answer = thread[1]
    client.force_login(UserFactory())
    client.post(
        "/fr/consultations/pan-2027/comment/",
        {"body": "Je réponds à la réponse", "parent": answer.pk},
    )
    mine = answer.replies.get(body="Je réponds à la réponse")
    assert mine.depth == 2


def test_a_reply_empties_the_anonymous_page_cache(
    client, published, thread, settings, citizen
):
    settings.PAGE_CACHE_ENABLED = True
    assert (
        "Nouvelle branche"
        not in client.get("/fr/consultations/pan-2027/").content.decode()
    )
    services.comment_create(user=citizen, body="Nouvelle branche", parent=thread[2])
    assert (
        "Nouvelle branche" in client.get("/fr/consultations/pan-2027/").content.decode()
    )


def test_the_api_nests_replies_and_gives_each_comment_its_permalink(thread):
    response = APIClient().get("/api/comments/", HTTP_ACCEPT_LANGUAGE="fr")
    [root] = response.json()["results"]
    node, bodies = root, []
    while node["replies"]:
        node = node["replies"][0]
        bodies.append(node["body"])
    assert bodies == ["Réponse", "Merci", "Avec plaisir"]
    assert root["url"] == f"/fr/consultations/comments/{root['id']}/"
    assert node["depth"] == 3


def test_the_api_comment_list_reads_the_replies_in_one_query(
    consultation, django_assert_num_queries
):
    for contribution in ContributionFactory.create_batch(10, consultation=consultation):
        parent = None
        for depth in range(MAX_COMMENT_DEPTH + 1):
            parent = CommentFactory(
                contribution=contribution, parent=parent, depth=depth
            )
    with django_assert_num_queries(3):  # count, threads, replies
        response = APIClient().get("/api/comments/")
    assert len(response.json()["results"]) == 10
    with django_assert_num_queries(5):  # + the consultation and its source row
        APIClient().get("/api/consultations/pan-2027/comments/")
