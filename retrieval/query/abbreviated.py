"""Words asked by their abbreviation ("行复" for 行政复议, "法援" for 法律援助): Chinese shortens
a compound of two words to the first character of each. Two characters that no word of the
reports or of the language joins, each the first of one half of a four-character word of the
reports, are read as that word (the commonest, lowest idf, of several)."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.index.lexical import LexicalIndex
from retrieval.text.words import NAMES_NOTHING, full_jieba, pos_tags

__all__ = ["abbreviations_read"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_COMPOUND = re.compile(r"[\u4e00-\u9fff]{4}")


class _Compounds:
    """The reports' four-character words by the first characters of their halves."""

    def __init__(self, vocabulary: LexicalIndex) -> None:
        best: dict[str, tuple[float, str]] = {}
        for word in vocabulary.vocabulary():
            if not _COMPOUND.fullmatch(word):
                continue
            key, ranked = word[0] + word[2], (vocabulary.idf(word), word)
            if key not in best or ranked < best[key]:
                best[key] = ranked
        self.words = {key: word for key, (_, word) in best.items()}


@lru_cache(maxsize=2)
def _compounds(vocabulary: LexicalIndex) -> _Compounds:
    """One index a store generation, built on the first question that may hold an
    abbreviation."""
    return _Compounds(vocabulary)


def abbreviations_read(question: str, vocabulary: LexicalIndex) -> tuple[str, str]:
    """``question`` with each abbreviation it holds read as the reports' word, and a note
    saying how ("" when none was).

    Args:
        question: the question, normalized.
        vocabulary: the reports' words.
    """
    tokens = list(full_jieba().cut(question, HMM=False))
    read: list[tuple[str, str]] = []
    at, i = 0, 0
    while i < len(tokens) - 1:
        pair = tokens[i] + tokens[i + 1]
        word = None
        if _shortens(tokens[i]) and _shortens(tokens[i + 1]):
            word = _compounds(vocabulary).words.get(pair)
            # ("法援惠民生": a report may use the abbreviation too, less than the word.)
            if word and vocabulary.knows(pair) and vocabulary.idf(pair) <= vocabulary.idf(word):
                word = None
        start = question.find(pair, at)
        if word is None or start < 0:
            at += len(tokens[i])
            i += 1
            continue
        question = f"{question[:start]}{word}{question[start + len(pair) :]}"
        read.append((pair, word))
        at, i = start + len(word), i + 2
    if not read:
        return question, ""
    said = "、".join(f"“{pair}”" for pair, _ in read)
    meant = "、".join(f"“{word}”" for _, word in read)
    return question, f"已将{said}按{meant}理解"


def _shortens(token: str) -> bool:
    """True when ``token`` is one character that may begin half of a word."""
    if len(token) != 1 or not _CJK.match(token):
        return False
    tags = pos_tags(token)
    return not tags or tags[0][1][:1] not in NAMES_NOTHING
