"""The words that frame what a question asks without naming a thing: the kinds a thing is
sorted into ("分成哪几类"), a count of each of them ("每类多少项"), the size asked ("是什么
规模"), the figures asked ("的数据是多少"). A sentence need not say them; they say how many of
its figures answer."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.verdict_cues import ADDED

__all__ = ["counts_each", "without_frames", "without_kinds"]

# A clause counting each of what another names ("每类多少项", "各多少钱").
_EACH_ONLY = re.compile(
    r"^(?:每一?[类项个种样]|各[类项]?|分别)(?:是|有|为)?(?:多少|几)[\u4e00-\u9fff]?[？?。！!\s]*$"
)
# "分哪几类", "分为几种": the kinds a thing is sorted into, not a thing.
_SORTED_INTO = re.compile(r"(?:分|分为|分成|包括)?(?:哪|多少|几)几?[类种项个方面]+")
# "是什么规模", "规模多大": the size asked, which a figure states; no thing.
_SIZE = re.compile(r"(?:是|有)?(?:什么|多大|多少)的?规模|规模(?:有|是)?多大")
# "热线的数据是多少": the figures asked, which a sentence states without the word.
_FIGURES = re.compile(r"的?(?:数据|数字)(?=(?:分别|各)?(?:是|有|为)?(?:多少|几))")
# "减免的钱一共多少": that the figure is a sum, which its parts, stated one by one, make.
_SUMMED = re.compile(rf"(?:{ADDED}|一共)(?=(?:是|有|为)?(?:多少|几))")
# "那两笔", "这几项": the figures told before, pointed at, no thing of their own.
_POINTED = re.compile(
    r"(?<=[的那这])(?:两|几|[三四五六七八九十])(?:笔|项|个|条|件|块)"
    rf"(?=的?(?:钱)?(?:{ADDED}|一共))"
)
_FRAMES = re.compile(
    f"{_SORTED_INTO.pattern}|{_SIZE.pattern}|{_FIGURES.pattern}|{_SUMMED.pattern}"
    f"|{_POINTED.pattern}"
)


def without_frames(topic: str) -> str:
    """``topic`` without the words that frame what it asks: the kinds a thing is sorted into
    ("分成哪几类"), the size asked ("是什么规模"), the figures asked ("的数据是多少"); they
    name no thing a sentence must say."""
    return _FRAMES.sub("", topic)


def without_kinds(clause: str) -> str:
    """``clause`` without the kinds it asks a thing is sorted into ("职权分哪几类" → 职权)."""
    return _SORTED_INTO.sub("", clause)


def counts_each(clause: str, names: Callable[[str], bool] = lambda text: False) -> bool:
    """True when ``clause`` counts each of what another clause names ("每类多少项"), or asks
    a size, which every figure of its sentence states ("是什么规模"), of no thing it names
    itself (``names``: "应急队伍规模有多大" asks the size of its own thing)."""
    if _EACH_ONLY.match(clause.strip()) is not None:
        return True
    return _SIZE.search(clause) is not None and not names(_SIZE.sub("", clause))
