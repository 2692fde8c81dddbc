"""ChunkStore: the store's operations on Chroma and the lexical index kept consistent with it."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

import numpy as np

from retrieval.config import Settings
from retrieval.errors import GovqaError, IndexMissingError, StoreUnavailableError
from retrieval.index.lexical import LexicalIndex
from retrieval.index.manifest import Manifest
from retrieval.index.records import (
    StoredChunk,
    connect,
    cut_chunks,
    lexical_dir,
    read_table,
)
from retrieval.index.writes import drop_legacy, write_reports
from retrieval.ingest.chunking import Prepared
from retrieval.types import Embedder

__all__ = ["ChunkStore"]

log = logging.getLogger(__name__)

_STATE_CHECK_SECONDS = 2.0
# Chunk metadata that is the store's, not the passage's ("words": stores before chunk tables).
_BOOKKEEPING = frozenset({"thash", "words"})
# Chroma keeps every write in its log until the vector index is flushed (every 1000 records by
# default) and each write re-reads that log: with records the size of a report, writes slowed
# down as the store grew. Flushing often keeps them flat.
_FLUSH_OFTEN = {"hnsw:sync_threshold": 50, "hnsw:batch_size": 50}


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
        self._connecting = threading.Lock()
        self._collections: dict[str, Any] = {}
        self._reports: dict[str, dict[str, Any]] | None = None
        self._reports_at = 0.0
        self._legacy_dropped = False
        # Another machine may write to a server's store: only a local store keeps a manifest.
        self._manifest = None if settings.chroma_url else Manifest(settings.index_dir)

    # -- Chroma --------------------------------------------------------------------------

    @property
    def where(self) -> str:
        """The store's location for messages: a URL or a directory (never a secret)."""
        return self.settings.chroma_url or str(self.settings.index_dir)

    def exists(self) -> bool:
        """True when something has been ingested."""
        if not self.settings.chroma_url and not (self.settings.index_dir / "chroma").exists():
            return False
        recorded = self.recorded_reports()
        if recorded is not None:
            return bool(recorded)
        return self._call(lambda: self._collection("sources").count() > 0)

    def _call(self, fn: Callable[[], Any]) -> Any:
        try:
            if self._client is None:
                # Answering threads may all reach here first at once; chromadb's client cache
                # is not safe against that (a KeyError inside chromadb).
                with self._connecting:
                    if self._client is None:
                        self._client = connect(self.settings)
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

    def _collection(self, kind: str) -> Any:
        """``chunks`` (dense), ``tables`` or ``sources``."""
        if kind not in self._collections:
            name = self.settings.collection + ("" if kind == "chunks" else f"_{kind}")
            space = {"hnsw:space": "cosine"} if kind == "chunks" else _FLUSH_OFTEN
            self._collections[kind] = self._client.get_or_create_collection(
                name, metadata=space, embedding_function=None
            )
        return self._collections[kind]

    def reports(self, fresh: bool = False) -> dict[str, dict[str, Any]]:
        """Stored reports: file name → metadata (title, region, year, chunks, hash…).

        Args:
            fresh: bypass the short-lived cache (other processes may have written).
        """
        now = time.monotonic()
        if fresh or self._reports is None or now - self._reports_at >= _STATE_CHECK_SECONDS:
            # The manifest, when valid, is what Chroma holds: reading it spares opening the
            # collection, which replays Chroma's log (slow once it holds a huge report's text).
            recorded = self.recorded_reports()
            if recorded is None:
                got = self._call(lambda: self._collection("sources").get(include=["metadatas"]))
                recorded = {
                    i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"], strict=True)
                }
            self._reports, self._reports_at = recorded, now
        return self._reports

    def recorded_reports(self) -> dict[str, dict[str, Any]] | None:
        """``reports()`` as noted after the last complete write, without opening Chroma.

        None when there is no such note: a server's store, a write under way or interrupted.
        """
        return self._manifest.read() if self._manifest else None

    def source_text(self, source: str) -> str:
        """The canonical text of a stored report.

        Raises:
            GovqaError: no such report.
        """
        got = self._call(
            lambda: self._collection("sources").get(ids=[source], include=["documents"])
        )
        if not got["ids"]:
            raise GovqaError(f"no report named {source!r} in the store: see `govqa sources`")
        return str(got["documents"][0])

    def store_reports(self, batch: Sequence[Prepared], embed: Embedder | None) -> None:
        """Replace the chunks of several reports; chunks already embedded are not embedded again.

        Args:
            batch: loaded reports with their chunks and the chunks' search words.
            embed: passage embedder; None stores the reports for lexical search only (chunks
                embedded earlier keep their vectors).
        """
        if batch:
            self._call(lambda: self._store(batch, embed))

    def _store(self, batch: Sequence[Prepared], embed: Embedder | None) -> None:
        if self._manifest:
            self._manifest.invalidate()
        if not self._legacy_dropped:
            drop_legacy(self._client, self.settings.collection)
            self._legacy_dropped = True
        max_batch = int(min(self._client.get_max_batch_size(), 5000))
        write_reports(self._collection, batch, embed, max_batch)
        self._reports = None

    def remove(self, source: str) -> int:
        """Drop a report and its chunks; returns how many chunks went."""

        def drop() -> int:
            if self._manifest:
                self._manifest.invalidate()
            chunks = int(self.reports(fresh=True).get(source, {}).get("chunks", 0))
            self._collection("chunks").delete(where={"source": source})
            self._collection("tables").delete(ids=[source])
            self._collection("sources").delete(ids=[source])
            self._reports = None
            return chunks

        return int(self._call(drop))

    def get(self, ids: Sequence[str]) -> list[StoredChunk]:
        """Chunks by id, in the order asked (unknown ids left out)."""
        if not ids:
            return []
        by_id: dict[str, StoredChunk] = {}

        def fetch() -> None:
            got = self._collection("chunks").get(ids=list(ids), include=["documents", "metadatas"])
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True):
                meta = {k: v for k, v in (m or {}).items() if k not in _BOOKKEEPING}
                by_id[i] = (i, d, meta)
            missing = [i for i in ids if i not in by_id]
            if missing:
                lexical = self.lexical()
                wanted = {lexical.source_of(i) for i in missing} - {None}
                by_id.update(self._from_tables([s for s in wanted if s]))

        self._call(fetch)
        return [by_id[i] for i in ids if i in by_id]

    def dense_search(
        self, vector: np.ndarray, k: int, sources: Sequence[str] | None = None
    ) -> list[tuple[str, float]]:
        """Top ``k`` chunk ids by cosine similarity, restricted to ``sources`` when given."""
        where = {"source": {"$in": list(sources)}} if sources is not None else None

        def query() -> Any:
            return self._collection("chunks").query(
                query_embeddings=[vector.tolist()], n_results=k, where=where, include=["distances"]
            )

        got = self._call(query)
        return [
            (i, 1.0 - float(d)) for i, d in zip(got["ids"][0], got["distances"][0], strict=True)
        ]

    def chunks(self) -> Iterator[StoredChunk]:
        """Every stored chunk, report by report (as ``get`` returns them)."""
        names = sorted(self.reports(fresh=True))
        for start in range(0, len(names), 50):
            part = names[start : start + 50]
            yield from self._call(partial(self._from_tables, part)).values()

    def whole_reports(self, sources: Sequence[str]) -> dict[str, tuple[str, list[StoredChunk]]]:
        """Reports read whole: each one's canonical text and its chunks, in report order.

        Questions about every report (rankings, tables, mentions) read many reports at once;
        reports without a current chunk table (an interrupted ingest) are left out.
        """
        return dict(self._call(partial(self._whole, list(sources))))

    def _whole(self, sources: list[str]) -> dict[str, tuple[str, list[StoredChunk]]]:
        got = self._collection("sources").get(ids=sources, include=["documents", "metadatas"])
        reports = {
            i: (d, m or {})
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        }
        hashes = {source: meta.get("hash") for source, (_, meta) in reports.items()}
        found: dict[str, tuple[str, list[StoredChunk]]] = {}
        for source, rows, _ in self._tables(hashes):
            text, meta = reports[source]
            found[source] = (text, list(cut_chunks(source, text, meta, rows).values()))
        return found

    def _from_tables(self, sources: list[str]) -> dict[str, StoredChunk]:
        """Chunks of whole reports, cut from their text by their tables' spans."""
        return {chunk[0]: chunk for _, chunks in self._whole(sources).values() for chunk in chunks}

    def _tables(self, hashes: dict[str, Any]) -> list[tuple[str, list[list[Any]], list[str]]]:
        """(source, table rows, per-chunk words) of reports whose table matches their hash."""
        if not hashes:
            return []
        got = self._collection("tables").get(ids=list(hashes), include=["metadatas"])
        # A crash between the writes of a replaced report leaves a table that belongs to the
        # next version of its text: leave it out until the ingest is run again.
        return [
            (source, *read_table(meta))
            for source, meta in zip(got["ids"], got["metadatas"], strict=True)
            if meta and meta.get("hash") == hashes[source]
        ]

    # -- consistency -----------------------------------------------------------------------

    def state(self) -> str:
        """A fingerprint of what is stored: it changes whenever a report is added or replaced."""
        reports = self.reports(fresh=True)
        key = "\n".join(
            f"{s}\t{m.get('hash')}\t{m.get('chunks')}" for s, m in sorted(reports.items())
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def lexical(self) -> LexicalIndex:
        """The BM25 index, loaded from disk, rebuilt from Chroma's chunk tables when stale.

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
                self._lexical = LexicalIndex.load(lexical_dir(self.settings))
            if self._lexical is None or self._lexical.state != state:
                self._lexical = self._rebuild_lexical(state)
            return self._lexical

    def refresh_lexical(self) -> LexicalIndex:
        """Rebuild the BM25 index if it does not match the store (after ingest or remove)."""
        self._checked_at = 0.0
        index = self.lexical() if self.exists() else self._rebuild_lexical(self.state())
        if self._manifest:
            # state() has just read the records the index was checked against.
            self._manifest.write(self.reports())
        return index

    def _rebuild_lexical(self, state: str) -> LexicalIndex:
        log.info("building the lexical index from the store")
        reports = self.reports()  # as read by state() for ``state``
        ids: list[str] = []
        sources: list[str] = []
        words: list[list[str]] = []
        names = sorted(reports)
        for start in range(0, len(names), 100):
            part = {name: reports[name].get("hash") for name in names[start : start + 100]}
            for source, rows, cut in self._call(partial(self._tables, part)):
                ids.extend(row[0] for row in rows)
                sources.extend([source] * len(rows))
                words.extend(line.split() for line in cut)
        if len(set(sources)) < len(reports):
            log.warning(
                "%d reports have no chunk table (stored by an older govqa or an interrupted "
                "ingest): run `govqa ingest` again",
                len(reports) - len(set(sources)),
            )
        index = LexicalIndex.build(ids, sources, words, state)
        index.save(lexical_dir(self.settings))
        return index
