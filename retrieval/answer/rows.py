"""Lines and rows of answers about several reports: how a report is named, what its line says.

Comparison, ranking, table and mentions answers give one line per report, led by the report's
name (its region, else its title, else its file name) and ending in the citation of its
sentence; ``Answer.rows`` holds the same per report (value as written, citation number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.answer.cite import citation
from retrieval.answer.pick import Figure
from retrieval.lexicons import light_verbs
from retrieval.query.catalog import Catalog
from retrieval.query.units import unit_family
from retrieval.schema import Answer, Citation, Row
from retrieval.text.lexicon import synonyms
from retrieval.text.numbers import extract_numbers
from retrieval.text.words import pos_tags
from retrieval.types import Passage, ReportInfo, report_name

__all__ = [
    "ELSEWHERE",
    "LISTED",
    "NAMED",
    "NONE_COUNTED",
    "NONE_RANKED",
    "NOT_STATED",
    "UNCOUNTED",
    "Lines",
    "members",
    "snippet",
    "unstated",
    "with_companions",
    "without_silent",
]

NOT_STATED = "未提及"
# Reports that speak of the thing without the figure asked.
UNCOUNTED = "未给出该数字，相关表述"
# No report gives the figure asked, though some speak of the thing.
NONE_COUNTED = "未找到与所问口径一致的数字。"
NONE_RANKED = "未找到与所问口径一致的数字，无法排序。"
# Reports without a row for a thing asked how it went that speak of it otherwise or elsewhere.
ELSEWHERE = "其他相关表述"
# Reports named one by one in a "未提及" line; more are counted.
NAMED = 10
# Reports given a cited line of their own in one answer.
LISTED = 30
_TRIM = "，,；;。：: "
_CLAUSE = re.compile(r"[^，,：:；;]+[，,：:；;]?")
_FIGURE = re.compile(r"\d")


def snippet(figure: Figure, head: str = "") -> str:
    """The words of the figure's sentence that state it, quoted: its clause (with the clause
    before when the clause alone names no two-character piece of ``head``), led by the period
    the sentence names for it ("2023年以来,…"; "…" marks words left out)."""
    text = figure.pick.text
    if not figure.written:
        return text.rstrip(_TRIM)
    clauses = _clauses(text)
    index = next((i for i, (s, e) in enumerate(clauses) if s <= figure.at < e), 0)
    start, end = clauses[index]
    if index and head and not _names_any(text[start:end], head):
        start = clauses[index - 1][0]
    period = text.rfind(figure.period, 0, start) if figure.period else -1
    if period < 0:
        return text[start:end].strip(_TRIM)
    if not text[period + len(figure.period) : start].strip(_TRIM):
        return text[period:end].strip(_TRIM)
    return f"{figure.period}…{text[start:end].strip(_TRIM)}"


def with_companions(figure: Figure, head: str = "", longest: int = 0, before: bool = False) -> str:
    """``snippet`` of the figure, run on through the clauses after it that state figures too
    ("…38件，调解和解率71.43%"): the figures a request asks beside the asked one; ``longest``:
    the run ends before a clause longer than this (0: none is too long); ``before``: the
    clauses stating figures right before it too ("打造法治长廊2个,…,法治文化广场1个")."""
    said = snippet(figure, head)
    text = figure.pick.text
    clauses = _clauses(text)
    index = next((i for i, (s, e) in enumerate(clauses) if s <= figure.at < e), None)
    if index is None or not figure.written:
        return said
    first = index
    while before and first > 0 and _FIGURE.search(text[slice(*clauses[first - 1])]):
        first -= 1
    if first < index:
        said = text[clauses[first][0] : clauses[index][0]].lstrip(_TRIM) + said.lstrip("…")
    last = index
    while last + 1 < len(clauses) and _FIGURE.search(clause := text[slice(*clauses[last + 1])]):
        if longest and len(clause.strip(_TRIM)) > longest:
            break
        last += 1
    if last == index:
        return said
    end = clauses[index][1]
    pause = text[end - 1] if text[end - 1] in "，,；;" else "，"
    return f"{said}{pause}{text[end : clauses[last][1]].strip(_TRIM)}"


def members(figure: Figure, thing: str) -> str:
    """The run of clauses around the figure's that each state a figure of a kind of ``head``
    the sentence names by another word ("打造法治长廊2个,法律图书角16个,法治宣传栏3个" for
    阵地), quoted; "" when the figure's clause names ``head`` itself or no such run is there."""
    text = figure.pick.text
    clauses = _clauses(text)
    index = next((i for i, (s, e) in enumerate(clauses) if s <= figure.at < e), None)
    if index is None:
        return ""
    # "阵地，公园长廊啥的": the noun whose kind the figure's clause names is the head asked,
    # not an example of it said after.
    nouns = [w for w, flag in pos_tags(thing) if flag.startswith("n") and synonyms(w)]
    at = text[slice(*clauses[index])]
    heads = [w for w in nouns if any(o in at for o in synonyms(w))] or nouns[-1:]
    if not heads:
        return ""
    head = heads[-1]
    others = synonyms(head)
    if head in text:
        return ""

    def kind(i: int) -> bool:
        clause = text[slice(*clauses[i])]
        return any(o in clause for o in others) and bool(_FIGURE.search(clause))

    if not kind(index):
        return ""
    first = index
    while first > 0 and kind(first - 1):
        first -= 1
    last = index
    while last + 1 < len(clauses) and kind(last + 1):
        last += 1
    if first == last:
        return ""
    return text[clauses[first][0] : clauses[last][1]].strip(_TRIM)


