"""Citation verification of a generated answer, before anyone sees it.

The model's reply is split into sentences; each sentence's ``[n]`` markers are checked against
the passages it was given:

* the reply is cut to ``max_chars`` at a sentence end (a cut sentence could misquote a figure);
* a marker naming no passage is removed; a sentence with no citation is not shown;
* every figure of a sentence must be stated for the same thing in one of its cited passages (or
  in the cited report's title/year, which the citation carries): ``retrieval.answer.claims``;
* its words must mostly be the cited passages' words, its place names, titles and quoted terms
  theirs (``retrieval.support.judge``, the check ``govqa check`` makes);
* a verdict or ranking between regions ("叶城县多于额敏县") must hold for the figures the reply
  verified for those regions (``retrieval.answer.verdict_grammar``);
* a sentence that fails is dropped; citations are narrowed to the passage sentence(s)
  supporting the claim and renumbered in order of first use, so every kept ``[n]`` names
  exactly one returned citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from retrieval.answer.abstain import ABSTAIN as NOT_FOUND
from retrieval.answer.citing import Packed, cite
from retrieval.answer.claims import NOT_STATED, Figure, figures, unsupported_figures
from retrieval.answer.support import Evidence, judge
from retrieval.answer.verdict_figures import figures_for_verdict
from retrieval.answer.verdict_grammar import (
    check_verdict,
    labelled_figures,
    read_verdicts,
)
from retrieval.schema import Citation
from retrieval.text.markers import LEADING_MARKERS, MARKER, SPACED_MARKER, marker_numbers
from retrieval.text.sentences import split_sentences

__all__ = ["ABSTAIN", "Packed", "Verified", "cap_reply", "is_abstention", "verify"]

# The fixed abstention line the prompt asks for (also injected into the prompt).
ABSTAIN = f"{NOT_FOUND}。"

# [1] [1,2] [1、3] [1-3] 【2】 ［2］: one or two digits, so a bracketed year ([2025]) stays text.
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)
_NOT_WORD = re.compile(r"[\W_]+")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+(?=[。，；：！？、）)])")
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")


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


@dataclass
class _State:
    """What verification keeps across a reply's sentences."""

    passages: list[Packed]
    report: dict[str, Any]
    citations: dict[tuple[int, int, int], Citation] = field(default_factory=dict)
    # Figures of verified sentences by region, for checking the verdicts that follow, and the
    # citations (as renumbered) that state them.
    known: dict[str, list[Figure]] = field(default_factory=dict)
    cited_for: dict[str, list[int]] = field(default_factory=dict)

    @property
    def labels(self) -> list[str]:
        return sorted({region for p in self.passages if (region := _region(p))})


def verify(reply: str, passages: list[Packed], max_chars: int | None = None) -> Verified:
    """Check a model reply against the passages it was given.

    Args:
        reply: the model's raw text.
        passages: the numbered passages of the prompt (``passages[i].n == i + 1``).
        max_chars: replies longer than this are cut at the last sentence end before it.

    Returns:
        The answer with only verified sentences, renumbered citations, a report of what was
        removed and why, and ``empty`` when no cited sentence survived.
    """
    text, truncated = cap_reply(clean_reply(reply), max_chars)
    if is_abstention(text):
        return Verified(ABSTAIN, verification={"abstained": True}, abstained=True)
    report: dict[str, Any] = {
        "passages": len(passages),
        "checked_sentences": 0,
        "verified_sentences": 0,
        "removed_citations": [],
        "dropped_sentences": [],
        "uncited_sentences": [],
        "truncated": truncated,
    }
    state = _State(passages, report)
    kept: list[str] = []
    for unit in _units(text):
        rendered = _check_unit(unit.text, state)
        if rendered is not None:
            kept.append(unit.sep + rendered)
    answer = re.sub(r"\n{3,}", "\n\n", "".join(kept)).strip()
    empty = report["verified_sentences"] == 0
    return Verified(answer, list(state.citations.values()), report, empty=empty)


def cap_reply(text: str, max_chars: int | None) -> tuple[str, bool]:
    """``text`` cut to at most ``max_chars`` at a sentence end, and whether it was cut."""
    if max_chars is None or len(text) <= max_chars:
        return text, False
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, max_chars)]
    return text[: ends[-1] if ends else 0].rstrip(), True


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
        lead = LEADING_MARKERS.match(sentence)
        if lead and units:
            units[-1].text += lead.group().strip()
            sentence = sentence[lead.end() :].strip()
            if not sentence:
                continue
        sep = "\n\n" if gap.count("\n") >= 2 else "\n" if "\n" in gap else ""
        units.append(_Unit(sentence, sep))
    return units


