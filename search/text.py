"""Language-aware text normalisation, the same for indexing and for queries.

Arabic follows Lucene's ``ArabicNormalizer`` and light ``ArabicStemmer`` (Larkey's
light10), which Elasticsearch's ``arabic_normalization`` and ``arabic_stem`` filters
use, so that the database engines and Elasticsearch agree on what matches what:

- tashkeel and tatweel removed (pyarabic), alef forms (أ إ آ ٱ) folded to ا,
  ى to ي, ة to ه;
- the prefixes ال وال بال كال فال لل و stripped, and the common suffixes, so that
  ``الاشراف`` finds ``الإشراف``, ``المعلم`` finds ``والمعلم`` and ``لجنة`` finds
  ``اللجنة``.

French and English: lower case, accents folded, elision removed (``l'action`` →
``action``), then the Snowball stemmer of the language (plural and singular meet).
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from pyarabic import araby

ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]")
# A word: letters, digits and marks (Arabic diacritics are marks), apostrophes inside.
_CH = r"(?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED])"
WORD_RE = re.compile(rf"{_CH}+(?:['’]{_CH}+)*", re.UNICODE)
ELISION_RE = re.compile(
    r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.IGNORECASE
)

ALEF_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
# Lucene ArabicStemmer (light10): longest prefixes first; one prefix, then suffixes.
AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و")
AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")

_stemmers = {
    "fr": snowballstemmer.stemmer("french"),
    "en": snowballstemmer.stemmer("english"),
}

LATIN_LOCALES = ("fr", "en")


def is_arabic(word: str) -> bool:
    return bool(ARABIC_RE.search(word))


def normalize_arabic(word: str) -> str:
    """Orthographic folding only (the word is still a word people recognise)."""
    word = araby.strip_tashkeel(araby.strip_tatweel(word))
    return word.translate(ALEF_FORMS)


def stem_arabic(word: str) -> str:
    """Light stemming: strip one prefix and any number of known suffixes."""
    for prefix in AR_PREFIXES:
        # "و" needs a longer word than the others (Lucene: len > 3).
        minimum = 4 if prefix == "و" else len(prefix) + 2
        if word.startswith(prefix) and len(word) >= minimum:
            word = word[len(prefix) :]
            break
    for suffix in AR_SUFFIXES:
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            word = word[: -len(suffix)]
    return word


def fold_latin(word: str) -> str:
    word = ELISION_RE.sub("", word.lower().replace("’", "'"))
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def analyze_word(word: str, locale: str) -> str:
    """The index term of one word for a Latin locale ("fr" or "en")."""
    if is_arabic(word):
        return stem_arabic(normalize_arabic(word))
    folded = fold_latin(word).replace("'", "")
    if not folded:
        return ""
    stemmer = _stemmers.get(locale, _stemmers["fr"])
    return stemmer.stemWord(folded)


def words(text: str) -> list[str]:
    return WORD_RE.findall(text or "")


def latin_locale(locale: str) -> str:
    """Latin words of Arabic or multilingual entries are stemmed as French."""
    return locale if locale in LATIN_LOCALES else "fr"


def terms(text: str, locale: str) -> list[str]:
    """The index terms of a text of the given locale (SQLite FTS5 and tests)."""
    lang = latin_locale(locale)
    return [t for t in (analyze_word(w, lang) for w in words(text)) if t]


@lru_cache(maxsize=200_000)
def _prepare_word(word: str) -> tuple[str, bool]:
    if is_arabic(word):
        return stem_arabic(normalize_arabic(word)), True
    return fold_latin(word).replace("'", ""), False


def split_scripts(text: str) -> tuple[str, str]:
    """(Arabic part, Latin part) of a text, each pre-normalised for PostgreSQL.

    The Arabic part is normalised and light-stemmed here (PostgreSQL's ``arabic``
    Snowball stemmer does not strip و+ال); the Latin part is only folded (elision,
    case), the French or English configuration stems it with ``unaccent``.
    """
    arabic, latin = [], []
    for w in words(text):
        term, ar = _prepare_word(w)
        if term:
            (arabic if ar else latin).append(term)
    return " ".join(arabic), " ".join(latin)


def query_terms(text: str, locales: list[str]) -> list[set[str]]:
    """Per query word, the set of index terms it may match (one per Latin locale)."""
    result = []
    for w in words(text):
        if is_arabic(w):
            options = {analyze_word(w, "fr")}
        else:
            options = {analyze_word(w, latin_locale(loc)) for loc in locales}
        options.discard("")
        if options:
            result.append(options)
    return result
