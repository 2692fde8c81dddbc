"""The connection to Chroma: the client, opened once on first use, its collections, and failures.

``ChunkStore`` decides what to read and write and keeps the lexical side equal to Chroma; this
module is how it reaches Chroma at all. Answering threads share one store, so the client is
opened under a lock; a server that stops answering becomes a ``StoreUnavailableError`` that says
how to start it, and the next call connects again. A local store is known by its database file,
so the catalog can tell whether it still describes the same store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from retrieval.config import Settings
from retrieval.errors import GovqaError, StoreUnavailableError
from retrieval.index.reads import Report, generation, read_reports, records
from retrieval.index.writes import drop_legacy, new_generation

__all__ = ["Chroma", "connect"]

# Chroma keeps every write in its log until the vector index is flushed (every 1000 records by
# default) and each write re-reads that log: with records the size of a report, writes slowed
# down as the store grew. Flushing often keeps them flat.
_FLUSH_OFTEN = {"hnsw:sync_threshold": 50, "hnsw:batch_size": 50}


def connect(settings: Settings) -> Any:
    """A Chroma client: persistent in ``index_dir``, or HTTP to ``chroma_url`` (checked first)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    url = settings.chroma_url
    if not url:
        from filelock import FileLock

        path = settings.index_dir / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        # Chroma creates a new database's tables as it opens it, and two processes doing that
        # at once fail ("table collections already exists"): one opens it at a time.
        with FileLock(str(settings.index_dir / "chroma.lock")):
            return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    from urllib.parse import urlparse

    import httpx

    # chromadb's HTTP client never times out, and talks to the server while it is built:
    # check the server answers at all before handing it over.
    httpx.get(
        f"{url.rstrip('/')}/api/v2/heartbeat", timeout=settings.chroma_timeout
    ).raise_for_status()
    parsed = urlparse(url)
    client = chromadb.HttpClient(
        host=parsed.hostname or "127.0.0.1",
        port=parsed.port or 8000,
        ssl=parsed.scheme == "https",
        settings=chroma_settings,
    )
    # A server that hangs later must not hang every question (and bot thread).
    session = getattr(getattr(client, "_server", None), "_session", None)
    if session is not None:
        session.timeout = httpx.Timeout(settings.chroma_timeout)
    return client


class Chroma:
    """One store's Chroma client and collections, shared by the threads that answer.

    Args:
        settings: where the store lives (``index_dir``) or which server (``chroma_url``), and
            the collection's name.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: Any = None
        self._connecting = threading.Lock()
        self._collections: dict[str, Any] = {}
        self._legacy_dropped = False

    def present(self) -> bool:
        """False for a local store whose database was never written (a server may hold any)."""
        return bool(self.settings.chroma_url) or self._database().exists()

    def _database(self) -> Path:
        return self.settings.index_dir / "chroma" / "chroma.sqlite3"

    def identity(self) -> str:
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

    def call(self, fn: Callable[[], Any]) -> Any:
        """``fn()`` with the client open; a server's failure is a ``StoreUnavailableError``.

        Raises:
            StoreUnavailableError: the Chroma server cannot be reached.
        """
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

    def collection(self, kind: str) -> Any:
        """``chunks`` (dense), ``tables``, ``sources`` or ``state`` (a server's generation).

        Only inside :meth:`call`, which opens the client.
        """
        if kind not in self._collections:
            name = self.settings.collection + ("" if kind == "chunks" else f"_{kind}")
            space = {"hnsw:space": "cosine"} if kind == "chunks" else _FLUSH_OFTEN
            self._collections[kind] = self._client.get_or_create_collection(
                name, metadata=space, embedding_function=None
            )
        return self._collections[kind]

    def begin_write(self) -> int:
        """Ready the store for a write; returns how many records one write may hold.

        Inside :meth:`call`. The first write of a process also drops what stores before chunk
        tables kept (``writes.drop_legacy``).
        """
        if not self._legacy_dropped:
            drop_legacy(self._client, self.settings.collection)
            self._legacy_dropped = True
        return int(min(self._client.get_max_batch_size(), 5000))

    def records(self) -> dict[str, dict[str, Any]]:
        """Every report record Chroma holds: name → metadata."""
        if not self.present():
            return {}
        return dict(self.call(partial(records, self.collection)))

    def read(self, sources: Sequence[str]) -> list[Report]:
        """Those of ``sources`` stored whole: text, chunk table and words (``read_reports``)."""
        return list(self.call(partial(read_reports, self.collection, sources)))

    def generation(self) -> str:
        """A server's generation: it changes whenever a client writes ("" if none was written)."""
        return str(self.call(partial(generation, self.collection)))

    def announce(self) -> str:
        """Renew a server's generation, so that its other clients see the reports change.

        Before and after every write. A local store is told apart by its database file
        instead (:meth:`identity`): nothing is written and "" is returned.
        """
        if not self.settings.chroma_url:
            return ""
        return str(self.call(partial(new_generation, self.collection)))
