"""The lexical index is incremental: a write touches the postings of the reports it writes, two
ingests at once leave the store one ingest would, and the all-report searches (reports holding
words, each report's best passage) agree with the chunks themselves."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from chroma_server import REPO, cli_env, govqa, start_govqa

from retrieval.config import Settings
from retrieval.index import ChunkStore
from retrieval.service import AnswerService

REPORTS = REPO / "data" / "reports"
EMIN, PULAN = "000_8e5fc35e060c3da7.txt", "002_62a3a57a87610d23.txt"


def table_words(store: ChunkStore) -> dict[str, list[set[str]]]:
    """Each report's chunks' search words, as Chroma's chunk tables hold them."""
    found: dict[str, list[set[str]]] = {}
    for source, _, _, _, words in store._chroma.read(sorted(store._chroma.records())):
        found[source] = [set(line.split()) for line in words]
    return found


def test_adding_a_report_reads_no_other_report(fresh_index: Settings) -> None:
    service = AnswerService(fresh_index)
    service.reports.remove(EMIN)
    store = ChunkStore(fresh_index)
    others = sorted(store.reports())
    # Without the other reports' chunk tables, only an index that leaves them alone keeps them.
    store._chroma.call(lambda: store._chroma.collection("tables").delete(ids=others))

    assert AnswerService(fresh_index).reports.ingest([REPORTS / EMIN])["added"] == 1

    fresh = AnswerService(fresh_index)
    lexical = fresh.store.lexical()
    assert set(fresh.store.reports()) == {*others, EMIN}
    hits = lexical.search("法律援助", 5, [PULAN])
    assert hits and all(lexical.source_of(i) == PULAN for i, _ in hits)
    text = (REPORTS / PULAN).read_text(encoding="utf-8")
    for _, passage, meta in fresh.store.get([i for i, _ in hits]):
        assert text[meta["start"] : meta["end"]] == passage
    assert "126件" in fresh.ask("额敏县累计抽查执法案卷多少件？").answer


def test_removing_a_report_drops_its_postings_only(fresh_index: Settings) -> None:
    store = ChunkStore(fresh_index)
    before = store.lexical()
    count = len(before.ids)
    holding = before.reports_containing(["法律援助"])
    chunks = {s: int(m["chunks"]) for s, m in store.reports().items()}
    assert PULAN in holding
    AnswerService(fresh_index).reports.remove(PULAN)
    lexical = ChunkStore(fresh_index).lexical()
    assert len(lexical.ids) == count - chunks[PULAN] == len(set(lexical.ids))
    assert lexical.reports_containing(["法律援助"]) == {
        s: n for s, n in holding.items() if s != PULAN
    }


def test_reports_containing_agrees_with_the_chunk_tables(fresh_index: Settings) -> None:
    store = ChunkStore(fresh_index)
    lexical = store.lexical()
    tables = table_words(store)
    for words in (["行政复议"], ["法律顾问", "聘请"], ["公证"], ["没有这个词"]):
        expected = {
            source: n
            for source, chunks in tables.items()
            if (n := sum(1 for chunk in chunks if set(words) <= chunk))
        }
        assert lexical.reports_containing(words) == expected, words


def test_each_reports_best_passage_is_its_own_top_hit(fresh_index: Settings) -> None:
    store = ChunkStore(fresh_index)
    lexical = store.lexical()
    best = lexical.top_per_report("行政复议案件", 2)
    assert len(best) >= 4
    for source, passages in best.items():
        expected = lexical.search("行政复议案件", 2, [source])
        assert [(chunk[0], round(score, 4)) for chunk, score in passages] == [
            (i, round(score, 4)) for i, score in expected
        ]
        text = (REPORTS / source).read_text(encoding="utf-8")
        for (_, passage, meta), _ in passages:
            assert meta["source"] == source and text[meta["start"] : meta["end"]] == passage
    assert set(lexical.top_per_report("行政复议案件", 1, [PULAN, EMIN])) <= {PULAN, EMIN}


def test_two_ingests_at_once_leave_the_store_of_one(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    subprocess.run(
        [sys.executable, str(REPO / "bench" / "make_corpus.py"), "--n", "30", "--out", str(corpus)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    files = sorted(corpus.iterdir())
    halves = [tmp_path / "a", tmp_path / "b"]
    for half, part in zip(halves, (files[:18], files[12:]), strict=True):
        half.mkdir()
        for path in part:  # six reports in both
            shutil.copyfile(path, half / path.name)
    env = cli_env(tmp_path / "index")
    jobs = [start_govqa("ingest", str(half), env=env) for half in halves]
    for job in jobs:
        _, err = job.communicate(timeout=600)
        assert job.returncode == 0, err
    listed = json.loads(govqa("sources", "--json", env=env).stdout)
    assert sorted(s["source"] for s in listed) == [p.name for p in files]
    assert (
        govqa("ingest", str(corpus), env=env)
        .stderr.strip()
        .endswith("0 added, 0 updated, 30 unchanged, 0 skipped")
    )
    settings = Settings(index_dir=tmp_path / "index", embed=False, _env_file=None)  # type: ignore[call-arg]
    store = ChunkStore(settings)
    chroma = {i for i, _, _ in store.chunks()}
    assert set(store.lexical().ids) == chroma
    assert len(store.lexical().ids) == len(chroma)
