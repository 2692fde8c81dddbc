"""A sentence chosen to answer, with where it came from, and the figure it states."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from retrieval.text.sentences import ITEM, split_sentences
from retrieval.types import Passage

__all__ = [
    "NUMBER_NAME",
    "WHOLE_SAID_SO",
    "Candidate",
    "Figure",
    "Pick",
    "is_heading",
    "through_run",
]


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


def through_run(pick: Pick) -> Pick:
    """``pick`` with the sentences after it up to the "。" its "；" does not end: a report
    runs the doings of one measure on past a semicolon ("…发布整治公告；设立7个…联系点，
    …移送问题线索3条。"), unless the next opens an item of its own ("二是…")."""
    end = pick.end
    for start, stop in split_sentences(pick.passage.text, pick.passage.start):
        if start < end:
            continue
        closing = pick.passage.span(end - 1, end)
        if closing not in ("；", ";") or ITEM.match(pick.passage.span(start, stop)):
            break
        end = stop
    if end == pick.end:
        return pick
    return replace(pick, end=end, text=pick.passage.span(pick.start, end))


@dataclass(frozen=True)
class Candidate:
    """A sentence that may state a figure: its pick (scored without the figure), the asked
    words it says, and the most it can score once a figure is bound."""

    pick: Pick
    hits: dict[str, float]
    upper: float


# "12345": a name written as a number (a hotline), no count or year.
NUMBER_NAME = re.compile(r"(?<![\d.])\d{4,}(?![\d.%年月日万亿])")
# "全县…", "累计…": a figure said to be the whole of what it counts.
WHOLE_SAID_SO = re.compile(r"全(?:县|镇|乡|区|市|州)|[共总累合]计|一共|总共")


def is_heading(passage: Passage, text: str) -> bool:
    """True when ``text`` is the heading of the section ``passage`` is in."""
    return passage.section.rsplit(" > ", 1)[-1] == text.rstrip("。.；;，,：: ")
