"""The lexical side of the store: postings and catalog, written with Chroma and kept equal to it.

A write (``writing``) takes the store's write lock, repairs a catalog left dirty by a killed
writer, marks it dirty, and yields; the caller writes Chroma, then ``put``/``drop`` write the
postings and the catalog, the catalog last, marking it clean again. Only the reports written
are touched. ``reconcile`` repairs a dirty catalog from Chroma's records and chunk tables,
touching only the reports whose hash differs, a hundred at a time (bounded memory).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from retrieval.index.catalog import Catalog
from retrieval.index.lexical import LexicalIndex, save_query_dict
from retrieval.index.postings import Postings
from retrieval.index.reads import Report
from retrieval.index.records import StoredChunk, batches, cut_chunks

__all__ = ["LexicalSide", "open_side"]

log = logging.getLogger(__name__)
# Reports read from Chroma per step of a reconcile.
_STEP = 100
# Attempts at opening a catalog another process holds busy (0.2 s, 0.4 s… apart).
_BUSY_TRIES = 8


class LexicalSide:
    """Postings and catalog in ``directory``.

    Args:
        directory: the lexical index's directory.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.catalog = Catalog(directory)
        self.postings = Postings(directory / "postings")

    @contextmanager
    def writing(self, identity: Callable[[], str], repair: Callable[[], None]) -> Iterator[None]:
        """Hold the write lock for one write; ``repair`` runs first if the catalog is dirty."""
        with self.catalog.locked():
            if not self.catalog.clean_for(identity()):
                repair()
            self.catalog.mark_dirty()
            yield

    def put(self, reports: Sequence[Report], clean_store: str | None) -> None:
        """Index (or re-index) whole reports, then list them in the catalog."""
        if not reports:
            return
        numbers = self.catalog.assign([name for name, *_ in reports])
        with self.postings.writer() as writer:
            for name, meta, text, rows, words in reports:
                chunks = cut_chunks(name, text, meta, rows).values()
                self.postings.replace(writer, name, numbers[name], zip(chunks, words, strict=True))
        self._save_words()
        put = [(numbers[name], name, meta) for name, meta, *_ in reports]
        self.catalog.update(put, clean_store=clean_store)

    def drop(self, sources: Sequence[str], clean_store: str | None) -> None:
        """Remove reports' postings, then their catalog rows."""
        if sources:
            with self.postings.writer() as writer:
                for source in sources:
                    writer.delete_documents_by_term("source", source)
        self.catalog.update([], drop=sources, clean_store=clean_store)

    def reconcile(
        self,
        stored: dict[str, dict[str, Any]],
        read: Callable[[Sequence[str]], list[Report]],
        clean_store: str,
    ) -> None:
        """Make the catalog list ``stored`` (Chroma's records: name → metadata).

        Args:
            stored: every report Chroma holds.
            read: names → those reports, whose chunk tables match their records.
            clean_store: the Chroma identity to mark the catalog clean for.
        """
        have = self.catalog.hashes()
        gone = [name for name in have if name not in stored]
        todo = [name for name, meta in stored.items() if have.get(name) != meta.get("hash")]
        if gone or todo:
            log.info("lexical index: %d reports to index, %d to drop", len(todo), len(gone))
        self.drop(gone, None)
        missing = 0
        for part in batches(todo, _STEP):
            found = [r for r in read(part) if r[1].get("hash") == stored[r[0]].get("hash")]
            self.put(found, None)
            # A report whose table does not match its record (an older govqa, or a replace
            # killed between its writes) is listed without postings: the next ingest of its
            # file stores it again.
            listed = {name for name, *_ in found}
            bare = [name for name in part if name not in listed]
            missing += len(bare)
            self.drop(bare, None)
            numbers = self.catalog.assign(bare)
            self.catalog.update([(numbers[name], name, stored[name]) for name in bare])
        if missing:
            log.warning(
                "%d reports have no chunk table (stored by an older govqa or an interrupted "
                "ingest): run `govqa ingest` again",
                missing,
            )
        self.catalog.update([], clean_store=clean_store)

    def view(self, previous: LexicalIndex | None) -> LexicalIndex:
        """The index as of now (``previous`` when nothing changed since it was made)."""
        state = self.catalog.state()["generation"]
        if previous is not None and previous.state == state:
            return previous
        self.postings.reload()
        return LexicalIndex(self.postings, self.catalog, self.directory, state)

    def passages(self, ids: Sequence[str]) -> dict[str, StoredChunk]:
        """Indexed passages by chunk id."""
        return self.postings.chunks(self.postings.searcher(), ids)

    def _save_words(self) -> None:
        # The query tokenizer must know every indexed word; rewriting an unchanged dictionary
        # would make every running process reload it for nothing.
        vocabulary = self.postings.vocabulary()
        path = self.directory / "query_dict.txt"
        with contextlib.suppress(OSError):
            known = {
                line.split(" ", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()
            }
            if known.issuperset(vocabulary):
                return
        save_query_dict(self.directory, vocabulary)


def open_side(directory: Path) -> LexicalSide:
    """The lexical side in ``directory``, opened whatever state it was left in.

    An older govqa's in-memory BM25 files, or a damaged copy, are rebuilt from Chroma's records
    (a new catalog starts by reading them): the lexical side is derived data. A catalog another
    process holds busy is waited for, not rebuilt: that would pull it from under the process.
    """
    if (directory / "meta.json").exists() and not (directory / "catalog.sqlite3").exists():
        shutil.rmtree(directory, ignore_errors=True)
    try:
        return _open_waiting(directory)
    except (sqlite3.DatabaseError, ValueError, OSError) as e:
        log.warning("lexical index at %s is unreadable (%s): rebuilding", directory, e)
        shutil.rmtree(directory, ignore_errors=True)
        return LexicalSide(directory)


def _open_waiting(directory: Path) -> LexicalSide:
    for attempt in range(_BUSY_TRIES):
        try:
            return LexicalSide(directory)
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or attempt == _BUSY_TRIES - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable: the last attempt returns or raises")
