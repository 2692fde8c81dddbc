"""Retrieval: a plan → the passages its answer is drawn from, per group of reports."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from itertools import zip_longest

from retrieval.query.plan import Group, Plan
from retrieval.search.hybrid import HybridSearch
from retrieval.types import Passage

__all__ = ["Evidence", "Found", "retrieve"]

# Passages shown as "possibly related" when planning has already decided to abstain.
RELATED = 3
# Shapes answered from a report's own structure (its outline, header and signature), and how
# many reports' texts such an answer may choose from.
STRUCTURED = frozenset({"list", "metadata"})
STRUCTURED_REPORTS = 3


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
        texts: list and metadata plans: the canonical texts of the reports they may be
            answered from (file name → text), most likely first.
    """

    found: list[Found] = field(default_factory=list)
    related: list[Passage] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)

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
    evidence = Evidence(
        found=[
            Found(group, search.search(plan.query, k, group.sources, timings))
            for group in plan.groups
        ]
    )
    if plan.kind in STRUCTURED:
        started = time.perf_counter()
        evidence.texts = _texts(plan, evidence, search)
        if timings is not None:
            timings["texts"] = round((time.perf_counter() - started) * 1000, 2)
    return evidence


def _texts(plan: Plan, evidence: Evidence, search: HybridSearch) -> dict[str, str]:
    """The texts of the reports a list or metadata plan concerns: the ones it names, else the
    reports of its best passages."""
    named = plan.sources or []
    found = [p.source for p in evidence.passages]
    chosen = named if 0 < len(named) <= STRUCTURED_REPORTS else found
    if named:
        chosen = [source for source in chosen if source in named]
    sources = list(dict.fromkeys(chosen))[:STRUCTURED_REPORTS]
    return {source: search.store.source_text(source) for source in sources}
