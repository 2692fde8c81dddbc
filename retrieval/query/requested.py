"""What a written request asks, said in the words of a question: the figures it names before
the verb asking for them ("另外X也请一并给出"), the level of each ("各是什么水平"), the format of
the answer before ("按同样格式"), the figure of each kind ("按类别分项列出"), the figures given as
examples ("有哪些数据？比如A、B"), an order to make ("做一个排序", "对X进行排序"), a table's
columns ("（地区｜件数｜比率）"), the items of a count asked beside the count ("各列了几条、每条的
标题"), and what the answer must hold ("包括A以及B")."""

from __future__ import annotations

import re

from retrieval.query.asked_beside import QUESTION_WORDS
from retrieval.query.fields import asked_fields

__all__ = ["as_asked", "figure_asked", "held_apart", "ordered_over"]

# "各列了几条、每条的标题整理出来": the items of a count, which every count lists.
_ITEMS_COUNTED = re.compile(r"(?:几|多少)(?:条|项|点|个方面)")
_ITEM_HEADINGS = re.compile(
    r"[、，,]?(?:并|以及|及|和)?(?:每条|各条|每项|各项|每一条)(?:的)?(?:标题|题目|名称)"
    r"(?:也|都|一并)?(?:(?:整理|列|写|给)?(?:出来|上)?|(?:分别|各)?是什么)(?=[，,。？?！!]|$)"
)
# "五份报告各是什么水平": the level of each, which its figure states.
_LEVEL = re.compile(r"(?:各|分别)?(?:是|处于|在)(?:一个)?(?:什么|啥|怎样的?|何种)(?:样的)?水平")
# "另外X也请一并给出", "X也一并列上": X asked, named before the verb asking for it.
_OBJECT_FIRST = re.compile(
    r"(?P<lead>^|[。？?！!；;])(?:另外|此外|还有|同时|顺带|顺便)?[，,]?"
    r"(?P<x>[^，,；;。？?！!]{2,40}?)(?:也|亦|都)?(?:请|麻烦|烦请)?(?:也|亦)?(?:一并|一起|同时|顺便|顺带)"
    r"(?:给出|列出|提供|附上|写上|带上|列上|补上|告知)(?:来)?(?:一下|下)?(?=[，,。？?！!；;]|$)"
)
# "也按同样格式列一下": laid out as the answer before, as every answer of its shape is.
_SAME_FORMAT = re.compile(
    r"(?:也|都)?(?:按|按照|照|用)(?:同样|相同|一样|上面|前面|刚才|上述)的?(?:格式|方式|样式|体例|口径)"
)
# "在X方面有哪些量化数据？比如A、B": the figures asked are those the examples name.
_FIGURES_FOR_EXAMPLE = re.compile(
    r"(?P<about>[^。？?！!，,]*?)[，,]?(?:都|还)?(?:有|给出了?|列了|写了)(?:哪些|什么|啥)(?:量化|具体)?(?:的)?"
    r"(?:数据|数字|指标)[？?。，,]\s*(?:比如|例如|譬如|像是?)[：:，,]?"
)
# "并按类别（许可、处罚等）分项列出数量": the figure of each kind the total is made of.
_BY_KIND = re.compile(
    r"(?:并|请)*按(?:类别|类型|种类|门类|类)(?:[（(][^（()）]{0,30}[）)])?(?:分项|分类|分别|逐项)?"
    r"(?:列出|列明|给出|写明|统计)(?:来)?(?:各类|各项)?的?(?:数量|数字|数据|情况)?"
)
_ALONG = re.compile(r"(?:请|烦请|麻烦)?(?:连同|连带|附带)")
# "做一个由高到低的排序": an order asked as a thing to make.
_MADE_ORDER = re.compile(
    r"(?:做|进行|作|搞)(?:一个|一下|个|一次)?(?P<o>(?:由高到低|从高到低|从多到少|由多到少|从低到高|从少到多)?)"
    r"的?(?P<v>排序|排名|排列)"
)
# "并算出差额", "并列明相差件数": by how much one side exceeds the other, asked as a sum to
# work out or a figure to set down.
_DIFFERENCE_WORKED = re.compile(
    r"[，,]?(?:并|再|然后)?(?:请)?(?:算出|计算出?|算一下|求出|给出|列明|写明|注明|标明|列出)"
    r"(?:两者|二者|双方|两地|其)?(?:之间)?的?(?:差额|差值|相差(?:的)?(?:件数|人数|次数|个数|数量|数)?)"
)
# "统计12345热线在各报告中的提及情况": which reports mention it.
_MENTIONED_HOW = re.compile(
    r"(?:现需|需要|请|烦请)?(?:统计|了解|梳理|汇总)?(?P<x>[^，,；;。？?！!]{2,20}?)"
    r"在(?:各|全部|所有|五份)?(?:份)?报告(?:中|里)的?(?:提及|出现|涉及|提到)情况"
)
# "各项经费及金额": the sums of the things named, not a thing of its own.
# ("涉及金额": 及 of a word of its own joins nothing.)
_AMOUNT_OF = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![涉普波危])(?:及|和|与|以及)(?:其|各自的?)?(?=(?:金额|数额))"
)
# "也给我几个数": the figures said of the thing.
_FEW_FIGURES = re.compile(
    r"(?:也|再)?(?:给我|给|帮我)?(?:列|报|说|来)?几个数(?![量目据字\u4e00-\u9fff])"
)
# "列表呈现（地区｜案件数｜应诉率）": the columns of a table, each a figure asked of every row.
_COLUMNS = re.compile(
    r"[（(](?P<cols>[^（()）]*[｜|][^（()）]*)[）)]"
    # "表头：报告、年度、场次、备注": the columns named after the word for a table's head.
    r"|[，,；;]?(?:表头|列名|栏目)(?:为|是)?[：:](?P<heads>[^，,；;。？?！!]+)"
)
_ROW_HEADS = frozenset(
    {"地区", "报告", "县", "县名", "名称", "报告名称", "其他说明", "说明", "备注", "序号", "出处"}
    # (A row's year is its report's, which each row names.)
    | {"年度", "年份", "报告年度"}
)
_ASKS = re.compile(QUESTION_WORDS)
# A thing asked that is a figure ("件数", "执行率", "执行到位金额"): "…是多少", not "…有哪些".
_FIGURED = re.compile(
    r"(?:数|率|额|量|数字|数据|金额|场次|比例|规模|差距|差值|多少)$|数字|数据|数量|件数|人数|金额|次数"
)


