"""Paraphrases common in questions about government work reports (同义词).

Officials ask in everyday words ("老百姓", "一共", "换了多少钱"); reports answer in official
ones ("群众", "累计", "兑换…元"). A question word counts as present in a sentence when one of
its synonyms is.
"""

from __future__ import annotations

from functools import lru_cache

from retrieval.lexicons import synonym_groups

__all__ = ["SYNONYM_HIT", "contains", "synonyms", "terms"]


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for words in synonym_groups():
        for word in words:
            table.setdefault(word, []).extend(w for w in words if w != word)
    return {word: tuple(dict.fromkeys(others)) for word, others in table.items()}


@lru_cache(maxsize=1)
def _longest_first() -> tuple[str, ...]:
    return tuple(sorted(_table(), key=len, reverse=True))


def terms(text: str) -> list[str]:
    """The lexicon's words in ``text``, left to right, longest match first, not overlapping.

    The query tokenizer only knows the reports' vocabulary, so it cuts everyday words the
    reports never use ("村民" → 村 民, "一共" → 一) into pieces that match nothing; these are
    the words whose synonyms the reports do use.
    """
    found: list[str] = []
    i = 0
    while i < len(text):
        word = next((w for w in _longest_first() if text.startswith(w, i)), None)
        if word:
            found.append(word)
            i += len(word)
        else:
            i += 1
    return found


def synonyms(word: str) -> tuple[str, ...]:
    """Other words for ``word`` (empty when it has none)."""
    return _table().get(word, ())


# How much a word counts when a text says it only through a synonym.
SYNONYM_HIT = 0.8


def contains(text: str, word: str) -> float:
    """1 when ``word`` is in ``text``, ``SYNONYM_HIT`` when only a synonym is, else 0."""
    if word in text:
        return 1.0
    return SYNONYM_HIT if any(other in text for other in synonyms(word)) else 0.0
