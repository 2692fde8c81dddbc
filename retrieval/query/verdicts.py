"""Whether a question over several sides asks a verdict between them, and which: which side is
more, by how much ("多多少", "差几件"), how many times ("几倍"), or whether they are equal."""

from __future__ import annotations

import re

from retrieval.query.verdict_cues import ADDED, FAR_APART, SUM, WHICH_PART

__all__ = [
    "CHANGE_SAID",
    "PARTS_IN_ORDER",
    "TOTAL_OF_TWO",
    "asks_adds_up",
    "asks_better",
    "asks_comparative",
    "asks_difference",
    "asks_each",
    "asks_ratio",
    "asks_sum",
    "asks_total",
    "asks_verdict",
    "asks_versus_last_year",
    "asks_which_more",
    "asks_which_part",
    "names_verdict",
    "orders_only",
    "sum_only",
    "thing_summed",
    "without_better",
    "without_sum",
]

# "谁弄得好", "哪个干得更强", "谁做得好一些": which side did better, said of the doing.
_BETTER = (
    r"(?:谁|哪个|哪家|哪边|哪方)[^，,。？?]{0,4}?[得的](?:更|比较|较)?(?<!最)[好强]"
    r"|(?:谁|哪个)更[好强]"
)
# A verdict between two sides.
_VERDICT = re.compile(
    FAR_APART + "|"
    r"(?:哪个|哪家|谁)的?(?:数量|数目|人数|次数|件数)?(?:更|较)?[多少高低大小]|(?:哪个|哪家|谁)的?规模(?:更|较)?[大小]|谁更|哪边|哪方|相比|对比(?![表])|比较(?![表])|比一[比下]|vs|VS|"
    r"多于|少于|高于|低于|差了?多少|差距|差了?几[件个次人名项场份本条家期]|(?:几|多少)倍|[多少高低早晚](?:一些|一点)?还是"
    # "跟…比，谁组织的培训多": who, then what is more, in one clause.
    r"|(?:跟|和|与|同)(?:[^，,。？?]{1,30}比|比(?![例重率较]))|^比(?:一比|起来)?(?=[，,])|比(?:起来)?[^。？?！!]{0,30}?(?:怎么样|怎样|如何|咋样)|比(?:起来)?呢|谁[^，,。？?]{1,15}(?<!多)[多少高低](?!少)"
    rf"|{_BETTER}"
)
# "有区别吗", "有什么不同": whether the sides differ asks the same verdict as whether they agree.
_SAME = re.compile(r"一样|相同|相等|持平|区别|差异|异同|不一样|不同(?=吗|么|呢|[？?。！!]|$)")
# "存在哪些差距" asks for shortcomings, not how far apart two figures are.
_GAPS = re.compile(r"(?:[哪那]些|哪几?方面的?|什么|啥|存在(?:的)?|主要|[和与及、])差距")
# "A比B多吗", "A是不是比B多", "A比B多多少": the comparative 比 and the adjective it ends on
# (not the 少 of a bare 多少, "比上年增加多少" asks a change, not a verdict).
_COMPARATIVE = re.compile(
    r"比[^。？?！!]{0,40}?(?<!多)[多少高低]出?(?=吗|么|呢|多少|了?几|[？?。！!]|$)"
)
# "A和B，哪个组织的培训少": which side, then more or less, in one clause (a verdict once the
# sides are known; without them "哪个…多" may ask about every report).
_WHICH_MORE = re.compile(r"(?:哪个|哪家|哪边|哪方)[^，,。？?]{1,15}(?<!多)[多少高低](?!少)")
# "比B多多少", "差多少": the verdict states the difference.
_DIFFERENCE = re.compile(
    FAR_APART + "|"
    r"(?<!多)[多少高低]出?多少|差多少|差距|相差|[多少高低差][了出]?几[件个次人名项场份本条家期]|[多少高低差]了多少"
    # "各多少，差额？", "差值是多少": the difference, named as a noun.
    r"|差(?:额|值)"
)
# "A和B，X各多少", "分别配了几名": each side's figure, with no verdict asked.
_EACH_SIDE = re.compile(
    r"分别|各自|各[\u4e00-\u9fff]{0,3}?(?:多少|几|哪|什么|啥|怎样|怎么|如何|咋)"
)
_SUM = re.compile(rf"{SUM}|一共")
# "A是B的几倍": the verdict states the ratio.
_TIMES = re.compile(r"(?:几|多少)倍")


