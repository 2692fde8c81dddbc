"""Answers as evaluation reads them: govqa's answer objects, or any other system's.

Only what checking needs is required: the answer text and, per citation, ``source`` and
``excerpt``. ``start``/``end`` are checked when given; other fields are optional and unknown
ones ignored, so hand-written files and other systems' answers can be checked too.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from retrieval.errors import InputError
from retrieval.schema import Answer, Row

__all__ = ["AnswerRecord", "CitedPassage", "parse_answer"]


class CitedPassage(BaseModel):
    """One citation: the report (its file name) and the quoted excerpt; offsets if known."""

    model_config = ConfigDict(extra="ignore")

    source: str
    excerpt: str
    n: int | None = None
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    title: str = ""
    section: str = ""


class AnswerRecord(BaseModel):
    """One answer to check or score. Citations without ``n`` are numbered 1, 2, … in order."""

    model_config = ConfigDict(extra="ignore")

    answer: str
    question: str = ""
    abstained: bool = False
    mode: str | None = None
    kind: str | None = None
    citations: list[CitedPassage] = Field(default_factory=list)
    # Comparison, ranking, table and mentions answers: one row per report, as answered.
    rows: list[Row] | None = None
    related: list[CitedPassage] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _number(self) -> AnswerRecord:
        for position, citation in enumerate(self.citations, 1):
            if citation.n is None:
                citation.n = position
        return self

    @classmethod
    def of(cls, answer: Answer | AnswerRecord) -> AnswerRecord:
        """The record of one of govqa's own answers (a record is returned as it is)."""
        if isinstance(answer, AnswerRecord):
            return answer
        return cls.model_validate(answer.to_json_dict())


def parse_answer(record: dict[str, Any], line: int) -> AnswerRecord:
    """Validate one answer object.

    Raises:
        InputError: a needed field is missing or has the wrong type (one line naming it).
    """
    try:
        return AnswerRecord.model_validate(record)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        what = "missing field" if first["type"] == "missing" else f"bad field ({first['msg']})"
        raise InputError(f"line {line}: {what} `{where}` in answer object") from e