def like_run(figure: Figure) -> str:
    """The run of clauses around the figure's that each count in its measure's family
    ("…活动26场次,举办…讲座10余场次" for 普法活动: a report giving no total counts each doing
    of the field), quoted with the period its sentence names; "" when the figure's clause
    stands alone."""
    text = figure.pick.text
    clauses = _clauses(text)
    index = next((i for i, (s, e) in enumerate(clauses) if s <= figure.at < e), None)
    if index is None or figure.unit is None or _WHOLE.search(text[slice(*clauses[index])]):
        return ""
    # Each clause of the run counts a doing of one field: it shares a word with the figure's.
    words = _content_words(text[slice(*clauses[index])])

    def alike(i: int) -> bool:
        clause = text[slice(*clauses[i])]
        counts = [m for m in extract_numbers(clause) if not m.percent]
        return (
            bool(counts)
            and all(m.unit and unit_family(m.unit) == unit_family(figure.unit) for m in counts)
            and bool(words & _content_words(clause))
        )

    first = last = index
    while first > 0 and alike(first - 1):
        first -= 1
    while last + 1 < len(clauses) and alike(last + 1):
        last += 1
    if first == last:
        return ""
    start, end = clauses[first][0], clauses[last][1]
    run = text[start:end].strip(_TRIM)
    said = figure.period and text.rfind(figure.period, 0, start) >= 0
    return f"{figure.period}…{run}" if said and figure.period not in run else run


# "全年共计开展各类普法活动128场次": a whole, which its neighbours' counts are parts of or
# beside.
_WHOLE = re.compile(r"共计?|累计|总计|合计|各类|总数")


def _content_words(clause: str) -> set[str]:
    return {
        word
        for word, flag in pos_tags(clause)
        if len(word) > 1 and flag != "m" and word not in light_verbs()
    }


def _names_any(clause: str, head: str) -> bool:
    """True when ``clause`` says a two-character piece of ``head`` (a single shared character,
    合 of 合同 for 合法性, names nothing of it); for a one-character head, that character."""
    pieces = [head[i : i + 2] for i in range(len(head) - 1)] or [head]
    return any(piece in clause for piece in pieces)


def _clauses(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CLAUSE.finditer(text)]


class Lines:
    """The lines, citations and rows of an answer about several reports, built in order.

    At most ``LISTED`` reports get a cited line of their own: a store of a thousand reports
    would otherwise answer with a thousand lines. The others keep their row (value, no
    citation) and are counted in one line.
    """

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.citations: list[Citation] = []
        self.rows: list[Row] = []
        self._numbers: dict[tuple[str, int, int], int] = {}
        self._listed = 0
        self.unlisted = 0

    @property
    def full(self) -> bool:
        """True once ``LISTED`` reports have their own line."""
        return self._listed >= LISTED

    def cite(self, passage: Passage, start: int, end: int) -> int:
        """Cite a span; returns its number (a span cited before keeps its number)."""
        key = (passage.source, start, end)
        if key not in self._numbers:
            self.citations.append(citation(len(self.citations) + 1, passage, start, end))
            self._numbers[key] = len(self.citations)
        return self._numbers[key]

    def row(self, info: ReportInfo | Passage, value: str | None, n: int | None) -> None:
        """Add the report's row."""
        self._listed += n is not None
        # Built from stored metadata, already typed: thousands of rows skip validation.
        self.rows.append(
            Row.model_construct(
                source=info.source,
                region=info.region,
                title=info.title,
                year=info.year,
                value=value,
                n=n,
            )
        )

    def skip(self, info: ReportInfo | Passage, value: str | None) -> None:
        """A report past ``LISTED``: its row without a citation, counted in ``more``."""
        self.row(info, value, None)
        self.unlisted += 1

    def more(self, what: str) -> None:
        """The line that counts the reports left unlisted ("另有N份报告…")."""
        if self.unlisted:
            self.lines.append(f"另有{self.unlisted}份报告{what}（未逐一列出，可指明地区查询）")


def unstated(lines: Lines, sources: Sequence[str], catalog: Catalog) -> None:
    """Rows for reports that do not state it, and one line naming them (a few, then a count)."""
    infos = [catalog.reports[s] for s in sources if s in catalog.reports]
    if not infos:
        return
    for info in infos:
        lines.row(info, None, None)
    names = "、".join(report_name(info) for info in infos[:NAMED])
    more = f"等{len(infos)}份报告" if len(infos) > NAMED else ""
    lines.lines.append(f"{NOT_STATED}：{names}{more}")


def without_silent(answer: Answer) -> Answer:
    """``answer`` without its lines naming reports that state nothing of what was asked
    ("未提及：…", "未给出该数字，相关表述：" and the lines under it), and their rows."""
    kept: list[str] = []
    under = False
    for line in answer.answer.splitlines():
        if line.startswith(UNCOUNTED):
            under = True
            continue
        if under and line.startswith("- "):
            continue
        under = False
        if not line.startswith(f"{NOT_STATED}："):
            kept.append(line)
    rows = (
        [row for row in answer.rows or [] if row.value is not None] if answer.rows else answer.rows
    )
    return answer.model_copy(update={"answer": "\n".join(kept), "rows": rows})
