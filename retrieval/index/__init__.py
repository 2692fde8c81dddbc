"""The store: Chroma holds reports, chunk tables and dense vectors; a BM25 index sits beside it.

This package is the only place that talks to Chroma. Three collections:

- ``govqa_sources``: a report's canonical text and metadata (title, region, year, content hash);
- ``govqa_tables``: a report's chunk table (id, character span, section, page of every chunk)
  and each chunk's search words, from which the BM25 index is built;
- ``govqa``: chunks with a dense vector (text, metadata, embedding), for dense search.

A chunk ingested without a vector (``--no-dense``) is a row of its report's table and its text is
the report's text at its span: a lexical-only ingest costs two writes per report instead of one
per chunk (Chroma indexes every chunk record, a few ms each: `python bench/scale.py`). A report's
source record is written after its chunks and table, so an interrupted ingest leaves reports
either complete or absent from ``reports()``: running it again finishes the rest.
"""

from retrieval.index.records import StoredChunk
from retrieval.index.store import ChunkStore

__all__ = ["ChunkStore", "StoredChunk"]
