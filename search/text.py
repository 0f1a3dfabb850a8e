"""What the engines and the snippets ask of the analysis chain (``search.analysis``).

The chain is the same for every language and every engine: Arabic and Latin
words are told apart by their letters, so a French word in an Arabic page and an
Arabic name in a French one are analysed as they would be anywhere else. The
``locale`` arguments are kept for the callers; they no longer change the terms.
"""

from .analysis import WORD_RE, analyze, analyze_word, fold, is_arabic

__all__ = [
    "WORD_RE",
    "analyze_word",
    "fold",
    "is_arabic",
    "query_terms",
    "terms",
    "text_terms",
    "words",
]


def words(text: str) -> list[str]:
    """The words of a text as written (for snippets and suggestions)."""
    return WORD_RE.findall(text or "")


def terms(text: str, locale: str = "") -> list[str]:
    """Every index term of a text, alternatives included (what is stored)."""
    return [t for forms in analyze(text) for t in forms]


def text_terms(text: str) -> str:
    """The index terms of a text as one space-separated string."""
    return " ".join(terms(text))


def query_terms(text: str, locales: list[str] | None = None) -> list[set[str]]:
    """Per query word (stop words left out, repeats merged), the set of terms
    that stand for it: an entry holds the word if it holds one of them."""
    seen, result = set(), []
    for forms in analyze(text):
        key = frozenset(forms)
        if key not in seen:
            seen.add(key)
            result.append(set(forms))
    return result


def word_terms(word: str) -> set[str]:
    return set(analyze_word(word))
