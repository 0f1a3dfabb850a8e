"""The consultations API: reads, writes, bad input, refused roles, never a 500."""

import pytest
from django.core import mail
from rest_framework.test import APIClient

from consultations import services
from consultations.models import Contribution, ContributionStatus, Support
from tests.factories import CommentFactory, ConsultationFactory, ContributionFactory
from tests.fixtures.challenge import with_altcha

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def citizen_api(citizen):
    client = APIClient()
    client.force_authenticate(citizen)
    return client


def payload(consultation, **overrides):
    data = {
        "consultation": consultation.pk,
        "kind": "observation",
        "title": "الحق في الحصول على المعلومات",
        "body": "نقترح نشر المعطيات المفتوحة للجماعات الترابية كل ثلاثة أشهر.",
        "language": "ar",
        "region": "souss_massa",
    }
    data.update(overrides)
    return data


# --- Reads ---------------------------------------------------------------------------


def test_the_list_shows_consultations_with_status_and_counts(api, published):
    ConsultationFactory(closed=True, slug="old")
    response = api.get("/api/consultations/")
    assert response.status_code == 200
    rows = {row["slug"]: row for row in response.json()["results"]}
    assert rows["pan-2027"]["status"] == "open"
    assert rows["pan-2027"]["contribution_count"] == 1
    assert rows["old"]["status"] == "closed"


def test_the_list_filters_by_status_and_theme(api, consultation):
    consultation.tags.add("transparence")
    ConsultationFactory(closed=True, slug="old")
    open_only = api.get("/api/consultations/?status=open").json()["results"]
    assert [row["slug"] for row in open_only] == ["pan-2027"]
    closed = api.get("/api/consultations/?status=closed").json()["results"]
    assert [row["slug"] for row in closed] == ["old"]
    themed = api.get("/api/consultations/?theme=transparence").json()["results"]
    assert [row["slug"] for row in themed] == ["pan-2027"]


@pytest.mark.parametrize(
    ("query", "field"), [("status=nowhere", "status"), ("region=atlantis", "region")]
)
def test_a_wrong_list_filter_is_a_translated_400(api, consultation, query, field):
    answer = api.get(f"/api/consultations/?{query}", HTTP_ACCEPT_LANGUAGE="fr")
    assert answer.status_code == 400
    assert answer.json()[field][0].startswith("Choisissez")


def test_the_detail_hides_the_synthesis_until_the_close_out_is_published(
    api, closed_consultation
):
    closed_consultation.synthesis_text = "<p>Synthèse</p>"
    closed_consultation.save()
    url = f"/api/consultations/{closed_consultation.slug}/"
    assert api.get(url).json()["synthesis_text"] == ""


def test_only_published_contributions_are_listed_and_without_emails(
    api, consultation, published
):
    ContributionFactory(
        consultation=consultation, status=ContributionStatus.PENDING_MODERATION
    )
    ContributionFactory(consultation=consultation, status=ContributionStatus.HIDDEN)
    ContributionFactory(consultation=consultation, status=ContributionStatus.REJECTED)
    anonymous = ContributionFactory(
        consultation=consultation,
        author=None,
        author_name="Karim",
        author_email="karim@example.org",
    )
    response = api.get(f"/api/consultations/{consultation.slug}/contributions/")
    ids = {row["id"] for row in response.json()["results"]}
    assert ids == {published.pk, anonymous.pk}
    assert "karim@example.org" not in response.content.decode()
    assert published.author.email not in response.content.decode()
    assert api.get("/api/contributions/").json()["count"] == 2


def test_comments_come_in_threads(api, consultation, citizen, other_citizen):
    first = services.comment_create(
        user=citizen, body="Question", consultation=consultation
    )
    services.comment_create(user=other_citizen, body="Réponse", parent=first)
    response = api.get(f"/api/consultations/{consultation.slug}/comments/")
    [thread] = response.json()["results"]
    assert thread["body"] == "Question"
    assert [reply["body"] for reply in thread["replies"]] == ["Réponse"]


