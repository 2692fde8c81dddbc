"""A follow-up on a turn over every report that asks its figures summed year by year ("分年度
各加起来是多少"): the sum asked of each year's reports, one after another."""

from __future__ import annotations

import re

from retrieval.query.catalog import Catalog
from retrieval.query.measure import measured

__all__ = ["years_apart"]

# "分年度…各加起来多少", "分年度加起来": sums asked apart by year.
_BY_YEAR = re.compile(
    r"(?:按|分)(?:年份|年度|年)(?:分开|分别|区分)?[^。？?]{0,24}?"
    r"(?:合计|加起来|加总|总共|一共|汇总|总数|小计)"
)
_YEAR = re.compile(r"((?:19|20)\d\d)年")


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
