"""The shapes every front end and evaluation script shares (the answer JSON schema)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "NOT_FOUND",
    "UNTITLED",
    "Answer",
    "AnswerKind",
    "BatchError",
    "Citation",
    "Conversation",
    "IngestProgress",
    "Row",
    "SourceInfo",
    "answer_json_schema",
    "batch_json_schema",
]


class Citation(BaseModel):
    """One cited passage: ``excerpt`` is exactly ``text(source)[start:end]``."""

    # The JSON Schema lists every key as required: the JSON written always holds them all.
    model_config = ConfigDict(json_schema_serialization_defaults_required=True)

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


# The sentence every abstention says (answers, model replies, front ends, evaluation exports).
NOT_FOUND = "未在报告中找到该问题的答案"
# What answers, citations and front ends call a report that states neither region nor title.
UNTITLED = "未署名报告"

AnswerKind = Literal[
    "fact",
    "list",
    "comparison",
    "ranking",
    "table",
    "mentions",
    "metadata",
    "abstain",
    "chitchat",
]


class Row(BaseModel):
    """One report's line of a comparison, ranking, table or mentions answer."""

    source: str
    region: str | None = None
    title: str
    year: int | None = None
    # The figure (or phrase) as the report writes it; None when the report does not state it.
    value: str | None = None
    # The citation (``Citation.n``) that states ``value``; None when there is none.
    n: int | None = None


class Answer(BaseModel):
    """An answer in the core JSON schema (extra keys are additive, never renamed)."""

    model_config = ConfigDict(json_schema_serialization_defaults_required=True)

    question: str
    answer: str
    abstained: bool
    mode: Literal["extractive", "llm"] = "extractive"
    # The shape of the answer; ``abstain`` whenever ``abstained``.
    kind: AnswerKind = "fact"
    # comparison, ranking, table, mentions: one row per report, in the answer's order.
    rows: list[Row] | None = None
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
    # A report named by its file or by what it says ("没写县名的那份"), which has no region.
    sources: list[str] = Field(default_factory=list)
    # The places asked of before ``regions`` ("普兰…？" then "那叶城呢"): "差几件" weighs both.
    before: list[str] = Field(default_factory=list)
    # The last turn's ranking, first place first (a region, or the file of a report without
    # one): "排第二的那个" and "第一跟最后" point at its rows.
    ranked: list[str] = Field(default_factory=list)
    # Reports named by file beside ``regions`` ("额敏和003那个…谁多"): sides asked of with them.
    files_too: list[str] = Field(default_factory=list)
    # The last question set out over every report (a ranking or table), which "去掉叶城再排一遍"
    # asks again after a turn about one of its places.
    across: str | None = None
    # The places (or files) asked of turn by turn, the latest last: "三家加起来" after three
    # turns on one place each.
    asked_of: list[str] = Field(default_factory=list)
    # The places (and files) the last turn itself was asked of, none when it named none.
    last_sides: list[str] = Field(default_factory=list)
    # The part of one report the last turn listed ("四、… > （四）…"): "里面…" asks within it.
    last_section: str = ""

    def last_places(self, count: int) -> list[str]:
        """The last ``count`` places asked of turn by turn, in order; [] when fewer were."""
        return self.asked_of[-count:] if len(self.asked_of) >= count else []

    def last_across(self) -> bool:
        """True when the last turn set out every report (a ranking or a table)."""
        return self.across is not None and self.across == self.last_question

    def last_two(self) -> list[str]:
        """The places (or reports named by file) asked of in the last two turns, in order."""
        return list(dict.fromkeys([*self.before, *(self.regions or self.sources)]))

    def remember(
        self,
        question: str,
        answer: str,
        regions: list[str],
        year: int | None,
        sources: list[str] | None = None,
        ranked: list[str] | None = None,
        files_too: list[str] | None = None,
        across: bool = False,
        section: str = "",
    ) -> None:
        """Record a finished turn; keeps the last few turns only. ``sources``: the one report
        the turn named other than by region (a later region replaces it, and it the region);
        ``ranked``: the places of the turn's ranking, in order; ``files_too``: the reports
        named by file beside ``regions``; ``across``: the turn set out every report;
        ``section``: the part of one report the turn listed."""
        self.last_question = question
        self.last_section = section
        self.across = question if across else self.across
        self.ranked = ranked or []
        self.files_too = list(files_too or []) if regions else []
        if regions:
            if regions != self.regions:
                # A report named by its file is a place asked of before, as a region is.
                self.before = self.regions or self.sources
            self.regions, self.sources = regions, []
        elif sources:
            if sources != self.sources:
                self.before = self.regions or self.sources
            self.regions, self.sources = [], sources
        if year is not None:
            self.year = year
        self.history = [*self.history, (question, answer)][-4:]
        self.last_sides = [*regions, *(files_too or []), *(sources or [])]
        # (A report named by file beside the places is one asked of, as they are.)
        for place in [*regions, *(files_too or [])] or sources or []:
            self.asked_of = [*(p for p in self.asked_of if p != place), place][-5:]


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


class BatchError(BaseModel):
    """A ``govqa batch`` output line for an input line that could not be answered.

    It carries the input's ``id``, or ``line`` (1-based) when the input had no usable id.
    """

    model_config = ConfigDict(extra="forbid")

    id: str | int | None = None
    line: int | None = Field(default=None, ge=1)
    error: str


_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_IDENTITY: dict[str, Any] = {"anyOf": [{"required": ["id"]}, {"required": ["line"]}]}


def answer_json_schema() -> dict[str, Any]:
    """The JSON Schema of the answer object (``govqa ask --json``), generated from ``Answer``."""
    schema = Answer.model_json_schema(mode="serialization")
    return {"$schema": _DRAFT, **schema, "title": "govqa answer"}


def batch_json_schema() -> dict[str, Any]:
    """The JSON Schema of one ``govqa batch`` output line: an answer plus its ``id`` (or
    ``line``), or a ``BatchError``."""
    answer = Answer.model_json_schema(mode="serialization")
    error = BatchError.model_json_schema()
    defs = {**answer.pop("$defs", {}), **error.pop("$defs", {})}
    identity = {key: error["properties"][key] for key in ("id", "line")}
    answered = {"allOf": [{"$ref": "#/$defs/Answer"}], "properties": identity, **_IDENTITY}
    failed = {"allOf": [{"$ref": "#/$defs/BatchError"}], **_IDENTITY}
    return {
        "$schema": _DRAFT,
        "title": "govqa batch output line",
        "$defs": {**defs, "Answer": answer, "BatchError": error},
        "oneOf": [answered, failed],
    }


class IngestProgress(BaseModel):
    """Where an ingest stands, handed to its progress callback after each file (and at start).

    ``current`` is the file being worked on next (None once every file is done).
    """

    done: int
    total: int
    bytes_done: int
    bytes_total: int
    current: str | None = None
