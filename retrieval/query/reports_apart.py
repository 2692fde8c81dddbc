"""Annotations that speak of the reports rather than of the answer's lines: every report wanted
("五份都要列", "一份也不要漏"), one named among the rest ("003那份也算上"), or how their figures
differ ("有的说持证人数有的说新发证", "两份报告年度不同", "提醒我年份口径的差别"). A table and a
ranking already give every report its row, quote each figure as its report writes it and note
where periods, measures or levels differ, so such a clause asks nothing; it is kept apart from the
annotations on what each line carries because what it names (口径, 年度, 报告) would otherwise be
read as the thing asked of every report.
"""

from __future__ import annotations

import re

from retrieval.query.asked_beside import REQUEST

__all__ = ["REPORTS_APART"]

# "请特别注意：两份报告的统计时段可能不一致": how the figures are counted, told beside the
# request, which the answer's notes say.
_CAUTION = re.compile(
    r"^(?:[^，,；;。？?！!]{1,8}?(?=请))?(?:请)?(?:特别|务必)?(?:注意|留意)[：:]?[^，,；;。？?！!]{0,24}?"
    r"(?:口径|时段|期间|年度|年份|层级|单位)[^，,；;。？?！!]{0,10}$"
)
# "两份报告年度不同、统计口径也可能不同": how the figures differ, told beside the request.
_DIFFER_TOLD = re.compile(
    r"^[^，,；;。？?！!]{0,10}?(?:年度|口径|时段|层级|单位)(?:也)?(?:可能)?(?:不同|不一致|有差异|不一样)"
    r"(?:、[^，,；;。？?！!]{0,10}?(?:年度|口径|时段|层级|单位)(?:也)?(?:可能)?(?:不同|不一致|有差异|不一样))?$"
)
# "并提醒我年份口径的差别": how the figures are counted, which the answer's notes say.
_REMIND_APART = re.compile(
    rf"^{REQUEST}(?:提醒|提示|说明|注明|标注|指出)(?:我|我们)?(?:一下|下)?[^，,；;。？?！!]{{0,10}}?"
    r"(?:口径|年份|年度|时段|期间|单位|层级)[^，,；;。？?！!]{0,4}?(?:差别|差异|不同|区别|不一致)?$"
    # "并在最后提示哪份报告是2023年度的": each line's report and year, which the answer names.
    rf"|^{REQUEST}(?:在最后|最后|在后面|在表后)?(?:提示|注明|说明|标明)(?:一下)?"
    r"哪(?:份|个|些)报告是20\d\d年度?的?(?:数据|报告)?$"
)
# "五份都要列", "每份报告都要写上", "一份也不要漏": every report, which a table and a ranking
# list anyway (the silent ones as 未提及).
_EVERY_REPORT = re.compile(
    rf"^{REQUEST}(?:全部|所有|每|各)?(?:[两二三四五六七八九十]|\d{{1,2}})?[份个家篇](?:报告|材料)?"
    r"(?:都|均|全都|全部)(?:要|需要|需|得|请)?(?:列|写|列出来?|写出来?|列上|写上|覆盖到?|涵盖|包括)(?:进去|进来|上)?$"
    r"|^(?:一份|一个|一家)(?:也|都)(?:不要|别|不能)(?:漏|落下|遗漏)掉?$"
)

# "有的说持证人数有的说新发证，分开写清楚": the reports count it in different ways, which
# each row quotes as written, apart.
_SOME_SAY = re.compile(
    r"^(?:因为|因)?有的(?:报告|县|地方)?(?:说|写|讲|是|给|用)[^，,；;。？?！!]{1,12}"
    r"[，,]?有的(?:报告|县|地方)?(?:说|写|讲|是|给|用)[^，,；;。？?！!]{1,12}$"
    rf"|^{REQUEST}(?:要|需要)?(?:分开|分别|区分开?)(?:来)?(?:写|列|说|标)(?:清楚|明白|出来)?$"
)

# "003那份也算上", "003请单列一行", "未署县名的那份请以“003”标注": one report among the rest, as
# every row is (and named as every row is).
_ONE_AMONG = re.compile(
    r"^[^，,；;。？?！!]{1,12}?(?:那份|这份|报告)?(?:也|请|都)?(?:要)?"
    r"(?:算上|加上|列上|包括进来|算进去|放进来|单列一行|单列|单独列出|单独标出来?"
    r"|以[“\"‘][^”\"’]{1,8}[”\"’]标注|标注为[^，,；;。？?！!]{1,8})$"
)

# Each matched from a clause's start, in this order after the other annotations.
REPORTS_APART = (
    _REMIND_APART,
    _CAUTION,
    _DIFFER_TOLD,
    _EVERY_REPORT,
    _SOME_SAY,
    _ONE_AMONG,
)
