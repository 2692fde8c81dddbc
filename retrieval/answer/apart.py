"""How far apart two figures are, as a verdict states it: their difference in the measure both
are written in ("27件", "5万元", "3.5个百分点") and how many times one is the other; "" where
a figure is approximate ("余", "近") or the measures count different things."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from retrieval.answer.pick import Figure
from retrieval.query.units import comparable_units
from retrieval.text.numbers import extract_numbers

__all__ = [
    "UNLIKE_MEASURES",
    "difference",
    "like_measures",
    "measure_of",
    "one_family",
    "percent",
    "ratio",
    "relative_line",
    "said_over",
    "unlike",
]

_APPROXIMATE = re.compile(r"[余多]|左右")
# A verdict asked of figures counted in measures of different families.
UNLIKE_MEASURES = "各方数字的计量单位不同，无法比较。"
# 人, 名 and 位 count people alike.
_PEOPLE = frozenset({"人", "名", "位"})


def difference(a: Figure, b: Figure) -> str:
    """How far apart two figures are ("27件", "3.5个百分点", "272余场次" when the larger is
    "400余场次"); "" when that is unknown (the smaller said "余", either "近") or the measures
    differ in kind (人 and 名, 条 and 个 count the same: the difference takes the first's)."""
    measure, other = measure_of(a.written), measure_of(b.written)
    if a.value is None or b.value is None:
        return ""
    # "400余场次" and 128场次: more than 272 apart, said as the larger is ("272余场次").
    (larger, high), (smaller, low) = sorted(
        ((a.written, a.value), (b.written, b.value)), key=lambda side: side[1], reverse=True
    )
    over, exact = _over(larger), measure_of(smaller)
    if over and exact and measure_of(larger) is None and one_family(over, exact):
        return f"{(high - low).normalize():f}余{over}"
    below = _over(smaller)
    if over and below and one_family(over, below):
        # "400余场次" and "220余场次": both at least so many, about 180 apart.
        return f"约{(high - low).normalize():f}{over}（两数均为约数）"
    if measure is None or other is None:
        return ""
    # 条 and 个 both count problems, 人 and 名 people: one family, the first's measure.
    if not one_family(measure, other):
        return ""
    # "8万元" and "3万元" are 5万元 apart, said in the multiple both are written in.
    scale = _scale(a.written)
    unit = 10000 if scale == "万" else 100000000 if scale == "亿" else 1
    shared = scale if scale and scale == _scale(b.written) else ""
    apart = f"{(abs(a.value - b.value) / (unit if shared else 1)).normalize():f}"
    return f"{apart}个百分点" if a.percent else f"{apart}{shared}{measure}"


def _over(written: str) -> str | None:
    """The measure of a figure written as "more than" ("400余场次" → "场次"), or None."""
    mentions = extract_numbers(written)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].percent:
        return None
    rest = written[mentions[0].end :]
    return rest[1:] if rest[:1] in ("余", "多") and len(rest) > 1 else None


def said_over(written: str) -> bool:
    """True when a figure is written as "more than" itself ("400余件")."""
    return _over(written) is not None


def _scale(written: str) -> str:
    """The multiple a figure is written in ("8万元" → "万"), or ""."""
    mentions = extract_numbers(written)
    raw = mentions[0].raw if len(mentions) == 1 else ""
    return raw[-1] if raw[-1:] in ("万", "亿") else ""


def one_family(a: str | None, b: str | None) -> bool:
    """True when exact figures in measures ``a`` and ``b`` count the same kind of thing (人 and
    名 count people); False when either is approximate or has no measure."""
    return (
        a is not None and b is not None and (a == b or {a, b} <= _PEOPLE or comparable_units(a, b))
    )


def ratio(a: Figure, b: Figure) -> str:
    """How many times ``a`` is ``b`` ("5", "约5.3"), to one decimal; "" when either has no
    value or ``b`` is zero, or for rates (a ratio of percentages is no multiple of things)."""
    if a.value is None or b.value is None or not b.value or a.percent or b.percent:
        return ""
    exact = a.value / b.value
    shown = exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize()
    approximate = shown != exact or measure_of(a.written) is None or measure_of(b.written) is None
    return f"{'约' if approximate else ''}{shown:f}"


