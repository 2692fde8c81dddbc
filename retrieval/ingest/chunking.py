"""Chunking made for Chinese official reports: heading-aware, sentence-aligned, token-sized."""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from retrieval.ingest.loading import Report
from retrieval.text.sentences import HEADING_1, HEADING_2, ITEM, split_sentences
from retrieval.text.tokens import count_tokens
from retrieval.tuning import CHUNK_MIN_TOKENS, CHUNK_TOKENS

__all__ = ["CHUNKER_VERSION", "Chunk", "Prepared", "chunk_report", "fingerprint"]

# Bump when chunking or the way chunks are stored changes: stored reports are then re-chunked
# and stored again by the next ingest. 2: chunk tables (lexical-only chunks are table rows).
# 3: planted instructions are left out of the body.
CHUNKER_VERSION = "3"


@dataclass(frozen=True)
class Chunk:
    """A passage of one report: ``report.text[start:end] == text``."""

    id: str
    source: str
    text: str
    section: str
    start: int
    end: int
    metadata: dict[str, Any]

    @property
    def indexed_text(self) -> str:
        """What lexical and dense indexes see: the section path gives a passage its topic."""
        return f"{self.section}\n{self.text}" if self.section else self.text


@dataclass(frozen=True)
class Prepared:
    """A report ready to store: its chunks and each chunk's search words."""

    report: Report
    chunks: list[Chunk]
    words: list[list[str]]


def fingerprint(report: Report) -> str:
    """What decides that a stored report is up to date: its text and the chunker's version."""
    return f"{CHUNKER_VERSION}:{report.content_hash}"


def chunk_report(
    report: Report, max_tokens: int = CHUNK_TOKENS, tokens: Callable[[str], int] = count_tokens
) -> list[Chunk]:
    """Split a report's body into chunks that respect its headings and sentences.

    Args:
        report: the loaded report.
        max_tokens: upper bound of a chunk's size in cl100k tokens (a single longer sentence is
            kept whole).
        tokens: the token counter.

    Returns:
        Chunks in document order, each carrying source, title, region, year, section path and
        character offsets.
    """
    text = report.text
    chunks: list[Chunk] = []
    current: list[tuple[int, int]] = []
    size = 0
    h1 = h2 = ""

    def flush() -> None:
        nonlocal current, size
        if current:
            chunks.append(_make_chunk(report, current[0][0], current[-1][1], _path(h1, h2)))
        current, size = [], 0

    for seg_start, seg_end in report.body:
        # Markdown heading marks ("## 二、…") are layout, not part of the heading's name.
        seg_start += len(text[seg_start:seg_end]) - len(text[seg_start:seg_end].lstrip("#＃ \t"))
        if seg_start >= seg_end:
            continue
        segment = text[seg_start:seg_end]
        if HEADING_1.match(segment) and len(segment) <= 60 and "。" not in segment[:-1]:
            flush()
            h1, h2 = segment.rstrip("。:："), ""
            continue
        sentences = split_sentences(segment, seg_start)
        if HEADING_2.match(segment) and sentences:
            flush()
            h2 = text[sentences[0][0] : sentences[0][1]].rstrip("。:：")
        # A gap holding residue (not just white space) must never fall inside a chunk.
        if current and text[current[-1][1] : seg_start].strip():
            flush()
        for start, end in sentences:
            n = tokens(text[start:end])
            starts_item = bool(ITEM.match(text[start:end]))
            if current and (size + n > max_tokens or (starts_item and size >= CHUNK_MIN_TOKENS)):
                flush()
            current.append((start, end))
            size += n
    flush()
    return chunks


def _path(h1: str, h2: str) -> str:
    return " > ".join(part for part in (h1, h2) if part)


def _make_chunk(report: Report, start: int, end: int, section: str) -> Chunk:
    body = report.text[start:end]
    metadata: dict[str, Any] = {
        "source": report.source,
        "title": report.title,
        "section": section,
        "start": start,
        "end": end,
    }
    # Chroma metadata cannot hold None: an unknown region or year is simply absent.
    optional = {"region": report.region, "year": report.year, "published": report.published}
    metadata.update({key: value for key, value in optional.items() if value is not None})
    if report.pages:
        metadata["page"] = bisect.bisect_right(report.pages, start)
    key = "\x00".join(
        str(part) for part in (report.source, start, end, body, section, sorted(optional.items()))
    )
    chunk_id = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return Chunk(chunk_id, report.source, body, section, start, end, metadata)
