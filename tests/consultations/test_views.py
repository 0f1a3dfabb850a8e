"""Public pages (no JavaScript needed): reading, contributing, taking part."""

import html
import time

import pytest
from django.core import mail, signing
from django.utils import translation
from django.utils.translation import gettext as _

from consultations import services
from consultations.models import Contribution, ContributionStatus
from tests.factories import CommentFactory, ConsultationFactory, ContributionFactory

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "kind": "proposal",
        "title": "نشر الميزانية بصيغة مفتوحة",
        "body": "نقترح نشر معطيات الميزانية كل ثلاثة أشهر بصيغة مفتوحة.",
        "language": "ar",
        "region": "fes_meknes",
        "author_name": "سلمى",
        "author_email": "salma@example.org",
        "accept": "on",
        "website": "",
        "started": signing.dumps(time.time() - 30, salt="form-started"),
    }
    data.update(overrides)
    return data


# --- Reading -------------------------------------------------------------------------


def test_the_list_shows_open_upcoming_and_closed_consultations(client, consultation):
    ConsultationFactory(closed=True, title="Ancienne consultation", slug="old")
    ConsultationFactory(upcoming=True, title="Bientôt", slug="soon")
    response = client.get("/fr/consultations/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Plan d&#x27;action national 2027" in html
    assert "Ancienne consultation" in html and "Bientôt" in html
    closed_only = client.get("/fr/consultations/?status=closed").content.decode()
    assert "Ancienne consultation" in closed_only and "Bientôt" not in closed_only


def test_unknown_filters_on_the_list_are_said_and_answer_400(client, consultation):
    consultation.tags.add("budget")
    response = client.get(
        "/fr/consultations/?status=bientot&theme=nulle-part&region=99"
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert html.count("Choisissez dans la liste.") == 3
    # French typography: a no-break space before the colon.
    assert "<li>Thème\u00a0: Choisissez dans la liste.</li>" in html
    assert "Statut" in html and "Région" in html
    assert "Plan d&#x27;action national 2027" in html  # the list, unfiltered
    known = client.get("/fr/consultations/?status=open&theme=budget&region=national")
    assert known.status_code == 200
    assert "Choisissez dans la liste." not in known.content.decode()


def test_the_list_keeps_a_fixed_number_of_queries(
    client, homes, django_assert_max_num_queries
):
    for consultation in ConsultationFactory.create_batch(12):
        consultation.tags.add("budget")
        ContributionFactory(consultation=consultation)
    client.get("/ar/consultations/")  # the menu and footer, shared by every page
    with django_assert_max_num_queries(8):
        response = client.get("/ar/consultations/")
    assert response.status_code == 200


def test_the_detail_page_keeps_a_fixed_number_of_queries(
    client, consultation, django_assert_max_num_queries
):
    for contribution in ContributionFactory.create_batch(10, consultation=consultation):
        CommentFactory(contribution=contribution)
        CommentFactory(contribution=contribution)
    with django_assert_max_num_queries(25):
        response = client.get("/ar/consultations/pan-2027/")
    assert response.status_code == 200


def test_the_detail_shows_published_contributions_with_dir_auto_and_no_email(
    client, consultation, published
):
    ContributionFactory(
        consultation=consultation,
        status=ContributionStatus.PENDING_MODERATION,
        title="Pas encore publiée",
    )
    ContributionFactory(
        consultation=consultation,
        author=None,
        author_name="Karim",
        author_email="karim@example.org",
        title="<script>alert(1)</script>",
    )
    html = client.get("/ar/consultations/pan-2027/").content.decode()
    assert published.title in html
    assert "Pas encore publiée" not in html
    assert "karim@example.org" not in html and published.author.email not in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert f'id="contribution-{published.pk}-title" dir="auto"' in html


def test_an_unknown_consultation_is_404(client, homes):
    assert client.get("/ar/consultations/nothing/").status_code == 404


def test_the_translated_consultation_shows_in_its_language_with_the_same_contributions(
    client, consultation, published
):
    from wagtail.models import Locale

    french = consultation.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Plan d'action (FR)"
    french.save()
    html = client.get("/fr/consultations/pan-2027/").content.decode()
    assert "Plan d&#x27;action (FR)" in html
    assert published.title in html


def test_the_close_out_shows_statistics_as_an_accessible_svg_chart(
    client, closed_consultation, secretariat
):
    contribution = ContributionFactory(consultation=closed_consultation)
    ContributionFactory(
        consultation=closed_consultation, language="ar", kind="observation"
    )
    services.answer_set(
        contribution=contribution,
        user=secretariat,
        verdict="already_planned",
        explanation="Prévu dans l'engagement 4.",
    )
    closed_consultation.synthesis_text = "<p>Nous avons entendu 2 contributions.</p>"
    closed_consultation.save()
    url = f"/fr/consultations/{closed_consultation.slug}/"
    assert "Statistiques" not in client.get(url).content.decode()
    services.closeout_publish(consultation=closed_consultation, user=secretariat)
    html = client.get(url).content.decode()
    assert "Nous avons entendu 2 contributions." in html
    assert '<svg role="img" aria-labelledby="chart-kind-title chart-kind-desc"' in html
    assert '<desc id="chart-kind-desc">' in html
    assert "Prévu dans l&#x27;engagement 4." in html


def test_the_general_box_is_always_open(client, homes):
    response = client.get("/fr/consultations/general-box/")
    assert response.status_code == 200
    assert "/consultations/general-box/contribute/" in response.content.decode()


# --- Contributing without JavaScript -------------------------------------------------


def test_a_person_without_account_submits_in_arabic_and_confirms_by_email(
    client, consultation, django_capture_on_commit_callbacks
):
    url = "/ar/consultations/pan-2027/contribute/"
    form = client.get(url)
    assert form.status_code == 200
    assert 'name="website"' in form.content.decode()  # the honeypot
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form_data())
    assert response.status_code == 200
    contribution = Contribution.objects.get()
    assert contribution.reference in response.content.decode()
    assert contribution.status == ContributionStatus.PENDING_VERIFICATION
    link = next(
        line for line in mail.outbox[-1].body.splitlines() if "/verify/" in line
    )
    path = link[link.index("/ar/") :]
    landing = client.get(path)
    assert landing.status_code == 200  # a button: link scanners do not confirm
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.PENDING_VERIFICATION
    assert client.post(path).status_code == 200
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.PENDING_MODERATION
    assert client.post(path).status_code == 400


def test_the_honeypot_refuses_robots_and_keeps_what_was_typed(client, consultation):
    response = client.post(
        "/ar/consultations/pan-2027/contribute/", form_data(website="http://spam")
    )
    assert response.status_code == 400
    assert not Contribution.objects.exists()
    assert "نشر الميزانية بصيغة مفتوحة" in response.content.decode()


def test_a_form_sent_too_fast_is_refused(client, consultation, settings):
    settings.ANTIABUSE_MIN_FILL_SECONDS = 60
    response = client.post("/ar/consultations/pan-2027/contribute/", form_data())
    assert response.status_code == 400
    assert not Contribution.objects.exists()


def test_an_empty_form_sent_at_once_shows_field_errors_only(
    client, consultation, settings
):
    settings.ANTIABUSE_MIN_FILL_SECONDS = 60
    with translation.override("fr"):
        too_fast = str(
            _("The form was sent too quickly. Please check it and send it again.")
        )
    response = client.post(
        "/fr/consultations/pan-2027/contribute/", form_data(body="", title="")
    )
    assert response.status_code == 400
    content = html.unescape(response.content.decode())
    assert "has-error" in content
    assert too_fast not in content


def test_the_form_redisplays_errors_per_field(client, consultation):
    response = client.post(
        "/ar/consultations/pan-2027/contribute/",
        form_data(body="", author_email="nope"),
    )
    assert response.status_code == 400
    assert not Contribution.objects.exists()
    assert 'id="id_body_error"' in response.content.decode()


def test_a_citizen_submits_without_giving_name_or_email(client, consultation, citizen):
    client.force_login(citizen)
    data = form_data()
    del data["author_name"], data["author_email"]
    response = client.post("/fr/consultations/pan-2027/contribute/", data)
    assert response.status_code == 200
    assert Contribution.objects.get().author == citizen


def test_a_closed_consultation_shows_no_form(client, closed_consultation):
    response = client.get(f"/fr/consultations/{closed_consultation.slug}/contribute/")
    assert '<form method="post" enctype' not in response.content.decode()
    post = client.post(
        f"/fr/consultations/{closed_consultation.slug}/contribute/", form_data()
    )
    assert post.status_code == 400 and not Contribution.objects.exists()


# --- Comments, supports, reports -----------------------------------------------------


def test_commenting_needs_an_account(client, consultation):
    response = client.post("/ar/consultations/pan-2027/comment/", {"body": "Hello"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_citizen_comments_replies_and_sees_the_thread(
    client, published, other_citizen
):
    client.force_login(other_citizen)
    client.post(
        "/ar/consultations/pan-2027/comment/",
        {"body": "سؤال", "contribution": published.pk},
    )
    first = published.comments.get()
    client.post(
        "/ar/consultations/pan-2027/comment/", {"body": "جواب", "parent": first.pk}
    )
    html = client.get("/ar/consultations/pan-2027/").content.decode()
    assert "سؤال" in html and "جواب" in html
    assert first.replies.count() == 1


def test_a_too_long_comment_shows_the_length_error_and_keeps_the_text(
    client, published, other_citizen
):
    """It used to redirect with "Write your comment." and the text was lost."""
    client.force_login(other_citizen)
    text = "ت" * 5001
    response = client.post(
        "/ar/consultations/pan-2027/comment/",
        {
            "body": text,
            "contribution": published.pk,
            "next": "/ar/consultations/pan-2027/",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert text in html  # the text is kept in the form
    assert "5000" in html  # the real reason: the length limit
    assert f'name="contribution" value="{published.pk}"' in html
    assert not published.comments.exists()


def test_a_citizen_supports_once_from_the_page(client, published, other_citizen):
    client.force_login(other_citizen)
    url = f"/fr/consultations/contributions/{published.pk}/support/"
    client.post(url)
    client.post(url)
    assert published.supports.count() == 1
    client.post(url, {"remove": "1"})
    assert published.supports.count() == 0


def test_a_citizen_reports_a_contribution(client, published, other_citizen):
    client.force_login(other_citizen)
    url = f"/fr/consultations/contributions/{published.pk}/report/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "spam", "details": "Publicité"})
    assert response.status_code == 302
    assert published.flags.count() == 1


def test_the_account_page_lists_the_citizens_own_contributions(
    client, citizen, consultation
):
    ContributionFactory(
        consultation=consultation,
        author=citizen,
        status=ContributionStatus.REJECTED,
        reject_reason="off_topic",
        title="Ma proposition refusée",
    )
    client.force_login(citizen)
    html = client.get("/fr/account/").content.decode()
    assert "Ma proposition refusée" in html


def test_the_api_schema_documents_the_consultation_endpoints(client, homes):
    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/contributions/" in paths and "/api/consultations/{slug}/" in paths


def test_the_feed_lists_only_published_contributions(client, consultation, published):
    ContributionFactory(
        consultation=consultation, status=ContributionStatus.REJECTED, title="Rejetée"
    )
    response = client.get("/fr/consultations/pan-2027/feed.rss")
    body = response.content.decode()
    assert response.status_code == 200
    assert published.title in body and "Rejetée" not in body
    assert published.author.email not in body


def test_forms_never_send_people_to_another_site(client, published, other_citizen):
    client.force_login(other_citizen)
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example/"):
        response = client.post(
            f"/fr/consultations/contributions/{published.pk}/support/",
            {"next": target},
        )
        assert "evil.example" not in response["Location"]
