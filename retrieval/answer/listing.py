"""List answers: every item of the section a question asks for, in report order, each cited.

"存在哪些问题", "下一步有什么打算", "在X方面做了哪些工作": reports devote a section (一、) or a
sub-section (（一）) to each, and enumerate its contents as sub-sections or item runs (一是…).
The question's aspect (problems, plans, highlights, work done: ``lexicons/aspects.txt``) picks
the top-level sections it may be answered from; its remaining words, weighted by how much they
narrow the reports, pick the heading within them. The answer is that heading, then one line per
item (its heading, or its first clauses), each cited to the item's own span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.answer.answering_item import answering_item
from retrieval.answer.cite import subject
from retrieval.answer.items_verdict import more_items
from retrieval.answer.list_lines import Choice, item_count, list_lines
from retrieval.answer.rows import NOT_STATED
from retrieval.answer.said_in_passing import said_in_passing
from retrieval.answer.section_choice import counts_parts, part_numbers, section_choices
from retrieval.answer.unlisted import asked_topic, unlisted
from retrieval.lexicons import aspect_groups
from retrieval.query.across_shape import lists_every_report
from retrieval.query.aspects import PLANS, Asked, asked_aspects, asks_item_figures, own_sections
from retrieval.query.catalog import Catalog
from retrieval.query.list_shape import ITEM_CONTENTS, ORDINAL_PART, SUB_ITEMS
from retrieval.query.plan import Plan
from retrieval.query.sections import items_counted
from retrieval.query.verdicts import asks_which_more
from retrieval.schema import Answer, Citation
from retrieval.types import ReportInfo, Vocabulary, report_name

__all__ = ["compose_list", "list_answer"]


# "…中关于执法的", "涉及培训的那条": the items of the part that name a topic.
_NARROWED = re.compile(r"关于|涉及|针对|有关|讲[^，,。？?]{0,6}的那")


def _sections_quoted(topic: str) -> frozenset[str]:
    """The parts reports give of their own whose headings ``topic`` quotes as a part of the
    report ("报告“存在的问题与不足”部分", "报告中单列的“工作特色与亮点”"); a quote of the
    asker's own ("写一段“各地普法亮点”的综述") names none."""
    return frozenset(
        aspect
        for found in _PART_QUOTED.finditer(topic)
        for aspect in own_sections(found["name"] or found["name2"])
    )


# A quoted heading said as a part of the report.
_PART_QUOTED = re.compile(
    r"(?:(?<=报告)|(?<=报告中)|(?<=报告里)|(?<=单列的)|(?<=部分)|(?<=文件)|(?<=材料)|(?<=）))"
    r"“(?P<name>[^“”]{2,20})”"
    r"|“(?P<name2>[^“”]{2,20})”(?=部分|一节|章节|板块|的?(?:全部)?(?:条目|各条|几条|哪几条|有哪几))"
)


def compose_list(
    plan: Plan, texts: dict[str, str], catalog: Catalog, vocabulary: Vocabulary
) -> Answer | None:
    """The items of the section ``plan`` asks for, or None when no section answers it.

    Args:
        plan: a list question's plan.
        texts: the canonical texts of the reports it may be answered from, most likely first.
        catalog: the stored reports.
        vocabulary: the reports' word weights.
    """
    titles = catalog.titles
    nth = part_numbers(plan.topic) or None
    # A year after every report's asks what they plan: "对2024年是怎么安排的" of a 2023 report.
    years = [catalog.reports[s].year for s in texts if s in catalog.reports]
    later = plan.route.year is not None and all(
        y is not None and y < plan.route.year for y in years
    )
    topic = ITEM_CONTENTS.sub(" ", SUB_ITEMS.sub(" ", ORDINAL_PART.sub(" ", plan.topic)))
    asked = asked_aspects(topic, vocabulary, titles, arranged=not later)
    if later and not asked.exclusive:
        # What a report will do in a year after its own is what it plans.
        plans = frozenset({PLANS})
        asked = replace(asked, aspects=asked.aspects | plans, exclusive=plans)
    quoted = _sections_quoted(plan.topic)
    if quoted and asked.exclusive - quoted:
        # "按…工作安排，把报告“存在的问题与不足”部分逐条归纳": the part quoted is asked,
        # not one the words around it name.
        asked = replace(asked, exclusive=quoted, aspects=(asked.aspects - asked.exclusive) | quoted)
    if quoted and not _NARROWED.search(plan.topic):
        # "“工作特色与亮点”…列出标题，各附支撑数字": the part named whole; the words around
        # its heading say how to put it, no topic its items must name.
        asked = replace(asked, weights={})
    if len(plan.groups) > 1:
        return _per_region(plan, texts, catalog, asked, nth, vocabulary)
    if len(asked.exclusive) > 1 and nth is None and not plan.about:
        # "有什么不足，明年又打算怎么做": each part asked, in the order asked.
        return _per_aspect(plan, texts, catalog, asked, topic)
    choices = section_choices(texts, catalog, asked, nth, counts_parts(plan.topic))
    if not choices and quoted:
        # "把报告“存在的问题与不足”部分逐条归纳": the part named by its heading is asked,
        # whatever else the request says of how to put it.
        asked = replace(asked, weights={})
        choices = section_choices(texts, catalog, asked, nth, counts_parts(plan.topic))
    if not choices:
        return unlisted(plan, texts, catalog, asked) if nth is None else None
    if lists_every_report(plan) and nth is None and not plan.about:
        # "各地…是怎么做的": each report's own part, not the likeliest report's alone.
        each = _each_report(plan, choices, catalog, texts, asked, vocabulary)
        if each is not None:
            return each
    best = max(choices, key=lambda choice: choice.score)
    if plan.about:
        # "针对这个问题，下一步怎么办": the plan item sharing most of the problem's words.
        best = answering_item(best, plan.about, vocabulary) or best
    info = catalog.reports[best.structure.report.source]
    label = _counted(
        plan, best, subject(info.region, info.title, info.source, plan.route.inherited)
    )
    deep = bool(SUB_ITEMS.search(plan.topic))
    figures = asks_item_figures(plan.topic, plan.question)
    prefix = f"{label}：" if label else ""
    # Items listed for naming the topic in their text show the sentences that name it.
    naming = tuple(w for w in asked.weights if len(w) > 1) if best.items is not None else ()
    if plan.stress:
        naming = tuple(w for w in vocabulary.words(plan.stress) if len(w) > 1)
    contents = bool(ITEM_CONTENTS.search(plan.question))
    lines, citations = list_lines(
        best, info, prefix, deep=deep, figures=figures, naming=naming, contents=contents
    )
    others = [catalog.reports[c.structure.report.source] for c in choices if c is not best]
    notice = _chosen_among(info, others) if plan.sources is None else None
    notice = "；".join(filter(None, (_only(best, plan, asked), notice))) or None
    return list_answer(plan, lines, citations, [info.source], notice)


