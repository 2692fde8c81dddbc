"""The typed hand-offs between stages that more than one stage reads.

A ``Passage`` is what search hands to answering (and what citations are cut from); a
``Vocabulary`` is what the answer and query stages need of the lexical index (how a question
is cut into words and how much each word narrows the reports), without importing it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

from retrieval.schema import UNTITLED

__all__ = ["Embedder", "Passage", "ReportInfo", "Vocabulary", "report_name"]

Embedder = Callable[[list[str]], np.ndarray]
"""Passage texts → their dense vectors, one row each."""


@dataclass(frozen=True, slots=True)
class Passage:
    """A stretch of one report: ``text == source_text[start:end]``.

    Attributes:
        id: the chunk id (or a derived id for a narrower span).
        source: the report's file name (its identity).
        title: the report's title (its file name when it has none).
        text: the passage text, exactly the source text at ``[start, end)``.
        start: offset of the passage in the report's canonical text.
        end: offset just past the passage.
        section: the heading path ("二、… > （三）…"), empty before the first heading.
        region: the report's region, when known.
        year: the year the report covers, when known.
        page: PDF page of ``start``, for PDF reports.
        score: retrieval score (fused rank score), higher is better.
    """

    id: str
    source: str
    title: str
    text: str
    start: int
    end: int
    section: str = ""
    region: str | None = None
    year: int | None = None
    page: int | None = None
    score: float = 0.0

    def span(self, start: int, end: int) -> str:
        """The text at report offsets ``[start, end)`` (which must lie inside the passage)."""
        return self.text[start - self.start : end - self.start]

    def scored(self, score: float) -> Passage:
        """This passage with another score."""
        return replace(self, score=score)


@dataclass(frozen=True, slots=True)
class ReportInfo:
    """What routing and answers need to know of one stored report."""

    source: str
    title: str
    region: str | None = None
    year: int | None = None
    published: str | None = None

    @property
    def label(self) -> str:
        """How an answer names the report: its title, or its file name when untitled."""
        return f"《{self.title}》" if self.title != self.source else self.source


def report_name(report: ReportInfo | Passage) -> str:
    """How an answer about several reports names one: its region, else its title, else
    "未署名报告（file name）" (a report that names neither is named as the bot names it)."""
    if report.region:
        return report.region
    if report.title and report.title != report.source:
        return report.title
    return f"{UNTITLED}（{report.source}）"


class Vocabulary(Protocol):
    """The reports' vocabulary: how text is cut into search words and what each word weighs."""

    @property
    def size(self) -> int:
        """Number of indexed passages (an unseen word weighs as if it occurred in none)."""
        ...

    def words(self, text: str) -> list[str]:
        """The search words of ``text``, known to the reports or not, each once."""
        ...

    def idf(self, word: str) -> float:
        """How much ``word`` narrows the passages (0 for a word the reports never use)."""
        ...

    def knows(self, word: str) -> bool:
        """True when ``word`` occurs as a word in the reports."""
        ...
