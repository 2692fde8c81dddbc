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
from dataclasses import replace

from retrieval.answer.answering_item import answering_item
from retrieval.answer.cite import subject
from retrieval.answer.headed import headed_choices
from retrieval.answer.list_answers import (
    each_report,
    list_answer,
    per_aspect,
    per_region,
    with_item_count,
)
from retrieval.answer.list_lines import Choice, list_lines
from retrieval.answer.list_sentences import joined_answer, shifted_rows
from retrieval.answer.section_choice import (
    counts_parts,
    paragraphs_told,
    part_numbers,
    section_choices,
)
from retrieval.answer.unlisted import asked_topic, unlisted
from retrieval.query.about_answer import verbatim_only
from retrieval.query.across_shape import lists_every_report
from retrieval.query.aspects import PLANS, Asked, asked_aspects, asks_item_figures, own_sections
from retrieval.query.catalog import Catalog
from retrieval.query.list_shape import (
    EACH_PART_COUNTED,
    ITEM_CONTENTS,
    ORDINAL_PART,
    SUB_ITEMS,
    asks_outline,
    without_outline,
)
from retrieval.query.plan import Plan
from retrieval.query.pointers import field_said
from retrieval.query.sections import items_counted
from retrieval.query.told_again import things_apart
from retrieval.schema import Answer
from retrieval.text.numbers import other_line
from retrieval.tuning import COMMON_IDF
from retrieval.types import ReportInfo, Vocabulary

__all__ = ["compose_list", "compose_told"]


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
    nth = part_numbers(plan.topic) or None
    topic = _without_numbers(plan.topic)
    asked = _asked(plan, texts, catalog, vocabulary)
    quoted = _sections_quoted(plan.topic)
    if len(plan.groups) > 1:
        return per_region(plan, texts, catalog, asked, nth, vocabulary)
    if len(asked.exclusive) > 1 and nth is None and not plan.about:
        # "有什么不足，明年又打算怎么做": each part asked, in the order asked.
        return per_aspect(plan, texts, catalog, asked, topic)
    # ("五、其他需要报告的情况那部分讲了啥": the part of the one report asked of that its own
    # heading names, word for word.)
    one = len(plan.sources or ()) == 1
    headed = headed_choices(texts, catalog, plan.topic, nth) if one else []
    choices = headed or section_choices(texts, catalog, asked, nth, counts_parts(plan.topic))
    if not choices and quoted:
        # "把报告“存在的问题与不足”部分逐条归纳": the part named by its heading is asked,
        # whatever else the request says of how to put it.
        asked = replace(asked, weights={})
        choices = section_choices(texts, catalog, asked, nth, counts_parts(plan.topic))
    # "12345热线情况": a part naming another line alone ("12348热线") is about that one.
    choices = [c for c in choices if not other_line(_told_in(c), plan.topic)]
    # "里面…": the parts inside the one just listed answer first.
    inside = [c for c in choices if plan.within and _section(c).startswith(plan.within)]
    choices = inside or choices
    if not choices:
        return unlisted(plan, texts, catalog, asked) if nth is None else None
    # "这几份报告都分几大块": a whole report's outline asked of no report is every report's.
    outline = not plan.sources and asks_outline(plan.topic)
    if (lists_every_report(plan) or outline) and nth is None and not plan.about:
        # "各地…是怎么做的": each report's own part, not the likeliest report's alone.
        each = each_report(plan, choices, catalog, texts, asked, vocabulary)
        if each is not None:
            return each
    best = max(choices, key=lambda choice: choice.score)
    apart = [] if plan.about or nth else things_apart(plan.topic, _told_in(best))
    if apart:
        # "在行政复议和行政应诉这两块有什么打算": a part telling of one of them answers that
        # one alone; each is listed from its own part.
        listed = [compose_list(replace(plan, topic=t), texts, catalog, vocabulary) for t in apart]
        answered = [a for a in listed if a is not None and not a.abstained]
        if len(answered) == len(apart):
            rows = [row for shifted in shifted_rows(answered) for row in shifted]
            return joined_answer(plan.question, answered, rows, False)
    return _listed(plan, choices, catalog, asked, vocabulary)


def _section(choice: Choice) -> str:
    return choice.structure.section(choice.ancestors, choice.node) if choice.node else ""


def _told_in(choice: Choice) -> str:
    """The text of the part ``choice`` answers from (the whole report for its outline)."""
    text = choice.structure.outline.text
    return text if choice.node is None else text[choice.node.start : choice.node.end]


