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


def mention_scope(topic: str) -> tuple[str, frozenset[str]]:
    """``topic`` without the part of the reports it looks in, and that part's aspects (empty,
    with ``topic`` as it is, when it names none)."""
    # Each place a part may begin is tried ("哪些报告的问题部分": not "哪些报告的问题").
    at = 0
    while found := _PART.search(topic, at):
        aspects = own_sections(found["part"])
        # ("在问题整改中": a doing about problems, no part of a report.)
        if aspects and not _OTHER_WORDS.search(without_aspects(found["part"])):
            return topic[: found.start()] + topic[found.end() :], aspects
        at = found.start() + 1
    return topic, frozenset()
