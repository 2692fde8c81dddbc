"""The answer service: the one entry point the CLI, the Telegram bot and evaluation call.

It only wires the stages: planning (``retrieval.query``) turns a question and the conversation
into a ``Plan``; retrieval (``retrieval.search``) turns the plan into ``Evidence``; answering
(``retrieval.answer``) turns both into an ``Answer``.
"""

from __future__ import annotations

import gc
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from retrieval.admin import Reports
from retrieval.answer import (
    answered_reports,
    each_term_answered,
    extractive_answer,
    generated_answer,
)
from retrieval.answer.list_sentences import distinct_answers, joined_answer, shifted_rows
from retrieval.answer.shards import Shards
from retrieval.answer.table_block import as_table
from retrieval.config import Settings
from retrieval.errors import GovqaError, InputError
from retrieval.index import ChunkStore
from retrieval.query.own_names import without_own_name
from retrieval.query.plan import Plan
from retrieval.query.pointers import answered_report
from retrieval.query.ranked_turns import mentioned_places, ranked_places
from retrieval.query.sentences_asked import (
    fields_besides,
    sentences_in_turn,
    shapes_apart,
)
from retrieval.query.store_planner import StorePlanner
from retrieval.query.turn_pieces import asked_apart
from retrieval.query.within_turns import listed_section
from retrieval.schema import NOT_FOUND, Answer, Conversation
from retrieval.search.evidence import Evidence, retrieve
from retrieval.search.hybrid import HybridSearch
from retrieval.tuning import GC_YOUNG

if TYPE_CHECKING:
    from retrieval.answer.generative import LLMAnswerer
    from retrieval.search.retriever import ReportRetriever

__all__ = ["AnswerService", "Mode"]

Mode = Literal["auto", "extractive", "llm"]


# The shapes a report's attributes may be asked beside ("…，并说明这是哪一年度的报告").
_BESIDE = ("fact", "list", "metadata")