def compose_told(
    plan: Plan, texts: dict[str, str], catalog: Catalog, vocabulary: Vocabulary
) -> Answer | None:
    """The one paragraph that tells the field ``plan`` asks of ("在普法方面写了啥" of a report
    no heading of which names it, whose sentences answer no fact either), or None.

    Args:
        plan: a list question's plan, naming its field ("在X方面").
        texts: the canonical texts of the reports it may be answered from.
        catalog: the stored reports.
        vocabulary: the reports' word weights.
    """
    asked = _asked(plan, texts, catalog, vocabulary)
    nth = part_numbers(plan.topic)
    if len(plan.groups) > 1 or (len(asked.exclusive) > 1 and not nth and not plan.about):
        # Several reports, or several parts, are each listed as any list question's are.
        return compose_list(plan, texts, catalog, vocabulary)
    if nth or asked.exclusive or not field_said(plan.topic)[1]:
        return None
    choices = paragraphs_told(texts, catalog, asked)
    return _listed(plan, choices, catalog, asked, vocabulary) if choices else None


def _asked(plan: Plan, texts: dict[str, str], catalog: Catalog, vocabulary: Vocabulary) -> Asked:
    """What a list question asks of each report's outline: its aspects and topic words, read
    with the year and the quoted headings it names."""
    titles = catalog.titles
    # A year after every report's asks what they plan: "对2024年是怎么安排的" of a 2023 report.
    years = [catalog.reports[s].year for s in texts if s in catalog.reports]
    later = plan.route.year is not None and all(
        y is not None and y < plan.route.year for y in years
    )
    topic = without_outline(_without_numbers(plan.topic))
    asked = asked_aspects(topic, vocabulary, titles, arranged=not later)
    if later and not asked.exclusive:
        # What a report will do in a year after its own is what it plans.
        plans = frozenset({PLANS})
        asked = replace(asked, aspects=asked.aspects | plans, exclusive=plans)
    if not (asked.weights or asked.exclusive) and plan.context:
        # "具体是如何落实的" after a figure: the doing of what the turn before asked (not
        # its plans or problems, which a part of their own tells).
        asked = replace(asked, weights=asked_aspects(plan.context, vocabulary, titles).weights)
    quoted = _sections_quoted(plan.topic)
    if quoted and asked.exclusive - quoted:
        # "按…工作安排，把报告“存在的问题与不足”部分逐条归纳": the part quoted is asked,
        # not one the words around it name.
        asked = replace(asked, exclusive=quoted, aspects=(asked.aspects - asked.exclusive) | quoted)
    if quoted and not _NARROWED.search(plan.topic):
        # "“工作特色与亮点”…列出标题，各附支撑数字": the part named whole; the words around
        # its heading say how to put it, no topic its items must name.
        asked = replace(asked, weights={})
    return asked


def _without_numbers(topic: str) -> str:
    """``topic`` without the numbers of parts and items it asks for, nor what of them."""
    return ITEM_CONTENTS.sub(" ", SUB_ITEMS.sub(" ", ORDINAL_PART.sub(" ", topic)))


def _listed(
    plan: Plan, choices: list[Choice], catalog: Catalog, asked: Asked, vocabulary: Vocabulary
) -> Answer:
    """The items of the best of ``choices``, a line each, cited."""
    best = max(choices, key=lambda choice: choice.score)
    if plan.about:
        # "针对这个问题，下一步怎么办": the plan item sharing most of the problem's words.
        best = answering_item(best, plan.about, vocabulary) or best
    info = catalog.reports[best.structure.report.source]
    label = with_item_count(
        plan, best, subject(info.region, info.title, info.source, plan.route.inherited)
    )
    # "把普兰县那份报告概括一下": a whole report is summed up by its parts and their items.
    # ("分几个部分" counts the parts alone.)
    deep = bool(SUB_ITEMS.search(plan.topic)) or (
        best.node is None and not items_counted(plan.topic)
    )
    figures = asks_item_figures(plan.topic, plan.question)
    prefix = f"{label}：" if label else ""
    # Items listed for naming the topic in their text show the sentences that name it.
    naming = tuple(w for w in asked.weights if len(w) > 1) if best.items is not None else ()
    if plan.stress:
        # ("法治督察": 督察 picks the sentences out; 法治, said everywhere, picks none.)
        named = vocabulary.words(plan.stress)
        naming = tuple(w for w in named if len(w) > 1 and vocabulary.idf(w) > COMMON_IDF)
    # ("原话给我" after a list: what each item says, in its own words.)
    contents = bool(ITEM_CONTENTS.search(plan.question)) or verbatim_only(plan.question)
    # ("…里就X咋写的，原文发来": the words on X are what is asked, not every item's.)
    contents = contents and not plan.stress
    lines, citations = list_lines(
        best,
        info,
        prefix,
        deep=deep,
        figures=figures,
        naming=naming,
        contents=contents,
        asked=tuple(w for w in asked.weights if len(w) > 1),
        counted=bool(EACH_PART_COUNTED.search(plan.topic)),
    )
    others = [catalog.reports[c.structure.report.source] for c in choices if c is not best]
    notice = _chosen_among(info, others) if plan.sources is None else None
    notice = "；".join(filter(None, (_only(best, plan, asked), notice))) or None
    return list_answer(plan, lines, citations, [info.source], notice)


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
