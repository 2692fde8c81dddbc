"""The LangChain face of govqa: a retriever routed exactly as govqa's own answers are."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, PrivateAttr

from retrieval.config import Settings
from retrieval.index import ChunkStore
from retrieval.query.store_planner import StorePlanner
from retrieval.schema import Conversation
from retrieval.search.evidence import retrieve
from retrieval.search.hybrid import HybridSearch
from retrieval.types import Passage

__all__ = ["ReportRetriever", "to_document"]


class ReportRetriever(BaseRetriever):
    """Retrieves passages of the stored reports for a question.

    The question is planned first, as ``govqa ask`` plans it: a region or year it names (or a
    description of one report, or a region inherited from ``conversation``) restricts the search
    to the matching reports, and a comparison searches each region. ``sources`` overrides
    planning. Documents carry the passage as ``page_content`` (exactly
    ``source_text[start:end]``) and metadata ``source, title, region, year, section, start,
    end, score`` (and ``page`` for PDFs).

    Example:
        .. code-block:: python

            from retrieval import ReportRetriever

            retriever = ReportRetriever.from_settings()
            docs = retriever.invoke("额敏县办理减免责案件多少件？")

    Args:
        store: the chunk store.
        k: number of passages returned (per region for comparisons).
        dense_weight: weight of the dense ranking in the fusion (0 = lexical only).
        use_dense: False when the store holds no embeddings.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: ChunkStore
    k: int = 6
    dense_weight: float = 0.5
    use_dense: bool = True
    _planning: StorePlanner | None = PrivateAttr(default=None)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> ReportRetriever:
        """The retriever over the store ``settings`` (default: the environment) point at."""
        settings = settings or Settings()
        retriever = cls(
            store=ChunkStore(settings),
            k=settings.top_k,
            dense_weight=settings.dense_weight,
            use_dense=settings.embed,
        )
        retriever._planning = StorePlanner(retriever.store, settings.index_dir / "gazetteer.txt")
        return retriever

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun,
        k: int | None = None,
        sources: Sequence[str] | None = None,
        conversation: Conversation | None = None,
    ) -> list[Document]:
        k = k or self.k
        search = HybridSearch(self.store, self.dense_weight, self.use_dense)
        if sources is not None:
            return [to_document(p) for p in search.search(query, k, sources)]
        if self._planning is None:
            self._planning = StorePlanner(self.store)
        plan = self._planning.current().plan(query, conversation)
        return [to_document(p) for p in retrieve(plan, search, k).passages]


def to_document(passage: Passage) -> Document:
    """A passage as a LangChain ``Document`` (metadata holds no None: Chroma-compatible)."""
    meta = {
        "source": passage.source,
        "title": passage.title,
        "region": passage.region,
        "year": passage.year,
        "section": passage.section,
        "start": passage.start,
        "end": passage.end,
        "score": passage.score,
        "page": passage.page,
    }
    return Document(
        page_content=passage.text,
        metadata={key: value for key, value in meta.items() if value is not None},
        id=passage.id,
    )
