"""Lexical ranking: jieba words scored with BM25, over the store's incremental postings.

The postings (``retrieval.index.postings``, tantivy on disk) and their catalog
(``retrieval.index.catalog``) belong to the store, which keeps them consistent with Chroma;
``LexicalIndex`` is what the answer layer sees of them: words, their weights, and search.

Loading jieba's full dictionary costs about a second, which a one-shot `govqa ask` cannot
afford. Query words can only match words the index holds, so queries are cut with a small
dictionary made of the index's own vocabulary (same word frequencies, no HMM guessing).
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from retrieval.index.records import StoredChunk
from retrieval.text.words import full_jieba, query_jieba, tokenize
from retrieval.tuning import COMMON_IDF

if TYPE_CHECKING:
    from retrieval.index.catalog import Catalog
    from retrieval.index.postings import Postings

__all__ = ["LexicalIndex", "save_query_dict"]

log = logging.getLogger(__name__)

_DICT = "query_dict.txt"
# Chunk ids whose report a long-running process remembers (from the hits it has seen).
_MEMO = 100_000
# Stored chunks a generation keeps once read: rankings and tables read a few passages of every
# report, and reading them again (a document fetch and its metadata parsed) cost about a
# second per 10,000 reports.
_KEPT_CHUNKS = 200_000


class LexicalIndex:
    """The lexical index as one generation of the store sees it: words, weights and search.

    Args:
        postings: the chunk postings.
        catalog: the reports they hold.
        directory: the lexical index's directory (its query dictionary).
        state: the catalog generation this view describes.
    """

    def __init__(
        self, postings: Postings, catalog: Catalog, directory: Path | None, state: str
    ) -> None:
        self._postings = postings
        # One commit's view for the whole generation: hit addresses are only valid with it.
        self._searcher = postings.searcher()
        self._catalog = catalog
        self.directory = directory
        self.state = state
        self._tokenizer_checked: tuple[str, int] | None = None
        self._source_of: dict[str, str] = {}
        self._chunks_read: dict[tuple[int, int], tuple[str, str, dict[str, Any]]] = {}
        self._idf: dict[str, float] = {}
        self._docs: int | None = None
        self._chunks: int | None = None

    @property
    def ids(self) -> Sequence[str]:
        """Every indexed chunk id (``len`` is cheap; iterating reads them all)."""
        if self._chunks is None:
            self._chunks = self._catalog.chunk_count()
        return _ChunkIds(lambda: self._postings.all_ids(self._searcher), self._chunks)

    @property
    def size(self) -> int:
        """Number of indexed chunks."""
        return len(self.ids)

    @property
    def sources(self) -> list[str]:
        """The indexed reports."""
        return sorted(self._catalog.hashes())

    def source_of(self, chunk_id: str) -> str | None:
        """The report a chunk belongs to (None for an id the index does not hold)."""
        if chunk_id not in self._source_of:
            found = self.passages([chunk_id]).get(chunk_id)
            if found is None:
                return None
            self._source_of[chunk_id] = str(found.meta["source"])
        return self._source_of[chunk_id]

    def words(self, text: str) -> list[str]:
        """The query's search words, known to the index or not, each once."""
        return list(dict.fromkeys(tokenize(text, self._query_tokenizer())))

    def _query_tokenizer(self) -> Any:
        # Decided once per generation, not per question: the hot path should not stat files.
        if self._tokenizer_checked is None:
            path = self.directory / _DICT if self.directory is not None else None
            try:
                version = path.stat().st_mtime_ns if path is not None else 0
            except OSError:
                version = 0
            self._tokenizer_checked = (str(path.resolve()) if version and path else "", version)
        path_text, version = self._tokenizer_checked
        return query_jieba(path_text, version) if path_text else None

    def vocabulary(self) -> list[str]:
        """The reports' words (the query dictionary's; none without one)."""
        tokenizer = self._query_tokenizer()
        return [w for w, n in tokenizer.FREQ.items() if n] if tokenizer is not None else []

    def query_tokens(self, text: str) -> list[str]:
        """The query's words that the index knows."""
        return [w for w in self.words(text) if self.knows(w)]

    def search(
        self, text: str, k: int, sources: Sequence[str] | None = None
    ) -> list[tuple[str, float]]:
        """Top ``k`` chunk ids by BM25 score, restricted to ``sources`` when given."""
        tokens = self.query_tokens(text)
        if not tokens or (sources is not None and not sources):
            return []
        hits = self._postings.top(self._searcher, self._postings.query(tokens, sources), k)
        found = []
        if len(self._source_of) > _MEMO:
            self._source_of.clear()
        for score, address in hits:
            chunk_id, _, meta = self._postings.chunk(self._searcher, address)
            self._source_of[chunk_id] = str(meta["source"])
            found.append((chunk_id, float(score)))
        return found

    def top_per_report(
        self,
        text: str,
        k: int = 1,
        sources: Sequence[str] | None = None,
        floor: float = 0.0,
    ) -> dict[str, list[tuple[StoredChunk, float]]]:
        """Each report's ``k`` best passages for ``text`` (reports without a match left out).

        One query over every report (or ``sources``), grouped by report: the all-report
        question shapes (rankings, tables) need a passage per report, not the best few overall.
        Passages scoring below ``floor`` times their report's best are left out (and not read).
        """
        tokens = self.query_tokens(text)
        if not tokens or k <= 0:
            return {}
        searcher = self._searcher
        rare = [w for w in tokens if self.idf(w) > COMMON_IDF]
        if not rare:
            return {}
        query = self._postings.query(tokens, sources, needed=rare)
        hits = self._postings.matching(searcher, query)
        if not hits:
            return {}
        reports = np.asarray(self._postings.reports_of(searcher, hits))
        scores = np.fromiter((score for score, _ in hits), dtype=float, count=len(hits))
        # Hits come best first; a stable sort by report keeps that order within each report.
        order = np.argsort(reports, kind="stable")
        grouped = reports[order]
        first = np.r_[True, grouped[1:] != grouped[:-1]]
        starts = np.flatnonzero(first)
        group = np.cumsum(first) - 1
        kept = (np.arange(len(order)) - starts[group] < k) & (
            scores[order] >= floor * scores[order][starts][group]
        )
        names = self._catalog.names(grouped[starts].tolist())
        best: dict[str, list[tuple[StoredChunk, float]]] = {}
        # Plain ints from here: indexing a list with numpy scalars costs more than the rest.
        at = np.flatnonzero(kept)
        for report, i in zip(grouped[at].tolist(), order[at].tolist(), strict=True):
            name = names.get(report)
            if name is not None:
                score, address = hits[i]
                best.setdefault(name, []).append((self._chunk(address), float(score)))
        return best

    def _chunk(self, address: Any) -> StoredChunk:
        """A hit's stored chunk, kept for this generation (addresses are only valid in it)."""
        key = (int(address.segment_ord), int(address.doc))
        kept = self._chunks_read.get(key)
        if kept is None:
            if len(self._chunks_read) >= _KEPT_CHUNKS:
                self._chunks_read.clear()
            # Kept as a plain tuple: the garbage collector stops scanning those (not named ones).
            chunk = self._postings.chunk(self._searcher, address)
            kept = self._chunks_read[key] = (chunk.id, chunk.text, chunk.meta)
        return StoredChunk(*kept)

    def reports_containing(self, words: Iterable[str]) -> dict[str, int]:
        """Reports with a passage holding every one of ``words`` (search words, as ``words``
        returns them): report name → how many of its passages do. An unknown word: none."""
        wanted = list(dict.fromkeys(w.lower() for w in words))
        if not wanted or not all(self.knows(w) for w in wanted):
            return {}
        query = self._postings.query(wanted, every=True)
        return self._postings.source_counts(self._searcher, query)

    def passages_with(
        self, words: Iterable[str], sources: Sequence[str] | None = None
    ) -> Iterator[StoredChunk]:
        """Every passage holding all of ``words`` (search words), of ``sources`` when given;
        none when a word is unknown. Read from the index alone, in no particular order, and
        only as far as the caller reads (a common word's passages number thousands)."""
        wanted = list(dict.fromkeys(w.lower() for w in words))
        if not wanted or not all(self.knows(w) for w in wanted) or sources == []:
            return
        query = self._postings.query(wanted, sources, every=True)
        for _, address in self._postings.matching(self._searcher, query):
            yield self._chunk(address)

    def passages(self, ids: Sequence[str]) -> dict[str, StoredChunk]:
        """Indexed passages by chunk id: (id, text, metadata), read from the index alone."""
        return self._postings.chunks(self._searcher, ids)

    def knows(self, word: str) -> bool:
        """True when ``word`` occurs as a word in the indexed reports."""
        return self.idf(word.lower()) > 0

    def idf(self, word: str) -> float:
        """BM25 inverse document frequency of ``word`` (0 for unknown words)."""
        if word not in self._idf:
            # Deleted chunks count until their segment is merged, as in tantivy's own scores.
            df = int(self._searcher.doc_freq("words", word)) if word else 0
            if self._docs is None:
                self._docs = int(self._searcher.num_docs)
            n = max(self._docs, df)
            self._idf[word] = math.log1p((n - df + 0.5) / (df + 0.5)) if df else 0.0
        return self._idf[word]


class _ChunkIds(Sequence[str]):
    """Chunk ids, counted from the catalog; read from the postings only when iterated."""

    def __init__(self, read: Callable[[], list[str]], count: int) -> None:
        self._read = read
        self._count = count
        self._all: list[str] | None = None

    def __len__(self) -> int:
        return self._count

    def _ids(self) -> list[str]:
        if self._all is None:
            self._all = self._read()
        return self._all

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids())

    def __getitem__(self, index: Any) -> Any:
        return self._ids()[index]


def save_query_dict(directory: Path, vocabulary: Iterable[str]) -> None:
    """Write the query dictionary of ``vocabulary`` into ``directory`` (atomically: readers
    in other processes see the old file or the new one)."""
    freq = full_jieba().FREQ
    lines = [
        f"{word} {max(int(freq.get(word, 0)), 1)}\n"
        for word in vocabulary
        if word and " " not in word and word != "∅"
    ]
    path = directory / _DICT
    tmp = path.with_name(f"{_DICT}.{os.getpid()}.tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(path)
