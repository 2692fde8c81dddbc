"""What a plan says about the reports it answers from: a township's report for its county,
earlier years left out, the years a place has reports of."""

from __future__ import annotations

import re
from collections.abc import Iterable

from retrieval.query.aspects import PLANS, aspects_in
from retrieval.query.catalog import Catalog
from retrieval.query.expected import asks_target
from retrieval.query.plan import Kind
from retrieval.query.routing import Route

__all__ = ["asks_plans_of_year", "no_report", "older_note", "part_note", "years_held"]


def part_note(routed: Route) -> str:
    """The notice that a place asked about has only a part's report ("阿克陶县" answered from
    阿克陶县克孜勒陶镇's): a county's figure is not its township's."""
    return "；".join(
        f"报告库中没有{asked}本级的报告，以下据{region}的报告作答"
        for region, asked in routed.broader.items()
    )


# "阿克陶县全县", "阿克陶县本级": the county itself, which no township's report speaks for.
_WHOLE = "(?:的)?(?:全县域?|县本级|本级|县级|整个县|县里(?!的?镇))"


def whole_county(routed: Route, question: str) -> str:
    """Why nothing is answered when ``question`` asks of a county as a whole and the store
    has only a township's report of it; "" otherwise."""
    return "；".join(
        f"报告库中没有{asked}本级的报告（仅有{region}的报告）"
        for region, asked in routed.broader.items()
        if re.search(re.escape(asked) + _WHOLE, question)
    )


def older_note(older: int) -> str:
    """The notice that earlier years' reports were left out ("" when none were)."""
    if not older:
        return ""
    return f"按各地最新年度的报告作答，另有{older}份较早年度的报告未计入（可指明年份）"


def years_held(catalog: Catalog, sources: Iterable[str]) -> str:
    """The years ``sources`` report on: "2023年度、2025年度"."""
    years = sorted({year for s in sources if (year := catalog.reports[s].year) is not None})
    return "、".join(f"{year}年度" for year in years)


def no_report(catalog: Catalog, routed: Route) -> str:
    """Why nothing is answered for the region(s) and year a question names, and what exists."""
    year = f"{routed.year}年" if routed.year else ""
    if not routed.regions:
        held = years_held(catalog, catalog.reports)
        return f"报告库中没有{year}的报告" + (f"（已收录{held}的报告）" if held else "")
    reasons = []
    for region in routed.regions:
        held = years_held(catalog, catalog.sources_for(region))
        has = f"（{region}仅有{held}的报告）" if held else ""
        reasons.append(f"报告库中没有{region}{year}的报告{has}")
    return "；".join(reasons)


def asks_plans_of_year(topic: str, kind: Kind, year: int, question: str) -> bool:
    """True when a question of a year no report covers asks what is planned for it, which the
    report on the year before states ("2026年准备做哪些工作", "2024年要求每年培训几次": a
    floor its plans set); not when it names that year's own report ("2024年的报告里…")."""
    if re.search(rf"{year}年度?的?(?:报告|材料)", question):
        return False
    aspects = aspects_in(topic, arranged=False)
    if kind == "list":
        return PLANS in aspects or not aspects
    # ("…有啥安排 X提没提": whether the plans say a thing.)
    if kind == "mentions":
        return PLANS in aspects
    return kind == "fact" and (PLANS in aspects or asks_target(topic))
