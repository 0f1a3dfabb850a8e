"""Bar charts drawn on the server as accessible SVG (no JavaScript, no library).

Each chart has a title and a description that screen readers announce, and the
page also shows the same numbers as a table.
"""

from dataclasses import dataclass

WIDTH = 640
ROW = 34
LABEL_WIDTH = 230
BAR_HEIGHT = 20


@dataclass
class Bar:
    label: str
    value: int
    x: float
    y: float
    width: float
    label_x: float
    label_anchor: str
    value_x: float
    value_anchor: str
    text_y: float


def bar_chart(chart_id: str, title, rows, rtl: bool = False) -> dict:
    """Horizontal bars for ``rows`` of (label, value), mirrored in right-to-left.

    Coordinates run left to right; in RTL the SVG has ``direction="rtl"``, so a
    text's "start" is its right end: labels start at the right edge, bars grow
    leftwards from them and each value is written to the left of its bar.
    """
    rows = [(str(label), int(value)) for label, value in rows]
    maximum = max((v for _l, v in rows), default=0) or 1
    area = WIDTH - LABEL_WIDTH - 50
    bars = []
    for i, (label, value) in enumerate(rows):
        width = round(area * value / maximum, 1)
        y = i * ROW + 6
        if rtl:
            bar_x = WIDTH - LABEL_WIDTH - width
            bars.append(
                Bar(
                    label,
                    value,
                    bar_x,
                    y,
                    width,
                    WIDTH - 4,
                    "start",
                    bar_x - 6,
                    "start",
                    y + BAR_HEIGHT - 5,
                )
            )
        else:
            bars.append(
                Bar(
                    label,
                    value,
                    LABEL_WIDTH,
                    y,
                    width,
                    0,
                    "start",
                    LABEL_WIDTH + width + 6,
                    "start",
                    y + BAR_HEIGHT - 5,
                )
            )
    total = sum(v for _l, v in rows)
    description = "; ".join(f"{label}: {value}" for label, value in rows)
    return {
        "id": chart_id,
        "title": title,
        "description": description,
        "bars": bars,
        "rows": rows,
        "total": total,
        "width": WIDTH,
        "height": max(len(rows), 1) * ROW + 12,
        "rtl": rtl,
    }
