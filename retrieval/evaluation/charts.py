"""Inline SVG bar charts for the evaluation page (no script, no external asset)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

__all__ = ["bar_chart", "informative"]

_ROW, _LABEL_W, _BAR_W = 20, 120, 260
_COLOURS = ("#3b6fc4", "#9bb8e8")


def informative(values: Mapping[str, float | None]) -> bool:
    """True when a chart of ``values`` would show something: two or more groups with a value,
    and not all the same value (a chart of bars all at 1.00 says nothing a line cannot)."""
    present = [v for v in values.values() if v is not None]
    return len(present) >= 2 and len(set(present)) > 1


def bar_chart(
    title: str,
    series: Sequence[tuple[str, Mapping[str, float | None]]],
    *,
    top: float = 1.0,
    unit: str = "",
    note: str = "",
) -> str:
    """Horizontal bars, one row per group, one bar per series (e.g. p50 and p95).

    Args:
        title: the chart's heading.
        series: (series name, group → value); every series has the same groups.
        top: the value of a full-width bar (1.0 for shares).
        unit: appended to the value labels ("ms"); shares are printed with two decimals.
        note: a line under the title.
    """
    groups = list(series[0][1])
    per_group = len(series) * (_ROW - 4) + 6
    height = 30 + per_group * len(groups) + (18 if len(series) > 1 else 0)
    parts = []
    for row, group in enumerate(groups):
        y = 28 + row * per_group
        parts.append(
            f"<text x='{_LABEL_W - 8}' y='{y + per_group / 2}' text-anchor='end' "
            f"dominant-baseline='middle'>{escape(group)}</text>"
        )
        for index, (_name, values) in enumerate(series):
            parts.append(_bar(values.get(group), y + index * (_ROW - 4), top, unit, index))
    if len(series) > 1:
        parts.append(_legend([name for name, _ in series], height - 10))
    caption = f"<p class='note'>{escape(note)}</p>" if note else ""
    axis_end = height - 24 if len(series) > 1 else height - 4
    return (
        f"<figure class='chart'><figcaption>{escape(title)}</figcaption>{caption}"
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{_LABEL_W + _BAR_W + 70}' "
        f"height='{height}' font-size='12' role='img' aria-label='{escape(title)}'>"
        f"<line x1='{_LABEL_W}' y1='22' x2='{_LABEL_W}' y2='{axis_end}' "
        f"stroke='#999'/>{''.join(parts)}</svg></figure>"
    )


def _bar(value: float | None, y: float, top: float, unit: str, index: int) -> str:
    if value is None:
        return f"<text x='{_LABEL_W + 4}' y='{y + 12}' fill='#888'>–</text>"
    width = _BAR_W * min(value / top, 1.0) if top else 0.0
    label = f"{value:,.0f} {unit}" if unit else f"{value:.2f}"
    return (
        f"<rect x='{_LABEL_W}' y='{y + 2}' width='{width:.1f}' height='{_ROW - 6}' "
        f"fill='{_COLOURS[index % len(_COLOURS)]}'/>"
        f"<text x='{_LABEL_W + width + 4:.1f}' y='{y + 13}'>{escape(label)}</text>"
    )


def _legend(names: list[str], y: float) -> str:
    items = []
    for index, name in enumerate(names):
        x = _LABEL_W + index * 90
        colour = _COLOURS[index % len(_COLOURS)]
        items.append(
            f"<rect x='{x}' y='{y - 9}' width='10' height='10' fill='{colour}'/>"
            f"<text x='{x + 14}' y='{y}'>{escape(name)}</text>"
        )
    return "".join(items)
