"""Rank fusion: one ranking out of the lexical and the dense one."""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.tuning import DECISIVE_LEAD

__all__ = ["fuse"]


def fuse(
    lexical: Sequence[tuple[str, float]],
    dense: Sequence[tuple[str, float]],
    dense_weight: float,
    rrf_k: int = 60,
) -> list[tuple[str, float]]:
    """Weighted reciprocal-rank fusion of two rankings.

    BM25 is the stronger signal on these reports; dense similarity breaks ties and rescues
    paraphrases, so it is down-weighted (``dense_weight`` was chosen on the dev set with
    ``bench/ranking.py``).
    """
    scores: dict[str, float] = {}
    for rank, (chunk_id, _) in enumerate(lexical):
        scores[chunk_id] = scores.get(chunk_id, 0.0) + 1.0 / (rrf_k + rank + 1)
    for rank, (chunk_id, _) in enumerate(dense):
        scores[chunk_id] = scores.get(chunk_id, 0.0) + dense_weight / (rrf_k + rank + 1)
    fused = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if lexical and (len(lexical) == 1 or lexical[0][1] >= DECISIVE_LEAD * lexical[1][1]):
        # A passage BM25 sets far ahead holds the question's rare words ("线索"): ranks alone
        # would let passages mediocre in both rankings pass it.
        top = lexical[0][0]
        fused = [(top, scores[top]), *(item for item in fused if item[0] != top)]
    return fused
