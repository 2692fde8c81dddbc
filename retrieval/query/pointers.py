"""What a follow-up points at in the turns before it: the place "比它" means, the field a
difference is weighed in ("两者在案件数量上差多少")."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.index.lexical import LexicalIndex
from retrieval.lexicons import matter_stage_of
from retrieval.query.measure import HOW_MANY
from retrieval.query.sides import UNNAMED
from retrieval.query.weights import topic_words
from retrieval.schema import Conversation
from retrieval.text.words import pos_tags

__all__ = [
    "answered_report",
    "asks_source",
    "field_pointed",
    "field_said",
    "it_named",
    "items_summed",
    "of_field",
    "of_thing_before",
    "source_asked_again",
]

# "具体咋弄的", "详细说说": how something was done, naming no thing of its own.
_HOW_DONE = re.compile(
    r"^(?:那么?|那个|这个|那块|这块|那里|那边)?(?:具体|详细|仔细)?(?:是)?(?:咋|怎么|怎样|如何)?"
    r"(?:弄|做|搞|干|办|开展|落实|推进|说说|讲讲|说|讲|介绍)(?:的|一下|下)?(?:呢|吗)?"
    # "…，有什么数字": the figures its sentences state, asked beside.
    r"(?:[，,\s]+(?:有|有没有)?(?:什么|哪些)?(?:具体)?(?:数字|数据)(?:吗|没有)?)?[？?。！!\s]*$"
)


_CONTENTS_ASKED = re.compile(
    r"^(?:那么?)?(?:主要|具体|都)?(?:讲|宣讲|涉及|包括|包含|围绕|覆盖)了?(?:哪些|什么|啥|哪几)"
    r"(?:个)?(?:方面|内容|领域|类)?的?[\u4e00-\u9fff]{0,4}[？?。！!\s]*$"
)


# "办结了多少", "其中纠错了几件": a count of a doing, naming no thing (people counted,
# "接待了多少人", are a thing of their own).
_DOING_COUNT = re.compile(
    r"^(?:那么?|其中|另外)?(?P<doing>[\u4e00-\u9fff]{1,4}?)(?:了|过)?(?:的)?(?:共|一共|总共|累计)?"
    r"(?:有)?(?:多少|几)[件项个次条份户起]?(?:呢)?[？?。！!\s]*$"
)


def _doing_counted(question: str) -> bool:
    """True when ``question`` counts a stage of a matter alone ("办结了多少"): a stage is
    reached by the matters of something, which the question leaves to the turn before (a
    doing of its own, "巡逻搞了多少次", is a matter of its own)."""
    found = _DOING_COUNT.match(question.strip())
    tags = pos_tags(found["doing"]) if found else ()
    return bool(tags) and all(f == "v" and matter_stage_of(w) for w, f in tags)


# "出处在哪", "原文怎么写的", "哪一段写的": where the answer just given is said, which its
# citations show.
_SOURCE_ASKED = re.compile(
    # "请注明出处": the request to show it, which the citations do.
    r"^(?:那么?)?(?:请|麻烦|烦请)?(?:注明|标明|写明|给出|附上|列出|提供|说明)?(?:一下|下)?"
    r"(?:这个|这|那个|它的?|[这那](?:俩|两个|两|些|几个)|它们(?:俩|两个)?|上述|以上|上面的?)?"
    r"(?:数|数字|数据|说法|内容)?(?:的)?"
    r"(?:分别|都|各)?(?:是)?"
    r"(?:(?:出处|原文|原话|来源)(?:在哪儿?里?|是(?:什么|啥|哪)|怎么(?:写|说)的?|呢)?"
    r"|出自(?:报告)?(?:的)?哪(?:里|儿|一?(?:段|部分|节))?|(?:在)?(?:报告)?(?:的)?哪(?:一)?(?:段|部分|节|句)(?:写|说)?的?"
    r"|哪里(?:写|说)的)"
    # "请注明出处，具体在报告的哪部分": where, said again.
    r"(?:[，,；;]\s*(?:具体)?(?:在|出自)?(?:报告)?(?:的)?哪(?:一)?(?:个)?(?:部分|段|节|章节))?"
    r"(?:呢|啊|吗)?[？?。！!\s]*$"
)


def asks_source(question: str) -> bool:
    """True when ``question`` asks only where the answer just given is said ("出处在哪")."""
    return _SOURCE_ASKED.match(question.strip()) is not None


# "这俩", "它们": more than the one answer just given is pointed at.
_BOTH = re.compile(r"^(?:那么?)?(?:[这那](?:俩|两个|两|些|几个)|它们)")


def source_asked_again(
    question: str, conversation: Conversation, spans: Callable[[str], list[tuple[int, int]]]
) -> str:
    """The question whose answer cites where "出处在哪" (``question``) is said: the one before,
    or, when "这俩出自哪段" follows two turns that asked one thing of two places ("额敏…多少件",
    "普兰县呢"), that thing asked of both.

    Args:
        question: a question ``asks_source`` holds.
        conversation: the turns before it, which asked something.
        spans: where a text names places.
    """
    last = conversation.last_question or question
    places = conversation.last_two()
    asked = [asked for asked, _ in conversation.history[-2:]]
    if not _BOTH.match(question.strip()) or len(places) != 2 or len(asked) != 2:
        return last
    unplaced = {_unplaced(text, spans) for text in asked}
    both = "和".join(places) + "呢"
    if len(unplaced) != 1 or len(spans(both)) != len(places):
        return last
    return both


def _unplaced(text: str, spans: Callable[[str], list[tuple[int, int]]]) -> str:
    """``text`` without the places it names."""
    named = spans(text)
    return "".join(ch for at, ch in enumerate(text) if not any(a <= at < b for a, b in named))


# "那他们在这方面有什么问题": the field the turn before asked of, pointed at.
# "应急这块" names its field: the pointer follows no word of its own.
_THIS_FIELD = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[在那们么再就得说看]))在?(?:这|那)个?(?:方面|一块|块)(?:上|里)?"
)


_ITEMS_SUMMED = re.compile(
    # "没写合计的话，将报告列出的这些条合计": the items it listed, whatever the condition.
    r"^(?:[^，,。？?！!]{1,12}的话[，,\s]*)?(?:那|那么)?(?:把|将)?(?:它|报告)?(?:列|写|给)?(?:出)?(?:的)?"
    r"(?P<items>(?:那|这)(?:几|些)(?:项|个|类|笔|样|条|块)?(?:的)?"
    r"(?:加起来|合起来|加在一起|加一起|相加|加总|合计))"
)


def items_summed(question: str) -> str | None:
    """ "那几项加起来…" of a follow-up adding up the items told before, from the items on
    (what comes before, "没写合计的话，将报告列出的", asks nothing of its own); else None."""
    summed = _ITEMS_SUMMED.match(question.strip())
    if summed is None:
        return None
    items = question.strip()[summed.start("items") :]
    # ("把它列出的那几项加起来": the sum is asked, whether or not its count is.)
    counted = HOW_MANY.search(question.strip()[summed.end("items") :])
    return items if counted else f"{items.rstrip('？?。！! ')}是多少"


def of_thing_before(question: str, before: str, vocabulary: LexicalIndex) -> str:
    """ "具体咋弄的" after "兵地联调是哪个县搞的": how the thing the turn before asked of
    (``before``, its topic) was done, asked in words; "在这方面有什么问题": the problems in
    its field; "办结了多少": that doing's count, of the thing; any other question as it is."""
    field = _THIS_FIELD.search(question)
    how = bool(
        _HOW_DONE.match(question.strip()) and re.search(r"具体|详细|仔细|咋|怎|如何", question)
    )
    # "都涉及哪些领域的法规": what the thing before covers, asked of it.
    how = how or _CONTENTS_ASKED.match(question.strip()) is not None
    # "额敏那几项合起来多少件": the items told of the thing asked before, added up.
    summed = items_summed(question)
    question = summed or question
    how = how or summed is not None
    thing = topic_words(before, vocabulary) if field or how else ""
    if summed is not None:
        # ("由哪几块组成" then "这几块合计": the thing the items are of, not how it is made up.)
        thing = "".join(w for w, f in pos_tags(thing) if f != "v") or thing
    if not (field or how) and _doing_counted(question):
        # "热线办件多少？办结了多少": the doing of the thing asked before, not of any thing
        # a report says it of; the doing asked before gives way to the one asked now.
        words = pos_tags(topic_words(before, vocabulary))
        thing = "".join(w for w, f in words if f != "v" and not matter_stage_of(w))
    if not thing:
        return question
    if field:
        return f"{question[: field.start()]}在{thing}方面{question[field.end() :]}"
    return f"{thing}{question}"


