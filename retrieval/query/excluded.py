"""Places set aside from a question over every report: "各县行政复议案件数，除了叶城", or
"去掉叶城" after such a question, which asks it again without them.

The places named after "除了", "去掉", "不算" (and those joined to them by 和 or 、) are no
places the question is about: the answer covers every other report.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.catalog import Catalog
from retrieval.query.order import AGAIN
from retrieval.query.routing import Route

__all__ = ["excluding", "without_excluded"]

_BEFORE = r"除了|除去|除开|去掉|去除|拿掉|不算|不计|不含|不包括|剔除|排除|扣除"
_AFTER = r"去掉|拿掉|去除|不算|除外|排除|剔除"
_SETS_ASIDE = re.compile(f"{_BEFORE}|{_AFTER}")
_EXCLUDING = re.compile(rf"(?:{_BEFORE})(?:掉)?(?:那个|那份)?[\s，,]*$")
_EXCLUDED_AFTER = re.compile(
    rf"(?:的)?(?:那份|那个|报告)?(?:也|都)?(?:{_AFTER})(?:了|吧|呢)?(?=[\s，,。？?！!]|$)"
)
# "把叶城去掉", "再把那份没署县名的也去掉": what is set aside, led by 把 (and a pointer).
_TAKEN = re.compile(r"(?:把|将)\s*(?:那份|那个|这份|这个)?\s*$")
_PAUSES = "，,。？?！!；; "
_JOINED = re.compile(r"^[\s、和与及跟]*$")
# What is left of a turn that only set places aside ("去掉叶城呢"): nothing asked.
# "去掉叶城再排一下", "不算叶城的话呢": the answer before, set out again without it.
_NOTHING_LEFT = re.compile(
    rf"^[\s，,。？?！!呢吧的再后以外之外剩下的]*(?:的话)?[\s，,。？?！!呢吧]*(?:{AGAIN})?[\s，,。？?！!]*"
    # "把叶城县去掉，只排2025年的四份": the others, ordered again.
    r"(?:(?:只|仅)?(?:排|看|算|比)(?:一下|下)?(?:20\d\d年度?的?)?(?:[两三四五六几]份|剩下的?)?)?"
    r"[\s，,。？?！!]*$"
)


def without_excluded(
    question: str, before: str | None, spans: Callable[[str], list[tuple[int, int]]]
) -> tuple[str, list[str]]:
    """``question`` without the places it sets aside, and those places as written.

    Args:
        question: the question.
        before: the question asked just before, asked again when ``question`` only sets
            places aside ("去掉叶城"); None when there is none.
        spans: where a text names places.

    Returns:
        The question to plan and the places set aside ([] and ``question`` when none are).
    """
    if not _SETS_ASIDE.search(question):
        # Most questions set nothing aside: their places are not looked for again.
        return question, []
    named = sorted(spans(question))
    dropped: list[tuple[int, int]] = []
    for start, end in named:
        if dropped and _JOINED.match(question[dropped[-1][1] : start]):
            # "去掉叶城和普兰": a place joined to one set aside is set aside too.
            dropped[-1] = (dropped[-1][0], end)
        elif found := _EXCLUDING.search(question[:start]):
            dropped.append((found.start(), end))
        elif after := _EXCLUDED_AFTER.match(question, end):
            # "把没写县名那份去掉": the place, then what is done to it.
            led = _TAKEN.search(question[:start])
            dropped.append((led.start() if led else start, after.end()))
    if not dropped:
        return question, []
    # The place spans inside the stretches set aside.
    names = [question[s:e] for s, e in named if any(a <= s and e <= b for a, b in dropped)]
    rest = question
    for start, end in reversed(dropped):
        # "…，不含叶城加起来多少": the clause the places opened goes on after them.
        opened = start and rest[start - 1] in "，," and end < len(rest) and rest[end] not in _PAUSES
        rest = rest[: start - opened] + rest[end:]
    if _NOTHING_LEFT.match(rest):
        if not before:
            return question, []
        rest = before
    return rest, names


def excluding(
    routed: Route, places: list[str], catalog: Catalog, sources_of: Callable[[str], list[str]]
) -> Route:
    """``routed`` over every report it covers but those of ``places``.

    Args:
        routed: the question's route.
        places: the places set aside, as written.
        catalog: the stored reports.
        sources_of: the reports a text names (its places, or a report described).
    """
    gone = {source for place in places for source in sources_of(place)}
    kept = [s for s in (routed.sources(catalog) or list(catalog.reports)) if s not in gone]
    routed.regions, routed.files, routed.inherited = [], kept, False
    return routed
