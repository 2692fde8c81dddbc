"""The item of a report's plans that answers an item told before ("针对这个问题，下一步怎么
办"): the one whose text shares most of that item's words, weighted by how rare each is and
set against the item's length (a long item shares many words by chance)."""

from __future__ import annotations

import math
from dataclasses import replace

from retrieval.answer.list_lines import Choice
from retrieval.ingest.outline import Outline
from retrieval.query.aspects import asked_aspects
from retrieval.text.sentences import ITEM, without_marker
from retrieval.types import Vocabulary

__all__ = ["answering_item"]


def answering_item(choice: Choice, about: str, vocabulary: Vocabulary) -> Choice | None:
    """Of the items of ``choice``'s section, the one that shares most of ``about``'s words,
    as a choice of its own; None when the section has no items or none shares a word.

    Args:
        choice: the section chosen (the report's plans).
        about: the item pointed at, as the last answer told it (its heading first); the
            report's own text of it is read where the report holds it.
        vocabulary: the reports' word weights.
    """
    node = choice.node
    if node is None or not node.children:
        return None
    outline = choice.structure.outline
    told = _told(outline, about)
    weights = {
        word: weight
        for word, weight in asked_aspects(told, vocabulary).weights.items()
        if len(word) > 1 and not ITEM.fullmatch(word)
    }

    def shared(start: int, end: int) -> float:
        said = sum(w for word, w in weights.items() if word in outline.text[start:end])
        return said / math.sqrt(max(end - start, 1))

    best = max(node.children, key=lambda child: shared(child.start, child.end))
    if not shared(best.start, best.end):
        return None
    return replace(choice, node=best, ancestors=(*choice.ancestors, node), items=None)


def _told(outline: Outline, about: str) -> str:
    """The report's whole text of the item ``about`` heads, or ``about`` itself."""
    first = without_marker(about.splitlines()[0]).rstrip("…。；;，, ")
    if len(first) < 4:
        return about
    found = [
        node
        for node, _ in outline.walk()
        if first in outline.heading(node) or outline.heading(node).endswith(first)
    ]
    return outline.text[found[-1].start : found[-1].end] if found else about