class AnswerService:
    """Answers questions over the stored reports.

    Args:
        settings: the application settings, built once at start-up.
    """

    def __init__(self, settings: Settings) -> None:
        _collect_less_often()
        self.settings = settings
        self.store = ChunkStore(settings)
        self.reports = Reports(self.store, settings)
        self.search = HybridSearch(self.store, settings.dense_weight, use_dense=settings.embed)
        self.planning = StorePlanner(self.store, settings.index_dir / "gazetteer.txt")
        self.shards = Shards(settings.workers)
        self._llm: LLMAnswerer | None = None

    def ask(
        self, question: str, *, conversation: Conversation | None = None, mode: Mode = "auto"
    ) -> Answer:
        """Answer one question with citations, or abstain.

        Args:
            question: the user's question (1 to ``settings.max_question_chars`` characters).
            conversation: earlier turns; a follow-up inherits region/year from it. Updated in
                place with this turn.
            mode: ``extractive``, ``llm`` or ``auto`` (LLM when configured).

        Raises:
            InputError: the question is empty or too long, or LLM mode is not configured.
            IndexMissingError: nothing has been ingested yet.
        """
        started = time.perf_counter()
        question = self._validate(question)
        use_llm = self._use_llm(mode)
        planner = self.planning.current()
        timings = {"load": _ms(started)}
        standalone, notice = question, None
        # One time budget for everything the model does for this answer (condense and answer).
        budget = self.settings.llm_timeout
        if use_llm and conversation is not None and conversation.history:
            condensing = time.monotonic()
            standalone, notice = self._condense(conversation, question, condensing + budget)
            budget -= time.monotonic() - condensing
        routing_started = time.perf_counter()
        plan = planner.plan(standalone, conversation)
        plan.question = question
        timings["route"] = _ms(routing_started)
        if plan.terms:
            # "哪些报告提到X？Y呢": each term asked on its own (no model: its answers are lists).
            evidence, result = Evidence(), self._each_term(plan, timings)
        else:
            evidence, result = self._answered(plan, timings)
        if result.abstained and plan.asked != question:
            # "…多少件？调解和解率呢？那普兰呢": what the last turn narrowed to may be missing
            # from the place now asked of; the turn before it may not be.
            retried = self._turn_before(standalone, plan, conversation, timings)
            retried = retried or self._unnamed(plan, timings)
            if retried is not None:
                plan, evidence, result = retried
                plan.question = question
        apart, items = asked_apart(question, plan, result.abstained, planner.plan)
        # "列出…的主要安排，并说明这是哪一年度的报告": the report's attributes, beside.
        besides = [] if use_llm or plan.kind not in _BESIDE else fields_besides(question)
        if besides:
            result = self._each_sentence(question, conversation, besides) or result
        elif plan.apart and not use_llm:
            # "003那份X？额敏的Y？": each asked as a turn.
            result = self._each_sentence(question, conversation, plan.apart, False) or result
        elif (apart or items) and not use_llm:
            result = self._each_sentence(question, conversation, items or None, False) or result
        elif not (use_llm or plan.share_of or plan.averaged) and (
            mixed := shapes_apart(question, planner.plan, planner.lexical)
        ):
            # "…多少件？存在哪些问题？": a figure and a list, each in its own shape.
            result = self._each_sentence(question, conversation, mixed, False) or result
        if use_llm and evidence.passages:
            deadline = time.monotonic() + budget
            try:
                llm = self.llm()
            except GovqaError as e:  # e.g. a malformed OPENAI_BASE_URL in auto mode
                result.notice = f"大模型不可用，已改用摘录式回答：{e}"
            else:
                result = generated_answer(plan, evidence, result, llm, timings, deadline)
        # What planning changed (another year's report, each place's latest) is said too.
        said = (result.notice, plan.note or notice)
        result.notice = "；".join(dict.fromkeys(filter(None, said))) or None
        if conversation is not None and plan.kind != "chitchat":
            # A report named by file or description is what "这份报告" points at next.
            named = plan.sources or []
            one = named if len(plan.groups) == 1 and len(named) == 1 else None
            regions = plan.route.regions
            # "X是哪份报告说的？这份报告里…": the one report the answer named.
            named_in = answered_reports(plan, result)
            answered = None if regions or one else answered_report(plan.asked, named_in)
            if answered is not None:
                source, region = answered
                regions, one = ([region], None) if region else ([], [source])
            files_too = plan.files_beside() if regions == plan.route.regions else None
            if not regions and not one:
                # "哪几份报告提到X？各自的数据是多少": the reports found are asked of next.
                regions, files_too = mentioned_places(result)
            year = plan.planned_in or plan.route.year
            conversation.remember(
                plan.remembered(),
                result.answer,
                regions,
                year,
                one,
                ranked_places(result),
                files_too=files_too or None,
                across=plan.kind in ("ranking", "table"),
                section=listed_section(result),
            )
        result.timings_ms = {**timings, "total": _ms(started)}
        return result

    def _each_term(self, plan: Plan, timings: dict[str, float]) -> Answer:
        """The answers to ``plan``'s questions of one term each, joined."""
        asked = [replace(plan, topic=term, query=term, terms=[]) for term in plan.terms]
        return each_term_answered(plan, [self._answered(one, timings)[1] for one in asked])

    def _each_sentence(
        self,
        question: str,
        conversation: Conversation | None,
        sentences: list[str] | None = None,
        attributes: bool = True,
    ) -> Answer | None:
        """``question``'s sentences (or ``sentences``, a report's ``attributes`` asked beside
        unless False) answered one after another, as turns of a copy of ``conversation``,
        joined; None for one sentence, or when none is answered."""
        asked = sentences or sentences_in_turn(question)
        if len(asked) < 2:
            return None
        turns = conversation.model_copy(deep=True) if conversation else Conversation()
        answers = [self.ask(s, conversation=turns, mode="extractive") for s in asked]
        # A greeting or a word about the bot among them is no part of what is answered.
        kept = [not a.abstained and a.kind != "chitchat" for a in answers]
        if not any(kept):
            return None
        if sentences is not None and attributes:
            if any(a.answer.startswith(NOT_FOUND) for a in answers[1:]):
                # ("县长叫什么名字"): no attribute of a report; the question as a whole says so.
                return None
            # An attribute asked beside that the report does not state is said to be missing.
            kept = [yes or at > 0 for at, yes in enumerate(kept)]
        answered = distinct_answers([a for a, yes in zip(answers, kept, strict=True) if yes])
        rows = [row for shifted in shifted_rows(answered) for row in shifted]
        return as_table(question, joined_answer(question, answered, rows, False))

    def _unnamed(
        self, plan: Plan, timings: dict[str, float]
    ) -> tuple[Plan, Evidence, Answer] | None:
        """The follow-up ``plan`` asked again without the quoted name the place asked before
        gave the thing (``own_names``), when so answered, with a note; None else."""
        bare = without_own_name(plan.asked)
        if bare is None:
            return None
        again = self.planning.current().plan(bare[0], None)
        found, answer = self._answered(again, timings)
        if answer.abstained:
            return None
        answer.notice = f"报告未提到“{bare[1]}”，以下是其相应内容。"
        return again, found, answer

    def _answered(self, plan: Plan, timings: dict[str, float]) -> tuple[Evidence, Answer]:
        """``plan``'s evidence and its extractive answer."""
        planner = self.planning.current()
        found = retrieve(plan, self.search, self.settings.top_k, timings)
        return found, extractive_answer(plan, found, planner.catalog, planner.lexical, self.shards)

    def _turn_before(
        self,
        question: str,
        plan: Plan,
        conversation: Conversation | None,
        timings: dict[str, float],
    ) -> tuple[Plan, Evidence, Answer] | None:
        """The follow-up ``question`` asked of the turn before the last, when that reads
        otherwise than ``plan`` and is answered; None else."""
        if conversation is None or len(conversation.history) < 2:
            return None
        earlier = conversation.model_copy(deep=True)
        earlier.last_question = conversation.history[-2][0]
        again = self.planning.current().plan(question, earlier)
        if again.asked in (plan.asked, question):
            return None
        found, answer = self._answered(again, timings)
        if answer.abstained:
            return None
        missing = plan.asked.rstrip("？?。！!呢 ")
        answer.notice = f"报告中未找到“{missing}”，以下按“{again.asked}”回答"
        return again, found, answer

    def close(self) -> None:
        """Stop the worker processes that share questions about every report (``workers``);
        a later such question starts them again."""
        self.shards.close()

    def as_retriever(self) -> ReportRetriever:
        """This store as a LangChain retriever, routed like the answers are."""
        from retrieval.search.retriever import ReportRetriever

        return ReportRetriever.from_settings(self.settings)

    def llm(self) -> LLMAnswerer:
        """The model client (built on first use: it imports langchain-openai)."""
        if self._llm is None:
            from retrieval.answer.generative import LLMAnswerer

            self._llm = LLMAnswerer(self.settings)
        return self._llm

    def _use_llm(self, mode: Mode) -> bool:
        if mode == "llm" and not self.settings.llm_configured:
            raise InputError(
                "no LLM endpoint configured: set OPENAI_API_KEY and/or OPENAI_BASE_URL "
                "(or use --mode extractive)"
            )
        if mode == "llm":
            from retrieval.answer.llm_calls import check_base_url

            invalid = check_base_url(self.settings.openai_base_url)
            if invalid:
                raise InputError(invalid)
        return mode == "llm" or (mode == "auto" and self.settings.llm_configured)

    def _condense(
        self, conversation: Conversation, question: str, deadline: float
    ) -> tuple[str, str | None]:
        try:
            return self.llm().condense(conversation.history, question, deadline), None
        except GovqaError as e:
            return question, f"未能改写追问（{e}），按原问题检索"

    def _validate(self, question: str) -> str:
        question = (question or "").strip()
        if not question:
            raise InputError(
                "the question is empty: ask something like 额敏县办理减免责案件多少件？"
            )
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise InputError(
                f"the question is too long ({len(question)} characters, at most {limit})"
            )
        return question


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


def _collect_less_often() -> None:
    """Run the cyclic garbage collector's young scans every ``GC_YOUNG`` allocations.

    An answer about every report holds some 100,000 objects while it is composed; at Python's
    default (700) they were scanned often enough to reach the oldest generation, and each such
    answer set off a full collection of everything the process keeps.
    """
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, GC_YOUNG), *older)
