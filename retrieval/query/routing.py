"""Report routing: which stored reports a question is about (region, year), and follow-ups."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from retrieval.query.names import (
    GENERIC,
    Names,
    abbreviations,
    place_before,
    places_in,
    region_forms,
)
from retrieval.text.digits import parse_chinese_numeral
from retrieval.types import ReportInfo

__all__ = ["Catalog", "Route", "region_forms", "resolve_followup", "route"]

# A year, not the digits of a code or a date written with dashes ("K45893645/2026-00379").
_YEAR = re.compile(r"(?<![A-Za-z0-9/／\-])(20\d{2})(?![0-9\-/／])\s*年?")
# A report named by the number its file name starts with: before 报告 or a word pointing at it
# ("003号报告", "3那份", "003号和叶城"), or anywhere when written with its leading zeros
# ("额敏、003这几家", "003号文件": the files are the reports), as no count or date is; a
# document's number ("〔2025〕003号", "3号文件") is no report's.
_FILE_NUMBER = re.compile(
    r"(?<![\d.〕\]])(?:(?P<n>\d{1,4})(?=号?报告|号?(?:那|这)(?:份|个)|号(?:[和跟与同及、？?。！!，,\s这那比的]|$))"
    r"|(?<![-/年月第〔\[])(?P<padded>0\d{1,3})(?![\d.\-/%年月日时点〕\]])(?!号(?![是说讲里中文])))"
)
# What joins two names ("A和B", "A、B", "A跟B").
_JOINER = re.compile(r"\s*(?:和|跟|与|同|及|以及|、|,|，|/)\s*")
# "第4份报告", "第二份": a report by its place among the stored ones.
_NTH_REPORT = re.compile(r"第(?:(?P<n>\d{1,3})|(?P<cn>[一二三四五六七八九十]{1,3}))份(?:报告)?")
# What a region's name adds to the county named for it: a township ("(县)克孜勒陶镇").
_TOWN_OF = re.compile(r"(?:县|市|区|旗)?[\u4e00-\u9fff]{1,10}(?:镇|乡|街道)")
_LEADING_NUMBER = re.compile(r"^(\d{1,4})[_\-. ]")
# The words after a report's file name or number that point at it ("这份报告里", "号报告",
# "号报告中的县").
_FILE_TAIL = re.compile(
    r"(?:号)?(?:这份|那份|这个|那个)?(?:报告|文件|县|地方|地区|镇)?(?:里|中)?"
    # "003号报告中的县", "003报告所述县": the place the report is of.
    r"(?:[（(][^（()）]{1,12}[）)])?(?:(?:的|所述的?|所说的?)(?:那个)?(?:县|地方|地区))?"
)
# "额敏呢？那边现在多少人持证": a sentence naming only the place, then the question of it.
_ONLY_PLACE = re.compile(
    r"^(?:那么?|还有)?的?(?:(?:那|这)(?:边|里|儿))?的?(?:情况)?呢[？?。！!，,\s]+(?=\S)"
)
# A follow-up like "那普兰县呢？" holds nothing but a region, a year and these fillers.
_FILLER = re.compile(
    r"还有|另外|(?:那|这)(?:边|里|儿)|[那么呢吗又还的情况怎样如何这个方面请问呀啊吧和与及、？?，,。！!\s]|"
    r"怎么样|同样|也是|相比|对比"
)


@dataclass(frozen=True)
class Catalog:
    """What the store holds: file name → its ``ReportInfo``."""

    reports: dict[str, ReportInfo]

    @classmethod
    def from_store(cls, reports: dict[str, dict[str, Any]]) -> Catalog:
        """Build from ``ChunkStore.reports()``."""
        return cls(
            {
                source: ReportInfo(
                    source=source,
                    title=str(meta.get("title") or source),
                    region=meta.get("region"),
                    year=meta.get("year"),
                    published=meta.get("published"),
                )
                for source, meta in reports.items()
            }
        )

    @cached_property
    def aliases(self) -> Names:
        """Every name of every stored region, and which region each names."""
        pairs = sorted(
            ((form, region) for region in self.regions for form in region_forms(region)),
            # An exact region name beats the same name as a unit of another.
            key=lambda pair: pair[0] != pair[1],
        )
        owner: dict[str, str] = {}
        for form, region in pairs:
            owner.setdefault(form, region)
        # "克镇" for 克孜勒陶镇: a township's first character and its unit, where no other
        # stored region shortens alike and no name says it already.
        short = [(abbreviation, r) for r in self.regions for abbreviation in abbreviations(r)]
        counts = Counter(abbreviation for abbreviation, _ in short)
        for abbreviation, region in short:
            if counts[abbreviation] == 1:
                owner.setdefault(abbreviation, region)
        return Names(owner)

    @cached_property
    def _file_names(self) -> Names:
        # Names of three characters or fewer are too likely to be words of a question.
        owner: dict[str, str] = {}
        for source in self.reports:
            for name in (source, source.rsplit(".", 1)[0]):
                if len(name) > 3:
                    owner.setdefault(name, source)
        return Names(owner)

    def files_named(self, question: str) -> list[tuple[tuple[int, int], str]]:
        """The reports ``question`` names by file name (with or without its extension) or by
        the number it starts with ("003号报告", "003那个县"), with where (the words pointing
        at it after the name included)."""
        found = self._file_names.find(question)
        taken = [span for span, _ in found]
        for number in _FILE_NUMBER.finditer(question):
            source = self._numbered.get(int(number["n"] or number["padded"]))
            if source and not any(a <= number.start() < b for a, b in taken):
                found.append((number.span(), source))
        # "第4份报告": the fourth report in the store's order of file names.
        for nth in _NTH_REPORT.finditer(question):
            at = int(nth["n"]) if nth["n"] else int(parse_chinese_numeral(nth["cn"]) or 0)
            if 0 < at <= len(self._ordered):
                found.append((nth.span(), self._ordered[at - 1]))
        return sorted(((start, _pointed(question, end)), source) for (start, end), source in found)

    @cached_property
    def _ordered(self) -> list[str]:
        """The stored reports by file name (sorted once, not for every question)."""
        return sorted(self.reports)

    @cached_property
    def _numbered(self) -> dict[int, str]:
        """The reports by the number their file name starts with ("003_…"), where one has it."""
        owners: dict[int, list[str]] = {}
        for source in self.reports:
            lead = _LEADING_NUMBER.match(source)
            if lead:
                owners.setdefault(int(lead.group(1)), []).append(source)
        return {n: sources[0] for n, sources in owners.items() if len(sources) == 1}

    @cached_property
    def regions(self) -> list[str]:
        """Distinct known regions, longest first."""
        found = {info.region for info in self.reports.values() if info.region}
        return sorted(found, key=lambda region: (-len(region), region))

    def sources_for(self, region: str | None = None, year: int | None = None) -> list[str]:
        """Reports matching a region (or one of its units) and/or a year."""
        return sorted(
            source
            for source, info in self.reports.items()
            if (region is None or _names(info.region, region))
            and (year is None or info.year == year)
        )

    def latest(self, sources: Iterable[str] | None = None) -> list[str]:
        """Of ``sources`` (every report when None), each region's reports of its latest year;
        a report that names no region or year is kept (nothing says it was superseded)."""
        infos = [self.reports[s] for s in (self.reports if sources is None else sources)]
        newest: dict[str, int] = {}
        for info in infos:
            if info.region and info.year is not None:
                newest[info.region] = max(newest.get(info.region, info.year), info.year)
        return sorted(
            info.source
            for info in infos
            if not info.region or info.year is None or info.year == newest[info.region]
        )


@dataclass
class Route:
    """The outcome of routing one question."""

    regions: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    # Every place the question names, stored or not, in the question's order.
    named: list[str] = field(default_factory=list)
    unknown_regions: list[str] = field(default_factory=list)
    year: int | None = None
    year_span: tuple[int, int] | None = None
    # The previous question's topic, when a follow-up inherits its region.
    context: str = ""
    # True when ``regions`` were carried over from the previous question, not named.
    inherited: bool = False
    # Reports the question names by file name (as answers name a report without a title).
    files: list[str] = field(default_factory=list)
    # Where the question first names each region and file.
    where: dict[str, int] = field(default_factory=dict)
    # Regions named by the county they lie in ("阿克陶县" for 阿克陶县克孜勒陶镇): the report
    # is of a part of the place asked about.
    broader: dict[str, str] = field(default_factory=dict)
    # "普兰2025年、叶城2023年各…": a year said right after a region is its own.
    years: dict[str, int] = field(default_factory=dict)
    # The other years' mentions, cut from the topic as the first one is.
    year_spans: list[tuple[int, int]] = field(default_factory=list)

    def sources(self, catalog: Catalog) -> list[str] | None:
        """Reports to search, or None for all of them."""
        if self.files and not self.regions:
            return sorted(self.files)
        if not self.regions and self.year is None:
            return None
        if not self.regions:
            return catalog.sources_for(year=self.year)
        found: set[str] = set(self.files)
        for region in self.regions:
            found.update(catalog.sources_for(region, self.years.get(region, self.year)))
        return sorted(found)

    def year_cuts(self) -> list[tuple[int, int]]:
        """The spans of the question's year mentions."""
        return [*([self.year_span] if self.year_span else []), *self.year_spans]

    def topic(self, question: str) -> str:
        """The question with region and year mentions removed: what is asked about."""
        cuts = sorted([*self.spans, *self.year_cuts()])
        out: list[str] = []
        cursor = 0
        for start, end in cuts:
            between = question[cursor:start]
            # "额敏和叶城的…": the word joining two names goes with them.
            out.append("" if out and _JOINER.fullmatch(between) else between)
            cursor = max(cursor, end)
        out.append(question[cursor:])
        return _ONLY_PLACE.sub("", "".join(out))


