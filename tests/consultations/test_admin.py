"""The Wagtail admin screens of consultations, per role."""

import re

import pytest
from django.conf import settings
from django.utils import timezone
from django.utils.html import escape

from consultations import services
from consultations.models import (
    Consultation,
    ContributionStatus,
    ModerationAction,
    OfficialAnswer,
)
from tests.admin_pages import assert_titled
from tests.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def test_the_moderation_queue_is_for_moderators_only(
    client, citizen, moderator, consultation
):
    ContributionFactory(
        consultation=consultation, status=ContributionStatus.PENDING_MODERATION
    )
    client.force_login(citizen)
    assert client.get("/admin/consultations/moderation/").status_code in (302, 403)
    client.force_login(moderator)
    response = client.get("/admin/consultations/moderation/")
    assert response.status_code == 200


def test_the_queue_filters_by_consultation_kind_status_language_and_reports(
    client, moderator, consultation, published
):
    ContributionFactory(
        consultation=consultation,
        status=ContributionStatus.PENDING_MODERATION,
        title="Observation en arabe",
        kind="observation",
        language="ar",
    )
    client.force_login(moderator)
    html = client.get(
        "/admin/consultations/moderation/",
        {
            "consultation": consultation.pk,
            "kind": "observation",
            "language": "ar",
            "status": "pending_moderation",
        },
    ).content.decode()
    assert "Observation en arabe" in html and published.title not in html
    services.flag_create(
        user=published.author.__class__.objects.exclude(pk=published.author_id).first(),
        contribution=published,
        reason="spam",
    )
    flagged = client.get(
        "/admin/consultations/moderation/", {"flagged": "on", "status": ""}
    )
    assert published.title in flagged.content.decode()


def test_contributions_hidden_after_reports_stay_in_the_queue_s_default_view(
    client, moderator, consultation, published
):
    from tests.factories import UserFactory

    waiting = ContributionFactory(
        consultation=consultation,
        status=ContributionStatus.PENDING_MODERATION,
        title="En attente de modération",
    )
    ContributionFactory(consultation=consultation, title="Publiée sans signalement")
    for _ in range(3):
        services.flag_create(user=UserFactory(), contribution=published, reason="spam")
    published.refresh_from_db()
    assert published.status == ContributionStatus.HIDDEN
    client.force_login(moderator)
    html = client.get("/admin/consultations/moderation/").content.decode()
    assert escape(published.title) in html and escape(waiting.title) in html
    assert "Publiée sans signalement" not in html
    # Once a moderator restores it (reports dismissed), it leaves the default view.
    services.contribution_moderate(
        contribution=published, moderator=moderator, action="restore"
    )
    html = client.get("/admin/consultations/moderation/").content.decode()
    assert escape(published.title) not in html and escape(waiting.title) in html


def test_a_moderator_approves_rejects_and_hides_from_the_admin(
    client, moderator, consultation
):
    contribution = ContributionFactory(
        consultation=consultation, status=ContributionStatus.PENDING_MODERATION
    )
    client.force_login(moderator)
    base = f"/admin/consultations/moderation/{contribution.pk}/"
    assert client.get(base).status_code == 200
    client.post(base + "approve/")
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.PUBLISHED
    client.post(base + "hide/", {"note": "Vérification"})
    client.post(base + "reject/", {"reason": "other", "note": ""})
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.HIDDEN  # "other" needs a note
    client.post(base + "reject/", {"reason": "duplicate"})
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.REJECTED
    assert ModerationAction.objects.filter(moderator=moderator).count() == 3
    assert client.get("/admin/consultations/moderation/log/").status_code == 200


