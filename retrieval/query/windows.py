"""The clauses of a report's sentence that can say what each of its figures counts."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.query.expected import CLAUSE, NUMBER
from retrieval.tuning import READ_ONCE

__all__ = ["figure_clauses", "figure_windows"]


def figure_windows(text: str, unit: re.Pattern[str] | None = None) -> list[str]:
    """The stretches of ``text`` that can say what each of its figures counts.

    A figure is described by its own clause ("全县现有持证执法人员585人"), the clause before it
    ("受理法律援助案件543件，其中…"), and the sentence's opening clause, which sets the topic of
    all that follows ("扩大法律援助范围，…代写文书95件"). List items (、) stay in their clause:
    "开展送法进企业、进校园、进社区等活动120余场" is one thing counted.

    Args:
        text: one sentence.
        unit: the asked unit's figure pattern (``Expected.unit``), or None for any number.

    Returns:
        One window per clause holding such a figure, in sentence order.
    """
    return list(_windows(text, unit))


@lru_cache(maxsize=READ_ONCE)
def _windows(text: str, unit: re.Pattern[str] | None) -> tuple[str, ...]:
    clauses = [text[start:end] for start, end in _clause_spans(text)]
    figured = _figured(text, unit)
    return tuple("".join(clauses[j] for j in sorted({0, max(i - 1, 0), i})) for i in figured)


def figure_clauses(text: str, unit: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """The spans of the clauses of ``text`` that ``figure_windows`` makes windows for, in order."""
    spans = _clause_spans(text)
    return [spans[i] for i in _figured(text, unit)]


# A sentence's clauses and which of them hold a figure of a unit do not depend on the question;
# rankings and tables read the same sentences again for every one.
@lru_cache(maxsize=READ_ONCE)
def _clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    bounds = [0, *(m.end() for m in CLAUSE.finditer(text)), len(text)]
    return tuple((bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1))


@lru_cache(maxsize=READ_ONCE)
def _figured(text: str, unit: re.Pattern[str] | None) -> tuple[int, ...]:
    figure = unit or NUMBER
    return tuple(
        i for i, (start, end) in enumerate(_clause_spans(text)) if figure.search(text[start:end])
    )
