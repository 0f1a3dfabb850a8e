"""The demo plan 2021-2023 and its co-creation: the commitments came from a demo
consultation's contributions, shown both ways, and two drafts changed by answered
comments. Everything is marked as demo data and passes validation."""

from django.utils.html import escape

from action_plans import demo
from consultations.models import Contribution, OfficialAnswer
from tests.test_demo_rows import invalid_rows

PLAN = "/{lang}/action-plans/2021-2023/"
CONSULTATION = f"/{{lang}}/consultations/{demo.COCREATION_SLUG}/"


def test_the_commitments_come_from_the_demo_consultation_both_ways(client, homes):
    demo.load(homes=homes)
    page = client.get(PLAN.format(lang="fr") + "commitments/1/").content.decode()
    origin = page.split('id="origin-title"')[1].split("</section>")[0]
    assert f'href="{CONSULTATION.format(lang="fr")}"' in origin
    assert "(démo)" in origin
    assert escape(demo.ORIGINS[1][2]) in origin
    consultation = client.get(CONSULTATION.format(lang="fr")).content.decode()
    assert "(démo)" in consultation
    for number in demo.ORIGINS:
        # Each contribution says which commitment it fed, with a link.
        assert f'href="{PLAN.format(lang="fr")}commitments/{number}/"' in consultation


def test_the_secretariat_s_answers_and_what_changed_are_public(client, homes):
    demo.load(homes=homes)
    page = client.get(PLAN.format(lang="en") + "commitments/3/").content.decode()
    assert "What changed between the draft and the plan" in page
    assert "rural ones included" in page
    assert "Dialogue and consultation mechanisms in cities" in page  # the draft
    comments = page.split('id="cocreation-title"')[1]
    assert escape(demo.DRAFT_CHANGES[3][2]) in comments
    assert "official-answer" in comments
    assert escape(demo.DRAFT_CHANGES[3][6]) in comments
    answers = OfficialAnswer.objects.filter(
        contribution__consultation__slug=demo.COCREATION_SLUG
    )
    assert answers.count() == len(demo.ORIGINS) + len(demo.DRAFT_CHANGES)


def test_the_demo_co_creation_is_marked_loaded_once_and_valid(homes):
    demo.load(homes=homes)
    count = Contribution.objects.count()
    demo.load(homes=homes)
    assert Contribution.objects.count() == count
    for row in Contribution.objects.filter(consultation__slug=demo.COCREATION_SLUG):
        assert row.author_email.endswith("@demo.sharaka.local")
    assert not invalid_rows()
