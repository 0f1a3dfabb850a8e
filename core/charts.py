"""Bar charts drawn on the server as accessible SVG (no JavaScript, no library).

Each chart has a title and a description that screen readers announce, and the
page also shows the same numbers as a table.

Each row is a label above its bar. The SVG has no viewBox: it takes the width of
its box and its text keeps its real size (a chart shrunk to a phone's width stays
readable); bars are laid out in percentages of that width.
"""

from dataclasses import dataclass

ROW = 50
BAR_HEIGHT = 18
LABEL_BASELINE = 15
BAR_TOP = 21
# The longest bar leaves room after it for its value.
MAX_PERCENT = 80


@dataclass
class Bar:
    label: str
    value: int
    percent: float
    x: str
    y: int
    label_x: str
    label_y: int
    value_x: str
    value_dx: int
    value_y: int


def bar_chart(chart_id: str, title, rows, rtl: bool = False) -> dict:
    """Horizontal bars for ``rows`` of (label, value), mirrored in right-to-left.

    In RTL the SVG has ``direction="rtl"``, so a text's "start" is its right end:
    labels start at the right edge, bars grow leftwards from it and each value is
    written to the left of its bar.
    """
    rows = [(str(label), int(value)) for label, value in rows]
    maximum = max((v for _l, v in rows), default=0) or 1
    bars = []
    for i, (label, value) in enumerate(rows):
        percent = round(MAX_PERCENT * value / maximum, 2)
        top = i * ROW
        start = f"{round(100 - percent, 2)}%" if rtl else "0%"
        end = f"{round(100 - percent, 2)}%" if rtl else f"{percent}%"
        bars.append(
            Bar(
                label=label,
                value=value,
                percent=percent,
                x=start,
                y=top + BAR_TOP,
                label_x="100%" if rtl else "0%",
                label_y=top + LABEL_BASELINE,
                value_x=end,
                value_dx=-6 if rtl else 6,
                value_y=top + BAR_TOP + BAR_HEIGHT - 4,
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
        "height": max(len(rows), 1) * ROW,
        "bar_height": BAR_HEIGHT,
        "rtl": rtl,
    }
