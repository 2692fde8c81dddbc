"""The parts a figure just given is broken down into ("分成几类，每类多少" after "受理法律援助案件
多少件"): the figures of its measure its sentence lists right after it, each named as the report
names it, and whether they add up to it."""

from __future__ import annotations

import re
from decimal import Decimal

from retrieval.answer.breakdown import part_name, side_by_side
from retrieval.answer.cite import own_citation, subject
from retrieval.answer.parts_check import run_after
from retrieval.answer.stated_figures import figure_of
from retrieval.query.asked_beside import BREAKDOWN
from retrieval.query.plan import Plan
from retrieval.schema import Answer
from retrieval.search.evidence import Found
from retrieval.text.numbers import numbers_in
from retrieval.types import Vocabulary

__all__ = ["with_breakdown", "with_parts_table"]

# "分哪几类", "各类多少", "怎么构成的", "分项呢": the parts of a figure, asked.
_PARTS_ASKED = re.compile(
    rf"分(?:哪|几)几?[类种项块]|哪(?:几|些)类|各类|分类|构成|按类别|{BREAKDOWN}"
)
# Where a listed item's name starts: after the mark before it.
_ITEM_START = re.compile(r"[、，,；;：:]")


def with_breakdown(plan: Plan, found: Found, vocabulary: Vocabulary, answer: Answer) -> Answer:
    """``answer`` with a line naming the parts of the figure ``plan`` asks after (its context,
    the figure asked before), where its sentence lists them after it; else ``answer``."""
    if answer.abstained or not _PARTS_ASKED.search(plan.question):
        return answer
    # ("叶城的细分下" after each report's figure: the thing carried over is the topic.)
    own = [w for w in vocabulary.words(plan.topic) if len(w) > 1 and w in plan.question]
    carried = "" if own else plan.topic
    asked = plan.context or carried
    whole = figure_of(asked, found, vocabulary) if asked else None
    if whole is None or whole.value is None:
        return answer
    text = whole.pick.text
    mention = next((m for m in numbers_in(text) if m.start == whole.at), None)
    parts = run_after(text, mention) if mention else []
    if mention is None or len(parts) < 2:
        return answer
    named = []
    for part in parts:
        start = max((m.end() for m in _ITEM_START.finditer(text, 0, part.start)), default=0)
        named.append(f"{text[start : part.start]}{part.raw}{part.unit or ''}")
    total = sum((p.value for p in parts), Decimal(0))
    agrees = "与总数一致" if total == mention.value else f"与总数{mention.raw}{mention.unit}不一致"
    # The parts are the answer: the figure's sentence alone is cited, whatever else was.
    answer = answer.model_copy(update={"citations": []})
    n = own_citation(answer, whole)
    passage = whole.pick.passage
    who = subject(passage.region, passage.title, passage.source, plan.route.inherited)
    line = (
        f"{who}：{mention.raw}{mention.unit}，分项：{'、'.join(named)}[{n}]"
        f"（合计{total.normalize():f}{mention.unit}，{agrees}，按所引数字计算）"
    )
    return answer.model_copy(update={"answer": line})


# "列成表格", "做个表": a table asked of one report's figures.
_AS_TABLE = re.compile(r"表格|(?:列|做|整|弄|画)(?:个|一张|一个|成)?表|成表")
# The fewest parts a run must list to be laid out as a table.
_TABLED = 3


def with_parts_table(plan: Plan, answer: Answer) -> Answer:
    """``answer`` laid out as a table of the parts its one cited sentence lists side by side
    ("行政许可208项、行政处罚2407项…"), when the question asks one report's figures as a
    table; else ``answer``."""
    if answer.abstained or plan.kind != "fact" or not _AS_TABLE.search(plan.question):
        return answer
    if len(answer.citations) != 1:
        return answer
    cited = answer.citations[0]
    text = cited.excerpt
    run = max(side_by_side(text), key=len, default=[])
    if len(run) < _TABLED:
        return answer
    rows = [f"{part_name(text, part)}｜{part.raw}{part.unit or ''}[{cited.n}]" for part in run]
    who = answer.answer.split("：", 1)[0]
    return answer.model_copy(update={"answer": "\n".join([f"{who}：", "类别｜数量", *rows])})
