"""A sentence that lists other kinds of the thing asked ("普法经费3万元、法律顾问经费8万元" for
法律援助经费): it states none of the asked kind, however many of the question's words it says."""

from __future__ import annotations

from itertools import pairwise

from retrieval.text.lexicon import contains
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

__all__ = ["kinds_asked", "other_kinds_only"]

# A kind named by fewer characters may be the whole thing ("法治建设经费").
_KIND_CHARS = 3
# A sentence listing kinds of a thing names at least this many.
_LISTED = 2


def kinds_asked(topic: str, vocabulary: Vocabulary) -> list[tuple[str, str]]:
    """The (kind, head) pairs ``topic`` names as one compound of two report words ("法律援助",
    "经费" of 法律援助经费; "行政复议", "案件" of 行政复议案件). A kind of two characters
    ("建设" of 法治建设经费) may name the thing as a whole, of which the rest are kinds."""
    words = [word for word in vocabulary.words(topic) if len(word) > 1]
    # ("调解员开展了多少场培训": a doing after a noun makes no compound of the two.)
    nounlike = {word for word, flag in pos_tags(topic) if flag[:1] == "n" or flag == "vn"}
    return [
        (kind, head)
        for kind, head in pairwise(words)
        if kind in nounlike
        and head in nounlike
        and len(kind) >= _KIND_CHARS
        and kind + head in topic
        and vocabulary.knows(kind)
        and vocabulary.knows(head)
    ]


def other_kinds_only(kinds: list[tuple[str, str]], text: str) -> bool:
    """True when ``text`` names a head of ``kinds`` after more than one kind of it, none the
    kind asked: it lists kinds of the thing, the one asked not among them."""
    # (Its words are cut only where the head is said often enough: every sentence of the
    # passages is read here.)
    return any(
        text.count(head) >= _LISTED
        and not contains(text, kind)
        and _kinds_of(head, text) >= _LISTED
        for kind, head in kinds
    )


def _kinds_of(head: str, text: str) -> int:
    """How often ``text`` says ``head`` right after a noun naming its kind ("普法经费", "法律顾问
    经费"; not "开展培训")."""
    return sum(
        1
        for (before, flag), (word, _) in pairwise(pos_tags(text))
        if word == head and len(before) > 1 and (flag[:1] == "n" or flag == "vn")
    )
