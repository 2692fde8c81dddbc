"""ChunkStore: the store's operations on Chroma, with the lexical side kept equal to it."""

from __future__ import annotations

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
from retrieval.index.lexical_side import LexicalSide, open_side
from retrieval.index.reads import Report, generation, read_reports, records
from retrieval.index.records import (
    StoredChunk,
    connect,
    cut_chunks,
    lexical_dir,
    table_rows,
)
from retrieval.index.writes import drop_legacy, new_generation, write_reports
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
    """Chroma collections plus the lexical side (postings and catalog), kept equal.

    Args:
        settings: where the store lives (``index_dir``) or which server (``chroma_url``).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: Any = None
        self._side: LexicalSide | None = None
        self._lexical: LexicalIndex | None = None
        self._checked_at = 0.0
        self._lock = threading.RLock()
        self._connecting = threading.Lock()
        self._collections: dict[str, Any] = {}
        self._reports: dict[str, dict[str, Any]] | None = None
        self._reports_state = ""
        self._legacy_dropped = False

    # -- Chroma --------------------------------------------------------------------------

    @property
    def where(self) -> str:
        """The store's location for messages: a URL or a directory (never a secret)."""
        return self.settings.chroma_url or str(self.settings.index_dir)

    def exists(self) -> bool:
        """True when something has been ingested."""
        if not self.settings.chroma_url and not self._database().exists():
            return False
        return bool(self.reports())

    def _database(self) -> Any:
        return self.settings.index_dir / "chroma" / "chroma.sqlite3"

    def _identity(self) -> str:
        """Which Chroma store the catalog describes: a local database file (a store deleted
        or restored from a backup is another file), or the server."""
        if self.settings.chroma_url:
            return "server"
        try:
            stat = self._database().stat()
        except OSError:
            return ""
        # Its modification time changes on every read; inode and size do not.
        return f"{stat.st_ino}:{stat.st_size}"

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
        """``chunks`` (dense), ``tables``, ``sources`` or ``state`` (a server's generation)."""
        if kind not in self._collections:
            name = self.settings.collection + ("" if kind == "chunks" else f"_{kind}")
            space = {"hnsw:space": "cosine"} if kind == "chunks" else _FLUSH_OFTEN
            self._collections[kind] = self._client.get_or_create_collection(
                name, metadata=space, embedding_function=None
            )
        return self._collections[kind]

    def reports(self, fresh: bool = False) -> dict[str, dict[str, Any]]:
        """Stored reports: file name → metadata (title, region, year, chunks, hash…).

        The same mapping is handed out until the store changes.

        Args:
            fresh: check now for writes by other processes (else at most every 2 s).
        """
        if fresh:
            self._checked_at = 0.0
        side = self._synced()
        state = side.catalog.state()["generation"]
        if self._reports is None or self._reports_state != state:
            self._reports, self._reports_state = side.catalog.reports(), state
        return self._reports

    def stored(self, sources: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The metadata of those of ``sources`` that are stored (an unchanged re-ingest's check:
        a local store answers from the lexical catalog, without opening Chroma)."""
        return self._synced(now=True).catalog.reports(sources)

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
        side = self._open()
        with side.writing(self._identity, partial(self._reconcile, side)):
            if not self._legacy_dropped:
                drop_legacy(self._client, self.settings.collection)
                self._legacy_dropped = True
            max_batch = int(min(self._client.get_max_batch_size(), 5000))
            self._announce()
            metas = write_reports(self._collection, batch, embed, max_batch)
            reports: list[Report] = [
                (item.report.source, meta, item.report.text, table_rows(item), _joined(item))
                for item, meta in zip(batch, metas, strict=True)
            ]
            side.put(reports, self._identity())
            self._announce()

    def remove(self, source: str) -> int:
        """Drop a report and its chunks; returns how many chunks went."""

        def drop() -> int:
            side = self._open()
            with side.writing(self._identity, partial(self._reconcile, side)):
                chunks = int(side.catalog.reports([source]).get(source, {}).get("chunks", 0))
                self._announce()
                self._collection("chunks").delete(where={"source": source})
                self._collection("tables").delete(ids=[source])
                self._collection("sources").delete(ids=[source])
                side.drop([source], self._identity())
                self._announce()
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
                by_id[i] = StoredChunk(i, d, meta)

        # A lexical-only store is read from the index alone: a one-shot question need not
        # open Chroma.
        if self.settings.embed:
            self._call(fetch)
        missing = [i for i in ids if i not in by_id]
        if missing:
            by_id.update(self._synced().passages(missing))
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
        """Every stored chunk, report by report, cut from Chroma's records (as ``get`` returns
        them)."""
        names = sorted(self._chroma_reports())
        for start in range(0, len(names), 50):
            part = names[start : start + 50]
            for _, meta, text, rows, _ in self._read(part):
                yield from cut_chunks(meta["source"], text, meta, rows).values()

    def whole_reports(self, sources: Sequence[str]) -> dict[str, tuple[str, list[StoredChunk]]]:
        """Reports read whole: each one's canonical text and its chunks, in report order.

        Questions about every report (rankings, tables, mentions) read many reports at once;
        reports without a current chunk table (an interrupted ingest) are left out.
        """
        return {
            meta["source"]: (text, list(cut_chunks(meta["source"], text, meta, rows).values()))
            for _, meta, text, rows, _ in self._read(list(sources))
        }

    def _read(self, sources: Sequence[str]) -> list[Report]:
        return list(self._call(partial(read_reports, self._collection, sources)))

    # -- consistency -----------------------------------------------------------------------

    def _open(self) -> LexicalSide:
        if self._side is None:
            self._side = open_side(lexical_dir(self.settings))
        return self._side

    def _chroma_reports(self) -> dict[str, dict[str, Any]]:
        """Every report record Chroma holds."""
        if not self.settings.chroma_url and not self._database().exists():
            return {}
        return dict(self._call(partial(records, self._collection)))

    def _announce(self) -> None:
        # Before and after a write: other clients of a server see that reports change.
        if self.settings.chroma_url:
            new_generation(self._collection)

    def _reconcile(self, side: LexicalSide, stored: dict[str, Any] | None = None) -> None:
        """Bring the lexical side up to Chroma's records (the write lock is held)."""
        stored = self._chroma_reports() if stored is None else stored
        side.reconcile(stored, self._read, self._identity())

    def _synced(self, now: bool = False) -> LexicalSide:
        """The lexical side, checked against the store at most every 2 s (``now``: at once).

        A local catalog is trusted while it is clean; a dirty one whose write lock is free was
        left by a killed writer and is repaired. A server may be written by other machines:
        its records are compared with the catalog and the reports that differ re-indexed.
        """
        with self._lock:
            side = self._open()
            moment = time.monotonic()
            if not now and moment - self._checked_at < _STATE_CHECK_SECONDS:
                return side
            if self.settings.chroma_url:
                self._check_server(side)
            elif not side.catalog.clean_for(self._identity()):
                with side.catalog.locked(wait=False) as mine:
                    if mine and not side.catalog.clean_for(self._identity()):
                        self._reconcile(side)
            self._checked_at = moment
            return side

    def _check_server(self, side: LexicalSide) -> None:
        """Compare the server's records with the catalog, unless the server's generation is
        the one the catalog was last checked at (one small read instead of every record)."""
        token = self._call(partial(generation, self._collection))
        if (
            token
            and token == side.catalog.state().get("server")
            and side.catalog.clean_for("server")
        ):
            return
        stored = self._chroma_reports()
        hashes = {source: meta.get("hash") for source, meta in stored.items()}
        if hashes != side.catalog.hashes() or not side.catalog.clean_for("server"):
            with side.catalog.locked():
                self._reconcile(side, stored)
        if not token:  # a store written by an older govqa
            token = self._call(partial(new_generation, self._collection))
        side.catalog.remember("server", token)

    def state(self) -> str:
        """A fingerprint of what is stored: it changes whenever a report is added or replaced."""
        return self._synced(now=True).catalog.state()["generation"]

    def lexical(self) -> LexicalIndex:
        """The BM25 index, as of the store's last write (repaired first if a writer died).

        Raises:
            IndexMissingError: nothing has been ingested.
        """
        with self._lock:
            if not self.exists():
                raise IndexMissingError(self.where)
            self._lexical = self._open().view(self._lexical)
            return self._lexical

    def refresh_lexical(self) -> LexicalIndex:
        """The BM25 index checked against the store now (after ingest or remove)."""
        self._checked_at = 0.0
        return self.lexical()


def _joined(item: Prepared) -> list[str]:
    return [" ".join(words) for words in item.words]
