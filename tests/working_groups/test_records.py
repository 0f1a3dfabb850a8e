"""A working group's news posts and decisions: written by its coordinators and the
secretariat, drafts kept private, shown on the group's page, in the API, the
search and the sitemap, and told to the group's followers once when published."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from core import activity
from core.errors import Forbidden
from notifications import services as notifications
from notifications.models import Channel, Notification
from notifications.services.notify import described
from tests.factories import UserFactory, WorkingGroupFactory
from working_groups import services
from working_groups.models import GroupDecision, GroupNews

pytestmark = pytest.mark.django_db

NEWS = {
    "title_ar": "اجتماع المجموعة",
    "title_fr": "Réunion du groupe",
    "body_ar": "اجتمعت المجموعة يوم الإثنين.",
    "body_fr": "Le groupe s'est réuni lundi. Compte rendu : https://example.org/cr",
}
DECISION = {
    "text_ar": "تقرر اقتراح التزام حول الميزانية المفتوحة.",
    "text_fr": "Le groupe propose un engagement sur le budget ouvert.",
}


@pytest.fixture
def coordinator(db):
    return UserFactory(email="coord@example.org", preferred_language="fr")


@pytest.fixture
def group(homes, coordinator):
    return WorkingGroupFactory(name="Groupe transparence", coordinators=[coordinator])


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def amina(group):
    """Follows the group and reads Arabic."""
    person = UserFactory(email="amina@example.org", preferred_language="ar")
    notifications.follow_add(user=person, key=activity.follow_key(group))
    return person


def test_only_coordinators_and_the_secretariat_write_a_groups_news(
    group, coordinator, secretariat
):
    outsider = UserFactory()
    with pytest.raises(Forbidden):
        services.news_save(group=group, by=outsider, publish=True, **NEWS)
    services.news_save(group=group, by=coordinator, publish=True, **NEWS)
    services.decision_save(group=group, by=secretariat, publish=True, **DECISION)
    assert GroupNews.objects.filter(group=group, is_published=True).count() == 1
    assert GroupDecision.objects.filter(group=group, is_published=True).count() == 1


def test_publishing_needs_arabic_and_french_a_draft_one_language(group, coordinator):
    with pytest.raises(ValidationError) as error:
        services.news_save(
            group=group, by=coordinator, publish=True, title_fr="Seul", body_fr="x"
        )
    assert "title_ar" in error.value.message_dict
    draft = services.news_save(
        group=group, by=coordinator, title_fr="Brouillon", body_fr="Texte"
    )
    assert not draft.is_published
    with pytest.raises(ValidationError):
        services.decision_save(group=group, by=coordinator)
    with pytest.raises(ValidationError) as error:
        services.decision_save(
            group=group,
            by=coordinator,
            decided_on=timezone.localdate() + datetime.timedelta(days=3),
            **DECISION,
        )
    assert "decided_on" in error.value.message_dict


def test_a_published_news_post_tells_the_followers_once_in_their_language(
    commit, group, coordinator, amina
):
    louis = UserFactory(email="louis@example.org", preferred_language="fr")
    notifications.follow_add(user=louis, key=activity.follow_key(group))
    UserFactory(email="nobody@example.org")
    with commit():
        draft = services.news_save(group=group, by=coordinator, **NEWS)
    assert not Notification.objects.exists()  # a draft tells no one
    with commit():
        news = services.news_save(group=group, by=coordinator, news=draft, publish=True)
    # Unpublished and published again: no one is told twice.
    with commit():
        services.news_save(group=group, by=coordinator, news=news, publish=False)
    with commit():
        services.news_save(group=group, by=coordinator, news=news, publish=True)
    told = Notification.objects.filter(kind="working_groups.news")
    assert sorted(told.values_list("recipient__email", flat=True)) == [
        "amina@example.org",
        "louis@example.org",
    ]  # not the coordinator who published it
    mine = told.get(recipient=amina)
    assert mine.channel == Channel.DAILY
    [item] = described([mine], "ar")
    assert "اجتماع المجموعة" in item["text"]
    assert item["path"] == f"/ar/working-groups/{group.slug}/news/{news.pk}/"


def test_a_published_decision_tells_the_followers_by_email_in_their_language(
    commit, group, secretariat, amina, outbox
):
    with commit():
        decision = services.decision_save(
            group=group, by=secretariat, publish=True, **DECISION
        )
    [notification] = Notification.objects.filter(kind="working_groups.decision")
    assert notification.recipient == amina
    [item] = described([notification], "ar")
    assert "الميزانية المفتوحة" in item["text"]
    assert item["path"] == f"/ar/working-groups/{group.slug}/#decision-{decision.pk}"
    assert [m.to for m in outbox] == [["amina@example.org"]]
    assert "الميزانية المفتوحة" in outbox[0].body


def test_the_group_page_shows_published_records_and_drafts_to_managers_only(
    client, group, coordinator
):
    services.news_save(group=group, by=coordinator, publish=True, **NEWS)
    services.news_save(
        group=group, by=coordinator, title_fr="Brouillon secret", body_fr="x"
    )
    services.decision_save(group=group, by=coordinator, publish=True, **DECISION)
    services.decision_save(group=group, by=coordinator, text_fr="Décision secrète")
    url = f"/fr/working-groups/{group.slug}/"
    page = client.get(url).content.decode()
    assert "Réunion du groupe" in page
    assert "budget ouvert" in page
    assert "Brouillon secret" not in page and "Décision secrète" not in page
    arabic = client.get(f"/ar/working-groups/{group.slug}/").content.decode()
    assert "اجتماع المجموعة" in arabic
    client.force_login(coordinator)
    managed = client.get(url).content.decode()
    assert "Brouillon secret" in managed and "Décision secrète" in managed


def test_a_draft_news_page_is_not_found_for_the_public(client, group, coordinator):
    draft = services.news_save(group=group, by=coordinator, title_fr="Brouillon")
    url = f"/fr/working-groups/{group.slug}/news/{draft.pk}/"
    assert client.get(url).status_code == 404
    client.force_login(coordinator)
    assert client.get(url).status_code == 200


def test_the_news_page_links_addresses_and_keeps_text_escaped(
    client, group, coordinator
):
    news = services.news_save(
        group=group,
        by=coordinator,
        publish=True,
        **{**NEWS, "body_fr": "Voir https://example.org/cr\n\n<script>x</script>"},
    )
    page = client.get(news.get_absolute_url().replace("/ar/", "/fr/"))
    html = page.content.decode()
    assert '<a href="https://example.org/cr"' in html
    assert "<script>x</script>" not in html


def test_a_coordinator_writes_and_publishes_a_news_post_with_the_form(
    client, commit, group, coordinator, amina
):
    client.force_login(coordinator)
    new = f"/fr/working-groups/{group.slug}/news/new/"
    assert client.get(new).status_code == 200
    # French only and "publish" ticked: the form comes back with the reason.
    refused = client.post(
        new,
        {
            "title_fr": "Seul",
            "body_fr": "x",
            "published_on": "2026-01-05",
            "publish": "on",
        },
    )
    assert refused.status_code == 400
    assert "Arabic" in refused.content.decode() or "arabe" in refused.content.decode()
    with commit():
        response = client.post(
            new, {**NEWS, "published_on": "2026-01-05", "publish": "on"}
        )
    news = GroupNews.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(
        f"/news/{news.pk}/"
    )
    assert news.is_published and news.published_on == datetime.date(2026, 1, 5)
    assert Notification.objects.filter(
        kind="working_groups.news", recipient=amina
    ).exists()
    # Someone else cannot reach the form.
    client.force_login(UserFactory())
    assert client.get(new).status_code == 404


def test_a_coordinator_records_a_decision_with_the_form(client, group, coordinator):
    client.force_login(coordinator)
    url = f"/fr/working-groups/{group.slug}/decisions/new/"
    response = client.post(
        url,
        {
            **DECISION,
            "decided_on": "2026-01-05",
            "link": "https://example.org/meeting",
            "publish": "on",
        },
    )
    decision = GroupDecision.objects.get()
    assert response.status_code == 302
    assert decision.link == "https://example.org/meeting"
    bad = client.post(url, {**DECISION, "decided_on": "not a date"})
    assert bad.status_code == 400


def test_the_api_gives_published_records_of_public_groups_only(
    client, group, coordinator
):
    services.news_save(group=group, by=coordinator, publish=True, **NEWS)
    services.news_save(group=group, by=coordinator, title_fr="Brouillon secret")
    hidden = WorkingGroupFactory(is_public=False, coordinators=[coordinator])
    services.news_save(group=hidden, by=coordinator, publish=True, **NEWS)
    services.decision_save(group=group, by=coordinator, publish=True, **DECISION)
    rows = client.get("/api/working-group-news/").json()["results"]
    assert [r["title_fr"] for r in rows] == ["Réunion du groupe"]
    assert rows[0]["group"] == group.slug
    assert "created_by" not in rows[0]
    one = client.get(f"/api/working-group-news/?group={group.slug}").json()
    assert len(one["results"]) == 1
    decisions = client.get("/api/working-group-decisions/").json()["results"]
    assert [d["text_fr"] for d in decisions] == [DECISION["text_fr"]]


def test_published_records_are_in_the_search_and_the_sitemap(
    client, group, coordinator
):
    from search.registry import get_source

    news = services.news_save(group=group, by=coordinator, publish=True, **NEWS)
    draft = services.news_save(group=group, by=coordinator, title_fr="Brouillon")
    decision = services.decision_save(
        group=group, by=coordinator, publish=True, **DECISION
    )
    source = get_source("working_group_news")
    entries = {e.locale: e for e in source.entries(news)}
    assert entries["ar"].title == "اجتماع المجموعة"
    assert entries["fr"].title == "Réunion du groupe"
    assert list(source.entries(draft)) == []
    assert news in source.queryset() and draft not in source.queryset()
    [fr] = [
        e
        for e in get_source("working_group_decision").entries(decision)
        if e.locale == "fr"
    ]
    assert "budget ouvert" in fr.body
    sitemap = client.get("/sitemap.xml")
    if sitemap.status_code == 200 and b"sitemapindex" in sitemap.content:
        sitemap = client.get("/sitemap-working_groups-news.xml")
    assert f"/news/{news.pk}/".encode() in sitemap.content
    assert f"/news/{draft.pk}/".encode() not in sitemap.content


def test_the_group_page_query_count_is_pinned(
    client, group, coordinator, django_assert_max_num_queries
):
    for _n in range(7):
        services.news_save(group=group, by=coordinator, publish=True, **NEWS)
        services.decision_save(group=group, by=coordinator, publish=True, **DECISION)
    url = f"/fr/working-groups/{group.slug}/"
    client.get(url)
    with django_assert_max_num_queries(PINNED_GROUP_PAGE):
        response = client.get(url)
    assert len(response.context["news"]) == 5
    assert response.context["news"].paginator.num_pages == 2
    second = client.get(url + "?news=2&decisions=2")
    assert len(second.context["news"]) == 2 and len(second.context["decisions"]) == 2


# Anonymous visitor, page cache warm: the group, its members, events, and one
# count and one page of each of news and decisions.
PINNED_GROUP_PAGE = 11


def test_the_writer_is_in_their_export_and_unlinked_with_their_account(
    group, coordinator
):
    from accounts.services import account_delete, account_export

    news = services.news_save(group=group, by=coordinator, publish=True, **NEWS)
    decision = services.decision_save(group=group, by=coordinator, **DECISION)
    data = account_export(user=coordinator)["working_groups"]
    written = data["group_news_written"][0]["title"]
    assert written in (NEWS["title_ar"], NEWS["title_fr"])
    assert data["group_decisions_recorded"][0]["published"] is False
    account_delete(user=coordinator)
    news.refresh_from_db()
    decision.refresh_from_db()
    assert news.created_by is None and decision.created_by is None
    assert news.is_published  # the group's record stays


def test_the_api_lists_query_counts_are_pinned(
    client, group, coordinator, django_assert_max_num_queries
):
    for _n in range(3):
        services.news_save(group=group, by=coordinator, publish=True, **NEWS)
        services.decision_save(group=group, by=coordinator, publish=True, **DECISION)
    for path in ("/api/working-group-news/", "/api/working-group-decisions/"):
        client.get(path)
        with django_assert_max_num_queries(PINNED_API_LIST):
            response = client.get(path)
        assert len(response.json()["results"]) == 3


# A count and a page of records with their group (tests/perf/query_counts.json).
PINNED_API_LIST = 2
