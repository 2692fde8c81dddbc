"""The clauses of a question over several reports that tell how to lay the reports out
("剩下几家呢", "没写的标出来", "每家一行") and ask nothing of their own."""

from __future__ import annotations

import re

__all__ = ["PRESENTING", "ROW_EACH", "figure_lacking", "without_presenting"]

# A clause telling how to lay the reports out, asking nothing of its own: the others too
# ("剩下几家呢", "别的也列上"), those that say nothing ("哪家没写",
# "没数的标出来"), periods ("分清年度和累计"), a line each
# ("每家一行", "一个地方一句话就行"). Rankings and tables lay them out so anyway.
_CLAUSE_START = r"(?:^|(?<=[，,。？?！!；;：:\ue000请\s]))"
# "每家一行", "一县一行", "每个报告一句": a line for each report (a measure word, a place or both).
_ONE_EACH = (
    r"(?:[一每](?:(?:家|份|个)(?:报告|县|镇|乡镇|地方|地)?|报告|县|镇|乡镇|地方|地)"
    r"|各(?:县|镇|地|报告|家|份))"
)
# "五个报告各说说": each report telling its own, a line each.
_EACH_TELLS = (
    r"(?:(?:这)?[五四三两几]|所有|全部)?(?:个|份|家)?(?:报告|县|地方)各(?:自)?"
    r"(?:说说|讲讲|说一下|讲一下|说下|讲下|介绍一下|谈谈)"
)
ROW_EACH = rf"{_ONE_EACH}(?:给我|给|写|列)?(?:一行|一句话?)|{_EACH_TELLS}"
_CLAUSE_REST = r"[^，,。？?！!；;：:\ue000]*"
PRESENTING = (
    rf"{_CLAUSE_START}(?:(?:把|将)?(?:其[他余]|别的|剩下的?|剩余的?)"
    r"|(?:有没有|是否有)?(?:哪份|哪个|哪家)(?:报告)?(?:完全|根本|压根)?(?:没有?|未)(?:写|提|说|给|披露)"
    # "是否有报告根本没写": whether any report says nothing, the silent ones listed anyway.
    r"|(?:有没有|是否有)(?:报告|哪份报告)(?:完全|根本|压根)?(?:没有?|未)(?:写|提|说|给)"
    r"|(?:完全)?(?:没|未)(?:写|提|说|给)"
    r"|(?:没有|没|未)(?:写|提|提到|给出?|有)[^，,。？?！!；;：:]{0,6}?的(?:也|就|请)"
    rf"|(?:请)?注意(?:区分|区别|说明)|(?:请)?(?:也|都|同样|还是)?{_ONE_EACH}(?:给我|给|写|列)?(?:一行|一句话?|一条)"
    rf"|{_EACH_TELLS}"
    # "写了的即可": only the reports that state it.
    r"|(?:报告(?:里|中)?)?(?:有|写了?|提了?)的(?:就行|就可以|即可|就好)"
    r"|(?:请)?(?:把|将)(?:这|那)?(?:[几两三四五]|所有|全部|各)(?:份|家|个)(?:报告)?的?(?:数字|数据)?(?:都|全)?[列排])"
    rf"{_CLAUSE_REST}"
    # "谁最少？哪家根本没写": at a clause's end, whether any says nothing.
    r"|(?:完全|根本|压根)?(?:没|未)(?:写|提|说|给)(?:到|出)?的?(?:吗|呢)?(?=[？?。！!，,]|$)"
)
_PRESENTING_CLAUSE = re.compile(PRESENTING)


def without_presenting(topic: str) -> str:
    """``topic`` without the clauses telling how to lay the reports out (``PRESENTING``),
    when something else is asked; else ``topic``."""
    # The pause before a clause taken off the end goes with it.
    rest = _PRESENTING_CLAUSE.sub("", topic).rstrip("，,；;：: ")
    return rest if rest.strip("，,。？?！!；;：: ") else topic


# "哪几份报告没写行政复议的案件数": which reports give no figure of a thing, asked first.
_LACKING_FIGURE = re.compile(
    r"^(?:请问)?(?:有)?哪(?:几|些)?(?:份|个|家)?(?:报告|县|地方|单位)?(?:里|中)?(?:没有?|未)"
    r"(?:写|给出?|提供|提到?|列出?|披露|报)(?:出|了)?(?:具体的?)?"
    r"(?P<thing>[^，,。？?！!]{2,30}?(?:数|数量|金额|比例|[^效频]率|数字|数据))"
    r"(?:呢|吗)?[？?。！!\s]*$"
)


# "办结率这项数据，哪几份没写？写了的各是多少": the thing named first.
_LACKING_AFTER = re.compile(
    r"^(?P<thing>[^，,。？?！!]{2,30}?(?:数|数量|金额|比例|[^效频]率|数字|数据))"
    r"(?:这个|这项|这一)?(?:指标|数字|数据)?[，,]\s*(?:请问)?(?:有)?"
    r"哪(?:几|些)?(?:份|个|家)?(?:报告|县|地方)?(?:里|中)?(?:没有?|未)"
    r"(?:写|给出?|提供|提到?|列出?|披露|报)(?:出来?|了)?(?:呢|吗)?[？?。！!，,\s]*"
    r"(?:(?:给了|写了|有)的?(?:各|分别)?(?:是|为)?(?:多少|几)[\u4e00-\u9fff]?)?[？?。！!\s]*$"
)


# "12345热线这块，哪几个地方的报告给了办件数？各是多少": which reports give a figure of a
# thing (named before, in a clause of its own, or in the clause), and what each gives.
_GIVING_FIGURE = re.compile(
    r"^(?P<field>[^，,。？?！!]{2,20}?)?(?:这一?块|这方面|方面|领域)?[，,]?"
    r"(?:请问)?(?:别的|其他|其余|另外)?(?:报告|县|地方)?(?:里|中)?(?:还有|也)?"
    r"(?:有)?(?:谁|哪(?:几|些)?(?:份|个|家)?(?:报告|县|地方|单位)?)(?:的报告)?(?:里|中)?(?:也|还)?"
    r"(?:给出?了?|写了|提供了|列出?了|披露了|报了)(?:具体的?)?"
    r"(?P<thing>[^，,。？?！!]{2,30}?(?:数|数量|金额|数字|数据))"
    r"(?:呢|吗)?[？?。！!，,\s]*(?:(?:各|分别)(?:是|为|有)?(?:多少|几)[\u4e00-\u9fff]?)?[？?。！!\s]*$"
)


def figure_lacking(question: str) -> str | None:
    """Which reports give no figure of a thing ("哪几份报告没写行政复议的案件数"), or which
    give one ("哪几个地方的报告给了办件数"), asked as every report's figure with the silent ones
    marked, which a table names; else None ("哪些报告没提到X" asks which do not say X at all)."""
    found = _LACKING_FIGURE.match(question.strip()) or _LACKING_AFTER.match(question.strip())
    if found:
        return f"各报告{found['thing']}分别是多少，哪家没写"
    # ("…写了X的人数？没写的算不算": a remark after it asks no figure of its own.)
    first, _, rest = question.strip().partition("？")
    giving = _GIVING_FIGURE.match(first if not _ASKS_MORE.search(rest) else question.strip())
    return f"各报告{giving['field'] or ''}{giving['thing']}分别是多少" if giving else None


_ASKS_MORE = re.compile(r"多少|几|哪|谁|排|比|表|序")
