"""Follow-ups asked inside the part of a report just listed: "里面点名的法律有哪几部", "其中
要重点宣传什么" after the items of a section ask of that section, not of the whole report, so
that a part on past work saying the same words does not answer for the plans just listed."""

from __future__ import annotations

import re

from retrieval.schema import Answer

__all__ = ["ALL_LISTED", "asks_more_listed", "asks_within", "listed_section"]

# Said when the part asked again for more holds no more than was listed.
ALL_LISTED = "报告该部分的内容已全部列出，没有更多条目"

# "里面…", "其中…", "这部分里…", "这一块当中…": what the answer before set out, pointed into.
_WITHIN = re.compile(
    r"^(?:那|那么)?(?:在)?(?:这|那|上面|刚才)?(?:一?(?:部分|块|条|项|节)|几条|些)?"
    r"(?:里面|里头|其中|当中|之中|里边)"
)


# "还有别的吗", "还有没有": more of what was just listed.
_MORE = re.compile(
    r"^(?:那)?(?:还有|另外还有)(?:别的|其他|其它|没有)?(?:吗|么|呢|没)?[？?。！!\s]*$"
)


def asks_more_listed(question: str) -> bool:
    """True when ``question`` asks for more of what the turn before listed ("还有别的吗")."""
    return _MORE.match(question.strip()) is not None


def asks_within(question: str) -> bool:
    """True when ``question`` opens by pointing inside what was just listed ("里面…")."""
    return _WITHIN.match(question.strip()) is not None


def listed_section(answer: Answer) -> str:
    """The heading path of the part of one report ``answer`` lists (its first citation, the
    part's own heading); "" for any other answer."""
    if answer.kind != "list" or not answer.citations:
        return ""
    if len({citation.source for citation in answer.citations}) > 1:
        return ""
    return answer.citations[0].section
