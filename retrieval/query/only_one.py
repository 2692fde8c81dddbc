"""Whether only one report does something: "X是不是只有Y在搞", "只有Y提到了X吗". Which reports
say X answers it, each quoted: the asker sees whether Y is alone. A place guessed beside a
question over every report ("…哪个县最多？是不是叶城？") is answered by the ranking, which sets
each place in its place: the guess narrows nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.across_shape import SUPERLATIVE

__all__ = ["only_one_asked", "without_guessed"]

_DOES = r"(?:在|才)?(?:搞|做|开展|推行|推|有|提到?|提及|写到?|讲到?|说到?)了?"
_ONLY = r"(?:是不是|是否|难道|就)?只有"
_ENDS = r"(?:吗|啊|吧|呢|么)?[？?。！!\s]*$"
# "X是不是只有Y在搞": the thing first; "只有Y搞了X吗": the thing after what is done.
_THING_FIRST = re.compile(
    rf"^(?P<thing>[^，,。？?！!]{{2,20}}?){_ONLY}[^，,。？?！!]{{1,12}}?{_DOES}{_ENDS}"
)
_THING_AFTER = re.compile(
    rf"^{_ONLY}[^，,。？?！!]{{1,12}}?{_DOES}(?P<thing>[^，,。？?！!]{{2,20}}?)(?:这个|这项|这件事)?{_ENDS}"
)


def only_one_asked(question: str) -> str | None:
    """The which-reports question ``question`` asks when it asks whether only one report does
    something ("法律明白人是不是只有那个镇在搞" → "哪些报告提到了法律明白人"), or None."""
    found = _THING_FIRST.match(question.strip()) or _THING_AFTER.match(question.strip())
    if found is None:
        return None
    thing = found["thing"].strip("的 ")
    return f"哪些报告提到了{thing}" if thing else None


# What a clause naming a place says of it as a guess: "是不是", "排第几", "是第一吗".
_GUESS = re.compile(
    r"^(?:难道|估计|应该|大概)?(?:是不是|是否是?|会不会是|就是|是)(?:吧|吗|呢|啊)?$"
    r"|^(?:排|排在|排名|位列|能排|排到)?(?:第几|第几名|第几位|多少名|什么位置)(?:呢|啊)?$"
    r"|^(?:是|排)?(?:第一|最多|最高|最少|最低|垫底)(?:吗|吧|呢)?$"
    # "额敏有没有写": whether it is among them, which its line (or "未提及") tells.
    r"|^(?:有没有|是否|有无)(?:写|提到?|说|讲)?到?(?:吗|呢)?$|^(?:也)?(?:写|提|说|讲)(?:了|到)?(?:没有?|吗)$"
)
_CLAUSE = re.compile(r"[^，,？?。；;！!\s]+")


def without_guessed(question: str, spans: Callable[[str], list[tuple[int, int]]]) -> str:
    """``question`` without its clauses that guess a place ("是不是叶城", "额敏排第几") beside a
    clause asking which of all reports leads; ``spans``: where a text names places."""
    clauses = list(_CLAUSE.finditer(question))
    named = spans(question)
    placed = [any(c.start() <= a < c.end() for a, _ in named) for c in clauses]
    ranks = any(
        SUPERLATIVE.search(c[0]) and re.search(r"哪|谁", c[0]) and not p
        for c, p in zip(clauses, placed, strict=True)
    )
    guessed = [
        c
        for c, p in zip(clauses, placed, strict=True)
        if p
        and _GUESS.match("".join(ch for i, ch in enumerate(c[0]) if not _in(c.start() + i, named)))
    ]
    if not ranks or not guessed:
        return question
    kept = question
    for c in reversed(guessed):
        kept = kept[: c.start()] + kept[c.end() :]
    return kept.strip("，,；; ")


def _in(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)
