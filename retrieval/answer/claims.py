"""Claim-level support: a figure counts only when the cited text states it for the same thing.

A value found anywhere in a cited passage is not enough: "审查21次、出具法律意见书35份" swaps the
two figures of "审查35次、出具法律意见书21份" yet holds only values the passage has. Each figure is
therefore read with the words around it (its *context*: the clause before it and the measure word
and noun right after it) and its unit, and a claim's figure is supported when

* the evidence holds the same value (``retrieval.text.numbers`` normalises every written form),
* with an agreeing unit (``件``/``起``/``宗`` and ``人``/``名``/``位`` are the same measure), and
* no other figure of the evidence fits the claim's words clearly better: when one does, the
  claim states that other figure's thing with this figure's value (a swap).

A figure with no readable value (``三五个``, ``数十件``, ``九九九亿``) is supported only by the
same words in the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.text.numbers import (
    NumberMention,
    evidence_numbers,
    extract_numbers,
    unreadable_figures,
)
from retrieval.tuning import MIN_RIVAL

__all__ = ["Figure", "Unsupported", "figures", "unsupported_figures", "words_of"]

NOT_STATED = "not in the cited passages"
SWAPPED = "stated for something else in the cited passages"
UNREADABLE = "not a readable number"

# Where the words that belong to a figure stop.
_BOUNDARY = re.compile(r"[，,；;。！？!?\n：:、]")
_CONTEXT_BEFORE = 12
_CONTEXT_AFTER = 5
_SAME_UNIT = ({"件", "起", "宗"}, {"人", "名", "位"})
_WORD_CHARS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Figure:
    """A number in a text with the words around it.

    Attributes:
        mention: the number (value, percent, unit, span).
        context: the character pairs of the words around it, in its own clause.
    """

    mention: NumberMention
    context: frozenset[str]


@dataclass(frozen=True)
class Unsupported:
    """A claim's figure that the evidence does not state for the same thing."""

    raw: str
    reason: str


def figures(text: str, *, evidence: bool = False) -> list[Figure]:
    """The figures of ``text`` with their contexts.

    Args:
        text: a claim or an evidence text.
        evidence: read leniently (``retrieval.numbers.evidence_numbers``), as evidence is.
    """
    mentions = evidence_numbers(text) if evidence else extract_numbers(text)
    spans = sorted({(m.start, m.end) for m in mentions})
    return [Figure(m, _context(text, m, spans)) for m in mentions]


def unsupported_figures(claim: str, evidence: Sequence[str]) -> list[Unsupported]:
    """The figures of ``claim`` that no evidence text states for the same thing.

    Args:
        claim: one sentence, citation markers removed.
        evidence: the texts it cites (passages, and the title/year lines that travel with them).

    Returns:
        Each unsupported figure with the reason; empty when every figure is supported.
    """
    claimed = figures(claim)
    unreadable = unreadable_figures(claim)
    if not claimed and not unreadable:
        return []
    stated = [f for text in evidence for f in figures(text, evidence=True)]
    missing = [Unsupported(f.mention.raw, r) for f in claimed if (r := _reason(f, stated))]
    literal = "\n".join(evidence)
    missing += [Unsupported(raw, UNREADABLE) for raw in unreadable if raw not in literal]
    return missing


def _reason(claimed: Figure, stated: list[Figure]) -> str | None:
    same = [f for f in stated if f.mention.key == claimed.mention.key]
    if not same:
        return NOT_STATED
    agreeing = [f for f in same if _units_agree(claimed.mention.unit, f.mention.unit)]
    if not agreeing:
        return SWAPPED
    best = max(len(claimed.context & f.context) for f in agreeing)
    rival = max(
        (len(claimed.context & f.context) for f in stated if f.mention.key != claimed.mention.key),
        default=0,
    )
    return SWAPPED if rival >= MIN_RIVAL and rival > best else None


def _units_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return any(a in group and b in group for group in _SAME_UNIT)


def _context(text: str, mention: NumberMention, spans: list[tuple[int, int]]) -> frozenset[str]:
    """Character pairs of the clause words just before ``mention`` and just after it."""
    left_limit = max([end for _, end in spans if end <= mention.start], default=0)
    right_limit = min([start for start, _ in spans if start >= mention.end], default=len(text))
    left = text[max(left_limit, mention.start - _CONTEXT_BEFORE) : mention.start]
    right = text[mention.end : min(right_limit, mention.end + _CONTEXT_AFTER)]
    left = _BOUNDARY.split(left)[-1]
    right = _BOUNDARY.split(right)[0]
    return words_of(left) | words_of(right)


def words_of(text: str) -> frozenset[str]:
    """The character pairs of the words of ``text`` (digits and punctuation left out)."""
    pairs: set[str] = set()
    for run in _WORD_CHARS.findall(text):
        pairs.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(pairs)
