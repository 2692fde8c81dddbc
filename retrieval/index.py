"""The store: Chroma holds chunks, metadata and dense vectors; a BM25 index is kept beside it.

This is the only module that talks to Chroma. Each report has a record in a second collection
(its canonical text and a content hash), written only after all of its chunks are stored, so
an interrupted ingest is finished by simply running it again.
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.chunking import Chunk, fingerprint
from retrieval.config import Settings
from retrieval.errors import GovqaError, IndexMissingError, StoreUnavailableError
from retrieval.lexical import LexicalIndex, tokenize
from retrieval.loading import Report

__all__ = ["ChunkStore", "Embedder", "Prepared", "StoredChunk"]

log = logging.getLogger(__name__)

_BATCH = 1000
_STATE_CHECK_SECONDS = 2.0

StoredChunk = tuple[str, str, dict[str, Any]]  # id, text, metadata
Embedder = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class Prepared:
    """A report ready to store: its chunks and each chunk's search words."""

    report: Report
    chunks: list[Chunk]
    words: list[list[str]]


class ChunkStore:
    """Chroma collections plus the lexical index, kept consistent with each other.

    Args:
        settings: where the store lives (``index_dir``) or which server (``chroma_url``).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: Any = None
        self._lexical: LexicalIndex | None = None
        self._checked_at = 0.0
        self._lock = threading.Lock()
        self._collections: dict[str, Any] = {}
        self._reports: dict[str, dict[str, Any]] | None = None
        self._reports_at = 0.0

    # -- Chroma --------------------------------------------------------------------------

    @property
    def where(self) -> str:
        """The store's location for messages: a URL or a directory (never a secret)."""
        return self.settings.chroma_url or str(self.settings.index_dir)

    def exists(self) -> bool:
        """True when something has been ingested."""
        if not self.settings.chroma_url and not (self.settings.index_dir / "chroma").exists():
            return False
        return self._call(lambda: self._sources_collection().count() > 0)

    def _connect(self) -> Any:
        if self._client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False)
            url = self.settings.chroma_url
            if url:
                from urllib.parse import urlparse

                parsed = urlparse(url)
                # chromadb's HTTP client never times out, and talks to the server while it is
                # built: check the server answers at all before handing it over.
                import httpx

                httpx.get(
                    f"{url.rstrip('/')}/api/v2/heartbeat", timeout=self.settings.chroma_timeout
                ).raise_for_status()
                client = chromadb.HttpClient(
                    host=parsed.hostname or "127.0.0.1",
                    port=parsed.port or 8000,
                    ssl=parsed.scheme == "https",
                    settings=chroma_settings,
                )
                # A server that hangs later must not hang every question (and bot thread).
                session = getattr(getattr(client, "_server", None), "_session", None)
                if session is not None:
                    session.timeout = httpx.Timeout(self.settings.chroma_timeout)
                self._client = client
            else:
                path = self.settings.index_dir / "chroma"
                path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        return self._client

    def _call(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except GovqaError:
            raise
        except Exception as e:
            if self.settings.chroma_url:
                self._client = None
                self._collections = {}
                raise StoreUnavailableError(
                    f"Chroma server at {self.settings.chroma_url} is unavailable "
                    f"({type(e).__name__}): start it with `chroma run` or check GOVQA_CHROMA_URL"
                ) from e
            raise

    def _chunks_collection(self, dense: bool = True) -> Any:
        """Chunks with embeddings, or (``dense=False``) chunks stored for lexical search only.

        They live apart so that the vector index holds real vectors only: thousands of
        stand-in vectors would make every dense query and insert crawl.
        """
        key = "chunks" if dense else "lexical"
        if key not in self._collections:
            name = self.settings.collection + ("" if dense else "_lexical")
            self._collections[key] = self._connect().get_or_create_collection(
                name, metadata={"hnsw:space": "cosine"}, embedding_function=None
            )
        return self._collections[key]

    def _both(self) -> list[Any]:
        return [self._chunks_collection(True), self._chunks_collection(False)]

    def _sources_collection(self) -> Any:
        if "sources" not in self._collections:
            self._collections["sources"] = self._connect().get_or_create_collection(
                self.settings.collection + "_sources", embedding_function=None
            )
        return self._collections["sources"]

    def reports(self, fresh: bool = False) -> dict[str, dict[str, Any]]:
        """Stored reports: file name → metadata (title, region, year, chunks, hash…).

        Args:
            fresh: bypass the short-lived cache (other processes may have written).
        """
        now = time.monotonic()
        if fresh or self._reports is None or now - self._reports_at >= _STATE_CHECK_SECONDS:
            got = self._call(lambda: self._sources_collection().get(include=["metadatas"]))
            self._reports = {
                i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"], strict=True)
            }
            self._reports_at = now
        return self._reports

    def source_text(self, source: str) -> str:
        """The canonical text of a stored report.

        Raises:
            GovqaError: no such report.
        """
        got = self._call(
            lambda: self._sources_collection().get(ids=[source], include=["documents"])
        )
        if not got["ids"]:
            raise GovqaError(f"no report named {source!r} in the store: see `govqa sources`")
        return str(got["documents"][0])

    def store_reports(self, batch: Sequence[Prepared], embed: Embedder | None) -> None:
        """Replace the chunks of several reports; chunks already stored are not embedded again.

        Each report's record (with its content hash) is written after its chunks, so a crash
        leaves reports either complete or absent from ``reports()``: ingest them again.

        Args:
            batch: loaded reports with their chunks and the chunks' search words.
            embed: passage embedder; None stores the reports for lexical search only.
        """
        if batch:
            self._call(lambda: self._store(batch, embed))

    def _store(self, batch: Sequence[Prepared], embed: Embedder | None) -> None:
        names = [item.report.source for item in batch]
        target = self._chunks_collection(dense=embed is not None)
        wanted = {c.id for item in batch for c in item.chunks}
        have: set[str] = set()
        for collection in self._both():
            existing = collection.get(where={"source": {"$in": names}}, include=[])["ids"]
            # A chunk already embedded stays; one stored without a vector moves when embedded.
            keep = [i for i in existing if i in wanted and (collection is target or embed is None)]
            have.update(keep)
            drop = [i for i in existing if i not in set(keep)]
            for ids in _batches(drop, self._max_batch()):
                collection.delete(ids=list(ids))
        todo = [
            (chunk, words)
            for item in batch
            for chunk, words in zip(item.chunks, item.words, strict=True)
            if chunk.id not in have
        ]
        for part in _batches(todo, _BATCH):
            chunks = [chunk for chunk, _ in part]
            target.upsert(
                ids=[c.id for c in chunks],
                documents=[c.text for c in chunks],
                metadatas=[
                    {**c.metadata, "thash": _text_hash(c), "words": " ".join(words)}
                    for c, words in part
                ],
                embeddings=self._vectors(chunks, embed),
            )
        self._sources_collection().upsert(
            ids=names,
            documents=[item.report.text for item in batch],
            metadatas=[_report_meta(item, embed is not None) for item in batch],
            embeddings=[[0.0, 1.0]] * len(batch),
        )
        self._reports = None

    def _vectors(self, chunks: Sequence[Chunk], embed: Embedder | None) -> list[list[float]]:
        """Embeddings for ``chunks``; a chunk whose text is already stored reuses its vector."""
        if embed is None:
            return [_stand_in(c.id) for c in chunks]
        hashes = [_text_hash(c) for c in chunks]
        known = self._chunks_collection().get(
            where={"thash": {"$in": list(set(hashes))}}, include=["embeddings", "metadatas"]
        )
        cache = {
            (m or {}).get("thash"): list(map(float, e))
            for e, m in zip(known["embeddings"], known["metadatas"], strict=True)
        }
        missing = [c for c, h in zip(chunks, hashes, strict=True) if h not in cache]
        if missing:
            fresh = embed([c.indexed_text for c in missing])
            for chunk, vector in zip(missing, fresh, strict=True):
                cache[_text_hash(chunk)] = [float(x) for x in vector]
        return [cache[h] for h in hashes]

    def _max_batch(self) -> int:
        return int(min(self._connect().get_max_batch_size(), 5000))

    def remove(self, source: str) -> int:
        """Drop a report and its chunks; returns how many chunks went."""

        def drop() -> int:
            removed = 0
            for collection in self._both():
                ids = collection.get(where={"source": source}, include=[])["ids"]
                if ids:
                    collection.delete(ids=ids)
                removed += len(ids)
            self._sources_collection().delete(ids=[source])
            self._reports = None
            return removed

        return int(self._call(drop))

    def get(self, ids: Sequence[str]) -> list[StoredChunk]:
        """Chunks by id, in the order asked (unknown ids left out)."""
        by_id: dict[str, StoredChunk] = {}

        def fetch(collection: Any, wanted: list[str]) -> None:
            got = collection.get(ids=wanted, include=["documents", "metadatas"])
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True):
                by_id[i] = (i, d, dict(m or {}))

        def fetch_all() -> None:
            for collection in self._both():
                missing = [i for i in ids if i not in by_id]
                if missing:
                    fetch(collection, missing)

        self._call(fetch_all)
        return [by_id[i] for i in ids if i in by_id]

    def dense_search(
        self, vector: np.ndarray, k: int, sources: Sequence[str] | None = None
    ) -> list[tuple[str, float]]:
        """Top ``k`` chunk ids by cosine similarity, restricted to ``sources`` when given."""
        where = {"source": {"$in": list(sources)}} if sources is not None else None

        def query() -> Any:
            return self._chunks_collection().query(
                query_embeddings=[vector.tolist()], n_results=k, where=where, include=["distances"]
            )

        got = self._call(query)
        return [
            (i, 1.0 - float(d)) for i, d in zip(got["ids"][0], got["distances"][0], strict=True)
        ]

    def _iter_chunks(self) -> Iterator[StoredChunk]:
        for collection in self._both():
            offset = 0
            while True:
                got = collection.get(include=["documents", "metadatas"], limit=2000, offset=offset)
                if not got["ids"]:
                    break
                for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True):
                    yield i, d, dict(m or {})
                offset += len(got["ids"])

    # -- consistency -----------------------------------------------------------------------

    def state(self) -> str:
        """A fingerprint of what is stored: it changes whenever a report is added or replaced."""
        reports = self.reports(fresh=True)
        key = "\n".join(
            f"{s}\t{m.get('hash')}\t{m.get('chunks')}" for s, m in sorted(reports.items())
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def lexical(self) -> LexicalIndex:
        """The BM25 index, loaded from disk, rebuilt from Chroma's documents when stale.

        Raises:
            IndexMissingError: nothing has been ingested.
        """
        with self._lock:
            now = time.monotonic()
            if self._lexical is not None and now - self._checked_at < _STATE_CHECK_SECONDS:
                return self._lexical
            if not self.exists():
                raise IndexMissingError(self.where)
            state = self.state()
            self._checked_at = now
            if self._lexical is None or self._lexical.state != state:
                self._lexical = LexicalIndex.load(self._lexical_dir())
            if self._lexical is None or self._lexical.state != state:
                self._lexical = self._rebuild_lexical(state)
            return self._lexical

    def refresh_lexical(self) -> LexicalIndex:
        """Rebuild the BM25 index if it does not match the store (after ingest or remove)."""
        self._checked_at = 0.0
        return self.lexical() if self.exists() else self._rebuild_lexical(self.state())

    def _lexical_dir(self) -> Path:
        # In server mode every client keeps its own copy, rebuilt from the server when stale.
        collection = self.settings.collection
        if self.settings.chroma_url:
            key = f"{self.settings.chroma_url}\n{collection}"
            tag = hashlib.sha256(key.encode()).hexdigest()[:10]
            return self.settings.index_dir / f"lexical-{tag}"
        return self.settings.index_dir / (
            "lexical" if collection == "govqa" else f"lexical-{collection}"
        )

    def _rebuild_lexical(self, state: str) -> LexicalIndex:
        log.info("building the lexical index from the store")
        ids: list[str] = []
        sources: list[str] = []
        words: list[list[str]] = []
        for chunk_id, text, meta in self._call(lambda: list(self._iter_chunks())):
            ids.append(chunk_id)
            sources.append(str(meta.get("source", "")))
            stored = meta.get("words")
            if stored is None:
                section = meta.get("section") or ""
                stored = " ".join(tokenize(f"{section}\n{text}" if section else text))
            words.append(str(stored).split())
        index = LexicalIndex.build(ids, sources, words, state)
        index.save(self._lexical_dir())
        return index


def _stand_in(chunk_id: str) -> list[float]:
    """A 2-d unit vector spread by the id: Chroma needs a vector for every record, and equal
    ones would degrade its graph index."""
    angle = int(chunk_id[:8], 16) / 0xFFFFFFFF * 2 * math.pi
    return [math.cos(angle), math.sin(angle)]


def _text_hash(chunk: Chunk) -> str:
    return hashlib.sha256(chunk.indexed_text.encode("utf-8")).hexdigest()[:24]


def _report_meta(item: Prepared, dense: bool) -> dict[str, Any]:
    report = item.report
    meta: dict[str, Any] = {
        "title": report.title,
        "hash": fingerprint(report),
        "chunks": len(item.chunks),
        "dense": dense,
    }
    for key in ("region", "year", "published"):
        if getattr(report, key) is not None:
            meta[key] = getattr(report, key)
    return meta


def _batches(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