def figure_asked(thing: str) -> bool:
    """True when ``thing`` names a figure ("件数", "执行率"), asked by how much, not which."""
    return _FIGURED.search(thing) is not None


def as_asked(text: str) -> str:
    """``text`` with what its request clauses ask said as questions (see the module)."""
    if _ITEMS_COUNTED.search(text):
        text = _ITEM_HEADINGS.sub("", text)
    text = _SAME_FORMAT.sub("", _LEVEL.sub("各是多少", _BY_KIND.sub("各类分别多少", text)))
    text = _MADE_ORDER.sub(lambda m: m["o"] + m["v"], text)
    text = _DIFFERENCE_WORKED.sub("，差多少", text)
    text = _FEW_FIGURES.sub("的数字", text)
    text = _AMOUNT_OF.sub("的", text)
    text = _MENTIONED_HOW.sub(lambda m: f"哪些报告提到{m['x']}", text)
    text = _COLUMNS.sub(_columns_asked, text)
    text = _FIGURES_FOR_EXAMPLE.sub(lambda m: f"{m['about']}，" if m["about"] else "", text)
    return _OBJECT_FIRST.sub(_question, text)


_GIVEN = re.compile(r"^有(?:具体)?数(?:字|据)的(?:话)?")


def _question(found: re.Match[str]) -> str:
    thing = found["x"]
    # "请连同X一并列出": X asked along with what the question asks (``_ALONG``).
    # "有落款日期的话也一并写上": a report's own attribute, which a follow-up adds as said.
    # ("有数据的请附上": the items' figures, where they state them; no count asked.)
    if _ASKS.search(thing) or _ALONG.match(thing) or asked_fields(thing) or _GIVEN.match(thing):
        return found[0]
    asked = "各是多少？" if figure_asked(thing) else "有哪些？"
    return f"{found['lead']}{thing}{asked}"


def _columns_asked(found: re.Match[str]) -> str:
    columns = [c.strip() for c in re.split(r"[｜|、]", found["cols"] or found["heads"])]
    asked = [c for c in columns if c and c not in _ROW_HEADS]
    return f"，{'、'.join(asked)}分别是多少" if asked else ""


# "对报告中有数据的县（镇）进行排序": an order over the reports, asked in a written request.
_ORDER_OVER = re.compile(
    r"对(?P<over>[^，,；;。？?！!]{0,20}?)(?:进行)?"
    r"(?=(?:从高到低|从低到高|从多到少|从少到多|由高到低|由多到少)?(?:排序|排名))"
)
_REPORTS_ONLY = re.compile(
    r"(?:各|全部|所有|这|五|几)?(?:份|个)?(?:报告|县|地方|地区)?(?:中|里)?(?:有数据|有数字)?的?"
    r"(?:县|镇|乡|地方|地区|报告)?(?:[（(][^（()）]{1,6}[）)])?"
)


def ordered_over(text: str) -> str:
    """``text`` with "对X进行排序" said as "X排序", X left out when it names only the reports
    ordered ("对各报告进行排序")."""

    def over(found: re.Match[str]) -> str:
        return "" if _REPORTS_ONLY.fullmatch(found["over"]) else found["over"]

    return _ORDER_OVER.sub(over, text)


# "请梳理X，包括A以及B的数量": what the answer about X must hold, each asked after it.
_INCLUDING = re.compile(
    r"^(?:其中|并|须|需|要)?(?:包括|包含|涵盖)(?P<held>[^，,；;。？?！!]{2,60}?)[，,；;。？?！!]*$"
)
_HELD_APART = re.compile(r"以及|还有")


def held_apart(clause: str, at: int) -> list[str]:
    """A clause listing what the answer must hold, after the clause asking it (at ``at`` > 0:
    "包括A以及B"), as questions of their own ("A有哪些？", "B多少？"); any other clause as
    it is."""
    found = _INCLUDING.match(clause.strip()) if at else None
    if not found or _ASKS.search(found["held"]):
        return [clause]
    asked = [
        held + ("多少？" if figure_asked(held) else "有哪些？")
        for held in (part.strip("、 ") for part in _HELD_APART.split(found["held"]))
        if held
    ]
    return ["？", *asked]