def percent(part: Decimal, whole: Decimal) -> Decimal:
    """``part`` as a percentage of ``whole``, to one decimal place, half up."""
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def relative(a: Figure, b: Figure) -> str:
    """How much more or less ``a`` is than ``b``, as a share of ``b`` ("多427.2%", "少81%"),
    to one decimal; "" when either has no value, ``b`` is zero, or they are rates (a rate's
    change is in points, said by ``difference``)."""
    if a.value is None or b.value is None or not b.value or a.percent or b.percent:
        return ""
    share = percent(a.value - b.value, b.value)
    return f"{'多' if share >= 0 else '少'}{abs(share).normalize():f}%"


def measure_of(written: str) -> str | None:
    """The measure of a figure as written ("38件" → "件", "71.43%" → "%"); None when it is
    approximate ("300余人", "近万人") or has none."""
    mentions = extract_numbers(written)
    if len(mentions) != 1 or mentions[0].start != 0:
        return None
    measure = "%" if mentions[0].percent else written[mentions[0].end :]
    return measure if measure and not _APPROXIMATE.match(measure) else None


def unlike(sides: Sequence[tuple[str, Figure | None]]) -> bool:
    """True when two sides or more state a figure and no two count in one family of measures
    ("7名社会监督员" beside "10个企业联系点")."""
    stated = _stated(sides)
    return len(stated) >= 2 and len(_largest_family(stated)) < 2


def _in_measure(asked: re.Pattern[str], figure: Figure) -> bool:
    """True when ``figure`` is in the measure ``asked``, read in its sentence ("216人取得执法证"
    counts certificates by the people who got them, which "216人" alone does not say)."""
    if asked.search(figure.written):
        return True
    found = asked.search(figure.pick.text, figure.at)
    return found is not None and found.start() < figure.at + len(figure.written)


def like_measures(
    sides: Sequence[tuple[str, Figure | None]], asked: re.Pattern[str] | None = None
) -> tuple[Sequence[tuple[str, Figure | None]], list[str]]:
    """The sides whose figures count in one family of measures (the largest such group, of
    two or more), and the labels of those left out; all sides when all agree (or all are in
    the measure ``asked``), none when no two do ("103件" and "1个" count different things:
    neither is more)."""
    stated = _stated(sides)
    group = _largest_family(stated)
    # "新取得执法证的人数": people counted in 人 or by the certificates they got (本) alike.
    if len(group) == len(stated) or (asked and all(_in_measure(asked, f) for _, f in stated)):
        return sides, []
    if len(group) < 2:
        return [], [label for label, _ in stated]
    return [side for side in sides if side[0] in group or side[1] is None], [
        label for label, _ in stated if label not in group
    ]


def _stated(sides: Sequence[tuple[str, Figure | None]]) -> list[tuple[str, Figure]]:
    return [(label, f) for label, f in sides if f is not None and f.value is not None]


def _largest_family(stated: Sequence[tuple[str, Figure]]) -> list[str]:
    """The labels of the largest group of ``stated`` figures in one family of measures."""
    groups = [[label for label, f in stated if comparable_units(f.unit, g.unit)] for _, g in stated]
    return max(groups, key=len, default=[])


def relative_line(sides: Sequence[tuple[str, Figure | None]], marks: Mapping[str, str]) -> str:
    """ "003比叶城少百分之多少": the first side's difference from the second as a share of the
    second's figure, worked out from both cited figures; "" when not known."""
    known = [(label, f) for label, f in sides if f is not None]
    if len(known) != 2:
        return ""
    (first, a), (second, b) = known
    share = relative(a, b)
    if not share:
        return ""
    return (
        f"{first}{a.written}{marks.get(first, '')}比{second}{b.written}{marks.get(second, '')}"
        f"{share}（按所引数字计算）。"
    )
