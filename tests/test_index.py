"""The store: idempotent re-ingest, replacement of changed reports, removal, lexical rebuilds."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from retrieval.config import Settings
from retrieval.errors import GovqaError
from retrieval.index import ChunkStore
from retrieval.ingest.chunking import chunk_report
from retrieval.ingest.loading import load_report
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
SAMPLES = sorted(p.name for p in REPORTS.glob("*.txt"))
EMIN, PULAN = "000_8e5fc35e060c3da7.txt", "002_62a3a57a87610d23.txt"
FACT = "累计抽查案卷126件"
QUESTION = "额敏县累计抽查执法案卷多少件？"


def chroma_chunks(settings: Settings) -> dict[str, tuple[str, dict[str, Any]]]:
    """Every chunk Chroma holds (the ground truth), read through a new store object."""
    store = ChunkStore(settings)
    return {i: (text, meta) for i, text, meta in store.chunks()}


def lexical_settings(index_dir: Path) -> Settings:
    return Settings(index_dir=index_dir, embed=False, _env_file=None)  # type: ignore[call-arg]


@pytest.fixture
def own_reports(tmp_path: Path) -> Path:
    """A writable copy of the sample reports."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in SAMPLES:
        (folder / name).write_bytes((REPORTS / name).read_bytes())
    return folder


def test_stored_chunks_match_the_chunker(fresh_index: Settings) -> None:
    stored = chroma_chunks(fresh_index)
    expected = {c.id: c for name in SAMPLES for c in chunk_report(load_report(REPORTS / name))}
    assert set(stored) == set(expected)
    for chunk_id, (text, meta) in stored.items():
        assert text == expected[chunk_id].text
        raw = (REPORTS / meta["source"]).read_bytes().decode("utf-8")
        assert raw[meta["start"] : meta["end"]] == text


def test_unchanged_reingest_adds_nothing(fresh_index: Settings) -> None:
    before = chroma_chunks(fresh_index)
    state = ChunkStore(fresh_index).state()
    postings_meta = (fresh_index.index_dir / "lexical" / "postings" / "meta.json").read_bytes()
    counts = AnswerService(fresh_index).reports.ingest([REPORTS])
    assert counts == {"added": 0, "updated": 0, "unchanged": 5, "skipped": 0}
    assert chroma_chunks(fresh_index) == before  # same ids, texts and metadata
    assert ChunkStore(fresh_index).state() == state
    # Nothing was committed to the postings.
    postings_after = (fresh_index.index_dir / "lexical" / "postings" / "meta.json").read_bytes()
    assert postings_after == postings_meta


