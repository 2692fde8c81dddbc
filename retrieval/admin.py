"""The stored reports: list, read, ingest and remove them (what front ends administer)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from retrieval.config import Settings
from retrieval.errors import GovqaError
from retrieval.index import ChunkStore
from retrieval.schema import IngestProgress, SourceInfo

__all__ = ["Reports"]


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
            )
            for source, meta in sorted(self.store.reports().items())
        ]

    def passage(self, source: str, start: int, end: int, width: int = 300) -> str:
        """The source text around ``[start, end)``, ``width`` characters either side."""
        text = self.store.source_text(source)
        return text[max(0, start - width) : min(len(text), end + width)]

    def source_text(self, source: str) -> str:
        """The canonical text of a stored report (what citation offsets index).

        Raises:
            GovqaError: no such report.
        """
        return self.store.source_text(source)

    def ingest(
        self, paths: Iterable[Path], progress: Callable[[IngestProgress], None] | None = None
    ) -> dict[str, int]:
        """Ingest files/directories; returns counts (added, updated, unchanged, skipped)."""
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
