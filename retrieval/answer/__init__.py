"""Answering: a plan and its evidence → an ``Answer`` (extractive, or generated and verified)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from retrieval.answer.abstain import ABSTAIN, abstention, searched
from retrieval.answer.all_alike import with_all_alike
from retrieval.answer.attributes import compose_attribute
from retrieval.answer.average import with_average
from retrieval.answer.breakdown import with_largest_part
from retrieval.answer.broken_down import with_breakdown, with_parts_table
from retrieval.answer.chitchat import chitchat
from retrieval.answer.cite import related
from retrieval.answer.claimed import with_claim_checked
from retrieval.answer.comparison import compose_comparison
from retrieval.answer.comparison_parts import compare_parts
from retrieval.answer.comparison_sentences import compare_sentences, each_sentence
from retrieval.answer.documents import compose_documents
from retrieval.answer.extractive import compose_fact
from retrieval.answer.items_table import compose_items_table
from retrieval.answer.list_sentences import compose_lists
from retrieval.answer.listing import compose_list, compose_told
from retrieval.answer.located import with_sections
from retrieval.answer.mentions import compose_mentions, each_term_answered
from retrieval.answer.metadata import answered_reports, compose_metadata
from retrieval.answer.named_run import with_named_run
from retrieval.answer.opening import compose_opening
from retrieval.answer.part_unstated import with_part_unstated
from retrieval.answer.parts_check import with_parts_checked
from retrieval.answer.periods import figure_pointed, with_periods
from retrieval.answer.ranking import compose_ranking
from retrieval.answer.rate_count import with_rate_count
from retrieval.answer.reasons import states_no_reason
from retrieval.answer.rows import without_silent
from retrieval.answer.shards import Shards
from retrieval.answer.share import with_share
from retrieval.answer.summed import with_like_clauses, with_sum
from retrieval.answer.table import compose_table
from retrieval.answer.table_block import with_table_block
from retrieval.answer.titled import titled_figure
from retrieval.answer.undone import with_undone
from retrieval.answer.within import with_difference, with_total
from retrieval.answer.worked_rate import with_derivation, with_worked_rate
from retrieval.errors import GovqaError
from retrieval.query.catalog import Catalog
from retrieval.query.documents_asked import asks_documents
from retrieval.query.followup import without_verdicts
from retrieval.query.plan import Plan
from retrieval.query.resolver import ACROSS
from retrieval.query.when import attribute_of
from retrieval.schema import Answer
from retrieval.search.evidence import Evidence
from retrieval.types import Passage, Vocabulary

if TYPE_CHECKING:
    # The model client imports langchain-openai: only LLM mode pays for it.
    from retrieval.answer.generative import LLMAnswerer

__all__ = [
    "ABSTAIN",
    "answered_reports",
    "each_term_answered",
    "extractive_answer",
    "generated_answer",
]

# A passage longer than this is a whole report, not a chunk (characters).
WHOLE = 2000
# Shapes whose model reply may claim an order of the reports' figures.
VERDICTS = frozenset({"comparison", "ranking"})
# Shapes whose answers state figures a follow-up may ask the period of.
_FIGURED = frozenset({"fact", "comparison", "ranking", "table"})


def extractive_answer(
    plan: Plan,
    evidence: Evidence,
    catalog: Catalog,
    vocabulary: Vocabulary,
    shards: Shards | None = None,
) -> Answer:
    """The extractive answer to ``plan`` from ``evidence``, or an abstention.

    Args:
        plan: the question's plan.
        evidence: the passages retrieval found for it.
        catalog: the stored reports.
        vocabulary: the reports' word weights.
        shards: worker processes that share rankings' and tables' reports (None: none).
    """
    if plan.kind == "abstain":
        return abstention(plan, catalog, None, evidence.related)
    if plan.kind == "chitchat":
        return chitchat(plan, catalog)
    result = _structured(plan, evidence, catalog, vocabulary)
    if result is not None:
        # "这条出自哪一部分" after a list item: the section it is in, said after it.
        return with_sections(plan, result)
    if plan.kind in ("ranking", "table", "comparison") and attribute_of(plan.topic):
        result = compose_attribute(plan, evidence, catalog)
    elif plan.kind in ("comparison", "list") and len(evidence.found) > 1:
        # Sides whose lists no section holds are answered side by side, each by its sentence.
        found = evidence.found

        def compared(asked: Plan) -> Answer:
            return compare_parts(asked, found, vocabulary) or compose_comparison(
                asked, found, vocabulary
            )

        result = compare_parts(plan, found, vocabulary)
        if result is None or result.abstained:
            # "各受理了多少件…？办理成效有何不同？": a figure, then what no figure states.
            result = (
                compare_sentences(plan, compared)
                or result
                or compose_comparison(plan, found, vocabulary)
            )
            if result.abstained:
                # "各自达到了什么程度？范围有什么不同？": no sentence answers both; each, one.
                result = each_sentence(plan, compared) or result
    elif plan.kind == "mentions":
        result = compose_mentions(plan, evidence, catalog, vocabulary)
    elif plan.kind == "ranking":
        result = compose_ranking(plan, evidence, catalog, vocabulary, shards)
    elif plan.kind == "table":
        result = compose_table(plan, evidence, catalog, vocabulary, shards)
    else:
        titled = partial(titled_figure, vocabulary=vocabulary)
        stated = searched(plan.sources, catalog)
        # ("那X呢" after "…多少件，比谁多": of one side, the verdict asks nothing.)
        one = (
            replace(plan, topic=without_verdicts(plan.topic)) if plan.kind == "comparison" else plan
        )
        result = compose_fact(one, evidence.found[0], vocabulary, stated, titled)
        # "X里未成年人的有多少件": a part no cited sentence names is said to be unstated.
        result = with_part_unstated(plan, result, vocabulary)
        # "A比B多多少" of two things of one report: how far apart, from their cited figures.
        result = with_difference(plan, evidence.found[0], vocabulary, result)
        # "A和B加起来一共多少" of two things of one report: their cited figures added up.
        result = with_total(plan, evidence.found[0], vocabulary, result)
        # "行政处罚占了多少" of a whole asked beside it: the share, from the cited figures.
        result = with_share(plan, evidence.found[0], vocabulary, result)
        # "平均每个调解员调解多少件": the average, from the cited total and count.
        result = with_average(plan, evidence.found[0], vocabulary, result)
        # "调解和解了多少件" where only its rate is stated: worked out from the rate.
        result = with_rate_count(plan, evidence.found[0], vocabulary, result)
        # "调解和解率是多少" where only the counts are stated: the rate worked out from them.
        result = with_worked_rate(plan, evidence.found[0], vocabulary, result)
        # "成功率是怎么算出来的": from the counts its sentence states, where it states them.
        result = with_derivation(plan, evidence.found[0], vocabulary, result)
        # "具体是哪6项": the documents named before "等6项", and how many are not.
        result = with_named_run(plan, result)
        # "培训搞了多少场": each like clause of its sentence ("县级…25场次、乡镇…368场次").
        result = with_like_clauses(plan, result)
        # "总共给了多少经费": figures stated one by one, added up.
        result = with_sum(plan, result)
        # "还有几件没履行": the total less the done, as its sentence states both.
        result = with_undone(plan, result)
        # "分成几类，每类多少" after a figure: the parts its sentence lists after it.
        result = with_breakdown(plan, evidence.found[0], vocabulary, result)
        # "哪一类最多": the largest of the parts a figure is broken down into.
        result = with_largest_part(plan, result)
        # "各类各多少，列成表格": the parts one sentence lists, a row each.
        result = with_parts_table(plan, result)
        # A comparison with a single side (one report found) is answered as a fact.
        result.kind = "fact" if plan.kind == "comparison" else plan.kind
    if plan.kind in _FIGURED:
        # "这是哪年的数": the period each cited figure covers.
        passages = [passage for found in evidence.found for passage in found.passages]
        result = with_periods(plan, passages, figure_pointed(plan, passages, result))
    # "出自报告第几部分": the section each cited sentence is in.
    result = with_sections(plan, result)
    told_list = None
    if result.abstained and plan.kind == "list" and evidence.texts:
        # "在普法方面写了啥" of a report no heading of which names it, no sentence answering
        # either: the paragraph that tells it.
        def told(asked: Plan) -> Answer | None:
            return compose_told(asked, evidence.texts, catalog, vocabulary)

        told_list = compose_lists(plan, vocabulary, told, lambda _: None) or told(plan)
        result = told_list or result
    if result.abstained or states_no_reason(plan.topic, result):
        # ("为什么…才发": a sentence sharing its words states no reason.)
        return abstention(plan, catalog, result.searched, evidence.passages)
    if plan.kind == "list" and not told_list:
        # A list no section answers is answered by the sentences that do: a fact.
        result.kind = "fact"
    if plan.missing:
        result.answer += f"\n{plan.missing}。"
    # "你确定是38件？": whether the figure put forward is the one cited.
    result = with_claim_checked(plan, result)
    # "各类加起来是不是正好3415": whether the parts listed make up the whole stated.
    result = with_parts_checked(plan, result)
    # "办结率是否都达到100%": whether every report giving it gives the figure named.
    result = with_all_alike(plan, result)
    if plan.stated_only:
        # "去掉没写的": the reports stating nothing of it, left out.
        result = without_silent(result)
    # "列个表": the rows laid out as a table first.
    return with_table_block(plan, result)


def _structured(
    plan: Plan, evidence: Evidence, catalog: Catalog, vocabulary: Vocabulary
) -> Answer | None:
    """Lists and metadata answered from the report's outline, header and signature (None when
    the question asks for nothing they hold)."""
    if plan.kind in ("list", "fact"):

        def listed(asked: Plan) -> Answer | None:
            documents = asks_documents(asked.topic)
            issued = compose_documents(asked, evidence.texts, catalog) if documents else None
            # ("出台了哪些制度": a run of titles "等6项" names only some; how many is said.)
            issued = with_named_run(asked, issued) if issued else None
            return issued or compose_list(asked, evidence.texts, catalog, vocabulary)

        def stated(asked: Plan) -> Answer | None:
            if not evidence.found:
                return None
            within = searched(asked.sources, catalog)
            return compose_fact(asked, evidence.found[0], vocabulary, within)

        if plan.kind == "fact":
            # "…方面说了啥？评查了多少案卷": a list, then a figure, of the report whose text
            # retrieval fetched for it (``search.evidence.retrieve``).
            if not evidence.texts:
                return None
            return compose_lists(plan, vocabulary, listed, stated, mixed=True)
        return compose_lists(plan, vocabulary, listed, stated) or listed(plan)
    if plan.kind == "metadata":
        # "正文开头第一句原话": the body's own first sentence.
        opening = compose_opening(plan, evidence.texts, catalog)
        return opening or compose_metadata(plan, evidence.texts, catalog)
    if plan.kind == "table" and evidence.texts:
        # A numbered item of each report's section ("各报告问题的第一条"), or its attributes.
        return compose_items_table(plan, evidence.texts, catalog, vocabulary) or compose_metadata(
            plan, evidence.texts, catalog, every=True
        )
    return None


def generated_answer(
    plan: Plan,
    evidence: Evidence,
    fallback: Answer,
    llm: LLMAnswerer,
    timings: dict[str, float],
    deadline: float,
) -> Answer:
    """The model's answer from ``evidence``, verified; ``fallback`` (with a notice) without one.

    Args:
        plan: the question's plan (the model answers its standalone question).
        evidence: the passages the model may cite.
        fallback: the extractive answer, shown when the model fails or nothing verifies.
        llm: the model client.
        timings: updated with the model's and the verification's durations.
        deadline: ``time.monotonic()`` by which the model must have answered.
    """
    if plan.kind == "metadata" or fallback.kind == "list":
        # A report's attributes and a section's items are quoted exactly from its structure
        # (or said to be missing): a model could only reword them, so the quote is the answer.
        return fallback
    try:
        result = llm.answer(plan.asked, _shown(plan, evidence, fallback), deadline)
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
        answer.related = fallback.related or related(evidence.passages, plan.topic)
    return answer


def _shown(plan: Plan, evidence: Evidence, extractive: Answer) -> list[Passage]:
    """The passages the model sees: for answers about several reports, the passage that states
    each report's figure (the extractive answer's citations, in its order); else all found."""
    if (plan.kind != "comparison" and plan.kind not in ACROSS) or not extractive.citations:
        return evidence.passages
    shown: dict[str, Passage] = {}
    for cited in extractive.citations:
        holder = next(
            (
                p
                for p in evidence.passages
                if p.source == cited.source and p.start <= cited.start and cited.end <= p.end
            ),
            None,
        )
        if holder is None or holder.end - holder.start > WHOLE:
            # A whole report (its attributes): only the cited line.
            holder = Passage(
                id=f"{cited.source}:{cited.start}",
                source=cited.source,
                title=cited.title,
                text=cited.excerpt,
                start=cited.start,
                end=cited.end,
                section=cited.section,
                region=cited.region,
                year=cited.year,
            )
        shown.setdefault(holder.id, holder)
    return list(shown.values())
