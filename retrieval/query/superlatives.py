"""The orders of a sentence that asks "which" once and then ranks several things by it ("哪个
县X最多、Y最多"): each thing is a ranking of its own, though only the first clause says which
places are ranked."""

from __future__ import annotations

import re

from retrieval.query.asked_beside import QUESTION_WORDS

__all__ = ["superlatives_each"]

_CLAUSES = re.compile(r"[、，,；;]|以及|还有")
# The places asked, said once ("哪个县", "哪家", "谁").
_WHICH = re.compile(
    r"哪(?:一)?(?:个|家|份|些)?(?:县|乡镇|镇|乡|地方|地区|单位|报告)|哪(?:一)?(?:个|家|份)|谁"
)
# The order asked at a clause's end: "最多", "最高", or a bare "多" after a thing.
_MOST = re.compile(r"(?:最|更|比较|较)?[多少高低早晚大小长短](?:一些|一点)?(?:呢|啊)?$")
_ASKS = re.compile(rf"{QUESTION_WORDS}|占比|比例")
# A later clause's own thing is no bare count word ("人数最多" of what?).
_LEAST_THING = 3


def superlatives_each(sentence: str) -> list[str]:
    """The rankings ``sentence`` asks, one per thing, each led by the places its first clause
    asks of ("哪个县A最多、B最多" → "哪个县A最多", "哪个县B最多"); [] unless it ranks two
    things or more that way."""
    clauses = [c.strip() for c in _CLAUSES.split(sentence.strip().rstrip("？?。！! "))]
    if len(clauses) < 2 or not all(clauses):
        return []
    first, later = clauses[0], clauses[1:]
    which = _WHICH.search(first)
    if which is None or not _MOST.search(first):
        return []
    for clause in later:
        most = _MOST.search(clause)
        thing = clause[: most.start()] if most else ""
        if not most or _ASKS.search(clause) or len(thing) < _LEAST_THING:
            return []
    return [first, *(which.group() + clause for clause in later)]
