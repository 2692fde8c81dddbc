"""Clauses that say only how to lay the answer out ("排个序", "分报告列个表", "没数的也点出来").

An asker of a ranking or a table often adds, in words of their own, how the reports are to be
set out. Read as part of the thing asked, such words count in a measure of their own ("几家")
or weigh as words the reports never use. A clause that asks for an arrangement and names no
word of two characters or more that the reports weigh is taken out but for its layout cues
("从少到多", "排一下": the order asked stays); "按…排" closing a clause goes the same way
unless what it orders by is named ("按发布时间排").
"""

from __future__ import annotations

import re

from retrieval.query.asked_beside import READ_VERBS
from retrieval.query.fields import asked_fields
from retrieval.query.layout import layout_cues
from retrieval.query.weights import weighty_words
from retrieval.text.lexicon import synonyms
from retrieval.types import Vocabulary

__all__ = ["without_arranging"]

# Verbs and nouns of setting an answer out: order, list, table, mark.
_ARRANGING = re.compile(r"[排列表序]|点出来|标出来?|标上|写上|注明|拉个|整理|汇总|一览")
_CLAUSE = re.compile(r"[^，,；;。？?！!\s]+[，,；;。？?！!\s]*")
# "…按多少排", "按这个列一下": an order by something, closing the clause.
_ORDER_BY = re.compile(
    r"按(?P<by>[^，,；;。？?！!\s]{0,8}?)(?:来)?(?:排|列)[\u4e00-\u9fff]{0,3}(?=[，,；;。？?！!\s]*$)"
)

_ASKER_REMARK = re.compile(
    r"^(?!.*(?:多少|几|哪|什么|啥|吗|呢))[^，,；;。？?！!]*(?:我|我们|咱们|领导)"
    r"(?:要看|要用|想看|在看|关心|需要|急用|急着要)[^，,；;。？?！!]{0,4}[，,；;。？?！!\s]*$"
)
# A pause left before the end by a clause taken out ("…资料数，。").
_DANGLING = re.compile(r"[，,；;\s]+(?=[。？?！!]*$)")
_BY_REPORT = re.compile(r"(?:县|报告|地区|地方|乡镇|县市)(?:排?)")
# "按规模排", "按数量排": by the figure asked itself, whatever the reports call a 规模.
_THE_FIGURE = re.compile(r"^的?(?:规模|数量|数目|数额|总量|总数|大小|高低|数字)$")


# "给五份报告排个序", "对各县进行排名": the reports ordered, which every ranking orders.
_FOR_REPORTS = re.compile(
    r"(?:给|对|把|将)(?:这)?(?:[五几两三四六七八九十\d]+[份个家]|各份?|每份|所有|全部|这些|这几[份个家])?"
    r"(?:报告|县|地方|地区)(?:进行)?(?=[^，,。？?！!]{0,8}排)"
)


# "查阅叶城县报告和003号报告，各自…": a request to read the reports, their names cut out.
_READ_FIRST = re.compile(rf"^(?:请|烦请)?(?:协助)?(?:{READ_VERBS})[，,\s]*")
# "各报告写到的参训人次": what the reports state, which every row quotes.
_STATED = re.compile(r"(?:所)?(?:写到|提到|提及|写明|载明|记载|所写|所列)的(?=[\u4e00-\u9fff])")


def without_arranging(topic: str, vocabulary: Vocabulary) -> str:
    """``topic`` without the clauses after its first that say only how to arrange the answer,
    and without a closing "按…排" that orders by nothing the reports name; ``topic`` as it is
    when nothing would be left."""
    topic = _STATED.sub("", _FOR_REPORTS.sub("", _READ_FIRST.sub("", topic)))
    clauses = _CLAUSE.findall(topic)
    # "…，备案审查这块我要看": why the asker asks, said after the question, asks nothing.
    clauses = clauses[:1] + [c for c in clauses[1:] if not _ASKER_REMARK.search(c)]
    kept = clauses[:1] + [
        layout_cues(c) if _arranges_only(c, vocabulary) else c for c in clauses[1:]
    ]
    kept = [_ORDER_BY.sub(lambda m: _order_by(m, vocabulary), c) for c in kept]
    text = _DANGLING.sub("", "".join(kept)).rstrip("，,；; ")
    return text if text.strip("，,；;。？?！! ") else topic


def _arranges_only(clause: str, vocabulary: Vocabulary) -> bool:
    return bool(_ARRANGING.search(clause)) and not _names_anything(clause, vocabulary)


def _order_by(found: re.Match[str], vocabulary: Vocabulary) -> str:
    if _BY_REPORT.fullmatch(found["by"]) and "排列" in found.group():
        # "按县排列给个表", "按报告列下": a line a report, which a table is anyway.
        return ""
    if _names_anything(found["by"], vocabulary) and not _THE_FIGURE.match(found["by"]):
        return found.group()
    # "按多少排": an order by the figure asked; "按从少到多排" keeps its direction.
    return f"{layout_cues(found['by'])}排序"


def _names_anything(text: str, vocabulary: Vocabulary) -> bool:
    """True when ``text`` says a word of two characters or more that the reports use (itself
    or by a synonym) and that narrows them: the asker's own words ("排一排") name nothing."""
    if asked_fields(text):
        # "按成文日期排": a report's own attribute, which its header states.
        return True
    return any(any(map(vocabulary.idf, (w, *synonyms(w)))) for w in weighty_words(text, vocabulary))
