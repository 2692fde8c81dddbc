"""Whether a question asks of every report at once: each report's row laid out side by side
(a table), or the reports put in order by a figure (a ranking). Reports are named by how they
are taken together ("各县", "每份报告", "谁最多"), never by a place, so these cues are read
apart from whatever a question asks of one report; ``shape`` weighs them against the rest."""

from __future__ import annotations

import re

from retrieval.query.figures_asked import FIGURES_ASKED
from retrieval.query.layout import EACH_PLACE, ORDER_WHAT, TABLE_ORDER
from retrieval.query.places_asked import FIRST_PLACES, LAST_PLACE, NTH_PLACE, TOP_PLACE
from retrieval.query.plan import Plan
from retrieval.query.when import LATEST

__all__ = [
    "BARE_SUPERLATIVE",
    "EACH",
    "REQUIREMENTS",
    "RESPECTIVELY",
    "SUPERLATIVE",
    "TABLE",
    "TABLE_NAMED",
    "WHICH_MORE",
    "asks_every",
    "asks_order",
    "lists_every_report",
]

# Superlatives over every report.
SUPERLATIVE = re.compile(
    r"最(?:多|少|高|低|早|晚|新|老|先|大|小|长|短|快|慢|好|勤)|垫底|倒数(?:第一)?(?!第)|排(?:个|一下|一)?[名序]|排一排|排排看|(?<![安编并彩])排(?:一下|一次|一遍)|(?<=[按来])排(?=[吧吗呢？?。！!\s]*$)|(?:从|由|按)?(?:多到少|少到多|高到低|低到高)|排个?队|第一|"
    # "按次数排": the order asked by what it is of.
    r"按[\u4e00-\u9fff]{1,6}?排(?=[？?。！!，,\s吧]|$)|"
    # "降序排列", "排又是什么顺序": the order, in a table's words or asked.
    rf"{TABLE_ORDER}|{ORDER_WHAT}|"
    + FIRST_PLACES
    + f"|{TOP_PLACE}|{LAST_PLACE}|{NTH_PLACE}|{LATEST}"
)
# Who has more, asked of no named side: the reports ranked.
WHICH_MORE = re.compile(
    r"(?:谁家?|哪(?:个|家|里|儿|份|一个|一家|个县|个地方))[^，,。？?]{0,12}?(?:更|较)?"
    r"(?<!多)[多少高低早晚](?!少)(?:一些|一点|些)?(?=[？?。！!，,\s]|吗|呢|$)"
)
# "排第二的是谁": a place after the first, asked after a ranking.
BARE_SUPERLATIVE = re.compile(
    rf"(?:那么?)?(?:最(?:多|少|高|低|大|小|早|晚)|{NTH_PLACE})的?"
    r"(?:是|呢|是哪个|是哪家|是谁|是哪里)?呢?[？?。！!]*"
)

