"""What a list question asks for: its aspect (problems, plans, highlights, work) and topic.

The aspects and the words that name them are data (``lexicons/aspects.txt``): the same words
name an aspect in a question ("存在哪些不足") and in a report's section heading ("二、存在的问题").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from retrieval.lexicons import LIGHT_HEADS, aspect_groups, light_verbs
from retrieval.query.figures_asked import (
    FIELD_FIGURES,
    FIGURES_ASKED,
    FIGURES_LISTED,
    POINTS_TOLD,
)
from retrieval.query.layout import without_layout
from retrieval.query.mending import mended_subject
from retrieval.query.parts import EXAMPLES
from retrieval.query.places_asked import FIRST_ITEMS
from retrieval.query.weights import question_weights
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

__all__ = [
    "NO_WORK",
    "PLANS",
    "PROBLEMS",
    "Asked",
    "asked_aspects",
    "asks_item_figures",
    "aspects_in",
    "own_sections",
    "section_aspects",
    "sections_asked",
    "without_aspects",
    "without_headings_asked",
]

# The aspect of next year's plans: a report on one year states the plans for the next.
PLANS = "plans!"
# The aspect of a report's problems and shortcomings.
PROBLEMS = "problems!"
# Sections that state no work done: next year's plans, the problems.
NO_WORK = frozenset({PLANS, PROBLEMS})
# "怎么抓的", "如何推进": how something is done is told by the work done on it.
# "整改的情况": how a doing went asks what was done, as "怎么整改的" does.
_HOW = re.compile(r"怎么|怎样|如何|咋|(?:整改|落实|推进|开展|执行|实施)的?情况")
# Words that ask for a list without naming an aspect or a topic.
_ASK = "ask"


@dataclass(frozen=True)
class Asked:
    """What a list question asks for.

    Attributes:
        aspects: the aspects it names (problems, plans, highlights, work).
        exclusive: those of them that reports give a section of their own.
        weights: its topic words (aspect and list words left out), weighted.
        done: it asks what was done or how ("采取了哪些措施", "是怎么抓的"), not only for
            the items of an aspect: "问题整改是怎么抓的" asks about work on problems.
    """

    aspects: frozenset[str]
    exclusive: frozenset[str]
    weights: dict[str, float]
    done: bool = False


@cache
def _aspect_words() -> list[tuple[str, str]]:
    pairs = [(word, name) for name, words in aspect_groups().items() for word in words]
    return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)


# "经费是怎么安排的": 是…的 tells how something was done; a plan verb in it names no plan.
_ARRANGED = re.compile(r"(?:(?<=怎么|怎样|如何)|(?<=咋))(?:安排|计划|谋划|部署)(?=的)")


def without_aspects(text: str) -> str:
    """``text`` without the words that name an aspect or ask for a list ("做法", "效果",
    "哪些"): what is left names the topic."""
    for word in (word for word, _ in _aspect_words() if len(word) > 1):
        text = text.replace(word, " ")
    # "干", "做": a one-character word goes, but not out of a noun it is part of (干部).
    singles = "".join(word for word, _ in _aspect_words() if len(word) == 1)
    kept = ((w, flag.startswith("n") and len(w) > 1) for w, flag in pos_tags(text))
    return "".join(w if noun else re.sub(f"[{singles}]", " ", w) for w, noun in kept)


def aspects_in(text: str, arranged: bool = True) -> set[str]:
    """The aspects (names with their "!") whose words ``text`` contains.

    Args:
        text: a question or a heading.
        arranged: a plan verb in 是…的 ("是怎么安排的") tells what was done; False when the
            question names a year no report covers, which it plans for ("对2024年是怎么安排的").
    """
    text = _ARRANGED.sub("", text) if arranged else text
    return {name for word, name in _aspect_words() if name != _ASK and word in text}


def sections_asked(topic: str, vocabulary: Vocabulary, titles: Sequence[str] = ()) -> Asked | None:
    """What a question asks of each report's own part on an aspect (its problems, plans,
    highlights) and of nothing else: ``asked_aspects`` of its words without layout cues; None
    when it names a topic besides ("问题整改了多少条" counts a figure, "执法方面存在哪些问题"
    narrows the part to some of its items)."""
    asked = asked_aspects(without_layout(topic), vocabulary, titles)
    if not asked.exclusive or asked.done or asked.weights:
        return None
    return asked


def own_sections(text: str) -> frozenset[str]:
    """The aspects ``text`` names that reports give a section of their own (plans, problems:
    the names ending in "!")."""
    return frozenset(name for name in aspects_in(text) if name.endswith("!"))


# Reports share their headings' wording: a ranking over thousands reads few distinct ones.
@lru_cache(maxsize=4096)
def section_aspects(section: str) -> frozenset[str]:
    """The aspects with sections of their own that the top section of the heading path
    ``section`` ("三、下一步工作打算 > （一）…") is on."""
    return own_sections(section.split(" > ")[0])


# "自己说法治建设还有哪些差距": by the report's own account, as every answer is (jieba would
# read 说法 out of it); "里面承认有哪些短板": a verb of owning up needs no 自己 to say so.
_OWN_ACCOUNT = re.compile(
    r"(?:自己|自身|本身)(?:说|讲|认为|觉得|承认|总结)的?|(?:承认|坦言|坦承|检讨|反思|剖析|检视)了?的?"
    # "觉得自己还差在哪": what it thinks of itself is its own account too.
    r"|(?:认为|觉得)(?:自己|自身)"
    # "自己查摆出来的不足", "查摆出了什么": problems a report finds in itself are its
    # problems section ("查出的问题173条" of a review is a count of its own).
    r"|(?:自己|自身|本身)(?:查摆|查找|查出|找出)(?:出来|出)?的|查摆(?:出来|出)?(?:的|了)?"
    # "在X方面查出来啥问题": the problems it found, asked by the finding.
    r"|(?:查|找)(?:出来|出)(?:了)?(?=[^，,。？?]{0,3}(?:问题|不足|短板|差距))"
    # "专门点出来的亮点": the report setting its parts out, no topic of theirs.
    r"|(?:专门|特别|重点|着重)?(?:点出|列出|写出)(?:来)?的(?=[^，,。？?]{0,8}"
    r"(?:亮点|特色|问题|不足|经验|做法|打算))"
    # "自查的问题与不足", "报告分析的不足和原因": its own account of them.
    r"|(?:自查|分析)(?:出来|出)?的(?=[^，,。？?]{0,10}(?:问题|不足|差距|短板|原因))"
)


# "可推广的经验", "值得借鉴的做法": what the practices are worth, no topic of theirs.
_WORTHY = re.compile(
    r"(?:(?:可|可以|能|值得|便于)(?:推广|借鉴|复制|学习|参考)|拿得出手|叫得响|立得住)的?"
    r"(?=经验|做法|亮点|特色|模式|举措)"
)


# "…做了什么？相关数据也要", "每条附上数字": a last clause
# asking the items' details and figures, which the items' text gives; it names no topic.
_DETAILS = re.compile(
    r"(?<=[，,。？?！!；;\s])(?:每(?:条|项|点|个)|各条)?[^，,。？?！!；;]{0,16}?(?:数字|数据)"
    # "数据多的话都列上": figures, as many as there are.
    r"(?:多的话|有的话)?(?:都要|也要|要有|都列上|也列上|都写上|也写上"
    # "数字多给点", "数据尽量多列一些": figures, as many as there are.
    # "有具体数字的也请一并列出": figures, where an item gives some.
    r"|的?(?:帮我|给我)?(?:也|都)?(?:请)?(?:一并|一起|同时)?(?:尽量|多|都|也)?多?(?:给|列|写|带|附|放|标)"
    r"(?:上|出来?|点儿?|些|一些|一点|多点|全)?)?[？?。！!\s]*$"
    # "都有哪些做法和数": the items asked with their figures.
    # "带数字说", "数字别漏": the items, each told with its figures.
    r"|(?<=[\u4e00-\u9fff，,\s])(?:和|及|以及|与|带[上着]?)(?:具体|相关)?的?(?:数字|数据|数)"
    r"(?:说|讲|写|列)?(?:一下)?[？?。！!\s]*$|(?:数字|数据)(?:别|不要|不能)(?:漏|落下?|丢)(?:了|掉)?[？?。！!\s]*$"
    # "…做了哪些工作，数字多，帮我捋一下": the items, whose figures are what is sorted out.
    r"|(?<=[，,？?。！!\s])(?:数字|数据)(?:比较|很|挺|太)?多(?=[，,。！!\s]|$)"
    # "…打算有哪些，有什么硬性要求": the floors the items set, which their figures state.
    r"|(?<=[，,\s])(?:有|有没有)(?:什么|哪些)?(?:硬性|刚性|明确|量化)的?(?:要求|指标|标准)(?:吗|呢)?[？?。！!\s]*$"
)
# "我这边要写个材料参考一下，谢谢": why the asker asks, and courtesy, name no topic.
_ASKER = re.compile(
    r"(?:^|(?<=[，,。？?！!]))(?:我们?|咱们?)(?:这边|这里)?(?:要|需要|准备|打算|想|在|正在)"
    r"[^，,。？?！!]*|谢谢(?:你|您)?|多谢|感谢"
    # "最好用原文", "领导让在简报里突出一下": how the asker wants it, and who asked them.
    r"|(?:^|(?<=[，,。？?！!\s]))(?:最好|尽量|领导(?:让|要|要求|说))[^，,。？?！!\s]*"
    # "写材料要用", "汇报用", "给我几句能直接用的": what the answer is for, in a clause of
    # its own.
    r"|(?:^|(?<=[，,。？?！!\s]))[^，,。？?！!\s]{0,8}(?:要用|用得上|来用|参考用|备用"
    r"|(?:能|可以)?直接(?:拿来|拿去)?用|(?:能|可以)(?:拿来|拿去)?用"
    # "写材料要借鉴下": what the answer is for, after a space as after a comma.
    r"|(?:要|想|好)(?:借鉴|参考|参照)(?:一下|下)?"
    # "能学学的", "值得推广的": what makes an item worth giving, which every item of it is.
    r"|(?:值得|可以|能|可供|供)(?:学习|学学|借鉴|参考|参照|推广|复制))的?(?=[，,。？?！!\s]|$)"
)


# "…都做了些什么？人员物资啥的": a clause of examples of what to include narrows nothing: the
# items of the topic before it are the answer, examples or not.
_EXAMPLES = re.compile(rf"(?:^|(?<=[，,。？?！!]))[^，,。？?！!]{{1,12}}{EXAMPLES}[？?。！!]*$")
_PAUSES = " ，,。？?！!"
# "有哪些数字", "几个数据列一下": the figures asked with the items.
_FIGURES = re.compile(f"{FIGURES_ASKED}|{FIGURES_LISTED}|{FIELD_FIGURES}")
# "请连同X等量化数据一并列出", "请列明各项数字": a written request for the items' figures.
_FIGURES_REQUESTED = re.compile(r"(?:请|烦请|麻烦)[^。？?！!]{0,60}(?:数据|数字)")
# "列出各类活动及场次": the items, each with how many times or how many took part.
_COUNTS_LISTED = re.compile(
    r"(?:列出|列明|写明|注明)[^。？?！!；;]{0,20}(?:及|和|与|以及|并)(?:其|各自)?(?:场次|次数|人次|数量)"
)
# "每条里最关键的数字是什么": each item's figures.
_EACH_ITEMS_FIGURES = re.compile(
    r"每一?(?:条|项|点|块|个方面)(?:里|中|下)?(?:的)?[^，,。？?！!]{0,10}(?:数字|数据)"
)
# "有数的把数带上", "有量化指标的一并写上": each item's figures, where it gives some.
_FIGURES_WHERE_SAID = re.compile(
    r"有数(?:字|据)?的(?:话)?[，,\s]?(?:就|请)?(?:把)?(?:数(?:字|据)?)?(?:都|也|一并|一起)?(?:带|写|列|附|标|放|给)(?:上|出来?)"
    r"|有(?:量化指标|量化数据|具体数字|具体数据)的?(?:请|也请)?(?:也|都|一并|一起|同时){0,2}"
    r"(?:带|写|列|附|标)(?:上|出来?)"
    # "咋弄的 有啥数没", "有没有具体数字": whether the items state figures, which they then show.
    r"|有(?:啥|什么|没有|无)(?:具体)?(?:的)?数(?:字|据)?(?:没有?|吗|不|么)?(?=[？?。！!\s]*$)"
    r"|有(?:具体)?数(?:字|据)?(?:没有?|吗|不|么)(?=[？?。！!\s]*$)"
)
_COUNTED = re.compile(r"数|多少|几")
_WHICH_ITEMS = r"(?:哪些|哪几[项个类种]?|什么|啥)"
_HOW_MANY_ITEMS = re.compile(r"[一二两三四五六七八九十几]+[个项条块点类种样件]?")


def asks_item_figures(topic: str, question: str = "") -> bool:
    """True when a list question asks the items' figures too ("…的数字都要"); ``question``
    as asked, for a request beside it that the topic no longer holds ("请连同…等数据一并列出")."""
    return bool(
        _DETAILS.search(topic)
        or _DETAILS.search(question)
        or _FIGURES.search(topic)
        or _COUNTS_LISTED.search(topic)
        or _COUNTS_LISTED.search(question)
        or _FIGURES_REQUESTED.search(question)
        or _FIGURES_WHERE_SAID.search(question)
        or _EACH_ITEMS_FIGURES.search(topic)
        or _EACH_ITEMS_FIGURES.search(question)
        or bool((points := POINTS_TOLD.search(topic)) and _COUNTED.search(points["points"]))
    )


_FIRST_ITEMS = re.compile(FIRST_ITEMS)


def asked_aspects(
    topic: str, vocabulary: Vocabulary, titles: Sequence[str] = (), arranged: bool = True
) -> Asked:
    """Read a list question's aspects and topic words.

    Args:
        topic: the question without its region and year.
        vocabulary: the reports' word weights.
        titles: the stored reports' titles: words most of them hold ("法治政府建设") name
            what every report is about, not a part of one, and are left out, as are light
            verbs (``lexicons/light_verbs.txt``).
        arranged: as ``aspects_in``'s.
    """
    rest = _ARRANGED.sub(" ", topic) if arranged else topic
    # "…做了哪些工作，有哪些数字": the items are told with their figures; no topic of its own.
    rest = _ASKER.sub(" ", re.sub(_FIGURES, " ", _DETAILS.sub(" ", rest)))
    # "前三条", "top3": how many items to give, no part of what they are about.
    rest = _FIRST_ITEMS.sub(" ", rest)
    rest = _EXAMPLES.sub(" ", rest) if _EXAMPLES.sub("", rest).strip(_PAUSES) else rest
    # "…是怎么做的，网格、调解员都说说": what to touch on is told by the items, no part.
    rest = POINTS_TOLD.sub(" ", rest) if POINTS_TOLD.sub("", rest).strip(_PAUSES) else rest
    rest, named = _OWN_ACCOUNT.sub(" ", _WORTHY.sub(" ", rest)), set()
    for word, name in _aspect_words():
        if word in rest:
            rest = rest.replace(word, " ")
            if name != _ASK:
                named.add(name)
    weights = {
        word: weight
        for word, weight in question_weights(rest, vocabulary).items()
        if len(word) > 1
        and not word.isdigit()
        and not _common(word, titles)
        # "怎么推进", "如何加强": a verb that names no particular action names no topic.
        and word not in light_verbs()
        # "自己说还有哪些问题": a pronoun points at the report, it names no topic.
        and not _pronoun(word)
        # "是哪三个方面": how many items there are names none of them; "最后提的问题": where
        # in the report (a word of place or time) names no topic either.
        and not _HOW_MANY_ITEMS.fullmatch(word)
        # "搞了哪些活动": the kind of the items asked, when a light one, names no topic.
        and not (word in LIGHT_HEADS and re.search(f"{_WHICH_ITEMS}{word}", topic))
        and not _placed(word)
    }
    exclusive = frozenset(name for name in named if name.endswith("!"))
    subject = mended_subject(topic) if {PROBLEMS, PLANS} <= exclusive else None
    if subject is not None:
        # "村里的法律顾问作用不够明显，今后准备怎么补": the shortcoming names the plan asked,
        # by what it is of (法律顾问), not by how it falls short (作用).
        named, exclusive = named - {PROBLEMS}, exclusive - {PROBLEMS}
        weights = {word: w for word, w in weights.items() if word in subject} or weights
    done = bool(named - exclusive) or bool(_HOW.search(topic))
    return Asked(frozenset(named), exclusive, weights, done)


def _placed(word: str) -> bool:
    tags = pos_tags(word)
    return len(tags) == 1 and tags[0][1] == "f"


def _pronoun(word: str) -> bool:
    tags = pos_tags(word)
    return len(tags) == 1 and tags[0][1] == "r"


def _common(word: str, titles: Sequence[str]) -> bool:
    return bool(titles) and 2 * sum(word in title for title in titles) >= len(titles)


# "存在问题写了几条 标题是啥": the items' headings, which a list of them shows.
_HEADINGS_ASKED = re.compile(
    r"[\s，,；;]+(?:各条|每条|每一条)?的?(?:小)?标题(?:分别|都|各)?(?:是啥|是什么|叫什么|列一下)?"
    r"(?=[\s，,。？?！!]|$)"
)


def without_headings_asked(question: str) -> str:
    """``question`` without a request for the headings of the items of an aspect it asks
    ("存在问题写了几条 标题是啥"), or as it is (a report's title is asked otherwise)."""
    found = _HEADINGS_ASKED.search(question)
    if found is None or not aspects_in(question[: found.start()]):
        return question
    return question[: found.start()] + question[found.end() :]
