"""A follow-up on every report that keeps those of one level of government ("只看县级的，哪个最多",
"乡镇的不算"): said as the places of the other level set aside ("去掉…"), which ``excluded``
reads as any question setting places aside."""

from __future__ import annotations

import re

from retrieval.query.catalog import Catalog

__all__ = ["by_level", "townships_named"]

# A place of a township: its name ends in the township's noun.
_TOWNSHIP = re.compile(r"(?:镇|乡|街道)$")
# "只看县级的", "县一级的呢", "光比县里的": the counties kept.
# ("只看2025年县级的": the year kept too.)
_COUNTIES = re.compile(
    r"^(?:那|那么)?(?:只|光|仅)(?:看|算|比|要|留)?(?P<year>20\d\d年度?的?)?"
    r"(?:县级|县一级|县里|县城|县)的?(?:报告|那几[家份个])?"
    r"|^(?:那|那么)?(?:乡镇|镇|乡)(?:一级)?的?(?:那[份家个])?(?:报告)?(?:就)?(?:不算|不看|不要|去掉|除外)"
    # "去掉乡镇那份", "不算镇上的": the townships set aside.
    r"|^(?:那|那么)?(?:去掉|不算|不要|除去|除了|剔除|扣除|排除)(?:乡镇|镇|乡)(?:一级|级|上)?的?"
    r"(?:那[份家个])?(?:报告)?"
)
# "只看乡镇的": the townships kept.
_TOWNSHIPS = re.compile(
    r"^(?:那|那么)?(?:只|光|仅)(?:看|算|比|要|留)?(?:乡镇|镇|乡)(?:一级|级)?的?(?:报告)?"
)


# "乡镇那份", "镇上那个报告", "乡镇的报告": the township's report, pointed at by its level.
_TOWNSHIP_REPORT = re.compile(
    r"(?:那个)?(?:乡镇|镇上|镇里|乡里)(?:一级)?(?:的)?(?:那[份家个](?:报告)?|报告)"
)


def townships_named(question: str, catalog: Catalog) -> str:
    """``question`` with a report pointed at by its level ("再把镇上那份加进来") named by its
    place, where the store holds one township's report; else as it is."""
    regions = {info.region for info in catalog.reports.values() if info.region}
    towns = sorted(region for region in regions if _TOWNSHIP.search(region))
    if len(towns) != 1:
        return question
    return _TOWNSHIP_REPORT.sub(towns[0], question)


def by_level(question: str, catalog: Catalog) -> str | None:
    """``question`` with the reports of the level it leaves out named as set aside ("去掉
    阿克陶县克孜勒陶镇，哪个最多"); None when it keeps no level, or leaves none out.

    Args:
        question: a follow-up on a turn over every report.
        catalog: the stored reports (a report of no region belongs to neither level).
    """
    counties = _COUNTIES.match(question)
    townships = None if counties else _TOWNSHIPS.match(question)
    found = counties or townships
    if found is None:
        return None
    regions = {info.region for info in catalog.reports.values() if info.region}
    towns = {region for region in regions if _TOWNSHIP.search(region)}
    aside = sorted(towns if counties else regions - towns)
    if not aside:
        return None
    rest = _OPEN.sub("", question[found.end() :].lstrip("，,、 "))
    year = (counties["year"] or "") if counties else ""
    return f"{year}去掉{'、'.join(aside)}，{rest or '再排一下'}"


# "…那份呢": a follow-up asking nothing more of its own.
_OPEN = re.compile(r"^(?:呢|的呢)?[？?。！!\s]*$")
