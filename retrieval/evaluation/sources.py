"""Report texts for checking citations: from the store, or from a folder of report files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any

from retrieval.errors import GovqaError
from retrieval.ingest.loading import load_report

__all__ = ["SourceStore"]

# A report's canonical text and its context (title, region): what citing it attributes.
Loaded = tuple[str, tuple[str, ...]]


class SourceStore:
    """Report texts and contexts by file name, read once each.

    Args:
        reports_dir: a folder of report files, read with the ingest loader (so offsets index
            the same canonical text). Use ``from_index`` to read the stored reports instead.
    """

    def __init__(self, reports_dir: Path, *, _load: Callable[[str], Loaded] | None = None) -> None:
        self.where = str(reports_dir)
        self._read = _load or (lambda source: _from_folder(reports_dir, source))
        self._cache: dict[str, Loaded | GovqaError] = {}

    @classmethod
    def from_index(cls, store: Any) -> SourceStore:
        """Read the reports' texts from a ``ChunkStore`` (works from any working directory)."""

        def load(source: str) -> Loaded:
            meta = store.reports().get(source)
            if meta is None:
                raise GovqaError(f"unknown source {source!r}: no such report in {found.where}")
            context = tuple(c for c in (meta.get("title"), meta.get("region")) if c)
            return store.source_text(source), context

        found = cls(Path(store.where), _load=load)
        found.where = f"the store at {store.where}"
        return found

    def text(self, source: str) -> str:
        """The report's canonical text (raises GovqaError when unknown or unreadable)."""
        return self._load(source)[0]

    def context(self, source: str) -> tuple[str, ...]:
        """The report's title and region: what citing the report attributes to a sentence."""
        return self._load(source)[1]

    def _load(self, source: str) -> Loaded:
        # A report's identity is its file name: a path names some other file.
        if source in {"", ".", ".."} or PurePath(source).name != source:
            raise GovqaError(f"unknown source {source!r}: a source is a report's file name")
        name = source
        if name not in self._cache:
            try:
                self._cache[name] = self._read(name)
            except GovqaError as e:
                self._cache[name] = e
        cached = self._cache[name]
        if isinstance(cached, GovqaError):
            raise cached
        return cached


def _from_folder(folder: Path, name: str) -> Loaded:
    path = folder / name
    if not path.is_file():
        nested = sorted(folder.rglob(name)) if folder.is_dir() else []
        if not nested:
            raise GovqaError(f"unknown source {name!r}: no such report in {folder}")
        path = nested[0]
    report = load_report(path)
    return report.text, tuple(c for c in (report.title, report.region) if c)
