"""The answer service: the one entry point the CLI, the Telegram bot and evaluation call."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from itertools import zip_longest
from pathlib import Path
from typing import Any, Literal

from langchain_core.documents import Document

from retrieval import answer as extractive
from retrieval.config import Settings
from retrieval.described import described_report, split_description
from retrieval.errors import GovqaError, InputError
from retrieval.index import ChunkStore
from retrieval.routing import Catalog, Route, default_gazetteer, resolve_followup, route
from retrieval.schema import Answer, Citation, Conversation, SourceInfo
from retrieval.search import HybridSearch

__all__ = ["AnswerService", "Mode"]

log = logging.getLogger(__name__)

Mode = Literal["auto", "extractive", "llm"]
# Reports named in an abstention; a large store is summarised by its count.
_NAMED = 5
_LEFT_OUT = "［…］"


class AnswerService:
    """Answers questions over the stored reports.

    Args:
        settings: the application settings, built once at start-up.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = ChunkStore(settings)
        self._answerer: Any = None
        self._catalog_for: object = None
        self._catalog_cache = Catalog({})
        self.search = HybridSearch(self.store, settings.dense_weight, use_dense=settings.embed)

    # -- questions ---------------------------------------------------------------------------

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
            InputError: the question is empty or too long.
            IndexMissingError: nothing has been ingested yet.
        """
        started = time.perf_counter()
        question = self._validate(question)
        use_llm = self._use_llm(mode)
        timings: dict[str, float] = {}
        lexical = self.store.lexical()
        catalog = self._catalog()
        timings["load"] = _ms(started)
        standalone, notice = question, None
        # One time budget for everything the model does for this answer (condense and answer).
        budget = self.settings.llm_timeout
        if use_llm and conversation is not None and conversation.history:
            condensing = time.monotonic()
            standalone, notice = self._condense(conversation, question, condensing + budget)
            budget -= time.monotonic() - condensing
        routing_started = time.perf_counter()
        asked, routed = self._resolve(standalone, catalog, conversation)
        timings["route"] = _ms(routing_started)
        result, docs = self._answer(question, asked, routed, catalog, lexical, timings)
        if use_llm and docs:
            deadline = time.monotonic() + budget
            result = self._generate(question, asked, docs, result, timings, deadline)
        result.notice = result.notice or notice
        if conversation is not None:
            conversation.remember(asked, result.answer, routed.regions, routed.year)
        result.timings_ms = {**timings, "total": _ms(started)}
        return result

    def _catalog(self) -> Catalog:
        # The store hands out the same mapping until it changes; routing tables are built once.
        reports = self.store.reports()
        if self._catalog_for is not reports:
            self._catalog_for, self._catalog_cache = reports, Catalog.from_store(reports)
        return self._catalog_cache

    def _use_llm(self, mode: Mode) -> bool:
        if mode == "llm" and not self.settings.llm_configured:
            raise InputError(
                "no LLM endpoint configured: set OPENAI_API_KEY and/or OPENAI_BASE_URL "
                "(or use --mode extractive)"
            )
        if mode == "llm":
            from retrieval.llm_calls import check_base_url

            invalid = check_base_url(self.settings.openai_base_url)
            if invalid:
                raise InputError(invalid)
        return mode == "llm" or (mode == "auto" and self.settings.llm_configured)

    def _llm(self) -> Any:
        if self._answerer is None:
            from retrieval.llm import LLMAnswerer

            self._answerer = LLMAnswerer(self.settings)
        return self._answerer

    def _condense(
        self, conversation: Conversation, question: str, deadline: float
    ) -> tuple[str, str | None]:
        try:
            return self._llm().condense(conversation.history, question, deadline), None
        except GovqaError as e:
            return question, f"未能改写追问（{e}），按原问题检索"

    def _generate(
        self,
        question: str,
        asked: str,
        docs: list[Document],
        fallback: Answer,
        timings: dict[str, float],
        deadline: float,
    ) -> Answer:
        """The LLM answer, verified; the extractive one (with a notice) when it cannot be had."""
        from retrieval.llm import to_answer

        try:
            result = self._llm().answer(asked, docs, deadline)
        except GovqaError as e:
            fallback.notice = f"大模型不可用，已改用摘录式回答：{e}"
            return fallback
        if result.empty:
            fallback.notice = "大模型的回答未通过引用核验，已改用摘录式回答"
            fallback.verification = result.verification
            return fallback
        timings.update(result.timings_ms)
        answer = to_answer(question, result, timings, searched=fallback.searched)
        if answer.abstained:
            answer.related = fallback.related or _related(docs)
        return answer

    def as_retriever(self) -> Any:
        """This store as a LangChain retriever (``ReportRetriever``), for use in chains."""
        from retrieval.retriever import ReportRetriever

        return ReportRetriever(
            store=self.store,
            k=self.settings.top_k,
            dense_weight=self.settings.dense_weight,
            use_dense=self.settings.embed,
        )

    def _gazetteer(self) -> frozenset[str]:
        return default_gazetteer(self.settings.index_dir / "gazetteer.txt")

    def _validate(self, question: str) -> str:
        question = (question or "").strip()
        if not question:
            raise InputError(
                "the question is empty: ask something like 额敏县全年接收行政复议案件多少件？"
            )
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise InputError(
                f"the question is too long ({len(question)} characters, at most {limit})"
            )
        return question

    def _resolve(
        self, question: str, catalog: Catalog, conversation: Conversation | None
    ) -> tuple[str, Route]:
        routed = route(question, catalog, self._gazetteer())
        if conversation is None or not conversation.last_question:
            return question, routed
        rewritten = resolve_followup(
            question,
            routed,
            catalog,
            conversation.last_question,
            conversation.regions,
            self._gazetteer(),
        )
        if rewritten:
            return rewritten, route(rewritten, catalog, self._gazetteer())
        if not routed.regions and not routed.unknown_regions and conversation.regions:
            routed.regions = list(conversation.regions)
            if routed.year is None:
                routed.year = conversation.year
            previous = conversation.last_question
            routed.context = route(previous, catalog, self._gazetteer()).topic(previous)
        return question, routed

    def _answer(
        self,
        question: str,
        asked: str,
        routed: Route,
        catalog: Catalog,
        lexical: extractive.LexicalIndex,
        timings: dict[str, float],
    ) -> tuple[Answer, list[Document]]:
        """The extractive answer (or abstention) and the passages it was drawn from."""
        unknown = [name for name in routed.unknown_regions if not lexical.knows(name)]
        missing = f"报告库中没有{'、'.join(unknown)}的报告" if unknown else ""
        if unknown and not routed.regions:
            # Nothing to answer from; the nearest passages still show what the store has.
            related = self.search.search(routed.topic(asked), 3, None, timings)
            return self._abstain(question, catalog, None, reason=missing, related=related), []
        sources = routed.sources(catalog)
        if sources is not None and not sources:
            place = "、".join(routed.regions) or "该地区"
            year = f"{routed.year}年" if routed.year else ""
            reason = f"报告库中没有{place}{year}的报告"
            return self._abstain(question, catalog, None, reason=reason), []
        topic = routed.topic(asked)
        if len(routed.regions) >= 2:
            groups = []
            for region in routed.regions:
                region_sources = catalog.sources_for(region, routed.year)
                docs = self.search.search(topic, self.settings.top_k, region_sources, timings)
                groups.append((region, region_sources, docs))
            result = extractive.compose_comparison(question, topic, groups, lexical)
            # Interleaved by rank, so the LLM's token budget cuts every region alike.
            ranked = zip_longest(*(group for _, _, group in groups))
            docs = [doc for rank in ranked for doc in rank if doc is not None]
        else:
            if sources is None and not routed.context:
                sources, topic = self._described(topic, lexical)
            query = f"{topic} {routed.context}" if routed.context else topic
            docs = self.search.search(query, self.settings.top_k, sources, timings)
            searched = _searched(sources, catalog)
            result = extractive.compose(question, topic, docs, lexical, routed.context, searched)
        if result.abstained:
            result = self._abstain(question, catalog, result.searched, related=docs)
        if missing and not result.abstained:
            result.answer += f"\n{missing}。"
        return result, docs

    def _described(
        self, topic: str, lexical: extractive.LexicalIndex
    ) -> tuple[list[str] | None, str]:
        """The report a question names by description, and what it asks of it (or no change)."""
        parts = split_description(topic)
        if parts is None:
            return None, topic
        description, rest = parts
        source = described_report(
            description, lexical, lambda ids: {i: t for i, t, _ in self.store.get(ids)}
        )
        return ([source], rest) if source else (None, topic)

    def _abstain(
        self,
        question: str,
        catalog: Catalog,
        sources: list[str] | None,
        *,
        reason: str | None = None,
        related: list[Document] | None = None,
    ) -> Answer:
        searched = _searched(sources, catalog)
        names = "、".join(f"《{catalog.reports[s][2]}》" for s in searched[:_NAMED])
        if len(searched) > _NAMED:
            names += f"等{len(searched)}份报告"
        why = f"{reason}。" if reason else ""
        return Answer(
            question=question,
            answer=f"{why}{extractive.ABSTAIN}（已检索：{names}）。",
            abstained=True,
            related=_related(related or []),
            searched=searched,
        )

    # -- reports -----------------------------------------------------------------------------

    def sources(self) -> list[SourceInfo]:
        """The stored reports with title, region, year and chunk count."""
        return [
            SourceInfo(
                source=source,
                title=str(meta.get("title") or source),
                region=meta.get("region"),
                year=meta.get("year"),
                published=meta.get("published"),
                chunks=int(meta.get("chunks") or 0),
                flagged=len(_excluded(meta)),
            )
            for source, meta in sorted(self.store.reports().items())
        ]

    def passage(self, source: str, start: int, end: int, width: int = 300) -> str:
        """The source text around ``[start, end)``, ``width`` characters either side; text
        addressed to a model (planted instructions) is shown as ``[…]``."""
        text = self.store.source_text(source)
        begin, stop = max(0, start - width), min(len(text), end + width)
        pieces, cursor = [], begin
        for ex_start, ex_end in _excluded(self.store.reports().get(source, {})):
            if ex_end > cursor and ex_start < stop:
                pieces += [text[cursor : max(cursor, ex_start)], _LEFT_OUT]
                cursor = min(stop, max(cursor, ex_end))
        return "".join([*pieces, text[cursor:stop]])

    def source_text(self, source: str) -> str:
        """The canonical text of a stored report (what citation offsets index)."""
        return self.store.source_text(source)

    def ingest(
        self,
        paths: Iterable[Path],
        progress: Callable[[int, int], None] | None = None,
        follow_symlinks: bool = False,
    ) -> dict[str, int]:
        """Ingest files/directories; returns counts (added, updated, unchanged, skipped and,
        when there are any, flagged: see ``retrieval.ingest.ingest_paths``)."""
        from retrieval.ingest import ingest_paths

        return ingest_paths(
            self.store,
            list(paths),
            embed=self.settings.embed,
            progress=progress,
            max_mb=self.settings.max_report_mb,
            follow_symlinks=follow_symlinks,
        )

    def remove(self, source: str) -> int:
        """Drop one report by file name; returns the number of chunks removed."""
        if source not in self.store.reports():
            raise GovqaError(f"no report named {source!r} in the store: see `govqa sources`")
        removed = self.store.remove(source)
        self.store.refresh_lexical()
        return removed


def _excluded(meta: dict[str, Any]) -> list[tuple[int, int]]:
    """The spans of planted instructions a report record notes (see ``retrieval.planted``)."""
    return [tuple(span) for span in json.loads(meta.get("excluded") or "[]")]  # type: ignore[misc]


def _searched(sources: list[str] | None, catalog: Catalog) -> list[str]:
    return sorted(sources) if sources is not None else sorted(catalog.reports)


def _related(docs: list[Document]) -> list[Citation]:
    return [
        extractive.citation(i + 1, doc, int(doc.metadata["start"]), int(doc.metadata["end"]))
        for i, doc in enumerate(docs[:3])
    ]


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
