"""What a written ranking request ranks: the thing named in the clause that asks the order.

"请协助按行政复议案件数量对五份报告排序（从多到少），每个地方写明件数及报告原话的口径。"
ranks 行政复议案件数量; the clauses beside the order say how to lay the rows out, what to
note of each report and why it is asked, and their words ("口径", "件数", "原话") would be read
as the thing. A clause asking the order that names nothing ("从多到少排列") ranks what the
clause before it in the same sentence names; one ordering by a figure ("按参训人次排序")
ranks that figure of the field the clause before it names.
"""

from __future__ import annotations

import re

from retrieval.query.layout import ORDER_ASKED, without_layout
from retrieval.query.order import SUPPOSING
from retrieval.query.places_asked import (
    FIRST_PLACE,
    FIRST_PLACES,
    LAST_PLACE,
    NTH_PLACE,
    TOP_PLACE,
)
from retrieval.query.weights import ALL_REPORTS, weighty_words
from retrieval.types import Vocabulary

__all__ = ["ranked_clause"]

_ORDER = re.compile(
    rf"{ORDER_ASKED}|(?:从|由)(?:多到少|少到多|高到低|低到高|大到小|小到大)|(?<![安编并彩])排列"
)
_POSITION = re.compile(
    rf"{FIRST_PLACES}|{NTH_PLACE}|{FIRST_PLACE}|{TOP_PLACE}|{LAST_PLACE}|倒数|垫底"
    r"|最(?:多|少|高|低|大|小|早|晚)"
)
# "那如果按X来排呢": ordered another way, supposed.
_SUPPOSED = re.compile(rf"^{SUPPOSING}(?=按|以)")
_ORDERED_OBJECT = re.compile(
    r"(?:^|(?<=[，,；;。]))(?:请|烦请)?(?:协助)?(?:对|将|把)?(?P<x>[^，,；;。？?！!]{2,30}?)"
    r"(?:做一个|做个|进行|作)(?:横向|综合|统一)?(?:的)?(?:排序|排名|排列)"
)
_CLAUSE = re.compile(r"[^，,；;。？?！!]+[，,；;。？?！!]*")
_COUNTS = re.compile(r"多少|几[个件次人名项场]")
_SENTENCE_END = "。？?！!"
# "按参训人次排序": ordered by a figure, of the field said before.
_BY = re.compile(r"^(?:请|烦请)?(?:协助)?(?:再)?按照?")


def ranked_clause(topic: str, vocabulary: Vocabulary) -> str:
    """``topic`` cut to the clause asking the order (with the clause before it in its sentence
    when that one names what is ranked), or as it is when no clause asks an order."""
    # "全部五份报告中…排序": the reports as a whole, which every ranking orders; "对…件数做
    # 一个横向排序": what is ordered, put before the order.
    topic = _ORDERED_OBJECT.sub(r"\g<x>排序", re.sub(ALL_REPORTS, "", _SUPPOSED.sub("", topic)))
    clauses = _CLAUSE.findall(topic)
    ordering = [i for i, clause in enumerate(clauses) if _ORDER.search(clause)]
    if not ordering or len(clauses) < 2:
        return topic
    # "…评查情况需要排个序。请按抽查案卷数量从多到少排列": the order by a figure names it.
    by = [i for i in ordering if _BY.match(clauses[i]) and _names(clauses[i], vocabulary)]
    at = by[0] if by else ordering[0]
    # "…分别化解了多少起矛盾纠纷？按数量从多到少排出名次": a question before the order, of
    # the figures it orders, names them too.
    before = clauses[at - 1] if at else ""
    before = before if before[-1:] not in _SENTENCE_END or _COUNTS.search(before) else ""
    before = before if before and _names(before, vocabulary) else ""
    clause = clauses[at]
    if _names(clause, vocabulary) and not (before and _BY.match(clause)):
        used = {at}
    elif before:
        used = {at - 1, at}
    else:
        return topic
    # "复议案件排一下，前三和倒数的是谁": the places asked of the order stay with it.
    used |= {i for i, c in enumerate(clauses) if _POSITION.search(c)}
    return "".join(clauses[i] for i in sorted(used)).strip("，,；; ")


def _names(clause: str, vocabulary: Vocabulary) -> bool:
    """True when ``clause`` names a telling word the reports use ("换个角度" names none)."""
    return any(vocabulary.idf(word) for word in weighty_words(without_layout(clause), vocabulary))
