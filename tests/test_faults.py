"""Faults (issue 6): `govqa ingest` killed with SIGKILL, then rerun; bad files among good ones.

The killed ingest runs in a subprocess of its own session; the test watches Chroma's SQLite
file (read-only) and kills the process as soon as the first report records are committed.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from chroma_server import REPO, cli_env, govqa, start_govqa

REPORTS = REPO / "data" / "reports"
N_REPORTS = 60
COLLECTION = "govqa"  # the default GOVQA_COLLECTION; report records are in "<name>_sources"

# Chroma's embeddings_queue is its write-ahead log: a committed upsert of report records is
# there before anything else sees it.
_RECORDS_SQL = (
    "SELECT count(*) FROM embeddings_queue q JOIN collections c "
    "ON q.topic LIKE '%/' || c.id WHERE c.name = ?"
)
# Everything stored, read in a fresh process (no client cache): chunk ids and sources from every
# chunk collection ("<name>" and "<name>_*"), and the report records ("<name>_sources").
_DUMP = """
import json, sys
import chromadb
from chromadb.config import Settings
from retrieval.index.records import read_table
client = chromadb.PersistentClient(sys.argv[1], settings=Settings(anonymized_telemetry=False))
name = sys.argv[2]
ids, chunk_sources = [], []
tables = client.get_collection(name + "_tables").get(include=["metadatas"])
for source, meta in zip(tables["ids"], tables["metadatas"]):
    rows, _ = read_table(meta)
    ids += [row[0] for row in rows]
    chunk_sources += [source] * len(rows)
