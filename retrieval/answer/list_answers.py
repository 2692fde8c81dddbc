"""How list answers are put together: a list's answer from its lines, and the answers of
several lists (one per region asked, per report, or per aspect asked) numbered on from one
citation count. A question may ask one part of several reports or several parts of one, and
its answer must still read as one list with each line cited once; each list is headed by the
report it comes from, with how many items it holds when the question asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.answer.cite import subject
from retrieval.answer.items_verdict import more_items
from retrieval.answer.list_lines import SUB_INDENT, Choice, item_count, list_lines
from retrieval.answer.rows import NOT_STATED
from retrieval.answer.said_in_passing import said_in_passing
from retrieval.answer.section_choice import section_choices
from retrieval.lexicons import aspect_groups
from retrieval.query.aspects import Asked, asks_item_figures
from retrieval.query.catalog import Catalog
from retrieval.query.list_shape import SUB_ITEMS
from retrieval.query.plan import Plan
from retrieval.query.sections import items_counted
from retrieval.query.verdicts import asks_which_more
from retrieval.schema import Answer, Citation
from retrieval.types import ReportInfo, Vocabulary, report_name

__all__ = ["each_report", "list_answer", "per_aspect", "per_region", "with_item_count"]


def list_answer(
    plan: Plan, lines: list[str], citations: list[Citation], searched: list[str], notice: str | None
) -> Answer:
    """A list's answer from its lines and citations; asked "in a sentence" ("一句话概括"),
    its items said in one line, each still cited."""
    if _IN_A_SENTENCE.search(plan.question) and len(lines) > 2:
        lines = [lines[0], _one_line(lines[1:])]
    return Answer(
        question=plan.question,
        answer="\n".join(lines),
        abstained=False,
        kind="list",
        citations=citations,
        searched=searched,
        notice=notice,
    )


# "一句话概括", "用两句话说说": the items said as one sentence ("每条一句话" asks each short).
_IN_A_SENTENCE = re.compile(r"(?<![条项点个])(?:[一两二三几]句话|一两句)")
# "（一）", "一是", "1.": an item's number, which a sentence of them leaves out.
_ITEM_NUMBER = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+是|\d+[.、])"
)


def _one_line(items: list[str]) -> str:
    """``items`` (each cited, the figures under one indented) said as one sentence."""
    said: list[str] = []
    for line in items:
        if line.startswith(SUB_INDENT):
            if said:
                said[-1] += "，" + line.strip().strip("…")
            continue
        said.append(_ITEM_NUMBER.sub("", line.strip()))
    return "；".join(said) + "。"


def per_region(
    plan: Plan,
    texts: dict[str, str],
    catalog: Catalog,
    asked: Asked,
    nth: Sequence[int] | None,
    vocabulary: Vocabulary,
) -> Answer | None:
    """ "A和B分别存在哪些问题": each region's list in turn, cited on from one numbering; a region
    whose reports hold no such part answers with its sentence on the topic (a topic of no
    aspect: "清理拖欠账款"), else is said to state none."""
    lines: list[str] = []
    citations: list[Citation] = []
    searched: list[str] = []
    counts: list[tuple[str, int]] = []
    for group in plan.groups:
        held = {s: t for s, t in texts.items() if s in (group.sources or ())}
        searched.extend(held)
        choices = section_choices(held, catalog, asked, nth)
        said = (
            said_in_passing(plan.topic, held, catalog, vocabulary, len(citations) + 1)
            if not choices and not asked.exclusive
            else None
        )
        if said is not None:
            line, citation = said
            lines.append(f"{group.label or ''}：{line}[{citation.n}]")
            citations.append(citation)
            continue
        if not choices:
            lines.append(f"{group.label or ''}：未提及")
            continue
        best = max(choices, key=lambda choice: choice.score)
        info = catalog.reports[best.structure.report.source]
        label = subject(info.region, info.title, info.source, plan.route.inherited)
        if (count := item_count(best)) is not None:
            counts.append((label or group.label or "", count))
        label = with_item_count(plan, best, label)
        deep = bool(SUB_ITEMS.search(plan.topic))
        _append(lines, citations, best, info, label, deep)
    if not citations:
        return None
    unit = items_counted(plan.topic)
    if unit and asks_which_more(plan.topic) and len(counts) == len(plan.groups):
        # "谁写的条数更多": the verdict on the counts the lists show.
        lines.append(more_items(counts, unit))
    return list_answer(plan, lines, citations, searched, None)


def each_report(
    plan: Plan,
    choices: list[Choice],
    catalog: Catalog,
    texts: dict[str, str],
    asked: Asked,
    vocabulary: Vocabulary,
) -> Answer | None:
    """Each report's best part on what ``plan`` asks, in the store's order, cited on from one
    numbering; a report with no such part, its sentence on the topic ("法治文化阵地" said in
    passing), else "未提及"; None when only one report says anything of it."""
    best: dict[str, Choice] = {}
    for choice in choices:
        source = choice.structure.report.source
        if source not in best or choice.score > best[source].score:
            best[source] = choice
    if not best:
        return None
    lines: list[str] = []
    citations: list[Citation] = []
    deep = bool(SUB_ITEMS.search(plan.topic))
    figures = asks_item_figures(plan.topic, plan.question)
    silent: list[str] = []
    searched = sorted(set(best) | set(texts))
    for source in searched:
        info = catalog.reports[source]
        if source in best:
            label = with_item_count(plan, best[source], report_name(info))
            _append(lines, citations, best[source], info, label, deep, figures)
            continue
        # "法治文化阵地，每个县建了什么": a report with no part on it may say it in passing.
        held = {source: texts[source]}
        n = len(citations) + 1
        said = (
            None
            if asked.exclusive
            else said_in_passing(plan.topic, held, catalog, vocabulary, n, headed=True)
        )
        if said is None:
            silent.append(report_name(info))
            continue
        line, citation = said
        lines.append(f"{report_name(info)}：{line}[{citation.n}]")
        citations.append(citation)
    if len(best) < 2 and len(silent) == len(searched) - 1:
        # One report's part and nothing said elsewhere: that part, with where else to look.
        return None
    if silent:
        lines.append(f"{NOT_STATED}：{'、'.join(silent)}")
    return list_answer(plan, lines, citations, searched, None)


def _append(
    lines: list[str],
    citations: list[Citation],
    choice: Choice,
    info: ReportInfo,
    label: str,
    deep: bool = False,
    figures: bool = False,
) -> None:
    """``choice``'s list, headed by ``label``, added to an answer of several lists, its
    citations numbered on from those before."""
    prefix = f"{label}：" if label else ""
    more, own = list_lines(choice, info, prefix, len(citations), deep, figures)
    lines.extend(more)
    citations.extend(own)


def per_aspect(
    plan: Plan, texts: dict[str, str], catalog: Catalog, asked: Asked, topic: str
) -> Answer | None:
    """One report's parts on each aspect asked, in the order the question names them, cited
    on from one numbering; None when the report has a part on none of them."""
    lines: list[str] = []
    citations: list[Citation] = []
    searched: list[str] = []
    for aspect in sorted(asked.exclusive, key=lambda a: _named_at(topic, a)):
        one = frozenset({aspect})
        choices = section_choices(texts, catalog, replace(asked, aspects=one, exclusive=one), None)
        if not choices:
            continue
        best = max(choices, key=lambda choice: choice.score)
        info = catalog.reports[best.structure.report.source]
        label = subject(info.region, info.title, info.source, plan.route.inherited)
        _append(lines, citations, best, info, label)
        searched.append(info.source)
    if not citations:
        return None
    return list_answer(plan, lines, citations, list(dict.fromkeys(searched)), None)


def _named_at(topic: str, aspect: str) -> int:
    """Where ``topic`` first names ``aspect`` (by any of its words)."""
    at = [i for word in aspect_groups()[aspect] if (i := topic.find(word)) >= 0]
    return min(at, default=len(topic))


def with_item_count(plan: Plan, choice: Choice, label: str) -> str:
    """``label`` with how many items the part holds, when the question asks ("分了几块")."""
    unit, count = items_counted(plan.topic), item_count(choice)
    return f"{label}（共{count}{unit}）" if unit and count and label else label