def test_only_the_secretariat_answers_and_exports(
    client, moderator, secretariat, published
):
    client.force_login(moderator)
    url = f"/admin/consultations/moderation/{published.pk}/answer/"
    client.post(url, {"verdict": "accepted", "explanation": "Oui"})
    assert not OfficialAnswer.objects.exists()
    export = f"/admin/consultations/{published.consultation_id}/export.csv"
    assert client.get(export).status_code in (302, 403)  # Wagtail redirects
    client.force_login(secretariat)
    client.post(url, {"verdict": "accepted", "explanation": "Oui"})
    assert OfficialAnswer.objects.get().verdict == "accepted"
    response = client.get(export)
    assert response.status_code == 200
    assert published.title in response.content.decode("utf-8-sig")
    xlsx = client.get(f"/admin/consultations/{published.consultation_id}/export.xlsx")
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_secretariat_publishes_the_close_out_from_the_admin(
    client, secretariat, moderator, closed_consultation
):
    closed_consultation.synthesis_text = "<p>Synthèse</p>"
    closed_consultation.save()
    url = f"/admin/consultations/{closed_consultation.pk}/closeout/"
    client.force_login(moderator)
    assert client.get(url).status_code == 200
    assert client.post(url).status_code in (302, 403)
    closed_consultation.refresh_from_db()
    assert closed_consultation.closeout_published_at is None
    client.force_login(secretariat)
    client.post(url)
    closed_consultation.refresh_from_db()
    assert closed_consultation.closeout_published_at is not None


def test_the_secretariat_creates_a_consultation_in_the_admin(
    client, secretariat, homes
):
    client.force_login(secretariat)
    add_url = "/admin/snippets/consultations/consultation/add/"
    assert client.get(add_url).status_code == 200
    now = timezone.localtime()
    response = client.post(
        add_url,
        {
            "title": "Consultation sur la transparence",
            "slug": "transparence",
            "summary": "",
            "text": '{"blocks":[],"entityMap":{}}',
            "opens_at": now.strftime("%Y-%m-%d %H:%M"),
            "closes_at": (now + timezone.timedelta(days=30)).strftime("%Y-%m-%d %H:%M"),
            "moderation_mode": "before",
            "allow_anonymous": "on",
            "comments_open": "on",
            "tags": "transparence",
            "synthesis_text": '{"blocks":[],"entityMap":{}}',
            "locale": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Consultation.objects.get(slug="transparence").status == "open"


def test_editors_translate_a_consultation_with_wagtail_localize(consultation):
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(consultation)
    source.create_or_update_translation(
        Locale.objects.get(language_code="fr"), fallback=True
    )
    french = Consultation.objects.get(
        translation_key=consultation.translation_key, locale__language_code="fr"
    )
    assert french.slug == consultation.slug
    # Synchronised (wagtail-localize serialises to the millisecond).
    assert abs(french.closes_at - consultation.closes_at).total_seconds() < 0.001
    assert french.source == consultation


def test_the_consultation_snippets_list_links_to_close_out_and_queue(
    client, secretariat, consultation
):
    client.force_login(secretariat)
    html = client.get("/admin/snippets/consultations/consultation/").content.decode()
    assert escape(consultation.title) in html
    assert f"/admin/consultations/{consultation.pk}/closeout/" in html


def test_every_moderation_and_close_out_screen_has_a_page_title(
    client, moderator, consultation, published
):
    """The <title> of these screens was empty (" - Wagtail")."""
    client.force_login(moderator)
    for url in (
        "/admin/consultations/moderation/",
        "/admin/consultations/moderation/log/",
        f"/admin/consultations/moderation/{published.pk}/",
        f"/admin/consultations/{consultation.pk}/closeout/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        parts = [response.context["page_title"]]
        if response.context.get("page_subtitle"):
            parts.append(response.context["page_subtitle"])
        assert_titled(response.content.decode(), *parts)


def test_the_close_out_charts_have_an_admin_stylesheet_of_their_own(
    client, moderator, closed_consultation
):
    """The admin does not load the site's CSS: its charts were drawn black."""
    from django.contrib.staticfiles import finders

    ContributionFactory(consultation=closed_consultation)
    client.force_login(moderator)
    html = client.get(
        f"/admin/consultations/{closed_consultation.pk}/closeout/"
    ).content.decode()
    assert 'class="chart-bar"' in html
    # Mirrored in the Arabic admin, as on the site.
    assert '<html lang="ar" dir="rtl"' in html and 'direction="rtl"' in html
    link = re.search(r'<link rel="stylesheet" href="([^"?]*admin-charts\.css)', html)
    assert link, "the close-out does not load the charts' stylesheet"
    path = finders.find(link.group(1).removeprefix(settings.STATIC_URL))
    css = open(path, encoding="utf-8").read()
    for selector in (".chart-bar", ".chart-label", ".chart-value"):
        rule = re.search(re.escape(selector) + r"[^{]*\{([^}]*)\}", css)
        assert rule and "fill:" in rule.group(1), selector
