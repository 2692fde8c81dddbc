"""A sentence chosen to answer, with where it came from."""

from __future__ import annotations

from dataclasses import dataclass

from retrieval.types import Passage

__all__ = ["Pick"]


@dataclass(frozen=True)
class Pick:
    """A sentence chosen to answer, with where it came from."""

    passage: Passage
    start: int
    end: int
    text: str
    coverage: float
    score: float
