"""A table asked for in so many words ("列个表", "做成表格"): the answer's rows (each report and
its figure, cited) laid out first as a compact table, the cited lines after it."""

from __future__ import annotations

import re

from retrieval.query.plan import Plan
from retrieval.query.units import unit_family
from retrieval.schema import UNTITLED, Answer, Row
from retrieval.text.markers import MARKER
from retrieval.text.numbers import extract_numbers

__all__ = ["TABLE_HEAD", "asks_table", "with_table_block"]

# The head of the table a question asking for one is answered with first.
TABLE_HEAD = "报告｜内容"

# "列个表", "做成表格", "表格形式", "对比表": a table asked for.
_TABLE_ASKED = re.compile(
    r"表格|列表|(?:列|做|制|画|弄|出|整理|整理成|做成|弄成|列成)(?:个|一个|张|一张)?表(?!彰|现|示|明|达)"
    r"|对比表|一览表|汇总表"
)
# Lines that weigh or note the rows, not rows themselves.
_LEADS = ("注：", "合计", "平均", "最多", "最少")
# A line no longer than this is a row of a table already.
_SHORT = 40
# Shapes whose rows are each report's figure.
_ROWED = frozenset({"table", "comparison", "ranking"})


def _named(row: Row) -> str:
    """A row's report as answers name it: region, else title, else the file."""
    if row.region:
        return row.region
    return row.title if row.title and row.title != row.source else f"{UNTITLED}（{row.source}）"


def with_table_block(plan: Plan, answer: Answer) -> Answer:
    """``answer`` opened by a table of its rows (``TABLE_HEAD``, then "额敏县｜38件[1]"), when the
    question asks for a table and two rows or more state a figure; else ``answer``."""
    if answer.abstained or answer.kind not in _ROWED or not asks_table(plan.question):
        return answer
    rows = [row for row in answer.rows or [] if row.value is not None and row.n is not None]
    lines = answer.answer.splitlines()
    if len(rows) < 2 or all(len(line) <= _SHORT for line in lines):
        # ("额敏县：2025年[1]": lines that short are a table already.)
        return answer
    if not all(_one_figure(row, lines) for row in rows):
        # A row whose line states more than its value ("法治长廊2个、宣传栏1个") would show
        # only part of it.
        return answer
    block = [TABLE_HEAD, *(f"{_named(row)}｜{row.value}[{row.n}]" for row in rows)]
    return answer.model_copy(update={"answer": "\n".join([*block, "", answer.answer])})


def asks_table(question: str) -> bool:
    """True when ``question`` asks in so many words for a table ("列个表", "做成表格"), not
    when its words only hold 表 ("管理表现", "表彰")."""
    return bool(_TABLE_ASKED.search(question))


def _one_figure(row: Row, lines: list[str]) -> bool:
    """True when the line citing ``row`` states its value and no other figure of its kind of
    measure ("法治长廊2个、宣传栏3个" beside a value in 个 is a run of kinds)."""
    said = [line for line in lines if f"[{row.n}]" in line and not line.startswith(_LEADS)]
    if not said or row.value is None or row.value not in said[0]:
        return False
    body = MARKER.sub("", said[0].split("：", 1)[-1])
    value = extract_numbers(row.value)
    family = unit_family(value[0].unit) if value else None
    alike = [m for m in extract_numbers(body) if unit_family(m.unit) == family]
    return len(alike) == 1
