"""Why the asker asks, said before the question: "下个月我们要定培训制度，想看看别人的标准。…".

A statement about the asker (我, 我们, 咱们, 领导) that asks nothing names what they are doing,
not what they ask: its words ("制度", "标准") would be read as the thing asked. It is left out
when it is followed by the question, unless it names the place the question is about (the rest
naming none: "我是额敏县的。今年行政复议收了多少件？").
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["without_preamble"]

# A statement ends on 。 or ！ (a question ends on ？).
_STATEMENT = re.compile(r"[^。！!？?]*[。！!]")
_ASKER = re.compile(r"我|咱|本人|领导")
_ASKS = re.compile(r"多少|几|哪|什么|啥|吗|么|怎|谁|是否|有没有|是不是|[？?]")


def without_preamble(question: str, names_place: Callable[[str], bool]) -> str:
    """``question`` without the statements about its asker that lead it, or as it is.

    Args:
        question: the question.
        names_place: whether a text names a stored place or report.
    """
    rest, lead = question, ""
    while (found := _STATEMENT.match(rest)) is not None and found.end() < len(rest):
        said = found.group()
        if not _ASKER.search(said) or _ASKS.search(said):
            break
        lead, rest = lead + said, rest[found.end() :]
    if not lead or not rest.strip():
        return question
    return rest if names_place(rest) or not names_place(lead) else question
