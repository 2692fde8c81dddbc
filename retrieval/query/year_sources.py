"""The reports that answer for a year no report of the place covers: the plans for a year
are stated in the report on the year before ("2025年的打算" of a 2024 report); a figure of
that year may be told by a later report ("2024年…反馈了多少条" in the 2025 one)."""

from __future__ import annotations

from retrieval.query.catalog import Catalog
from retrieval.query.notes import asks_plans_of_year, no_report
from retrieval.query.plan import Kind
from retrieval.query.routing import Route

__all__ = ["of_year_asked"]


def of_year_asked(
    routed: Route, catalog: Catalog, topic: str, kind: Kind, question: str
) -> tuple[list[str], int | None, str, int | None, int | None] | None:
    """The reports to read, the year they stand for, the note saying so, the year of the
    plans read and the year a passage must write, when ``routed`` names a year none of the
    place's reports covers; None when one does (or the question names no year).

    Args:
        routed: the question's route.
        catalog: the stored reports.
        topic: the question without its places and year.
        kind: its shape.
        question: the question as asked.
    """
    year = routed.year
    if not year or routed.sources(catalog) != []:
        return None
    if asks_plans_of_year(topic, kind, year, question):
        # Plans for a year are stated in the report on the year before.
        sources = Route(routed.regions, year=year - 1).sources(catalog)
        if sources:
            return sources, year - 1, f"{year}年的工作打算见{year - 1}年度报告", year - 1, None
    if kind == "fact" and routed.regions:
        # "2024年…反馈了多少条", all the place's reports later: one may tell of that year.
        sources, later = catalog.first_after(routed.regions, year)
        if sources:
            lacking = no_report(catalog, routed)
            note = f"{lacking}，已在{later}年度报告中查找写明{year}年的内容"
            return sources, year, note, None, year
    return None
