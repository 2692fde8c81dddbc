"""The answer to a list question whose reports hold no such part: say so, list nothing.

"有哪些亮点" of a report with no section of highlights, "下一步在X方面有什么打算" of a report
whose plans never name X: the items of another section would be a confident wrong answer.
The reply names what each report lacks (and, for a missing section, the sections it has).
"""

from __future__ import annotations

import re

from retrieval.answer.structure import structure
from retrieval.lexicons import aspect_groups
from retrieval.query.aspects import Asked, aspects_in
from retrieval.query.catalog import Catalog
from retrieval.query.plan import Plan
from retrieval.schema import Answer

__all__ = ["asked_topic", "unlisted"]

# Aspects a report's other sections may describe too (highlights), unlike its plans and
# problems.
_DESCRIBED = frozenset({"highlights!"})
# Reports named one by one in the reply; beyond this, one sentence for all of them.
NAMED = 3


def unlisted(plan: Plan, texts: dict[str, str], catalog: Catalog, asked: Asked) -> Answer | None:
    """An abstention saying which part the reports lack, or None when the question names no
    aspect reports give a section of its own (a topic no heading names is looked for in the
    reports' sentences instead).

    Args:
        plan: a list question's plan.
        texts: the canonical texts of the reports it may be answered from.
        catalog: the stored reports.
        asked: the question's aspects and topic words.
    """
    if not asked.exclusive:
        return None
    aspect = min(asked.exclusive)
    label = aspect_groups()[aspect][0]
    topic = asked_topic(plan.topic, asked)
    sources = [source for source in texts if source in catalog.reports]
    if not sources:
        return None
    if topic and not any(_holds(source, texts[source], aspect) for source in sources):
        # "提到了哪些特色调解工作室": with no such part in any report, the aspect word only
        # describes the topic, which the reports' sentences may name.
        return None
    if topic and aspect in _DESCRIBED and any(_says(texts[s], topic) for s in sources):
        # "列了哪些获表彰、入选典型的情况": what a report counts among its highlights its work
        # sections may tell too; only its plans and problems belong to their own sections.
        return None
    if len(sources) > NAMED:
        said = f"各报告的“{label}”部分均未提及{topic}" if topic else f"没有报告单列“{label}”部分"
    else:
        said = "；".join(
            _lacks(source, texts[source], catalog, aspect, label, topic) for source in sources
        )
    return Answer(
        question=plan.question,
        answer=f"{said}。",
        abstained=True,
        kind="abstain",
        searched=sources,
    )


def _says(text: str, topic: str) -> bool:
    """True when ``text`` says a piece of the topic ("表彰" of "“表彰、入选”")."""
    pieces = [p for p in re.split(r"[、，,和与及“”\s]+", topic) if len(p) > 1]
    return any(p in text for p in pieces)


def _holds(source: str, text: str, aspect: str) -> bool:
    """True when the report has a section of its own on ``aspect``."""
    outline = structure(source, text).outline
    return any(aspect in aspects_in(outline.heading(node)) for node in outline.sections)


def _lacks(source: str, text: str, catalog: Catalog, aspect: str, label: str, topic: str) -> str:
    info = catalog.reports[source]
    name = info.region or info.label
    outline = structure(source, text).outline
    headings = [outline.heading(node) for node in outline.sections]
    held = [node for node in outline.sections if aspect in aspects_in(outline.heading(node))]
    if held and topic:
        node = held[0]
        # No heading names the topic; its sentences may still touch on it.
        said = topic.strip("“”") in outline.text[node.start : node.end]
        lack = "没有专门讲" if said else "未提及"
        return f"{name}的报告“{outline.heading(node)}”部分{lack}{topic}"
    return f"{name}的报告没有单列“{label}”部分（其各部分为：{'；'.join(headings)}）"


def asked_topic(question: str, asked: Asked) -> str:
    """The topic as the question writes it, quoted ("应急管理" for the words 应急, 管理)."""
    at = [(question.find(word), word) for word in asked.weights if word in question]
    if not at:
        return ""
    start = min(a for a, _ in at)
    end = max(a + len(word) for a, word in at)
    return f"“{question[start:end]}”"
