"""The shape a question asks for read from its own words, before any turn before it is read:
the places it names, the report it describes and the words it quotes taken into account."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.aspects import own_sections
from retrieval.query.described import split_description
from retrieval.query.list_shape import ORDINAL_PART, names_heading
from retrieval.query.metadata_shape import asks_which_lack
from retrieval.query.plan import Kind
from retrieval.query.routing import Route
from retrieval.query.shape import names_mention, shape_of
from retrieval.query.sides import UNNAMED_SAID

__all__ = ["ACROSS", "BY_PLACE", "NO_CONTEXT", "own_shape"]

# Shapes that look at every report: they never inherit the previous question's region.
ACROSS: frozenset[Kind] = frozenset({"ranking", "table", "mentions"})
NO_CONTEXT: frozenset[Kind] = ACROSS | {"chitchat"}
# Shapes that set places side by side by a figure: one report per place.
BY_PLACE: frozenset[Kind] = frozenset({"ranking", "table"})

_QUOTED = re.compile(r"“[^“”]{1,40}”")
# "“首家”“第一个”这样的字眼，哪些报告里有": the words quoted stand for a kind, its instances asked.
_OF_QUOTED_KIND = re.compile(
    r"”(?:这类|这种|这样的|之类的?|一类的?|等)[^，,。？?！!]{0,8}[，,\s]*"
    r"[^，,。？?！!]{0,12}(?:哪些|哪几|有没有|有无)"
)
# "那段原文", "这一部分的全文": a passage of the report asked whole.
_PASSAGE_ASKED = re.compile(r"[那这]一?(?:段|部分|节)(?:的)?(?:原文|原话|全文|内容)")
# "原文怎么写的", "具体怎么说的", "那句话": the report's own words asked.
_SAID_ASKED = re.compile(
    r"(?:原文|原话|原句)|(?:怎么|如何|咋)(?:说|写|讲|表述)的|(?:那|这)(?:句|样的)话"
)


def own_shape(question: str, routed: Route, knows: Callable[[str], bool]) -> Kind:
    """The shape ``question`` (routed as ``routed``) asks for by its own words.

    Args:
        question: the question as heard.
        routed: the places, reports and years it names.
        knows: whether a word occurs in the reports.
    """
    topic = routed.topic(question)
    # A report named by its file ("003那个县") is a side as a region is.
    sides = len(routed.regions) + len(routed.files)
    # A report named by its number ("003号报告") is a report the question is about, though
    # its words leave the topic: "…是哪一年的" asks its metadata.
    named = "报告" if routed.files and "报告" not in topic else ""
    # "没标题的那份报告，…多少": what the report lacks says which it is, not what is asked;
    # "哪份报告没写是哪个县的" asks which report lacks it.
    lacking = not sides and asks_which_lack(topic)
    unnamed = UNNAMED_SAID.sub("", topic)
    shaped = topic if lacking else unnamed
    # "没署县名那个，问题写了哪几条": the report described is a side, as one named is.
    described_side = not lacking and unnamed != topic
    if described_side and "报告" not in unnamed:
        named = "报告"
    # "“末位表态”是哪个报告里的": words quoted are a name, no cue of the shape asked.
    # "“存在的问题”列出来": a quoted heading of a section of its own asks that section.
    shaped = _QUOTED.sub(
        lambda m: m[0] if own_sections(m[0]) or names_heading(m[0]) else "“…”", shaped
    )
    kind = shape_of(named + shaped, sides + described_side, knows)
    # ("“以案释法”", "“某某经验”": a name holding an aspect's word, 经验, is no heading.)
    quotes = _QUOTED.findall(topic)
    quoted = [q for q in quotes if not names_heading(q)]
    # ("“存在的问题”里第（二）条…原文怎么写的": a part of the report, named, is listed.)
    parted = len(quoted) < len(quotes) or ORDINAL_PART.search(topic) is not None
    if sides == 1 and quotes and _PASSAGE_ASKED.search(topic):
        # "额敏报告“…”那段原文给我": the part the quoted words head, in its own words.
        return "list"
    if kind == "list" and sides == 1 and quoted and not parted and _SAID_ASKED.search(topic):
        # "叶城报告里“以案释法”原话是怎么写的": the report's sentences saying the words quoted.
        return "mentions"
    if quoted and not sides and _OF_QUOTED_KIND.search(topic):
        # "“首家”“第一个”这样的字眼，哪些报告里有": where the words quoted are said.
        return "mentions"
    # "…的那个县，自己说还有哪些差距" reads as which reports say something, but names one
    # report by what it says: its question is shaped as one named region's. "提到X的报告有
    # 哪些" asks which reports say X; "…最多的县是哪个" ranks them (no mentions question).
    described = split_description(unnamed) if kind in ("mentions", "table") else None
    if described and not sides and not names_mention(described[0]):
        own = shape_of(described[1], 1, knows)
        kind = kind if own in ACROSS else own
    return kind
