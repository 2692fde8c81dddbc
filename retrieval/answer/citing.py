"""A verified claim's citation: the passage narrowed to the sentence(s) that support the claim."""

from __future__ import annotations

from dataclasses import dataclass

from retrieval.answer.cite import citation
from retrieval.schema import Citation
from retrieval.text.numbers import unsupported_numbers
from retrieval.text.sentences import char_pairs, split_sentences
from retrieval.tuning import ANCHOR_OVERLAP
from retrieval.types import Passage

__all__ = ["Packed", "cite", "support_span"]


@dataclass
class Packed:
    """A passage as given to the model: ``text == source_text[start:end]`` (maybe truncated)."""

    n: int
    origin: Passage
    text: str
    start: int
    end: int


def cite(claim: str, passage: Packed, citations: dict[tuple[int, int, int], Citation]) -> int:
    """The number of the (narrowed) citation of ``passage`` for ``claim``, adding it if new."""
    start, end = support_span(claim, passage)
    key = (passage.n, start, end)
    if key not in citations:
        citations[key] = citation(len(citations) + 1, passage.origin, start, end)
    return citations[key].n


def support_span(claim: str, passage: Packed) -> tuple[int, int]:
    """The source span of the passage sentence(s) that support ``claim``.

    Sentences are chosen greedily to cover the claim's numbers; a claim without numbers (or
    whose numbers come from another cited passage) takes the sentence sharing most character
    bigrams with it; with no clear match the whole passage is the span.
    """
    spans = split_sentences(passage.text, offset=passage.start)
    texts = [passage.text[s - passage.start : e - passage.start] for s, e in spans]
    chosen: list[int] = []
    missing = len(unsupported_numbers(claim, []))
    while missing:
        options = [i for i in range(len(texts)) if i not in chosen]
        scored = [
            (_missing(claim, texts, [*chosen, i]), -_overlap(claim, texts[i]), i) for i in options
        ]
        if not scored or min(scored)[0] >= missing:
            break
        missing, _, best = min(scored)
        chosen.append(best)
    if not chosen and texts:
        best_overlap, best = max((_overlap(claim, t), i) for i, t in enumerate(texts))
        if best_overlap >= ANCHOR_OVERLAP:
            chosen.append(best)
    if not chosen:
        return passage.start, passage.end
    return min(spans[i][0] for i in chosen), max(spans[i][1] for i in chosen)


def _missing(claim: str, texts: list[str], chosen: list[int]) -> int:
    return len(unsupported_numbers(claim, [texts[i] for i in chosen]))


def _overlap(claim: str, sentence: str) -> float:
    """Share of the claim's character bigrams found in the sentence."""
    grams = char_pairs(claim)
    return len(grams & char_pairs(sentence)) / len(grams) if grams else 0.0
