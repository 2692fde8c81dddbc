"""Quick answer-quality run on a question set, in process: passes by question type, failures,
latency by stage. Scored exactly as `govqa eval` scores (retrieval.evaluation.evaluate).

Usage: python bench/dev_eval.py [data/eval/dev.jsonl] [--show-failures]
(uses the index at GOVQA_INDEX_DIR, default data/index; run `govqa ingest` first).
"""

from __future__ import annotations

import statistics
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from retrieval.config import Settings
from retrieval.evaluation.evaluate import (
    Item,
    Outcome,
    load_items,
    outcomes_from_service,
    score,
    warm_up,
)
from retrieval.evaluation.metrics import WARM_UP
from retrieval.evaluation.sources import SourceStore
from retrieval.evaluation.summary import summarise
from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService

Ask = Callable[[str, Conversation], Answer]

# Recall@k cut-off, as `govqa eval` uses by default.
K = 5


def scored(service: AnswerService, items: list[Item], ask: Ask) -> list[Outcome]:
    """Every item asked through ``ask`` and scored as `govqa eval` scores it."""
    store = SourceStore.from_index(service.store)
    return [score(o, store, K) for o in outcomes_from_service(items, ask)]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0] if args else "data/eval/dev.jsonl")
    show = "--show-failures" in sys.argv
    service = AnswerService(Settings())
    items = load_items(path, [])
    ask = lambda q, c: service.ask(q, conversation=c)  # noqa: E731
    # The same warm-up as `govqa eval`: the first questions load and warm the indexes and models.
    cold = warm_up(items, ask)
    outcomes = scored(service, items, ask)
    by_type: dict[str, list[bool]] = defaultdict(list)
    stages: dict[str, list[float]] = defaultdict(list)
    for outcome in outcomes:
        by_type[outcome.item.type].append(outcome.passed)
        for stage, ms in (outcome.answer.timings_ms if outcome.answer else {}).items():
            stages[stage].append(ms)
        if show and not outcome.passed:
            print(f"--- {outcome.item.id} [{outcome.item.type}] {outcome.item.question}")
            print(f"    {'; '.join(outcome.reasons)}")
            if outcome.answer:
                print("    " + outcome.answer.answer[:300].replace("\n", "\n    "))
    for kind, oks in sorted(by_type.items()):
        print(f"{kind:14s} {sum(oks):3d}/{len(oks):3d}")
    summary = summarise(outcomes)
    print(f"all           {summary['passed']}/{summary['questions']}")
    print(f"latency p50 {summary['latency_p50_ms']} ms, p95 {summary['latency_p95_ms']} ms (warm)")
    print(f"cold start {cold} ms (first of {WARM_UP} warm-up questions, not in the latencies)")
    print("stages p50: " + ", ".join(f"{k} {statistics.median(v):.1f}" for k, v in stages.items()))


if __name__ == "__main__":
    main()
