"""Taking part made plain: consultation cards with the time left, the number of
contributions and a way in; long pages with a table of contents; close-out charts
readable on a phone; a clear "what happens next" after a form that emails a link.
"""

import datetime
import time

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.utils import timezone, translation
from wagtail.blocks import StreamValue

from cms.models import StandardPage
from cms.outline import table_of_contents
from core.charts import bar_chart
from tests.factories import (
    ConsultationFactory,
    ContributionFactory,
    EventFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


def page_of(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def in_days(days: int) -> datetime.datetime:
    """Late on the local day ``days`` from today.

    Days left are counted in local calendar days, so "now + 9 days and 2 hours"
    is 10 days away after 22:00; the end of the day gives the same count at any
    hour the suite runs.
    """
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(23, 59, 59))
    )


def card_of(page: BeautifulSoup, title: str):
    link = page.find("a", string=title)
    assert link is not None, title
    return link.find_parent("li", class_="consultation-card")


# --- Consultation cards --------------------------------------------------------------


def test_an_open_consultation_card_shows_days_left_contributions_and_take_part(
    client, homes
):
    consultation = ConsultationFactory(
        title="Budget ouvert", slug="budget", closes_at=in_days(12)
    )
    for _ in range(3):
        ContributionFactory(consultation=consultation)
    page = page_of(client.get("/en/consultations/"))
    card = card_of(page, "Budget ouvert")
    text = card.get_text(" ", strip=True)
    closes = timezone.localtime(consultation.closes_at).date()
    days = (closes - timezone.localdate()).days
    assert f"{days} days left" in text
    assert "3 contributions" in text
    action = card.select_one("a.button.take-part")
    assert action["href"] == "/en/consultations/budget/contribute/"
    assert action.get_text(" ", strip=True).startswith("Take part")
    # The action's name says which consultation it is for.
    assert "Budget ouvert" in action.get_text()


def test_the_last_day_is_said_plainly(client, homes):
    ConsultationFactory(title="Dernier jour", closes_at=in_days(0))
    card = card_of(page_of(client.get("/en/consultations/")), "Dernier jour")
    assert "Last day to take part" in card.get_text()


def test_closed_and_upcoming_cards_have_no_take_part_action(client, homes):
    ConsultationFactory(title="Ancienne", closed=True)
    ConsultationFactory(title="Prochaine", opens_at=in_days(5))
    page = page_of(client.get("/en/consultations/"))
    closed = card_of(page, "Ancienne")
    upcoming = card_of(page, "Prochaine")
    assert closed.select_one(".take-part") is None
    assert upcoming.select_one(".take-part") is None
    assert "Closed on" in closed.get_text()
    assert "Opens in 5 days" in upcoming.get_text(" ", strip=True)


def test_the_arabic_card_uses_the_arabic_plural(client, homes):
    ConsultationFactory(title="ميزانية", closes_at=in_days(1))
    card = card_of(page_of(client.get("/ar/consultations/")), "ميزانية")
    with translation.override("ar"):
        expected = translation.ngettext(
            "%(counter)s day left", "%(counter)s days left", 1
        ) % {"counter": 1}
    assert expected in card.get_text()


def test_the_consultation_page_makes_the_way_to_take_part_stand_out(client, homes):
    consultation = ConsultationFactory(closes_at=in_days(9))
    page = page_of(client.get(f"/en/consultations/{consultation.slug}/"))
    action = page.select_one(".call-to-action a.button.take-part")
    assert action["href"].endswith("/contribute/")
    assert "9 days left" in page.select_one(".consultation-facts").get_text()


# --- Table of contents -------------------------------------------------------------


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(text="<p>Texte.</p>"):
    return ("paragraph", text)


def make_page(parent, blocks, **kwargs) -> StandardPage:
    page = StandardPageFactory(parent=parent, **kwargs)
    page.body = StreamValue(page.body.stream_block, blocks, is_lazy=False)
    page.save_revision().publish()
    return page


def test_a_long_page_gets_a_table_of_contents_from_its_headings(client, homes):
    blocks = []
    for title in ("Comité de pilotage", "Comité de mise en œuvre", "Société civile"):
        blocks += [heading(title), paragraph(), heading(f"Missions · {title}", "h3")]
        blocks.append(paragraph())
    blocks.append(heading("Comité de pilotage"))  # the same title twice
    make_page(homes["fr"], blocks, title="Gouvernance", slug="gouvernance")
    page = page_of(client.get("/fr/gouvernance/"))
    toc = page.select_one("main nav.toc")
    assert toc is not None
    assert page.find(id=toc["aria-labelledby"]).name == "h2"
    links = toc.select("a")
    assert len(links) == 7
    # Sections, each with its sub-sections nested.
    assert len(toc.select(":scope > ol > li")) == 4
    assert len(toc.select("ol ol a")) == 3
    anchors = [a["href"][1:] for a in links]
    assert len(set(anchors)) == len(anchors)
    for link in links:
        target = page.find(id=link["href"][1:])
        assert target is not None and target.name in ("h2", "h3"), link["href"]
        assert target.get_text(strip=True) == link.get_text(strip=True)
    # The table comes before the body it lists.
    assert toc.find_next("h2", id=anchors[0]) is not None


def test_the_articles_of_a_charter_are_listed_with_their_number(client, homes):
    blocks = [heading("Préambule"), paragraph()]
    blocks += [
        ("article", {"number": str(n), "title": f"Objet {n}", "text": "<p>x</p>"})
        for n in range(1, 5)
    ]
    make_page(homes["fr"], blocks, title="Charte", slug="charte")
    page = page_of(client.get("/fr/charte/"))
    links = page.select("nav.toc a")
    assert [a["href"] for a in links] == [
        "#préambule",
        "#article-1",
        "#article-2",
        "#article-3",
        "#article-4",
    ]
    assert "Objet 3" in links[3].get_text()
    assert page.find(id="article-3").name == "h2"


