"""`govqa check`: verify the citations of answers in the core JSON schema against the reports.

For every citation: its source exists and ``excerpt == text[start:end]`` (excerpt fidelity). For
every claim sentence of an answer (``evaluation.support.claims``): it cites something and the
TRUE source spans of its citations support it (citation recall), and each citation supports it
or is needed for it (citation precision), both as ALCE defines them with the deterministic check
of ``evaluation.support`` in place of the NLI model. Totals are micro-averages: shares of all
sentences / citations of all answers checked. An abstained answer, or a reply to a greeting
(kind ``chitchat``), has no claims; its citations (if any) are still checked for fidelity.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from retrieval.answer.support import Evidence, SentenceScore, score_sentences
from retrieval.errors import GovqaError, InputError
from retrieval.evaluation.records import AnswerRecord, CitedPassage
from retrieval.evaluation.sources import SourceStore
from retrieval.schema import Answer

__all__ = ["AnswerCheck", "Totals", "check_answer", "iter_jsonl"]


@dataclass
class CitationCheck:
    """One citation: is its excerpt the exact source span?"""

    n: int
    source: str
    start: int | None
    end: int | None
    exact: bool
    problem: str | None = None
    # The answer gave no offsets: the excerpt was looked up in the source text.
    located: bool = False


@dataclass
class AnswerCheck:
    """Everything checked about one answer."""

    line: int
    id: Any
    question: str
    abstained: bool
    sentences: list[SentenceScore] = field(default_factory=list)
    citations: list[CitationCheck] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def supported(self) -> int:
        """Number of claim sentences supported by their citations."""
        return sum(s.supported for s in self.sentences)

    @property
    def cited(self) -> int:
        """Number of (sentence, citation) pairs, ALCE's precision denominator."""
        return sum(len(s.markers) for s in self.sentences)

    @property
    def precise(self) -> int:
        """Number of (sentence, citation) pairs judged precise."""
        return sum(len(s.precise) for s in self.sentences)

    @property
    def exact(self) -> int:
        """Number of citations whose excerpt is exactly the source span."""
        return sum(c.exact for c in self.citations)

    def to_dict(self) -> dict[str, Any]:
        """The per-answer detail written under ``answers`` by ``--json``."""
        return {
            "line": self.line,
            "id": self.id,
            "question": self.question,
            "abstained": self.abstained,
            "citation_recall": _share(self.supported, len(self.sentences)),
            "citation_precision": _share(self.precise, self.cited),
            "excerpt_fidelity": _share(self.exact, len(self.citations)),
            "sentences": [_sentence_dict(s) for s in self.sentences],
            "citations": [asdict(c) for c in self.citations],
            "problems": self.problems,
        }


@dataclass
class Totals:
    """Micro-averaged totals over all answers checked."""

    answers: int = 0
    sentences: int = 0
    supported: int = 0
    cited: int = 0
    precise: int = 0
    citations: int = 0
    exact: int = 0

    def add(self, check: AnswerCheck) -> None:
        """Count one answer in."""
        self.answers += 1
        self.sentences += len(check.sentences)
        self.supported += check.supported
        self.cited += check.cited
        self.precise += check.precise
        self.citations += len(check.citations)
        self.exact += check.exact

    def metrics(self) -> dict[str, float | None]:
        """citation_recall, citation_precision, excerpt_fidelity (None when nothing to count)."""
        return {
            "citation_recall": _share(self.supported, self.sentences),
            "citation_precision": _share(self.precise, self.cited),
            "excerpt_fidelity": _share(self.exact, self.citations),
        }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _sentence_dict(score: SentenceScore) -> dict[str, Any]:
    return {
        "text": score.text,
        "markers": score.markers,
        "supported": score.supported,
        "overlap": score.support.overlap,
        "missing_numbers": score.support.missing_numbers,
        "missing_entities": score.support.missing_entities,
        "precise": score.precise,
        "irrelevant": score.irrelevant,
    }


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """Yield ``(line number, object, None)`` or ``(line number, None, error)`` per non-blank line.

    Raises:
        InputError: the file does not exist or cannot be read as UTF-8.
    """
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError as e:
        raise InputError(f"no such file: {path}") from e
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {path}: {e}; give a UTF-8 JSON Lines file") from e
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as e:
            yield number, None, f"line {number}: malformed JSON ({e.msg} at column {e.colno})"
            continue
        if not isinstance(value, dict):
            yield number, None, f"line {number}: expected a JSON object, got {type(value).__name__}"
        else:
            yield number, value, None


def check_answer(
    answer: Answer | AnswerRecord, store: SourceStore, *, line: int = 0, id: Any = None
) -> AnswerCheck:
    """Check one answer's excerpts and citation support against the reports in ``store``."""
    record = AnswerRecord.of(answer)
    check = AnswerCheck(line, id, record.question, record.abstained)
    evidence: dict[int, Evidence] = {}
    for citation in record.citations:
        n = citation.n or 0
        span = _true_span(citation, store, check)
        if span is not None and n not in evidence:
            evidence[n] = Evidence(span, store.context(citation.source))
        elif span is not None:
            check.problems.append(f"citation [{n}] is numbered twice; the first is used")
    # Replies to greetings and noise state nothing about the reports: no claims to support.
    if not record.abstained and record.kind != "chitchat":
        check.sentences = score_sentences(record.answer, evidence)
    return check


def _true_span(citation: CitedPassage, store: SourceStore, check: AnswerCheck) -> str | None:
    """The source text the citation points at (None when it points at nothing)."""
    result = CitationCheck(citation.n or 0, citation.source, citation.start, citation.end, False)
    check.citations.append(result)
    try:
        text = store.text(citation.source)
    except GovqaError as e:
        _problem(check, result, str(e))
        return None
    offsets = _offsets(citation, text)
    if isinstance(offsets, str):
        _problem(check, result, offsets)
        return None
    start, end = offsets
    result.start, result.end = start, end
    result.located = citation.start is None and citation.end is None
    span = text[start:end]
    result.exact = citation.excerpt == span
    if not result.exact:
        _problem(check, result, "excerpt differs from the source text at start:end")
    return span


def _offsets(citation: CitedPassage, text: str) -> tuple[int, int] | str:
    """The cited span: the given offsets (one offset and the excerpt's length give the other),
    else where the excerpt occurs; a problem when there is no such span."""
    length = len(citation.excerpt)
    if citation.start is not None:
        start = citation.start
        end = citation.end if citation.end is not None else start + length
    elif citation.end is not None:
        start, end = citation.end - length, citation.end
    else:
        start = text.find(citation.excerpt) if citation.excerpt else -1
        if start < 0:
            return "the excerpt does not occur in the source text"
        end = start + length
    if not 0 <= start < end <= len(text):
        return f"span {start}:{end} is outside the file (0:{len(text)})"
    return start, end


def _problem(check: AnswerCheck, result: CitationCheck, problem: str) -> None:
    result.problem = problem
    check.problems.append(f"citation [{result.n}]: {problem}")