def _check_unit(sentence: str, state: _State) -> str | None:
    """The sentence as shown (renumbered), or None when it is dropped; updates the report."""
    report, passages = state.report, state.passages
    claim = _SPACE_BEFORE_PUNCT.sub("", MARKER.sub("", sentence)).strip()
    if not _normal(claim):
        return None
    report["checked_sentences"] += 1
    cited: list[int] = []
    for match in MARKER.finditer(sentence):
        for n in marker_numbers(match.group(1)):
            if 1 <= n <= len(passages):
                if n not in cited:
                    cited.append(n)
            else:
                report["removed_citations"].append(
                    {"marker": n, "sentence": claim, "reason": f"no passage [{n}]"}
                )
    if _normal(ABSTAIN) in _normal(claim):
        return claim  # "乌苏市：未在报告中找到该问题的答案。" states an absence, not a claim
    concluded = _conclusion(claim, state)
    if concluded is not None:
        return concluded
    reason = _unsupported(claim, cited, state)
    if reason:
        return None
    report["verified_sentences"] += 1
    regions = {_region(passages[n - 1]) for n in cited}
    default = regions.pop() if len(regions) == 1 else None
    for label, found in labelled_figures(claim, state.labels, default).items():
        state.known.setdefault(label, []).extend(found)
    mapping = {n: cite(claim, passages[n - 1], state.citations) for n in cited}
    for label in labelled_figures(claim, state.labels, default):
        state.cited_for.setdefault(label, []).extend(mapping.values())
    return _renumber(sentence, mapping)


def _conclusion(claim: str, state: _State) -> str | None:
    """A verdict drawn from the figures already verified ("普兰县多于叶城县。"), cited or not: shown
    with the citations of those figures when it holds. None when ``claim`` states no verdict
    (or figures of its own, which are checked as any claim's)."""
    if figures(claim) or not read_verdicts(claim, state.labels):
        return None
    named = sorted(
        (label for label in state.labels if label in claim and label in state.cited_for),
        key=claim.find,
    )
    markers = dict.fromkeys(n for label in named for n in state.cited_for[label])
    if not markers or _verdict(claim, state):
        return None  # checked again, and recorded, as any claim is
    state.report["verified_sentences"] += 1
    body = claim.rstrip("。；;.")
    return body + "".join(f"[{n}]" for n in markers) + claim[len(body) :]


def _unsupported(claim: str, cited: list[int], state: _State) -> str:
    """Why ``claim`` is not shown ("" when it is verified); drops are recorded in the report."""
    report = state.report
    if not cited:
        report["uncited_sentences"].append(claim)
        numbers = [f.mention.raw for f in figures(claim)]
        reason = "numbers without a citation" if numbers else "no citation"
        if not numbers and read_verdicts(claim, state.labels):
            reason = _verdict(claim, state) or reason
        _drop(report, claim, reason, numbers, cited)
        return reason
    evidence = [_evidence(state.passages[n - 1]) for n in cited]
    missing = unsupported_figures(claim, evidence)
    if missing:
        reasons = {m.reason for m in missing}
        reason = NOT_STATED if NOT_STATED in reasons else sorted(reasons)[0]
        _drop(report, claim, f"numbers {reason}", [m.raw for m in missing], cited)
        return reason
    support = judge(claim, [_context(state.passages[n - 1]) for n in cited])
    if not support.supported:
        # Names and wording: a sentence must mostly reuse its passages' words (as `govqa check`
        # requires), so "额敏县县长为张三[1]" citing a passage that names no one is not shown.
        _drop(report, claim, "words not in the cited passages", support.missing_entities, cited)
        return "words not in the cited passages"
    verdict = _verdict(claim, state)
    if verdict:
        _drop(report, claim, verdict, [], cited)
    return verdict


def _verdict(claim: str, state: _State) -> str:
    """Why a verdict or ranking of ``claim`` does not hold ("" when it does or there is none)."""
    verdicts = read_verdicts(claim, state.labels)
    if verdicts is None:
        return "a comparison that cannot be checked"
    if not verdicts:
        return ""
    candidates = {label: list(found) for label, found in state.known.items()}
    for label, found in labelled_figures(claim, state.labels).items():
        candidates.setdefault(label, []).extend(found)
    named = {label for v in verdicts for label in (v.subject, v.other) if label}
    if not all(v.other for v in verdicts) and set(state.labels) - set(candidates):
        # "额敏县最多" compares with every report shown, not only those the answer mentions.
        return "a superlative over reports whose figures the answer does not state"
    if all(v.other for v in verdicts):
        candidates = {label: found for label, found in candidates.items() if label in named}
    figures = figures_for_verdict(claim, candidates) if named <= set(candidates) else None
    if figures is None:
        return "a comparison of figures the answer does not state for each region"
    check = check_verdict(claim, figures)
    return "" if check.supported else f"a comparison the figures contradict ({check.reason})"


def _context(passage: Packed) -> Evidence:
    origin = passage.origin
    return Evidence(passage.text, (origin.title, origin.region or ""))


def _region(passage: Packed) -> str | None:
    return passage.origin.region


def _drop(
    report: dict[str, Any], claim: str, reason: str, numbers: list[str], cited: list[int]
) -> None:
    report["dropped_sentences"].append(
        {"sentence": claim, "reason": reason, "numbers": numbers, "cited": cited}
    )


def _evidence(passage: Packed) -> str:
    # The title and year travel with the citation, so a year stated only there is verifiable.
    year = passage.origin.year
    return "\n".join([passage.text, passage.origin.title, f"{year}年" if year else ""])


def _renumber(sentence: str, mapping: dict[int, int]) -> str:
    def replace(match: re.Match[str]) -> str:
        new: list[int] = []
        for n in marker_numbers(match.group(1)):
            if n in mapping and mapping[n] not in new:
                new.append(mapping[n])
        return "".join(f"[{n}]" for n in new)

    return _SPACE_BEFORE_PUNCT.sub("", SPACED_MARKER.sub(replace, sentence)).strip()
