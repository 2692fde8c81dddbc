"""Figures of several sides added up ("合计646件（A103件[1]、B543件[2]）"), and a note when
they are counted in measures of different kinds."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from retrieval.answer.apart import measure_of, one_family
from retrieval.answer.breakdown import side_by_side
from retrieval.answer.pick import Figure
from retrieval.answer.rows import NOT_STATED
from retrieval.query.largest_share import LARGEST
from retrieval.query.units import comparable_units

__all__ = ["average_of_total", "share_of_total", "total", "unit_note"]


def total(sides: Sequence[tuple[str, Figure | None]], marks: Mapping[str, str]) -> str:
    """The sides' figures added up ("合计253件（A168件[1]、B85件[2]）。"), when each side states
    an exact figure in one measure; else why they are not added."""
    missing = [label for label, f in sides if f is None or f.value is None]
    if missing:
        return f"{'、'.join(missing)}{NOT_STATED}可合计的数字，无法合计。"
    stated = [(label, f) for label, f in sides if f is not None and f.value is not None]
    # "刑事案件律师辩护6件、认罪认罚9件、…": a side stating only kind by kind gives no whole
    # of its own to add; it is left out, and said so.
    parted = [(label, f) for label, f in stated if _first_of_parts(f)]
    stated = [side for side in stated if side not in parted]
    apart = "".join(f"{label}{marks.get(label, '')}只分项列出，未计入；" for label, _ in parted)
    if not stated:
        return apart.rstrip("；") + "。"
    summed = _added([f for _, f in stated])
    if summed is None:
        return "各数字不是同一计量单位的确数，无法直接相加。"
    each = "、".join(f"{label}{f.written}{marks.get(label, '')}" for label, f in stated)
    return f"{apart}合计{summed.said}（{each}）。"


class _Sum(NamedTuple):
    """Figures added up: their value, the measure they are in, the sum as said ("2270余件")."""

    value: Decimal
    unit: str
    said: str


def _added(figures: Sequence[Figure]) -> _Sum | None:
    """``figures`` added up, when each is a count (no percentage) and all are in one family of
    measures (人 and 名 count people alike: the sum is in the first's measure); else None."""
    read = [_measure(f.written) for f in figures]
    measures = [measure for measure, _ in read]
    if not all(one_family(a, b) for a in measures for b in measures):
        return None
    if any(f.percent for f in figures) or not measures or measures[0] is None:
        return None
    value = sum((f.value for f in figures if f.value is not None), Decimal(0))
    # "520余件" adds at least 520: the sum of such figures is itself "…余".
    more = "余" if any(loose for _, loose in read) else ""
    return _Sum(value, measures[0], f"{value.normalize():f}{more}{measures[0]}")


# "520余件", "50多人": a figure said as at least this many.
_AT_LEAST = re.compile(r"(?<=\d)[余多](?=[^\d])")


def _measure(written: str) -> tuple[str | None, bool]:
    """The measure of a figure as written, and whether it is said as at least that many
    ("520余件" → 件, True)."""
    exact = measure_of(written)
    if exact is not None or not _AT_LEAST.search(written):
        return exact, False
    loose = measure_of(_AT_LEAST.sub("", written, count=1))
    return loose, loose is not None


def share_of_total(
    sides: Sequence[tuple[str, Figure | None]], source: str, marks: Mapping[str, str]
) -> str:
    """What share of the sides' total (``total``) the figure of report ``source`` is, computed
    from the cited figures ("额敏县38件[1]占合计60件的63.33%"); "" when it is not added in."""
    stated = [
        (label, f)
        for label, f in sides
        if f is not None and f.value is not None and not f.percent and not _first_of_parts(f)
    ]
    own = [(label, f) for label, f in stated if f.pick.passage.source == source]
    if source == LARGEST and stated:
        # ("谁的份额最大": the report of the largest figure, whichever it is.)
        own = [max(stated, key=lambda side: side[1].value or 0)]
    summed = _added([f for _, f in stated])
    # ("520余件": a share of a sum said as at least is no share to compute.)
    if not own or summed is None or "余" in summed.said or not summed.value:
        return ""
    label, figure = own[0]
    if figure.value is None:
        return ""
    share = (figure.value * 100 / summed.value).quantize(Decimal("0.01"), ROUND_HALF_UP)
    part = f"{label}{figure.written}{marks.get(label, '')}"
    most = "，占比最大" if source == LARGEST else ""
    return f"{part}占合计{summed.said}的{share.normalize():f}%{most}（按所引数字计算）。"


def average_of_total(sides: Sequence[tuple[str, Figure | None]]) -> str:
    """The sides' total (``total``) spread over the sides added, computed from the cited
    figures ("平均每份约327件（合计1628件÷4份）"); "" when they are not added."""
    stated = [
        f for _, f in sides if f is not None and f.value is not None and not _first_of_parts(f)
    ]
    summed = _added(stated) if len(stated) > 1 else None
    if summed is None:
        return ""
    mean = (summed.value / len(stated)).quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()
    return f"平均每份约{mean:f}{summed.unit}（合计{summed.said}÷{len(stated)}份，按所引数字计算）。"


# Three figures or more side by side list kinds; two may be a whole and what came of it
# ("受理办结10件、促成调解和解4件").
_KINDS_LISTED = 3


def _first_of_parts(figure: Figure) -> bool:
    """True when ``figure`` opens a run of kinds its sentence lists side by side."""
    runs = side_by_side(figure.pick.text)
    return any(len(run) >= _KINDS_LISTED and run[0].start == figure.at for run in runs)


def unit_note(stated: Sequence[tuple[str, Figure]], marks: Mapping[str, str]) -> str:
    """A note when the compared figures are counted in measures of different kinds (人 and
    次): the verdict still orders the numbers, the reader is told they may count different
    things; "" when the measures agree."""
    units = [f.unit for _, f in stated]
    if all(comparable_units(a, b) for a in units for b in units):
        return ""
    shown = "，".join(f"{label}{marks.get(label, '')}为{f.written}" for label, f in stated)
    return f"注：各数字的计量单位不同（{shown}），比较时请留意。"
