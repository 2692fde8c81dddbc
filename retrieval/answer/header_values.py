"""The values a report states of its own attributes: under a label of its header table or
list, in its title (its region), or where its body opens (its year); and the span to cite for
each."""

from __future__ import annotations

import re

from retrieval.answer.structure import structure
from retrieval.lexicons import Field

__all__ = [
    "BODY_YEAR",
    "REGION",
    "REGION_CLUES",
    "body_year",
    "day_of",
    "field_value",
    "labelled_span",
    "region_value",
]

_DAY = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")
# A header cell holding only a template's placeholder ("〔〕号") states nothing.
_PLACEHOLDER = re.compile(r"[\s〔〕\[\]（）()【】号第:：\-—_/]*")
# The region a report is of: read from its title, not stated under a label.
REGION = "地区"
# A year that opens a sentence about the report's own place ("2025年,我县在法治政府建设上…").
_OWN_YEAR = re.compile(
    r"(?:^|(?<=[。\n]))\s*((?:19|20)\d{2}年)(?:以来)?[，,]?(?:我|本|全)(?:县|镇|乡|区|市)"
)
# The label of a year read from a report's body, not its title or header.
BODY_YEAR = "年份（据正文）"
# What a report with no place in its title says of its own place ("我县…", "全市首个…").
REGION_CLUES = "地区线索（据正文）"
# "我县", "本镇": the place a report speaks for; "全市", "全州": the one above it.
_OWN_PLACE = re.compile(r"(?:我|本)(?:县|镇|乡|区|市|旗)")
_ABOVE_PLACE = re.compile(r"全(?:市|州|地区|盟)")
# "党中央和省委、市委…": the levels of government above the place, which say what it is in.
_LEVELS_ABOVE = re.compile(r"(?:省|自治区|市|州|地)委")
_CLAUSE_MARK = re.compile(r"[，,。；;：:\n]")


def day_of(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The first date in ``text[start:end]`` as YYYY-MM-DD ("2025年12月31日" → "2025-12-31")."""
    found = _DAY.search(text, start, len(text) if end is None else end)
    return "-".join(f"{int(part):02d}" for part in found.groups()) if found else None


def field_value(source: str, text: str, field: Field) -> tuple[str, tuple[int, int]] | None:
    """The first of ``field``'s labels the report states a value under, and its span."""
    spans = structure(source, text).report.spans
    for label in (*field.labels, *field.stand_ins):
        span = spans.get(label)
        if span and not states_nothing(text[span[0] : span[1]]):
            return label, span
    return None


def region_value(source: str, text: str, region: str | None) -> tuple[str, tuple[int, int]] | None:
    """The region a report is of, where its title names it (a report that names none, such as
    one speaking only of "我县", states no region)."""
    title = structure(source, text).report.spans.get("标题")
    if region is None or title is None:
        return None
    at = text.find(region, *title)
    return (REGION, (at, at + len(region))) if at >= 0 else None


def region_clues(source: str, text: str) -> list[tuple[str, tuple[int, int]]]:
    """The clauses of a report's body that say what its place is, where its title names none:
    the first speaking of its own place ("我县在法治政府建设上…") and the first naming the
    place above it ("建成全市首个智慧检务中心")."""
    found: list[tuple[str, tuple[int, int]]] = []
    for pattern in (_OWN_PLACE, _ABOVE_PLACE, _LEVELS_ABOVE):
        for start, end in structure(source, text).report.body:
            said = pattern.search(text, start, end)
            if said:
                found.append((REGION_CLUES, _clause_around(text, said.start(), start, end)))
                break
    return found


def _clause_around(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` holding offset ``at``."""
    opening = max((m.end() for m in _CLAUSE_MARK.finditer(text, start, at)), default=start)
    closing = _CLAUSE_MARK.search(text, at, end)
    return opening, closing.start() if closing else end


def body_year(source: str, text: str) -> tuple[str, tuple[int, int]] | None:
    """The year a report's body says its own place worked in ("2025年，我县…"), or None."""
    for start, end in structure(source, text).report.body:
        found = _OWN_YEAR.search(text, start, end)
        if found:
            return BODY_YEAR, found.span(1)
    return None


def labelled_span(text: str, label: str, span: tuple[int, int]) -> tuple[int, int]:
    """What to cite for a value: from its label on the same line ("索 引 号 | K45…"), else its
    whole line (the title a year is read from, a signature line)."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    pattern = re.compile(r"\s*".join(map(re.escape, label)))
    found = [m.start() for m in pattern.finditer(text, line_start, span[0])]
    if found:
        return found[-1], span[1]
    line_end = text.find("\n", span[1])
    line = text[line_start : len(text) if line_end < 0 else line_end]
    start = line_start + len(line) - len(line.lstrip())
    return start, line_start + len(line.rstrip())


def states_nothing(value: str) -> bool:
    """True when a header cell holds only a template's placeholder ("〔〕号")."""
    return _PLACEHOLDER.fullmatch(value) is not None
