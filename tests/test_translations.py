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


# Folders makemessages is told to ignore (Makefile `messages`), plus build output.
IGNORED_DIRS = {".venv", "var", "tests", "bench", "node_modules", "__pycache__"}
XGETTEXT_KEYWORDS = [
    "--keyword=gettext_noop",
    "--keyword=gettext_lazy",
    "--keyword=ngettext_lazy:1,2",
    "--keyword=pgettext:1c,2",
    "--keyword=npgettext:1c,2,3",
    "--keyword=pgettext_lazy:1c,2",
    "--keyword=npgettext_lazy:1c,2,3",
]


def _translatable_files(root: Path):
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(
            part in IGNORED_DIRS or part.startswith(".") or part.endswith(".egg-info")
            for part in relative.parts[:-1]
        ):
            continue
        if path.is_file() and path.suffix in {".py", ".html", ".txt"}:
            yield path


def _marked_strings(
    root: Path, work: Path, xgettext: str = "xgettext"
) -> set[tuple[str | None, str]]:
    """The (context, msgid) pairs that makemessages would extract from the code.

    Templates go through Django's own ``templatize`` (as makemessages does), then
    everything through one xgettext run.
    """
    import subprocess

    from django.utils.translation import templatize

    inputs = []
    for path in _translatable_files(root):
        relative = path.relative_to(root)
        if path.suffix == ".py":
            inputs.append(str(path))
            continue
        source = path.read_text(encoding="utf-8")
        if "trans" not in source:  # translate, blocktranslate, trans, blocktrans
            continue
        target = work / f"{relative}.py"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(templatize(source, origin=str(relative)), encoding="utf-8")
        inputs.append(str(target))
    listing = work / "files.txt"
    listing.write_text("\n".join(inputs), encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - GNU xgettext on our own files
        [
            xgettext,
            "--language=Python",
            "--from-code=UTF-8",
            *XGETTEXT_KEYWORDS,
            "--output=-",
            f"--files-from={listing}",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(result.stdout)}


def test_every_string_marked_in_the_code_is_in_the_catalogue(tmp_path):
    """A string marked for translation but never extracted fails here.

    Otherwise it would be shown in English forever while the completeness test
    above passes: run `make messages` and translate the new entries.
    """
    import shutil

    xgettext = shutil.which("xgettext")
    if xgettext is None:
        pytest.skip("GNU gettext's xgettext is not installed (apt-get install gettext)")
    marked = _marked_strings(Path(settings.BASE_DIR), tmp_path, xgettext)
    assert len(marked) > 50, "the extraction found almost nothing: check the walk"
    for language in ("ar", "fr"):
        po = polib.pofile(str(CATALOGUE).format(lang=language))
        known = {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}
        missing = sorted(msgid for context, msgid in marked - known if msgid)
        assert not missing, (
            f"{len(missing)} marked strings are not in locale/{language}: run "
            f"`make messages` and translate them: {missing[:20]}"
        )


def test_status_labels_agree_with_the_noun_they_describe():
    """A contribution (مساهمة) is feminine, a comment (تعليق) masculine: one English
    word cannot carry both, so each status list has its own context."""
    from django.utils import translation

    from consultations.models import CommentStatus, ContributionStatus, Verdict
    from working_groups.models import ApplicationStatus

    with translation.override("ar"):
        assert str(ContributionStatus.REJECTED.label) == "مرفوضة"
        assert str(ContributionStatus.PUBLISHED.label) == "منشورة"
        assert str(CommentStatus.PUBLISHED.label) == "منشور"
        assert str(Verdict.NOT_RETAINED.label) == "غير مقبولة"
        assert str(ApplicationStatus.REJECTED.label) == "مرفوض"
    with translation.override("fr"):
        assert str(CommentStatus.HIDDEN.label) == "Masqué"
        assert str(ContributionStatus.HIDDEN.label) == "Masquée"


def test_the_english_catalogue_covers_the_action_plans():
    """The action plans' strings have their English msgstr too (compiled)."""
    path = str(CATALOGUE).format(lang="en")
    po = polib.pofile(path)
    mine = [
        e
        for e in po
        if not e.obsolete and any("action_plans" in p for p, _line in e.occurrences)
    ]
    assert len(mine) > 200
    missing = [e.msgid for e in mine if not e.translated()]
    assert not missing, f"{len(missing)} lack English: {missing[:10]}"
    compiled = {(e.msgctxt, e.msgid) for e in polib.mofile(path.replace(".po", ".mo"))}
    assert all((e.msgctxt, e.msgid) in compiled for e in mine)
