"""Citations: the one place a passage span becomes a ``Citation``."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.query.weights import content_chars
from retrieval.schema import UNTITLED, Citation
from retrieval.text.sentences import split_sentences
from retrieval.tuning import MIN_RELATED_SHARE
from retrieval.types import Passage

if TYPE_CHECKING:
    from retrieval.answer.pick import Figure
    from retrieval.schema import Answer

__all__ = ["CARRIED", "citation", "own_citation", "related", "subject"]

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


def related(passages: Sequence[Passage], topic: str) -> list[Citation]:
    """The nearest passages that really are related to ``topic``, as "possibly related" entries.

    A passage is related when it (with its section heading, which says what it is about) holds
    at least ``MIN_RELATED_SHARE`` of the question's adjacent content-character pairs; it is
    cited by its sentence holding the most of them. Never more than ``RELATED``.

    Args:
        passages: the nearest passages, best first.
        topic: what the question asks, without its places and years.
    """
    pairs = _pairs(topic)
    found: list[Citation] = []
    for passage in passages:
        if len(found) == RELATED:
            break
        if not pairs or _share(pairs, f"{passage.section}\n{passage.text}") < MIN_RELATED_SHARE:
            continue
        spans = split_sentences(passage.text, passage.start) or [(passage.start, passage.end)]
        start, end = max(spans, key=lambda span: _share(pairs, passage.span(*span)))
        found.append(citation(len(found) + 1, passage, start, end))
    return found


def _pairs(text: str) -> set[str]:
    """Adjacent content-character pairs of ``text`` (and its Latin runs, lower-cased)."""
    kept = set(content_chars(text))
    pairs = {a + b for a, b in itertools.pairwise(text) if a in kept and b in kept}
    return pairs | {run.lower() for run in re.findall(r"[A-Za-z]{2,}", text)}


def _share(pairs: set[str], text: str) -> float:
    lowered = text.lower()
    return sum(pair in lowered for pair in pairs) / len(pairs) if pairs else 0.0


def subject(region: str | None, title: str, source: str, carried: bool = False) -> str:
    """How an answer names the report it quotes: its region ("额敏县", marked when carried over
    from the previous question), else its title, else its file name ("未署名报告（003_….txt）")."""
    if region:
        return region + (CARRIED if carried else "")
    return f"《{title}》" if title != source else f"{UNTITLED}（{source}）"


def own_citation(answer: Answer, figure: Figure) -> int:
    """The number of the answer's citation holding ``figure``'s sentence, a new one if none."""
    pick = figure.pick
    for c in answer.citations:
        if c.source == pick.passage.source and c.start <= pick.start and pick.end <= c.end:
            return c.n
    cited = citation(len(answer.citations) + 1, pick.passage, pick.start, pick.end)
    answer.citations.append(cited)
    return cited.n
