"""A small interpreter of Elasticsearch analysis settings, for the tests.

It reads the definition the engine sends (``analysis_settings()``) and applies
each character filter and token filter as Elasticsearch documents them, so that
the tests check what the *definition* does, not what the Python chain does. The
``standard`` tokenizer is approximated by Unicode word boundaries for letters,
digits and the signs they keep inside a word (' . : _ between letters or digits,
, between digits).
"""

import re

import snowballstemmer

_W = r"[^\W_]"
STANDARD = re.compile(
    rf"{_W}+(?:(?:['.:_\u00B7]|(?<=\d),(?=\d)){_W}+)*|_+{_W}+", re.UNICODE
)


def _unescape(text: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m[1], 16)), text)


def _java(replacement: str) -> str:
    return re.sub(r"\$(\d)", r"\\g<\1>", replacement)


def _char_filter(definition: dict, text: str) -> str:
    kind = definition["type"]
    if kind == "mapping":
        table = {}
        for rule in definition["mappings"]:
            key, _sep, value = rule.partition("=>")
            table[_unescape(key.strip())] = _unescape(value.strip())
        keys = sorted(table, key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(k) for k in keys))
        return pattern.sub(lambda m: table[m[0]], text)
    if kind == "pattern_replace":
        return re.sub(definition["pattern"], _java(definition["replacement"]), text)
    raise AssertionError(f"char filter {kind} not simulated")


def _token_filter(name: str, analysis: dict, tokens: list[list[str]], keywords: set):
    if name == "lowercase":
        return [[t.lower() for t in pos] for pos in tokens]
    definition = analysis["filter"][name]
    kind = definition["type"]
    out = []
    for pos in tokens:
        forms = []
        for t in pos:
            forms.extend(_apply(kind, definition, analysis, t, keywords))
        forms = list(dict.fromkeys(forms))
        if forms:
            out.append(forms)
    return out


def _apply(kind, definition, analysis, token, keywords):
    if kind == "pattern_replace":
        return [re.sub(definition["pattern"], _java(definition["replacement"]), token)]
    if kind == "length":
        return [token] if len(token) >= definition.get("min", 0) else []
    if kind == "stop":
        return [] if token in set(definition["stopwords"]) else [token]
    if kind == "multiplexer":
        forms = [token] if definition.get("preserve_original", True) else []
        for chain in definition["filters"]:
            variant = [[token]]
            for sub in chain.split(","):
                variant = _token_filter(sub.strip(), analysis, variant, keywords)
            forms += [f for pos in variant for f in pos]
        return forms
    if kind == "stemmer_override":
        for rule in definition["rules"]:
            words, _sep, stem = rule.partition("=>")
            if token in {w.strip() for w in words.split(",")}:
                keywords.add(stem.strip())
                return [stem.strip()]
        return [token]
    if kind == "snowball":
        if token in keywords:
            return [token]
        stemmer = snowballstemmer.stemmer(definition["language"].lower())
        return [stemmer.stemWord(token)]
    raise AssertionError(f"token filter {kind} not simulated")


def analyze(analysis: dict, analyzer: str, text: str) -> list[tuple[str, ...]]:
    """The positions of ``text`` (each a tuple of terms) as the analyzer gives them."""
    definition = analysis["analyzer"][analyzer]
    for name in definition.get("char_filter", []):
        text = _char_filter(analysis["char_filter"][name], text)
    assert definition["tokenizer"] == "standard"
    tokens = [[t] for t in STANDARD.findall(text)]
    keywords: set[str] = set()
    for name in definition["filter"]:
        tokens = _token_filter(name, analysis, tokens, keywords)
    return [tuple(pos) for pos in tokens if pos]
