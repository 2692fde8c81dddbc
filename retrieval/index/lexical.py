"""Lexical ranking: jieba words scored with BM25 (bm25s), persisted beside the Chroma store.

Loading jieba's full dictionary costs about a second, which a one-shot `govqa ask` cannot
afford. Query words can only match words the index holds, so queries are cut with a small
dictionary made of the index's own vocabulary (same word frequencies, no HMM guessing).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.text.words import full_jieba, query_jieba, tokenize

__all__ = ["LexicalIndex"]

log = logging.getLogger(__name__)

_META = "meta.json"
_DICT = "query_dict.txt"


@lru_cache(maxsize=8)
def _quiet_bm25s() -> None:
    # bm25s sets its own logger to DEBUG on import.
    logging.getLogger("bm25s").setLevel(logging.WARNING)


@dataclass
class LexicalIndex:
    """A BM25 index over chunks, aligned with ``ids`` and their ``sources``."""

    ids: list[str]
    sources: list[str]
    doc_source: np.ndarray
    state: str
    retriever: Any
    directory: Path | None = None
    _tokenizer_checked: str | None = None
    _position: dict[str, int] | None = None

    @classmethod
    def build(
        cls,
        ids: Sequence[str],
        sources: Sequence[str],
        words: Sequence[list[str]],
        state: str,
    ) -> LexicalIndex:
        """Index chunks by their search words (``tokenize``); ``sources[i]`` is chunk i's report."""
        import bm25s

        _quiet_bm25s()
        names = sorted(set(sources))
        position = {name: i for i, name in enumerate(names)}
        corpus = [list(w) or ["∅"] for w in words]
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        if corpus:
            retriever.index(corpus, show_progress=False)
        doc_source = np.array([position[s] for s in sources], dtype=np.int32)
        return cls(list(ids), names, doc_source, state, retriever)

    def save(self, directory: Path) -> None:
        """Persist to ``directory`` atomically (a crash leaves the old index or none)."""
        # Several processes may rebuild at once (server mode): each writes its own copy.
        tmp = directory.with_name(f"{directory.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.ids:
            self.retriever.save(str(tmp), show_progress=False)
            vocab = self.retriever.vocab_dict
            _write_query_dict(tmp / _DICT, vocab)
        np.save(tmp / "doc_source.npy", self.doc_source)
        meta = {"state": self.state, "ids": self.ids, "sources": self.sources}
        (tmp / _META).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        old = directory.with_name(f"{directory.name}.{os.getpid()}.{threading.get_ident()}.old")
        # None yet, or another process has just moved it: either way there is nothing to keep.
        with contextlib.suppress(FileNotFoundError):
            directory.rename(old)
        try:
            tmp.rename(directory)
        except OSError:
            # Another process put its (equal) copy in place first.
            shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
        self.directory = directory
        self._tokenizer_checked = None

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex | None:
        """Load a saved index, or None when there is none (or it is unreadable)."""
        import bm25s

        _quiet_bm25s()
        if not (directory / _META).exists():
            return None
        try:
            meta = json.loads((directory / _META).read_text(encoding="utf-8"))
            doc_source = np.load(directory / "doc_source.npy")
            retriever = (
                bm25s.BM25.load(str(directory), mmap=False, show_progress=False)
                if meta["ids"]
                else None
            )
        except (OSError, ValueError, KeyError) as e:
            log.warning("lexical index at %s is unreadable (%s): rebuilding", directory, e)
            return None
        return cls(meta["ids"], meta["sources"], doc_source, meta["state"], retriever, directory)

    @property
    def size(self) -> int:
        """Number of indexed chunks."""
        return len(self.ids)

    def source_of(self, chunk_id: str) -> str | None:
        """The report a chunk belongs to (None for an id the index does not hold)."""
        if self._position is None:
            self._position = {i: n for n, i in enumerate(self.ids)}
        n = self._position.get(chunk_id)
        return None if n is None else self.sources[int(self.doc_source[n])]

    def words(self, text: str) -> list[str]:
        """The query's search words, known to the index or not, each once."""
        return list(dict.fromkeys(tokenize(text, self._query_tokenizer())))

    def _query_tokenizer(self) -> Any:
        # Decided once per index, not per question: the hot path should not stat files.
        if self._tokenizer_checked is None:
            path = self.directory / _DICT if self.directory is not None else None
            self._tokenizer_checked = str(path.resolve()) if path and path.exists() else ""
        return query_jieba(self._tokenizer_checked) if self._tokenizer_checked else None

    def query_tokens(self, text: str) -> list[str]:
        """The query's words that the index knows."""
        if not self.ids:
            return []
        vocab = self.retriever.vocab_dict
        return [w for w in self.words(text) if w in vocab]

    def search(
        self, text: str, k: int, sources: Sequence[str] | None = None
    ) -> list[tuple[str, float]]:
        """Top ``k`` chunk ids by BM25 score, restricted to ``sources`` when given."""
        scores = self._scores(text, sources)
        if scores is None:
            return []
        k = min(k, len(self.ids))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def top_per_source(
        self, text: str, per_source: int, sources: Sequence[str] | None = None
    ) -> list[tuple[str, float]]:
        """Every report's ``per_source`` best chunks by BM25 score (a question about all reports).

        Returns:
            ``(chunk id, score)`` of chunks scoring above 0, report by report (in index order),
            best first within a report.
        """
        scores = self._scores(text, sources)
        if scores is None:
            return []
        hits = np.flatnonzero(scores > 0)
        owner = self.doc_source[hits]
        order = np.lexsort((-scores[hits], owner))
        hits, owner = hits[order], owner[order]
        # A chunk's rank inside its report: its position minus where the report's run starts.
        position = np.arange(len(hits))
        starts = np.maximum.accumulate(np.where(np.r_[True, owner[1:] != owner[:-1]], position, 0))
        kept = hits[position - starts < per_source]
        return [(self.ids[i], float(scores[i])) for i in kept]

    def _scores(self, text: str, sources: Sequence[str] | None) -> np.ndarray | None:
        """Every chunk's BM25 score for ``text`` (0 outside ``sources``); None when the index
        knows none of its words or holds none of ``sources``."""
        tokens = self.query_tokens(text)
        if not tokens:
            return None
        mask = None
        if sources is not None:
            wanted = [i for i, name in enumerate(self.sources) if name in set(sources)]
            mask = np.isin(self.doc_source, wanted).astype(np.float32)
            if not mask.any():
                return None
        return np.asarray(self.retriever.get_scores(tokens, weight_mask=mask))

    def containing(self, words: Sequence[str]) -> list[str]:
        """Ids of the chunks whose search words include every one of ``words`` (index order)."""
        if not self.ids or not words:
            return []
        matrix = self.retriever.scores
        found: np.ndarray | None = None
        for word in words:
            column = self.retriever.vocab_dict.get(word)
            if column is None:
                return []
            docs = matrix["indices"][matrix["indptr"][column] : matrix["indptr"][column + 1]]
            found = docs if found is None else np.intersect1d(found, docs, assume_unique=True)
        return [self.ids[i] for i in np.sort(found)] if found is not None else []

    def knows(self, word: str) -> bool:
        """True when ``word`` occurs as a word in the indexed reports."""
        return bool(self.ids) and word.lower() in self.retriever.vocab_dict

    def idf(self, word: str) -> float:
        """BM25 inverse document frequency of ``word`` (0 for unknown words)."""
        index = self.retriever.vocab_dict.get(word) if self.ids else None
        if index is None:
            return 0.0
        return float(_idf_table(id(self.retriever), self.retriever)[index])


@lru_cache(maxsize=4)
def _idf_table(_key: int, retriever: Any) -> np.ndarray:
    indptr = retriever.scores["indptr"]
    df = np.diff(indptr).astype(np.float64)
    n = retriever.scores["num_docs"]
    return np.log1p((n - df + 0.5) / (df + 0.5))


def _write_query_dict(path: Path, vocab: dict[str, int]) -> None:
    freq = full_jieba().FREQ
    lines = [
        f"{word} {max(int(freq.get(word, 0)), 1)}\n"
        for word in vocab
        if word and " " not in word and word != "∅"
    ]
    path.write_text("".join(lines), encoding="utf-8")
