"""A figure the asker states and asks to have checked ("据报告…按时办结率为99.8%。是否属实？",
"行政复议案件是38件吗"): the answer says whether the report states it, from the figure its
cited sentence gives for the same thing, so a wrong premise is never left standing beside the
right figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.query.units import comparable_units
from retrieval.schema import Citation
from retrieval.text.numbers import NumberMention, extract_numbers, measure_after

__all__ = ["AGREES", "DIFFERS", "checked_premise"]

# How a checked figure's line opens, before the report's own words.
AGREES = "核对：与所述一致，报告原文："
DIFFERS = "核对：与所述不符，报告原文："

# "是否属实", "对不对", "请核实", "是38件吗": the asker wants a stated figure checked.
_CHECK = re.compile(
    r"是否(?:属实|准确|正确|一致|无误)|(?:属实|准确|正确|对)(?:吗|不|么)|对不对|有没有错|有无出入"
    r"|核实|核对|(?:\d|%)[^，,。？?！!\d]{0,3}(?:吗|么)[？?]?"
)
# What is said to be the figure, right before it ("按时办结率为", "受理了").
_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:为|是|达到?|有|共|约|了)?$")
_CLAUSE_MARKS = "，,。；;：:、"
# The most characters before a figure that say what it is of.
_THING_CHARS = 8
# Dates and years are no stated figure of a thing.
_NOT_COUNTED = ("年", "月", "日", "号")


def checked_premise(question: str, citations: Sequence[Citation]) -> str:
    """A line per figure ``question`` states and asks to have checked, saying what the cited
    excerpts state for the same thing and whether it agrees; "" when none is asked."""
    if not _CHECK.search(question):
        return ""
    lines = []
    for claimed in extract_numbers(question):
        if (claimed.unit or "").startswith(_NOT_COUNTED):
            continue
        thing = _thing_before(question, claimed, [c.region for c in citations if c.region])
        if not thing:
            continue
        found = _stated_for(thing, claimed, citations)
        if found is None:
            continue
        stated, citation = found
        verdict = AGREES if stated.key == claimed.key else DIFFERS
        # (The asker's figure is not said again: every figure an answer states is quoted.)
        lines.append(f"{verdict}{_clause_of(citation.excerpt, stated)}[{citation.n}]")
    return "\n".join(lines)


def _thing_before(text: str, figure: NumberMention, regions: Sequence[str]) -> str:
    """The words that say what ``figure`` is of, its place and the words of the request aside."""
    clause = re.split(r"[，,。；;：:？?！!\s]", text[: figure.start])[-1]
    for region in regions:
        clause = clause.replace(region, "")
    found = _BEFORE.search(clause.removeprefix("据报告"))
    return found[1][-_THING_CHARS:] if found else ""


def _clause_of(text: str, figure: NumberMention) -> str:
    """The clause of ``text`` that states ``figure``, through its measure word."""
    start = max(text.rfind(mark, 0, figure.start) for mark in _CLAUSE_MARKS) + 1
    return text[start : figure.end + len(measure_after(text, figure.end))]


def _stated_for(
    thing: str, claimed: NumberMention, citations: Sequence[Citation]
) -> tuple[NumberMention, Citation] | None:
    """The figure a cited excerpt gives for ``thing`` in ``claimed``'s kind of measure: the
    one whose clause shares the most of its words, ending nearest the figure."""
    pairs = {thing[i : i + 2] for i in range(len(thing) - 1)}
    best: tuple[int, NumberMention, Citation] | None = None
    for citation in citations:
        for stated in extract_numbers(citation.excerpt):
            if stated.percent != claimed.percent or not comparable_units(stated.unit, claimed.unit):
                continue
            before = re.split(r"[，,。；;：:、]", citation.excerpt[: stated.start])[-1]
            shared = sum(pair in before for pair in pairs)
            if shared and (best is None or shared > best[0]):
                best = (shared, stated, citation)
    return (best[1], best[2]) if best else None
