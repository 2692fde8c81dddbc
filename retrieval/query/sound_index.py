"""The reports' words by their sound, to find the word a typing slip was meant for."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from retrieval.text.sounds import sound

__all__ = ["SPANS", "Said", "SoundIndex", "apart"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Lengths of the words a slip is looked for in; a question's slips are few.
SPANS = (2, 3, 4)
# Whether the reports write a phrase.
Said = Callable[[str], bool]


class SoundIndex:
    """The reports' words by each of their characters left out, to find a word one character
    away.

    Args:
        words: the reports' words.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w for w in words if len(w) in SPANS and _CJK.match(w))
        self._masked: dict[str, list[str]] = {}
        self._by_sound: dict[str, frozenset[str]] | None = None
        self._words_by_sound: dict[tuple[str, ...], frozenset[str]] | None = None
        for word in self.words:
            for i in range(len(word)):
                self._masked.setdefault(_mask(word, i), []).append(word)

    def heard(self, written: str, changeable: Iterable[int] | None = None) -> str | None:
        """The one report word that ``written`` sounds like with one character changed (one
        of ``changeable``, any when None), or None (none, or more than one)."""
        found = {
            word
            for i in (range(len(written)) if changeable is None else changeable)
            for word in self._masked.get(_mask(written, i), ())
            if word != written and sound(word[i]) == sound(written[i])
        }
        if not found:
            # "行政服役": a word of the language typed for one of the reports' by its sound
            # ("服役" for 复议), every character changed one the question leaves uncovered.
            found = {
                word
                for word in self._sounded().get(_sounds(written), ())
                if word != written
                and all(i in set(changeable or range(len(written))) for i in apart(word, written))
            }
        return found.pop() if len(found) == 1 else None

    def _sounded(self) -> dict[tuple[str, ...], frozenset[str]]:
        """The reports' words by how they are read (built on the first word looked for)."""
        if self._words_by_sound is None:
            by_sound: dict[tuple[str, ...], set[str]] = {}
            for word in self.words:
                by_sound.setdefault(_sounds(word), set()).add(word)
            self._words_by_sound = {key: frozenset(words) for key, words in by_sound.items()}
        return self._words_by_sound

    def phrase(self, written: str, changeable: Iterable[int], said: Said) -> str | None:
        """The one phrase the reports write that ``written`` sounds like with one character
        changed (one of ``changeable``) to another of the reports' characters, or None."""
        found = {
            candidate
            for i in changeable
            for char in self._chars().get(sound(written[i]), ())
            if char != written[i] and said(candidate := f"{written[:i]}{char}{written[i + 1 :]}")
        }
        return found.pop() if len(found) == 1 else None

    def _chars(self) -> dict[str, frozenset[str]]:
        """The reports' characters by how each is read (built on the first phrase looked for)."""
        if self._by_sound is None:
            by_sound: dict[str, set[str]] = {}
            for char in {c for word in self.words for c in word}:
                by_sound.setdefault(sound(char), set()).add(char)
            self._by_sound = {sound: frozenset(chars) for sound, chars in by_sound.items()}
        return self._by_sound


def _mask(word: str, i: int) -> str:
    return f"{word[:i]}\0{word[i + 1 :]}"


def _sounds(word: str) -> tuple[str, ...]:
    return tuple(sound(char) for char in word)


def apart(word: str, other: str) -> list[int]:
    """Where two words of one length differ."""
    return [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
