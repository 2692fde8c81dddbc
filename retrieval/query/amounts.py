"""How a question asks an amount its measure word does not say: money named by its noun
("经费多少", "减免的钱一共多少", "多少万"), the sums pointed at ("那两笔合计"), an area ("面积多
大"), and by how much a thing changed ("下降了多少")."""

from __future__ import annotations

import re

from retrieval.query.verdict_cues import ADDED

__all__ = [
    "AREA",
    "AREA_ASKED",
    "CHANGE_ASKED",
    "MONEY_ASKED",
    "SUMS_POINTED",
    "UNDONE_ASKED",
    "said_as_change",
    "undone_only",
]

# "法律援助经费多少", "补贴发了多少": a sum of money, whose noun says so without its measure.
MONEY_ASKED = re.compile(
    rf"(?:经费|资金|金额|费用|补贴|款项|(?<=的)钱)(?:{ADDED})?"
    r"(?:(?:一共|总共|共)?(?:是|为|有)|共|一共|总共|[\u4e00-\u9fff]{1,2}了)?(?:多少|几)"
    r"(?![\u4e00-\u9fff])"
    # "执行到位多少万": a sum in 万, its 元 left unsaid.
    r"|(?:多少|几)万(?![\u4e00-\u9fff])"
)
# "面积多大", "占地多少": an area asked, and a figure stating one.
AREA_ASKED = re.compile(r"(?:面积|占地)(?:有|是|为)?(?:多大|多少|几)|(?:多大|多少)的?(?:建筑)?面积")
AREA = re.compile(r"\d\s*(?:余|多)?万?(?:平方米|平方公里|平米|㎡|亩|公顷)")
# "下降了多少", "增长了几": by how much a thing changed.
CHANGE_ASKED = re.compile(
    r"(?:(?:下降|增长|提高|减少|上升|降低|增加|提升)了?|(?:降|升|涨)了)(?:多少|几)(?![\u4e00-\u9fff])"
)
# "那两笔合计多少": sums told before, pointed at and added up.
SUMS_POINTED = re.compile(rf"(?:那|这)(?:两|几|[三四五六七八九十])笔(?:钱)?(?:{ADDED}|一共)")

# "还有几件没履行", "没履行的有几件", "尚未办结的多少": what was not done, by its doing.
UNDONE_ASKED = re.compile(
    r"(?:还有|还剩下?|剩下?|尚有|仍有)?(?:多少|几)(?P<unit>[件个人项条])?(?:没有?|未|尚未|还没有?)"
    r"(?P<doing>[\u4e00-\u9fff]{2})"
    r"|(?:没有?|未|尚未|还没有?)(?P<doing2>[\u4e00-\u9fff]{2})的?(?:还有|有|是)?(?:多少|几)"
)
# What a follow-up may say around the undone part it asks ("这么说的话，剩几件没办完").
_AROUND_UNDONE = re.compile(
    r"^(?:那|那么|所以)?(?:就是说|也就是说|这么说|这样说|照这么说)?(?:的话)?[，,\s]*"
    r"|(?:完|掉|好)?(?:了|呢|啊|吧)?[？?。！!\s]*$"
)

_CHANGED_BY = re.compile(r"下降|增长|提高|减少|上升|降低|增加|提升|同比|较上年|比上年")
# How far before a figure the word saying it is a change may stand.
_CHANGE_NEAR = 6


def said_as_change(text: str, at: int) -> bool:
    """True when the figure at offset ``at`` of ``text`` is said as a change ("较上年减少12%"),
    by a word of change right before it."""
    return _CHANGED_BY.search(text, max(0, at - _CHANGE_NEAR), at) is not None


def undone_only(topic: str) -> bool:
    """True when ``topic`` asks only how many were not done ("这么说 尚有几件没结"),
    naming no thing of its own: of what the turn before counted."""
    found = UNDONE_ASKED.search(topic)
    return found is not None and not _AROUND_UNDONE.sub("", topic.replace(found.group(), ""))