# "…是哪份报告说的", "哪个县提到了X": a question answered by naming one report.
_WHICH_REPORT = re.compile(
    r"哪(?:一)?(?:份|个|家)(?:报告|文件|县|地方|地区|乡镇|镇)?(?:里|中)?(?:说|讲|写|提)?的?"
    # "X是哪个县搞的": whose doing it is, as whose words.
    r"(?=[？?。！!\s]|$|说|讲|写|提|的|搞|做|干|办|开展|推行|实行|建|创)"
    # "有个报告里说X，那个县…多少": one report described by what it says, unnamed.
    r"|^(?:听说)?有(?:一)?(?:个|份|家)(?:报告|县|地方)"
)


def answered_report(
    question: str, cited: list[tuple[str, str | None]]
) -> tuple[str, str | None] | None:
    """The report a question asking which report ("X是哪份报告说的") was answered with, as
    ``(source, region)``, when its answer cites one report only: "这份报告" points at it next.

    Args:
        question: the question as planned, asking of no place.
        cited: the answer's cited reports, as ``(source, region)``.
    """
    reports = list(dict.fromkeys(cited))
    return reports[0] if len(reports) == 1 and _WHICH_REPORT.search(question) else None


# "比它多多少", "比那份少几件": the place the turn before asked of, pointed at.
_THAN_IT = re.compile(r"(?<=比)(?:它|那份|这份|那个县|这个县|那个镇|这个镇|前者)(?:报告)?")


