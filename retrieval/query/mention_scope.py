"""The part of the reports a "which reports mention X" question looks in ("哪些报告在存在问题
里提到了X", "下一步打算部分写了X的有哪些"): a part a report gives a section of its own (its
problems, its plans), named before or after the mention."""

from __future__ import annotations

import re

from retrieval.query.aspects import own_sections, without_aspects

__all__ = ["mention_scope"]

# "在存在问题里", "的问题部分", "存在问题这一块": a part of the report, pointed into.
_PART = re.compile(
    r"(?:在|从|的|^|(?<=[，,\s]))(?:报告的?)?(?P<part>[\u4e00-\u9fff]{2,8}?)"
    r"(?:(?:部分|一节|章节|[这那]一?块|[这那]部分)(?:里面|里头|里|中|当中)?|里面|里头|里|中|当中)"
)

_OTHER_WORDS = re.compile(r"[^\s的与和及、]")
# "把X当成问题写进去", "将X列为不足": X, said in that part.
_TAKEN_AS = re.compile(
    r"(?:当成|当作|作为|列为|列入|算作|归为)了?(?:一[个条项])?(?P<part>[\u4e00-\u9fff]{2,4}?)"
    r"(?:来)?(?:写进去|写进|写入|写上|列出|提出|写了|来写|写)?了?(?=[？?。！!，,\s]|$)"
)
# The 把 that put X before the verb, once X stands alone.
_HELD = re.compile(r"(?:(?<=报告)|(?<=哪家)|(?<=哪个)|(?<=哪些)|(?<=几个)|(?<=几份)|^)(?:把|将)")


def mention_scope(topic: str) -> tuple[str, frozenset[str]]:
    """``topic`` without the part of the reports it looks in, and that part's aspects (empty,
    with ``topic`` as it is, when it names none)."""
    # "哪些报告把X列为不足": X written as one of its problems.
    taken = _TAKEN_AS.search(topic)
    if taken and own_sections(taken["part"]):
        rest = topic[: taken.start()] + topic[taken.end() :]
        return _HELD.sub("", rest, count=1), own_sections(taken["part"])
    # Each place a part may begin is tried ("哪些报告的问题部分": not "哪些报告的问题").
    at = 0
    while found := _PART.search(topic, at):
        aspects = own_sections(found["part"])
        # ("在问题整改中": a doing about problems, no part of a report.)
        if aspects and not _OTHER_WORDS.search(without_aspects(found["part"])):
            return topic[: found.start()] + topic[found.end() :], aspects
        at = found.start() + 1
    return topic, frozenset()
