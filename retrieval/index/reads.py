"""Reading reports back from Chroma: their records, and their text cut by their chunk tables."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from retrieval.index.records import read_table

__all__ = ["GENERATION", "Report", "generation", "read_reports", "records"]

# The record of a server's generation (in "<collection>_state"), renewed by every write.
GENERATION = "generation"

# A report as the lexical side indexes it: name, record metadata, text, table rows, and each
# chunk's search words (space-separated).
Report = tuple[str, dict[str, Any], str, list[list[Any]], list[str]]


def records(collection: Callable[[str], Any]) -> dict[str, dict[str, Any]]:
    """Every report record: name → metadata (reads them all: for repairs and checks)."""
    got = collection("sources").get(include=["metadatas"])
    return {i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"], strict=True)}


def read_reports(collection: Callable[[str], Any], sources: Iterable[str]) -> list[Report]:
    """Those of ``sources`` whose chunk table matches their record, with text, rows and words.

    Args:
        collection: ``sources`` or ``tables`` → that Chroma collection.
        sources: report names.
    """
    got = collection("sources").get(ids=list(sources), include=["documents", "metadatas"])
    reports = {
        i: (d, m or {})
        for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
    }
    if not reports:
        return []
    tables = collection("tables").get(ids=list(reports), include=["metadatas"])
    found: list[Report] = []
    for source, table in zip(tables["ids"], tables["metadatas"], strict=True):
        text, meta = reports[source]
        # A crash between the writes of a replaced report leaves a table that belongs to the
        # next version of its text: leave it out until the ingest is run again.
        if table and table.get("hash") == meta.get("hash"):
            rows, words = read_table(table)
            found.append((source, {**meta, "source": source}, text, rows, words))
    return found


def generation(collection: Callable[[str], Any]) -> str:
    """A server's generation: it changes whenever a client writes ("" if none was written)."""
    got = collection("state").get(ids=[GENERATION], include=["metadatas"])
    return str((got["metadatas"][0] or {}).get("token", "")) if got["ids"] else ""
