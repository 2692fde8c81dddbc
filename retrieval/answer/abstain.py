"""Abstentions: the one "not found" text, and the answer that says what was searched."""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.answer.cite import related
from retrieval.query.catalog import Catalog
from retrieval.query.plan import Plan
from retrieval.schema import NOT_FOUND, Answer
from retrieval.types import Passage

__all__ = ["ABSTAIN", "abstention", "searched"]

ABSTAIN = NOT_FOUND
# Reports named in an abstention; a large store is summarised by its count.
NAMED = 5


def searched(sources: Sequence[str] | None, catalog: Catalog) -> list[str]:
    """The reports a question was answered from or searched in (all stored when None)."""
    return sorted(sources) if sources is not None else sorted(catalog.reports)


def abstention(
    plan: Plan,
    catalog: Catalog,
    sources: Sequence[str] | None,
    nearest: Sequence[Passage] = (),
) -> Answer:
    """The answer that says the reports do not answer ``plan``'s question.

    Args:
        plan: the question's plan (its ``reason`` is said first, when there is one).
        catalog: the stored reports (to name the ones searched).
        sources: the reports searched (None: all of them).
        nearest: passages to show as "possibly related" (never cited).
    """
    names = searched(sources, catalog)
    listed = "、".join(catalog.reports[s].label for s in names[:NAMED] if s in catalog.reports)
    if len(names) > NAMED:
        listed += f"等{len(names)}份报告"
    why = f"{plan.reason}。" if plan.reason else ""
    return Answer(
        question=plan.question,
        answer=f"{why}{ABSTAIN}（已检索：{listed}）。",
        abstained=True,
        kind="abstain",
        related=related(nearest, plan.topic),
        searched=names,
    )
