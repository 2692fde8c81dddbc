"""Report routing: which stored reports a question is about (region, year), and follow-ups."""

from __future__ import annotations

import importlib.util
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from retrieval.lexicons import place_suffixes
from retrieval.types import ReportInfo

__all__ = ["Catalog", "Route", "default_gazetteer", "region_forms", "resolve_followup", "route"]

_SUFFIXES = place_suffixes()
_UNIT = re.compile(r".+?(?:" + "|".join(_SUFFIXES) + ")")
_YEAR = re.compile(r"(20\d{2})\s*年?")
# Words that end like a place name but are not one.
_GENERIC = re.compile(r"^(?:全|我|本|各|该|此|每|乡|县|市|区|镇|城|省|两|多|几|一|个|哪)")
# A follow-up like "那普兰县呢？" holds nothing but a region, a year and these fillers.
_FILLER = re.compile(
    r"[那么呢吗又还的情况怎样如何这个方面请问呀啊吧和与及、？?，,。！!\s]|怎么样|同样|也是|相比|对比"
)


class Names:
    """Names and what each names, found in a text by length, not by one pattern of every
    name: a pattern of thousands of stored names took a tenth of a second to compile (and of
    20,000 file names a second), which a one-shot `govqa ask` paid.

    Args:
        owner: each name → what it names.
    """

    def __init__(self, owner: dict[str, str]) -> None:
        self.owner = owner
        self._sizes = sorted({len(name) for name in owner}, reverse=True)

    def find(self, text: str) -> list[tuple[tuple[int, int], str]]:
        """The names ``text`` says, with where and what each names: left to right, the
        longest at each place, none overlapping another."""
        found: list[tuple[tuple[int, int], str]] = []
        start = 0
        while start < len(text):
            for size in self._sizes:
                value = self.owner.get(text[start : start + size])
                if value is not None and start + size <= len(text):
                    found.append(((start, start + size), value))
                    start += size
                    break
            else:
                start += 1
        return found


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
        """The reports ``question`` names by file name (with or without its extension), with
        where."""
        return self._file_names.find(question)

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

    def sources(self, catalog: Catalog) -> list[str] | None:
        """Reports to search, or None for all of them."""
        if self.files:
            return sorted(self.files)
        if not self.regions and self.year is None:
            return None
        if not self.regions:
            return catalog.sources_for(year=self.year)
        found: set[str] = set()
        for region in self.regions:
            found.update(catalog.sources_for(region, self.year))
        return sorted(found)

    def topic(self, question: str) -> str:
        """The question with region and year mentions removed: what is asked about."""
        cuts = sorted([*self.spans, *([self.year_span] if self.year_span else [])])
        out, cursor = [], 0
        for start, end in cuts:
            out.append(question[cursor:start])
            cursor = max(cursor, end)
        out.append(question[cursor:])
        return "".join(out)


def _names(stored: str | None, region: str) -> bool:
    """True when ``region`` is the stored region or one of its units (阿克陶县 of a township)."""
    return stored is not None and (stored == region or region in _forms(stored))


@lru_cache(maxsize=65536)
def _forms(region: str) -> frozenset[str]:
    # sources_for looks at every stored report per question: 10,000 reports made this most of
    # a question's time.
    return frozenset(region_forms(region))


def region_forms(region: str) -> list[str]:
    """Names a region goes by.

    阿克陶县克孜勒陶镇 → itself, 阿克陶县, 克孜勒陶镇, 阿克陶, 克孜勒陶.
    """
    units = _UNIT.findall(region) or [region]
    forms = [region, *units]
    for unit in units:
        short = unit
        for suffix in _SUFFIXES:
            if unit.endswith(suffix):
                short = unit[: -len(suffix)]
                break
        if len(short) >= 2:
            forms.append(short)
    return list(dict.fromkeys(forms))


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
    for (start, end), region in catalog.aliases.find(question):
        taken[start:end] = [True] * (end - start)
        result.spans.append((start, end))
        first_seen.setdefault(region, start)
    # Regions in the order the question names them (a comparison answers in that order).
    result.regions = sorted(first_seen, key=first_seen.__getitem__)
    for name in _places(question, gazetteer):
        start = question.find(name)
        if not any(taken[start : start + len(name)]) and not _GENERIC.match(name):
            result.unknown_regions.append(name)
            result.spans.append((start, start + len(name)))
            first_seen.setdefault(name, start)
    result.named = sorted(first_seen, key=first_seen.__getitem__)
    for (start, end), source in catalog.files_named(question):
        result.files.append(source)
        result.spans.append((start, end))
    if year := _YEAR.search(question):
        result.year, result.year_span = int(year.group(1)), year.span()
    return result


def _places(question: str, gazetteer: frozenset[str]) -> list[str]:
    found = []
    for end in range(len(question), 1, -1):
        if not question[end - 1].endswith(_SUFFIXES):
            continue
        for start in range(max(0, end - 8), end - 2):
            if question[start:end] in gazetteer:
                found.append(question[start:end])
                break
    return found


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
    if not last_question or not (result.regions or result.unknown_regions or result.year):
        return None
    if _FILLER.sub("", result.topic(question)):
        return None
    previous = route(last_question, catalog, gazetteer)
    new_place = "和".join(result.named or last_regions or previous.regions)
    rewritten = previous.topic(last_question)
    if result.year is not None:
        rewritten = f"{result.year}年{rewritten}"
    return f"{new_place}{rewritten}"


@lru_cache(maxsize=4)
def default_gazetteer(cache: Path | None = None) -> frozenset[str]:
    """Chinese place names from jieba's dictionary that end in an administrative suffix.

    Args:
        cache: a file to keep the list in; reading jieba's 5 MB dictionary on every cold
            start would cost most of a second.
    """
    if cache is not None and cache.is_file():
        return frozenset(cache.read_text(encoding="utf-8").split())
    names = _read_gazetteer()
    if cache is not None and cache.parent.is_dir():
        # Threads and processes may write it at once: each its own temp file, then an atomic move.
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text("\n".join(sorted(names)), encoding="utf-8")
        tmp.replace(cache)
    return names


def _read_gazetteer() -> frozenset[str]:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return frozenset()
    names = set()
    with Path(spec.origin).with_name("dict.txt").open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            # jieba tags some county names as person names (伽师县 nr): the suffix decides.
            if len(parts) != 3 or not 3 <= len(parts[0]) <= 8:
                continue
            tagged = parts[2] == "ns" or parts[0].endswith(("县", "自治州"))
            if tagged and parts[0].endswith(_SUFFIXES) and not _GENERIC.match(parts[0]):
                names.add(parts[0])
    return frozenset(names)
