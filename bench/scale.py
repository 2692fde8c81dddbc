"""Scale figures (issues 6 and 14): a generated corpus of N reports next to the sample reports.

Each row of the issue's table, in order:

1. `govqa ingest --no-dense` of N generated reports: wall time and peak memory (the sum of the
   resident memory of the ingest process and its workers, sampled every 0.2 s).
2. Adding one report (`govqa ingest --no-dense FILE`, a report of another seed): wall, peak.
3. Unchanged re-ingest: that one file again, and the whole corpus again (both must not grow
   with the store beyond the files given).
4. The five sample reports added with dense embeddings; cold `govqa ask` (a new process, a
   question about a generated report); then the dev set answered with the N reports present:
   answer-key accuracy, abstentions, warm query p50/p95; the questions routed to a report (a
   region, year or description named) asked again of the samples alone, to show the corpus
   costs none of them.
5. The all-report question shapes over every report: the reports whose passages contain a
   word, and each report's best passage for a topic (with its text), p50/p95 over topics.
6. Dense ingest overhead (``--dense-sample M``, 0 to skip): M generated reports ingested with
   embeddings, against the time the embedder alone needs for the same chunks.

Usage: python bench/scale.py [--n 1000] [--dense-sample 24]
(about 5 minutes for N=1000 on 2 cores, 15 for N=10000; run it with `nice` on a shared machine)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOVQA = str(Path(sys.executable).with_name("govqa"))
# Topics of the all-report shapes: subjects every report of this kind speaks about.
ALL_REPORT_KINDS = ("ranking", "table", "mentions")
TOPICS = ("行政复议案件", "法律顾问", "行政执法人员培训", "普法宣传活动", "行政应诉", "合法性审查")


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
        root = Path(tmp)
        corpus, index = root / "corpus", root / "index"
        rows = make_corpus(args.n, corpus, seed=7)
        env = {**os.environ, "GOVQA_INDEX_DIR": str(index)}
        wall, peak = measured([GOVQA, "ingest", "--no-dense", str(corpus)], env)
        print(f"ingest --no-dense, {args.n} reports: {wall:.1f} s wall, peak {mib(peak)} MiB")
        disk(index, args.n)
        one = make_corpus(1, root / "one", seed=1014)[0]
        added = root / "one" / one["file"]
        wall, peak = measured([GOVQA, "ingest", "--no-dense", str(added)], env)
        print(f"add one report to {args.n}: {wall:.2f} s wall, peak {mib(peak)} MiB")
        wall, _ = measured([GOVQA, "ingest", "--no-dense", str(added)], env)
        print(f"unchanged re-ingest of that report: {wall:.2f} s wall")
        wall, peak = measured([GOVQA, "ingest", "--no-dense", str(corpus)], env)
        print(f"unchanged re-ingest of all {args.n}: {wall:.1f} s wall, peak {mib(peak)} MiB")
        subprocess.run([GOVQA, "ingest", str(REPO / "data/reports")], env=env, check=True)
        cold_ask(env, question_for(rows[len(rows) // 2]))
        with_corpus = dev_figures(index)
        samples = root / "samples-index"
        samples_env = {**os.environ, "GOVQA_INDEX_DIR": str(samples)}
        subprocess.run([GOVQA, "ingest", str(REPO / "data/reports")], env=samples_env, check=True)
        against_samples_alone(samples, with_corpus)
        lexical_latency(index)
        if args.dense_sample:
            dense_overhead(corpus, root / "dense-index", args.dense_sample)


def disk(index: Path, reports: int) -> None:
    """Bytes on disk per report: Chroma, the postings, the catalog."""
    parts = {
        "Chroma": index / "chroma",
        "postings": index / "lexical" / "postings",
        "catalog": index / "lexical" / "catalog.sqlite3",
    }
    sizes = {
        name: sum(p.stat().st_size for p in ([path] if path.is_file() else path.rglob("*")))
        for name, path in parts.items()
    }
    print(
        "on disk per report: "
        + ", ".join(f"{name} {size / reports / 1024:.1f} KiB" for name, size in sizes.items())
    )


def cold_ask(env: dict[str, str], question: str) -> None:
    """`govqa ask` in a new process, lexical-only and with the embedder: median of 3 (the first
    ask after an ingest also rebuilds the query dictionary's cache)."""
    for label, extra in (("lexical-only", {"GOVQA_EMBED": "false"}), ("with the embedder", {})):
        walls = [measured([GOVQA, "ask", question], {**env, **extra}, quiet=True)[0] for _ in "123"]
        print(f"cold govqa ask, {label}: {statistics.median(walls):.2f} s wall (median of 3)")


def make_corpus(n: int, out: Path, seed: int) -> list[dict[str, object]]:
    """Generate ``n`` reports into ``out``; their manifest rows."""
    manifest = out.with_suffix(".jsonl")
    make = [sys.executable, str(REPO / "bench/make_corpus.py"), "--n", str(n), "--seed", str(seed)]
    command = [*make, "--out", str(out), "--manifest", str(manifest)]
    subprocess.run(command, check=True, capture_output=True)
    return [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]


def question_for(row: dict[str, object]) -> str:
    """A question about one generated report (its region and year)."""
    return f"{row['region'] or ''}{row['year']}年组织开展了多少次法治宣传活动？"


def mib(size: int) -> str:
    return f"{size / 2**20:.0f}"


def measured(command: list[str], env: dict[str, str], quiet: bool = False) -> tuple[float, int]:
    """Wall time and peak summed RSS (bytes) of a command and its children."""
    started = time.perf_counter()
    out = subprocess.DEVNULL if quiet else None
    process = subprocess.Popen(command, env=env, start_new_session=True, stdout=out)
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


def percentiles(latencies: list[float]) -> str:
    ordered = sorted(latencies)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms"


def dev_outcomes(service: Any, named: dict[str, bool] | None = None) -> list[Any]:
    """The dev set asked and scored as `govqa eval` does (history first, one conversation);
    ``named`` receives, for each question, whether it names every report it asks about by
    region (see `region_named`)."""
    from dev_eval import scored  # bench/ is on sys.path when this script runs

    from retrieval.evaluation.evaluate import load_items

    def ask(question: str, conversation: Any) -> Any:
        if named is not None:
            named[question] = region_named(service.planning.current().plan(question, conversation))
        return service.ask(question, conversation=conversation)

    return scored(service, load_items(REPO / "data/eval/dev.jsonl", []), ask)


def region_named(plan: Any) -> bool:
    """True when the question names (or inherits) the region of every report it asks about.

    Not the all-report shapes, and not a report named by what it says ("推行…的那个县", "没写
    县名的那份"): the generated reports are made from the samples, so such a description fits
    many of them, and the question rightly gets another answer with the corpus present.
    """
    return (
        plan.kind not in ALL_REPORT_KINDS
        and bool(plan.route.regions)
        and len(plan.groups) == len(plan.route.regions)
        and all(group.label in plan.route.regions for group in plan.groups)
    )


def dev_figures(index: Path) -> dict[str, bool]:
    """The dev set's figures with the corpus present; whether each answerable question was
    answered right."""
    from retrieval.config import Settings
    from retrieval.service import AnswerService

    service = AnswerService(Settings(index_dir=index))
    service.ask("预热")
    outcomes = dev_outcomes(service)
    answerable = [o for o in outcomes if o.item.answerable]
    others = [o for o in outcomes if not o.item.answerable]
    right = sum(o.passed for o in answerable)
    latencies = [o.latency_ms for o in outcomes if o.latency_ms is not None]
    print(
        f"dev set with the corpus present (scored as govqa eval): answerable right "
        f"{right}/{len(answerable)} ({right / len(answerable):.1%}), unanswerable and chitchat "
        f"right {sum(o.passed for o in others)}/{len(others)}; warm query {percentiles(latencies)}"
    )
    all_report_shapes(service.store.lexical(), len(service.reports.sources()))
    started = time.perf_counter()
    records = service.store._chroma.records()
    print(
        f"reading every report record from Chroma ({len(records)}; what a server-mode client "
        f"compares with its catalog every 2 s): {time.perf_counter() - started:.2f} s"
    )
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"this process (answer service with the embedder loaded): peak {rss:.0f} MiB")
    return {o.item.question: o.passed for o in answerable}


