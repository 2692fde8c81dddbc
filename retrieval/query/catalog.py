"""What the store holds (``Catalog``): its reports, their regions and years, and the names
a question may call each by."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from retrieval.query.names import UNIT, Names, abbreviations, region_forms
from retrieval.text.digits import whole_number
from retrieval.types import ReportInfo

__all__ = ["Catalog"]

# A report named by the number its file name starts with: before 报告 or a word pointing at it
# ("003号报告", "3那份", "003号和叶城"), or anywhere when written with its leading zeros
# ("额敏、003这几家", "003号文件": the files are the reports), as no count or date is; a
# document's number ("〔2025〕003号", "3号文件") is no report's.
_FILE_NUMBER = re.compile(
    r"(?<![\d.〕\]])(?:(?P<n>\d{1,4})(?=号?(?:报告|材料)|号?(?:那|这)(?:份|个)|号(?:[和跟与同及、？?。！!，,\s这那比的各都也呢]|$))"
    # "003号各办了多少": a report by its number, then what each did ("003号两份报告": the
    # sides counted after it).
    # "003号2025年度报告": the report's number, then its year.
    r"|(?<![-/年月第〔\[])(?P<padded>0\d{1,3})(?![\d.\-/%年月日时点〕\]])"
    # ("003号令", "003号通知": a document's number, not a report's.)
    r"(?!号(?:令|公告|通告|通知|函|决定|批复|意见|纪要|议案|提案|文件第)))"
)
# "第4份报告", "第二份": a report by its place among the stored ones.
_NTH_REPORT = re.compile(r"第(?:(?P<n>\d{1,3})|(?P<cn>[一二三四五六七八九十]{1,3}))份(?:报告)?")
_LEADING_NUMBER = re.compile(r"^(\d{1,4})[_\-. ]")
# The words after a report's file name or number that point at it ("这份报告里", "号报告",
# "号报告中的县").
_FILE_TAIL = re.compile(
    r"(?:号)?(?:20\d\d年度?的?)?(?:这份|那份|这个|那个)?(?:20\d\d年度?的?)?"
    r"(?:报告|文件|材料|县|地方|地区|镇)?(?:里|中)?"
    # "003号报告中的县", "003报告所述县", "3号报告所涉县": the place the report is of.
    r"(?:[（(][^（()）]{1,24}[）)])?(?:(?:的|所述的?|所说的?|所在的?|所涉的?|所属的?|对应的?)(?:那个)?(?:县|地方|地区|镇|乡镇))?"
)


# "文件003那份", "编号003的报告": the word naming the file before its number.
_FILE_HEAD = re.compile(r"(?:文件|报告|编号为?)$")


def _headed(question: str, start: int) -> int:
    """Where the words naming a report's number begin, the word before it included."""
    head = _FILE_HEAD.search(question[:start])
    return head.start() if head else start


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
            at = whole_number(nth["n"] or nth["cn"]) or 0
            if 0 < at <= len(self._ordered):
                found.append((nth.span(), self._ordered[at - 1]))
        return sorted(
            ((_headed(question, start), _pointed(question, end)), source)
            for (start, end), source in found
        )

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

    @cached_property
    def titles(self) -> list[str]:
        """The reports' own titles (a report with none is named by its file): words most of
        them hold name what every report is about, no part of one."""
        return [info.title for info in self.reports.values() if info.title != info.source]

    def years(self) -> set[int]:
        """The years the stored reports are of."""
        return {info.year for info in self.reports.values() if info.year is not None}

    def first_after(self, regions: Iterable[str], year: int) -> tuple[list[str], int]:
        """The reports of ``regions`` of the first year after ``year``, and that year (([], 0)
        when they have none later)."""
        held = [self.reports[s] for r in regions for s in self.sources_for(r)]
        years = sorted({i.year for i in held if i.year is not None and i.year > year})
        if not years:
            return [], 0
        return sorted({i.source for i in held if i.year == years[0]}), years[0]

    @cached_property
    def only_township(self) -> str | None:
        """The one stored region that is a township (its last unit a 镇 or 乡), or None when
        there are none or several: "那个镇" can name only it."""
        towns = [r for r in self.regions if (UNIT.findall(r) or [r])[-1].endswith(("镇", "乡"))]
        return towns[0] if len(towns) == 1 else None

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
