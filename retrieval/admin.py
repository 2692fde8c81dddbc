"""The stored reports: list, read, ingest and remove them (what front ends administer)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from retrieval.config import Settings
from retrieval.errors import GovqaError
from retrieval.index import ChunkStore
from retrieval.schema import IngestProgress, SourceInfo

__all__ = ["LEFT_OUT", "Reports"]

# What stands for text addressed to a model (planted instructions) when a passage is shown.
LEFT_OUT = "［…］"


class Reports:
    """The reports of one store.

    Args:
        store: the chunk store.
        settings: the application settings (embedding and size limits for ingest).
    """

    def __init__(self, store: ChunkStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def sources(self) -> list[SourceInfo]:
        """The stored reports with title, region, year and chunk count."""
        return [
            SourceInfo(
                source=source,
                title=str(meta.get("title") or source),
                region=meta.get("region"),
                year=meta.get("year"),
                published=meta.get("published"),
                chunks=int(meta.get("chunks") or 0),
                flagged=len(_excluded(meta)),
            )
            for source, meta in sorted(self.store.reports().items())
        ]

    def passage(self, source: str, start: int, end: int, width: int = 300) -> str:
        """The source text around ``[start, end)``, ``width`` characters either side; text
        addressed to a model (planted instructions) is shown as ``［…］``."""
        text = self.store.source_text(source)
        begin, stop = max(0, start - width), min(len(text), end + width)
        pieces, cursor = [], begin
        for ex_start, ex_end in _excluded(self.store.reports().get(source, {})):
            if ex_end > cursor and ex_start < stop:
                pieces += [text[cursor : max(cursor, ex_start)], LEFT_OUT]
                cursor = min(stop, max(cursor, ex_end))
        return "".join([*pieces, text[cursor:stop]])

    def source_text(self, source: str) -> str:
        """The canonical text of a stored report (what citation offsets index).

        Raises:
            GovqaError: no such report.
        """
        return self.store.source_text(source)

    def ingest(
        self,
        paths: Iterable[Path],
        progress: Callable[[IngestProgress], None] | None = None,
        follow_symlinks: bool = False,
    ) -> dict[str, int]:
        """Ingest files/directories; returns counts (added, updated, unchanged, skipped and,
        when there are any, flagged: see ``retrieval.ingest.pipeline.ingest_paths``)."""
        from retrieval.ingest.pipeline import ingest_paths

        embedder = None
        if self.settings.embed:
            from retrieval.embeddings import embed_passages

            embedder = embed_passages
        return ingest_paths(
            self.store,
            list(paths),
            embedder=embedder,
            progress=progress,
            max_mb=self.settings.max_report_mb,
            follow_symlinks=follow_symlinks,
        )

    def remove(self, source: str) -> int:
        """Drop one report by file name; returns the number of chunks removed.

        Raises:
            GovqaError: no such report.
        """
        if source not in self.store.reports():
            raise GovqaError(f"no report named {source!r} in the store: see `govqa sources`")
        removed = self.store.remove(source)
        self.store.refresh_lexical()
        return removed


def _excluded(meta: dict[str, Any]) -> list[tuple[int, int]]:
    """The spans of planted instructions a report record notes (``retrieval.ingest.planted``)."""
    return [(int(a), int(b)) for a, b in json.loads(meta.get("excluded") or "[]")]
