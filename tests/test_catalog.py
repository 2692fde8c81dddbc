"""The lexical catalog: an unchanged re-ingest answers from it without opening Chroma, and it
never claims what the store does not hold (writes killed halfway, removals, a deleted store)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from retrieval.config import Settings
from retrieval.index import ChunkStore
from retrieval.index.lexical_side import LexicalSide
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


def catalog(settings: Settings) -> Path:
    return settings.index_dir / "lexical" / "catalog.sqlite3"


def dirty(settings: Settings) -> bool:
    with sqlite3.connect(catalog(settings)) as db:
        return db.execute("SELECT value FROM state WHERE key = 'dirty'").fetchone() == ("1",)


def test_unchanged_reingest_does_not_open_chroma(fresh_index: Settings) -> None:
    assert catalog(fresh_index).is_file() and not dirty(fresh_index)
    result = ingest_in_new_process(fresh_index)
    assert result == {"counts": UNCHANGED, "chromadb": False}
    # And the store still answers.
    assert "126件" in AnswerService(fresh_index).ask("额敏县累计抽查执法案卷多少件？").answer


def test_a_write_killed_before_the_lexical_side_is_repaired(
    fresh_index: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = AnswerService(fresh_index)
    service.reports.remove(EMIN)
    report = load_report(REPORTS / EMIN)
    chunks = chunk_report(report)
    item = Prepared(report, chunks, [tokenize(c.indexed_text) for c in chunks])

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # as a kill between Chroma's write and the postings' would

    monkeypatch.setattr(LexicalSide, "put", killed)
    with pytest.raises(KeyboardInterrupt):
        ChunkStore(fresh_index).store_reports([item], None)
    monkeypatch.undo()
    # Chroma holds the report, the lexical side does not, and says it may be behind.
    assert dirty(fresh_index)
    # The next reader brings it up to Chroma: the report is listed, searchable and citable.
    store = ChunkStore(fresh_index)
    assert EMIN in store.reports()
    assert not dirty(fresh_index)
    lexical = store.lexical()
    hits = lexical.search("额敏县累计抽查执法案卷", 5, [EMIN])
    assert hits and {lexical.source_of(i) for i, _ in hits} == {EMIN}
    assert "126件" in AnswerService(fresh_index).ask("额敏县累计抽查执法案卷多少件？").answer


def test_catalog_lists_what_chroma_holds(fresh_index: Settings) -> None:
    store = ChunkStore(fresh_index)
    assert store.reports() == store._chroma.records()
    assert store.stored([EMIN, "no-such.txt"]) == {EMIN: store.reports()[EMIN]}


def test_removed_report_is_ingested_again(fresh_index: Settings) -> None:
    service = AnswerService(fresh_index)
    service.reports.remove(EMIN)
    assert service.store.stored([EMIN]) == {}
    counts = ingest_in_new_process(fresh_index)["counts"]
    assert counts == {"added": 1, "updated": 0, "unchanged": 4, "skipped": 0}


def test_deleted_store_with_a_catalog_left_behind_is_rebuilt(fresh_index: Settings) -> None:
    shutil.rmtree(fresh_index.index_dir / "chroma")
    assert catalog(fresh_index).is_file()
    # A new process: Chroma caches its clients per path within one.
    counts = ingest_in_new_process(fresh_index)["counts"]
    assert counts == {"added": 5, "updated": 0, "unchanged": 0, "skipped": 0}


def test_unreadable_catalog_is_rebuilt_from_the_store(fresh_index: Settings) -> None:
    catalog(fresh_index).write_text("{not json", encoding="utf-8")
    assert AnswerService(fresh_index).reports.ingest([REPORTS]) == UNCHANGED
    assert not dirty(fresh_index)
    assert len(ChunkStore(fresh_index).reports()) == 5
