"""What `govqa eval` measures: metric names for people, and how runs are timed."""

from __future__ import annotations

__all__ = ["LATENCY_METRICS", "SHARE_METRICS", "WARM_UP"]

# (key in a summary, full name, what it measures): shares between 0 and 1, then latencies.
SHARE_METRICS = [
    ("pass_rate", "passed", "questions answered right, or rightly left unanswered"),
    ("accuracy", "answer-key accuracy", "answerable questions whose answer holds every key"),
    ("gold_cited", "gold-report citation", "answerable questions that cite a gold report"),
    ("recall_at_k", "retrieval recall@k", "gold report among the first k passages put forward"),
    ("mrr", "mean reciprocal rank", "1 / rank of the first passage from a gold report"),
    ("abstention_precision", "abstention precision", "abstentions on unanswerable questions"),
    ("abstention_recall", "abstention recall", "unanswerable questions abstained on"),
    ("citation_recall", "citation recall", "claim sentences supported by their citations"),
    ("citation_precision", "citation precision", "citations that support their sentence"),
    ("excerpt_fidelity", "excerpt fidelity", "excerpts equal to the source text they point at"),
]
# Questions asked before a timed run (see retrieval.evaluate.warm_up).
WARM_UP = 3
LATENCY_METRICS = [
    ("latency_p50_ms", "latency p50 (ms)", "median answer time, warm (after the warm-up)"),
    ("latency_p95_ms", "latency p95 (ms)", "95th percentile answer time, warm"),
]
