"""Text without markup, for what is shown as plain text but may be read as HTML
(people's contributions, feed titles)."""

import html

import nh3

# Rounds of cleaning before giving up on turning entities back into characters.
_ROUNDS = 5


def strip_markup(value: str) -> str:
    """The text with no markup, entities as characters, cleaned to a fixed point:
    cleaning the result again changes nothing."""
    text = value or ""
    for _round in range(_ROUNDS):
        cleaned = html.unescape(_clean(text))
        if cleaned == text:
            return text
        text = cleaned
    # Escaped again and again: keep the entities (shown as typed, never markup).
    return _clean(text)


def _clean(value: str) -> str:
    return nh3.clean(value, tags=set(), attributes={}, strip_comments=True)
