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

from pydantic import ValidationError

from retrieval.errors import GovqaError, InputError
from retrieval.evaluation.support import Evidence, SentenceScore, score_sentences
from retrieval.ingest.loading import load_report
from retrieval.schema import Answer, Citation

__all__ = [
    "AnswerCheck",
    "SourceStore",
    "Totals",
    "check_answer",
    "iter_jsonl",
    "load_source_text",
    "parse_answer",
]


def load_source_text(reports_dir: Path, source: str) -> str:
    """The canonical text of one report (what citation offsets index), via the ingest loader.

    Raises:
        GovqaError: the source is not a file name under ``reports_dir`` or cannot be read.
    """
    return SourceStore(reports_dir).text(source)


class SourceStore:
    """Report texts and contexts by file name, read once each."""

    def __init__(self, reports_dir: Path) -> None:
        self.reports_dir = reports_dir
        self._cache: dict[str, tuple[str, tuple[str, ...]] | GovqaError] = {}

    def text(self, source: str) -> str:
        """The report's canonical text (raises GovqaError when unknown or unreadable)."""
        return self._load(source)[0]

    def context(self, source: str) -> tuple[str, ...]:
        """The report's title and region: what citing the report attributes to a sentence."""
        return self._load(source)[1]

    def _load(self, source: str) -> tuple[str, tuple[str, ...]]:
        if source not in self._cache:
            try:
                report = load_report(self._path(source))
                context = tuple(c for c in (report.title, report.region) if c)
                self._cache[source] = (report.text, context)
            except GovqaError as e:
                self._cache[source] = e
        cached = self._cache[source]
        if isinstance(cached, GovqaError):
            raise cached
        return cached

    def _path(self, source: str) -> Path:
        if not source or Path(source).name != source or source in {".", ".."}:
            raise GovqaError(f"unknown source {source!r}: a source is a report's file name")
        path = self.reports_dir / source
        if path.is_file():
            return path
        nested = sorted(self.reports_dir.rglob(source)) if self.reports_dir.is_dir() else []
        if nested:
            return nested[0]
        raise GovqaError(f"unknown source {source!r}: no such report in {self.reports_dir}")


@dataclass
class CitationCheck:
    """One citation: is its excerpt the exact source span?"""

    n: int
    source: str
    start: int
    end: int
    exact: bool
    problem: str | None = None


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


def parse_answer(record: dict[str, Any], line: int) -> Answer:
    """Validate one answer object against the core schema.

    Raises:
        InputError: a field is missing or has the wrong type (one line naming it).
    """
    try:
        return Answer.model_validate(record)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        what = "missing field" if first["type"] == "missing" else f"bad field ({first['msg']})"
        raise InputError(f"line {line}: {what} `{where}` in answer object") from e


def check_answer(
    answer: Answer, store: SourceStore, *, line: int = 0, id: Any = None
) -> AnswerCheck:
    """Check one answer's excerpts and citation support against the reports in ``store``."""
    check = AnswerCheck(line, id, answer.question, answer.abstained)
    evidence: dict[int, Evidence] = {}
    for citation in answer.citations:
        span = _true_span(citation, store, check)
        if span is not None and citation.n not in evidence:
            evidence[citation.n] = Evidence(span, store.context(citation.source))
        elif span is not None:
            check.problems.append(f"citation [{citation.n}] is numbered twice; the first is used")
    # Replies to greetings and noise state nothing about the reports: no claims to support.
    if not answer.abstained and answer.kind != "chitchat":
        check.sentences = score_sentences(answer.answer, evidence)
    return check


def _true_span(citation: Citation, store: SourceStore, check: AnswerCheck) -> str | None:
    record = CitationCheck(citation.n, citation.source, citation.start, citation.end, False)
    check.citations.append(record)
    try:
        text = store.text(citation.source)
    except GovqaError as e:
        record.problem = str(e)
        check.problems.append(f"citation [{citation.n}]: {e}")
        return None
    if not 0 <= citation.start < citation.end <= len(text):
        record.problem = f"span {citation.start}:{citation.end} is outside the file (0:{len(text)})"
        check.problems.append(f"citation [{citation.n}]: {record.problem}")
        return None
    span = text[citation.start : citation.end]
    record.exact = citation.excerpt == span
    if not record.exact:
        record.problem = "excerpt differs from the source text at start:end"
        check.problems.append(f"citation [{citation.n}]: {record.problem}")
    return span
