"""Ingest: files → reports → chunks → store, streamed in batches (bounded memory, resumable).

Each batch is written whole (Chroma, then the lexical postings and catalog) before the next is
read, so memory depends on the batch, not on how many reports are stored or given.

Loading, chunking and word cutting are CPU-bound and independent per file, so a large ingest
runs them in worker processes while the main process writes to the store in batches.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from retrieval.errors import GovqaError
from retrieval.ingest.chunking import Prepared, chunk_report, fingerprint
from retrieval.ingest.files import find_files
from retrieval.ingest.loading import load_report
from retrieval.ingest.planted import exclude_planted
from retrieval.schema import IngestProgress
from retrieval.text.words import tokenize, warm_up
from retrieval.types import Embedder

__all__ = ["ReportSink", "ingest_paths"]

log = logging.getLogger(__name__)

# Chunks written per store call: larger batches amortise Chroma's per-write cost.
BATCH_CHUNKS = 2000
# Below this many files, worker start-up (jieba's dictionary, per process) is not worth it.
PARALLEL_FROM = 24
# Files in flight at once: bounds memory whatever the corpus size.
WINDOW = 64

_known: dict[str, str] = {}
_max_bytes = 20 * 2**20


class ReportSink(Protocol):
    """Where prepared reports go (the index's ``ChunkStore``)."""

    def stored(self, sources: Sequence[str]) -> dict[str, dict[str, Any]]: ...

    def store_reports(self, batch: Sequence[Prepared], embed: Embedder | None) -> None: ...


def ingest_paths(
    store: ReportSink,
    paths: list[Path],
    *,
    embedder: Embedder | None = None,
    progress: Callable[[IngestProgress], None] | None = None,
    max_mb: float = 20.0,
    follow_symlinks: bool = False,
) -> dict[str, int]:
    """Ingest report files and folders into ``store``.

    A report whose text is unchanged is skipped without chunking or embedding; a changed one
    has its chunks replaced. Unreadable files are skipped with a one-line warning. An
    interrupted ingest leaves the store consistent; running it again finishes the rest.

    Args:
        store: where reports are written (the chunk store).
        paths: files and/or directories.
        embedder: passage embedder; None stores reports for lexical search only (very large
            corpora).
        progress: called at the start and after each file with files and bytes done.
        max_mb: larger files are skipped with a warning (one report is never that big; a
            huge file would hold the whole ingest up), and so are files whose extracted text
            is larger, or (.docx) that would unpack to far more.
        follow_symlinks: also ingest links, inside a folder, to files outside it.

    Returns:
        Counts: ``added``, ``updated``, ``unchanged``, ``skipped``, and ``flagged`` (reports
        holding text addressed to a model, left out of answers) when there are any.

    Raises:
        InputError: a path does not exist.
    """
    files = _unique_names(find_files(paths, follow_symlinks))
    # Only the given files' records are read: the check grows with them, not with the store.
    stored = store.stored([path.name for path in files])
    known = {
        source: str(meta.get("hash"))
        for source, meta in stored.items()
        if meta.get("dense") or embedder is None
    }
    counts = {"added": 0, "updated": 0, "unchanged": 0, "skipped": 0}
    batch: list[Prepared] = []
    size = 0
    max_bytes = int(max_mb * 2**20)
    sizes = [_size(path) for path in files]
    _report(progress, files, sizes, 0)
    for done, (_path, outcome) in enumerate(_prepared(files, known, max_bytes), start=1):
        if isinstance(outcome, str):
            counts[outcome] += 1
        else:
            counts["updated" if outcome.report.source in stored else "added"] += 1
            _report_planted(outcome, counts)
            batch.append(outcome)
            size += len(outcome.chunks)
            if size >= BATCH_CHUNKS or embedder is not None:
                store.store_reports(batch, embedder)
                batch, size = [], 0
        _report(progress, files, sizes, done)
    store.store_reports(batch, embedder)
    return counts


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reported when it is read


def _report(
    progress: Callable[[IngestProgress], None] | None,
    files: list[Path],
    sizes: list[int],
    done: int,
) -> None:
    # Files come back in order (see _windowed), so the next one is the one being worked on.
    if progress:
        current = files[done].name if done < len(files) else None
        progress(
            IngestProgress(
                done=done,
                total=len(files),
                bytes_done=sum(sizes[:done]),
                bytes_total=sum(sizes),
                current=current,
            )
        )


def _report_planted(item: Prepared, counts: dict[str, int]) -> None:
    excluded = item.report.excluded
    if excluded:
        counts["flagged"] = counts.get("flagged", 0) + 1
        log.warning(
            "%s: %d passage(s) addressed to a model (planted instructions) are left out of answers",
            item.report.source,
            len(excluded),
        )


def _unique_names(found: Iterator[Path]) -> list[Path]:
    """Files with distinct names: a report's file name is its identity in the store."""
    first: dict[str, Path] = {}
    for path in found:
        if path.name in first:
            where = first[path.name].parent
            log.warning(
                "skipped %s: a report named %s was already taken from %s", path, path.name, where
            )
        else:
            first[path.name] = path
    return list(first.values())


def _prepared(
    files: list[Path], known: dict[str, str], max_bytes: int
) -> Iterator[tuple[Path, Prepared | str]]:
    if len(files) < PARALLEL_FROM:
        global _known, _max_bytes
        _known, _max_bytes = known, max_bytes
        for path in files:
            yield path, _prepare(path)
        return
    workers = min(os.cpu_count() or 1, 4)
    setup = (known, max_bytes)
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=setup) as pool:
        yield from _windowed(pool, files)


def _windowed(pool: Executor, files: list[Path]) -> Iterator[tuple[Path, Prepared | str]]:
    # Up to WINDOW files in flight, topped up as results are taken: the workers keep cutting
    # words while the main process writes to the store, and memory stays bounded.
    pending: deque[tuple[Path, Future[Prepared | str]]] = deque()
    it = iter(files)
    for path in islice(it, WINDOW):
        pending.append((path, pool.submit(_prepare, path)))
    while pending:
        path, future = pending.popleft()
        for more in islice(it, 1):
            pending.append((more, pool.submit(_prepare, more)))
        yield path, future.result()


def _start_worker(known: dict[str, str], max_bytes: int) -> None:
    global _known, _max_bytes
    _known, _max_bytes = known, max_bytes
    _exit_with_parent()
    warm_up()


def _exit_with_parent() -> None:
    # A killed ingest (kill -9) must not leave its workers behind holding its pipes.
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _prepare(path: Path) -> Prepared | str:
    """Load, chunk and cut one file; "unchanged" or "skipped" when there is nothing to store."""
    try:
        size = path.stat().st_size
        if size > _max_bytes:
            raise GovqaError(
                f"{path.name}: {size / 2**20:.0f} MB is over the {_max_bytes / 2**20:.0f} MB limit "
                "for one report (raise GOVQA_MAX_REPORT_MB to ingest it)"
            )
        report = exclude_planted(load_report(path, _max_bytes))
    except (GovqaError, OSError) as e:
        message = str(e) if path.name in str(e) else f"{path.name}: {e}"
        log.warning("skipped %s", message)
        return "skipped"
    if _known.get(report.source) == fingerprint(report):
        return "unchanged"
    chunks = chunk_report(report)
    return Prepared(report, chunks, [tokenize(chunk.indexed_text) for chunk in chunks])
