"""Which stage of a matter a figure counts: "全年接收行政复议案件38件，…已办结11件" states how
many cases were taken in and how many closed, and only the second answers "办结了多少件"."""

from __future__ import annotations

import re

from retrieval.lexicons import matter_stages
from retrieval.query.windows import figure_clauses
from retrieval.text.numbers import measure_after, numbers_in

__all__ = ["asked_stage", "later_stage_unsaid", "other_stage", "other_stages_only"]


def asked_stage(asked: str) -> frozenset[str] | None:
    """The words of the one stage of a matter ``asked`` names ("…办结了多少件" → 办结, 办完,
    结案); None when it names none, or several (each is then a thing of its own)."""
    named = [stage for stage in matter_stages() if any(word in asked for word in stage)]
    return named[0] if len(named) == 1 else None


def other_stage(lead: str, stage: frozenset[str] | None) -> bool:
    """True when ``lead``, the words leading to a figure in its clause, names another stage
    than ``stage`` and not ``stage`` itself: the figure counts the matters of that one."""
    if stage is None or any(word in lead for word in stage):
        return False
    return _says_other(lead, stage)


def other_stages_only(text: str, unit: re.Pattern[str], stage: frozenset[str] | None) -> bool:
    """True when every figure of ``text`` in the measure ``unit`` is led, in its clause, by
    another stage than ``stage`` ("全年接收行政复议案件38件" asked how many were closed)."""
    # (No other stage said, no figure is led by one: the clauses need not be read.)
    if stage is None or not _says_other(text, stage):
        return False
    clauses = figure_clauses(text, unit)
    leads = [
        text[start : mention.start]
        for mention in numbers_in(text)
        if not mention.percent and unit.search(mention.raw + measure_after(text, mention.end))
        for start, end in clauses
        if start <= mention.start < end
    ]
    return bool(leads) and all(other_stage(lead, stage) for lead in leads)


def later_stage_unsaid(text: str, stage: frozenset[str] | None) -> bool:
    """True when ``stage`` comes after taking in and ``text`` says another stage but none of
    this one's words: its counts are of the matters at that other stage ("热线办件1020件，其中
    咨询815件" states no number closed). A sentence naming no stage ("解决合同纠纷2件") may
    say the asked one in words of its own."""
    return stage is not None and stage != matter_stages()[0] and other_stage(text, stage)


def _says_other(text: str, stage: frozenset[str]) -> bool:
    """True when ``text`` says a word of a stage other than ``stage``."""
    return any(word in text for other in matter_stages() if other != stage for word in other)
