"""A table asked for in so many words ("列个表", "做成表格"): the answer's rows (each report and
its figure, cited) laid out first as a compact table, the cited lines after it."""

from __future__ import annotations

import re

from retrieval.answer.cite import CARRIED, subject
from retrieval.query.laid_out import asks_table
from retrieval.query.plan import Plan
from retrieval.query.units import unit_family
from retrieval.schema import Answer, Row
from retrieval.text.markers import MARKER
from retrieval.text.numbers import extract_numbers

__all__ = ["TABLE_HEAD", "as_table", "with_table_block"]

# The head of the table a question asking for one is answered with first.
TABLE_HEAD = "报告｜内容"

# Lines that weigh or note the rows, not rows themselves.
_LEADS = ("注：", "合计", "平均", "最多", "最少")
# A line no longer than this is a row of a table already.
_SHORT = 40
# Shapes whose rows are each report's figure.
_ROWED = frozenset({"table", "comparison", "ranking"})


def _named(row: Row) -> str:
    """A row's report as answers name it (``cite.subject``)."""
    return subject(row.region, row.title or row.source, row.source)


def with_table_block(plan: Plan, answer: Answer) -> Answer:
    """``answer`` opened by a table of its rows (``TABLE_HEAD``, then "额敏县｜38件[1]"), when the
    question asks for a table and two rows or more state a figure; of its reports' lines
    (``as_table``) where a row's line states more than its value; else ``answer``."""
    if answer.abstained or not asks_table(plan.question):
        return answer
    if answer.kind not in _ROWED:
        return _lines_table(answer)
    rows = [row for row in answer.rows or [] if row.value is not None and row.n is not None]
    lines = answer.answer.splitlines()
    if all(len(line) <= _SHORT for line in lines):
        # ("额敏县：2025年[1]": lines that short are a table already.)
        return answer
    if len(rows) < 2 or not all(_one_figure(row, lines) for row in rows):
        # A row whose line states more than its value ("法治长廊2个、宣传栏1个") is shown whole.
        return _lines_table(answer)
    block = [TABLE_HEAD, *(f"{_named(row)}｜{row.value}[{row.n}]" for row in rows)]
    return answer.model_copy(update={"answer": "\n".join([*block, "", answer.answer])})


def as_table(question: str, answer: Answer) -> Answer:
    """``answer`` opened by a table of its reports' lines when ``question`` asks for a table
    (answers joined from several, "把这两家的情况换成表格"); else ``answer``."""
    if answer.abstained or not asks_table(question):
        return answer
    return _lines_table(answer)


# "额敏县：…38件[1]", "额敏县（按上一问）：…[1]；…[2]": a report's line, cited at its end.
_REPORT_LINE = re.compile(
    r"^(?:\d+\. )?(?P<label>[^：｜\n\[\]]{2,60}?)：(?P<quote>[^｜\n]+\[\d+\])$"
)
# "（按上一问）", "（共3条）": what a label says beside the report it names.
_ASIDE = re.compile(rf"(?:{re.escape(CARRIED)}|（共\d+[^）]{{0,3}}）)$")


def _lines_table(answer: Answer) -> Answer:
    """``answer`` with its reports' lines laid out as a table ("额敏县｜全年接收行政复议案件38件
    [1]") when two or more name a report each, no report twice; else ``answer``."""
    lines = answer.answer.splitlines()
    if lines and lines[0] == TABLE_HEAD:
        return answer
    names = {subject(c.region, c.title, c.source) for c in answer.citations}
    said = [
        m
        for line in lines
        if (m := _REPORT_LINE.match(line)) and _ASIDE.sub("", m["label"]) in names
    ]
    labels = [_ASIDE.sub("", m["label"]) for m in said]
    if len(said) < 2 or len(set(labels)) < len(labels):
        return answer
    # (The cited lines follow, as after a table of figures: each line stays its own claim.)
    block = [TABLE_HEAD, *(f"{m['label']}｜{m['quote']}" for m in said)]
    return answer.model_copy(update={"answer": "\n".join([*block, "", answer.answer])})


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
