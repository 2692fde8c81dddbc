"""The shapes every front end and evaluation script shares (the answer JSON schema)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

__all__ = ["Answer", "Citation", "Conversation", "SourceInfo"]


class Citation(BaseModel):
    """One cited passage: ``excerpt`` is exactly ``text(source)[start:end]``."""

    n: int
    source: str
    title: str
    region: str | None = None
    year: int | None = None
    section: str = ""
    start: int
    end: int
    excerpt: str
    score: float = 0.0
    page: int | None = None


class Answer(BaseModel):
    """An answer in the core JSON schema (extra keys are additive, never renamed)."""

    question: str
    answer: str
    abstained: bool
    mode: Literal["extractive", "llm"] = "extractive"
    citations: list[Citation] = Field(default_factory=list)
    # Nearest passages shown as "possibly related" when abstaining: never citations.
    related: list[Citation] = Field(default_factory=list)
    # Reports (file names) the question was answered from or searched in.
    searched: list[str] = Field(default_factory=list)
    # One-line notice for the user, e.g. why the LLM path fell back to extractive.
    notice: str | None = None
    verification: dict[str, Any] | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        """The JSON object written by ``--json`` and ``govqa batch``."""
        return self.model_dump(mode="json", exclude_none=False)


class Conversation(BaseModel):
    """What a follow-up question inherits from earlier turns (serialisable for persistence)."""

    last_question: str | None = None
    regions: list[str] = Field(default_factory=list)
    year: int | None = None
    history: list[tuple[str, str]] = Field(default_factory=list)

    def remember(self, question: str, answer: str, regions: list[str], year: int | None) -> None:
        """Record a finished turn; keeps the last few turns only."""
        self.last_question = question
        if regions:
            self.regions = regions
        if year is not None:
            self.year = year
        self.history = [*self.history, (question, answer)][-4:]


class SourceInfo(BaseModel):
    """One stored report as listed by ``govqa sources`` and ``/sources``."""

    source: str
    title: str
    region: str | None = None
    year: int | None = None
    published: str | None = None
    chunks: int = 0
    # Passages addressed to a model (planted instructions) left out of answers.
    flagged: int = 0
