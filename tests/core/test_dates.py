"""Dates in Arabic use the month names Morocco writes, in every date format."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

MOROCCAN = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
]


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("fmt", ["F", "E", "N", "b", "DATE_FORMAT"])
def test_arabic_dates_use_moroccan_month_names(month, fmt):
    day = datetime.date(2026, month, 3)
    template = Template("{{ day|date:fmt }}")
    with translation.override("ar"):
        text = template.render(Context({"day": day, "fmt": fmt}))
    assert MOROCCAN[month - 1] in text


def test_french_dates_keep_french_month_names():
    with translation.override("fr"):
        text = Template('{{ day|date:"j F Y" }}').render(
            Context({"day": datetime.date(2022, 9, 30)})
        )
    assert text == "30 septembre 2022"
