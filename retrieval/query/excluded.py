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
from retrieval.schema import Conversation

__all__ = [
    "aside_named",
    "excluding",
    "place_of_year",
    "read_after",
    "without_excluded",
    "year_reports",
    "year_spans",
]

_BEFORE = (
    r"除了|除去|除开|去掉|去除|拿掉|不算|别算|不要算|不用算|不计|不含|不包括"
    r"|剔除|剔掉|删掉|删除|排除|扣除"
)
_AFTER = r"去掉|拿掉|去除|不算|别算|不要算|不用算|除外|排除|剔除|剔掉|删掉|删除"
_SETS_ASIDE = re.compile(f"{_BEFORE}|{_AFTER}")
_EXCLUDING = re.compile(rf"(?:{_BEFORE})(?:掉)?(?:那个|那份)?[\s，,]*$")
_EXCLUDED_AFTER = re.compile(
    rf"(?:的)?(?:那份|那个|报告)?"
    # "叶城那份是2023年的，剔掉": why, said before what is done to it.
    r"(?:(?:是|为)[^，,。？?！!]{1,12}?(?:[，,\s]+|(?=那?就)))?"
    rf"(?:那就|就)?(?:也|都)?(?:{_AFTER})(?:了|吧|呢)?(?=[\s，,。？?！!]|$|再|重新)"
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
    r"(?:(?:只|仅)?(?:排|看|算|比)(?:一下|下)?(?:20\d\d年度?的?)?(?:[这那]?[两三四五六几][份家个]|剩下的?)?)?"
    rf"[\s，,。？?！!]*(?:{AGAIN})?[\s，,。？?！!]*"
    # "去掉叶城 它是23年的", "因为是累计数": why it is set aside asks nothing.
    r"(?:(?:因为|毕竟)?(?:它|他|那个|这个|那|这)?(?:是|算)(?:20\d\d年?度?的?|累计的?数?|[^，,。？?！!]{1,8}的)"
    r"(?:数|数字|报告)?(?:吧)?)?[\s，,。？?！!]*$"
)
# "叶城那个是2023年的，把它剔掉": the place named in the clauses before, set aside by a pointer.
_BARE_ASIDE = re.compile(rf"(?<=[，,\s])(?:那就|就|也|都)?(?:{_AFTER})(?=(?:吧|了)?[，,。！!\s])")
_POINTED_ASIDE = re.compile(rf"(?<=[把将])(?:它们?|这个|那个|这份|那份)(?=(?:也|都)?(?:{_AFTER}))")


def aside_named(question: str, spans: Callable[[str], list[tuple[int, int]]]) -> str:
    """``question`` with the pointer that sets a place aside replaced by the places named before
    it ("叶城那个是2023年的，把它剔掉" → "…，把叶城剔掉"), so that what it says of them first
    may be read as a preamble."""
    if pointed := _POINTED_ASIDE.search(question):
        start, end = pointed.span()
    elif bare := _BARE_ASIDE.search(question):
        # "叶城那份是2023年的，剔掉": set aside with no word for what; the places go after it.
        start = end = bare.end()
    else:
        # Most questions point at nothing set aside: their places are not looked for here.
        return question
    named = [(s, e) for s, e in sorted(spans(question)) if e <= start]
    if not named:
        return question
    places = "、".join(question[s:e] for s, e in named)
    return question[:start] + places + question[end:]


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
    if _NOTHING_LEFT.match(_without_reasons(rest, names)):
        if not before:
            return question, []
        rest = before
    return rest, names


# "不对，", "错了，": a correction, asking nothing.
_CORRECTION = re.compile(r"^(?:不对|不是|错了|等等|等一下|哦|啊)[吧呀啊了]?$")
# "不对再加一遍": a correction opening what is asked.
_CORRECTED = re.compile(r"^\s*(?:不对|错了|不是这样)[吧呀啊了]?[，,\s]*")
# "叶城那个不是2025年一年的数": why a place is set aside, said of it.
_REASON = re.compile(r"(?:那个|那份|的)?(?:数|数字)?(?:不是|是|算|属于|只是|为)")
_CLAUSES = re.compile(r"[^，,。；;！!]+[，,。；;！!]?")


def _without_reasons(rest: str, names: list[str]) -> str:
    """``rest`` without clauses that only correct the turn before ("不对，") or say why a place
    set aside is ("叶城那个不是2025年一年的数")."""
    kept = []
    for clause in _CLAUSES.findall(_CORRECTED.sub("", rest)):
        body = clause.strip(_PAUSES)
        named = next((n for n in names if body.startswith(n)), None)
        if _CORRECTION.match(body) or (named and _REASON.match(body[len(named) :])):
            continue
        kept.append(clause)
    return "".join(kept)


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


# "2023年那份", "2023年度的报告": the report of a year, pointed at.
_YEAR_REPORT = re.compile(r"(?P<year>20\d\d)年度?(?=的?(?:那份|那个|这份|报告))")
_YEAR_NAMED = re.compile(r"(?P<year>20\d\d)年度?")


def year_spans(text: str, catalog: Catalog) -> list[tuple[int, int]]:
    """Where ``text`` points at a report by a year the store holds ("把2023年那份去掉")."""
    years = {info.year for info in catalog.reports.values()}
    return [f.span() for f in _YEAR_REPORT.finditer(text) if int(f["year"]) in years]


def year_reports(text: str, catalog: Catalog) -> list[str] | None:
    """The reports of the year ``text`` is ("2023年"), or None when it is no year."""
    dated = _YEAR_NAMED.fullmatch(text.strip())
    if dated is None:
        return None
    return [s for s, info in catalog.reports.items() if info.year == int(dated["year"])]


def place_of_year(name: str, catalog: Catalog) -> str:
    """``name`` as written, or the places of the reports of the year it is: what a question
    asked again says it sets aside (a year left there would be read as a word to leave out)."""
    sources = year_reports(name, catalog)
    reports = [catalog.reports[source] for source in sources or []]
    return "、".join(info.region or info.title for info in reports) or name


def read_after(conversation: Conversation | None, dropped: list[str]) -> Conversation | None:
    """The turns a question setting ``dropped`` aside is read after: after a turn on one row
    of an order over every report, that order's question ("把叶城去掉，那四家谁第一")."""
    if conversation is None or not dropped or not conversation.across:
        return conversation
    return conversation.model_copy(update={"last_question": conversation.across})