def names_verdict(topic: str, gaps: bool = False) -> bool:
    """True when ``topic`` names a verdict between sides ("谁多", "相比", "几倍"); "存在哪些差距"
    asks shortcomings and names none, unless ``gaps`` (every 差距 counts)."""
    return bool(_VERDICT.search(topic if gaps else _GAPS.sub("", topic)))


def asks_verdict(topic: str) -> bool:
    """True when the question asks which side is more (or whether they are equal), not only
    each side's figure ("分别", "各")."""
    asks = (_VERDICT, _SAME, _COMPARATIVE, _WHICH_MORE)
    return any(pattern.search(topic) for pattern in asks)


def asks_better(topic: str) -> bool:
    """True when the question asks which side did better ("谁做得好"), which no figure says."""
    return re.search(_BETTER, topic) is not None


def without_better(topic: str) -> str:
    """``topic`` without its ask of which side did better ("哪个做得好点" → 点)."""
    return re.sub(_BETTER, "", topic)


def asks_which_more(topic: str) -> bool:
    """True when the question asks which side is more, not only whether they differ ("有何
    不同" may ask how each did something, which no figure states)."""
    return any(pattern.search(topic) for pattern in (_VERDICT, _COMPARATIVE, _WHICH_MORE))


def asks_comparative(topic: str) -> bool:
    """True when ``topic`` compares its subject with another by 比 ("A比B多吗"): a question
    about one region is a comparison when the other side is named by description."""
    return bool(_COMPARATIVE.search(topic))


def asks_difference(topic: str) -> bool:
    """True when the question asks by how much one side exceeds the other ("比B多多少")."""
    return bool(_DIFFERENCE.search(topic))


# "比叶城少百分之多少", "多出几成", "高出多少个百分比": by how much, as a share of the other.
_RELATIVE = re.compile(
    r"[多少高低]出?了?(?:百分之(?:多少|几)|多少(?:个)?百分比|几成|多少成|百分之多少)"
)


def asks_relative(topic: str) -> bool:
    """True when the question asks by what share of the other one side exceeds it."""
    return bool(_RELATIVE.search(topic))


def without_relative(topic: str) -> str:
    """``topic`` asking by how much more or less (no share): "少百分之多少" → "少多少"."""
    return _RELATIVE.sub(lambda m: m[0][0] + "多少", topic)


def asks_ratio(topic: str) -> bool:
    """True when the question asks how many times one side is the other ("是B的几倍")."""
    return bool(_TIMES.search(topic))


def asks_each(topic: str) -> bool:
    """True when ``topic`` asks each side's figure ("各多少", "分别配了几名"), verdict or not."""
    return bool(_EACH_SIDE.search(topic))


# "A和B加起来一共多少": two things of one report added up.
TOTAL_OF_TWO = re.compile(
    r"(?P<a>[^，,。？?；;！!]{2,40}?)(?:和|与|跟|加上|(?<![增追叠添施参])加(?![强大快入上起在快])|、)(?P<b>[^，,。？?；;！!\s]{2,30}?)"
    # ("A、B、C三项加起来": how many things are added says nothing of them.)
    r"(?:这?[两三四五六七八九十几](?:项|个|类|种|样|者|块))?"
    r"(?:加起来|合起来|加在一起|加一起|加一块儿?|加在一块儿?|合在一起|一共|总共|合计)"
    r"(?:一共|总共|共)?(?:有|是)?(?:多少|几)"
)


def asks_total(topic: str) -> bool:
    """True when ``topic`` asks two things of one report added up ("A和B加起来多少")."""
    return TOTAL_OF_TWO.search(topic) is not None


def asks_sum(topic: str) -> bool:
    """True when the question asks the sides' figures added up ("两家加起来多少件")."""
    return bool(_SUM.search(topic))


def without_sum(topic: str) -> str:
    """``topic`` without the words that ask its figures added up."""
    return _SUM.sub("", topic)


# A clause that only asks a count, left when the sum is taken off ("，加起来多少" → "，多少").
_COUNT_LEFT = re.compile(
    r"(?:[，,？?。；;]\s*|(?<=多少[件个次人项条份名户场元]))(?:一共|总共|共)?(?:有|是|为)?(?:多少|几)"
    r"[\u4e00-\u9fff]?[？?。！!\s]*$"
)


def thing_summed(topic: str) -> str:
    """What ``topic`` adds up, without the words asking the sum and the bare count they leave
    ("行政复议多少件，加起来多少" → "行政复议多少件")."""
    return _COUNT_LEFT.sub("", without_sum(topic).strip("，,。？?！! "))


