"""What the store writes: the shapes of its records (the connection to Chroma: ``chroma``)."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from retrieval.config import Settings
from retrieval.ingest.chunking import Chunk, Prepared, fingerprint


class StoredChunk(NamedTuple):
    """A chunk as the store holds it: ``text`` is its report's text at the span ``meta`` names
    (``start``, ``end``; with ``source``, ``section``, ``title``, ``region``, ``year``)."""

    id: str
    text: str
    meta: dict[str, Any]


# Report metadata that describes every chunk of the report.
REPORT_KEYS = ("title", "region", "year")


def stand_in(key: str) -> list[float]:
    """A 2-d unit vector spread by ``key``: Chroma needs a vector for every record (reports and
    tables are only ever fetched by id), and equal vectors make its graph index crawl."""
    angle = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF * 2 * math.pi
    return [math.cos(angle), math.sin(angle)]


def table_rows(item: Prepared) -> list[list[Any]]:
    """A report's chunk table rows: every chunk's id, span, section and page."""
    return [[c.id, c.start, c.end, c.section, c.metadata.get("page")] for c in item.chunks]


def table(item: Prepared) -> dict[str, Any]:
    """A report's chunk table: every chunk's id, span, section and page, and its search words."""
    rows = json.dumps(table_rows(item), ensure_ascii=False)
    words = "\n".join(" ".join(words) for words in item.words)
    # Chroma keeps every metadata string in an indexed table: compressed, a table costs it a
    # quarter of the disk and write time (`python bench/scale.py`).
    return {
        "hash": fingerprint(item.report),
        "packed": True,
        "rows": _pack(rows),
        "words": _pack(words),
    }


def read_table(meta: dict[str, Any]) -> tuple[list[list[Any]], list[str]]:
    """A chunk table's rows and each chunk's search words (space-separated), as ``table`` wrote
    (or an earlier govqa, uncompressed)."""
    unpack = _unpack if meta.get("packed") else str
    return json.loads(unpack(meta["rows"])), unpack(meta["words"]).split("\n")


def _pack(text: str) -> str:
    return base64.b64encode(zlib.compress(text.encode("utf-8"), 6)).decode("ascii")


def _unpack(value: Any) -> str:
    return zlib.decompress(base64.b64decode(str(value))).decode("utf-8")


def cut_chunks(
    source: str, text: str, meta: dict[str, Any], rows: list[list[Any]]
) -> dict[str, StoredChunk]:
    """A report's chunks cut from its ``text`` by its table ``rows`` (``meta``: its record)."""
    shared = {"source": source, **{k: meta[k] for k in REPORT_KEYS if k in meta}}
    found: dict[str, StoredChunk] = {}
    for chunk_id, start, end, section, page in rows:
        chunk_meta = {**shared, "section": section, "start": start, "end": end}
        if page is not None:
            chunk_meta["page"] = page
        found[chunk_id] = StoredChunk(chunk_id, text[start:end], chunk_meta)
    return found


def lexical_dir(settings: Settings) -> Path:
    """Where the BM25 index of ``settings``' store lives."""
    collection = settings.collection
    if settings.chroma_url:
        # Every client of a server keeps its own copy, rebuilt from the server when stale.
        key = f"{settings.chroma_url}\n{collection}"
        tag = hashlib.sha256(key.encode()).hexdigest()[:10]
        return settings.index_dir / f"lexical-{tag}"
    return settings.index_dir / ("lexical" if collection == "govqa" else f"lexical-{collection}")


def text_hash(chunk: Chunk) -> str:
    """What identifies a chunk's embedding: the text the embedder sees."""
    return hashlib.sha256(chunk.indexed_text.encode("utf-8")).hexdigest()[:24]


def report_meta(item: Prepared, dense: bool) -> dict[str, Any]:
    """A report's record metadata (``dense``: every chunk has a vector)."""
    report = item.report
    meta: dict[str, Any] = {
        "title": report.title,
        "hash": fingerprint(report),
        "chunks": len(item.chunks),
        "dense": dense,
    }
    for key in ("region", "year", "published"):
        if getattr(report, key) is not None:
            meta[key] = getattr(report, key)
    if report.excluded:  # planted instructions, left out of the chunks
        meta["excluded"] = json.dumps(report.excluded)
    return meta


def batches(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    """``items`` in slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
