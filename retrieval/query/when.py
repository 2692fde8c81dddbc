"""Questions over several reports that ask about the reports themselves in time: the year a
report covers, the day it was published, the dates of its header and signature, which came
first and how many days apart."""

from __future__ import annotations

import re
from typing import Literal

from retrieval.query.fields import asked_fields
from retrieval.query.measure import asks_count
from retrieval.query.order import WHICH_FIRST

__all__ = [
    "LATEST",
    "YEARS_TABLE",
    "Attribute",
    "asks_days",
    "attribute_of",
    "in_time",
    "reports_of_year",
    "summed_over_year",
]

# Report attributes kept at ingest that a ranking or a table can ask for; "dated": a date of
# the report's header or signature (成文日期, 落款日期), ranked in time.
Attribute = Literal["year", "published", "dated"]

# ("下一年度安排", "本年度": a time the question is about, not the year asked of a report.)
_YEAR = re.compile(r"(?<![一本该全今明去上])年度|哪一?年(?!以来)|年份")
# "哪个发得最早": the verb alone before 得 (typed 的 as often, before an order in time);
# "哪个先发的": after an order in time.
_PUBLISHED = re.compile(
    r"发布|公开|印发|发出|发文|发(?=得|的(?:最|更|较)?[早晚])|(?<=[先早晚后才])发"
)
# How many days apart two dates are ("早几天", "相差多少天").
_DAYS = r"(?:[早晚][\u4e00-\u9fff]{0,2}?|相差|差|隔|间隔)了?(?:几|多少)天"
_DAYS_APART = re.compile(_DAYS)
# Earlier or later of two ("发布得早", "更晚", "早于", "最先").
_EARLIER = rf"(?:得|更|较)[早晚]|[早晚]于|最先|{WHICH_FIRST}|{_DAYS}"
# "最近才发的": the latest put out.
LATEST = r"最近(?=才?(?:发|公开|印发|发布|出))"
_WHEN = re.compile(rf"最[早晚新]|{LATEST}|时间|日期|哪天|何时|什么时候|早晚|先后|{_EARLIER}")
# An order in time asked of the reports' dates ("最晚", "从早到晚", "先后").
_IN_TIME = re.compile(rf"最[早晚新]|{LATEST}|早到晚|晚到早|先后|早晚|{_EARLIER}")


def in_time(topic: str) -> bool:
    """True when ``topic`` asks for an order in time ("哪个早", "先后", "早于")."""
    return _IN_TIME.search(topic) is not None


def asks_days(topic: str) -> bool:
    """True when ``topic`` asks how many days apart two dates are ("早几天")."""
    return _DAYS_APART.search(topic) is not None


def attribute_of(topic: str) -> Attribute | None:
    """The report attribute a ranking, table or comparison asks for: its year, its publication
    date, or another date of its header or signature put in order ("哪份报告落款最晚", "谁的
    成文日期更早")."""
    if asks_count(_DAYS_APART.sub("", topic)):
        return None
    if _PUBLISHED.search(topic) and _WHEN.search(topic):
        return "published"
    dated = [f for f in asked_fields(topic) if f.name.endswith("日期")]
    if dated and _IN_TIME.search(topic):
        return "dated"
    if _YEAR.search(topic):
        return "year"
    if _IN_TIME.search(topic) and not _WHICH_ONE.sub("", _IN_TIME.sub("", topic)):
        # "谁最早，谁最晚": the reports themselves put in time, as they came out.
        return "published"
    return None


# "五份里哪一篇…？哪一篇…": which of the reports, naming nothing else of them.
_WHICH_ONE = re.compile(
    r"(?:这|那)?(?:几|五|些)?(?:份|个|篇)?(?:报告|材料|文件)?(?:里|中|当中|里面)?"
    r"(?:哪一?(?:份|个|篇)|谁)(?:报告|材料)?(?:是|的)?|[？?。！!，,、\s的呢啊]"
)


# "哪几份报告是2025年度的", "哪份讲的不是2025年的事", "2025年的报告有哪几份": which reports
# cover a year, answered by every report's year (the question names no place).
_OF_YEAR = re.compile(
    r"哪[几些一]?[份个家篇](?:报告|材料)?(?:里|中)?[^，,。？?\d]{0,6}?(?:是|属于|为|讲|说|写)"
    r"[^，,。？?\d]{0,4}?(?P<year>20\d{2})\s*年"
    r"|(?P<year2>20\d{2})\s*年度?的(?:报告|材料|事)?(?:有|是)哪[几些一]?[份个家篇]"
    # "有无不属于2025年度的": whether any report covers another year.
    r"|(?:有没有|有无|是否有)[^，,。？?\d]{0,4}?(?:不是|不属于|并非)[^，,。？?\d]{0,4}?(?P<year3>20\d{2})\s*年"
)
# The question every report's year answers.
YEARS_TABLE = "各报告分别是哪一年的"


def reports_of_year(question: str) -> int | None:
    """The year ``question`` asks which reports cover, or None."""
    found = _OF_YEAR.search(question)
    if found is None:
        return None
    return int(found["year"] or found["year2"] or found["year3"])


# "（2025年）的报告里", "的那几份报告中": the reports of the year named, as a scope.
_OF_REPORTS = re.compile(
    r"^的?(?:这|那)?(?:几|[两二三四五])?份?报告(?:里|中|里面|当中|里头)?的?[，,]?"
)


def summed_over_year(topic: str) -> str:
    """``topic`` of a sum over the reports of a year named before it, without the words that
    say they are the scope ("2025年的报告里调解纠纷加起来多少" → "调解纠纷加起来多少")."""
    return _OF_REPORTS.sub("", topic)