def test_hidden_comments_are_not_listed(api, published):
    CommentFactory(contribution=published, status="hidden", body="Hidden")
    CommentFactory(contribution=published, body="Shown")
    bodies = [c["body"] for c in api.get("/api/comments/").json()["results"]]
    assert bodies == ["Shown"]


def test_the_contribution_list_keeps_a_fixed_number_of_queries(
    api, consultation, django_assert_max_num_queries
):
    for contribution in ContributionFactory.create_batch(15, consultation=consultation):
        CommentFactory(contribution=contribution)
    with django_assert_max_num_queries(7):  # + the endorsements, in one query
        response = api.get(f"/api/consultations/{consultation.slug}/contributions/")
    assert response.status_code == 200
    assert len(response.json()["results"]) == 15


def test_the_consultation_list_keeps_a_fixed_number_of_queries(
    api, homes, django_assert_max_num_queries
):
    ConsultationFactory.create_batch(12)
    with django_assert_max_num_queries(7):
        response = api.get("/api/consultations/")
    assert response.status_code == 200
    assert response.json()["count"] == 12


# --- Writes --------------------------------------------------------------------------


def test_a_citizen_submits_a_contribution(citizen_api, consultation):
    response = citizen_api.post("/api/contributions/", payload(consultation))
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "pending_moderation"
    assert body["reference"].startswith("CP-")


