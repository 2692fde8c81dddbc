"""Quick answer-quality run on a question set, in process: accuracy, abstention, failures.

Usage: python bench/dev_eval.py [data/eval/dev.jsonl] [--show-failures]
(uses the index at GOVQA_INDEX_DIR, default data/index; run `govqa ingest` first).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from retrieval.config import Settings
from retrieval.evaluation.evaluate import load_items, warm_up
from retrieval.evaluation.metrics import WARM_UP
from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService


def ask_item(service: AnswerService, item: dict[str, Any]) -> tuple[Answer, float]:
    """Ask a dev-set item (its history first, in one conversation); the answer and its ms."""
    conversation = Conversation()
    for earlier in item.get("history", []):
        service.ask(earlier, conversation=conversation)
    started = time.perf_counter()
    answer = service.ask(item["question"], conversation=conversation)
    return answer, (time.perf_counter() - started) * 1000


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0] if args else "data/eval/dev.jsonl")
    show = "--show-failures" in sys.argv
    service = AnswerService(Settings())
    # The same warm-up as `govqa eval`: the first questions load and warm the indexes and models.
    cold = warm_up(load_items(path, []), lambda q, c: service.ask(q, conversation=c))
    by_type: dict[str, list[bool]] = defaultdict(list)
    latencies = []
    stages: dict[str, list[float]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        answer, ms = ask_item(service, item)
        latencies.append(ms)
        for stage, ms in answer.timings_ms.items():
            stages[stage].append(ms)
        if item["type"] == "unanswerable":
            ok = answer.abstained
        else:
            keys = all(k in answer.answer for k in item["answer_keys"])
            gold = any(c.source in item["gold"] for c in answer.citations)
            ok = keys and gold and not answer.abstained
        by_type[item["type"]].append(ok)
        if not ok and show:
            print(
                f"--- {item['id']} [{item['type']}] {item['question']}  keys={item['answer_keys']}"
            )
            print(f"    {answer.answer[:300]}")
            for c in answer.citations:
                print(f"    [{c.n}] {c.source[:3]} {c.excerpt[:100]}")
    total = [ok for oks in by_type.values() for ok in oks]
    for kind, oks in sorted(by_type.items()):
        print(f"{kind:14s} {sum(oks):3d}/{len(oks):3d}")
    answerable = [ok for kind, oks in by_type.items() if kind != "unanswerable" for ok in oks]
    print(
        f"answerable    {sum(answerable)}/{len(answerable)} = "
        f"{sum(answerable) / len(answerable):.1%}"
    )
    print(f"all           {sum(total)}/{len(total)}")
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"latency p50 {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms (warm)")
    print(f"cold start {cold} ms (first of {WARM_UP} warm-up questions, not in the latencies)")
    print("stages p50: " + ", ".join(f"{k} {statistics.median(v):.1f}" for k, v in stages.items()))


if __name__ == "__main__":
    main()