def list_answer(
    plan: Plan, lines: list[str], citations: list[Citation], searched: list[str], notice: str | None
) -> Answer:
    """A list's answer from its lines and citations."""
    return Answer(
        question=plan.question,
        answer="\n".join(lines),
        abstained=False,
        kind="list",
        citations=citations,
        searched=searched,
        notice=notice,
    )


def _per_region(
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
        label = _counted(plan, best, label)
        deep = bool(SUB_ITEMS.search(plan.topic))
        _append(lines, citations, best, info, label, deep)
    if not citations:
        return None
    unit = items_counted(plan.topic)
    if unit and asks_which_more(plan.topic) and len(counts) == len(plan.groups):
        # "谁写的条数更多": the verdict on the counts the lists show.
        lines.append(more_items(counts, unit))
    return list_answer(plan, lines, citations, searched, None)


def _each_report(
    plan: Plan,
    choices: list[Choice],
    catalog: Catalog,
    texts: dict[str, str],
    asked: Asked,
    vocabulary: Vocabulary,
) -> Answer | None:
    """Each report's best part on what ``plan`` asks, in the store's order, cited on from one
    numbering; a report with no such part, its sentence on the topic ("法治文化阵地" said in
    passing), else "未提及"; None when only one report has such a part."""
    best: dict[str, Choice] = {}
    for choice in choices:
        source = choice.structure.report.source
        if source not in best or choice.score > best[source].score:
            best[source] = choice
    if len(best) < 2:
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
            label = _counted(plan, best[source], report_name(info))
            _append(lines, citations, best[source], info, label, deep, figures)
            continue
        # "法治文化阵地，每个县建了什么": a report with no part on it may say it in passing.
        held = {source: texts[source]}
        n = len(citations) + 1
        said = (
            None if asked.exclusive else said_in_passing(plan.topic, held, catalog, vocabulary, n)
        )
        if said is None:
            silent.append(report_name(info))
            continue
        line, citation = said
        lines.append(f"{report_name(info)}：{line}[{citation.n}]")
        citations.append(citation)
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


def _per_aspect(
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


def _counted(plan: Plan, choice: Choice, label: str) -> str:
    """``label`` with how many items the part holds, when the question asks ("分了几块")."""
    unit, count = items_counted(plan.topic), item_count(choice)
    return f"{label}（共{count}{unit}）" if unit and count and label else label


def _chosen_among(chosen: ReportInfo, others: list[ReportInfo]) -> str | None:
    """Say which report a list naming no region was taken from, when others have one too."""
    if not others:
        return None
    names = "、".join(info.region or info.label for info in others)
    return f"以上取自{chosen.region or chosen.label}；{names}的报告也有同类内容，指明地区可查看"


def _only(choice: Choice, plan: Plan, asked: Asked) -> str:
    """The notice when only some items are listed (those whose text names the topic)."""
    if choice.items is None:
        return ""
    return f"该部分没有专讲{asked_topic(plan.topic, asked)}的条目，以上只列出文中提到它的条目"
