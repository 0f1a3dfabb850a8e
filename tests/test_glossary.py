"""The catalogues speak the glossary's words (docs/glossary.md): one word per thing.

A translation that slips back to another word (الهيئة for an organisation, الإشراف for
moderation, the Middle East's month names, a plural with too few forms...) fails here,
as does a placeholder or a tag lost in translation. The password validators, whose
Arabic Django 5.2 lacks, are checked through Django itself.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils import translation

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "{lang}" / "LC_MESSAGES" / "django.po"

ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdrif]|%[sdrif]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")
# Short vowels and shadda (مُراجِع is مراجع): words are compared without them.
HARAKAT = re.compile(r"[\u064b-\u0652\u0670]")


def _catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(CATALOGUE).format(lang=language))


def _entries(language: str):
    return [entry for entry in _catalogue(language) if not entry.obsolete]


def _texts(entry: polib.POEntry) -> list[str]:
    if entry.msgid_plural:
        texts = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
    else:
        texts = [entry.msgstr]
    return [HARAKAT.sub("", text) for text in texts]


def _source(entry: polib.POEntry) -> str:
    return f"{entry.msgid} {entry.msgid_plural}".lower()


def _offenders(language, source_pattern, forbidden, unless=None):
    """Entries whose msgid matches ``source_pattern`` and a msgstr ``forbidden``."""
    found = []
    for entry in _entries(language):
        source = _source(entry)
        if source_pattern and not re.search(source_pattern, source):
            continue
        if unless and re.search(unless, source):
            continue
        for text in _texts(entry):
            match = re.search(forbidden, text, re.IGNORECASE)
            if match:
                found.append(f"{entry.msgid!r}: {match.group(0)!r} in {text!r}")
    return found


def _lacking(language, source_pattern, required, unless=None):
    """Entries whose msgid matches ``source_pattern``, a msgstr lacking ``required``."""
    found = []
    for entry in _entries(language):
        source = _source(entry)
        if not re.search(source_pattern, source):
            continue
        if unless and re.search(unless, source):
            continue
        if not all(re.search(required, text, re.IGNORECASE) for text in _texts(entry)):
            found.append(f"{entry.msgid!r}: {_texts(entry)}")
    return found


# (what the msgid speaks of, the variant it must not be translated with, except when
# the msgid also speaks of this): docs/glossary.md in one table.
ARABIC_FORBIDDEN = [
    # organisation -> منظمة, never الهيئة (a governance body) nor جمعية (a legal form)
    (r"organi[sz]ation", r"هيئ(?:ة|ات|ت)", r"\bbod(?:y|ies)\b|governance"),
    (r"organi[sz]ation", r"جمعي", r"association"),
    # moderation -> مراجعة المساهمات; الإشراف is the steering committee
    (r"moderat", r"إشراف|مشرف", None),
    (r"", r"كلمة السر", None),
    (r"sign ?up|signup|register an account", r"الاشتراك|اشترك|التسجيل", None),
    (r"action.plan", r"مخطط", None),
    (r"steering committee", r"لجنة (?:التوجيه|القيادة)", None),
    (r"secretariat", r"الأمانة", None),
    (r"\bevents?\b", r"فعالي|الفعاليات", None),
    (r"training", r"تدريب", None),
    (r"personal data", r"بيانات", None),
    (r"open.government", r"الحكومة المفتوحة", None),
    (r"co-creation", r"الإنشاء المشترك", None),
    (r"governance", r"الحوكمة", None),
]
ARABIC_REQUIRED = [
    (r"organi[sz]ation", r"منظم", None),
    (r"secretariat", r"(?:ال|لل)كتابة الدائمة", None),
    (r"moderat", r"مراجع|المراجعة", None),
    (r"mandate", r"ولاي", None),
    (r"action.plan", r"خط(?:ة|ط) العمل", None),
    (r"password", r"كلمة (?:ال)?مرور|كلمات المرور", None),
]
FRENCH_FORBIDDEN = [
    (r"minutes", r"procès-verba", None),
    (r"certificate", r"attestation de participation", None),
    (r"sign ?up|signup", r"inscri|enregistr", None),
    (r"steering committee", r"comité (?:directeur|de direction)", None),
    (r"organi[sz]ation", r"association|organisme", r"association"),
]
FRENCH_REQUIRED = [
    (r"organi[sz]ation", r"organisation", None),
    (r"secretariat", r"secrétariat", None),
    (r"moderat", r"modér", None),
    (r"password", r"mot de passe|mots de passe", None),
    (r"action.plan", r"plans? d'action", None),
    (r"\bminutes\b", r"comptes? rendus?", r"few minutes"),
]


@pytest.mark.parametrize(("source", "forbidden", "unless"), ARABIC_FORBIDDEN)
def test_arabic_avoids_the_other_words(source, forbidden, unless):
    found = _offenders("ar", source, forbidden, unless)
    assert not found, f"{len(found)} Arabic strings stray from the glossary: {found}"


@pytest.mark.parametrize(("source", "required", "unless"), ARABIC_REQUIRED)
def test_arabic_uses_the_glossary_word(source, required, unless):
    found = _lacking("ar", source, required, unless)
    assert not found, f"{len(found)} Arabic strings lack {required!r}: {found}"


@pytest.mark.parametrize(("source", "forbidden", "unless"), FRENCH_FORBIDDEN)
def test_french_avoids_the_other_words(source, forbidden, unless):
    found = _offenders("fr", source, forbidden, unless)
    assert not found, f"{len(found)} French strings stray from the glossary: {found}"


@pytest.mark.parametrize(("source", "required", "unless"), FRENCH_REQUIRED)
def test_french_uses_the_glossary_word(source, required, unless):
    found = _lacking("fr", source, required, unless)
    assert not found, f"{len(found)} French strings lack {required!r}: {found}"


def test_arabic_months_are_moroccan_everywhere():
    """مايو، يوليو، أغسطس... are the Middle East's; Morocco writes ماي، يوليوز..."""
    eastern = r"مايو|يوليو(?!ز)|أغسطس|سبتمبر|نوفمبر|ديسمبر|إبريل"
    found = _offenders("ar", "", eastern)
    assert not found, f"month names that are not Moroccan: {found}"


