"""Lexical engines compared (issue 14): bm25s (in memory), SQLite FTS5 and tantivy (chosen).

Each engine indexes the same pre-cut jieba words (what the ingest stores in chunk tables):

- ``--n N``: the words of N generated reports plus the five samples. Per engine, in a process
  of its own: build time and memory, adding (replacing) one report, query p50/p95 over every
  report and restricted to 3 random reports (the dev set's questions), and "reports holding a
  word" for a few words.
- ``--ranking``: lexical hit@1 and MRR of the dev set's single/paraphrase questions over the
  five sample reports, as `bench/ranking.py` measures them, for each engine.

Usage: python bench/engines.py --n 10000   |   python bench/engines.py --ranking
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
Row = tuple[str, str, str]  # report, chunk id, words (space-separated)
WORDS = ("行政复议", "法律顾问", "合法性审查", "法治", "公证")
_STRIDE = 1 << 20  # FTS5 rowid = report number * stride + chunk number


class Bm25s:
    """The index govqa used before: bm25s arrays in memory, rebuilt on any change."""

    def __init__(self, rows: list[Row], _: Path) -> None:
        import bm25s
        import numpy as np

        self.ids = [r[1] for r in rows]
        self.names = sorted({r[0] for r in rows})
        position = {n: i for i, n in enumerate(self.names)}
        self.doc_source = np.array([position[r[0]] for r in rows], dtype=np.int32)
        self.bm25 = bm25s.BM25(k1=1.2, b=0.75)
        self.bm25.index([r[2].split() or ["∅"] for r in rows], show_progress=False)
        self.rows = rows

    def replace(self, source: str, rows: list[Row]) -> None:
        self.__init__([r for r in self.rows if r[0] != source] + rows, Path())  # type: ignore[misc]

    def search(self, tokens: list[str], k: int, sources: list[str] | None = None) -> list[Any]:
        import numpy as np

        tokens = [t for t in tokens if t in self.bm25.vocab_dict]
        if not tokens:
            return []
        mask = None
        if sources is not None:
            wanted = [i for i, n in enumerate(self.names) if n in set(sources)]
            mask = np.isin(self.doc_source, wanted).astype(np.float32)
        scores = self.bm25.get_scores(tokens, weight_mask=mask)
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]


class Fts5:
    """SQLite FTS5 over the words, ranked by its built-in bm25()."""

    def __init__(self, rows: list[Row], path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.executescript(
            "PRAGMA journal_mode=WAL; CREATE TABLE report(no INTEGER PRIMARY KEY, source TEXT);"
            "CREATE TABLE chunk(rowid INTEGER PRIMARY KEY, id TEXT);"
            "CREATE VIRTUAL TABLE fts USING fts5(words, tokenize='unicode61 separators '' ''');"
        )
        with self.db:
            for source, part in _by_report(rows).items():
                self._add(source, part)

    def _add(self, source: str, rows: list[Row]) -> None:
        base = int(self.db.execute("INSERT INTO report(source) VALUES (?)", (source,)).lastrowid)
        numbered = [(base * _STRIDE + n, r) for n, r in enumerate(rows)]
        self.db.executemany("INSERT INTO chunk VALUES (?, ?)", [(i, r[1]) for i, r in numbered])
        words = [(i, r[2]) for i, r in numbered]
        self.db.executemany("INSERT INTO fts(rowid, words) VALUES (?, ?)", words)

    def replace(self, source: str, rows: list[Row]) -> None:
        with self.db:
            for (no,) in self.db.execute("SELECT no FROM report WHERE source = ?", (source,)):
                span = (no * _STRIDE, no * _STRIDE + _STRIDE - 1)
                self.db.execute("DELETE FROM fts WHERE rowid BETWEEN ? AND ?", span)
                self.db.execute("DELETE FROM chunk WHERE rowid BETWEEN ? AND ?", span)
            self.db.execute("DELETE FROM report WHERE source = ?", (source,))
            self._add(source, rows)

    def search(self, tokens: list[str], k: int, sources: list[str] | None = None) -> list[Any]:
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in tokens)
        if not tokens:
            return []
        sql = "SELECT rowid, bm25(fts) FROM fts WHERE fts MATCH ?"
        if sources is None:
            got = self.db.execute(f"{sql} ORDER BY rank LIMIT ?", (match, k)).fetchall()
        else:
            got = []
            marks = ",".join("?" * len(sources))
            for (no,) in self.db.execute(
                f"SELECT no FROM report WHERE source IN ({marks})", sources
            ):
                span = (no * _STRIDE, no * _STRIDE + _STRIDE - 1)
                ranged = f"{sql} AND rowid BETWEEN ? AND ? ORDER BY rank LIMIT ?"
                got += self.db.execute(ranged, (match, *span, k)).fetchall()
            got = sorted(got, key=lambda hit: hit[1])[:k]
        marks = ",".join("?" * len(got))
        sql = f"SELECT rowid, id FROM chunk WHERE rowid IN ({marks})"
        ids = dict(self.db.execute(sql, [g[0] for g in got]))
        return [(ids[rowid], -score) for rowid, score in got]

    def reports_containing(self, words: list[str]) -> set[int]:
        match = " AND ".join(f'"{w}"' for w in words)
        found = self.db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (match,))
        return {rowid // _STRIDE for (rowid,) in found}


class Tantivy:
    """govqa's postings (retrieval/index/postings.py), words only (no stored text)."""

    def __init__(self, rows: list[Row], path: Path) -> None:
        from retrieval.index.postings import Postings

        self.postings = Postings(path)
        self.numbers: dict[str, int] = {}
        with self.postings.writer() as writer:
            for source, part in _by_report(rows).items():
                self._add(writer, source, part)

    def _add(self, writer: Any, source: str, rows: list[Row]) -> None:
        number = self.numbers.setdefault(source, len(self.numbers) + 1)
        chunks = [((r[1], "", {"source": source}), r[2]) for r in rows]
        self.postings.replace(writer, source, number, chunks)

    def replace(self, source: str, rows: list[Row]) -> None:
        with self.postings.writer() as writer:
            self._add(writer, source, rows)

    def search(self, tokens: list[str], k: int, sources: list[str] | None = None) -> list[Any]:
        if not tokens:
            return []
        searcher = self.postings.searcher()
        hits = self.postings.top(searcher, self.postings.query(tokens, sources), k)
        return [(self.postings.chunk(searcher, address)[0], score) for score, address in hits]

    def reports_containing(self, words: list[str]) -> dict[str, int]:
        query = self.postings.query(words, every=True)
        return self.postings.source_counts(self.postings.searcher(), query)


