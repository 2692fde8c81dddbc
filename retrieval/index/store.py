"""ChunkStore: the store's operations on Chroma, with the lexical side kept equal to it."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

import numpy as np

from retrieval.config import Settings
from retrieval.errors import GovqaError, IndexMissingError
from retrieval.index.chroma import Chroma
from retrieval.index.lexical import LexicalIndex
from retrieval.index.lexical_side import LexicalSide, open_side
from retrieval.index.reads import Report
from retrieval.index.records import StoredChunk, cut_chunks, lexical_dir, table_rows
from retrieval.index.writes import write_reports
from retrieval.ingest.chunking import Prepared
from retrieval.types import Embedder

__all__ = ["ChunkStore"]

log = logging.getLogger(__name__)

_STATE_CHECK_SECONDS = 2.0
# Chunk metadata that is the store's, not the passage's ("words": stores before chunk tables).
_BOOKKEEPING = frozenset({"thash", "words"})


class ChunkStore:
    """Chroma collections plus the lexical side (postings and catalog), kept equal.

    Args:
        settings: where the store lives (``index_dir``) or which server (``chroma_url``).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._chroma = Chroma(settings)
        self._side: LexicalSide | None = None
        self._lexical: LexicalIndex | None = None
        self._checked_at = 0.0
        self._lock = threading.RLock()
        self._reports: dict[str, dict[str, Any]] | None = None
        self._reports_state = ""

    # -- reports and chunks ----------------------------------------------------------------

    @property
    def where(self) -> str:
        """The store's location for messages: a URL or a directory (never a secret)."""
        return self.settings.chroma_url or str(self.settings.index_dir)

    def exists(self) -> bool:
        """True when something has been ingested."""
        return self._chroma.present() and bool(self.reports())

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
        chroma = self._chroma
        got = chroma.call(
            lambda: chroma.collection("sources").get(ids=[source], include=["documents"])
        )
        if not got["ids"]:
            raise GovqaError(f"no report named {source!r} in the store: see `govqa sources`")
        return str(got["documents"][0])

    def sources_containing(self, needle: str) -> list[str]:
        """The stored reports whose canonical text holds ``needle`` verbatim (an index number
        quoted in a question), found by the store rather than by reading every text."""
        chroma = self._chroma
        got = chroma.call(
            lambda: chroma.collection("sources").get(
                where_document={"$contains": needle}, include=[]
            )
        )
        return sorted(got["ids"])

    def store_reports(self, batch: Sequence[Prepared], embed: Embedder | None) -> None:
        """Replace the chunks of several reports; chunks already embedded are not embedded again.

        Args:
            batch: loaded reports with their chunks and the chunks' search words.
            embed: passage embedder; None stores the reports for lexical search only (chunks
                embedded earlier keep their vectors).
        """
        if batch:
            self._chroma.call(lambda: self._store(batch, embed))

    def _store(self, batch: Sequence[Prepared], embed: Embedder | None) -> None:
        side, chroma = self._open(), self._chroma
        with side.writing(chroma.identity, partial(self._reconcile, side)):
            max_batch = chroma.begin_write()
            chroma.announce()
            metas = write_reports(chroma.collection, batch, embed, max_batch)
            reports: list[Report] = [
                (item.report.source, meta, item.report.text, table_rows(item), _joined(item))
                for item, meta in zip(batch, metas, strict=True)
            ]
            side.put(reports, chroma.identity())
            chroma.announce()

    def remove(self, source: str) -> int:
        """Drop a report and its chunks; returns how many chunks went."""
        chroma = self._chroma

        def drop() -> int:
            side = self._open()
            with side.writing(chroma.identity, partial(self._reconcile, side)):
                chunks = int(side.catalog.reports([source]).get(source, {}).get("chunks", 0))
                chroma.announce()
                chroma.collection("chunks").delete(where={"source": source})
                chroma.collection("tables").delete(ids=[source])
                chroma.collection("sources").delete(ids=[source])
                side.drop([source], chroma.identity())
                chroma.announce()
            return chunks

        return int(chroma.call(drop))

    def get(self, ids: Sequence[str]) -> list[StoredChunk]:
        """Chunks by id, in the order asked (unknown ids left out)."""
        if not ids:
            return []
        by_id: dict[str, StoredChunk] = {}

        def fetch() -> None:
            got = self._chroma.collection("chunks").get(
                ids=list(ids), include=["documents", "metadatas"]
            )
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True):
                meta = {k: v for k, v in (m or {}).items() if k not in _BOOKKEEPING}
                by_id[i] = StoredChunk(i, d, meta)

        # A lexical-only store is read from the index alone: a one-shot question need not
        # open Chroma.
        if self.settings.embed:
            self._chroma.call(fetch)
        missing = [i for i in ids if i not in by_id]
        if missing:
            by_id.update(self._synced().passages(missing))
        return [by_id[i] for i in ids if i in by_id]

    def dense_search(
        self, vector: np.ndarray, k: int, sources: Sequence[str] | None = None
    ) -> list[tuple[str, float]]:
        """Top ``k`` chunk ids by cosine similarity, restricted to ``sources`` when given."""
        if sources is not None and not sources:
            return []  # Chroma refuses an empty "$in"
        where = {"source": {"$in": list(sources)}} if sources is not None else None

        def query() -> Any:
            return self._chroma.collection("chunks").query(
                query_embeddings=[vector.tolist()], n_results=k, where=where, include=["distances"]
            )

        got = self._chroma.call(query)
        return [
            (i, 1.0 - float(d)) for i, d in zip(got["ids"][0], got["distances"][0], strict=True)
        ]

    def chunks(self) -> Iterator[StoredChunk]:
        """Every stored chunk, report by report, cut from Chroma's records (as ``get`` returns
        them)."""
        names = sorted(self._chroma.records())
        for start in range(0, len(names), 50):
            part = names[start : start + 50]
            for _, meta, text, rows, _ in self._chroma.read(part):
                yield from cut_chunks(meta["source"], text, meta, rows).values()

    def whole_reports(self, sources: Sequence[str]) -> dict[str, tuple[str, list[StoredChunk]]]:
        """Reports read whole: each one's canonical text and its chunks, in report order.

        Questions about every report (rankings, tables, mentions) read many reports at once;
        reports without a current chunk table (an interrupted ingest) are left out.
        """
        return {
            meta["source"]: (text, list(cut_chunks(meta["source"], text, meta, rows).values()))
            for _, meta, text, rows, _ in self._chroma.read(list(sources))
        }

    # -- consistency -----------------------------------------------------------------------

    def _open(self) -> LexicalSide:
        if self._side is None:
            self._side = open_side(lexical_dir(self.settings))
        return self._side

    def _reconcile(self, side: LexicalSide, stored: dict[str, Any] | None = None) -> None:
        """Bring the lexical side up to Chroma's records (the write lock is held)."""
        stored = self._chroma.records() if stored is None else stored
        side.reconcile(stored, self._chroma.read, self._chroma.identity())

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
            elif not side.catalog.clean_for(self._chroma.identity()):
                with side.catalog.locked(wait=False) as mine:
                    if mine and not side.catalog.clean_for(self._chroma.identity()):
                        self._reconcile(side)
            self._checked_at = moment
            return side

    def _check_server(self, side: LexicalSide) -> None:
        """Compare the server's records with the catalog, unless the server's generation is
        the one the catalog was last checked at (one small read instead of every record)."""
        token = self._chroma.generation()
        if (
            token
            and token == side.catalog.state().get("server")
            and side.catalog.clean_for("server")
        ):
            return
        stored = self._chroma.records()
        hashes = {source: meta.get("hash") for source, meta in stored.items()}
        if hashes != side.catalog.hashes() or not side.catalog.clean_for("server"):
            with side.catalog.locked():
                self._reconcile(side, stored)
        if not token:  # a store written by an older govqa
            token = self._chroma.announce()
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
