"""The item of the previous answer a follow-up points at: "这个问题明年准备怎么解决？" after a
problem was told, "第二个明年打算怎么解决" after problems were listed. A report's plans answer
its problems item by item; the plan item for a problem is the one sharing most of its words."""

from __future__ import annotations

import re

from retrieval.query.aspects import PLANS, aspects_in
from retrieval.query.item_asked import numbers_item
from retrieval.query.list_shape import ORDINAL_PART
from retrieval.schema import Conversation
from retrieval.text.digits import whole_number
from retrieval.text.markers import MARKER
from retrieval.text.sentences import HEADING_2, ITEM, char_pairs, without_marker

__all__ = ["PLANS_ASKED", "item_named", "plans_for_all_told", "pointed_item"]

# The question a follow-up on an item's plans is answered as: the report's plans, of which the
# item's own is chosen by its words.
PLANS_ASKED = "下一步工作打算"

# "针对这个", "针对这一类", "这个问题": what was just told, pointed at.
_POINTER = re.compile(
    r"针对(?:这|该|此|上述)(?:一)?(?:个|类|条|点|项|方面)?(?:问题|短板|不足)?"
    # "针对上面这些", "针对以上几点": what was just told, said to be above.
    r"|针对(?:上面|以上|前面)的?(?:这|那)?(?:些|几(?:个|条|点|项)?)?"
    r"|(?:这|该)(?:一)?(?:个|类|条|点|项)(?:问题|短板|不足)"
    # "打算咋改这个": a verb of mending, then what was just told.
    r"|(?:改|改进|解决|弥补|整改|补齐|处理)(?:这|该)(?:一)?(?:个|条|点|项|些|几个|几条|几点|几项)?"
    r"(?:问题|短板|不足)?(?:呢)?(?:[？?。！!\s]|$)"
    # "下一步计划里对应是怎么打算解决的": what answers the item just told.
    r"|(?:对应|相应)的?(?:是|地)?(?:怎么|如何|什么|哪)"
    # "有没有对应这条的措施": what answers the item just told, pointed at.
    r"|(?:对应|相应)(?:于)?(?:这|该|此|上述)(?:一)?(?:个|类|条|点|项)"
)
# "执法队伍力量薄弱这条": an item just told, named by its words and pointed at.
_NAMED_POINTED = re.compile(
    r"(?P<words>[\u4e00-\u9fff]{4,16}?)(?:的)?(?:这|那)一?(?:条|点|项|个问题|个短板|个不足)"
)
# "那下一步咋改的", "接下来怎么解决": the plans asked of what was just told, naming nothing.
_BARE_MENDING = re.compile(
    r"^(?:那|那么)?(?:下一步|下一阶段|接下来|明年|今后)(?:他们|它|他)?(?:打算|准备|计划)?(?:要)?"
    r"(?:咋|怎么|如何|怎样)(?:改|整改|改进|解决|弥补|补齐|应对|整|搞)(?:的)?(?:呢)?[？?。！!]*$"
)
# "（三）…": a sub-item's heading, below a part's ("二、存在的问题").
# Where what is planned is asked.
_PLANNED = re.compile(r"下一步|下一阶段|接下来|打算|计划|安排|明年|今后")
# "第三个亮点里…多少": a figure asked of a numbered item.
# ("有没有具体的次数要求": a figure the item sets.)
_FIGURE = re.compile(r"多少|几[个次件项名人场家条]|(?:次数|人数|件数|数量)(?:要求|目标)?")
# "亮点里", "问题中": what the numbered item is, and that the rest is asked within it.
_WITHIN = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:里面|里头|里|中|当中)")
# "额敏县（按上一问）：": the label opening an answer's first line.
_LABEL = re.compile(r"^[^：\n]{1,60}：")


