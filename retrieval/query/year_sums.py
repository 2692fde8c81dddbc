"""A follow-up on a turn over every report that asks its figures summed year by year ("分年度
各加起来是多少"): the sum asked of each year's reports, one after another."""

from __future__ import annotations

import re

from retrieval.query.catalog import Catalog
from retrieval.query.measure import measured
from retrieval.query.order import ORDERED_CLAUSE
from retrieval.query.rates import without_rates

__all__ = ["year_of_across", "years_apart"]

# "分年度…各加起来多少", "分年度加起来": sums asked apart by year.
_BY_YEAR = re.compile(
    r"(?:按|分)(?:年份|年度|年)(?:分开|分别|区分)?[^。？?]{0,24}?"
    r"(?:合计|加起来|加总|总共|一共|汇总|总数|小计)"
)
_YEAR = re.compile(r"((?:19|20)\d\d)年")


# "就看2025年那些，总数呢", "2025年那几份合计呢": one year's reports, summed.
_ONE_YEAR_SUMMED = re.compile(
    r"(?:只|光|仅)?(?:算|看|要|留)?(?:报|是)?(?P<year>(?:19|20)\d\d)年度?的?(?:那|这)?"
    r"(?:(?:几|[两三四五六七八九]|\d)(?:家|份|个)(?:报告)?|报告)"
    r"[^。？?]{0,8}?(?:合计|加起来|加总|总共|一共|汇总|总数)"
)


# "，各报告分别写了多少": every report's figure asked, naming no thing.
_EACH_REPORTS = re.compile(
    r"[，,]\s*(?:这)?(?:[五四三两几]份|各|每份|所有)?报告(?:里|中)?(?:各自?|分别)?(?:报|写|给|列)了?(?:多少|几)[？?]?"
)


def year_of_across(question: str, across: str | None, catalog: Catalog) -> str | None:
    """The sum to ask of one year's reports, of what ``across`` (the last turn over every
    report) set out, when ``question`` asks it after turns on one place ("就看2025年那些，
    总数呢"); None otherwise."""
    found = _ONE_YEAR_SUMMED.search(question)
    if across is None or found is None or int(found["year"]) not in catalog.years():
        return None
    # ("…件数、成功率": a rate adds up to nothing; the counts are summed.)
    asked = _EACH_REPORTS.sub("", ORDERED_CLAUSE.sub("", across))
    thing = _YEAR.sub("", measured(without_rates(asked))).strip("，, ")
    return f"{found['year']}年各报告{thing}，加起来一共多少"


def years_apart(question: str, across: str | None, catalog: Catalog) -> list[str]:
    """The sums to ask one after another, each of one year's reports (the years ``question``
    names, else every stored year, latest first), of what ``across`` set out; [] when it asks
    no sum by year or no turn set out every report."""
    if across is None or not _BY_YEAR.search(question):
        return []
    years = catalog.years()
    named = [int(y) for y in _YEAR.findall(question) if int(y) in years]
    thing = _YEAR.sub("", measured(across)).strip("，, ")
    return [f"{y}年各报告{thing}，加起来一共多少" for y in (named or sorted(years, reverse=True))]
