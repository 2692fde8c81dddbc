"""The answer service: the one entry point the CLI, the Telegram bot and evaluation call."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from langchain_core.documents import Document

from retrieval import answer as extractive
from retrieval.config import Settings
from retrieval.errors import GovqaError, InputError
from retrieval.index import ChunkStore
from retrieval.retriever import ReportRetriever
from retrieval.routing import Catalog, Route, default_gazetteer, resolve_followup, route
from retrieval.schema import Answer, Citation, Conversation, SourceInfo

__all__ = ["AnswerService", "Mode"]

log = logging.getLogger(__name__)

Mode = Literal["auto", "extractive", "llm"]


class AnswerService:
    """Answers questions over the stored reports.

    Args:
        settings: the application settings, built once at start-up.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = ChunkStore(settings)
        self.retriever = ReportRetriever(
            store=self.store,
            k=settings.top_k,
            dense_weight=settings.dense_weight,
            use_dense=settings.embed,
        )

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
        timings: dict[str, float] = {}
        lexical = self.store.lexical()
        catalog = Catalog.from_store(self.store.reports())
        asked, routed = self._resolve(question, catalog, conversation)
        timings["route"] = _ms(started)
        result = self._answer(question, asked, routed, catalog, lexical, timings)
        if conversation is not None:
            conversation.remember(asked, result.answer, routed.regions, routed.year)
        result.timings_ms = {**timings, "total": _ms(started)}
        return result

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
        routed = route(question, catalog, default_gazetteer())
        if conversation is None or not conversation.last_question:
            return question, routed
        rewritten = resolve_followup(
            question, routed, catalog, conversation.last_question, conversation.regions
        )
        if rewritten:
            return rewritten, route(rewritten, catalog, default_gazetteer())
        if not routed.regions and not routed.unknown_regions and conversation.regions:
            routed.regions = list(conversation.regions)
            if routed.year is None:
                routed.year = conversation.year
            previous = conversation.last_question
            routed.context = route(previous, catalog).topic(previous)
        return question, routed

    def _answer(
        self,
        question: str,
        asked: str,
        routed: Route,
        catalog: Catalog,
        lexical: extractive.LexicalIndex,
        timings: dict[str, float],
    ) -> Answer:
        unknown = [name for name in routed.unknown_regions if not lexical.knows(name)]
        if unknown and not routed.regions:
            return self._abstain(
                question, catalog, None, reason=f"报告库中没有{'、'.join(unknown)}的报告"
            )
        sources = routed.sources(catalog)
        if sources is not None and not sources:
            place = "、".join(routed.regions) or "该地区"
            year = f"{routed.year}年" if routed.year else ""
            return self._abstain(question, catalog, None, reason=f"报告库中没有{place}{year}的报告")
        topic = routed.topic(asked)
        if len(routed.regions) >= 2:
            return self._compare(question, topic, routed, catalog, lexical, timings)
        query = f"{topic} {routed.context}" if routed.context else topic
        docs = self.retriever.search(query, self.settings.top_k, sources, timings)
        picks = extractive.pick_sentences(topic, docs, lexical, routed.context)
        if not picks:
            return self._abstain(question, catalog, sources, related=docs)
        citations = [extractive.citation(i + 1, p.doc, p.start, p.end) for i, p in enumerate(picks)]
        text = "".join(
            f"{extractive.concise(p, topic, lexical)}[{i + 1}]" for i, p in enumerate(picks)
        )
        return Answer(
            question=question,
            answer=text,
            abstained=False,
            citations=citations,
            searched=_searched(sources, catalog),
        )

    def _compare(
        self,
        question: str,
        topic: str,
        routed: Route,
        catalog: Catalog,
        lexical: extractive.LexicalIndex,
        timings: dict[str, float],
    ) -> Answer:
        lines: list[str] = []
        citations: list[Citation] = []
        related: list[Document] = []
        searched: list[str] = []
        for region in routed.regions:
            sources = catalog.sources_for(region, routed.year)
            searched.extend(sources)
            docs = self.retriever.search(topic, self.settings.top_k, sources, timings)
            picks = extractive.pick_sentences(topic, docs, lexical)[:1]
            if not picks:
                lines.append(f"{region}：{extractive.ABSTAIN}。")
                related.extend(docs[:1])
                continue
            pick = picks[0]
            citations.append(
                extractive.citation(len(citations) + 1, pick.doc, pick.start, pick.end)
            )
            lines.append(f"{region}：{extractive.concise(pick, topic, lexical)}[{len(citations)}]")
        if not citations:
            return self._abstain(question, catalog, searched, related=related)
        return Answer(
            question=question,
            answer="\n".join(lines),
            abstained=False,
            citations=citations,
            related=_related(related),
            searched=searched,
        )

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
        names = "、".join(f"《{catalog.reports[s][2]}》" for s in searched)
        why = f"{reason}。" if reason else ""
        text = f"{why}{extractive.ABSTAIN}（已检索：{names}）。"
        return Answer(
            question=question,
            answer=text,
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
            )
            for source, meta in sorted(self.store.reports().items())
        ]

    def passage(self, source: str, start: int, end: int, width: int = 300) -> str:
        """The source text around ``[start, end)``, ``width`` characters either side."""
        text = self.store.source_text(source)
        return text[max(0, start - width) : min(len(text), end + width)]

    def source_text(self, source: str) -> str:
        """The canonical text of a stored report (what citation offsets index)."""
        return self.store.source_text(source)

    def ingest(
        self, paths: Iterable[Path], progress: Callable[[int, int], None] | None = None
    ) -> dict[str, int]:
        """Ingest files/directories; returns counts (added, updated, unchanged, skipped)."""
        from retrieval.ingest import ingest_paths

        return ingest_paths(self.store, list(paths), embed=self.settings.embed, progress=progress)

    def remove(self, source: str) -> int:
        """Drop one report by file name; returns the number of chunks removed."""
        if source not in self.store.reports():
            raise GovqaError(f"no report named {source!r} in the store: see `govqa sources`")
        removed = self.store.remove(source)
        self.store.refresh_lexical()
        return removed


def _searched(sources: list[str] | None, catalog: Catalog) -> list[str]:
    return sorted(sources) if sources is not None else sorted(catalog.reports)


def _related(docs: list[Document]) -> list[Citation]:
    return [
        extractive.citation(i + 1, doc, int(doc.metadata["start"]), int(doc.metadata["end"]))
        for i, doc in enumerate(docs[:3])
    ]


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
