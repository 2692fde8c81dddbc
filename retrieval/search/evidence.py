"""Retrieval: a plan → the passages its answer is drawn from, per group of reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import zip_longest

from retrieval.query.plan import Group, Plan
from retrieval.search.hybrid import HybridSearch
from retrieval.types import Passage

__all__ = ["Evidence", "Found", "retrieve"]

# Passages shown as "possibly related" when planning has already decided to abstain.
RELATED = 3


@dataclass(frozen=True)
class Found:
    """The passages found for one group of a plan, best first."""

    group: Group
    passages: list[Passage]


@dataclass
class Evidence:
    """What retrieval found for a plan.

    Attributes:
        found: one entry per group of the plan, in the plan's order.
        related: nearest passages for a plan that abstains (never cited, only shown).
    """

    found: list[Found] = field(default_factory=list)
    related: list[Passage] = field(default_factory=list)

    @property
    def passages(self) -> list[Passage]:
        """Every group's passages interleaved by rank, so a token budget cuts all groups alike."""
        ranked = zip_longest(*(f.passages for f in self.found))
        return [p for rank in ranked for p in rank if p is not None]


def retrieve(
    plan: Plan, search: HybridSearch, k: int, timings: dict[str, float] | None = None
) -> Evidence:
    """Search each group of ``plan`` for its ``k`` best passages.

    Args:
        plan: the question's plan.
        search: the hybrid search over the store.
        k: passages per group.
        timings: filled with the search stages' durations (ms).
    """
    if plan.kind == "abstain":
        related = search.search(plan.query, RELATED, None, timings) if plan.query else []
        return Evidence(related=related)
    return Evidence(
        found=[
            Found(group, search.search(plan.query, k, group.sources, timings))
            for group in plan.groups
        ]
    )
