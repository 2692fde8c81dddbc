"""The sides of a question naming two places or more: one group of reports for each, in the
order the question names them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from retrieval.query.catalog import Catalog
from retrieval.query.notes import no_report
from retrieval.query.plan import Group
from retrieval.query.routing import Route
from retrieval.query.when import attribute_of
from retrieval.types import report_name

__all__ = ["NamedSides", "latest_of", "named_sides"]


@dataclass(frozen=True)
class NamedSides:
    """The named places' groups.

    Attributes:
        groups: one per place with a report of the year asked, and one per report named by
            its file, in the question's order.
        missing: why the places with no report of the year asked get no answer ("" if none).
        older: how many earlier years' reports were left out.
    """

    groups: list[Group]
    missing: str
    older: int


def latest_of(catalog: Catalog, sources: list[str] | None) -> tuple[list[str] | None, int]:
    """Places set side by side with no year asked: each place's latest report (a county's
    figures of several years are not compared with each other), and how many were left."""
    kept = catalog.latest(sources)
    older = len(sources if sources is not None else catalog.reports) - len(kept)
    return (kept, older) if older else (sources, 0)


def named_sides(catalog: Catalog, routed: Route, year: int | None, topic: str) -> NamedSides:
    """Each place ``routed`` names, and each report it names by file, as a group.

    Args:
        catalog: the stored reports.
        routed: the question's route (two places or reports, or more).
        year: the year asked of places that name none of their own.
        topic: what is asked; asking a report's attribute (its date) keeps every year.
    """
    latest = routed.year is None and not attribute_of(topic)
    groups = [catalog.sources_for(r, routed.years.get(r, year)) for r in routed.regions]
    # A place with no report of the year asked is said to have none; the others answer.
    lacking = [r for r, group in zip(routed.regions, groups, strict=True) if not group]
    missing = no_report(catalog, replace(routed, regions=lacking, year=year)) if lacking else ""
    regions = [r for r in routed.regions if r not in lacking]
    kept = [latest_of(catalog, group) if latest else (group, 0) for group in groups if group]
    named = [Group(r, k) for r, (k, _) in zip(regions, kept, strict=True)]
    # A report named by its file is a side of its own, where the question names it.
    named += [Group(report_name(catalog.reports[f]), [f]) for f in routed.files]
    placed = zip([*regions, *routed.files], named, strict=True)
    ordered = [g for _, g in sorted(placed, key=lambda p: routed.where.get(p[0], 0))]
    return NamedSides(ordered, missing, sum(older for _, older in kept))
