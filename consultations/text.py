"""What people write: sanitised on input, escaped on output.

Contributions and comments are plain text typed in a textarea. On input, nh3 (with
an empty allowlist) removes any markup, and the contents of ``script`` and ``style``
elements altogether; the result is stored as plain text. Entities are turned back
into characters (people type "&" and "<"), and the text is cleaned again until
nothing changes: an escaped tag (``&lt;script&gt;``) never becomes a live one in
what is stored. On output, templates, feeds and the API escape it like any other
text, so no script can ever run from it.
"""

import hashlib
import re

from core.text import strip_markup

_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(value: str) -> str:
    text = strip_markup(value).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def clean_line(value: str) -> str:
    return " ".join(clean_text(value).split())


def text_hash(*parts: str) -> str:
    """A fingerprint that ignores case and spacing (to spot duplicates)."""
    normalised = "\x1f".join(" ".join(p.casefold().split()) for p in parts)
    return hashlib.sha256(normalised.encode()).hexdigest()