ENGINES = {"bm25s": Bm25s, "fts5": Fts5, "tantivy": Tantivy}


def _by_report(rows: list[Row]) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(row)
    return grouped


def _cut(path: str) -> list[Row]:
    from retrieval.ingest.chunking import chunk_report
    from retrieval.ingest.loading import load_report
    from retrieval.text.words import tokenize

    report = load_report(Path(path))
    return [(report.source, c.id, " ".join(tokenize(c.indexed_text))) for c in chunk_report(report)]


def cut_corpus(n: int, out: Path) -> Path:
    """The words of n generated reports and the samples, one JSON row per chunk."""
    from retrieval.text.words import warm_up

    corpus = out / "corpus"
    make = [sys.executable, str(REPO / "bench/make_corpus.py"), "--n", str(n)]
    subprocess.run([*make, "--out", str(corpus)], check=True, capture_output=True)
    files = sorted(map(str, [*corpus.iterdir(), *(REPO / "data/reports").glob("*.txt")]))
    words = out / "words.jsonl"
    with words.open("w") as sink, ProcessPoolExecutor(2, initializer=warm_up) as pool:
        for rows in pool.map(_cut, files, chunksize=8):
            sink.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return words


def questions() -> list[list[str]]:
    from retrieval.text.words import tokenize

    lines = (REPO / "data/eval/dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [list(dict.fromkeys(tokenize(json.loads(line)["question"]))) for line in lines]


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    return f"{statistics.median(ordered):.1f} / {ordered[int(0.95 * (len(ordered) - 1))]:.1f} ms"


def measure(name: str, words: Path, folder: Path) -> None:
    """One engine's figures (run in a process of its own, for its memory)."""
    rows = [tuple(json.loads(line)) for line in words.read_text().splitlines()]
    grouped = _by_report(rows)  # type: ignore[arg-type]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    engine = ENGINES[name](rows, folder / name)  # type: ignore[arg-type]
    build = time.perf_counter() - started
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    one = sorted(grouped)[len(grouped) // 2]
    started = time.perf_counter()
    engine.replace(one, grouped[one])
    add = time.perf_counter() - started
    rng = random.Random(1)
    everything, few = [], []
    for tokens in questions() * 2:
        started = time.perf_counter()
        engine.search(tokens, 40)
        everything.append((time.perf_counter() - started) * 1000)
        sources = rng.sample(sorted(grouped), 3)
        started = time.perf_counter()
        engine.search(tokens, 40, sources)
        few.append((time.perf_counter() - started) * 1000)
    holding = []
    for word in WORDS if hasattr(engine, "reports_containing") else ():
        started = time.perf_counter()
        engine.reports_containing([word])
        holding.append((time.perf_counter() - started) * 1000)
    print(
        f"{name:8s} {len(grouped)} reports, {len(rows)} chunks: build {build:.1f} s "
        f"(+{grown:.0f} MiB peak); add one report {add * 1000:.0f} ms; query p50/p95 all "
        f"{percentiles(everything)}, 3 reports {percentiles(few)}; reports holding a word "
        + (f"{min(holding):.0f}-{max(holding):.0f} ms" if holding else "-"),
        flush=True,
    )


def ranking() -> None:
    """Lexical hit@1 / MRR of each engine over the sample reports (routing as in ranking.py)."""
    from retrieval.config import Settings
    from retrieval.query.catalog import Catalog
    from retrieval.query.names import default_gazetteer
    from retrieval.query.routing import route
    from retrieval.service import AnswerService
    from retrieval.tuning import CANDIDATES

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(index_dir=Path(tmp) / "index", embed=False, _env_file=None)  # type: ignore[call-arg]
        service = AnswerService(settings)
        service.reports.ingest([REPO / "data/reports"])
        store, lexical = service.store, service.store.lexical()
        reports = store._chroma.read(sorted(store.reports()))
        rows = [
            (source, row[0], words)
            for source, _, _, table, cut in reports
            for row, words in zip(table, cut, strict=True)
        ]
        texts = {i: t for i, t, _ in store.chunks()}
        catalog = Catalog.from_store(store.reports())
        lines = (REPO / "data/eval/dev.jsonl").read_text(encoding="utf-8").splitlines()
        items = [json.loads(line) for line in lines]
        items = [i for i in items if i["answer_keys"] and i["type"] in ("single", "paraphrase")]
        for name, engine_type in ENGINES.items():
            engine = engine_type(rows, Path(tmp) / name)  # type: ignore[arg-type]
            ranks = []
            for item in items:
                routed = route(item["question"], catalog, default_gazetteer())
                topic, sources = routed.topic(item["question"]), routed.sources(catalog)
                found = engine.search(lexical.query_tokens(topic), CANDIDATES, sources)
                keys = item["answer_keys"]
                hits = (n for n, (c, _) in enumerate(found, 1) if any(k in texts[c] for k in keys))
                ranks.append(next(hits, None))
            hit1 = sum(r == 1 for r in ranks) / len(ranks)
            mrr = sum(1 / r for r in ranks if r) / len(ranks)
            print(f"{name:8s} {len(items)} questions: hit@1 {hit1:.1%}, MRR {mrr:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--ranking", action="store_true")
    parser.add_argument("--measure", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        name, words, folder = args.measure
        measure(name, Path(words), Path(folder))
    elif args.ranking:
        ranking()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            words = cut_corpus(args.n, Path(tmp))
            for name in ENGINES:
                command = [sys.executable, __file__, "--measure", name, str(words), tmp]
                subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