def test_an_arabic_page_gets_arabic_anchors(client, homes):
    titles = ("لجنة الإشراف", "لجنة التنفيذ", "فضاء المجتمع", "للمزيد")
    blocks = [heading(title) for title in titles]
    make_page(homes["ar"], blocks, title="الحكامة", slug="hakama")
    page = page_of(client.get("/ar/hakama/"))
    links = page.select("nav.toc a")
    assert links[0]["href"] == "#لجنة-الإشراف"
    assert page.find(id="لجنة-الإشراف") is not None


def test_a_short_page_has_no_table_of_contents(client, homes):
    make_page(homes["fr"], [heading("Un"), paragraph(), heading("Deux")], slug="court")
    page = page_of(client.get("/fr/court/"))
    assert page.select_one("nav.toc") is None
    assert page.find("h2", string="Un").get("id") is None


def test_calls_to_action_under_a_heading_are_sub_sections():
    cta = {"title": "Candidater", "text": "", "link": {"url": "/", "label": "Go"}}
    blocks = [
        heading("Canaux"),
        ("call_to_action", cta),
        ("call_to_action", {**cta, "title": "S'inscrire"}),
        heading("Actualités"),
        paragraph(),
        ("call_to_action", {**cta, "title": "Lien après un texte"}),
    ]
    body = StreamValue(StandardPage().body.stream_block, blocks, is_lazy=False)
    toc = table_of_contents(body)
    assert [entry["text"] for entry in toc] == ["Canaux", "Actualités"]
    assert [c["text"] for c in toc[0]["children"]] == ["Candidater", "S'inscrire"]
    assert toc[1]["children"] == []


# --- Close-out charts --------------------------------------------------------------


@pytest.mark.parametrize("rtl", [False, True])
def test_chart_bars_are_laid_out_in_percentages_with_the_label_above(rtl):
    chart = bar_chart("c", "Per kind", [("Proposal", 30), ("Observation", 15)], rtl)
    first, second = chart["bars"]
    assert first.percent == 80 and second.percent == 40
    assert first.label_y < first.y  # the label sits above its bar
    assert second.label_y > first.y  # each row below the previous one
    if rtl:
        assert (first.label_x, first.x, second.x) == ("100%", "20.0%", "60.0%")
        assert first.value_x == "20.0%" and first.value_dx < 0
    else:
        assert (first.label_x, first.x, second.x) == ("0%", "0%", "0%")
        assert first.value_x == "80.0%" and first.value_dx > 0


def test_the_close_out_chart_keeps_real_size_text_and_scrolls_its_tables(client, homes):
    consultation = ConsultationFactory(closed=True)
    ContributionFactory(consultation=consultation)
    consultation.synthesis_text = "<p>Ce que nous avons fait.</p>"
    consultation.closeout_published_at = timezone.now()
    consultation.save()
    page = page_of(client.get(f"/ar/consultations/{consultation.slug}/"))
    svg = page.select_one("figure.chart svg")
    assert svg is not None
    # No viewBox: the drawing is not shrunk to the phone's width, its text stays 14px.
    assert not svg.has_attr("viewbox") and svg["width"] == "100%"
    assert svg["direction"] == "rtl"
    label = svg.select_one("text.chart-label")
    bar = svg.select_one("rect.chart-bar")
    assert float(label["y"]) < float(bar["y"])
    assert bar["width"].endswith("%")
    for table in page.select("main table"):
        box = table.find_parent(class_="table-wrap")
        assert box is not None and box["tabindex"] == "0" and box["role"] == "region"
        assert page.find(id=box["aria-labelledby"]) is not None


# --- What happens next -----------------------------------------------------------


def test_after_contributing_without_an_account_the_page_says_check_your_email(
    client, homes, outbox, django_capture_on_commit_callbacks
):
    consultation = ConsultationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/consultations/{consultation.slug}/contribute/",
            {
                "kind": "proposal",
                "title": "Open budget data",
                "body": "Publish the budget data every quarter in an open format.",
                "language": "fr",
                "region": "fes_meknes",
                "author_name": "Salma",
                "author_email": "salma@example.org",
                "accept": "on",
                "website": "",
                "started": signing.dumps(time.time() - 30, salt="form-started"),
            },
        )
    page = page_of(response)
    assert page.title.get_text().startswith("Check your email")
    steps = page.select_one("section.next-steps")
    assert steps.select_one("h2").get_text(strip=True) == "Check your email"
    assert "salma@example.org" in steps.select_one(".recipient").get_text()
    assert len(steps.select("ol li")) == 3
    assert "spam" in steps.get_text()
    assert outbox and outbox[0].to == ["salma@example.org"]


def test_after_registering_for_an_event_without_an_account_the_page_says_check_email(
    client, homes, outbox, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=5)
    first = client.get(f"/en/events/{event.pk}/")
    assert "We will email you a link to confirm" in first.content.decode()
    started = first.context["form"]["started"].value()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/events/{event.pk}/",
            {"name": "Salma Idrissi", "email": "salma@example.org", "started": started},
            follow=True,
        )
    page = page_of(response)
    steps = page.select_one(".messages section.next-steps")
    assert steps is not None
    assert steps.select_one("h2").get_text(strip=True) == "Check your email"
    assert "salma@example.org" in steps.get_text()
    assert len(steps.select("ol li")) == 3
    # Shown once: the next page has no trace of it.
    again = page_of(client.get(f"/en/events/{event.pk}/"))
    assert again.select_one("section.next-steps") is None
