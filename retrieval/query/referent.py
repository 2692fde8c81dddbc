"""The item of the previous answer a follow-up points at: "那下一步针对这个打算怎么弄？" after a
problem was told, "第三个下一步准备怎么改" after problems were listed. A report's plans answer
its problems item by item; the plan item for a problem is the one sharing most of its words."""

from __future__ import annotations

import re

from retrieval.query.aspects import PLANS, aspects_in
from retrieval.query.list_shape import ORDINAL_PART
from retrieval.schema import Conversation
from retrieval.text.digits import parse_chinese_numeral

__all__ = ["PLANS_ASKED", "pointed_item"]

# The question a follow-up on an item's plans is answered as: the report's plans, of which the
# item's own is chosen by its words.
PLANS_ASKED = "下一步工作打算"

# "针对这个", "针对这一类", "这个问题": what was just told, pointed at.
_POINTER = re.compile(
    r"针对(?:这|该|此|上述)(?:一)?(?:个|类|条|点|项|方面)?(?:问题|短板|不足)?"
    r"|(?:这|该)(?:一)?(?:个|类|条|点|项)(?:问题|短板|不足)"
)
# Where what is planned is asked.
_PLANNED = re.compile(r"下一步|下一阶段|接下来|打算|计划|安排|明年|今后")
_MARKS = re.compile(r"\[\d+\]")
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
    # "第三个下一步准备怎么改": the number before what is planned numbers the items told
    # ("下一步打算第三条" numbers the plans).
    nth = ORDINAL_PART.search(question)
    planned = _PLANNED.search(question)
    if nth and planned and planned.start() < nth.start():
        nth = None
    if not (_POINTER.search(question) or nth):
        return ""
    lines = [_MARKS.sub("", line) for line in conversation.history[-1][1].splitlines()]
    lines = [line for line in lines if line.strip() and not line.startswith(" ")]
    if not lines:
        return ""
    if nth:
        # "第三个…": the third item listed under the answer's heading line.
        number = _number(nth.group(1))
        items = lines[1:]
        return items[number - 1] if 0 < number <= len(items) else ""
    return "\n".join([_LABEL.sub("", lines[0]), *lines[1:]])


def _number(token: str) -> int:
    if token.isdigit():
        return int(token)
    return int(parse_chinese_numeral(token) or 0)
