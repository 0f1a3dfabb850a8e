"""Following by hand, automatically (with a way out), and themes and regions."""

import html

import pytest
from django.core.exceptions import ValidationError

from consultations import services as consultations
from core import activity
from core.errors import Forbidden
from notifications import services
from notifications.models import Follow


def test_contributing_and_commenting_follow_automatically(
    commit, consultation, contribution, amina
):
    with commit():
        mine = consultations.contribution_submit(
            consultation=consultation,
            kind="proposal",
            title="Une idée",
            body="Publier les budgets chaque trimestre.",
            language="fr",
            user=amina,
        )
    with commit():
        consultations.comment_create(
            user=amina, body="D'accord", contribution=contribution
        )
    keys = set(Follow.objects.filter(user=amina).values_list("key", flat=True))
    assert keys == {activity.follow_key(mine), activity.follow_key(contribution)}
    assert all(f.automatic for f in Follow.objects.filter(user=amina))


def test_stopping_an_automatic_follow_stays_stopped(commit, contribution, amina):
    with commit():
        consultations.comment_create(
            user=amina, body="D'accord", contribution=contribution
        )
    follow = Follow.objects.get(user=amina)
    services.follow_remove(user=amina, follow=follow)
    with commit():
        consultations.comment_create(
            user=amina, body="Encore", contribution=contribution
        )
    follow.refresh_from_db()
    assert follow.muted
    # Following by hand again undoes the way out.
    services.follow_add(user=amina, key=follow.key)
    follow.refresh_from_db()
    assert not follow.muted and not follow.automatic


def test_a_follow_names_only_real_things(amina):
    for key in ["nothing", "region:atlantis", "accounts.user:999999", "theme:a b"]:
        with pytest.raises(ValidationError):
            services.follow_add(user=amina, key=key)


def test_themes_and_regions_are_chosen_as_a_whole(amina):
    services.follow_topics_set(user=amina, themes=["budget"], regions=["oriental"])
    services.follow_topics_set(user=amina, themes=["justice"], regions=["oriental"])
    assert set(Follow.objects.filter(user=amina).values_list("key", flat=True)) == {
        "theme:justice",
        "region:oriental",
    }


def test_only_a_representative_follows_in_an_organisations_name(
    consultation, organisation, representative, amina
):
    key = activity.follow_key(consultation)
    with pytest.raises(Forbidden):
        services.follow_add(user=amina, key=key, organisation=organisation)
    follow = services.follow_add(
        user=representative, key=key, organisation=organisation
    )
    assert follow.organisation == organisation
    with pytest.raises(Forbidden):
        services.follow_remove(user=amina, follow=follow)


def test_the_follow_button_follows_and_stops(client, consultation, amina):
    client.force_login(amina)
    page = client.get(consultation.get_url_path("fr"))
    assert "Suivre" in page.content.decode()
    key = activity.follow_key(consultation)
    answer = client.post(
        "/fr/account/follows/new/",
        {"key": key, "next": consultation.get_url_path("fr")},
    )
    assert answer.status_code == 302
    assert Follow.objects.filter(user=amina, key=key).exists()
    page = client.get(consultation.get_url_path("fr"))
    assert "Ne plus suivre" in page.content.decode()
    client.post("/fr/account/follows/new/", {"key": key, "stop": "1"})
    assert not Follow.objects.filter(user=amina, key=key).exists()


def test_anonymous_visitors_see_a_sign_in_link_and_the_page_stays_cached(
    client, consultation
):
    page = client.get(consultation.get_url_path("fr"))
    text = page.content.decode()
    assert "Se connecter pour suivre" in text
    assert '<div class="follow"><a class="button secondary"' in text  # no form


def test_a_bad_follow_shows_a_message_not_an_error(client, amina):
    client.force_login(amina)
    answer = client.post("/fr/account/follows/new/", {"key": "nope"}, follow=True)
    assert answer.status_code == 200
    assert "Il n'y a rien à suivre ici." in html.unescape(answer.content.decode())


def test_the_follows_page_lists_follows_and_saves_themes_and_regions(
    client, consultation, amina
):
    consultation.tags.add("budget")
    services.follow_add(user=amina, key=activity.follow_key(consultation))
    services.follow_topics_set(user=amina, themes=["kept"], regions=[])
    client.force_login(amina)
    url = f"/{consultation.locale.language_code}/account/follows/"
    page = client.get(url)
    assert consultation.title in page.content.decode()
    answer = client.post(url, {"themes": ["budget"], "regions": ["oriental"]})
    assert answer.status_code == 302
    # A theme of another language's page stays followed.
    assert set(Follow.objects.filter(user=amina).values_list("key", flat=True)) == {
        activity.follow_key(consultation),
        "theme:budget",
        "theme:kept",
        "region:oriental",
    }
    bad = client.post(url, {"regions": ["atlantis"]})
    assert bad.status_code == 200  # the form again, with its error


def test_an_inactive_or_anonymised_person_follows_nothing_automatically(
    amina, contribution, django_assert_num_queries
):
    key = activity.follow_key(contribution)
    where = {"key": key, "content_type_id": None, "object_id": str(contribution.pk)}
    amina.is_anonymised = True
    # The writer's row, in hand: not read again, nothing written.
    with django_assert_num_queries(0):
        services.follow_automatic(user=amina, user_id=amina.pk, **where)
    amina.is_anonymised, amina.is_active = False, False
    amina.save()
    services.follow_automatic(user_id=amina.pk, **where)  # read: inactive
    assert not Follow.objects.filter(user=amina).exists()
    amina.is_active = True
    with django_assert_num_queries(1):  # the follow only
        services.follow_automatic(user=amina, user_id=amina.pk, **where)
    assert Follow.objects.filter(user=amina, automatic=True).count() == 1