reports = client.get_collection(name + "_sources").get(include=["metadatas"])
print(json.dumps({
    "ids": ids,
    "chunk_sources": chunk_sources,
    "reports": dict(zip(reports["ids"], reports["metadatas"])),
}, ensure_ascii=False))
"""


@dataclass
class Interrupted:
    """A corpus, a clean ingest of it, and an ingest of it killed halfway."""

    corpus: Path
    manifest: list[dict[str, Any]]
    clean: dict[str, str]
    killed: dict[str, str]
    killed_after: float
    leftovers: list[str] = field(default_factory=list)


def store_dump(env: dict[str, str]) -> dict[str, Any]:
    """What a store holds, read by a fresh process."""
    chroma = Path(env["GOVQA_INDEX_DIR"]) / "chroma"
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, str(chroma), COLLECTION],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def sources(env: dict[str, str]) -> list[dict[str, Any]]:
    """`govqa sources --json`."""
    done = govqa("sources", "--json", env=env)
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def committed_records(database: Path) -> int:
    """Report records committed so far (0 while the file or its tables do not exist yet)."""
    if not database.exists():
        return 0
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return 0
    try:
        return int(connection.execute(_RECORDS_SQL, (COLLECTION + "_sources",)).fetchone()[0])
    except sqlite3.Error:  # tables not created yet, or the writer holds a lock
        return 0
    finally:
        connection.close()


def session_members(session: int) -> list[str]:
    """Live processes of a session (the killed ingest's workers, if any survive it)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) == session and fields[0] != "Z":
                found.append(entry.name)
    return found


def kill_when_records_appear(env: dict[str, str], corpus: Path) -> tuple[float, list[str]]:
    """Start an ingest, SIGKILL it once some reports are committed; (seconds, survivors)."""
    database = Path(env["GOVQA_INDEX_DIR"]) / "chroma" / "chroma.sqlite3"
    job = start_govqa("ingest", str(corpus), env=env)
    started = time.monotonic()
    try:
        while job.poll() is None and time.monotonic() - started < 300:
            if committed_records(database) > 0:
                break
            time.sleep(0.05)
        assert job.poll() is None, "the ingest finished before it could be killed"
        os.kill(job.pid, signal.SIGKILL)  # the main process only, as a user's kill -9 would
        job.wait(timeout=30)  # not communicate(): surviving workers hold its pipes open
        elapsed = time.monotonic() - started
        deadline = time.monotonic() + 5
        while session_members(job.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        return elapsed, session_members(job.pid)
    finally:
        # Whatever is left of the session is ours: never leave workers behind.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(job.pid, signal.SIGKILL)
        if job.poll() is None:
            job.kill()
            job.communicate(timeout=30)


@pytest.fixture(scope="module")
def interrupted(tmp_path_factory: pytest.TempPathFactory) -> Interrupted:
    """60 generated reports: ingested cleanly, and ingested with a SIGKILL halfway."""
    root = tmp_path_factory.mktemp("faults")
    corpus, manifest = root / "corpus", root / "manifest.jsonl"
    subprocess.run(
        [sys.executable, str(REPO / "bench" / "make_corpus.py"), "--n", str(N_REPORTS),
         "--out", str(corpus), "--manifest", str(manifest)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    clean = cli_env(root / "clean" / "index")
    done = govqa("ingest", str(corpus), env=clean)
    assert done.returncode == 0, done.stderr
    killed = cli_env(root / "killed" / "index")
    elapsed, leftovers = kill_when_records_appear(killed, corpus)
    return Interrupted(corpus, rows, clean, killed, elapsed, leftovers)


def test_kill_9_leaves_no_worker_processes_behind(interrupted: Interrupted) -> None:
    # A killed ingest's worker processes must exit with it, not hold memory forever.
    assert not interrupted.leftovers, f"orphaned ingest workers: {interrupted.leftovers}"


def test_killed_ingest_leaves_a_consistent_partial_store(interrupted: Interrupted) -> None:
    listed = sources(interrupted.killed)
    assert 0 < len(listed) < N_REPORTS, f"{len(listed)} reports after the kill"
    dump = store_dump(interrupted.killed)
    assert set(dump["reports"]) == {s["source"] for s in listed}
    # A listed report is complete: all of its chunks are there.
    per_source: dict[str, int] = {}
    for source in dump["chunk_sources"]:
        per_source[source] = per_source.get(source, 0) + 1
    for s in listed:
        assert per_source.get(s["source"]) == s["chunks"], s["source"]
    # Questions work on the partial store (the lexical index is built from what is there).
    stored = [r for r in interrupted.manifest if r["file"] in dump["reports"]]
    asked = govqa(
        "ask", question_for(stored[0]), "--json", "--mode", "extractive", env=interrupted.killed
    )
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["searched"]


def question_for(row: dict[str, Any]) -> str:
    """A question about a generated report's region and year."""
    return f"{row['region']}{row['year']}年组织开展了多少次法治宣传活动？"


@pytest.fixture(scope="module")
def rerun(interrupted: Interrupted) -> dict[str, int]:
    """The killed ingest run again; its counts (added, unchanged, …) parsed from stderr."""
    before = len(sources(interrupted.killed))
    done = govqa("ingest", str(interrupted.corpus), env=interrupted.killed)
    assert done.returncode == 0, done.stderr
    summary = done.stderr.strip().splitlines()[-1].split(": ", 1)[1]
    counts = {what: int(n) for n, what in (part.split(" ") for part in summary.split(", "))}
    counts["before"] = before
    return counts


def test_rerun_finishes_only_the_rest(rerun: dict[str, int]) -> None:
    assert rerun["unchanged"] == rerun["before"]
    assert rerun["added"] == N_REPORTS - rerun["before"]
    assert rerun["updated"] == 0
    assert rerun["skipped"] == 0


def test_rerun_store_equals_a_clean_ingest(interrupted: Interrupted, rerun: dict[str, int]) -> None:
    assert sources(interrupted.killed) == sources(interrupted.clean)
    resumed, clean = store_dump(interrupted.killed), store_dump(interrupted.clean)
    assert len(resumed["reports"]) == N_REPORTS == len(list(interrupted.corpus.iterdir()))
    assert len(resumed["ids"]) == len(set(resumed["ids"])), "duplicate chunk ids"
    assert sorted(resumed["ids"]) == sorted(clean["ids"])
    assert set(resumed["chunk_sources"]) == set(resumed["reports"])
    total = sum(int(meta["chunks"]) for meta in resumed["reports"].values())
    assert len(resumed["ids"]) == total, "chunks that belong to no report record"


def test_rerun_store_answers_like_a_clean_ingest(
    interrupted: Interrupted, rerun: dict[str, int], tmp_path: Path
) -> None:
    questions = tmp_path / "questions.jsonl"
    rows = interrupted.manifest[:: max(1, N_REPORTS // 8)]
    questions.write_text(
        "".join(
            json.dumps({"id": r["file"], "question": question_for(r)}, ensure_ascii=False) + "\n"
            for r in rows
        ),
        encoding="utf-8",
    )
    answers = {}
    for name, env in (("resumed", interrupted.killed), ("clean", interrupted.clean)):
        out = tmp_path / f"{name}.jsonl"
        done = govqa("batch", str(questions), "-o", str(out), "--mode", "extractive", env=env)
        assert done.returncode == 0, done.stderr
        answers[name] = [
            {k: v for k, v in json.loads(line).items() if k != "timings_ms"}
            for line in out.read_text(encoding="utf-8").splitlines()
        ]
    assert answers["resumed"] == answers["clean"]
    answered = [a for a in answers["resumed"] if not a["abstained"]]
    assert answered, "no generated report's question was answered"
    for a in answered:
        assert {c["source"] for c in a["citations"]} == {a["id"]}


# --- bad files among good ones -----------------------------------------------------------------

# Each bad file and what its warning must say (beyond naming the file).
BAD = {
    "empty.txt": "",
    "blank.md": "",
    "binary.txt": "",
    "truncated.docx": "",
    "truncated.pdf": "",
    "scan.pdf": "OCR",
    "dangling.txt": "",
}
# A file-level symlink loop: a warning each, or silently left out; never a crash.
LOOPED = ("loop-a.txt", "loop-b.txt")
ODD_NAME = "2024年 沁平县 法治政府建设 报告.txt"


def make_inbox(inbox: Path) -> dict[str, Any]:
    """A folder of bad files, a stored report again, and a good report with an odd name."""
    import docx
    from fixtures_formats import cjk_pdf, wrap

    inbox.mkdir()
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "blank.md").write_bytes(b" \n\n\t\n")
    (inbox / "binary.txt").write_bytes(random_bytes(8192))
    document = docx.Document()
    document.add_heading("沁平县2022年法治政府建设工作报告", 1)
    for i in range(40):
        document.add_paragraph(f"全年办理行政复议案件{i + 3}件，依法履职成效明显。")
    buffer = io.BytesIO()
    document.save(buffer)
    (inbox / "truncated.docx").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    pdf = cjk_pdf([wrap("沁平县2024年全年办理行政复议案件12件，调解和解4件。" * 6)])
    (inbox / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (inbox / "scan.pdf").write_bytes(cjk_pdf([["扫描件"], ["扫描件"]], image_only=True))
    (inbox / "dangling.txt").symlink_to("nowhere.txt")
    (inbox / "loop-a.txt").symlink_to("loop-b.txt")
    (inbox / "loop-b.txt").symlink_to("loop-a.txt")
    (inbox / "cycle").symlink_to(".", target_is_directory=True)
    (inbox / "nested").mkdir()
    (inbox / "nested" / "up").symlink_to("..", target_is_directory=True)
    shutil.copyfile(REPORTS / "000_8e5fc35e060c3da7.txt", inbox / "000_8e5fc35e060c3da7.txt")
    generated = inbox.parent / "generated"
    manifest = inbox.parent / "generated.jsonl"
    subprocess.run(
        [sys.executable, str(REPO / "bench" / "make_corpus.py"), "--n", "1", "--seed", "11",
         "--out", str(generated), "--manifest", str(manifest)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    row = json.loads(manifest.read_text(encoding="utf-8").splitlines()[0])
    shutil.copyfile(generated / row["file"], inbox / ODD_NAME)
    return row


def random_bytes(n: int) -> bytes:
    """Deterministic noise with NUL bytes, like a binary file renamed to .txt."""
    import random

    return random.Random(6).randbytes(n)


def test_bad_files_are_warned_about_and_nothing_stored_is_lost(
    fresh_index: Any, tmp_path: Path
) -> None:
    env = cli_env(fresh_index.index_dir)
    before = {s["source"]: s for s in sources(env)}
    assert len(before) == 5
    row = make_inbox(tmp_path / "inbox")

    done = govqa("ingest", str(tmp_path / "inbox"), env=env, timeout=180)

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    for name, must_say in BAD.items():
        about = [line for line in lines if name in line]
        assert len(about) == 1, (name, lines)
        assert must_say in about[0], about[0]
    for name in LOOPED:
        assert len([line for line in lines if name in line]) <= 1, (name, lines)
    named = {line for line in lines for name in (*BAD, *LOOPED) if name in line}
    rest = [line for line in lines if line not in named]
    assert len(rest) == 1 and rest[0].startswith("ingested into"), rest
    assert "1 added" in rest[0] and "1 unchanged" in rest[0], rest[0]

    after = {s["source"]: s for s in sources(env)}
    assert {k: v for k, v in after.items() if k in before} == before
    assert set(after) == set(before) | {ODD_NAME}
    shown = govqa("show", ODD_NAME, env=env)
    assert shown.returncode == 0, shown.stderr
    text = (tmp_path / "inbox" / ODD_NAME).read_bytes().decode("utf-8")
    assert shown.stdout.rstrip("\n") == text.rstrip("\n")
    question = f"{row['region']}{row['year']}年全年办理减免责案件多少件？"
    asked = govqa("ask", question, "--json", "--mode", "extractive", env=env)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert not answer["abstained"], answer["answer"]
    for c in answer["citations"]:
        assert c["source"] == ODD_NAME
        assert text[c["start"] : c["end"]] == c["excerpt"]


BIG_MB = 50


@pytest.mark.slow
def test_a_50_mb_text_file_is_handled_in_bounded_time(fresh_index: Any, tmp_path: Path) -> None:
    # Realistic text (a sample report repeated): either ingested, or refused with one line.
    big = tmp_path / "big" / "汇编.txt"
    big.parent.mkdir()
    report = (REPORTS / "000_8e5fc35e060c3da7.txt").read_bytes()
    with big.open("wb") as out:
        for _ in range(BIG_MB * 2**20 // len(report) + 1):
            out.write(report)
    env = cli_env(fresh_index.index_dir)
    before = sources(env)
    try:
        done = govqa("ingest", str(big.parent), env=env, timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail(f"ingest of a {BIG_MB} MB text file ran for more than 90 s")
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    after = {s["source"]: s for s in sources(env)}
    assert all(after.get(s["source"]) == s for s in before), "a stored report was lost"
    if big.name in after:
        assert done.returncode == 0, done.stderr
        assert len(lines) == 1 and "1 added" in lines[0], lines
    else:
        assert done.returncode == 2, done.stderr  # the only file given could not be ingested
        assert lines[-1].startswith("error: nothing ingested"), lines
        about = [line for line in lines if big.name in line]
        assert len(about) == 1, lines
        assert len(lines) == 2, lines
