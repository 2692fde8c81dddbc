"""Which reports an attribute ranking or table over the whole store reads whole. Each report's
year and publication date are kept in the catalog, so the reports that would get a line are known
before any is read; reading 10,000 reports whole for thirty cited lines took seconds, so only
those (and any tied with the last) are read, and the rest are answered from the catalog alone.
"""

from __future__ import annotations

from typing import Any

from retrieval.query.aspects import own_sections
from retrieval.query.order import order_of
from retrieval.query.plan import Plan
from retrieval.query.when import attribute_of
from retrieval.tuning import STRUCTURED_TABLE

__all__ = ["first_listed"]


def first_listed(plan: Plan, wanted: list[str], stored: dict[str, dict[str, Any]]) -> list[str]:
    """The reports an attribute ranking or table cites: every one, unless the attribute is
    kept in the catalog (year, publication date) and there are more than get a line. Then the
    first ``STRUCTURED_TABLE`` in the answer's order (and any tied with the last), by the
    catalog's values: reading 10,000 reports whole for thirty cited lines took seconds."""
    attribute = attribute_of(plan.topic)
    key = attribute if attribute in ("published", "year") else None
    if key is None or len(wanted) <= STRUCTURED_TABLE or own_sections(plan.topic):
        return wanted
    if plan.kind != "ranking":
        return wanted[:STRUCTURED_TABLE]
    stated = [s for s in wanted if stored.get(s, {}).get(key) is not None]
    latest_first = order_of(plan.topic) == "desc"
    stated.sort(key=lambda s: str(stored[s][key]), reverse=latest_first)
    cut = stated[:STRUCTURED_TABLE]
    last = str(stored[cut[-1]][key]) if cut else None
    return cut + [s for s in stated[STRUCTURED_TABLE:] if str(stored[s][key]) == last]
