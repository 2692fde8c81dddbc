"""Instructions on how the figures are counted, said beside a formal request: the periods to
heed ("注意两份报告的年度口径", "请说明两者统计期间的差异"), whether they compare ("二者是否可直接
比较", "口径一样吗"), the measures they are in ("单位不一样的也标出来"), and caveats that close a
sentence ("如因期间口径不同而需对排序保留意见，请一并说明"). Every answer names each figure's
report, quotes it with its measure and notes where periods or levels differ, so these ask nothing
more; they are one family because their words (口径, 期间, 年度, 单位) are exactly those that would
otherwise be read as the thing asked.
"""

from __future__ import annotations

import re

from retrieval.query.asked_beside import REQUEST

__all__ = ["COMPARABLE", "HEED", "PERIODS", "UNITS_NOTED", "caveat"]

# "注意两份报告的年度口径": the periods, which an answer says when they differ.
HEED = re.compile(
    rf"^{REQUEST}(?:注意|留意|考虑|区分)[^，,；;。？?！!]{{0,30}}(?:口径|年度|年份|时段|期间|统计|差异|不同|单位)"
    r"[^，,；;。？?！!]{0,6}$"
)
# "请说明两者统计期间的差异", "注明各自统计期间（全年或…）": the periods, said likewise.
# "注明各自统计期间（…）、成功率（如有）等附加信息": what each quoted sentence carries with it.
PERIODS = re.compile(
    rf"^{REQUEST}(?:说明|注明|标明|写明|指出)[^，,；;。？?！!]{{0,12}}(?:统计期间|统计口径|统计时段|期间|时段|口径)"
    r"[^，,；;。？?！!]*$"
    # "是全年还是累计也注明下": the period each figure covers, asked to be noted.
    r"|^(?:是)?(?:全年|当年|年度)(?:的)?还是累计(?:的)?[^，,；;。？?！!]{0,3}"
    r"(?:说明|注明|标明|标注|写明|说)(?:一下|下)?$"
)
# "二者是否可直接比较": whether the figures compare, which the notes on periods and measures say.
COMPARABLE = re.compile(
    r"^(?:二者|两者|两份|两个|它们|这两个数)?(?:是否|能否|可否|能不能|可不可以)(?:可以|能|可)?(?:直接)?(?:比较|对比|相比|比)$"
    # "口径一样吗": whether the figures are counted alike, which the notes say; "单位是啥":
    # the measure, which every figure quoted carries.
    r"|^(?:统计)?(?:口径|单位|时段)(?:是否|是不是)?(?:一样|相同|一致|统一)(?:吗|么|不|吧)?$"
    r"|^(?:计量)?单位(?:是|用的)?(?:啥|什么)(?:呢)?$"
)
# "如因期间口径不同而需对排序保留意见，请一并说明": a caveat on periods, which the notes say.
_CAVEAT = re.compile(
    r"^(?:如|如果|若|倘若)[^。？?！!]{0,30}(?:口径|期间|时段|年度|单位)[^。？?！!]{0,30}"
    r"(?:请)?(?:一并|同时|另)?(?:说明|注明|指出|标明)[。！!]?$"
)
# "考虑到二者一为县级一为乡镇级，请一并说明": a caveat on the sides, which the answer's
# figures carry (each side named, its period noted).
_CONSIDER = re.compile(
    r"^(?:考虑到|鉴于|由于)[^。？?！!]{0,40}[，,]\s*(?:请)?(?:一并|同时|另|也)?"
    r"(?:说明|注明|指出|考虑|分析)[。！!]?$"
)
# "单位不一样（份/册）的也标出来": the measures each figure is in, which the answer quotes.
UNITS_NOTED = re.compile(
    r"^(?:计量)?单位(?:不一样|不同|不一致|不统一)[^，,；;。？?！!]{0,12}?"
    r"(?:标出来|标出|注明|说明|标注|写明|标明)(?:一下|下)?$"
    # "单位要区分件和份", "单位别弄混": heed the measures, which every figure quoted carries.
    r"|^(?:计量)?单位(?:上)?(?:要|请|得|也)?(?:注意|留意|区分|分清|看清|(?:别|不要|不能)(?:弄|搞)?(?:混|错))"
    r"[^，,；;。？?！!]{0,16}$"
)


def caveat(part: str) -> bool:
    """True when ``part`` (a sentence's part after a "；") is a caveat on periods or sides."""
    return bool(_CAVEAT.match(part) or _CONSIDER.match(part))
