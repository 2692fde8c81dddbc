"""Writing reports: dense chunks first, then chunk tables, then the reports' records.

A report's record is written last, so an interrupted write leaves the report absent from the
store's reports (and stored again by the next ingest), never half there.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from retrieval.index.reads import GENERATION
from retrieval.index.records import (
    batches,
    report_meta,
    stand_in,
    table,
    text_hash,
)
from retrieval.ingest.chunking import Chunk, Prepared
from retrieval.types import Embedder

# Chunks per write: larger batches amortise Chroma's per-write cost.
_BATCH = 1000


def write_reports(
    collection: Callable[[str], Any],
    batch: Sequence[Prepared],
    embed: Embedder | None,
    max_batch: int,
) -> list[dict[str, Any]]:
    """Replace the chunks of several reports; chunks already embedded are not embedded again.

    Args:
        collection: ``chunks``, ``tables`` or ``sources`` → that Chroma collection.
        batch: loaded reports with their chunks and the chunks' search words.
        embed: passage embedder; None stores the reports for lexical search only (chunks
            embedded earlier keep their vectors).
        max_batch: the most ids Chroma takes in one call.

    Returns:
        Each report's record metadata, as stored.
    """
    names = [item.report.source for item in batch]
    dense = collection("chunks")
    wanted = {c.id for item in batch for c in item.chunks}
    existing = dense.get(where={"source": {"$in": names}}, include=[])["ids"]
    for ids in batches([i for i in existing if i not in wanted], max_batch):
        dense.delete(ids=list(ids))
    have = wanted.intersection(existing)
    if embed is not None:
        todo = [c for item in batch for c in item.chunks if c.id not in have]
        for part in batches(todo, _BATCH):
            dense.upsert(
                ids=[c.id for c in part],
                documents=[c.text for c in part],
                metadatas=[{**c.metadata, "thash": text_hash(c)} for c in part],
                embeddings=vectors(dense, part, embed),
            )
        have = wanted
    collection("tables").upsert(
        ids=names,
        metadatas=[table(item) for item in batch],
        embeddings=[stand_in(name) for name in names],
    )
    metas = [report_meta(item, all(c.id in have for c in item.chunks)) for item in batch]
    collection("sources").upsert(
        ids=names,
        documents=[item.report.text for item in batch],
        metadatas=metas,
        embeddings=[stand_in(name) for name in names],
    )
    return metas


def vectors(dense: Any, chunks: Sequence[Chunk], embed: Embedder) -> list[list[float]]:
    """Embeddings for ``chunks``; a chunk whose text is already stored reuses its vector."""
    hashes = [text_hash(c) for c in chunks]
    known = dense.get(
        where={"thash": {"$in": list(set(hashes))}}, include=["embeddings", "metadatas"]
    )
    cache = {
        (m or {}).get("thash"): list(map(float, e))
        for e, m in zip(known["embeddings"], known["metadatas"], strict=True)
    }
    missing = [c for c, h in zip(chunks, hashes, strict=True) if h not in cache]
    if missing:
        fresh = embed([c.indexed_text for c in missing])
        for chunk, vector in zip(missing, fresh, strict=True):
            cache[text_hash(chunk)] = [float(x) for x in vector]
    return [cache[h] for h in hashes]


def drop_legacy(client: Any, collection: str) -> None:
    """Delete the collection of lexical-only chunks that stores before chunk tables kept.

    Their reports carry an older fingerprint, so the ingest under way stores them again.
    """
    legacy = collection + "_lexical"
    if legacy in {getattr(c, "name", c) for c in client.list_collections()}:
        client.delete_collection(legacy)


def new_generation(collection: Callable[[str], Any]) -> str:
    """Renew a server's generation (see ``reads.generation``); returns it."""
    token = uuid.uuid4().hex
    collection("state").upsert(
        ids=[GENERATION], metadatas=[{"token": token}], embeddings=[stand_in(GENERATION)]
    )
    return token
