"""Words typed in pinyin inside a Chinese question ("额敏xingzheng复议", "叶城tiaojie员多少人"):
a run of lower-case letters that spells, tones aside, words the reports write is read as
those words (the commonest of words spelt alike: 述法 before 书法 for "shufa")."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.index.lexical import LexicalIndex
from retrieval.text.sounds import sound, spelled_in_pinyin, spelling

__all__ = ["typed_in_pinyin"]

# A run of at least two syllables' letters, between Chinese characters or digits: English
# words said alone stay as they are (``normalize`` reads or drops them); those beside Chinese
# that no pinyin spells are dropped here.
_RUN = re.compile(r"(?<![A-Za-z])[a-z]{4,}(?![A-Za-z])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
# Pieces a run may be read as at most ("xingzhengfuyi": 行政, 复议).
_PIECES = 3


class _Spellings:
    """The reports' words of two to four characters by their spelling, tones aside: the one
    read for each spelling is the commonest (lowest idf)."""

    def __init__(self, vocabulary: LexicalIndex) -> None:
        best: dict[str, tuple[float, str]] = {}
        for word in vocabulary.vocabulary():
            if not _WORD.fullmatch(word):
                continue
            ranked = (vocabulary.idf(word), word)
            # A word's reading in context ("调解": tiao), and its characters' own ("diao").
            for spelt in {spelling(word), "".join(sound(char) for char in word)}:
                if spelt not in best or ranked < best[spelt]:
                    best[spelt] = ranked
        self.words = {spelt: word for spelt, (_, word) in best.items()}

    def read(self, run: str) -> str | None:
        """``run`` as the fewest report words spelt so, or None when no such reading."""
        # Readings of each prefix of the run, fewest pieces first.
        readings: list[list[str] | None] = [[]] + [None] * len(run)
        for end in range(1, len(run) + 1):
            for start in range(end):
                before, word = readings[start], self.words.get(run[start:end])
                if before is None or word is None:
                    continue
                if readings[end] is None or len(before) + 1 < len(readings[end] or ()):
                    readings[end] = [*before, word]
        whole = readings[-1]
        return "".join(whole) if whole and len(whole) <= _PIECES else None


@lru_cache(maxsize=2)
def _spellings(vocabulary: LexicalIndex) -> _Spellings:
    """One spelling index a store generation, built on the first question typed in pinyin."""
    return _Spellings(vocabulary)


def typed_in_pinyin(question: str, vocabulary: LexicalIndex) -> tuple[str, str]:
    """``question`` with each pinyin run it holds beside Chinese read as the reports' words,
    and a note saying how ("" when none was).

    Args:
        question: the question, normalized.
        vocabulary: the reports' words, their spellings read from it.
    """
    runs = list(_RUN.finditer(question)) if _CJK.search(question) else []
    if not runs:
        return question, ""
    spellings = _spellings(vocabulary)
    read: list[tuple[str, str]] = []
    for run in reversed(runs):
        word = spellings.read(run.group())
        if word is None and not spelled_in_pinyin(run.group()):
            # "评查案卷inspection": an English word beside Chinese, content no report writes.
            question = f"{question[: run.start()]}{question[run.end() :]}"
        elif word is not None:
            question = f"{question[: run.start()]}{word}{question[run.end() :]}"
            read.insert(0, (run.group(), word))
    if not read:
        return question, ""
    said = "、".join(f"“{run}”" for run, _ in read)
    meant = "、".join(f"“{word}”" for _, word in read)
    return question, f"已将{said}按{meant}理解"
