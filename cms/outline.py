"""The outline of a page's body: its headings, for a table of contents."""

from django.utils.text import slugify

TOC_MIN_ENTRIES = 4


def body_outline(body) -> list[dict]:
    """The headings of a body in reading order, each with a unique anchor.

    Heading blocks of level 2 and 3, the articles of a charter and the titles of
    the calls to action that come right under a heading (level 3) count; the anchor
    is the heading's text as a slug (Arabic letters kept), an article's is
    ``article-<number>``. The block templates put the same anchors on the page.
    """
    entries: list[dict] = []
    used: set[str] = set()
    under_heading = False
    for block in body or ():
        value = block.value
        if block.block_type != "call_to_action":
            under_heading = block.block_type == "heading"
        elif not under_heading:
            continue
        if block.block_type == "heading" and value.get("level") in ("h2", "h3"):
            text, number = value.get("text") or "", ""
            level = int(value["level"][1])
            base = slugify(text, allow_unicode=True) or "section"
        elif block.block_type == "article":
            text, number, level = value.get("title") or "", value.get("number"), 2
            base = f"article-{slugify(number)}"
        elif block.block_type == "call_to_action":
            text, number, level = value.get("title") or "", "", 3
            base = slugify(text, allow_unicode=True) or "section"
        else:
            continue
        anchor, suffix = base, 2
        while anchor in used:
            anchor, suffix = f"{base}-{suffix}", suffix + 1
        used.add(anchor)
        entries.append(
            {
                "block_id": block.id,
                "anchor": anchor,
                "text": text,
                "number": number,
                "level": level,
            }
        )
    return entries


def table_of_contents(body) -> list[dict]:
    """Level-2 sections, each with its level-3 ``children``, for a long page only."""
    outline = body_outline(body)
    if len(outline) < TOC_MIN_ENTRIES:
        return []
    sections: list[dict] = []
    for entry in outline:
        if entry["level"] == 2 or not sections:
            sections.append({**entry, "children": []})
        else:
            sections[-1]["children"].append(entry)
    return sections
