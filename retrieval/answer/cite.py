"""Citations: the one place a passage span becomes a ``Citation``."""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.schema import Citation
from retrieval.types import Passage

__all__ = ["CARRIED", "citation", "related", "subject"]

# Passages shown as "possibly related" beside an abstention.
RELATED = 3
# Said after a region the question did not name but the previous question did.
CARRIED = "（按上一问）"


def citation(
    n: int, passage: Passage, start: int, end: int, score: float | None = None
) -> Citation:
    """Citation ``[n]`` of the report span ``[start, end)`` inside ``passage``.

    Args:
        n: the citation's number in the answer.
        passage: the passage the span lies in.
        start: span start (offset in the report's text).
        end: span end.
        score: the span's score (the passage's score when None).
    """
    return Citation(
        n=n,
        source=passage.source,
        title=passage.title,
        region=passage.region,
        year=passage.year,
        section=passage.section,
        start=start,
        end=end,
        excerpt=passage.span(start, end),
        score=round(passage.score if score is None else score, 4),
        page=passage.page,
    )


def related(passages: Sequence[Passage]) -> list[Citation]:
    """The nearest passages as "possibly related" entries (whole passages, numbered from 1)."""
    return [citation(i + 1, p, p.start, p.end) for i, p in enumerate(passages[:RELATED])]


def subject(region: str | None, title: str, source: str, carried: bool = False) -> str:
    """How an answer names the report it quotes: its region ("额敏县", marked when carried over
    from the previous question), else its title, else nothing (an untitled, unplaced report)."""
    if region:
        return region + (CARRIED if carried else "")
    return f"《{title}》" if title != source else ""
