"""Questions on reports' own parts on an aspect (problems, plans, highlights), read as such.

"各县存在的问题分别有哪些" asks each report's section on its problems, "问题写了几条" how many
items it holds; neither names a figure. A count of a thing done to problems ("整改问题几条")
names a topic besides the aspect and stays a figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.query.across_shape import asks_every
from retrieval.query.aspects import sections_asked
from retrieval.query.layout import without_layout
from retrieval.query.list_shape import lists_items
from retrieval.query.plan import Kind
from retrieval.query.presenting import without_presenting
from retrieval.query.when import attribute_of
from retrieval.types import Vocabulary

__all__ = ["items_counted", "section_shape"]

# "问题写了几条", "分了几块", "有几个方面": how many items a report's own part holds.
_ITEMS_COUNTED = re.compile(
    # "有几大条": the items counted by their measure, 大 only weighing them.
    r"(?<!第)(?:几|多少)(?:大(?=[条点项]))?(?P<unit>个方面|方面|个部分|部分|大块|块|条|点|项|个(?!数))"
    r"|(?P<of>条|项|点)数"
)


def items_counted(topic: str) -> str | None:
    """The measure a question counts a part's items in ("条", "个方面"), or None."""
    found = _ITEMS_COUNTED.search(topic)
    return (found["unit"] or found["of"]) if found else None


# Shapes a question on reports' own parts may be read in first.
_SECTIONED: frozenset[Kind] = frozenset({"list", "table", "fact", "comparison", "ranking"})


def section_shape(
    topic: str, kind: Kind, placed: bool, vocabulary: Vocabulary, titles: Sequence[str]
) -> Kind | None:
    """The shape of a question on reports' own parts on an aspect, or None for another.

    Args:
        topic: the question without its places and year.
        kind: the shape read from its words.
        placed: whether it names places (or reports); each report is asked otherwise.
        vocabulary: the reports' word weights.
        titles: the stored reports' titles.

    Returns:
        ``table`` for each report's items ("各县存在的问题分别有哪些") or their count ("问题写了
        几条") asked of no place; ``list`` for a count asked of places named ("额敏县的问题有几
        条"); None for any other question.
    """
    if kind not in _SECTIONED:
        return None
    # ("那下一步打算呢 也一家一行": the items asked, then how to lay them out.)
    # ("五家下一步打算的标题做个表，我对照着看": the part asked, laid out, then what for.)
    first = without_layout(re.split(r"[，,。]", topic, maxsplit=1)[0])
    listed = lists_items(topic) or lists_items(without_presenting(topic)) or lists_items(first)
    counted = items_counted(topic) is not None
    # "哪份报告的问题最多": which part holds the most items.
    ranked = kind == "ranking" and not placed
    if not (counted or ranked or (listed and asks_every(topic) and not placed)):
        return None
    if attribute_of(topic):
        return None
    if sections_asked(topic, vocabulary, titles) is None:
        return None
    return "list" if placed else "table"
