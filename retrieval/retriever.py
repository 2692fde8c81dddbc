"""The LangChain retriever over the stored reports: routing, then hybrid search."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from retrieval.index import ChunkStore
from retrieval.routing import Catalog, route
from retrieval.search import HybridSearch

__all__ = ["ReportRetriever"]


class ReportRetriever(BaseRetriever):
    """Retrieves passages of the stored reports for a question.

    The question is routed first: a region or year it names restricts the search to matching
    reports (``sources`` overrides that). Documents carry the chunk text as ``page_content``
    (exactly ``source_text[start:end]``) and metadata ``source, title, region, year, section,
    start, end, score``.

    Args:
        store: the chunk store.
        k: number of passages returned.
        dense_weight: weight of the dense ranking in the fusion (0 = lexical only).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: ChunkStore
    k: int = 6
    dense_weight: float = 0.5
    use_dense: bool = True

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun,
        k: int | None = None,
        sources: Sequence[str] | None = None,
        timings: dict[str, float] | None = None,
    ) -> list[Document]:
        k = k or self.k
        if sources is None:
            catalog = Catalog.from_store(self.store.reports())
            sources = route(query, catalog).sources(catalog)
        search = HybridSearch(self.store, self.dense_weight, self.use_dense)
        return search.search(query, k, sources, timings)