def test_a_person_without_account_submits_and_confirms_by_email(
    api, consultation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(
            "/api/contributions/",
            with_altcha(
                api,
                payload(
                    consultation, author_name="Salma", author_email="salma@example.org"
                ),
            ),
        )
    assert response.status_code == 201
    assert response.json()["status"] == "pending_verification"
    token = (
        next(line for line in mail.outbox[-1].body.splitlines() if "/verify/" in line)
        .rstrip("/")
        .rsplit("/", 1)[-1]
    )
    verify = "/api/contributions/verify/"
    confirmed = api.post(verify, with_altcha(api, {"token": token}))
    assert confirmed.status_code == 200
    assert confirmed.json()["status"] == "pending_moderation"
    again = api.post(verify, with_altcha(api, {"token": token}))
    assert again.status_code == 400


def test_bad_input_gets_field_errors_in_the_request_language(api, consultation):
    response = api.post(
        "/api/contributions/",
        with_altcha(api, payload(consultation, kind="petition", title="")),
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 400
    errors = response.json()
    assert {"kind", "title"} <= set(errors)
    assert "Ce champ ne peut être vide." in errors["title"]


def test_rule_errors_from_the_services_are_field_errors_too(api, consultation):
    response = api.post(
        "/api/contributions/", with_altcha(api, payload(consultation, body="court"))
    )
    assert response.status_code == 400
    assert {"body", "author_name", "author_email"} <= set(response.json())


def test_an_unknown_consultation_is_a_field_error(api, homes):
    response = api.post(
        "/api/contributions/",
        with_altcha(api, payload(ConsultationFactory.build(pk=999))),
    )
    assert response.status_code == 400
    assert "consultation" in response.json()


def test_a_fake_pdf_is_refused_with_a_field_error(citizen_api, consultation):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("x.pdf", b"<html><script>1</script></html>")
    response = citizen_api.post(
        "/api/contributions/",
        {**payload(consultation), "attachment": fake},
        format="multipart",
    )
    assert response.status_code == 400
    assert "attachment" in response.json()


def test_a_closed_consultation_answers_409(citizen_api, closed_consultation):
    response = citizen_api.post("/api/contributions/", payload(closed_consultation))
    assert response.status_code == 409
    assert response.json()["code"] == "consultation_not_open"


def test_anonymous_writes_where_an_account_is_required_answer_403(api, homes):
    consultation = ConsultationFactory(allow_anonymous=False)
    response = api.post(
        "/api/contributions/",
        with_altcha(
            api, payload(consultation, author_name="X", author_email="x@example.org")
        ),
    )
    assert response.status_code == 403


def test_the_idempotency_key_makes_a_replay_return_the_first_answer(
    citizen_api, consultation
):
    first = citizen_api.post(
        "/api/contributions/", payload(consultation), HTTP_IDEMPOTENCY_KEY="abc-1"
    )
    replay = citizen_api.post(
        "/api/contributions/", payload(consultation), HTTP_IDEMPOTENCY_KEY="abc-1"
    )
    assert replay.json() == first.json()
    assert replay["Idempotent-Replayed"] == "true"
    assert Contribution.objects.count() == 1


def test_a_duplicate_without_key_is_recognised(citizen_api, consultation):
    citizen_api.post("/api/contributions/", payload(consultation))
    second = citizen_api.post("/api/contributions/", payload(consultation))
    assert second.status_code == 200 and second.json()["duplicate"] is True
    assert Contribution.objects.count() == 1


def test_a_citizen_comments_and_replies(citizen_api, published):
    response = citizen_api.post(
        "/api/comments/", {"contribution": published.pk, "body": "Très bien"}
    )
    assert response.status_code == 201
    reply = citizen_api.post(
        "/api/comments/", {"parent": response.json()["id"], "body": "Merci"}
    )
    assert reply.status_code == 201 and reply.json()["parent"] == response.json()["id"]


def test_a_comment_needs_a_target_and_a_body(citizen_api, homes):
    response = citizen_api.post("/api/comments/", {"body": ""})
    assert response.status_code == 400
    assert "body" in response.json()
    response = citizen_api.post("/api/comments/", {"body": "Hello"})
    assert response.status_code == 400 and "consultation" in response.json()


def test_a_too_long_comment_is_refused_with_a_field_error(citizen_api, published):
    response = citizen_api.post(
        "/api/comments/", {"contribution": published.pk, "body": "x" * 5001}
    )
    assert response.status_code == 400 and "body" in response.json()


def test_anonymous_people_cannot_comment_support_or_report(api, published):
    assert (
        api.post(
            "/api/comments/", {"contribution": published.pk, "body": "x"}
        ).status_code
        == 403
    )
    assert api.post(f"/api/contributions/{published.pk}/support/").status_code == 403
    assert (
        api.post(
            f"/api/contributions/{published.pk}/report/", {"reason": "spam"}
        ).status_code
        == 403
    )


def test_a_comment_on_a_closed_consultation_answers_409(
    citizen_api, closed_consultation
):
    response = citizen_api.post(
        "/api/comments/", {"consultation": closed_consultation.pk, "body": "Late"}
    )
    assert response.status_code == 409


def test_support_once_then_409_then_withdraw(api, published, other_citizen):
    api.force_authenticate(other_citizen)
    url = f"/api/contributions/{published.pk}/support/"
    assert api.post(url).status_code == 201
    second = api.post(url)
    assert second.status_code == 409 and second.json()["code"] == "already_supported"
    assert api.delete(url).status_code == 204
    assert not Support.objects.exists()


def test_supporting_ones_own_contribution_answers_409(citizen_api, published):
    response = citizen_api.post(f"/api/contributions/{published.pk}/support/")
    assert response.status_code == 409


def test_an_unpublished_contribution_is_404_for_support(citizen_api, consultation):
    hidden = ContributionFactory(consultation=consultation, status="hidden")
    assert (
        citizen_api.post(f"/api/contributions/{hidden.pk}/support/").status_code == 404
    )


def test_reports_need_a_valid_reason_and_count_once(api, published, other_citizen):
    api.force_authenticate(other_citizen)
    url = f"/api/contributions/{published.pk}/report/"
    assert api.post(url, {"reason": "boring"}).status_code == 400
    assert api.post(url, {"reason": "spam"}).status_code == 201
    assert api.post(url, {"reason": "spam"}).status_code == 409


def test_comments_can_be_reported(api, published, other_citizen):
    comment = CommentFactory(contribution=published)
    api.force_authenticate(other_citizen)
    response = api.post(f"/api/comments/{comment.pk}/report/", {"reason": "offensive"})
    assert response.status_code == 201


def test_malformed_json_is_a_400_not_a_500(citizen_api, consultation):
    response = citizen_api.post(
        "/api/contributions/", "{not json", content_type="application/json"
    )
    assert response.status_code == 400
