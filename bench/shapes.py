"""Warm latency of each question shape with N generated reports in the store (issue 10).

A corpus of N reports is generated (bench/make_corpus.py) and ingested lexical-only, with the
five sample reports beside it; then rankings, tables and mentions (questions about every
report), comparisons and single facts are asked in one process. Every question is asked once
to warm up (its time is printed as "first"), then ``--rounds`` more times; p50/p95 are over
those warm answers. Targets: with 1,000 reports, ranking, table and mentions p95 <= 300 ms and
facts p50 <= 30 ms (issue 10); with 10,000, those shapes p95 <= 500 ms and facts p95 <= 150 ms
(issue 14).

Usage: python bench/shapes.py [--n 1000] [--rounds 5] [--index DIR]
(--index reuses a store built by an earlier run and kept with --keep.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOVQA = str(Path(sys.executable).with_name("govqa"))

# Questions written from the sample reports' text; the generated reports restate them.
QUESTIONS = {
    "ranking": [
        "哪个地方集中学法的次数最多？",
        "开展专题法治讲座场次最少的是哪个县？",
        "把各地审查的合同件数从多到少排个序",
        "哪份报告发布得最早？",
    ],
    "table": [
        "各地审查合同分别有多少件？",
        "各县组织执法人员培训分别多少次？列个表",
        "列个表：各报告分别是哪一年的",
    ],
    "mentions": [
        "哪些报告提到了公职律师？",
        "有没有报告提到“以案释法”？",
        "双随机 哪些县在搞",
        "哪些报告提到了人工智能审批？",
        # Said by no report as asked: read again for a form with one character changed.
        "哪些报告提到了法律体检？",
    ],
    "comparison": [
        "普兰县和叶城县相比，谁审查的合同多？",
        "额敏县和普兰县分别组织了多少次专题学法？",
    ],
    "fact": [
        "额敏县全年办理减免责案件多少件？",
        "普兰县新增执法证多少本？",
        "叶城县累计建成法治文化墙多少面？",
    ],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--index", type=Path, help="a store built before (skips the ingest)")
    parser.add_argument("--keep", type=Path, help="keep the store built here")
    args = parser.parse_args()
    if args.index:
        measure(args.index, args.rounds)
        return
    with tempfile.TemporaryDirectory() as tmp:
        index = build(Path(tmp), args.n)
        measure(index, args.rounds)
        if args.keep:
            shutil.copytree(index, args.keep, dirs_exist_ok=True)


def build(tmp: Path, n: int) -> Path:
    """Generate ``n`` reports and ingest them (lexical-only) with the sample reports."""
    corpus, index = tmp / "corpus", tmp / "index"
    make = [sys.executable, str(REPO / "bench/make_corpus.py"), "--n", str(n), "--out", str(corpus)]
    subprocess.run(make, check=True, capture_output=True)
    env = {**os.environ, "GOVQA_INDEX_DIR": str(index), "GOVQA_EMBED": "false"}
    started = time.perf_counter()
    for folder in (corpus, REPO / "data/reports"):
        subprocess.run([GOVQA, "ingest", "--no-dense", str(folder)], env=env, check=True)
    print(f"ingested {n} generated + 5 sample reports in {time.perf_counter() - started:.0f} s")
    return index


def measure(index: Path, rounds: int) -> None:
    """Ask every question once to warm up, then ``rounds`` times; print p50/p95 per shape.

    Wall time is what a user waits; CPU time (this process) is close to the wall time of an
    idle machine when the machine is shared, and without figure workers (``GOVQA_WORKERS=0``):
    a worker's time is its own process's. The last line says for how many reports the workers
    found the figures.
    """
    from retrieval.config import Settings
    from retrieval.service import AnswerService

    service = AnswerService(Settings(index_dir=index, embed=False))
    service.ask("预热", mode="extractive")
    reports = len(service.reports.sources())
    print(
        f"{reports} reports in the store; {service.settings.workers} figure worker(s)"
        f" (GOVQA_WORKERS); {rounds} warm rounds per question (ms)"
    )
    for shape, questions in QUESTIONS.items():
        first = max(timed(service, question)[0] for question in questions)
        wall, cpu, kinds = [], [], set()
        for _ in range(rounds):
            for question in questions:
                took, used, kind = timed(service, question)
                wall.append(took)
                cpu.append(used)
                kinds.add(kind)
        print(
            f"{shape:10s} wall p50 {percentile(wall, 50):6.1f} p95 {percentile(wall, 95):6.1f}"
            f" | cpu p50 {percentile(cpu, 50):6.1f} p95 {percentile(cpu, 95):6.1f}"
            f" | first {first:6.1f} | answered as {'/'.join(sorted(kinds))}"
        )
    print(f"reports whose figures the workers found: {service.shards.shared}")


def percentile(values: list[float], pct: int) -> float:
    """Nearest rank: the smallest value with at least ``pct``% of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, -(-pct * len(ordered) // 100) - 1)]


def timed(service: object, question: str) -> tuple[float, float, str]:
    """Wall and CPU time of one extractive answer (ms), and the answer's shape."""
    started, used = time.perf_counter(), time.process_time()
    answer = service.ask(question, mode="extractive")  # type: ignore[attr-defined]
    wall = (time.perf_counter() - started) * 1000
    return wall, (time.process_time() - used) * 1000, answer.kind


if __name__ == "__main__":
    main()
