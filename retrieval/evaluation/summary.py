"""The metrics of a run: scored outcomes summed up, over all questions or one type."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from retrieval.evaluation.evaluate import Outcome

__all__ = ["summarise"]


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    """Aggregate metrics of a list of scored outcomes (means over the questions they apply to)."""
    answerable = [o for o in outcomes if o.item.answerable]
    abstained = [o for o in outcomes if o.scores.get("abstained")]
    unanswerable = [o for o in outcomes if not o.item.answerable and not o.item.chitchat]
    # Handled right: abstained, or (a mentions item) said that no report mentions it.
    right_abstentions = [o for o in unanswerable if o.passed]
    checks = [o.check for o in outcomes if o.check is not None]
    latencies = sorted(o.latency_ms for o in outcomes if o.latency_ms is not None)
    return {
        "questions": len(outcomes),
        "passed": sum(o.passed for o in outcomes),
        "pass_rate": _ratio(sum(o.passed for o in outcomes), len(outcomes)),
        "accuracy": _mean(o.scores.get("accuracy", 0.0) for o in answerable),
        "gold_cited": _mean(o.scores.get("gold_cited", 0.0) for o in answerable),
        "recall_at_k": _mean(o.scores.get("recall_at_k", 0.0) for o in answerable),
        "mrr": _mean(o.scores.get("mrr", 0.0) for o in answerable),
        "abstention_precision": _ratio(
            len([o for o in abstained if not o.item.answerable]), len(abstained)
        ),
        "abstention_recall": _ratio(len(right_abstentions), len(unanswerable)),
        "citation_recall": _ratio(
            sum(c.supported for c in checks), sum(len(c.sentences) for c in checks)
        ),
        "citation_precision": _ratio(sum(c.precise for c in checks), sum(c.cited for c in checks)),
        "excerpt_fidelity": _ratio(
            sum(c.exact for c in checks), sum(len(c.citations) for c in checks)
        ),
        "latency_p50_ms": _percentile(latencies, 50),
        "latency_p95_ms": _percentile(latencies, 95),
    }


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present) / len(present), 4) if present else None


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _percentile(values: list[float], pct: int) -> float | None:
    # Nearest rank: the smallest value with at least pct% of the values at or below it.
    if not values:
        return None
    index = max(0, -(-pct * len(values) // 100) - 1)
    return round(values[index], 1)
