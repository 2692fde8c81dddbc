"""A written request that numbers what it asks ("以下数据：1、…；2、…；3、…"): each numbered item
is a question of its own, asked in the words of a question ("…是多少？", "…有哪些？"), and
an item saying how to present the answer ("未提供的请注明") asks nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.annotations import lacking_marked, without_bracketed
from retrieval.query.asked_beside import CLAUSE, ITEM_MARK, QUESTION_WORDS
from retrieval.query.layout import ORDER_ASKED
from retrieval.query.requested import figure_asked

__all__ = ["enumerated"]

_MARK = ITEM_MARK
# "以下数据：", "按以下要求：", "如下几项": what announces the items, which asks nothing itself.
_ANNOUNCED = re.compile(
    r"(?:按|按照)?(?:以下|如下|下列|下面)(?:几|各|[一二三四五六七八九十\d])?(?:项|个|点|条)?(?:的)?"
    r"(?:数据|数字|内容|情况|问题|事项|要求|信息|指标|方面|材料)?"
    r"|(?:具体|相关)?要求(?=[：:]?$)"
    # "烦请协助核实", "现需提供材料": the request for the items, which each item asks.
    r"|(?:的)?(?:几|各)(?:项|个|组|方面)(?:的)?(?:数据|数字|内容|情况|问题|事项|信息|指标)"
    r"|(?:现|现在)?(?:烦请|请|麻烦|需|需要)?(?:协助|帮忙|帮助|帮我)?"
    r"(?:核实|汇总|梳理|提供|统计|整理|查询|了解|掌握|摘录)(?:一下)?(?:材料|资料)?"
)
# "…。烦请：1、…": a request with its object in the items.
_BARE_REQUEST = re.compile(r"[。，,；;\s]*(?:烦请|请|麻烦|敬请|恳请|具体|具体如下)$")
# What names the reports the items are asked of: a place, a report, its number.
_SCOPE = re.compile(r"[县镇乡]|报告|\d{3}|各地|各份")
# "请列出…", "核实…": the request before what an item asks for.
_REQUEST = re.compile(
    r"^(?:请|烦请|麻烦)?(?:分别|逐一|逐项|一并)?(?:列出|列明|给出|提供|统计|汇总|核实|说明|梳理|介绍|摘录|查|看)(?:一下|下)?"
)
_QUESTION = re.compile(QUESTION_WORDS)
# "全文没有写明是哪个县": what a report lacks, said of it, asking nothing.
_EMBEDDED = re.compile(
    r"(?:没有?|未|不)(?:写明|注明|标明|写|说明|知道)(?:是)?哪(?:一?个|份)?(?:县|地方|地区|镇)"
)
# "关于应急的几个数：1、…": the items announced, asked in them.
_FEW = re.compile(r"几(?:个|项|组|条|类)?(?:数|数字|数据|指标|问题|方面|事项|情况)")
_ASKS = re.compile(
    rf"{QUESTION_WORDS}|{ORDER_ASKED}|排序|排名|排列|名次|对比|比较|最多|最少|最高|最低"
    r"|(?:从|由)(?:多到少|少到多|高到低|低到高)"
)
_WORDS = re.compile(r"(?:(?![啊呀哈嗯呃哦])[\u4e00-\u9fff]){2}")
_SENTENCE_END = re.compile(r"[。？?！!]")
# "请汇总主要数据：", "以下数字": items announced as figures.
_FIGURES_ANNOUNCED = re.compile(r"数据|数字|数量|指标|多少")


def enumerated(question: str, annotates: Callable[[str], bool]) -> str:
    """``question`` with its numbered items asked one after another (see the module); as it is
    when it numbers fewer than two items.

    Args:
        question: the question.
        annotates: whether an item only says how to present the answer.
    """
    marks = list(_MARK.finditer(question))
    if len(marks) < 2 or not _first(marks[0].group()):
        return question
    whole = question[: marks[0].start()]
    lead = _ANNOUNCED.sub("", whole).strip("：:，,；; 的")
    lead = _BARE_REQUEST.sub("", lead).strip("：:，,；; 的")
    # "现需为考评准备材料，烦请从额敏县报告中摘出：": the clauses naming the reports stay.
    lead = "".join(_scope_of(c) for c in CLAUSE.findall(lead) if _SCOPE.search(c)).strip(
        "：:，,；; "
    )
    bounds = [m.end() for m in marks]
    # The last item ends with its sentence; what follows is said after the items.
    closed = _SENTENCE_END.search(question, bounds[-1])
    cut = closed.end() if closed else len(question)
    ends = [m.start() for m in marks[1:]] + [cut]
    items = [
        question[start:end].strip().rstrip("，,；;。？?！! ")
        for start, end in zip(bounds, ends, strict=True)
    ]
    if not all(_WORDS.search(item) for item in items):
        # "1、jkl 2、嗯嗯": keys and sounds numbered ask nothing.
        return question
    items = [item for item in items if item and not _annotates(item, annotates)]
    lead_asks = _QUESTION.search(_FEW.sub("", _EMBEDDED.sub("", whole)))
    if lead_asks and not any(_QUESTION.search(i) for i in items):
        # "在X方面开展了哪些工作。要求：1、按小项归类；2、附上数字": the lead asks; the items
        # say how to put the answer.
        return (
            _ANNOUNCED.sub("", whole.rstrip("：:，,；; ")).rstrip("：:，,；; 。")
            + "。"
            + question[cut:]
        )
    # "请汇总主要数据：1.调解组织；2.公证": each item's figures.
    figures = _FIGURES_ANNOUNCED.search(whole) is not None
    asked = [_asked(item, figures) for item in items]
    if not asked:
        return question
    return (f"{lead}，" if lead else "") + "".join(asked) + question[cut:]


# "现需为额敏县考评准备材料（…）": what the items are wanted for, which names no scope of them.
_PURPOSE = re.compile(r"^(?:现|现在)?(?:需|需要|拟)?(?:为|为了)")
# "烦请从额敏县2025年报告中协助摘出": the reports, then the request to read from them.
_READ_FROM = re.compile(
    r"^(?:烦请|请|麻烦)?(?:协助)?(?:从|在)(?P<scope>[^，,；;]+?(?:报告|材料))(?:中|里)?"
    r"(?:协助|帮忙)?(?:摘出|摘录|查找|找出|提取|梳理|列出|核实|统计|查明|整理)"
)


def _scope_of(clause: str) -> str:
    """What of a lead clause names the reports the items are asked of: "" for a purpose, the
    reports alone of a request to read them."""
    if _PURPOSE.match(clause):
        return ""
    found = _READ_FROM.match(clause)
    return f"{found['scope']}，" if found else clause


def _annotates(item: str, annotates: Callable[[str], bool]) -> bool:
    """True when every clause of ``item`` (its bracketed asides aside) annotates the answer."""
    clauses = CLAUSE.findall(without_bracketed(item, annotates))
    marked = lacking_marked(clauses, [annotates(c) for c in clauses])
    return bool(clauses) and all(marked)


def _first(mark: str) -> bool:
    return any(one in mark for one in ("1", "一", "①"))


def _asked(item: str, figures: bool) -> str:
    """``item`` as a question; of its figures when ``figures`` (the items announced as data)."""
    if _ASKS.search(item):
        return item + "？"
    thing = _REQUEST.sub("", item) or item
    return thing + ("是多少？" if figures or figure_asked(thing) else "有哪些？")