def sum_only(clause: str) -> bool:
    """True when ``clause`` asks only that the figures be added up ("加起来多少"), naming no
    thing of its own."""
    return asks_sum(clause) and not _SUM_LEFT.sub("", without_sum(clause))


# What a sum asked of nothing named holds besides its words of adding ("那这几个加起来有多少件").
_SUM_LEFT = re.compile(
    r"[那这它们几两三个项些都总共有是为多少几件个元万亿钱项次人场名户条份，,。？?！!\s]"
)


_WHICH_PART = re.compile(WHICH_PART + r"[^，,。？?]{0,15}?(最[多少高低大小])")


def asks_which_part(topic: str) -> str:
    """The superlative asked of the parts of one figure ("哪一类最多" → "最多"), the order
    asked of them ("各类从高到低排" → "从多到少"), or ""."""
    found = _WHICH_PART.search(topic)
    if found:
        return found.group(1)
    return PARTS_IN_ORDER if _PARTS_ORDERED.search(topic) else ""


# "按件数从多到少排一下": an order asked alone, naming no place or thing.
_ORDER_ONLY = re.compile(
    r"^(?:那|那么)?(?:再)?(?:按(?:照)?(?:[件人次项户条个场份家]数|数量|金额|数字|多少)?)?"
    # "按类别列出，由多到少排": the parts, by kind, then their order.
    r"(?:(?:按(?:类别|类型|种类|类|项)(?:分别|分开)?(?:列出来|列出|列一下)?|各(?:类|项)分别多少)[，,\s]*)?"
    r"(?:从多到少|从高到低|由多到少|由高到低)?(?:排(?:个序|序|列|一下|下)?|排名|列出|列一下)(?:一下)?"
    # ("…列出前五类": the first few of the order.)
    r"(?:前[一二三四五六七八九十\d]{1,2}(?:类|项|名|个|位|种)?)?(?:呢|吧)?"
    r"[？?。！!\s]*$"
)


def orders_only(topic: str) -> bool:
    """True when ``topic`` asks an order alone ("按件数从多到少排一下"), of what was just told."""
    return _ORDER_ONLY.match(topic.strip()) is not None


# "各类数量从高到低排", "各项排个序": the parts of one figure, put in order.
PARTS_IN_ORDER = "从多到少"
_PARTS_ORDERED = re.compile(
    r"各(?:类|项|种|类别|类型)[^，,。？?]{0,8}?(?:从高到低|从多到少|由多到少|由高到低|排序|排个序|排一下|排名)"
)


# "是不是比去年多", "跟上年比增加了吗": the figure set against the year before's.
_VERSUS_LAST_YEAR = re.compile(
    r"(?:比|较|跟|和|同)(?:去年|上年|上一年|前一年|往年)(?:相比|比)?(?:是)?(?:多|少|高|低|增|减|涨|降|怎么样|如何|有变化)"
)
# What a sentence says to set a figure against the year before's.
CHANGE_SAID = re.compile(
    r"同比|较上年|较去年|比上年|比去年|较\d{4}年|增长|下降|提高|减少|上升|增加|降低|翻"
)


def asks_versus_last_year(question: str) -> bool:
    """True when ``question`` sets a figure against the year before's ("是不是比去年多"): only
    a sentence saying the change answers; a bare figure of one year does not."""
    return _VERSUS_LAST_YEAR.search(question) is not None


# "加起来对吗", "相加是不是正好3415", "合计对得上吗": whether the parts make up the whole.
_ADDS_UP = re.compile(
    rf"(?:{ADDED}|加总|之和)[^，,。？?]{{0,8}}?"
    r"(?:对吗|对不对|对得上|对不上|对上|相符|一致|吻合|是不是|等不等于|等于|正好|刚好)"
    # "…两项合起来多少？与1.4万户的提法吻合吗": the sum asked, then set against the whole.
    r"|(?:跟|和|与)[^，,。？?]{1,14}?(?:一致|相符|吻合|对得上|对上)"
    # "受理加办结是否等于总数": two parts added, set against the whole.
    r"|[\u4e00-\u9fff]{2,8}加[\u4e00-\u9fff]{2,8}?(?:是不是|是否|等不等于|等于|正好|刚好)"
)


def asks_adds_up(topic: str) -> bool:
    """True when ``topic`` asks whether parts make up their whole ("加起来对得上吗")."""
    return _ADDS_UP.search(topic) is not None
