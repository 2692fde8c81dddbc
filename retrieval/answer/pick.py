"""A sentence chosen to answer, with where it came from, and the figure it states."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from retrieval.types import Passage

__all__ = ["Figure", "Pick"]


@dataclass(frozen=True)
class Pick:
    """A sentence chosen to answer, with where it came from."""

    passage: Passage
    start: int
    end: int
    text: str
    coverage: float
    score: float


@dataclass(frozen=True)
class Figure:
    """A report's figure for the asked thing.

    Attributes:
        pick: the sentence that states it.
        written: the figure as written, with its measure ("38件"); "" when none is asked.
        value: its value (万/亿 applied); None when no figure is asked.
        percent: whether it is a percentage.
        period: the period its sentence names ("全年", "2023年以来"), or "".
        at: where the figure starts in the sentence.
        unit: the measure word right after it ("件", "人次"), None when there is none.
    """

    pick: Pick
    written: str = ""
    value: Decimal | None = None
    percent: bool = False
    period: str = ""
    at: int = 0
    unit: str | None = None
