"""Verdicts and rankings in a model's reply, checked against the figures the reports state.

``verify`` checks that every number of a generated sentence is in the passage it cites; a
comparison or ranking also claims an order ("额敏县多于叶城县", "叶城县最多", "两地相同"), which
no single passage states. Each such claim is checked against the figure every named report
states (the figures the extractive answer cited, from the same passages the model was given):
a claim the figures contradict, or that names a report without a figure, is dropped, as an
unsupported number is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise
from typing import Any

from retrieval.answer.verify import MARKER
from retrieval.query.routing import region_forms
from retrieval.schema import Citation, Row
from retrieval.text.numbers import extract_numbers

__all__ = ["Checked", "Stated", "check_verdicts", "stated_figures"]

_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]*\n*|\n+")
_PAIR = re.compile(r"多于|少于|高于|低于|超过|大于|小于|不及|不如|早于|晚于")
_ABOVE = frozenset({"多于", "高于", "超过", "大于", "晚于"})
_MOST = re.compile(r"最(?:多|高|大|晚)|居首|排名第一|排第一")
_LEAST = re.compile(r"最(?:少|低|小|早)")
_EQUAL = re.compile(r"相同|相等|一样|持平|并列")
_ORDER = re.compile(r"依次|排序|排名|排列")
_DESCENDING = re.compile(r"从多到少|从高到低|从大到小|由多到少|由高到低|降序")


@dataclass(frozen=True)
class Stated:
    """A report's figure: the names an answer may call the report by, and the figure's value
    (every number of it in order, so dates and years compare too); None when it states none."""

    names: tuple[str, ...]
    value: tuple[Decimal, ...] | None


@dataclass
class Checked:
    """The reply with the verdicts its figures contradict removed."""

    answer: str
    citations: list[Citation]
    dropped: list[dict[str, Any]] = field(default_factory=list)


def stated_figures(rows: Sequence[Row]) -> list[Stated]:
    """The figure each row of an extractive answer states, by the names of its report."""
    stated = []
    for row in rows:
        names = [*region_forms(row.region)] if row.region else []
        if row.title and row.title != row.source:
            names.append(row.title)
        names.append(row.source)
        numbers = tuple(m.value for m in extract_numbers(row.value or ""))
        stated.append(Stated(tuple(dict.fromkeys(names)), numbers or None))
    return stated


def check_verdicts(answer: str, citations: list[Citation], stated: Sequence[Stated]) -> Checked:
    """Drop the sentences of ``answer`` whose verdict the stated figures do not support.

    Args:
        answer: the verified reply (citations ``[n]`` numbered as ``citations``).
        citations: its citations.
        stated: every report's figure (``stated_figures``).

    Returns:
        The answer without those sentences, its citations renumbered to the ones still used.
    """
    kept, dropped = [], []
    for sentence in _SENTENCE.findall(answer):
        reason = _unsupported(sentence, stated)
        if reason:
            dropped.append({"sentence": sentence.strip(), "reason": reason})
        else:
            kept.append(sentence)
    if not dropped:
        return Checked(answer, citations)
    text, used = _renumbered("".join(kept).strip(), citations)
    return Checked(text, used, dropped)


def _named(sentence: str, stated: Sequence[Stated]) -> list[tuple[int, Stated]]:
    """The reports a sentence names, in the order it names them."""
    found = []
    for report in stated:
        spots = [sentence.find(name) for name in report.names if name in sentence]
        if spots:
            found.append((min(spots), report))
    return sorted(found, key=lambda pair: pair[0])


def _unsupported(sentence: str, stated: Sequence[Stated]) -> str:
    """Why the sentence's verdict does not hold ("" when it does or it claims none)."""
    named = _named(sentence, stated)
    pair = _PAIR.search(sentence)
    if pair and len(named) >= 2:
        before = [r for at, r in named if at < pair.start()]
        after = [r for at, r in named if at > pair.start()]
        if before and after:
            return _compare(before[-1], after[0], pair.group() in _ABOVE, pair.group())
    reports = [r for _, r in named]
    if _EQUAL.search(sentence) and len(reports) >= 2:
        values = {r.value for r in reports}
        return "" if len(values) == 1 and None not in values else "figures differ"
    if _ORDER.search(sentence) and len(reports) >= 2:
        return _ordered(reports, not _LEAST.search(sentence) or bool(_DESCENDING.search(sentence)))
    for pattern, highest in ((_MOST, True), (_LEAST, False)):
        word = pattern.search(sentence)
        if word and named:
            # "叶城县最多" or "最多的是叶城县": the report named next to the superlative.
            before = [r for at, r in named if at < word.start()]
            after = [r for at, r in named if at > word.start()]
            return _extreme((before[-1:] or after[:1])[0], stated, highest)
    return ""


def _compare(a: Stated, b: Stated, above: bool, word: str) -> str:
    if a.value is None or b.value is None:
        return f"“{word}” names a report that states no figure"
    holds = a.value > b.value if above else a.value < b.value
    return "" if holds else f"the figures contradict “{word}”"


def _ordered(reports: Sequence[Stated], descending: bool) -> str:
    values = [r.value for r in reports if r.value is not None]
    if len(values) < len(reports):
        return "the order names a report that states no figure"
    pairs = pairwise(values)
    holds = all((a >= b) if descending else (a <= b) for a, b in pairs)
    return "" if holds else "the figures contradict the order"


def _extreme(report: Stated, stated: Sequence[Stated], highest: bool) -> str:
    values = [r.value for r in stated if r.value is not None]
    if report.value is None or not values:
        return "the superlative names a report that states no figure"
    best = max(values) if highest else min(values)
    return "" if report.value == best else "another report's figure is more extreme"


def _renumbered(text: str, citations: list[Citation]) -> tuple[str, list[Citation]]:
    """The text with its markers renumbered 1..k in order of use, and those citations."""
    by_n = {c.n: c for c in citations}
    mapping: dict[int, int] = {}
    for match in MARKER.finditer(text):
        for part in re.findall(r"\d+", match.group(1)):
            if int(part) in by_n:
                mapping.setdefault(int(part), len(mapping) + 1)

    def renumber(match: re.Match[str]) -> str:
        kept = [
            str(mapping[int(p)]) for p in re.findall(r"\d+", match.group(1)) if int(p) in mapping
        ]
        return f"[{','.join(kept)}]" if kept else ""

    used = [by_n[old].model_copy(update={"n": new}) for old, new in mapping.items()]
    return MARKER.sub(renumber, text), used
