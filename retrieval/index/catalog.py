"""The lexical index's catalog (SQLite): which reports its postings hold, and whether that is
everything the store holds.

Every write to the store takes the write lock, marks the catalog dirty, writes Chroma, then the
postings, then the catalog, and marks it clean with the Chroma database it describes. A catalog
that is clean (and names the same database) therefore lists exactly the stored reports: an
unchanged re-ingest reads the rows of the files it was given and never opens Chroma. A dirty
catalog whose write lock is free was left by a killed writer: the next reader or writer
reconciles it with Chroma (``ChunkStore``), touching only the reports that differ.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

__all__ = ["Catalog"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS report (
    no INTEGER PRIMARY KEY,
    source TEXT UNIQUE NOT NULL,
    hash TEXT NOT NULL,
    chunks INTEGER NOT NULL,
    meta TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT OR IGNORE INTO state
VALUES ('dirty', '1'), ('store', ''), ('generation', '0'), ('next', '1');
"""
# Rows per "IN (...)" lookup (SQLite's variable limit is 32766; smaller keeps statements cheap).
_LOOKUP = 500


class Catalog:
    """The catalog in ``directory``/catalog.sqlite3, and the store's write lock beside it.

    Args:
        directory: the lexical index's directory.
    """

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / "catalog.sqlite3"
        self._lock = FileLock(str(directory / "write.lock"))
        self._local = threading.local()
        # Two processes opening a new catalog at once would both switch it to WAL and create
        # its tables, and one could fail with "database is locked": one does it while the other
        # waits (a lock of its own: the write lock is held for a whole ingest).
        with FileLock(str(directory / "open.lock")), self._db() as db:
            db.executescript(_SCHEMA)

    def _db(self) -> sqlite3.Connection:
        # One connection per thread (the bot answers from several).
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    # -- the write lock and the clean mark -----------------------------------------------------

    @contextmanager
    def locked(self, wait: bool = True) -> Iterator[bool]:
        """Hold the store's write lock (released by the OS if the process dies).

        Yields False (holding nothing) when ``wait`` is False and another process holds it.
        """
        try:
            self._lock.acquire(timeout=-1 if wait else 0)
        except Timeout:
            yield False
            return
        try:
            yield True
        finally:
            self._lock.release()

    def clean_for(self, store: str) -> bool:
        """True when the catalog lists exactly what the store ``store`` (an identity) holds."""
        state = self.state()
        return state["dirty"] == "0" and state["store"] == store

    def state(self) -> dict[str, str]:
        """``dirty`` ("0"/"1"), ``store`` (identity when last clean), ``generation``."""
        return dict(self._db().execute("SELECT key, value FROM state").fetchall())

    def remember(self, key: str, value: str) -> None:
        """Keep a value in the catalog's state (e.g. the server generation it was checked at)."""
        self._db().execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (key, value))

    def mark_dirty(self) -> None:
        """Before a write: the store is about to change."""
        self._db().execute("UPDATE state SET value = '1' WHERE key = 'dirty'")

    # -- rows ----------------------------------------------------------------------------------

    def assign(self, sources: Sequence[str]) -> dict[str, int]:
        """Report numbers for ``sources``: a stored report keeps its own, a new one gets one
        never used before (postings carry it; numbers of deleted postings are never reused)."""
        found = {s: int(n) for s, n in self._lookup("source, no", sources)}
        new = [s for s in dict.fromkeys(sources) if s not in found]
        if new:
            db = self._db()
            with _transaction(db):
                first = int(db.execute("SELECT value FROM state WHERE key = 'next'").fetchone()[0])
                db.execute("UPDATE state SET value = ? WHERE key = 'next'", (first + len(new),))
            found.update({s: first + i for i, s in enumerate(new)})
        return found

    def update(
        self,
        put: Sequence[tuple[int, str, dict[str, Any]]],
        drop: Iterable[str] = (),
        clean_store: str | None = None,
    ) -> None:
        """In one transaction: upsert (number, source, metadata) rows, delete ``drop``, bump
        the generation, and mark the catalog clean for ``clean_store`` when given."""
        db = self._db()
        with _transaction(db):
            db.executemany(
                "INSERT INTO report(no, source, hash, chunks, meta) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(source) DO UPDATE SET no = excluded.no, hash = excluded.hash, "
                "chunks = excluded.chunks, meta = excluded.meta",
                [
                    (no, s, str(m.get("hash")), int(m.get("chunks") or 0), _json(m))
                    for no, s, m in put
                ],
            )
            db.executemany("DELETE FROM report WHERE source = ?", [(s,) for s in drop])
            db.execute(
                "UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"
            )
            if clean_store is not None:
                db.execute("UPDATE state SET value = '0' WHERE key = 'dirty'")
                db.execute("UPDATE state SET value = ? WHERE key = 'store'", (clean_store,))

    def hashes(self, sources: Sequence[str] | None = None) -> dict[str, str]:
        """Report name → content hash, of ``sources`` (all when None)."""
        if sources is None:
            return dict(self._db().execute("SELECT source, hash FROM report").fetchall())
        return {s: str(h) for s, h in self._lookup("source, hash", sources)}

    def reports(self, sources: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
        """Report name → metadata (title, region, year, chunks, hash, dense …)."""
        rows = (
            self._db().execute("SELECT source, meta FROM report ORDER BY source").fetchall()
            if sources is None
            else self._lookup("source, meta", sources)
        )
        return {s: json.loads(m) for s, m in rows}

    def names(self, numbers: Iterable[int]) -> dict[int, str]:
        """Report number → name."""
        wanted = list(set(numbers))
        found: dict[int, str] = {}
        for start in range(0, len(wanted), _LOOKUP):
            part = wanted[start : start + _LOOKUP]
            marks = ",".join("?" * len(part))
            found.update(
                self._db().execute(f"SELECT no, source FROM report WHERE no IN ({marks})", part)
            )
        return found

    def chunk_count(self) -> int:
        """Chunks of every listed report."""
        return int(self._db().execute("SELECT COALESCE(SUM(chunks), 0) FROM report").fetchone()[0])

    def _lookup(self, columns: str, sources: Sequence[str]) -> list[tuple[Any, ...]]:
        found: list[tuple[Any, ...]] = []
        for start in range(0, len(sources), _LOOKUP):
            part = list(sources[start : start + _LOOKUP])
            marks = ",".join("?" * len(part))
            sql = f"SELECT {columns} FROM report WHERE source IN ({marks})"
            found.extend(self._db().execute(sql, part).fetchall())
        return found


def _json(meta: dict[str, Any]) -> str:
    return json.dumps(meta, ensure_ascii=False, sort_keys=True)


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