def test_every_arabic_plural_has_six_forms():
    catalogue = _catalogue("ar")
    assert catalogue.metadata["Plural-Forms"].startswith("nplurals=6;")
    plurals = [entry for entry in _entries("ar") if entry.msgid_plural]
    assert plurals, "no plural entry found: check the catalogue's path"
    short = [
        entry.msgid
        for entry in plurals
        if sorted(entry.msgstr_plural) != list(range(6))
        or not all(text.strip() for text in entry.msgstr_plural.values())
    ]
    assert not short, (
        f"Arabic plurals need 6 forms (0, 1, 2, 3-10, 11-99, 100): {short}"
    )


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_translations_keep_placeholders_and_tags(language):
    """Forms 0, 1 and 2 of an Arabic plural may leave the number out (يومان)."""
    lost = []
    for entry in _entries(language):
        if entry.msgid_plural:
            wanted = set(PLACEHOLDER.findall(entry.msgid)) | set(
                PLACEHOLDER.findall(entry.msgid_plural)
            )
            for form, text in entry.msgstr_plural.items():
                found = set(PLACEHOLDER.findall(text))
                single = language == "ar" and form in (0, 1, 2)
                if (single and not found <= wanted) or (not single and found != wanted):
                    lost.append(f"{entry.msgid!r}[{form}]: {text!r}")
            continue
        if sorted(PLACEHOLDER.findall(entry.msgid)) != sorted(
            PLACEHOLDER.findall(entry.msgstr)
        ) or sorted(TAG.findall(entry.msgid)) != sorted(TAG.findall(entry.msgstr)):
            lost.append(f"{entry.msgid!r}: {entry.msgstr!r}")
    assert not lost, f"placeholders or tags changed in {language}: {lost}"


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (1, "يوم واحد"),
        (2, "يومين"),
        (3, "3 أيام"),
        (10, "10 أيام"),
        (11, "11 يومًا"),
        (99, "99 يومًا"),
        (100, "100 يوم"),
        (102, "102 يوم"),
    ],
)
def test_arabic_plurals_agree_with_the_number(days, expected):
    with translation.override("ar"):
        text = translation.ngettext(
            "Opens in %(counter)s day", "Opens in %(counter)s days", days
        ) % {"counter": days}
    assert expected in text


def test_password_validators_speak_arabic():
    with translation.override("ar"):
        with pytest.raises(ValidationError) as caught:
            password_validation.validate_password("123")
        messages = caught.value.messages
        help_texts = password_validation.password_validators_help_texts()
    assert len(messages) >= 3  # too short, too common, entirely numeric
    english = [m for m in messages + help_texts if LATIN_LETTER.search(m)]
    assert not english, f"password messages not in Arabic: {english}"
    assert all(ARABIC_LETTER.search(m) for m in messages + help_texts)
    assert any("كلمة المرور" in m for m in messages)


@pytest.mark.parametrize(
    ("length", "expected"),
    [(1, "عن 1"), (2, "عن 2"), (3, "3 أحرف"), (8, "8 أحرف"), (12, "12 حرفًا")],
)
def test_the_minimum_length_message_agrees_with_the_number(length, expected):
    validator = password_validation.MinimumLengthValidator(min_length=length)
    with translation.override("ar"):
        with pytest.raises(ValidationError) as caught:
            validator.validate("")
    (message,) = caught.value.messages
    assert expected in message
    assert not LATIN_LETTER.search(message)


@pytest.mark.parametrize(
    ("language", "msgid", "expected"),
    [
        ("ar", "Sign Up", "إنشاء حساب"),
        ("ar", "Signup", "إنشاء حساب"),
        ("fr", "Sign Up", "Créer un compte"),
        ("ar", "Password", "كلمة المرور"),
    ],
)
def test_allauth_pages_use_the_glossary(language, msgid, expected):
    with translation.override(language):
        assert translation.gettext(msgid) == expected


def test_the_review_of_progress_updates_is_not_the_moderation_of_contributions():
    """The secretariat's review of a progress update is التدقيق (validation); مراجعة
    is the moderation of contributions: the action plans never say مراجعة for it."""
    found = []
    for entry in _entries("ar"):
        if not any("action_plans" in path for path, _line in entry.occurrences):
            continue
        if not re.search(r"review", _source(entry)):
            continue
        for text in _texts(entry):
            if re.search(r"راجع|مراجع", text) or not re.search(r"دق(?:ق|يق)", text):
                found.append(f"{entry.msgid!r}: {text!r}")
    assert not found, found
