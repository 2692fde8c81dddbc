"""Chunk postings in a tantivy index: BM25 over pre-cut jieba words, on disk, incremental.

tantivy keeps segments on disk (memory-mapped: opening the index costs milliseconds whatever its
size), replaces a report by deleting its documents by term and adding the new ones, and scores
with the same BM25 as bm25s (k1 1.2, b 0.75, idf ln(1 + (N - df + 0.5) / (df + 0.5))). Each
chunk document also stores its text and metadata, so passages can be read back without Chroma.
Measured against bm25s and SQLite FTS5: docs/deployment.md.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from retrieval.index.records import StoredChunk

__all__ = ["Postings"]

log = logging.getLogger(__name__)

_TOKENIZER = "govqa_words"
# The writer's indexing buffer: bounds ingest memory whatever the batch (tantivy flushes a
# segment when it is full).
_WRITER_HEAP = 48_000_000


def _schema() -> Any:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field(
        "source", stored=True, fast=True, tokenizer_name="raw", index_option="basic"
    )
    builder.add_unsigned_field("report", fast=True)
    builder.add_text_field("words", tokenizer_name=_TOKENIZER, index_option="freq")
    builder.add_text_field("text", stored=True, index_option="basic", tokenizer_name="raw")
    builder.add_text_field("meta", stored=True, index_option="basic", tokenizer_name="raw")
    return builder.build()


class Postings:
    """The chunk index in ``directory`` (created when missing).

    Args:
        directory: where tantivy keeps its segments.
    """

    def __init__(self, directory: Path) -> None:
        import tantivy

        self._t = tantivy
        directory.mkdir(parents=True, exist_ok=True)
        self.index = tantivy.Index(_schema(), path=str(directory), reuse=True)
        words = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()
        self.index.register_tokenizer(_TOKENIZER, words)
        self.schema = self.index.schema

    def reload(self) -> None:
        """See what other processes committed since the index was opened."""
        self.index.reload()

    @contextmanager
    def writer(self) -> Iterator[Any]:
        """A writer whose changes are committed together at the end of the block (or dropped
        if it raises: a crash leaves the last commit). Callers hold the catalog's write lock."""
        writer = self.index.writer(heap_size=_WRITER_HEAP, num_threads=1)
        try:
            yield writer
        except BaseException:
            writer.rollback()
            raise
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()

    def replace(
        self, writer: Any, source: str, report: int, chunks: Iterable[tuple[StoredChunk, str]]
    ) -> None:
        """Queue the documents of one report (its old ones deleted): (chunk, its words)."""
        writer.delete_documents_by_term("source", source)
        for (chunk_id, text, meta), words in chunks:
            doc = self._t.Document(
                id=chunk_id,
                source=source,
                words=words,
                text=text,
                meta=json.dumps(meta, ensure_ascii=False),
            )
            doc.add_unsigned("report", report)
            writer.add_document(doc)

    # -- reading: a searcher is one commit's view; hits' addresses are only valid with it ----

    def searcher(self) -> Any:
        """A searcher over the last commit loaded (``reload``)."""
        return self.index.searcher()

    def query(
        self,
        words: Sequence[str],
        sources: Sequence[str] | None = None,
        every: bool = False,
        needed: Sequence[str] = (),
    ) -> Any:
        """Chunks holding any (``every``: all) of ``words``, of ``sources`` when given; with
        ``needed`` (some of ``words``), only chunks holding one of those, scored as before."""
        t = self._t
        occur = t.Occur.Must if every else t.Occur.Should
        terms = [(w, t.Query.term_query(self.schema, "words", w)) for w in words]
        if needed and not every:
            # Scores add up over clauses: the needed words' clause plus the others' is the
            # score of the plain disjunction.
            must = t.Query.boolean_query([(t.Occur.Should, q) for w, q in terms if w in needed])
            rest = [(t.Occur.Should, q) for w, q in terms if w not in needed]
            query = t.Query.boolean_query([(t.Occur.Must, must), *rest])
        else:
            query = t.Query.boolean_query([(occur, q) for _, q in terms])
        if sources is None:
            return query
        # A filter adds nothing to the score: BM25 over the words alone, as without it.
        within = t.Query.const_score_query(
            t.Query.term_set_query(self.schema, "source", list(sources)), 0.0
        )
        return t.Query.boolean_query([(t.Occur.Must, query), (t.Occur.Must, within)])

    @staticmethod
    def top(searcher: Any, query: Any, k: int) -> list[tuple[float, Any]]:
        """The ``k`` best (score, address) hits of ``query``."""
        if k <= 0:
            return []
        return list(searcher.search(query, k, count=False).hits)

    @staticmethod
    def matching(searcher: Any, query: Any) -> list[tuple[float, Any]]:
        """Every hit of ``query``, best first."""
        # One search with room for every document: counting the hits first read the
        # postings twice (a sixth of a ranking's retrieval at 10,000 reports).
        return list(searcher.search(query, max(searcher.num_docs, 1), count=False).hits)

    @staticmethod
    def reports_of(searcher: Any, hits: Sequence[tuple[float, Any]]) -> list[int]:
        """The report number of each hit (a column read, no document fetched)."""
        addresses = [address for _, address in hits]
        return [int(n or 0) for n in searcher.fast_field_values("report", addresses)]

    @staticmethod
    def chunk(searcher: Any, address: Any) -> StoredChunk:
        """A hit's stored chunk."""
        doc = searcher.doc(address)
        return StoredChunk(
            doc.get_first("id"), doc.get_first("text"), json.loads(doc.get_first("meta"))
        )

    def chunks(self, searcher: Any, ids: Sequence[str]) -> dict[str, StoredChunk]:
        """Stored chunks by id (ids the index does not hold are left out)."""
        if not ids:
            return {}
        query = self._t.Query.term_set_query(self.schema, "id", list(ids))
        found = [
            self.chunk(searcher, address) for _, address in self.top(searcher, query, len(ids))
        ]
        return {chunk.id: chunk for chunk in found}

    @staticmethod
    def source_counts(searcher: Any, query: Any) -> dict[str, int]:
        """Report name → number of its chunks that ``query`` matches."""
        spec = {"by": {"terms": {"field": "source", "size": 1_000_000}}}
        buckets = searcher.aggregate(query, spec)["by"]["buckets"]
        return {str(b["key"]): int(b["doc_count"]) for b in buckets}

    def all_ids(self, searcher: Any) -> list[str]:
        """Every indexed chunk id (reads every document: for checks, not for questions)."""
        hits = self.matching(searcher, self._t.Query.all_query())
        return [self.chunk(searcher, address)[0] for _, address in hits]

    def vocabulary(self) -> list[str]:
        """Every indexed word."""
        return [term for term, _ in self.searcher().terms_with_prefix("words", "")]
