"""The measure two sides' figures can be weighed in, when the figures first bound count unlike
things ("开展案卷评查2次、抽查案卷104份" beside "抽查案卷126件"): a verdict asked in no measure
weighs what every side's sentence counts alike, not the first figure each happens to lead with.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from retrieval.answer.clause_figures import sets_floor
from retrieval.answer.figures import FigureFinder
from retrieval.answer.side_lines import asks_data
from retrieval.query.about_answer import without_period_asks
from retrieval.query.measure import BARE_COUNT, measured
from retrieval.query.plan import Plan
from retrieval.query.units import comparable_units, unit_family
from retrieval.query.verdicts import asks_sum, without_sum
from retrieval.search.evidence import Found
from retrieval.text.numbers import extract_numbers
from retrieval.types import Vocabulary

__all__ = ["in_common_measure", "side_asked"]


def side_asked(topic: str) -> str:
    """What each side's figure is read as: "…一共多少件" without the sum; "X的数据对比一下"
    of the field's figures side by side, no one count."""
    asked = measured(without_period_asks(without_sum(topic) if asks_sum(topic) else topic))
    return BARE_COUNT.sub("", asked) if asks_data(topic) else asked


def in_common_measure(
    plan: Plan, found: Sequence[Found], vocabulary: Vocabulary, shared: FigureFinder
) -> Plan | None:
    """``plan`` asked again in the measure every side counts the thing in (``common_measure``),
    or None when the sides' figures weigh alike as read by ``shared``."""

    def asked_in(unit: str) -> FigureFinder:
        again = side_asked(f"{plan.topic}，多少{unit}")
        return FigureFinder(
            again, vocabulary, named=True, whole=True, kinds=True, excluded=plan.excluded
        )

    common = common_measure(shared, found, asked_in)
    return replace(plan, topic=f"{plan.topic}，多少{common}") if common else None


def common_measure(
    finder: FigureFinder, found: Sequence[Found], asked_in: Callable[[str], FigureFinder]
) -> str | None:
    """The measure word every side's bound sentence counts in, when ``finder`` (asking no
    measure) binds figures of unlike measures, and in which every side's figure is bound
    again (``asked_in``: the finder asking the thing in a measure); among several, the one
    most bound figures are in already, then the first said. None when the figures weigh
    alike or no measure is common to every side and most figures."""
    if finder.expected.unit is not None or not finder.counts:
        return None
    figures = [finder.find(group.passages) for group in found]
    stated = [f for f in figures if f is not None and f.unit and not f.percent]
    if len(stated) < 2 or all(comparable_units(stated[0].unit, f.unit) for f in stated[1:]):
        return None
    if any(sets_floor(f.written) for f in stated):
        # ("每年不少于60学时" beside "不少于4次": floors a plan sets are weighed as set.)
        return None
    said = [
        [m.unit for m in extract_numbers(f.pick.text) if m.unit and not (m.percent or m.dated)]
        for f in stated
    ]
    candidates = list(dict.fromkeys(unit for units in said for unit in units))
    common = [
        unit
        for unit in candidates
        if all(any(_in_family(unit, own) for own in units) for units in said)
    ]
    # Only where most sides' figures are in it already: between two sides, or with no
    # measure most share, which things each counts are alike is not for the measure to say
    # (35次 reviews beside 9件 documents is no 21份 of opinions to weigh).
    held = {unit: sum(_in_family(unit, f.unit or "") for f in stated) for unit in common}
    common = [unit for unit in common if 2 * held[unit] > len(stated)]
    common.sort(key=lambda unit: -held[unit])
    for unit in common:
        again = asked_in(unit)
        if all(again.find(group.passages) is not None for group in found):
            return unit
    return None


def _in_family(measure: str, unit: str) -> bool:
    """True when a figure in ``unit`` is one a count asked in ``measure`` reads."""
    family = unit_family(measure) or measure
    return re.fullmatch(f"(?:{family})", unit) is not None
