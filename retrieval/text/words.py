"""Search words: jieba cuts Chinese text into the words both indexes and answers weigh.

Loading jieba's full dictionary costs a fifth of a second even from its cache, which a
one-shot `govqa ask` need not pay for every question: queries are cut with a small dictionary
made of an index's own vocabulary (``query_jieba``), passages at ingest with the full one.
"""

from __future__ import annotations

import gc
import logging
import marshal
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from retrieval.lexicons import stopwords

__all__ = [
    "NAMES_NOTHING",
    "full_jieba",
    "in_dictionary",
    "names_noun",
    "pos_tags",
    "query_jieba",
    "shared_end",
    "tokenize",
    "up_to_last_noun",
    "warm_up",
    "word_count",
]

_WORD = re.compile(r"[\w\u4e00-\u9fff]")
# jieba's tags of words that name nothing: adverbs, prepositions, conjunctions, particles,
# pronouns, modal particles, numerals, measure words, punctuation, localisers and times
# (之前, 里, 时).
NAMES_NOTHING = frozenset("dpcuyrmqxwft")


@lru_cache(maxsize=1)
def _jieba() -> Any:
    """The jieba module, imported without ``pkg_resources``.

    jieba opens its bundled files through ``pkg_resources`` when that imports, else from its
    own folder; importing it (deprecated, and unused otherwise) cost a one-shot `govqa ask`
    a tenth of a second.
    """
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if hidden:
            del sys.modules["pkg_resources"]
    return jieba


@lru_cache(maxsize=1)
def full_jieba() -> Any:
    """jieba with its full default dictionary (loaded once per process)."""
    jieba = _jieba()
    jieba.setLogLevel(logging.WARNING)
    # jieba's own default: the prefix dictionary of its bundled words, cached in the temp folder.
    jieba.dt.cache_file = str(Path(jieba.dt.tmp_dir or tempfile.gettempdir()) / "jieba.cache")
    _initialize(jieba.dt, fresh=True)
    _settle()
    return jieba.dt


@lru_cache(maxsize=1)
def _posseg() -> Any:
    full_jieba()
    import jieba.posseg as posseg

    _settle()
    return posseg


@lru_cache(maxsize=4096)
def pos_tags(text: str, guess: bool = True) -> tuple[tuple[str, str], ...]:
    """``text`` cut into words with jieba's part-of-speech tags (v verb, n noun …).

    Args:
        text: the text.
        guess: let jieba guess words its dictionary lacks (its HMM); without, such a stretch
            is cut into the dictionary's words and single characters ("执法证发了" → 执法|证|
            发|了, not 执法|证发|了), which ``compounded`` joins into the nouns they end.
    """
    return tuple((pair.word, pair.flag) for pair in _posseg().cut(text, HMM=guess))


def names_noun(text: str) -> bool:
    """True when ``text`` names a thing: a noun of two characters or more."""
    return any(flag.startswith("n") and len(word) > 1 for word, flag in pos_tags(text))


def up_to_last_noun(text: str) -> str:
    """``text``'s words up to its last noun of two characters or more, particles before them
    left out: what a clause names, without what it says of it ("法治建设经费" of "的法治建设经费
    拨了没有"; "村里的法律顾问" of "村里的法律顾问作用不够明显"); "" when it names no noun."""
    tags = pos_tags(text)
    nouns = [at for at, (word, flag) in enumerate(tags) if flag[:1] == "n" and len(word) > 1]
    nouns += [at for at, (word, flag) in enumerate(tags) if flag == "vn" and len(word) > 1]
    if not nouns:
        return ""
    return "".join(word for word, _ in tags[: max(nouns) + 1]).lstrip("的了和与及")


def in_dictionary(word: str) -> bool:
    """True when jieba's default dictionary holds ``word`` (a word it need not guess)."""
    return bool(word_count(word))


def _settle() -> None:
    """Leave what is loaded so far out of the cyclic garbage collector's scans.

    jieba's default dictionaries (about 850,000 entries, loaded once per process) live as long
    as the process; a full collection walked them all again, a quarter of a second each time,
    and an answer about every report at 10,000 reports triggered one or two.
    """
    gc.freeze()


@lru_cache(maxsize=8)
def query_jieba(dict_path: str, version: int = 0) -> Any:
    """jieba with the dictionary at ``dict_path`` (an index's vocabulary), cached beside it.

    Args:
        dict_path: the dictionary file.
        version: its modification time: a rewritten dictionary is loaded again, not the
            cached tokenizer of its old words.
    """
    jieba = _jieba()
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer(dictionary=dict_path)
    # jieba caches its prefix dictionary beside the index (a per-index cache keeps indexes from
    # sharing a stale one). The path must be absolute: jieba puts a relative one under /tmp.
    tokenizer.cache_file = str(Path(dict_path).resolve().with_suffix(".cache"))
    cache = Path(tokenizer.cache_file)
    fresh = cache.is_file() and cache.stat().st_mtime_ns > Path(dict_path).stat().st_mtime_ns
    _initialize(tokenizer, fresh=fresh)
    return tokenizer


def _initialize(tokenizer: Any, *, fresh: bool) -> None:
    """Load ``tokenizer``'s prefix dictionary from its cache file, read in one piece.

    jieba reads the cache with ``marshal.load`` on the open file, which asks the file for each
    object in turn: 0.5 s for the default dictionary, against 0.2 s from the file's bytes, and
    a one-shot `govqa ask` loads it. jieba's own ``initialize`` still builds a missing, stale
    or unreadable cache (and writes it for the next process).

    Args:
        tokenizer: a jieba ``Tokenizer`` whose ``cache_file`` is an absolute path.
        fresh: whether that cache is newer than the dictionary it was built from.
    """
    if fresh:
        try:
            freq, total = marshal.loads(Path(tokenizer.cache_file).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            pass
        else:
            if isinstance(freq, dict) and isinstance(total, int):
                tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
                return
    tokenizer.initialize()


def warm_up() -> None:
    """Load jieba's dictionary now (e.g. in a worker process, before its first report)."""
    full_jieba()


def tokenize(text: str, tokenizer: Any = None) -> list[str]:
    """Cut ``text`` into lower-cased search words, stop words and punctuation removed.

    Args:
        text: Chinese (or mixed) text.
        tokenizer: a jieba ``Tokenizer``; the full default dictionary when None.
    """
    tk = tokenizer or full_jieba()
    words = tk.cut_for_search(text, HMM=tokenizer is None)
    return [w.lower() for w in words if _WORD.search(w) and w not in stopwords() and w.strip()]


def word_count(word: str) -> int:
    """How often jieba's general dictionary counts ``word`` (0 for a word it lacks)."""
    return int(full_jieba().FREQ.get(word, 0))


def shared_end(first: str, second: str) -> str:
    """The text ``first`` and ``second`` both end on ("层面开展培训"; "" when none)."""
    n = 0
    while n < min(len(first), len(second)) and first[-1 - n] == second[-1 - n]:
        n += 1
    return first[len(first) - n :]