def pointed_item(question: str, conversation: Conversation | None) -> str:
    """The text of the previous answer's item that ``question`` asks the plans for, or "" when
    it asks no plans of an item told before.

    Args:
        question: the follow-up, asking what is planned ("下一步", "打算").
        conversation: the turns before; the last answer is read.
    """
    if conversation is None or not conversation.history or PLANS not in aspects_in(question):
        return ""
    # "第二个明年打算怎么解决": the number before what is planned numbers the items told
    # ("下一步打算第三条" numbers the plans).
    nth = ORDINAL_PART.search(question)
    planned = _PLANNED.search(question)
    if nth and planned and planned.start() < nth.start():
        nth = None
    named = _NAMED_POINTED.search(question)
    bare = _BARE_MENDING.match(question.strip()) is not None
    if not (_POINTER.search(question) or nth or named or bare):
        return ""
    lines = _told(conversation, nth is not None)
    if not lines:
        return ""
    if bare and not (_POINTER.search(question) or nth or named):
        # "那下一步咋改的" after one sub-item of a part told ("（三）…", then its points, or
        # one point alone):
        # the plans for that item; after a whole part, the plans are asked whole.
        opening = _LABEL.sub("", lines[0])
        # ("二是执法规范化水平不高…": one point of a part, told alone, is an item too.)
        below = HEADING_2.match(opening) or ITEM.match(opening)
        return "\n".join([opening, *lines[1:]]) if below else ""
    # "执法队伍力量薄弱这条，下一步怎么解决": the item told, named by its own words.
    said = [line for line in lines[1:] if named["words"] in line] if named and not nth else []
    if len(said) == 1:
        return said[0]
    # ("就执法不够规范的那条": the item told in other words, which shares most of them.)
    closest = _closest(_NAMING_LEAD.sub("", named["words"]), lines[1:]) if named and not nth else ""
    if closest:
        return closest
    if not (_POINTER.search(question) or nth):
        return ""
    if not nth and _every_item(question, lines):
        # "针对上述几点，今后准备咋办": the plans for every item told (``plans_for_all_told``).
        return ""
    if nth:
        # "第三个…": the third item listed under the answer's heading line.
        return _nth(lines, nth.group(1) or nth.group(2))
    return "\n".join([_LABEL.sub("", lines[0]), *lines[1:]])


def plans_for_all_told(question: str, conversation: Conversation | None) -> bool:
    """True when ``question`` asks the plans for every item of the list just told ("针对上述几
    点，今后准备咋办"): the report's plans, whole."""
    if conversation is None or not conversation.history or PLANS not in aspects_in(question):
        return False
    if ORDINAL_PART.search(question) or not _POINTER.search(question):
        return False
    return _every_item(question, _told(conversation, False))


def _every_item(question: str, lines: list[str]) -> bool:
    """True when ``question`` points at every item of the part of a report whose lines were
    told ("这些" after "二、存在的问题" and its items); the items of one sub-part ("（三）…")
    have their own plans, which the plans' words choose."""
    if not _ALL_TOLD.search(question) or len(lines) <= 2:
        return False
    opening = _LABEL.sub("", lines[0])
    return not (HEADING_2.match(opening) or ITEM.match(opening))


def _closest(words: str, lines: list[str]) -> str:
    """The one line of ``lines`` sharing the most of ``words``' character pairs, at least half
    of them; "" when none does or two share as many."""
    pairs = char_pairs(words)
    shares = [sum(p in line for p in pairs) for line in lines]
    best = max(shares, default=0)
    if not pairs or 2 * best < len(pairs) or shares.count(best) != 1:
        return ""
    return lines[shares.index(best)]


# "针对这些", "这几个问题", "上述问题": every item just told, not one of them.
_ALL_TOLD = re.compile(r"(?:这|那)(?:些|几(?:个|条|点|项|方面)?)|上述|以上")
# "针对…", "关于…": what leads the words naming an item.
_NAMING_LEAD = re.compile(r"^(?:针对|关于|对于|对|就)")


def item_named(question: str, conversation: Conversation | None) -> str:
    """``question`` with a numbered item of the list just told named by its heading ("第三个
    亮点里整改了多少个问题" → "闭环管理，推动行政执法“精准化”提升里整改了多少个问题"), where it
    asks a figure of it or names it in its own words too ("第二条依法行政能力那块"); without
    the number where it names a thing of the item ("第三条那个扫码入企"); else as it is."""
    told = _TOLD_THEN_ASKED.match(question)
    if told and _FIGURE.search(question, told.end()):
        # "法治队伍建设那条展开说说，执法培训一年要搞几次": the figure asked within the item.
        question = f"{question[: told.end('pointer')]}里，{question[told.end() :]}"
    nth = ORDINAL_PART.search(question)
    if nth is None and conversation is not None and conversation.history:
        # "其中普法那一条点名了哪些法规": the one item of the list just told its words name.
        return _item_by_words(question, _told(conversation))
    if nth is None or conversation is None or not conversation.history:
        return question
    heading = without_marker(_nth(_told(conversation, True), nth.group(1) or nth.group(2)))
    if not heading or PLANS in aspects_in(question):
        return question
    heading = heading.rstrip("。；;，, ")
    # "第三条那个扫码入企咋弄的": a thing of the item, named; what the item says of it is asked.
    inner = _THING_OF.match(question, nth.end())
    if inner and not _OWN_WORDS.match(question, inner.end()):
        return question[: nth.start()] + question[inner.end() :]
    # "第二条依法行政能力那块，具体说了啥": the item, numbered and named in its own words.
    named = _NAMED_AFTER.match(question, nth.end())
    # ("第二条法治政府这块具体咋搞": the item of the list just told, asked whole.)
    if named and named["words"] in heading and not numbers_item(question):
        return f"{question[: nth.start()]}{heading}{question[named.end() :]}"
    # ("第二部分下面有几个一是二是，分别是啥": its items, which the item told whole lists.)
    if not _FIGURE.search(question) or numbers_item(question):
        return question
    within = _WITHIN.match(question, nth.end())
    end = within.end() if within else nth.end()
    return f"{question[: nth.start()]}{heading}里{question[end:]}"


