"""Whether reports give an aspect a part of their own ("哪些报告单独写了存在的问题这一部分", "哪份
报告没有写下一步工作打算", "普兰的报告有没有专门的亮点章节"): answered from each report's
outline, not from its sentences, which may never say the part's name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.query.aspects import sections_asked
from retrieval.query.catalog import Catalog
from retrieval.query.routing import Route
from retrieval.query.sides import UNNAMED_SAID
from retrieval.types import Vocabulary

__all__ = [
    "SectionsHad",
    "part_words",
    "parts_had",
    "sections_had",
    "without_part_cues",
]

# A part of a report, named as such.
_PART = re.compile(r"部分|章节|一章|一节|专章|专节|板块|单元|篇幅")
# Given a part of its own: "单独写了", "专门列", "单列".
_OWN = re.compile(r"单独|专门|单列|专章|专节")
# Asked whether, or which reports: of no count, no items ("问题部分有哪些内容" lists them).
_WHETHER = re.compile(
    r"有没有|有无|是否|哪(?:些|几)?(?:份|个|家)?(?:报告|县|地方|家|份)|[都也]有|没有|没写|没列|缺少?|欠缺"
)
_ITEMS = re.compile(
    r"几[条项个点块]|多少|哪些(?:内容|问题|方面|条|项|措施|打算|亮点)|分别是|各是|都是什么"
)
# Lacking it asked: the reports without the part come first.
_LACKING = re.compile(r"(?<!有)没有|没写|没列|缺少?|欠缺|不设|未设|未写|未列")


class SectionsHad:
    """A question on whether reports give a thing a part of their own.

    Args:
        lacking: the question asks which reports lack it.
        aspect: the thing is an aspect reports give sections to (problems, plans, highlights);
            else a part is found by its heading's words ("讲第一责任人职责的部分").
    """

    def __init__(self, lacking: bool, aspect: bool = True) -> None:
        self.lacking = lacking
        self.aspect = aspect


def sections_had(
    topic: str, vocabulary: Vocabulary, titles: Sequence[str] = ()
) -> SectionsHad | None:
    """The reading of ``topic`` (its places and year aside) as a question on whether reports
    have a part on an aspect of their own (problems, plans, highlights), or None."""
    if not _WHETHER.search(topic) or _ITEMS.search(topic):
        return None
    named_part = bool(_PART.search(topic) or _OWN.search(topic))
    # Only the aspect is named ("哪份报告没有写下一步工作打算": a part's heading, lacked).
    core = without_part_cues(topic)
    lacking = bool(_LACKING.search(topic))
    if sections_asked(core, vocabulary, titles) is None:
        # "有没有专门一部分讲第一责任人职责": a part named, and what it is about.
        return (
            SectionsHad(lacking, aspect=False)
            if _PART.search(topic) and _OWN.search(topic)
            else None
        )
    return SectionsHad(lacking) if named_part or lacking else None


# The words of a question on a part that ask of it, not what it is about.
_CUES = re.compile(
    rf"{_PART.pattern}|{_OWN.pattern}|{_WHETHER.pattern}|讲|写|说|谈|涉及|关于|有关|的|一|了|吗|呢|[？?。！!，,\s]"
)


def without_part_cues(topic: str) -> str:
    """``topic`` without the words that ask whether a part is had ("单独", "部分", "没有"),
    its aspect's words left ("哪份报告没有写下一步工作打算" → "哪份报告  写下一步工作打算")."""
    return _LACKING.sub(" ", _OWN.sub(" ", _PART.sub(" ", topic)))


def part_words(topic: str) -> str:
    """What a part asked of is about, its cue words aside ("有没有专门一部分讲第一责任人职责"
    → "第一责任人职责")."""
    return _CUES.sub("", topic)


def parts_had(topic: str, routed: Route, vocabulary: Vocabulary, catalog: Catalog) -> str:
    """ "had" or "lacking" when ``topic`` (routed as ``routed``) asks whether reports have a
    part on a thing ("哪份报告没有写下一步工作打算"), read from their outlines; "" otherwise.
    One report's part on an aspect is its list ("额敏县的报告有没有专门写亮点"), and a report
    described ("没写县名那份") is no lack asked."""
    if routed.unknown_regions or UNNAMED_SAID.sub("", topic) != topic:
        return ""
    had = sections_had(topic, vocabulary, catalog.titles)
    if had is None or (had.aspect and (routed.regions or routed.files)):
        return ""
    return "lacking" if had.lacking else "had"
