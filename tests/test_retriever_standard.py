"""`ReportRetriever` against LangChain's standard retriever tests, lexical-only and hybrid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from langchain_core.documents import Document
from langchain_tests.integration_tests import RetrieversIntegrationTests

from retrieval.config import Settings
from retrieval.index import ChunkStore
from retrieval.search.fusion import fuse
from retrieval.search.retriever import ReportRetriever
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
QUERY = "行政复议案件"
PUBLIC_METADATA = {
    "source",
    "title",
    "region",
    "year",
    "published",
    "section",
    "start",
    "end",
    "score",
    "page",
}


@pytest.fixture(scope="module")
def lexical_index(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A lexical-only index of the sample reports, built once for this module."""
    index_dir = tmp_path_factory.mktemp("retriever") / "index"
    settings = Settings(index_dir=index_dir, embed=False, _env_file=None)  # type: ignore[call-arg]
    AnswerService(settings).reports.ingest([REPORTS])
    return settings


class TestLexicalReportRetriever(RetrieversIntegrationTests):
    """Standard tests over a lexical-only store (BM25 alone)."""

    settings: Settings

    @pytest.fixture(autouse=True)
    def _index(self, lexical_index: Settings) -> None:
        self.settings = lexical_index

    @property
    def retriever_constructor(self) -> type[ReportRetriever]:
        return ReportRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {"store": ChunkStore(self.settings), "use_dense": False}

    @property
    def retriever_query_example(self) -> str:
        return QUERY


class TestHybridReportRetriever(RetrieversIntegrationTests):
    """Standard tests over the dense session index (BM25 and e5 rankings fused)."""

    settings: Settings

    @pytest.fixture(autouse=True)
    def _index(self, index_settings: Settings) -> None:
        self.settings = index_settings

    @property
    def retriever_constructor(self) -> type[ReportRetriever]:
        return ReportRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {"store": ChunkStore(self.settings), "use_dense": True, "dense_weight": 0.5}

    @property
    def retriever_query_example(self) -> str:
        return QUERY


def _check_documents(docs: list[Document]) -> None:
    for doc in docs:
        meta = doc.metadata
        raw = (REPORTS / meta["source"]).read_bytes().decode("utf-8")
        assert raw[meta["start"] : meta["end"]] == doc.page_content
        assert {"source", "title", "section", "start", "end", "score"} <= set(meta)
        # Store bookkeeping (dense flags, hashes, search words) stays inside the store.
        assert set(meta) <= PUBLIC_METADATA, set(meta) - PUBLIC_METADATA
        assert doc.id


def test_documents_are_exact_slices_with_metadata(lexical_index: Settings) -> None:
    retriever = ReportRetriever(store=ChunkStore(lexical_index), k=6, use_dense=False)
    docs = retriever.invoke("额敏县累计抽查执法案卷多少件？")
    assert len(docs) == 6
    _check_documents(docs)
    scores = [d.metadata["score"] for d in docs]
    assert scores == sorted(scores, reverse=True)


def test_invoke_routes_by_region(lexical_index: Settings) -> None:
    retriever = ReportRetriever(store=ChunkStore(lexical_index), k=5, use_dense=False)
    docs = retriever.invoke("普兰县法律援助修改合同多少件？")
    assert docs and {d.metadata["source"] for d in docs} == {"002_62a3a57a87610d23.txt"}
    assert any("修改合同" in d.page_content for d in docs)


def test_sources_argument_restricts_the_search(lexical_index: Settings) -> None:
    retriever = ReportRetriever(store=ChunkStore(lexical_index), k=4, use_dense=False)
    only = ["004_f010129a6dcf8410.txt"]
    docs = retriever.invoke(QUERY, sources=only)
    assert docs and {d.metadata["source"] for d in docs} == set(only)


def test_hybrid_documents_are_exact_slices(index_settings: Settings) -> None:
    retriever = ReportRetriever(store=ChunkStore(index_settings), k=6, use_dense=True)
    docs = retriever.invoke("叶城县热线电话按时办完的比例有多高？")
    assert len(docs) == 6
    _check_documents(docs)


def test_fusion_ranks_by_weighted_reciprocal_rank() -> None:
    lexical = [("a", 9.0), ("b", 5.0)]
    dense = [("b", 0.9), ("c", 0.8)]
    fused = dict(fuse(lexical, dense, dense_weight=0.5))
    assert fused["a"] == pytest.approx(1 / 61)
    assert fused["b"] == pytest.approx(1 / 62 + 0.5 / 61)
    assert fused["c"] == pytest.approx(0.5 / 62)
    assert [i for i, _ in fuse(lexical, dense, dense_weight=0.0)][:2] == ["a", "b"]
