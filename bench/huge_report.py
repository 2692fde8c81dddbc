"""What one huge report costs the commands that do not read it (issue 11, untrusted files).

The five sample reports plus one report of --mb megabytes (a sample report repeated, region
names changed) are ingested lexical-only into a temp index with GOVQA_MAX_REPORT_MB raised.
Then, in fresh processes, each timed --runs times (median printed):

- `govqa sources`;
- `govqa ask` of a question about a sample report (its passages are not in the huge one);

and the same two commands on an index of the five samples alone, for comparison.

Usage: python bench/huge_report.py [--mb 10] [--runs 3]   (a 10 MB report ingests in ~1 min)
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
SAMPLE = REPO / "data" / "reports" / "000_8e5fc35e060c3da7.txt"
QUESTION = "普兰县审查规范性文件多少件？"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for label, huge in (("samples only", None), (f"with a {args.mb:g} MB report", args.mb)):
            env = index_env(root / label.replace(" ", "-"), huge, args.mb)
            for name, command in (("sources", ["sources"]), ("ask", ["ask", QUESTION])):
                seconds = [timed([GOVQA, *command], env) for _ in range(args.runs)]
                print(f"{label}: govqa {name}: {statistics.median(seconds):.2f} s")


def index_env(where: Path, huge_mb: float | None, limit_mb: float) -> dict[str, str]:
    where.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOVQA_", "OPENAI_"))}
    env.update(GOVQA_INDEX_DIR=str(where / "index"), GOVQA_MAX_REPORT_MB=str(limit_mb + 1))
    subprocess.run([GOVQA, "ingest", "--no-dense", str(REPO / "data/reports")], env=env, check=True)
    if huge_mb is not None:
        folder = where / "huge"
        folder.mkdir()
        write_huge(folder / "huge.txt", huge_mb)
        started = time.perf_counter()
        subprocess.run([GOVQA, "ingest", "--no-dense", str(folder)], env=env, check=True)
        print(f"ingest of the {huge_mb:g} MB report: {time.perf_counter() - started:.1f} s")
    return env


def write_huge(path: Path, mb: float) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    out = ["合成县2025年法治政府建设工作报告"]
    size, i = 0, 0
    while size < mb * 2**20:
        line = lines[i % len(lines)].replace("额敏县", f"合成县第{i}片区")
        out.append(line)
        size += len(line.encode("utf-8")) + 1
        i += 1
    path.write_text("\n".join(out), encoding="utf-8")


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
