"""A passage's sentences with their items, read once per passage.

What a sentence is, which list item (一是…) it belongs to and what the rest of that item says
do not depend on the question; a ranking or table at 10,000 reports reads some 20,000 such
sentences per question, and the next question over the same thing reads most of them again.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from retrieval.answer.restrict import item_context
from retrieval.text.sentences import ITEM, split_sentences
from retrieval.tuning import READ_ONCE
from retrieval.types import Passage

__all__ = ["ITEM_TITLE", "Sentence", "sentences_of"]

# An item's opening sentence this short (一是健全行政复议工作体系。) is its title.
ITEM_TITLE = 40


class Sentence(NamedTuple):
    """One sentence of a passage.

    Attributes:
        start: its offset in the report.
        end: the offset just past it.
        text: the sentence.
        item: the title of the item it belongs to (itself, for a title), "" outside items.
        others: the other sentences of its item, "" outside items.
    """

    start: int
    end: int
    text: str
    item: str
    others: str


@lru_cache(maxsize=READ_ONCE // 4)
def sentences_of(passage: Passage) -> tuple[Sentence, ...]:
    """The sentences of ``passage`` in order, each with its item's title and other sentences."""
    spans = split_sentences(passage.text, passage.start)
    read: list[Sentence] = []
    item = ""
    for (start, end), others in zip(spans, item_context(passage, spans), strict=True):
        text = passage.span(start, end)
        if ITEM.match(text) and len(text) <= ITEM_TITLE:
            item = text
        read.append(Sentence(start, end, text, item, others))
    return tuple(read)
