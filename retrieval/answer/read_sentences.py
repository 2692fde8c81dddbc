"""A passage's sentences with their items, read once per passage.

What a sentence is, which list item (一是…) it belongs to and what the rest of that item says
do not depend on the question; a ranking or table at 10,000 reports reads some 20,000 such
sentences per question, and the next question over the same thing reads most of them again.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.answer.restrict import item_others
from retrieval.text.sentences import ITEM, split_sentences
from retrieval.tuning import READ_ONCE
from retrieval.types import Passage

__all__ = ["ITEM_TITLE", "Sentence", "sentences_of", "without_lists"]

# An item's opening sentence this short (一是健全行政复议工作体系。) is its title.
ITEM_TITLE = 40


# "加强与法治督察、行政复议、行政诉讼等工作的协作": things named as examples of a kind.
_LISTED = re.compile(r"[^、，,。；;\s等]{1,12}(?:、[^、，,。；;\s等]{1,12})+等")


@lru_cache(maxsize=READ_ONCE)
def without_lists(text: str) -> str:
    """``text`` without the things it names as examples ("A、B、C等"): a thing named among
    others of its kind is no topic of the sentence's item, and the figure after it may count
    any of them ("发挥村规民约、八个理事会和积分管理机制" names each of its own)."""
    return _LISTED.sub(" ", text)


# One sentence of a passage: its start and end offsets in the report, its text, the title of
# the item it belongs to (itself, for a title; "" outside items) and the other sentences of that
# item. A plain tuple of strings and ints, not a named one: kept by the thousand, such tuples
# are left out of the garbage collector's scans, which walked every named one again.
Sentence = tuple[int, int, str, str, str]


def sentences_of(passage: Passage) -> tuple[Sentence, ...]:
    """The sentences of ``passage`` in order, each with its item's title and other sentences."""
    return _read(passage.text, passage.start)


@lru_cache(maxsize=READ_ONCE // 4)
def _read(text: str, offset: int) -> tuple[Sentence, ...]:
    spans = split_sentences(text, offset)
    texts = [text[start - offset : end - offset] for start, end in spans]
    read: list[Sentence] = []
    item = ""
    for (start, end), said, others in zip(spans, texts, item_others(texts), strict=True):
        if ITEM.match(said) and len(said) <= ITEM_TITLE:
            item = said
        read.append((start, end, said, item, others))
    return tuple(read)
