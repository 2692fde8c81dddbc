"""Hybrid search: BM25 and dense rankings over the store, fused, restricted to some reports.

Kept free of LangChain's retriever machinery (a one-shot `govqa ask` cannot afford its import
time); ``retrieval.search.retriever.ReportRetriever`` wraps it as a LangChain retriever.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from retrieval.embeddings import embed_query
from retrieval.index import ChunkStore, StoredChunk
from retrieval.ingest.planted import find_planted
from retrieval.search.fusion import fuse
from retrieval.tuning import CANDIDATES
from retrieval.types import Passage

__all__ = ["HybridSearch"]


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
    ) -> list[Passage]:
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
        clean = [chunk for chunk in stored if not find_planted(chunk.text)]
        return [passage(chunk, scores[chunk.id]) for chunk in clean]


def passage(chunk: StoredChunk, score: float = 0.0) -> Passage:
    """A stored chunk as a typed passage."""
    chunk_id, text, meta = chunk.id, chunk.text, chunk.meta
    return Passage(
        id=chunk_id,
        source=str(meta["source"]),
        title=str(meta.get("title") or meta["source"]),
        text=text,
        start=int(meta["start"]),
        end=int(meta["end"]),
        section=str(meta.get("section") or ""),
        region=meta.get("region"),
        year=meta.get("year"),
        page=meta.get("page"),
        score=round(score, 6),
    )


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
