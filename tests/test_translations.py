"""Every user-facing string has its Arabic and French translation."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "{lang}" / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_string_is_translated(language):
    po = polib.pofile(str(CATALOGUE).format(lang=language))
    missing = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not missing, (
        f"{len(missing)} strings lack a {language} translation: {missing[:20]}"
    )
    assert not fuzzy, f"{len(fuzzy)} {language} translations are fuzzy: {fuzzy[:20]}"


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_compiled_catalogue_matches_the_sources(language):
    po = polib.pofile(str(CATALOGUE).format(lang=language))
    mo = polib.mofile(str(CATALOGUE).format(lang=language).replace(".po", ".mo"))
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in mo}
    stale = [
        e.msgid
        for e in po.translated_entries()
        if compiled.get((e.msgctxt, e.msgid)) != (e.msgstr or e.msgstr_plural)
    ]
    assert not stale, (
        f"run `make messages`: the .mo is older than the .po: {stale[:10]}"
    )


def test_the_catalogue_covers_the_templates():
    """A string marked in a template but absent from the catalogue fails too."""
    po = polib.pofile(str(CATALOGUE).format(lang="fr"))
    assert po.find("Skip to main content") is not None