# "刚才那家…", "该县…", "这份报告里…": the place asked of before, pointed at to open a question
# (a 那 alone opens one: "那下一步呢"; "那个" alone may point at a thing).
_THAT_PLACE = re.compile(
    r"^(?:那么?)?(?:(?:刚才|上面|前面|之前)(?:说的|问的)?(?:那|这)(?:家|份|个(?=县|镇|乡|地方|地区))|(?:那|这)(?:家|份)"
    r"|(?:那|这)个(?=县|镇|乡|地方|地区)|该(?=县|镇|乡|地)"
    # "那它有没有提到行政诉讼": the report just asked of, whether it says something.
    r"|它(?!们)(?=有没有|有无|是否|还|也|提|写|说|讲|里))(?:(?:县|镇|乡|地方|地区)(?:里|的)?)?"
)


# "那份写到“一企一法官”的报告里": a report described, not the one asked of before.
# ("那份没写县名的，…": another report, described by what it lacks.)
_DESCRIBED = re.compile(
    rf"[^，,。？?！!]*?的(?:那份|那个)?(?:报告|县|地方)|[^，,。？?！!]*?(?:{UNNAMED.pattern})"
)
_YEAR_OF_IT = re.compile(r"(?:讲|说|写|报|总结)的?(?:是)?哪一?(?:年|个年度)度?的?[？?。！!\s]*$")
_NAME_ASKED = re.compile(r"(?:到底|究竟)?(?:叫|是)(?:什么|啥|哪)|[？?。！!\s呢吗]*$")


def it_named(question: str, last: list[str]) -> str:
    """``question`` with the place a "比它" or an opening "刚才那家" points at named: the one
    place (or report) the turn before asked of, ``last`` ("叶城的…比它多多少" after a question
    of 003号报告)."""
    pointed = _THAN_IT.search(question) or _THAT_PLACE.search(question)
    if pointed and (
        _NAME_ASKED.match(question, pointed.end()) or _DESCRIBED.match(question, pointed.end())
    ):
        # "这个县叫什么": the place's name asked, which the report pointed at may not say.
        return question
    if pointed is None or len(last) != 1 or last[0] in question:
        return question
    # "它讲的是哪年的": the year the report pointed at is of, an attribute of the report.
    of_report = "报告" if _YEAR_OF_IT.match(question, pointed.end()) else ""
    return f"{question[: pointed.start()]}{last[0]}{of_report}{question[pointed.end() :]}"


# "在案件数量上", "案件数量方面": the field a follow-up weighs the sides in.
_IN_FIELD = re.compile(
    r"在(?P<a>[\u4e00-\u9fff]{2,12}?)(?:上|方面|这一?块)|(?P<b>[\u4e00-\u9fff]{2,8}?)(?:方面|这一?块)"
)
_ASKED_PARTS = re.compile(r"[^，,；;。？?！!、]+")


def field_said(topic: str) -> tuple[str, str]:
    """``topic`` without the field it names, and the field ("两者在案件数量上差多少" →
    "两者差多少", "案件数量"); ``topic`` and "" when it names none."""
    found = _IN_FIELD.search(topic)
    if found is None:
        return topic, ""
    return topic[: found.start()] + topic[found.end() :], found["a"] or found["b"]


# "叶城县这方面写了些什么": the field the turn before asked in, pointed at after a place
# ("这一块" of the thing before is ``_THIS_FIELD``'s).
# "叶城那份有没有这块内容": a part of the report, pointed at after what has it.
_FIELD_AFTER = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:在)?(?:这|那)(?:个|一)?(?:方面|领域)"
    r"|(?:(?<=有没有)|(?<=有无)|(?<=写了)|(?<=有))(?:这|那)一?(?:块|部分)(?=的?(?:内容|工作))"
    r"|(?:(?<=有没有写)|(?<=有没有提)|(?<=写没写)|(?<=有没有讲))(?:这|那)一?(?:块|部分)"
)


def field_pointed(question: str, previous: Callable[[], str]) -> str:
    """``question`` with the field "这方面" points at named: the field the turn before asks in
    ("突发事件应对方面，…"), ``previous`` giving it without its places (read only when a field is
    pointed at); as it is when either is missing."""
    pointed = _FIELD_AFTER.search(question)
    field = field_said(previous())[1] if pointed else ""
    if pointed is None or not field:
        return question
    return f"{question[: pointed.start()]}{field}方面{question[pointed.end() :]}"


def of_field(thing: str, field: str) -> str:
    """The parts of ``thing`` (a question of several parts) sharing words with ``field``;
    ``thing`` when none or all do."""
    pieces = {field[i : i + 2] for i in range(len(field) - 1)}
    parts = _ASKED_PARTS.findall(thing)
    kept = [part for part in parts if any(piece in part for piece in pieces)]
    return "，".join(kept) if kept and len(kept) < len(parts) else thing