def _own_years(question: str, ends: dict[str, int], result: Route) -> None:
    """Each region's own year, when the question names regions each with a year of its own
    right after it ("普兰2025年、叶城2023年各…"); the later years' spans."""
    found = list(_YEAR.finditer(question))
    if len({m.group(1) for m in found}) < 2:
        return
    for mention in found:
        for region, end in ends.items():
            if question[end : mention.start()] in ("", "的"):
                result.years[region] = int(mention.group(1))
    result.year_spans = [m.span() for m in found[1:]]


def _pointed(question: str, end: int) -> int:
    """Where the words pointing at a report named up to ``end`` ("这份报告里") end."""
    tail = _FILE_TAIL.match(question, end)
    return tail.end() if tail else end


def _names(stored: str | None, region: str) -> bool:
    """True when ``region`` is the stored region or one of its units (阿克陶县 of a township)."""
    return stored is not None and (stored == region or region in _forms(stored))


@lru_cache(maxsize=65536)
def _forms(region: str) -> frozenset[str]:
    # sources_for looks at every stored report per question: 10,000 reports made this most of
    # a question's time.
    return frozenset(region_forms(region))


def route(question: str, catalog: Catalog, gazetteer: frozenset[str] = frozenset()) -> Route:
    """Find the regions and year a question names.

    Args:
        question: the question.
        catalog: the stored reports.
        gazetteer: place names (e.g. 喀什市) that are not in the store, to recognise questions
            about a region with no report.
    """
    result = Route()
    taken = [False] * len(question)
    first_seen: dict[str, int] = {}
    ends: dict[str, int] = {}
    for (start, end), region in catalog.aliases.find(question):
        ends.setdefault(region, end)
        if _TOWN_OF.fullmatch(region[end - start :]) and region.startswith(question[start:end]):
            result.broader[region] = question[start:end]
        taken[start:end] = [True] * (end - start)
        result.spans.append((start, end))
        first_seen.setdefault(region, start)
    # "西藏普兰县", "新疆额敏": a place name right before a stored region is where it lies.
    for start, _ in list(result.spans):
        lying = place_before(question, start)
        if lying and not any(taken[start - len(lying) : start]):
            taken[start - len(lying) : start] = [True] * len(lying)
            result.spans.append((start - len(lying), start))
    # Regions in the order the question names them (a comparison answers in that order).
    result.regions = sorted(first_seen, key=first_seen.__getitem__)
    for name in places_in(question, gazetteer):
        start = question.find(name)
        if not any(taken[start : start + len(name)]) and not GENERIC.match(name):
            result.unknown_regions.append(name)
            result.spans.append((start, start + len(name)))
            first_seen.setdefault(name, start)
    result.named = sorted(first_seen, key=first_seen.__getitem__)
    for (start, end), source in catalog.files_named(question):
        # "第四份报告（003…）": one report named twice is one side.
        if source not in result.files:
            result.files.append(source)
        result.spans.append((start, end))
        first_seen.setdefault(source, start)
    result.where = first_seen
    if year := _YEAR.search(question):
        result.year, result.year_span = int(year.group(1)), year.span()
        _own_years(question, ends, result)
    return result


def resolve_followup(
    question: str,
    result: Route,
    catalog: Catalog,
    last_question: str | None,
    last_regions: list[str],
    gazetteer: frozenset[str] = frozenset(),
) -> str | None:
    """Re-ask the previous question for a new region or year ("那普兰县呢？").

    Returns:
        The rewritten question, or None when ``question`` is not such an elliptical follow-up.
    """
    places = result.regions or result.unknown_regions or result.files
    if not last_question or not (places or result.year):
        return None
    if _FILLER.sub("", result.topic(question)):
        return None
    previous = route(last_question, catalog, gazetteer)
    # A report named by its number or file ("003那边呢") is named again as the question did.
    files = [question[a:b] for (a, b), _ in catalog.files_named(question)]
    new_place = "和".join([*result.named, *files] or last_regions or previous.regions)
    rewritten = previous.topic(last_question)
    if result.year is not None:
        rewritten = f"{result.year}年{rewritten}"
    return f"{new_place}{rewritten}"