# Every report at once.
RESPECTIVELY = re.compile(r"分别|各自|各有|各(?=多少|几)")
EACH = re.compile(
    rf"{EACH_PLACE}|[每逐](?:份|个)(?:报告|县|地方)|每家(?!企业|单位)|逐份|分报告|"
    # "每份在第几部分": the measure word of a report standing for it, before what it does.
    r"[每各]份(?=[在是都写有各的里中，,、？?]|$)|"
    # "把五家下一步打算…": the reports counted, opening the question.
    r"^(?:把|将)?(?:这|那)?[两三四五六七八九十几]家(?!企业|单位|公司|医院|银行|律所|律师)|"
    # "大家在X上都是怎么做的": everyone asked of, every report.
    r"大家(?=都|在|是|各|的|怎么|有|分别)|"
    # "一家一行": a line a report, each report having one.
    r"[一每](?:家|份|个|县|地)(?:报告|县|地方)?(?:给我|给|写|列)?一行|"
    # "X数按县列一下": laid out by place, one line each.
    r"按(?:县|报告|地区|地方|乡镇|县市)(?:分别)?(?=列|统计|汇总|排|逐|分别|给)|"
    r"哪(?:几|些)(?:家|(?:份|个)?报告(?=有|给|写)|份(?=有|给|写|提|讲|说))|(?:[五四三两几]|\d{1,2})[份个]报告|所有报告|全部报告|(?:这|那)[几些][份个]?(?:报告|材料|县|地方|地区)|"
    r"(?:这|那)[几些]份[\u4e00-\u9fff]{0,10}报告|(?:这|那)[三四五六七八九十]份|"
    r"^(?:这|那)?[五四三两几]个(?:地方|县|地区)|[两三四五]个(?:地方|县|地区|报告)(?=做|列|对比|比较|比一比|排)|"
    # "这几个县各讲了啥": each of the places, asked one by one; "五份一起列": every report.
    r"[两三四五六七八九十几]个(?:地方|县|地区|报告)(?=各|分别)|"
    r"[两三四五六七八九十几][份家](?=一起|一并|一块|都|全|分别|各)|"
    # "X各办了多少件": what each did, asked of one thing and no place, is asked of every place
    # ("A和B各多少" shares out over the things instead).
    r"^[^和与及、跟，,]*?[\u4e00-\u9fff]各(?![项类种级部单乡村个])[\u4e00-\u9fff]{1,2}?了?(?=多少|几)"
)
# "有什么要求", "哪些硬性规定": what a report sets for a thing, asked.
REQUIREMENTS = r"(?:什么|哪些|啥)(?:硬性|具体)?(?:要求|规定|标准)"
# "各县…的推进情况": each report's situation in a matter, asked by ending on it, is a table too.
TABLE = re.compile(
    r"分别|(?:列|弄|做|整|搞)(?:个|一|张)?表|一览|汇总|逐一|逐(?:份|个|家)|各自|列一下|列出|[一每](?:家|份|个|地)(?:报告|县|地方)?(?:给我|给|写|列)?一行|"
    # "每份报告各怎么说的": what each report says of it, side by side.
    r"(?:各|都)?(?:是)?(?:怎么|如何|咋)(?:说|写|讲|表述)的?(?=[？?。！!\s]|$)|(?:对比|对照|比较|统计)表|表格|[一张个]表|成表|"
    # "这几个县各讲了啥": what each says of it.
    r"各(?:自)?(?:写|说|讲|提)了?(?:些)?(?:什么|啥)|"
    # "各县对培训有什么要求": what each sets for it, in its own words.
    rf"(?:有|提了|提出了?)?{REQUIREMENTS}(?=[？?。！!\s]|$)|"
    rf"{FIGURES_ASKED}|"
    r"(?:情况|进展|进度)(?:如何|怎么样|怎样|咋样)?[？?。！!\s]*$|"
    # "各县…情况给我整理一下": each report's, put in order for the asker.
    r"(?:给我|帮我|帮忙)?(?:整理|归纳|梳理)(?:一下|下)?[？?。！!\s]*$|"
    # "各报告…的办件量": an amount asked by ending on it ("质量", "力量" are no amounts).
    r"(?<![质力能考分重])量[？?。！!\s]*$"
)
TABLE_NAMED = re.compile(
    r"(?:对比|对照|比较|统计|汇总)表|表格|(?:列|弄|做|整|搞)(?:个|一|张)?表|[一张个]表"
)


def asks_every(topic: str) -> bool:
    """True when ``topic`` asks of every report ("各县", "每份报告")."""
    return bool(EACH.search(topic))


def lists_every_report(plan: Plan) -> bool:
    """True when ``plan`` asks a list of every report ("各地…是怎么做的"), naming none: each
    report's own part is listed."""
    return plan.kind == "list" and not plan.sources and asks_every(plan.topic)


def asks_order(topic: str) -> bool:
    """True when the question asks for the most, the least or an order ("排个序", "谁最多")."""
    return bool(SUPERLATIVE.search(topic))
