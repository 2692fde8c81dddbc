"""Ingest: files → reports → chunks → store, one report at a time (bounded memory, resumable)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np

from retrieval.chunking import chunk_report
from retrieval.errors import GovqaError
from retrieval.index import ChunkStore
from retrieval.loading import find_files, load_report

__all__ = ["ingest_paths"]

log = logging.getLogger(__name__)


def ingest_paths(
    store: ChunkStore,
    paths: list[Path],
    *,
    embed: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Ingest report files and folders into ``store``.

    A report whose text is unchanged is skipped without chunking or embedding; a changed one
    has its chunks replaced. Unreadable files are skipped with a one-line warning.

    Args:
        store: the chunk store.
        paths: files and/or directories.
        embed: compute dense embeddings (False: lexical search only, for very large corpora).
        progress: called with (done, total) after each file.

    Returns:
        Counts: ``added``, ``updated``, ``unchanged``, ``skipped``.

    Raises:
        InputError: a path does not exist.
    """
    files = list(find_files(paths))
    stored = store.reports() if store.exists() else {}
    counts = {"added": 0, "updated": 0, "unchanged": 0, "skipped": 0}
    embedder = _embedder() if embed else None
    for done, path in enumerate(files, start=1):
        try:
            report = load_report(path)
        except GovqaError as e:
            log.warning("skipped %s: %s", path.name, e)
            counts["skipped"] += 1
        else:
            previous = stored.get(report.source)
            if (
                previous
                and previous.get("hash") == report.content_hash
                and (previous.get("dense") or not embed)
            ):
                counts["unchanged"] += 1
            else:
                store.store_report(report, chunk_report(report), embedder)
                counts["updated" if previous else "added"] += 1
        if progress:
            progress(done, len(files))
    if counts["added"] or counts["updated"] or files:
        store.refresh_lexical()
    return counts


def _embedder() -> Callable[[list[str]], np.ndarray]:
    from retrieval.retriever import embed_passages

    return embed_passages
