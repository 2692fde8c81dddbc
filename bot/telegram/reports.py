"""The stored reports as the bot names them: readable names, region names and their mentions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from retrieval.schema import UNTITLED, SourceInfo

__all__ = ["Reports", "report_name", "short_region"]

# A township-level name after its county ("阿克陶县克孜勒陶镇" → "克孜勒陶镇").
_TOWNSHIP = re.compile(r"^.+?[县市区旗](.{2,}?(?:镇|乡|街道))$")
_SUFFIX = re.compile(r"(?:自治县|自治州|街道|[省市县区镇乡旗州])$")


def report_name(source: str, title: str | None, region: str | None, year: int | None) -> str:
    """What to call a report: its title, else region and year, else "未署名报告（文件名）"."""
    if title and title.strip() and title != source:
        return title.strip()
    if region:
        return f"{region}{year}年报告" if year else f"{region}报告"
    return f"{UNTITLED}（{source}）"


def short_region(region: str) -> str:
    """The name people use: a township without its county (克孜勒陶镇), a county as is."""
    match = _TOWNSHIP.match(region)
    return match.group(1) if match else region


def _forms(region: str) -> list[str]:
    """Ways a question may name ``region``, longest first (额敏县, 额敏)."""
    short = short_region(region)
    bare = _SUFFIX.sub("", short)
    forms = [region, short] + ([bare] if len(bare) >= 2 else [])
    return sorted(set(forms), key=len, reverse=True)


@dataclass(frozen=True)
class Reports:
    """The stored reports, in ``/sources`` order."""

    infos: tuple[SourceInfo, ...]

    @classmethod
    def of(cls, infos: Iterable[SourceInfo]) -> Reports:
        """Wrap the service's ``sources()``."""
        return cls(tuple(infos))

    def name(self, source: str) -> str:
        """The readable name of one stored report (its file name if unknown)."""
        info = self.info(source)
        if info is None:
            return report_name(source, None, None, None)
        return report_name(info.source, info.title, info.region, info.year)

    def label(self, source: str) -> str:
        """A short label: "额敏县2025年报告" when the region is known, else the readable name."""
        info = self.info(source)
        if info is None or not info.region:
            return self.name(source)
        region = short_region(info.region)
        return f"{region}{info.year}年报告" if info.year else f"{region}报告"

    def info(self, source: str) -> SourceInfo | None:
        """The stored report with this file name, if any."""
        return self._by_source.get(source)

    @cached_property
    def _by_source(self) -> dict[str, SourceInfo]:
        return {info.source: info for info in self.infos}

    @cached_property
    def regions(self) -> list[str]:
        """Distinct regions of the stored reports, in report order."""
        return list(dict.fromkeys(info.region for info in self.infos if info.region))

    def mentions(self, text: str) -> list[tuple[str, str]]:
        """``(region, form)`` for each stored region ``text`` names, in order of appearance."""
        found = []
        for region in self.regions:
            form = next((f for f in _forms(region) if f in text), None)
            if form is not None:
                found.append((text.index(form), region, form))
        return [(region, form) for _, region, form in sorted(found)]

    def cited_regions(self, sources: Sequence[str]) -> list[str]:
        """The regions of these reports, distinct, in order (reports without one skipped)."""
        regions = (info.region for s in sources if (info := self.info(s)) is not None)
        return list(dict.fromkeys(r for r in regions if r))
