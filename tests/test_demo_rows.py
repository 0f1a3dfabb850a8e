"""Every row the demo writes passes its model's validation.

The demo writes with ``objects.create()``, which validates nothing: a value the
model's choices no longer know (an old region code) shows raw on the pages and in
the API, escapes the filters, and is silently blanked the next time an editor saves
the row in the admin. Loading the demo once and running ``full_clean()`` on every
row of every model of the portal's modules finds such rows before people do.
"""

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation

from core import modules

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_portal(django_db_setup, django_db_blocker):
    """The demo portal as `load_demo` builds it, loaded once and rolled back."""
    from django.core.management import call_command

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", hostname="testserver", stdout=open("/dev/null", "w"))
        yield
        transaction.set_rollback(True)


def validated_models():
    """The models of every module that own their rows.

    Skipped: proxies (their rows are their concrete model's, validated there),
    unmanaged and abstract models (no table of the portal's own). Every other model,
    the search index's included, is validated.
    """
    for config in modules.modules():
        for model in config.get_models():
            meta = model._meta
            if meta.proxy or not meta.managed or meta.abstract:
                continue
            yield model


def invalid_rows() -> list[str]:
    """``model #pk (row): errors`` for each row that breaks validation, in English."""
    with translation.override("en"):
        return list(_invalid_rows())


def _invalid_rows():
    for model in validated_models():
        for row in model._default_manager.all().order_by("pk"):
            # The specific class of a Wagtail page, so that its own fields count.
            row = getattr(row, "specific", row)
            try:
                row.full_clean()
            except ValidationError as error:
                yield f"{model._meta.label} #{row.pk} ({row}): {error.message_dict}"


def test_the_check_reads_the_rows_of_the_participation_modules(demo_portal, db):
    labels = {model._meta.label for model in validated_models()}
    assert {
        "events.Event",
        "consultations.Contribution",
        "working_groups.Organisation",
        "accounts.User",
    } <= labels


def test_every_row_of_the_demo_passes_its_model_s_validation(demo_portal, db):
    problems = invalid_rows()
    assert not problems, "Demo rows that break validation:\n" + "\n".join(problems)
