"""A tiny document format shared by the demo texts, rendered as rich text or plain text.

A body is a list of items: a ``str`` is a paragraph, a ``("h", text)`` tuple is a
sub-heading and a ``list`` of ``str`` is a bulleted list. Keeping the texts in this
neutral form lets the same words feed Wagtail rich text, StreamField blocks and the
plain text the document library turns into PDFs.
"""

from django.utils.html import escape

Body = list[str | tuple[str, str] | list[str]]


def to_html(body: Body, *, heading: str = "h3") -> str:
    """Rich text HTML (Wagtail's editor format) for a body."""
    parts = []
    for item in body:
        if isinstance(item, tuple):
            parts.append(f"<{heading}>{escape(item[1])}</{heading}>")
        elif isinstance(item, list):
            rows = "".join(f"<li>{escape(row)}</li>" for row in item)
            parts.append(f"<ul>{rows}</ul>")
        else:
            parts.append(f"<p>{escape(item)}</p>")
    return "".join(parts)


def to_lines(body: Body) -> list[str]:
    """Plain-text lines for a body: headings and paragraphs on their own lines."""
    lines: list[str] = []
    for item in body:
        if isinstance(item, tuple):
            lines += ["", item[1]]
        elif isinstance(item, list):
            lines += [f"- {row}" for row in item]
        else:
            lines.append(item)
    return lines


def join_lines(lines: list[str]) -> str:
    """Join lines, collapsing runs of blank lines, with a final newline."""
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
