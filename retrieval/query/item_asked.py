"""The item of a list just told that a follow-up asks of by its number: "具体说说第四条",
"第三条具体怎么干，逐项说", "第三条那个 跟基层有关的那条具体写的啥" — the item, told whole.
"""

from __future__ import annotations

import re

from retrieval.query.aspects import aspects_in
from retrieval.query.list_shape import PART_UNIT
from retrieval.query.measure import HOW_MANY

__all__ = ["SENTENCE", "TELL", "nth_item", "numbers_item"]

# "具体说说第四条", "第二条展开讲讲": one item of the list asked before, and nothing else.
# "再说说第一条": 再 asks for more, of the item named.
TELL = (
    r"(?:请)?(?:再)?(?:具体|详细)?(?:说说|讲讲|谈谈|说一下|讲一下|介绍一下|展开(?:说说|讲讲|说|讲|一下|下)?"
    # "第二点再讲细一点": more of it.
    r"|(?:讲|说|介绍)(?:得)?(?:细|详细|具体|清楚)(?:一点|一些|点|些)?)"
)
SENTENCE = re.compile(r"[？?。！!]")
# "第三条", "最后一条": an item by its place in the list.
_NTH = rf"第[一二三四五六七八九十\d]{{1,3}}{PART_UNIT}|最后(?:一|那)?个?{PART_UNIT}"
# "第三条那个 跟基层有关的那条具体写的啥 有没有说调解咋弄": an item, then what of it.
_NTH_LED = re.compile(rf"^(?:那|那么)?(?P<nth>{_NTH})(?P<rest>(?![里中]).*)$")


def _nth_led(topic: str) -> re.Match[str] | None:
    """The item a follow-up opens with, when what it asks of it names no part of its own
    and no figure: the item, told whole, says it."""
    led = _NTH_LED.match(topic)
    if led is None or aspects_in(led["rest"]) or HOW_MANY.search(led["rest"]):
        return None
    return led


_NTH_ONLY = re.compile(
    # "刚才说的第三条": the item of what was just told.
    rf"^(?:那|那么)?(?:刚才|上面|前面|你)?(?:说|讲|列|提)?的?{TELL}?(?:一下)?"
    rf"(?P<nth>{_NTH})"
    # "第四条执法队伍那个具体咋回事": the item named again by its words, then how it is.
    r"(?:[“\"]?[\u4e00-\u9fff]{1,10}?[”\"]?(?:那个|那条|这个|这条|那部分|这部分|那块|这块|那项))?"
    rf"(?:是什么|是啥|呢|的内容|(?:能|可以|能不能|可不可以|麻烦)?{TELL}(?:一下|下)?(?:吗|呢)?"
    r"|(?:具体|详细)?(?:讲|说|写)(?:了|的)(?:是)?(?:些)?(?:什么|啥)"
    r"|(?:具体|详细)?(?:是)?(?:咋|怎么)(?:回事|说的)"
    # "第二条法治政府这块具体咋搞": how the item is to be done, which it says.
    r"|(?:具体|详细)?(?:要|准备|打算)?(?:咋|怎么|如何)(?:搞|做|干|弄|落实|推进)的?"
    # "第二条原文具体是怎么表述的": the item's own words.
    r"|的?原文(?:具体)?(?:是)?(?:怎么|如何)(?:表述|写|说)的?"
    # "最后一点的原文", "第二条原话发我".
    r"|的?(?:原文|原话|原句)(?:是什么|是啥|发我|给我|发一下|贴一下)?"
    # "第四条里培训有没有具体数字": the item's figures, which its sentences state.
    r"|(?:里|中|里面|里头)?[\u4e00-\u9fff]{0,6}?(?:有没有|有什么|有啥|有哪些)(?:具体)?的?(?:数字|数据)(?:吗|呢)?"
    r"|的?(?:数字|数据)(?:呢)?"
    # "第三部分下面有几点", "…有几个一是二是，各是什么": the items under the item.
    r"|(?:里面|里头|里|中|下面)?(?:有|包括|分)?(?:哪几(?:点|条|项|个)|哪些(?:内容|措施)?"
    r"|几(?:点|条|项|个)[^，,？?。]{0,12}?)(?:[，,\s]*(?:各|分别)(?:是|叫)(?:什么|啥))?)?"
    # "…？请把该条的主要内容展开说明": the item, told in full.
    r"(?:[，,。？?\s]+(?:请)?(?:把)?(?:该条|这条|这一条|此条)的?(?:主要|具体)?(?:内容)?(?:展开|详细)?"
    r"(?:说明|说说|讲讲|介绍)(?:一下)?)?"
    # "…展开一下，报告原文具体讲了哪些方面": what the item says, asked again.
    r"(?:[，,。\s]+(?:报告)?(?:原文)?(?:里)?(?:具体|详细)?(?:讲|说|写)(?:了|的)(?:哪些|什么|啥)"
    r"(?:方面|内容|表现|情况|措施)?)?"
    # "…具体怎么干，逐项说": how to tell the item, item by item.
    r"(?:[，,。\s]+(?:请)?(?:逐项|逐条|分条|分项|逐一|一条条|一项项|展开|详细)地?"
    r"(?:说|讲|列|写|介绍|说明|展开)(?:说|讲)?(?:一下|下)?(?:吧|呢)?)?"
    r"[？?。！!\s]*$"
)


def nth_item(topic: str) -> re.Match[str] | None:
    """The number of the item ``topic`` asks of whole (its ``nth`` group), or None."""
    return _NTH_ONLY.match(topic.strip()) or _nth_led(topic.strip())


def numbers_item(topic: str) -> bool:
    """True when ``topic`` asks of one item of a list just told, by its number alone or with
    its words ("第二条法治政府这块具体咋搞")."""
    return _NTH_ONLY.match(topic.strip()) is not None
