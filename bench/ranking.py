"""Retrieval quality of lexical, dense and fused rankings on a question set.

For each answerable question: the rank of the first passage (after routing) that contains an
answer key. Prints hit@1, hit@6 and MRR per ranking and per dense weight of the fusion.

Usage: python bench/ranking.py [data/eval/dev.jsonl]  (index with dense vectors required:
`govqa ingest` without --no-dense; GOVQA_INDEX_DIR selects it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from retrieval.config import Settings
from retrieval.embeddings import embed_query
from retrieval.query.catalog import Catalog
from retrieval.query.names import default_gazetteer
from retrieval.query.routing import route
from retrieval.search.fusion import fuse
from retrieval.service import AnswerService
from retrieval.tuning import CANDIDATES


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "data/eval/dev.jsonl")
    service = AnswerService(Settings())
    store = service.store
    lexical = store.lexical()
    catalog = Catalog.from_store(store.reports())
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    items = [i for i in items if i["answer_keys"] and i["type"] in ("single", "paraphrase")]
    runs: dict[str, list[int | None]] = {}
    for item in items:
        routed = route(item["question"], catalog, default_gazetteer())
        topic, sources = routed.topic(item["question"]), routed.sources(catalog)
        lex = lexical.search(topic, CANDIDATES, sources)
        dense = store.dense_search(embed_query(topic), CANDIDATES, sources)
        rankings = {"lexical": lex, "dense": dense}
        for weight in (0.25, 0.5, 1.0):
            rankings[f"rrf w={weight}"] = fuse(lex, dense, weight)
        texts = {i: t for i, t, _ in store.get(list({c for r in rankings.values() for c, _ in r}))}
        for name, ranking in rankings.items():
            rank = next(
                (
                    n
                    for n, (chunk_id, _) in enumerate(ranking, 1)
                    if any(key in texts.get(chunk_id, "") for key in item["answer_keys"])
                ),
                None,
            )
            runs.setdefault(name, []).append(rank)
    print(f"{len(items)} answerable single/paraphrase questions from {path}")
    print(f"{'ranking':14s} {'hit@1':>6s} {'hit@6':>6s} {'MRR':>6s}")
    for name, ranks in runs.items():
        hit1 = sum(r == 1 for r in ranks) / len(ranks)
        hit6 = sum(r is not None and r <= 6 for r in ranks) / len(ranks)
        mrr = sum(1 / r for r in ranks if r) / len(ranks)
        print(f"{name:14s} {hit1:6.1%} {hit6:6.1%} {mrr:6.3f}")


if __name__ == "__main__":
    main()
