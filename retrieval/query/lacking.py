"""Which reports do not say a term: asked alone ("哪些县还没有提到X") or after which do ("哪些
县有，哪个没有", "提到X的有哪几份，没提到的又是哪几份")."""

from __future__ import annotations

import re

__all__ = ["asks_absence", "asks_both", "without_lacking"]

# "哪些县还没有提到X": the reports that do not say it ("有没有提到" asks whether any does).
# "哪家没搞X": a doing not done is a term not said too.
_NEGATED = re.compile(
    r"(?<!有)(?:没有|没|未|不曾)(?:提到|提及|写到|讲到|说到|涉及|谈到|提|写|搞|做|弄|干|开展)"
)
# "…哪些县有，哪个没有": which reports lack it, asked after which have it.
_LACKING = re.compile(
    r"(?:哪(?:个|些|几个|几份|份|家)|谁)(?:县|报告)?(?:没有|没写|没提|没)(?=[？?。！!\s]*$|[，,])"
    # "其他没写的也说一下": the others, which lack it, told too.
    r"|其[他余]的?(?:县|报告)?(?:没有|没)(?:写|提)?的?也?(?:说|列|讲|标|写)(?:一下|下|出来|上)?"
    r"(?=[？?。！!\s]*$|[，,])"
)
# "提到X的有哪几份，没提到的又是哪几份": those lacking it, asked after those saying it.
_LACKING_AFTER = re.compile(
    r"(?:^|(?<=[，,。？?\s]))(?:那|而)?(?:没有?|未)(?:提到|提|写到|写|说到|说|讲到|讲)(?:过)?的"
    r"(?:又|则)?(?:是|有)?哪(?:个|些|几个|几份|份|家)(?:报告)?(?:呢)?(?=[？?。！!\s]*$)"
)


def asks_both(topic: str) -> bool:
    """True when ``topic`` asks which reports lack its term besides which say it."""
    return bool(_LACKING.search(topic)) or ("哪" in topic[: _at(_LACKING_AFTER, topic)])


def _at(pattern: re.Pattern[str], topic: str) -> int:
    """Where ``pattern`` starts in ``topic``, or 0 when it is not there."""
    found = pattern.search(topic)
    return found.start() if found else 0


def asks_absence(topic: str) -> bool:
    """True when ``topic`` asks which reports do NOT mention its term."""
    return bool(_NEGATED.search(topic)) and not asks_both(topic)


def without_lacking(topic: str) -> str:
    """``topic`` without its clause asking which reports lack the term (no part of the term)."""
    return _LACKING_AFTER.sub("", _LACKING.sub("", topic))
