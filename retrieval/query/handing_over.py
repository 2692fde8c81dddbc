"""How the asker wants the answer handed over, said in words of its own: a closing clause of
nothing but handing over ("帮忙整理一下", "数字帮我都带上", "整理成几条给我"), which rows a
table shows ("只列有数字的", "没有总数的写明怎么表述的"), and a thing asked with "也说下"
("专题培训情况也请说明下"). None of these names what is asked.
"""

from __future__ import annotations

import re

from retrieval.lexicons import delivery_words
from retrieval.query.asked_beside import REQUEST
from retrieval.text.words import full_jieba

__all__ = ["ONLY_FIGURED", "delivered", "without_tell_too"]

# "没有总数的写明具体怎么表述的": what a report without the figure says, which a table quotes.
_UNCOUNTED_SAID = re.compile(
    rf"^{REQUEST}(?:没有?|无|未给出?)(?:总数|数字|数据|总量|合计|具体数字?)的(?:报告)?(?:请|也)?"
    r"(?:写明|注明|说明|标明|写出|列出)(?:具体)?(?:是)?(?:怎么|如何)?(?:表述|写|说)?的?$"
)
# "只列有数字的", "没数字的不用列": the rows to show, which a table sets apart anyway.
ONLY_FIGURED = re.compile(
    r"^(?:只|仅)(?:列|要|看|写)(?:有|给出?了?)(?:具体)?(?:数字|数据|数)的(?:报告|县)?$"
    r"|^(?:没有?|无)(?:具体)?(?:数字|数据|数)的(?:就)?(?:不用|不必|无需|别)(?:列|写)(?:了)?$"
    rf"|{_UNCOUNTED_SAID.pattern}"
)
# "专题培训情况也请说明下": the thing named before it, asked too.
_TELL_TOO = re.compile(
    # (Not "其他没写的也说一下": the reports that lack it, told too.)
    r"(?<=[\u4e00-\u9fff])(?<!的)(?:也|还|再)(?:请|麻烦)?(?:说明|介绍|说|讲|谈)(?:一下|下)?"
    r"(?=[。？?！!，,；;]*$)"
)


def without_tell_too(clause: str) -> str:
    """``clause`` without the "也请说明下" after the thing it asks too."""
    return _TELL_TOO.sub("", clause)


def delivered(clauses: list[str], i: int, after: bool) -> bool:
    """True when clause ``i`` only says how the answer is handed over, after what is asked
    (``after``: a sentence before it); not after a clause naming figures, whose request it
    completes ("…的数字，帮我整理一下")."""
    body = clauses[i].strip().rstrip("，,；;。？?！! ")
    before = clauses[i - 1] if i else ""
    return (after or i > 0) and not _FIGURES_END.search(before) and _delivery_only(body)


_FIGURES_END = re.compile(r"(?:数字|数据|数)[，,；;\s]*$")


def _delivery_only(body: str) -> bool:
    """True when ``body`` is made only of words saying how the answer is handed over
    ("帮忙整理一下", "数字帮我都带上", "整理成几条给我"): it asks nothing of its own."""
    # Every word counts, a stopword too ("分别说下" asks each place's own).
    words = [w for w in full_jieba().cut(body) if w.strip()]
    return len(body) > 1 and bool(words) and all(w in delivery_words() for w in words)