def against_samples_alone(samples: Path, with_corpus: dict[str, bool]) -> None:
    """The dev set asked again of a store that holds the five samples alone: the corpus must
    cost none of the region-named questions (told apart by their plans over the samples, where
    a described report is found and is not a named one)."""
    from retrieval.config import Settings
    from retrieval.service import AnswerService

    service = AnswerService(Settings(index_dir=samples))
    service.ask("预热")
    named: dict[str, bool] = {}
    alone = {o.item.question: o.passed for o in dev_outcomes(service, named)}
    with_corpus = {q: passed for q, passed in with_corpus.items() if named.get(q)}
    lost = [q for q, passed in with_corpus.items() if alone.get(q) and not passed]
    gained = [q for q, passed in with_corpus.items() if passed and not alone.get(q)]
    print(
        f"region-named dev questions ({len(with_corpus)}): right with the corpus "
        f"{sum(with_corpus.values())}, with the samples alone "
        f"{sum(bool(alone.get(q)) for q in with_corpus)}; right alone only {len(lost)}, right "
        f"with the corpus only {len(gained)}"
    )
    for question in lost:
        print(f"  right alone only: {question}")


def lexical_latency(index: Path) -> None:
    """The dev set's warm latency with lexical search alone (a store ingested --no-dense)."""
    from retrieval.config import Settings
    from retrieval.service import AnswerService

    service = AnswerService(Settings(index_dir=index, embed=False))
    service.ask("预热")
    latencies = [o.latency_ms for o in dev_outcomes(service) if o.latency_ms is not None]
    print(f"warm query, lexical-only (GOVQA_EMBED=false): {percentiles(latencies)}")


def all_report_shapes(lexical: object, reports: int) -> None:
    """Which reports contain a topic's words; each report's best passage for the topic."""
    containing, best, sizes = [], [], []
    for _ in range(3):
        for topic in TOPICS:
            started = time.perf_counter()
            found = lexical.reports_containing(lexical.query_tokens(topic))  # type: ignore[attr-defined]
            containing.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            passages = lexical.top_per_report(topic, 1)  # type: ignore[attr-defined]
            best.append((time.perf_counter() - started) * 1000)
            sizes.append((len(found), len(passages)))
    print(
        f"all-report shapes over {reports} reports ({len(TOPICS)} topics x 3): reports "
        f"containing the topic's words {percentiles(containing)}; best passage of every report "
        f"(text included) {percentiles(best)}; reports found per topic "
        f"{min(s[1] for s in sizes)}-{max(s[1] for s in sizes)}"
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
    from retrieval.embeddings import embed_passages
    from retrieval.ingest.chunking import chunk_report
    from retrieval.ingest.loading import load_report

    batches = [
        [c.indexed_text for c in chunk_report(load_report(p))] for p in sorted(folder.iterdir())
    ]
    started = time.perf_counter()
    for batch in batches:
        embed_passages(batch)
    print(sum(map(len, batches)), time.perf_counter() - started)


if __name__ == "__main__":
    main()
