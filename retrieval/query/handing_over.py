"""How the asker wants the answer handed over, said in words of its own: a closing clause of
nothing but handing over ("帮忙整理一下", "数字帮我都带上", "整理成几条给我"), which rows a
table shows ("只列有数字的", "没有总数的写明怎么表述的"), the items' figures ("分项列出件数"),
what the answer is for ("以便汇报"), and a thing asked with "也说下" ("专题培训情况也请说明
下"). None of these names what is asked.
"""

from __future__ import annotations

import re

from retrieval.lexicons import delivery_words
from retrieval.query.asked_beside import REQUEST
from retrieval.text.words import full_jieba

__all__ = [
    "FIGURES_LISTED",
    "ONLY_FIGURED",
    "PURPOSE",
    "WORK_OUT",
    "delivered",
    "without_rounding",
    "without_tell_too",
]

# "没有总数的写明具体怎么表述的": what a report without the figure says, which a table quotes.
_UNCOUNTED_SAID = re.compile(
    rf"^{REQUEST}(?:没有?|无|未给出?)(?:总数|数字|数据|总量|合计|具体数字?)的(?:报告)?(?:请|也)?"
    r"(?:写明|注明|说明|标明|写出|列出)(?:具体)?(?:是)?(?:怎么|如何)?(?:表述|写|说)?的?$"
)
# "只列有数字的", "没数字的不用列": the rows to show, which a table sets apart anyway.
ONLY_FIGURED = re.compile(
    r"^(?:只|仅)(?:列|要|看|写)(?:有|给出?了?)(?:具体)?(?:数字|数据|数)的(?:报告|县)?$"
    r"|^(?:没有?|无)(?:具体)?(?:数字|数据|数)的(?:就)?(?:不用|不必|无需|别)(?:列|写)(?:了)?$"
    rf"|{_UNCOUNTED_SAID.pattern}"
)
# "…办了哪些事，分项列出件数": the items asked, each with the figures it states.
FIGURES_LISTED = re.compile(
    r"^(?:请|并)?(?:分项|逐项|逐一|逐条|分别|一一)(?:列出|列明|给出|写明|标出|注明)"
    r"(?:各项|各自|相应|对应|具体)?的?(?:件数|数字|数据|数量|次数|人数|数目)$"
)
# "以便纳入比较简报的“短板”部分", "供参考": what the answer is for, which asks nothing.
# "以便汇报", "为汇总…情况": what the answer is for, said beside the request.
PURPOSE = re.compile(
    r"^(?:以便|以供|便于|用于|供|作为|方便)[^，,；;。？?！!]{0,30}$"
    r"|^(?:此|该|本)(?:材料|件|表|份材料)?(?:拟|将|拟将)?(?:作为|用于|供)[^，,；;。？?！!]{0,30}$"
    # "按州依法治州办关于…工作的调研要求": what the request answers to.
    r"|^(?:按|按照|根据)[^，,；;。？?！!]{2,30}(?:要求|安排|部署|通知|精神)$"
    r"|^(?:为|为了)(?:汇总|统计|整理|编制|撰写|起草|准备|掌握|摸清|核实|梳理|总结)[^，,；;。？?！!]{0,30}$"
    # "准备材料用", "给领导汇报用", "写稿子要用": what the answer will serve.
    r"|^(?:我)?(?:准备|写|做|给[^，,；;。？?！!]{1,6})?[^，,；;。？?！!]{0,8}?(?:材料|稿子|讲话|汇报|发言|报告)(?:要|时)?用$"
)
# "专题培训情况也请说明下": the thing named before it, asked too.
_TELL_TOO = re.compile(
    # (Not "其他没写的也说一下": the reports that lack it, told too.)
    r"(?<=[\u4e00-\u9fff])(?<!的)(?:也|还|再)(?:请|麻烦)?(?:说明|介绍|说|讲|谈)(?:一下|下)?"
    r"(?=[。？?！!，,；;]*$)"
)


def without_tell_too(clause: str) -> str:
    """``clause`` without the "也请说明下" after the thing it asks too."""
    return _TELL_TOO.sub("", clause)


def delivered(clauses: list[str], i: int, after: bool) -> bool:
    """True when clause ``i`` only says how the answer is handed over, after what is asked
    (``after``: a sentence before it); not after a clause naming figures, whose request it
    completes ("…的数字，帮我整理一下")."""
    body = clauses[i].strip().rstrip("，,；;。？?！! ")
    before = clauses[i - 1] if i else ""
    return (after or i > 0) and not _FIGURES_END.search(before) and _delivery_only(body)


_FIGURES_END = re.compile(r"(?:数字|数据|数)[，,；;\s]*$")


def _delivery_only(body: str) -> bool:
    """True when ``body`` is made only of words saying how the answer is handed over
    ("帮忙整理一下", "数字帮我都带上", "整理成几条给我"): it asks nothing of its own."""
    # Every word counts, a stopword too ("分别说下" asks each place's own).
    words = [w for w in full_jieba().cut(body) if w.strip()]
    return len(body) > 1 and bool(words) and all(w in delivery_words() for w in words)


# "003那份没直接写比率的话按它的数字算一下", "没写就自己算": a figure worked out from those
# cited where none is stated, which the answer does (marked as worked out) wherever it can.
WORK_OUT = re.compile(
    r"^(?:(?:如果|若|要是|假如)?[^，,；;。？?！!]{0,16}?(?:没|未)有?(?:直接)?(?:写|给|列|说|提|标)"
    r"[^，,；;。？?！!]{0,8}?(?:的话|就)[，,]?(?:就|那就|请|那)?(?:自己|帮我)?|(?:就|那就|请|那)?"
    r"(?:按|根据|用|拿)(?:它|其|报告)?(?:的|里的|给的|中的)?(?:数字|数据|件数|原始数据))"
    r"(?:按|根据|用|拿)?(?:它|其|报告)?(?:的|里的|给的|中的)?(?:数字|数据|件数|原始数据)?"
    r"(?:自己|帮我)?(?:算|计算|推算|换算|折算)(?:一下|下|出来)?$"
)

# "保留一位小数", "精确到小数点后两位", "四舍五入就行": how a worked-out figure is rounded.
_ROUNDED = re.compile(
    rf"^{REQUEST}(?:结果)?(?:保留|精确到|取到?)(?:小数点后)?(?:[一二两三1-3]位(?:小数)?|整数|个位|百分位)"
    r"(?:就行|就可以|即可)?$|^(?:按)?四舍五入(?:就行|即可)?$"
)


def without_rounding(question: str) -> str:
    """``question`` without its sentences or clauses saying how to round ("保留一位小数"):
    they ask nothing, and a follow-up is read by the words left."""
    pieces = re.split(r"(?<=[，,。？?！!；;])", question)
    kept = [p for p in pieces if not _ROUNDED.match(p.strip().rstrip("，,。？?！!；; "))]
    return "".join(kept) if kept and len(kept) < len(pieces) else question
