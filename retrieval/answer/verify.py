"""Citation verification of a generated answer, before anyone sees it.

The model's reply is split into sentences; each sentence's ``[n]`` markers are checked against
the passages it was given:

* a marker naming no passage is removed;
* every number of a sentence must occur in one of that sentence's cited passages (or in the
  cited report's title/year, which the citation carries); a sentence that fails is dropped;
* a sentence with no citation at all is kept but flagged (a number without a citation drops it);
* citations are narrowed to the passage sentence(s) supporting the claim and renumbered in
  order of first use, so every kept ``[n]`` names exactly one returned citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from retrieval.answer.cite import citation
from retrieval.schema import Citation
from retrieval.text.numbers import extract_numbers, unsupported_numbers
from retrieval.text.sentences import split_sentences
from retrieval.types import Passage

__all__ = ["ABSTAIN", "Packed", "Verified", "is_abstention", "verify"]

# The fixed abstention line the prompt asks for (also injected into the prompt).
ABSTAIN = "报告中未找到相关信息。"

# [1] [1,2] [1、3] [1-3] 【2】 ［2］: one or two digits, so a bracketed year ([2025]) stays text.
MARKER = re.compile(r"[\[【［]\s*(\d{1,2}(?:\s*[,，、\-–~]\s*\d{1,2})*)\s*[\]】］]")
_LEADING_MARKERS = re.compile(rf"^(?:\s*{MARKER.pattern})+")
_SPACED_MARKER = re.compile(rf"[ \t]*{MARKER.pattern}")
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)
_NOT_WORD = re.compile(r"[\W_]+")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+(?=[。，；：！？、）)])")
# Below this bigram overlap a claim is not anchored to any one sentence of the passage.
_MIN_OVERLAP = 0.2


@dataclass
class Packed:
    """A passage as given to the model: ``text == source_text[start:end]`` (maybe truncated)."""

    n: int
    origin: Passage
    text: str
    start: int
    end: int


@dataclass
class Verified:
    """What survives verification."""

    answer: str
    citations: list[Citation] = field(default_factory=list)
    verification: dict[str, Any] = field(default_factory=dict)
    abstained: bool = False
    empty: bool = False


@dataclass
class _Unit:
    text: str
    sep: str


def verify(reply: str, passages: list[Packed]) -> Verified:
    """Check a model reply against the passages it was given.

    Args:
        reply: the model's raw text.
        passages: the numbered passages of the prompt (``passages[i].n == i + 1``).

    Returns:
        The answer with only verified or flagged sentences, renumbered citations, a report of
        what was removed and why, and ``empty`` when no cited sentence survived.
    """
    text = clean_reply(reply)
    if is_abstention(text):
        return Verified(ABSTAIN, verification={"abstained": True}, abstained=True)
    report: dict[str, Any] = {
        "passages": len(passages),
        "checked_sentences": 0,
        "verified_sentences": 0,
        "removed_citations": [],
        "dropped_sentences": [],
        "uncited_sentences": [],
    }
    citations: dict[tuple[int, int, int], Citation] = {}
    kept: list[str] = []
    for unit in _units(text):
        rendered = _check_unit(unit.text, passages, citations, report)
        if rendered is not None:
            kept.append(unit.sep + rendered)
    answer = re.sub(r"\n{3,}", "\n\n", "".join(kept)).strip()
    empty = report["verified_sentences"] == 0
    return Verified(answer, list(citations.values()), report, empty=empty)


def clean_reply(reply: str) -> str:
    """The reply without reasoning blocks (``<think>…</think>``) and outer whitespace."""
    return _THINK.sub("", reply).strip()


def is_abstention(text: str) -> bool:
    """True when ``text`` is just the abstention line (markers and punctuation ignored)."""
    return _normal(text) == _normal(ABSTAIN)


def _normal(text: str) -> str:
    return _NOT_WORD.sub("", MARKER.sub("", text))


def _units(text: str) -> list[_Unit]:
    """Sentences of the reply; markers opening a sentence belong to the one before (``。[1]``)."""
    units: list[_Unit] = []
    previous_end = 0
    for start, end in split_sentences(text):
        sentence = text[start:end]
        gap = text[previous_end:start]
        previous_end = end
        lead = _LEADING_MARKERS.match(sentence)
        if lead and units:
            units[-1].text += lead.group().strip()
            sentence = sentence[lead.end() :].strip()
            if not sentence:
                continue
        sep = "\n\n" if gap.count("\n") >= 2 else "\n" if "\n" in gap else ""
        units.append(_Unit(sentence, sep))
    return units


def _marker_numbers(group: str) -> list[int]:
    numbers: list[int] = []
    for part in re.split(r"\s*[,，、]\s*", group.strip()):
        bounds = [int(x) for x in re.split(r"\s*[\-–~]\s*", part) if x]
        if len(bounds) == 2 and bounds[0] <= bounds[1] <= bounds[0] + 20:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return numbers


def _check_unit(
    sentence: str,
    passages: list[Packed],
    citations: dict[tuple[int, int, int], Citation],
    report: dict[str, Any],
) -> str | None:
    """The sentence as shown (renumbered), or None when it is dropped; updates the report."""
    claim = _SPACE_BEFORE_PUNCT.sub("", MARKER.sub("", sentence)).strip()
    if not _normal(claim):
        return None
    report["checked_sentences"] += 1
    cited: list[int] = []
    for match in MARKER.finditer(sentence):
        for n in _marker_numbers(match.group(1)):
            if 1 <= n <= len(passages):
                if n not in cited:
                    cited.append(n)
            else:
                report["removed_citations"].append(
                    {"marker": n, "sentence": claim, "reason": f"no passage [{n}]"}
                )
    if _normal(ABSTAIN) in _normal(claim):
        return claim  # "乌苏市：报告中未找到相关信息。" states an absence, not a claim
    if not cited:
        if extract_numbers(claim):
            _drop(report, claim, "numbers without a citation", extract_numbers(claim), cited)
            return None
        report["uncited_sentences"].append(claim)
        return claim
    evidence = [_evidence(passages[n - 1]) for n in cited]
    missing = unsupported_numbers(claim, evidence)
    if missing:
        _drop(report, claim, "numbers not in the cited passages", missing, cited)
        return None
    report["verified_sentences"] += 1
    mapping = {n: _cite(claim, passages[n - 1], citations) for n in cited}
    return _renumber(sentence, mapping)


def _drop(
    report: dict[str, Any], claim: str, reason: str, numbers: list[Any], cited: list[int]
) -> None:
    report["dropped_sentences"].append(
        {"sentence": claim, "reason": reason, "numbers": [m.raw for m in numbers], "cited": cited}
    )


def _evidence(passage: Packed) -> str:
    # The title and year travel with the citation, so a year stated only there is verifiable.
    year = passage.origin.year
    return "\n".join([passage.text, passage.origin.title, f"{year}年" if year else ""])


def _renumber(sentence: str, mapping: dict[int, int]) -> str:
    def replace(match: re.Match[str]) -> str:
        new: list[int] = []
        for n in _marker_numbers(match.group(1)):
            if n in mapping and mapping[n] not in new:
                new.append(mapping[n])
        return "".join(f"[{n}]" for n in new)

    return _SPACE_BEFORE_PUNCT.sub("", _SPACED_MARKER.sub(replace, sentence)).strip()


def _cite(claim: str, passage: Packed, citations: dict[tuple[int, int, int], Citation]) -> int:
    """The number of the (narrowed) citation of ``passage`` for ``claim``, adding it if new."""
    start, end = support_span(claim, passage)
    key = (passage.n, start, end)
    if key not in citations:
        citations[key] = citation(len(citations) + 1, passage.origin, start, end)
    return citations[key].n


def support_span(claim: str, passage: Packed) -> tuple[int, int]:
    """The source span of the passage sentence(s) that support ``claim``.

    Sentences are chosen greedily to cover the claim's numbers; a claim without numbers (or
    whose numbers come from another cited passage) takes the sentence sharing most character
    bigrams with it; with no clear match the whole passage is the span.
    """
    spans = split_sentences(passage.text, offset=passage.start)
    texts = [passage.text[s - passage.start : e - passage.start] for s, e in spans]
    chosen: list[int] = []
    missing = len(unsupported_numbers(claim, []))
    while missing:
        options = [i for i in range(len(texts)) if i not in chosen]
        scored = [
            (_missing(claim, texts, [*chosen, i]), -_overlap(claim, texts[i]), i) for i in options
        ]
        if not scored or min(scored)[0] >= missing:
            break
        missing, _, best = min(scored)
        chosen.append(best)
    if not chosen and texts:
        best_overlap, best = max((_overlap(claim, t), i) for i, t in enumerate(texts))
        if best_overlap >= _MIN_OVERLAP:
            chosen.append(best)
    if not chosen:
        return passage.start, passage.end
    return min(spans[i][0] for i in chosen), max(spans[i][1] for i in chosen)


def _missing(claim: str, texts: list[str], chosen: list[int]) -> int:
    return len(unsupported_numbers(claim, [texts[i] for i in chosen]))


def _bigrams(text: str) -> set[str]:
    chars = _NOT_WORD.sub("", text)
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


def _overlap(claim: str, sentence: str) -> float:
    """Share of the claim's character bigrams found in the sentence."""
    grams = _bigrams(claim)
    return len(grams & _bigrams(sentence)) / len(grams) if grams else 0.0
