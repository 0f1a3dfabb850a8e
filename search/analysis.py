"""The one analysis chain of the site search, defined once as data.

Every engine uses it: Python applies it (``analyze``) for SQLite and PostgreSQL,
which then store and match the resulting terms as they are, and
``elasticsearch_analysis()`` turns the same tables into an Elasticsearch analyzer
(a ``mapping`` character filter, ``pattern_replace``, ``stop``, ``multiplexer``,
``stemmer_override`` and the Snowball French stemmer, all in Elasticsearch's
standard distribution). The steps, in order:

1. Characters (``CHAR_MAP``, on the whole text): Arabic presentation forms and
   Latin ligatures to their letters (Unicode compatibility folding, NFKC: what a
   copy from a PDF gives), ``œ æ`` to ``oe ae``, accented Latin letters to their
   base letter, Persian and Urdu letters to the Arabic ones (ک → ك, ی → ي, ہ → ه),
   every digit form (٠-٩, ۰-۹) to 0-9, every hamza seat (أ إ آ ٱ ء ؤ ئ) to ا, ى →
   ي, ة → ه, tanween alef (ًا) dropped, then tashkeel and tatweel dropped.
2. Words (``WORD_RE``), lower case, French elision (``l'``, ``qu'``...) removed.
3. Stop words (``STOP_WORDS``: question words, prepositions, articles): they
   neither match nor count towards "every word".
4. Arabic light stemming (Lucene's light10, as Elasticsearch's ``arabic_stem``,
   written as ordered rules): one prefix among وال بال كال فال لل ال و, a nisba
   with tanween (رسميا → رسمي), the suffixes ها ان ات ون ين يه ه ي and the
   construct plural و (ممثلو → ممثل). A single ب or ل before a long word may be a
   preposition or the first letter of the root: the word is indexed both with and
   without it (``BL_RULE``, an alternative at the same position).
5. Latin words: Snowball French, except for words that Snowball would merge with
   words of another meaning (``STEM_OVERRIDES``: gouvernance is not
   gouvernement, publication is not public).
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer


def _char_map() -> dict[str, str]:
    table: dict[str, str] = {}
    # Presentation forms (Arabic A and B) and Latin ligatures: NFKC.
    for start, end in ((0xFB00, 0xFB06), (0xFB50, 0xFDFF), (0xFE70, 0xFEFC)):
        for code in range(start, end + 1):
            ch = chr(code)
            if unicodedata.category(ch) == "Cn":
                continue
            folded = unicodedata.normalize("NFKC", ch).strip()
            if folded != ch:
                table[ch] = folded
    # Accented Latin letters: their base letter (what asciifolding does).
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
        )
        if base != ch and base.isascii() and base:
            table[ch] = base
    table.update({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'"})
    table.update({"ʼ": "'", "‘": "'"})
    # Persian and Urdu keyboards.
    table.update({"ک": "ك", "ڪ": "ك", "گ": "ك", "ی": "ي", "ې": "ي", "ے": "ي"})
    table.update({"ہ": "ه", "ە": "ه", "ۀ": "ه", "ھ": "ه"})
    # Digits: Arabic-Indic and Persian (Extended Arabic-Indic).
    for i in range(10):
        table[chr(0x0660 + i)] = str(i)
        table[chr(0x06F0 + i)] = str(i)
    # Hamza seats, alef forms, alef maqsura, ta marbuta.
    for ch in "أإآٱءؤئ":
        table[ch] = "ا"
    table.update({"ى": "ي", "ة": "ه"})
    # Tanween alef (fathatan before or after the alef), then the marks.
    table.update({"ًا": "", "اً": ""})
    for code in [*range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x0610, 0x061B)]:
        table[chr(code)] = ""
    # Fold the results again (a presentation form of أ gives أ, then ا).
    return {k: _fold_once(v, table) for k, v in table.items()}


def _fold_once(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in text)


CHAR_MAP = _char_map()
# Longest key first at each place: the few keys of two characters by a regular
# expression, then every single character at once (str.translate is fast).
_PAIRS_RE = re.compile("|".join(re.escape(k) for k in CHAR_MAP if len(k) > 1))
_SINGLES = str.maketrans({k: v for k, v in CHAR_MAP.items() if len(k) == 1})
# Signs that Elasticsearch's standard tokenizer (Unicode word boundaries) keeps
# inside a word (31.13, ogp.ma, 1,5, a_b): a space, so that every engine splits
# there. Applied to the text after the character table.
_ALNUM = r"[0-9A-Za-z\u00C0-\u024F\u0621-\u064A]"
JOINER_RULE = (rf"(?<={_ALNUM})[.,:_\u00B7](?={_ALNUM})", " ")

# A word: letters, digits and marks, apostrophes inside ("l'action").
_CH = r"(?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED])"
WORD_RE = re.compile(rf"{_CH}+(?:'{_CH}+)*", re.UNICODE)
ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFEFC]")

# Token rules: (pattern, replacement with $1) in order, as Elasticsearch's
# pattern_replace filters (Java regular expressions; these are written so that
# Python's ``re`` reads them the same way).
ELISION_RULE = (r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=.)", "")
APOSTROPHE_RULE = (r"'", "")
AR_PREFIX_RULE = (
    r"^(?:(?:وال|بال|كال|فال|لل|ال)(?=..)|و(?=...))",
    "",
)
AR_SUFFIX_RULES = [
    (r"^(.{3,}ي)ا$", "$1"),  # nisba with tanween alef: رسميا → رسمي
    *((rf"^(.{{2,}}){s}$", "$1") for s in ("ها", "ان", "ات", "ون", "ين", "يه")),
    (r"^(.{2,})ه$", "$1"),
    (r"^(.{2,})ي$", "$1"),
    (r"^(.{3,})و$", "$1"),  # construct plural: ممثلو → ممثل
]
# A single ب or ل before at least four letters: the word is also indexed without it.
BL_RULE = (r"^[بل](?=[\u0621-\u064A]{4})", "")

# Stop words, as written (folded by the chain itself before use).
STOP_WORDS_RAW = (
    # Arabic: question words, prepositions, pronouns, particles.
    "ما ماذا من هل كيف كيفية أين متى لماذا كم أي أية هو هي هم هن نحن أنا أنت "
    "في على إلى الى عن مع بين عند لدى منذ حتى ثم أو أم و ف ب ل ك إن أن إذا لا لم لن "
    "قد هذا هذه ذلك تلك هؤلاء التي الذي الذين اللواتي كل بعض غير عبر خلال حول "
    # French: articles, prepositions, pronouns, question words.
    "le la les l un une des du de d au aux a à et ou en dans sur sous par pour avec "
    "sans ce cet cette ces que qui quoi quel quelle quels quelles comment où quand "
    "pourquoi est sont il elle ils elles on nous vous je tu se sa son ses leur leurs "
    "y ne pas plus mon ma mes qu "
    # English.
    "the of and to in for on with by an is are what how where when which"
).split()

# Words Snowball would merge with words of another meaning: their own stem.
STEM_OVERRIDES = {
    "gouvernance": "gouvernanc",
    "gouvernances": "gouvernanc",
    "publication": "publicat",
    "publications": "publicat",
    "communication": "communic",
    "communications": "communic",
    "universite": "universit",
    "universites": "universit",
}

_french = snowballstemmer.stemmer("french")


def _java_to_python(replacement: str) -> str:
    return re.sub(r"\$(\d)", r"\\g<\1>", replacement)


def _rule(rule):
    pattern, replacement = rule
    return re.compile(pattern), _java_to_python(replacement)


_ELISION, _APOS, _PREFIX = map(_rule, (ELISION_RULE, APOSTROPHE_RULE, AR_PREFIX_RULE))
_SUFFIXES = [_rule(r) for r in AR_SUFFIX_RULES]
_BL = _rule(BL_RULE)
_JOINER = re.compile(JOINER_RULE[0])


def fold(text: str) -> str:
    """Step 1: the character folding of a whole text."""
    text = _PAIRS_RE.sub(lambda m: CHAR_MAP[m[0]], text or "").translate(_SINGLES)
    return _JOINER.sub(" ", text)


def is_arabic(word: str) -> bool:
    return bool(ARABIC_RE.search(word))


def _apply(rule, word: str) -> str:
    pattern, replacement = rule
    return pattern.sub(replacement, word)


def _stem_arabic_tail(word: str) -> str:
    for rule in _SUFFIXES:
        word = _apply(rule, word)
    return word


def _token_forms(token: str) -> tuple[str, ...]:
    """Steps 2-5 for one folded token: its terms (alternatives), or ()."""
    token = _apply(_APOS, _apply(_ELISION, token.lower()))
    if not token or token in STOP_WORDS:
        return ()
    if is_arabic(token):
        token = _apply(_PREFIX, token)
        forms = [token]
        stripped = _apply(_BL, token)
        if stripped != token:
            forms.append(stripped)
        return tuple(dict.fromkeys(_stem_arabic_tail(f) for f in forms))
    return (STEM_OVERRIDES.get(token) or _french.stemWord(token),)


@lru_cache(maxsize=200_000)
def analyze_word(word: str) -> tuple[str, ...]:
    """The terms of one word as typed (alternatives at one position), or ()."""
    return tuple(t for tok in WORD_RE.findall(fold(word)) for t in _token_forms(tok))


def tokens(text: str) -> list[str]:
    """The words of a folded text (step 2's tokenizer)."""
    return WORD_RE.findall(text)


def analyze(text: str) -> list[tuple[str, ...]]:
    """The positions of a text, each with its terms (usually one)."""
    out = []
    for tok in tokens(fold(text)):
        forms = _cached_forms(tok)
        if forms:
            out.append(forms)
    return out


@lru_cache(maxsize=200_000)
def _cached_forms(token: str) -> tuple[str, ...]:
    return _token_forms(token)


def _folded_stop_words() -> frozenset[str]:
    out = set()
    for w in STOP_WORDS_RAW:
        out.update(tokens(fold(w).lower()))
    return frozenset(out)


STOP_WORDS = _folded_stop_words()
