"""The store's manifest: an unchanged re-ingest answers from it without opening Chroma, and it
never claims what the store does not hold (writes under way, removals, a deleted store)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from retrieval.config import Settings
from retrieval.index import ChunkStore
from retrieval.ingest.chunking import Prepared, chunk_report
from retrieval.ingest.loading import load_report
from retrieval.service import AnswerService
from retrieval.text.words import tokenize

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
EMIN = "000_8e5fc35e060c3da7.txt"
UNCHANGED = {"added": 0, "updated": 0, "unchanged": 5, "skipped": 0}

_INGEST = """
import json, sys
from pathlib import Path
from retrieval.config import Settings
from retrieval.service import AnswerService
counts = AnswerService(Settings()).reports.ingest([Path(sys.argv[1])])
print(json.dumps({"counts": counts, "chromadb": "chromadb" in sys.modules}))
"""


def ingest_in_new_process(settings: Settings) -> dict[str, object]:
    env = {**os.environ, "GOVQA_INDEX_DIR": str(settings.index_dir), "GOVQA_EMBED": "false"}
    done = subprocess.run(
        [sys.executable, "-c", _INGEST, str(REPORTS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def manifest(settings: Settings) -> Path:
    return settings.index_dir / "manifest.json"


def test_unchanged_reingest_does_not_open_chroma(fresh_index: Settings) -> None:
    assert manifest(fresh_index).is_file()
    result = ingest_in_new_process(fresh_index)
    assert result == {"counts": UNCHANGED, "chromadb": False}
    # And the store still answers.
    assert "38件" in AnswerService(fresh_index).ask("额敏县全年接收行政复议案件多少件？").answer


def test_a_write_removes_the_manifest_until_it_is_complete(fresh_index: Settings) -> None:
    store = ChunkStore(fresh_index)
    report = load_report(REPORTS / EMIN)
    chunks = chunk_report(report)
    item = Prepared(report, chunks, [tokenize(c.indexed_text) for c in chunks])
    store.store_reports([item], None)
    # Killed here, an ingest must not find a note saying the store is complete.
    assert store.recorded_reports() is None
    store.refresh_lexical()
    recorded = store.recorded_reports()
    assert recorded is not None and recorded == store.reports(fresh=True)


def test_removed_report_is_ingested_again(fresh_index: Settings) -> None:
    service = AnswerService(fresh_index)
    service.reports.remove(EMIN)
    assert EMIN not in (service.store.recorded_reports() or {EMIN: {}})
    counts = ingest_in_new_process(fresh_index)["counts"]
    assert counts == {"added": 1, "updated": 0, "unchanged": 4, "skipped": 0}


def test_deleted_store_with_a_manifest_left_behind_is_rebuilt(fresh_index: Settings) -> None:
    shutil.rmtree(fresh_index.index_dir / "chroma")
    assert manifest(fresh_index).is_file()
    # A new process: Chroma caches its clients per path within one.
    counts = ingest_in_new_process(fresh_index)["counts"]
    assert counts == {"added": 5, "updated": 0, "unchanged": 0, "skipped": 0}


def test_unreadable_manifest_falls_back_to_the_store(fresh_index: Settings) -> None:
    manifest(fresh_index).write_text("{not json", encoding="utf-8")
    assert AnswerService(fresh_index).reports.ingest([REPORTS]) == UNCHANGED
    assert json.loads(manifest(fresh_index).read_text(encoding="utf-8"))["reports"]
