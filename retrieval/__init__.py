"""govqa's retrieval pipeline, one sub-package per stage.

extract (files → text) → ingest (text → reports and chunks) → index (Chroma and BM25) →
query (question → plan) → search (plan → passages) → answer (passages → cited answer) →
evaluation (answers → scores). ``service.AnswerService`` wires the stages for the front ends;
``ReportRetriever`` is the same routed retrieval as a LangChain retriever.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from retrieval.config import Settings
    from retrieval.schema import Answer, Citation
    from retrieval.search.retriever import ReportRetriever
    from retrieval.service import AnswerService

__all__ = ["Answer", "AnswerService", "Citation", "ReportRetriever", "Settings"]

# Imported on first use: a one-shot `govqa ask` must not pay for LangChain's retriever classes.
_WHERE = {
    "Answer": "retrieval.schema",
    "AnswerService": "retrieval.service",
    "Citation": "retrieval.schema",
    "ReportRetriever": "retrieval.search.retriever",
    "Settings": "retrieval.config",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'retrieval' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_WHERE[name]), name)
