"""A mentions question that also asks how many ("有没有报告写到X？如有，注明人数多少"): every
report's figure for X, laid out as a table, which names the reports that mention X too."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.mentioned import mentioned_term
from retrieval.query.shape import shape_of
from retrieval.types import Vocabulary

__all__ = ["counted_mentions"]

# "，人数多少", "如有，请注明…数量是多少", "各有多少人": a count asked in a clause after the
# one asking which reports say the thing.
_COUNT_AFTER = re.compile(
    r"(?:[，,。？?；;]|\s)\s*(?:如有|有的话|若有)?[，,]?\s*(?:请|烦请)?(?:注明|写明|说明|列出|标明)?"
    r"[^，,。？?；;\s]{0,12}?(?:(?P<noun>人数|个数|数量|次数|件数)(?:是|为|有)?(?:多少)?"
    r"|(?:各|分别)?(?:有|是)?多少(?P<measure>人次|场次|户次|[人个名件次场期户家条项])?)"
)
# "数字", "数据": figures of any kind, asked of no measure.
_ANY_FIGURE = re.compile(r"数字|数据|数值")
_REQUEST = re.compile(
    r"^(?:如有|有的话|若有)?[，,]?\s*(?:请|烦请)?(?:注明|写明|说明|列出|标明)?(?:是哪份报告|哪份报告|报告名称)?[、，,及和]?"
)


def counted_mentions(
    topic: str, vocabulary: Vocabulary, names_place: Callable[[str], bool]
) -> str | None:
    """The table question for a mentions ``topic`` that asks a count of what it names after
    asking which reports say it, or None; ``names_place``: whether a text names a report (a
    count asked of one report, "003那边多少", asks it of that report alone)."""
    found = _COUNT_AFTER.search(topic)
    if found is None or names_place(topic[found.start() :]):
        return None
    asked = topic[: found.start()]
    if names_place(asked):
        # ("那个没写是哪个县的报告，…多少人": a report described, no which-reports question.)
        return None
    # ("…写到的X，按人次排序" orders the reports: a ranking, no table.)
    knows = vocabulary.knows
    if shape_of(asked, 0, knows) != "mentions" or shape_of(topic, 0, knows) == "ranking":
        return None
    term = mentioned_term(asked, vocabulary)
    if term is None:
        return None
    if not (found["noun"] or found["measure"]) and _ANY_FIGURE.search(found[0]):
        # "有的话具体数字是多少": whatever figures each report gives, which its mention quotes.
        return f"{topic[: found.start()]}{topic[found.end() :]}".rstrip("，,。；; ") + "？"
    # The count as asked, without the request around it ("请注明是哪份报告、人数多少" → 人数多少).
    counted = _REQUEST.sub("", found[0].lstrip("，,。？?；; "))
    return f"{term.phrase}各报告{counted}"
