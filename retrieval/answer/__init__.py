"""Answering: a plan and its evidence → an ``Answer`` (extractive, or generated and verified)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.answer.abstain import ABSTAIN, abstention, searched
from retrieval.answer.chitchat import chitchat
from retrieval.answer.cite import related
from retrieval.answer.extractive import compose_comparison, compose_fact
from retrieval.answer.listing import compose_list
from retrieval.answer.metadata import compose_metadata
from retrieval.errors import GovqaError
from retrieval.query.plan import Plan
from retrieval.query.routing import Catalog
from retrieval.schema import Answer
from retrieval.search.evidence import Evidence
from retrieval.types import Vocabulary

if TYPE_CHECKING:
    # The model client imports langchain-openai: only LLM mode pays for it.
    from retrieval.answer.generative import LLMAnswerer

__all__ = ["ABSTAIN", "extractive_answer", "generated_answer"]


def extractive_answer(
    plan: Plan, evidence: Evidence, catalog: Catalog, vocabulary: Vocabulary
) -> Answer:
    """The extractive answer to ``plan`` from ``evidence``, or an abstention.

    Args:
        plan: the question's plan.
        evidence: the passages retrieval found for it.
        catalog: the stored reports.
        vocabulary: the reports' word weights.
    """
    if plan.kind == "abstain":
        return abstention(plan, catalog, None, evidence.related)
    if plan.kind == "chitchat":
        return chitchat(plan, catalog)
    result = _structured(plan, evidence, catalog, vocabulary)
    if result is not None:
        result.notice = plan.note or result.notice
        return result
    if plan.kind == "comparison":
        result = compose_comparison(plan, evidence.found, vocabulary)
    else:
        result = compose_fact(plan, evidence.found[0], vocabulary, searched(plan.sources, catalog))
    if result.abstained:
        return abstention(plan, catalog, result.searched, evidence.passages)
    # A list no section answers is answered by the sentences that do: a fact.
    result.kind = "fact" if plan.kind == "list" else plan.kind
    if plan.missing:
        result.answer += f"\n{plan.missing}。"
    return result


def _structured(
    plan: Plan, evidence: Evidence, catalog: Catalog, vocabulary: Vocabulary
) -> Answer | None:
    """Lists and metadata answered from the report's outline, header and signature (None when
    the question asks for nothing they hold)."""
    if plan.kind == "list":
        return compose_list(plan, evidence.texts, catalog, vocabulary)
    if plan.kind == "metadata":
        return compose_metadata(plan, evidence.texts, catalog)
    return None


def generated_answer(
    plan: Plan,
    evidence: Evidence,
    fallback: Answer,
    llm: LLMAnswerer,
    timings: dict[str, float],
) -> Answer:
    """The model's answer from ``evidence``, verified; ``fallback`` (with a notice) without one.

    Args:
        plan: the question's plan (the model answers its standalone question).
        evidence: the passages the model may cite.
        fallback: the extractive answer, shown when the model fails or nothing verifies.
        llm: the model client.
        timings: updated with the model's and the verification's durations.
    """
    if plan.kind == "metadata" or fallback.kind == "list":
        # A report's attributes and a section's items are quoted exactly from its structure
        # (or said to be missing): a model could only reword them, so the quote is the answer.
        return fallback
    try:
        result = llm.answer(plan.asked, evidence.passages)
    except GovqaError as e:
        fallback.notice = f"大模型不可用，已改用摘录式回答：{e}"
        return fallback
    if result.empty:
        fallback.notice = "大模型的回答未通过引用核验，已改用摘录式回答"
        fallback.verification = result.verification
        return fallback
    from retrieval.answer.generative import to_answer

    timings.update(result.timings_ms)
    answer = to_answer(plan.question, result, timings, searched=fallback.searched)
    if answer.abstained:
        answer.related = fallback.related or related(evidence.passages)
    return answer
