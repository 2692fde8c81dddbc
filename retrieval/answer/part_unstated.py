"""A part of a whole asked ("法律援助案件里未成年人的有多少件") where the cited sentences give only
the whole or other parts: the answer says first that the part's figure is not stated, so the
whole's figure is never read as the part's."""

from __future__ import annotations

import re

from retrieval.lexicons import stopwords
from retrieval.query.plan import Plan
from retrieval.schema import Answer
from retrieval.types import Vocabulary

__all__ = ["with_part_unstated"]

# "X里Y有多少", "X中Y的有几件", "X其中Y多少": a part of a whole, counted.
_PART_OF = re.compile(
    r"(?P<whole>[\u4e00-\u9fff]{2,12}?)(?:里面|里头|当中|之中|其中|中|里)(?:有)?"
    r"(?P<part>[\u4e00-\u9fff]{2,12}?)的?(?:案件|案子|事项)?(?:有|是|占|为)?(?:多少|几)"
)
# "是关于…的", "涉及…的": how a part is said, no word of it.
_FRAMING = re.compile(r"^(?:是)?(?:关于|涉及|有关|属于)|(?:方面|相关|类)$")


def with_part_unstated(plan: Plan, answer: Answer, vocabulary: Vocabulary) -> Answer:
    """``answer`` opened by "报告未写明…的数字" when ``plan`` asks a part of a whole and no
    cited excerpt says a word of the part; else ``answer``."""
    if answer.abstained or not answer.citations:
        return answer
    found = _PART_OF.search(plan.topic)
    if found is None:
        return answer
    part = _FRAMING.sub("", found["part"])
    words = [w for w in vocabulary.words(part) if len(w) > 1 and w not in stopwords()]
    if not words:
        return answer
    said = "".join(c.excerpt for c in answer.citations)
    if any(word in said for word in words):
        return answer
    note = f"报告未写明{part}的数字，相关的数字如下："
    return answer.model_copy(update={"answer": f"{note}\n{answer.answer}"})
