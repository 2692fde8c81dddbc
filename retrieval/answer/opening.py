"""The first (or last) sentence of a report's body, asked for in its own words ("正文开头第一句
原话是什么"): read off the body the loader kept, cited to its exact span."""

from __future__ import annotations

from retrieval.answer.cite import subject
from retrieval.answer.structure import span_citation, structure
from retrieval.query.catalog import Catalog
from retrieval.query.opening import asked_end
from retrieval.query.plan import Plan
from retrieval.schema import Answer
from retrieval.text.sentences import split_sentences

__all__ = ["compose_opening"]


def compose_opening(plan: Plan, texts: dict[str, str], catalog: Catalog) -> Answer | None:
    """The body's first or last sentence of the one report ``plan`` concerns, when asked for
    (``query.opening``); None otherwise."""
    end = asked_end(plan.topic)
    sources = plan.sources or []
    if not end or len(sources) != 1 or sources[0] not in texts:
        return None
    source, text = sources[0], texts[sources[0]]
    sentences = [
        span
        for start, stop in structure(source, text).report.body
        for span in split_sentences(text[start:stop], start)
        if text[span[0] : span[1]].strip()
    ]
    if not sentences:
        return None
    span = sentences[0] if end == "first" else sentences[-1]
    info = catalog.reports[source]
    cited = span_citation(1, info, text, span)
    who = subject(info.region, info.title, source)
    said = text[span[0] : span[1]].strip()
    where = "正文第一句" if end == "first" else "正文最后一句"
    return Answer(
        question=plan.question,
        answer=f"{who}{where}：{said}[1]",
        abstained=False,
        citations=[cited],
        searched=[source],
    )
