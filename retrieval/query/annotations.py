"""How a formal request asks the answer to be annotated, said beside what it asks: reports
without the figure ("没写的也请标出来"), ties ("有并列的照实写并列"), the figures each item
states ("有量化指标的一并写上"), and how each figure is counted ("统计口径不同的请备注"). A table
lists the silent reports as 未提及, a ranking shows ties as they are, items carry their figures
and notes say when periods or measures differ; so these clauses ask nothing more, and their words
("口径", "数据", "并列") would be read as the thing asked.
"""

from __future__ import annotations

import re

from retrieval.query.asked_beside import REQUEST

__all__ = ["ANNOTATIONS"]

# "报告未提供的注明未提供": the reports without it, which a table lists as 未提及 ("没写的也请
# 标出来", "没有数据的注明未提及", "未写的填“未提及”", "没写成功率的单列").
_UNSTATED = re.compile(
    rf"^{REQUEST}(?:报告)?(?:未|没有?)(?:提供|提及|给出|载明|写明|涉及|写|提)?(?:相关)?"
    # What it lacks, not which report ("没写县名的那份" is a report described).
    r"(?:(?![那这份县镇])[^，,；;。？?！!]){0,6}?(?:数据|数字|信息)?的?(?:报告)?(?:请|也请|亦请)?"
    r"(?:也|都|一并)?(?:请)?"
    r"(?:注明|标明|写明|说明|标注|注|列明|指出|标出来?|填|写上|单列|列出来?)"
)
# "有量化指标的一并写上": the figures the items state, which every item carries.
_FIGURES_TOO = re.compile(
    rf"^{REQUEST}(?:有|涉及)?(?:量化指标|量化数据|具体数字|具体数据|数字|数据)的?(?:请|也请)?"
    r"(?:也|都|一并|一起|同时){0,2}(?:写上|列上|带上|附上|写出来?|列出来?|注明|标明|写明)$"
)
# "有并列的照实写并列", "并列的请一并列出": ties, which a ranking shows as they are.
_TIES = re.compile(
    rf"^{REQUEST}(?:如)?(?:有)?并列的?(?:请|也请)?(?:照实|如实|一并|都)?(?:写|列|标|注)(?:明|出来?)?(?:并列)?$"
)
# "审查口径不同的备注一下", "统计期间不一致的请注明（…）", "口径（全年/…）注明": how each
# figure is counted, which the answer's notes on periods and measures say.
_COUNTED_APART = re.compile(
    r"^[^，,；;。？?！!]{0,12}?(?:口径|期间|时段|年度|单位)(?:[（(][^（()）]{0,20}[）)])?"
    r"(?:不同|不一致|不一样|不统一|有别)?的?(?:请|也请)?(?:备注|注明|标明|标注|说明|写明)(?:一下|下)?"
    r"(?:[（(][^（()）]{0,20}[）)])?$"
)

# Each matched from a clause's start.
ANNOTATIONS = (_UNSTATED, _FIGURES_TOO, _TIES, _COUNTED_APART)
