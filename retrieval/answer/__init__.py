"""Answering: a plan and its evidence → an ``Answer`` (extractive, or generated and verified)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.answer.abstain import ABSTAIN, abstention, searched
from retrieval.answer.chitchat import chitchat
from retrieval.answer.cite import related
from retrieval.answer.attributes import compose_attribute
from retrieval.answer.comparison import compose_comparison
from retrieval.answer.extractive import compose_fact
from retrieval.answer.mentions import compose_mentions
from retrieval.answer.ranking import compose_ranking, compose_table
from retrieval.errors import GovqaError
from retrieval.query.measure import attribute_of
from retrieval.query.plan import Plan
from retrieval.query.routing import Catalog
from retrieval.schema import Answer
from retrieval.search.evidence import Evidence
from retrieval.types import Vocabulary

if TYPE_CHECKING:
    # The model client imports langchain-openai: only LLM mode pays for it.
    from retrieval.answer.generative import LLMAnswerer

__all__ = ["ABSTAIN", "extractive_answer", "generated_answer"]

# Answers about every report, by shape.
ACROSS = {"ranking": compose_ranking, "table": compose_table, "mentions": compose_mentions}


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
    if plan.kind == "comparison":
        result = compose_comparison(plan, evidence.found, vocabulary)
    elif plan.kind in ("ranking", "table") and attribute_of(plan.topic):
        result = compose_attribute(plan, evidence, catalog)
    elif plan.kind in ACROSS:
        result = ACROSS[plan.kind](plan, evidence, catalog, vocabulary)
    else:
        result = compose_fact(plan, evidence.found[0], vocabulary, searched(plan.sources, catalog))
    if result.abstained:
        return abstention(plan, catalog, result.searched, evidence.passages)
    result.kind = plan.kind
    if plan.missing:
        result.answer += f"\n{plan.missing}。"
    return result


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
