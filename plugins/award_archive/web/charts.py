"""SVG charts drawn at build time: readable without JavaScript, no chart library.

Every text is escaped (html.escape) where it enters the SVG; long labels are cut with …
and kept whole in a <title> the browser shows on hover. Output is deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

# 20 colours: as many as the default category list, so a legend never repeats one.
PALETTE = (
    "#3f6fb5",
    "#e0883a",
    "#4a9d5b",
    "#c94c4c",
    "#8a63b8",
    "#8c6d4f",
    "#d17fb5",
    "#7f7f7f",
    "#b5b83a",
    "#3ab5c4",
    "#a6c1e8",
    "#f4c08e",
    "#9fd3a5",
    "#eea3a3",
    "#c8b3e0",
    "#cfb69d",
    "#f0bfe0",
    "#c4c4c4",
    "#dcdd8a",
    "#98dbe3",
)
BAR = 18  # bar height, px
GAP = 6
FONT = 13
CHAR_WIDTH = 13  # a CJK character at FONT px; Latin is narrower, so this errs wide
MAX_LABEL = 16  # characters
PLOT_WIDTH = 420


def _cut(label: str) -> str:
    """Cut from the middle: the end often tells rows apart (…第10届)."""
    if len(label) <= MAX_LABEL:
        return label
    tail = MAX_LABEL // 3
    return label[: MAX_LABEL - 1 - tail] + "…" + label[-tail:]


def _label_width(labels: Sequence[str]) -> int:
    return min(MAX_LABEL, max((len(_cut(x)) for x in labels), default=1)) * CHAR_WIDTH + 8


def color(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def bar_chart(items: Sequence[tuple[str, int]], title: str) -> Markup:
    """One horizontal bar per (label, value)."""
    return stacked_bar_chart([(label, [value]) for label, value in items], [""], title)


def stacked_bar_chart(
    rows: Sequence[tuple[str, Sequence[int]]], series: Sequence[str], title: str
) -> Markup:
    """One horizontal bar per row, split into `series` (one value per series)."""
    left = _label_width([label for label, _ in rows])
    total_max = max((sum(values) for _, values in rows), default=0) or 1
    legend = [s for s in series if s]
    legend_height = (BAR + GAP) if legend else 0
    height = legend_height + len(rows) * (BAR + GAP) + GAP
    width = left + PLOT_WIDTH + 48
    out = [
        '<svg class="aa-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-size="{FONT}" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    x = 0
    for i, name in enumerate(legend):
        out.append(f'<rect x="{x}" y="{GAP}" width="{FONT}" height="{FONT}" fill="{color(i)}"/>')
        out.append(
            f'<text x="{x + FONT + 4}" y="{GAP + FONT - 2}" fill="currentColor">'
            f"{escape(name)}</text>"
        )
        x += FONT + 12 + len(name) * CHAR_WIDTH
    for r, (label, values) in enumerate(rows):
        y = legend_height + GAP + r * (BAR + GAP)
        out.append(f'<g class="aa-chart-row"><title>{escape(label)}：{sum(values)}</title>')
        out.append(
            f'<text x="{left - 6}" y="{y + BAR - 4}" text-anchor="end" fill="currentColor">'
            f"{escape(_cut(label))}</text>"
        )
        offset = left
        for i, value in enumerate(values):
            if value <= 0:
                continue
            w = round(value / total_max * PLOT_WIDTH, 1)
            tip = f"{label} · {series[i]}：{value}" if series[i] else f"{label}：{value}"
            out.append(
                f'<rect x="{offset}" y="{y}" width="{w}" height="{BAR}" fill="{color(i)}">'
                f"<title>{escape(tip)}</title></rect>"
            )
            offset = round(offset + w, 1)
        out.append(
            f'<text x="{offset + 4}" y="{y + BAR - 4}" fill="currentColor">{sum(values)}</text></g>'
        )
    out.append("</svg>")
    return Markup("\n".join(out))
