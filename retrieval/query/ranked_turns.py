"""Follow-ups on a ranking that point at its rows by their places: "刚才排第二的那个办结了多少"
asks of the report ranked second, "第一跟最后差多少" weighs the first against the last."""

from __future__ import annotations

import re

from retrieval.query.places_asked import PLACES_COUNTED
from retrieval.schema import Answer
from retrieval.text.digits import whole_number
from retrieval.text.numbers import extract_numbers

__all__ = ["mentioned_places", "ranked_places", "with_ranked_places"]

# "排第二的那个", "第三名", "排在第一位的": a place in the ranking just given (an item of a
# list is counted in 条, 项, 点: "第二条" is no place of a ranking).
_NTH = re.compile(
    r"(?:刚才|上面|前面)?(?:(?P<ranked>排(?:在|名)?)第(?P<a>[一二三四五六七八九十\d]{1,2})(?:名|位)?"
    r"|第(?P<b>[一二三四五六七八九十\d]{1,2})(?:名|位)"
    r"|第(?P<c>[一二三四五六七八九十\d]{1,2})(?=(?:跟|和|与|同|比)))"
    r"(?:的)?(?:那个县|那个地方|那家|那份|那个|那)?"
)
# "最后那个", "倒数第二", "垫底的": from the end of the ranking.
_FROM_END = re.compile(
    r"(?:排)?(?:倒数第(?P<n>[一二三四五六七八九十\d]{1,2})(?:名|位)?|最后(?:一)?(?:名|位|个|家)?|垫底)"
    r"(?:的)?(?:那个县|那个地方|那家|那份|那个|那)?"
)

# "前两名的办结情况": the first places of the ranking, each asked of.
_FIRST_FEW = re.compile(r"前(?P<n>[两二三四五\d])(?:名|位|个|家)")


_WHICH = re.compile(r"谁|哪(?:个|家|份|里|位)|是哪")
# "它第四条是啥", "最多的那家下一步呢": the place the ranking put first, pointed at.
# ("最少的呢" asks the other end; a pointer before particles alone asks nothing of it.)
_FIRST_POINTED = re.compile(
    r"^(?:那么?)?(?:它(?!们)|这家|那家|该县|(?:最多|最高|第一)的那(?:个|家|份))"
    r"(?=[\u4e00-\u9fff]{2})(?![呢吗吧啊])"
)


def ranked_places(answer: Answer) -> list[str]:
    """The places of ``answer``'s ranking with a figure, first place first (the file of a
    report without a region), or of a comparison of three or more sides that orders them by
    its verdict; [] when it ranks nothing."""
    stated = [row for row in answer.rows or [] if row.value is not None]
    if answer.kind == "comparison" and len(stated) > 2 and _ORDERED.search(answer.answer):
        # "…，最多；其后依次为…": three or more sides weighed in order, first the most.
        values = [extract_numbers(row.value or "")[:1] for row in stated]
        if all(values):
            most = "最多" in answer.answer or "最高" in answer.answer
            ordered = sorted(zip(values, stated, strict=True), key=lambda v: v[0][0].value)
            stated = [row for _, row in (reversed(ordered) if most else ordered)]
            return [row.region or row.source for row in stated]
    sides = answer.rows or []
    if answer.kind == "comparison" and not stated and len({row.source for row in sides}) > 2:
        # Three sides weighed in several things at once (rows of no one figure): the sides.
        return list(dict.fromkeys(row.region or row.source for row in sides))
    if answer.kind != "ranking" or not answer.rows:
        return []
    return [row.region or row.source for row in stated]


_ORDERED = re.compile(r"其后依次为")


def mentioned_places(answer: Answer) -> tuple[list[str], list[str]]:
    """The places of the reports a mentions answer found (regions, and the files of reports
    without one), which "各自的数据是多少" asks of next; empty when it found fewer than two."""
    found = [row for row in answer.rows or [] if row.value is not None]
    if answer.kind != "mentions" or len(found) < 2:
        return [], []
    return [r.region for r in found if r.region], [r.source for r in found if not r.region]


def with_ranked_places(question: str, ranked: list[str]) -> str:
    """``question`` with the places of the ranking just given named instead of pointed at by
    their ranks; as it is when it points at none, or at one the ranking does not have."""
    if len(ranked) < 2 or _WHICH.search(question):
        # "排第三的是谁": the ranking asked again, which names the place at that rank.
        return question

    def nth(found: re.Match[str]) -> str:
        place = _at(found["a"] or found["b"] or found["c"], ranked)
        return place or found[0]

    def from_end(found: re.Match[str]) -> str:
        back = whole_number(found["n"]) if found["n"] else 1
        return ranked[-back] if back and back <= len(ranked) else found[0]

    def first_few(found: re.Match[str]) -> str:
        few = whole_number(found["n"].replace("两", "二"))
        return "和".join(ranked[:few]) if few and 1 < few <= len(ranked) else found[0]

    def all_of_them(found: re.Match[str]) -> str:
        many = whole_number(found["n"].replace("两", "二"))
        return "和".join(ranked) if many == len(ranked) else found[0]

    named = _FROM_END.sub(from_end, _NTH.sub(nth, question))
    named = _FIRST_POINTED.sub(lambda found: ranked[0], named, count=1)
    return PLACES_COUNTED.sub(all_of_them, _FIRST_FEW.sub(first_few, named), count=1)


def _at(said: str, ranked: list[str]) -> str | None:
    at = whole_number(said)
    return ranked[at - 1] if at and at <= len(ranked) else None
