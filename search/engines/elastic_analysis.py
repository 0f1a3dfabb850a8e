"""The analysis chain (``search.analysis``) as an Elasticsearch analyzer.

Nothing here is written by hand: the character table, the rules, the stop words
and the stemming exceptions are the ones Python applies for SQLite and
PostgreSQL, turned into filters of Elasticsearch's standard distribution:

- ``sharaka_fold``: a ``mapping`` character filter (longest key first, as
  Python's alternation; keys and values written as ``\\uXXXX`` escapes);
- ``sharaka_joiners``: a ``pattern_replace`` character filter that splits where
  Python's tokenizer splits and the ``standard`` tokenizer would not (31.13);
- the ``standard`` tokenizer, ``lowercase``;
- ``pattern_replace`` filters for elision, apostrophes, the Arabic prefix and each
  suffix (Java regular expressions: the rules use only what both dialects read
  alike); a ``length`` filter drops what elision emptied;
- ``stop`` with the folded stop words;
- a ``multiplexer`` that keeps each word and adds it without a leading ب or ل;
- ``stemmer_override`` for the exceptions, then the Snowball French stemmer.
"""

from elasticsearch.dsl import analyzer, char_filter, token_filter

from .. import analysis as chain


def _escape(text: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in text)


def _pattern(name: str, rule) -> object:
    pattern, replacement = rule
    return token_filter(
        name, "pattern_replace", pattern=pattern, replacement=replacement, all=True
    )


FOLD = char_filter(
    "sharaka_fold",
    "mapping",
    mappings=[f"{_escape(k)} => {_escape(v)}" for k, v in chain.CHAR_MAP.items()],
)
JOINERS = char_filter(
    "sharaka_joiners",
    "pattern_replace",
    pattern=chain.JOINER_RULE[0],
    replacement=chain.JOINER_RULE[1],
)
ELISION = _pattern("sharaka_elision", chain.ELISION_RULE)
APOSTROPHE = _pattern("sharaka_apostrophe", chain.APOSTROPHE_RULE)
NOT_EMPTY = token_filter("sharaka_not_empty", "length", min=1)
STOP = token_filter("sharaka_stop", "stop", stopwords=sorted(chain.STOP_WORDS))
AR_PREFIX = _pattern("sharaka_ar_prefix", chain.AR_PREFIX_RULE)
AR_BL = token_filter(
    "sharaka_ar_bl_both",
    "multiplexer",
    filters=[[_pattern("sharaka_ar_bl", chain.BL_RULE)]],
    preserve_original=True,
)
AR_SUFFIXES = [
    _pattern(f"sharaka_ar_suffix_{i}", rule)
    for i, rule in enumerate(chain.AR_SUFFIX_RULES)
]
OVERRIDES = token_filter(
    "sharaka_stem_overrides",
    "stemmer_override",
    rules=[f"{word} => {stem}" for word, stem in sorted(chain.STEM_OVERRIDES.items())],
)
FRENCH = token_filter("sharaka_french_stem", "snowball", language="French")

SHARAKA = analyzer(
    "sharaka",
    tokenizer="standard",
    char_filter=[FOLD, JOINERS],
    filter=[
        "lowercase",
        ELISION,
        APOSTROPHE,
        NOT_EMPTY,
        STOP,
        AR_PREFIX,
        AR_BL,
        *AR_SUFFIXES,
        OVERRIDES,
        FRENCH,
    ],
)


def analysis_settings() -> dict:
    """The ``settings.analysis`` of the index, as Elasticsearch receives it."""
    return SHARAKA.get_analysis_definition()