# "X那条展开说说，…": an item of the list just told asked told, then a figure asked.
_TOLD_THEN_ASKED = re.compile(
    r"^(?:那|那么)?(?:其中)?[\u4e00-\u9fff“”]{2,16}?(?P<pointer>那条|这条|那块|这块|那项|这项|那部分)"
    r"(?:再)?(?:展开|具体|详细)?(?:说说|讲讲|说一下|讲一下|聊聊|说下|讲下)[，,\s]+"
)
# "最后一项的原文": the item's own words, no thing of it.
_OWN_WORDS = re.compile(r"原文|原话|原句|全文|内容")
_THING_OF = re.compile(r"(?:(?:里|里面|里头|中)?(?:那个|的)|提到的|说的)(?=[\u4e00-\u9fff“])")
# "…依法行政能力那块": words of the numbered item's heading, then a word pointing at it.
_NAMED_AFTER = re.compile(
    r"(?:的|是|说的)?(?P<words>[\u4e00-\u9fff]{2,12}?)(?:那块|这块|那一块|这一块|那条|这条|那部分|方面)"
)


# "其中普法那一条", "执法队伍那项": an item of the list just told, named by words of its own.
_ITEM_BY_WORDS = re.compile(
    r"^(?:那|那么)?(?:其中|里面|里头)?的?(?P<words>[\u4e00-\u9fff]{2,8}?)"
    r"(?:相关|有关)?的?(?:那一条|那条|这一条|这条|那一项|那项|这项)(?:里|中|里面)?(?:的)?[，,\s]*"
)


def _item_by_words(question: str, told: list[str]) -> str:
    """``question`` with the item of ``told`` (a list's heading line, then its items) whose
    heading alone holds the words it names, put in their place; else as it is."""
    found = _ITEM_BY_WORDS.match(question)
    if found is None or len(told) < 3:
        return question
    # (As for a numbered item: a figure asked within it, or what it says.)
    figure = _FIGURE.search(question, found.end())
    if not (figure or _ITS_CONTENTS.match(question, found.end())):
        return question
    items = [without_marker(line).rstrip("。；;，, ") for line in told[1:]]
    holding = [item for item in items if found["words"] in item]
    if len(holding) != 1:
        return question
    return f"{holding[0]}{'里，' if figure else ''}{question[found.end() :]}"


# "…那条讲了什么", "…那条展开说说": what the item says, asked.
_ITS_CONTENTS = re.compile(
    r"(?:具体|详细)?(?:写|说|讲)(?:的|了)?(?:啥|什么|些什么)|(?:具体)?内容|展开(?:说说|讲讲|说一下)"
)


def _told(conversation: Conversation, numbered: bool = False) -> list[str]:
    """The lines of the last answer, without citation marks; an item's own items left out.
    ``numbered``: an item is pointed at by its number, which an item told whole just before
    ("第二条展开说说": its heading, then its sentences) does not number: the list it was
    taken from does."""
    for _, answer in reversed(conversation.history):
        lines = [MARKER.sub("", line) for line in answer.splitlines()]
        lines = [line for line in lines if line.strip() and not line[:1].isspace()]
        if not (numbered and _item_told(lines)):
            return lines
    return []


def _item_told(lines: list[str]) -> bool:
    """True when ``lines`` are one item told whole: a numbered heading, then no other."""
    if len(lines) < 2:
        return False
    opening = lines[0].split("：", 1)[-1]
    numbered = [line for line in lines[1:] if without_marker(line) != line]
    return without_marker(opening) != opening and not numbered


def _nth(lines: list[str], token: str) -> str:
    """The numbered item among ``lines`` after their heading line ("最后": the last), or ""."""
    items = lines[1:]
    counted = _COUNTED.search(lines[0]) if lines else None
    if counted and whole_number(counted[1]) == len(lines):
        # "（共3个）：一、工作开展情况": the first item told on the line that counts them.
        items = [lines[0].split("：", 1)[-1], *items]
    number = len(items) if token == _LAST else _number(token)
    return items[number - 1] if 0 < number <= len(items) else ""


_LAST = "最后"
# "（共3个）": how many items a list's first line counts.
_COUNTED = re.compile(r"（共([0-9一二三四五六七八九十]+)[^）]{0,4}）")


def _number(token: str) -> int:
    return whole_number(token) or 0
