"""What an editorial page contributes to the search index."""

import pytest

from cms.indexing import page_text
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_link_addresses_are_not_indexed_as_text(home):
    page = StandardPageFactory(
        parent=home,
        body=[
            (
                "call_to_action",
                {
                    "title": "Proposer une idée",
                    "text": "Soumettez une proposition.",
                    "link": {"page": None, "url": "/fr/consultations/", "label": "Go"},
                },
            )
        ],
    )
    text = page_text(page)
    assert "Proposer une idée" in text
    assert "Soumettez une proposition." in text
    assert "/fr/consultations/" not in text


def test_block_settings_are_not_indexed_only_what_a_reader_sees(home):
    page = StandardPageFactory(
        parent=home,
        body=[
            ("heading", {"text": "Le calendrier", "level": "h3"}),
            ("paragraph", "<p>Les étapes du plan.</p>"),
        ],
    )
    text = page_text(page)
    assert "Le calendrier" in text and "Les étapes du plan." in text
    assert "h3" not in text and "Level" not in text and "Niveau" not in text
    assert "المستوى" not in text
