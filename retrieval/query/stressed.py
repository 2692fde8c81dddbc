"""What a list question asks to be told more of, after the list it asks.

A written request for a report's problems or plans often closes with the items it cares about
most: "…请简要概括，尤其执法力量和调解队伍方面的问题请写得详细一点", "…请按条目归纳一下；其中
针对执法人员培训的是哪条，培训频次定的是多少？". The list is the answer, every item of it; the
closing clause names what to say more of, under the items about it, and is no part of what
the section is chosen by.
"""

from __future__ import annotations

import re

from retrieval.query.measure import HOW_MANY

__all__ = ["stressed"]

# "尤其…", "特别是…", "其中针对…的是哪条": from the clause that opens so to the end.
_STRESS = re.compile(
    r"[，,；;。？?！!\s]\s*(?:其中|尤其(?:是)?|特别是"
    # "并说明里面对X有没有量化要求": what the items say of X.
    r"|(?:并|并且|同时|另外)?(?:请)?(?:说明|指出|看看|标出)(?:一下)?(?:里面|其中|当中|这里面))"
    r"(?:针对|关于|涉及|有关|对)?"
    r"(?P<stress>[^。？?！!；;]+)[\s\S]*$"
)
# What the clause says of the things it names, which names none of them.
_ASKING = re.compile(
    r"(?:方面)?的?(?:问题|内容|情况|那条|那项|那一条)?(?:请|也)?(?:写得|说得|讲得)?(?:详细|具体|展开)"
    r"[^，,]*|的?是哪(?:一)?(?:条|项|个)|(?:方面)?的?(?:问题|内容|情况)$"
    r"|(?:有没有|有无|是否有)(?:量化|具体|明确)?的?(?:要求|规定|数字|指标)$"
    # "…的部分另外摘出来": the items about them, picked out.
    r"|的?(?:内容|部分|条目|句子)?(?:请|也)?(?:单独|另外|分别|专门)?(?:摘|挑|拎|列|找)(?:出来|出)[^，,]*"
)


# "在不足部分里就执法力量是怎么写的": a part of the report, then what it says of a thing.
_PART_ON = re.compile(
    r"^(?P<part>[^，,。？?！!]{2,30}?(?:部分|那块|这块|里面|里|中))(?:对|关于|就)"
    r"(?P<stress>[^，,。？?！!]{2,12}?)(?:是|都)?(?:怎么|如何|咋)(?:说|写|讲|表述)的"
)


def stressed(question: str) -> tuple[str, str]:
    """``question`` without its closing clause of things to say more of, and the things that
    clause names ("执法力量和调解队伍"); ``(question, "")`` when it has none. A part asked
    of what it says of a thing ("在不足部分里就执法力量是怎么写的") is that part's list, told
    more of under the thing."""
    part = _PART_ON.match(question)
    if part is not None:
        return f"{part['part']}写了什么？", part["stress"]
    found = _STRESS.search(question)
    if found is None or found.start() == 0:
        return question, ""
    if HOW_MANY.search(re.split(r"[，,]", found["stress"])[0]):
        # "…共100项，其中许可类多少项": a part's figure asked, nothing to say more of.
        return question, ""
    stress = _ASKING.sub("", found["stress"]).strip("，,、 ")
    return question[: found.start() + 1].rstrip("，,；; ") + "？", stress