def test_unchanged_reingest_embeds_nothing(
    built_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a copy of the dense session index: an unchanged re-ingest never calls the embedder."""
    index_dir = tmp_path / "dense-copy"
    shutil.copytree(built_index, index_dir)
    settings = Settings(index_dir=index_dir, embed=True, _env_file=None)  # type: ignore[call-arg]
    before = chroma_chunks(settings)
    embedded: list[int] = []

    def embedder(texts: list[str]) -> Any:
        embedded.append(len(texts))
        raise AssertionError("an unchanged report was embedded again")

    monkeypatch.setattr("retrieval.embeddings.embed_passages", embedder)
    counts = AnswerService(settings).reports.ingest([REPORTS])
    assert counts == {"added": 0, "updated": 0, "unchanged": 5, "skipped": 0}
    assert embedded == []
    assert chroma_chunks(settings) == before
    # Every chunk still has its vector.
    store = ChunkStore(settings)
    assert store._chroma.call(lambda: store._chroma.collection("chunks").count()) == len(before)


def test_changed_file_replaces_its_chunks(own_reports: Path, tmp_path: Path) -> None:
    settings = lexical_settings(tmp_path / "index")
    service = AnswerService(settings)
    service.reports.ingest([own_reports])
    before = chroma_chunks(settings)
    path = own_reports / EMIN
    old_text = path.read_text(encoding="utf-8")
    # A longer replacement: every offset after it moves.
    new_text = old_text.replace(FACT, "累计共抽查案卷140件", 1)
    path.write_text(new_text, encoding="utf-8")

    counts = AnswerService(settings).reports.ingest([own_reports])
    assert counts == {"added": 0, "updated": 1, "unchanged": 4, "skipped": 0}
    after = chroma_chunks(settings)
    emin = {i: v for i, v in after.items() if v[1]["source"] == EMIN}
    expected = chunk_report(load_report(path))
    assert set(emin) == {c.id for c in expected}  # no stale chunk left behind
    for text, meta in emin.values():
        assert new_text[meta["start"] : meta["end"]] == text
    assert not any(FACT in text for text, _ in after.values())
    others_before = {i for i, v in before.items() if v[1]["source"] != EMIN}
    assert others_before == {i for i, v in after.items() if v[1]["source"] != EMIN}

    fresh = AnswerService(settings)
    assert fresh.reports.source_text(EMIN) == new_text
    assert next(s for s in fresh.reports.sources() if s.source == EMIN).chunks == len(expected)
    answer = fresh.ask(QUESTION)
    assert "140件" in answer.answer and "126件" not in answer.answer
    assert all(new_text[c.start : c.end] == c.excerpt for c in answer.citations)


def test_running_service_sees_another_ingest(
    own_reports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long-lived service (chat, bot) picks up a report changed by another ingest."""
    # Skip the short cache window rather than sleep through it.
    monkeypatch.setattr("retrieval.index.store._STATE_CHECK_SECONDS", 0.0)
    settings = lexical_settings(tmp_path / "index")
    AnswerService(settings).reports.ingest([own_reports])
    running = AnswerService(settings)
    assert "126件" in running.ask(QUESTION).answer
    path = own_reports / EMIN
    new_text = path.read_text(encoding="utf-8").replace(FACT, "累计共抽查案卷140件", 1)
    path.write_text(new_text, encoding="utf-8")
    assert AnswerService(settings).reports.ingest([own_reports])["updated"] == 1
    answer = running.ask(QUESTION)
    assert "140件" in answer.answer
    assert all(new_text[c.start : c.end] == c.excerpt for c in answer.citations)


def test_remove_drops_one_report(fresh_index: Settings) -> None:
    service = AnswerService(fresh_index)
    question = "普兰县帮群众修改合同多少件？"
    assert "26件" in service.ask(question).answer  # answered while the report is stored
    pulan_chunks = next(s.chunks for s in service.reports.sources() if s.source == PULAN)
    assert service.reports.remove(PULAN) == pulan_chunks > 0
    assert [s.source for s in service.reports.sources()] == [n for n in SAMPLES if n != PULAN]
    stored = chroma_chunks(fresh_index)
    assert not any(meta["source"] == PULAN for _, meta in stored.values())
    lexical = AnswerService(fresh_index).store.lexical()
    assert set(lexical.ids) == set(stored)
    with pytest.raises(GovqaError, match="govqa sources"):
        service.reports.source_text(PULAN)
    with pytest.raises(GovqaError, match="govqa sources"):
        service.reports.remove(PULAN)
    answer = AnswerService(fresh_index).ask(question)
    assert answer.abstained and PULAN not in answer.searched
    assert AnswerService(fresh_index).reports.ingest([REPORTS])["added"] == 1


def test_deleted_lexical_index_is_rebuilt_on_next_query(fresh_index: Settings) -> None:
    expected = AnswerService(fresh_index).ask(QUESTION)
    lexical_dir = fresh_index.index_dir / "lexical"
    assert lexical_dir.is_dir()
    shutil.rmtree(lexical_dir)
    answer = AnswerService(fresh_index).ask(QUESTION)
    assert lexical_dir.is_dir()
    assert answer.answer == expected.answer and FACT in answer.answer


def test_lexical_side_left_dirty_is_repaired_from_chroma(
    fresh_index: Settings, tmp_path: Path
) -> None:
    """A removal killed after Chroma's delete: the lexical side still holds the report."""
    lexical_dir = fresh_index.index_dir / "lexical"
    saved = tmp_path / "old-lexical"
    shutil.copytree(lexical_dir, saved)
    AnswerService(fresh_index).reports.remove(PULAN)
    # Put back the lexical side of five reports, dirty as a killed writer leaves it.
    shutil.rmtree(lexical_dir)
    shutil.copytree(saved, lexical_dir)
    with sqlite3.connect(lexical_dir / "catalog.sqlite3") as db:
        db.execute("UPDATE state SET value = '1' WHERE key = 'dirty'")
    store = AnswerService(fresh_index).store
    lexical = store.lexical()
    assert lexical.state == store.state()
    assert set(lexical.ids) == set(chroma_chunks(fresh_index))
    assert PULAN not in lexical.sources
    assert PULAN not in store.reports()
    assert lexical.search("普兰县法律援助", 10) and not any(
        lexical.source_of(i) == PULAN for i, _ in lexical.search("普兰县法律援助", 40)
    )
    # The repair was saved: a new process finds the catalog clean.
    with sqlite3.connect(lexical_dir / "catalog.sqlite3") as db:
        assert db.execute("SELECT value FROM state WHERE key = 'dirty'").fetchone() == ("0",)


@pytest.mark.parametrize("damaged", ["catalog.sqlite3", "postings/meta.json"])
def test_unreadable_lexical_index_is_rebuilt(fresh_index: Settings, damaged: str) -> None:
    (fresh_index.index_dir / "lexical" / damaged).write_text("{not json", encoding="utf-8")
    answer = AnswerService(fresh_index).ask(QUESTION)
    assert not answer.abstained and FACT in answer.answer


def test_same_file_name_in_two_folders_is_handled(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "r.txt").write_bytes((REPORTS / EMIN).read_bytes())
    (second / "r.txt").write_bytes((REPORTS / PULAN).read_bytes())
    service = AnswerService(lexical_settings(tmp_path / "index"))
    try:
        counts = service.reports.ingest([first, second])
    except GovqaError as e:  # refusing, with a one-line message naming the file, is fine too
        assert "r.txt" in str(e) and "\n" not in str(e)
        return
    # Otherwise the store must say what it holds: one report per name, consistent counts.
    stored = service.reports.sources()
    assert [s.source for s in stored] == ["r.txt"]
    assert counts["added"] + counts["updated"] == 1
    text = service.reports.source_text("r.txt")
    chunks = chroma_chunks(service.settings)
    assert all(text[m["start"] : m["end"]] == t for t, m in chunks.values())


def test_sources_list_title_region_year_chunks(fresh_index: Settings) -> None:
    sources = AnswerService(fresh_index).reports.sources()
    assert [s.source for s in sources] == SAMPLES
    stored = chroma_chunks(fresh_index)
    for info in sources:
        report = load_report(REPORTS / info.source)
        assert (info.title, info.region, info.year, info.published) == (
            report.title,
            report.region,
            report.year,
            report.published,
        )
        assert info.chunks == sum(1 for _, m in stored.values() if m["source"] == info.source)
        assert info.chunks == len(chunk_report(report))


def test_empty_store_lists_no_sources(tmp_path: Path) -> None:
    assert AnswerService(lexical_settings(tmp_path / "none")).reports.sources() == []


def test_lexical_index_of_an_older_govqa_is_replaced(fresh_index: Settings) -> None:
    """A store whose lexical directory holds the in-memory BM25 files of an older govqa."""
    lexical_dir = fresh_index.index_dir / "lexical"
    shutil.rmtree(lexical_dir)
    lexical_dir.mkdir()
    (lexical_dir / "meta.json").write_text('{"state": "x", "ids": [], "sources": []}')
    (lexical_dir / "params.index.json").write_text("{}")
    answer = AnswerService(fresh_index).ask(QUESTION)
    assert FACT in answer.answer
    assert not (lexical_dir / "meta.json").exists()
    assert (lexical_dir / "catalog.sqlite3").is_file()
