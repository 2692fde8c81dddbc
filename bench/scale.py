"""Scale figures for issue 6: a generated corpus next to the sample reports.

1. `govqa ingest --no-dense` of N generated reports: wall time and peak memory (the sum of
   the resident memory of the ingest process and its workers, sampled every 0.2 s).
2. The five sample reports added with dense embeddings; then the dev set is answered with the
   N reports present: answer-key accuracy, abstentions, warm query p50/p95.
3. Dense ingest overhead: ingest M generated reports with embeddings, against the time the
   embedder alone needs for the same chunks. The ingest command's start-up (imports, model and
   dictionary loading: a few seconds) is paid once per run, so M is large enough (24 reports,
   about 1,000 chunks) for the ratio to describe a large ingest; the fixed part is printed too.

Usage: python bench/scale.py [--n 1000] [--dense-sample 24]   (about 10 minutes for N=1000)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOVQA = str(Path(sys.executable).with_name("govqa"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--dense-sample", type=int, default=24)
    parser.add_argument("--embed-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.embed_only:
        embed_only(args.embed_only)
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus, index = Path(tmp) / "corpus", Path(tmp) / "index"
        make = [sys.executable, str(REPO / "bench/make_corpus.py"), "--n", str(args.n)]
        subprocess.run([*make, "--out", str(corpus)], check=True, capture_output=True)
        env = {**os.environ, "GOVQA_INDEX_DIR": str(index)}
        wall, peak = measured([GOVQA, "ingest", "--no-dense", str(corpus)], env)
        mib = peak / 2**20
        print(f"ingest --no-dense, {args.n} reports: {wall:.1f} s wall, peak {mib:.0f} MiB")
        subprocess.run([GOVQA, "ingest", str(REPO / "data/reports")], env=env, check=True)
        dev_figures(index)
        dense_overhead(corpus, Path(tmp) / "dense-index", args.dense_sample)


def measured(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time and peak summed RSS (bytes) of a command and its children."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, start_new_session=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, group_rss(process.pid))
        time.sleep(0.2)
    if process.returncode:
        raise SystemExit(f"{command} failed with {process.returncode}")
    return time.perf_counter() - started, peak


def group_rss(pgid: int) -> int:
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid:
                total += int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    return total


def dev_figures(index: Path) -> None:
    import json

    from dev_eval import ask_item  # bench/ is on sys.path when this script runs

    from retrieval.config import Settings
    from retrieval.service import AnswerService

    service = AnswerService(Settings(index_dir=index))
    service.ask("预热")
    items = [json.loads(x) for x in (REPO / "data/eval/dev.jsonl").read_text().splitlines()]
    right, answerable, abstained_ok, unanswerable, latencies = 0, 0, 0, 0, []
    # Answerable questions by whether routing narrowed the search (a region or year named or
    # inherited, or one report matching a description): the others describe a report by
    # content that several reports share.
    routed = {True: [0, 0], False: [0, 0]}
    everything = len(service.reports.sources())
    for item in items:
        answer, ms = ask_item(service, item)
        latencies.append(ms)
        if item["type"] == "unanswerable":
            unanswerable += 1
            abstained_ok += answer.abstained
        else:
            answerable += 1
            ok = all(k in answer.answer for k in item["answer_keys"]) and not answer.abstained
            right += ok
            tally = routed[len(answer.searched) < everything]
            tally[0] += ok
            tally[1] += 1
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(
        f"dev set with the corpus present: answer keys {right}/{answerable} "
        f"({right / answerable:.1%}; routed by region, year or description {routed[True][0]}/"
        f"{routed[True][1]}, unrouted {routed[False][0]}/{routed[False][1]}), "
        f"abstained {abstained_ok}/{unanswerable}; "
        f"warm query p50 {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms"
    )


def dense_overhead(corpus: Path, index: Path, count: int) -> None:
    folder = index.parent / "dense-sample"
    folder.mkdir()
    for path in sorted(corpus.glob("*.txt"))[:count]:
        (folder / path.name).write_bytes(path.read_bytes())
    # Both in a fresh process: this one holds a service over the large corpus, which slowed
    # the embedder measured here by 10-15%.
    done = subprocess.run(
        [sys.executable, __file__, "--embed-only", str(folder)],
        check=True,
        capture_output=True,
        text=True,
    )
    chunks, seconds = done.stdout.split()
    alone = float(seconds)
    env = {**os.environ, "GOVQA_INDEX_DIR": str(index)}
    wall, _ = measured([GOVQA, "ingest", str(folder)], env)
    print(
        f"dense ingest of {count} reports ({chunks} chunks): {wall:.1f} s wall; embedder alone "
        f"{alone:.1f} s; overhead {wall / alone - 1:+.0%} ({wall - alone:+.1f} s)"
    )


def embed_only(folder: Path) -> None:
    """Print the chunk count and the seconds the embedder alone needs for ``folder``'s reports,
    one batch per report as the ingest embeds them (the model loads on the first batch, as in
    the ingest)."""
    from retrieval.ingest.chunking import chunk_report
    from retrieval.ingest.loading import load_report
    from retrieval.search.hybrid import embed_passages

    batches = [
        [c.indexed_text for c in chunk_report(load_report(p))] for p in sorted(folder.iterdir())
    ]
    started = time.perf_counter()
    for batch in batches:
        embed_passages(batch)
    print(sum(map(len, batches)), time.perf_counter() - started)


if __name__ == "__main__":
    main()
