"""What a question asks beside its figures, in a clause of its own: one figure a report ("一县
一个数就行"), or the period each figure covers ("另外有没有哪份的数字不是一年的")."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "BREAKDOWN",
    "CLAUSE",
    "ITEM_MARK",
    "ONE_EACH",
    "QUESTION_WORDS",
    "READ_VERBS",
    "REQUEST",
    "WHICH_PERIOD",
    "asks_one_each",
    "asks_periods",
    "without_clauses",
]

# "查阅…报告", "看看": a request to read the reports, which every question is.
READ_VERBS = r"查阅|查看|翻阅|看看|查一下"
# "请", "烦请并", "麻烦同时": a written request's opening words.
REQUEST = r"(?:请|烦请|麻烦)?(?:并|同时|另外?|顺便|顺带)?(?:请)?"
# "分项", "细分", "明细": a figure's parts, asked for.
BREAKDOWN = r"分项|细分|明细"
# The words that ask something of the reports: a clause holding none asks nothing itself.
QUESTION_WORDS = r"多少|几|哪|什么|啥|吗|么|怎|如何|谁|是否|有没有|有无|有何|何种|为何"
# A clause of a question, with the marks that close it.
_BOUNDARY = r"(?:(?<=^)|(?<=[：:；;。，,\s？?！!]))"
# "1、", "2.", "（1）", "(一)", "一、", "①": the number of an item, after a break.
ITEM_MARK = re.compile(
    _BOUNDARY + r"(?:\d{1,2}(?:、|[.．](?!\d)|[)）])|[（(](?:\d{1,2}|[一二三四五六七八九十])[)）]"
    r"|[一二三四五六七八九十](?:、|是)|[①②③④⑤⑥⑦⑧⑨⑩])"
)
CLAUSE = re.compile(r"[^，,；;。？?！!]+[，,；;。？?！!]*")
_MARKS = "，,；;。？?！! "


def without_clauses(text: str, drop: Callable[[str], bool]) -> str:
    """``text`` without the clauses (``CLAUSE``) whose words ``drop`` says ask nothing of their
    own; ``text`` itself when no other clause is left."""
    kept = "".join(c for c in CLAUSE.findall(text) if not drop(c.strip(_MARKS)))
    return kept.strip(_MARKS) or text


# "另外有没有哪份的数字不是一年的", "这些数都是全年的吗": the period each figure covers, which
# the answer notes (``Plan.period``).
WHICH_PERIOD = re.compile(
    r"(?:(?:另外|还有|顺便|同时|并)?(?:问一下|说一下|看一下)?(?:有没有|是否有|有无)?"
    r"(?:哪|哪个|哪份|哪些|哪几份|这个|这些|这几个|上面的?|各)?(?:报告|县)?的?(?:数字|数据|数|统计)"
    r"(?:分别|各自|都)?(?:是|算)?(?:不是|并非|是不是|是否|都是)?"
    r"(?:20\d\d年度?)?(?:一年|全年|当年|同一年|同一时期|同期|同一口径|一个口径|哪一?年|哪个年度)的?(?:吗|呢|么)?"
    # "叶城的是全年的吗", "那个是一年的数吗": whether one side's figure is a year's.
    r"|(?:[\u4e00-\u9fff]{0,8}?(?:的|那个|那份|这个))?(?:数|数字|数据)?(?:是|算)(?:不是)?(?:一年|全年|当年)的?"
    r"(?:数|数字|数据|量|数量)?(?:吗|呢|么)"
    # "注明出处及年度", "标明各自年份": each figure's year, noted.
    r"|(?:请|并|并请|同时)?(?:数字后面|后面)?(?:注明|标明|写明|列明|标注|标清楚|注上|标上|写上)"
    r"(?:出处|来源|报告)?(?:及|和|、|与)?(?:各自|每份报告|每份|每家|各份报告|各报告|各|其|所属|报告|数据)?的?"
    r"(?:年度|年份|统计年度|统计时段|时段|统计期间|统计周期|统计区间|期间|时间段|时间范围)"
    # "标明是哪一年的": the same, asked by which year.
    r"|(?:请|并|并请|同时)?(?:注明|标明|写明|列明|标注|标清楚|注上|标上|写上|说明|说清楚)(?:各自|分别)?"
    r"(?:是)?(?:哪一?年|哪个年度|什么时候)的?(?:数|数字|数据)?"
    # "该数字是一年的还是累计的": one year's or a running total.
    r"|(?:这个|这些|该|这)?(?:数|数字|数据)?(?:是|算)?(?:20\d\d年度?)?(?:单年|一年|全年|当年|年度)的?"
    r"(?:数|数字|数据)?还是累计(?:的|数)?(?:口径)?"
    r"|(?:这个|这些|该|这)?(?:数|数字|数据)?(?:是|算)?累计(?:的|数)?(?:口径)?还是(?:单年|一年|全年|当年|年度)的?(?:口径)?"
    # "（三）数据年份": the year of each figure, asked as a column.
    r"|(?:数据|统计)(?:年份|年度)"
    # "请注明这些数字统计的是哪个时间段": the period of the figures asked for, in a clause.
    r"|(?:请|并|并请|同时)?(?:注明|标明|写明|说明|标注)(?:一下)?(?:这些|这几个|这个|该|各个?|每个)?(?:数字|数据)?"
    r"(?:的)?(?:统计)?(?:的)?(?:是)?(?:哪个|什么|哪一?)(?:时间段|时段|期间|年度|年份|年))"
    # "（哪一年或者“以来”）": what the period may be, said in brackets.
    r"(?:[（(][^（()）]{0,24}[）)])?"
)
# "一县一个数就行": a figure a report, which a table gives.
ONE_EACH = re.compile(
    r"(?:每|一)个?(?:县|镇|乡镇|地方|家|份|报告)(?:给|列|说|写)?一个(?:数|数字|数据)"
    r"(?:就行|就好|即可|就可以|就够了?)?"
)


def asks_one_each(question: str) -> bool:
    """True when a clause of ``question`` asks one figure a report ("一县一个数就行")."""
    return any(
        ONE_EACH.fullmatch(clause.strip().rstrip("，,；;。？?！! "))
        for clause in CLAUSE.findall(question)
    )


def asks_periods(question: str) -> bool:
    """True when a clause of ``question`` asks, beside what it asks, the period each figure
    covers ("另外有没有哪份的数字不是一年的")."""
    return any(
        WHICH_PERIOD.fullmatch(clause.strip().rstrip("，,；;。？?！! "))
        for clause in CLAUSE.findall(question)
    )
