"""Extractive answers: the report sentences that answer the question, cited, or an abstention."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from langchain_core.documents import Document

from retrieval.lexical import LexicalIndex
from retrieval.schema import Citation
from retrieval.text import split_sentences

__all__ = ["ABSTAIN", "Pick", "citation", "concise", "pick_sentences"]

ABSTAIN = "未在报告中找到该问题的答案"
# Share of the question's weighted words a sentence (or its section heading) must contain.
MIN_COVERAGE = 0.5
# A second sentence is added only when it answers nearly as well as the first.
SECOND_MARGIN = 0.12
_WANTS_NUMBER = re.compile(r"多少|几[个次件项名人场家所期份批支本位天年月]?|数量|比例|百分|[率比]是|比率|占比|总数|规模")
_NUMBER = re.compile(
    r"\d|[一二三四五六七八九十百千万两]+(?:个|项|次|件|名|人|场|家|所|期|份|批|支|本|位|条|类|余|多)"
)
_WANTS_DATE = re.compile(r"什么时候|何时|哪天|哪一天|日期|几月|哪年|哪一年")
_DATE = re.compile(r"\d{1,4}\s*[年月日]|[一二三四五六七八九十]+月")
_CLAUSE = re.compile(r"[，,：:]")
_LONG_SENTENCE = 150


@dataclass(frozen=True)
class Pick:
    """A sentence chosen to answer, with where it came from."""

    doc: Document
    start: int
    end: int
    text: str
    coverage: float
    score: float


def _weights(topic: str, lexical: LexicalIndex) -> dict[str, float]:
    unseen = math.log1p(max(len(lexical.ids), 1))
    weights = {}
    for word in lexical.words(topic):
        # A word the reports never use weighs most: it is what they cannot answer.
        weights[word] = lexical.idf(word) or unseen
    return weights


def pick_sentences(topic: str, docs: Sequence[Document], lexical: LexicalIndex) -> list[Pick]:
    """Choose the sentence(s) of ``docs`` that answer ``topic``.

    Args:
        topic: the question with region and year mentions removed.
        docs: retrieved passages, best first.
        lexical: the lexical index (word weights and the query tokenizer).

    Returns:
        One or two picks, best first, or an empty list when no sentence answers: the caller
        then abstains.
    """
    weights = _weights(topic, lexical)
    total = sum(weights.values())
    if not total:
        return []
    wants_number = bool(_WANTS_NUMBER.search(topic))
    wants_date = bool(_WANTS_DATE.search(topic))
    picks: list[Pick] = []
    for rank, doc in enumerate(docs):
        heading = str(doc.metadata.get("section") or "")
        offset = int(doc.metadata["start"])
        for start, end in split_sentences(doc.page_content, offset):
            text = doc.page_content[start - offset : end - offset]
            found = sum(w for word, w in weights.items() if word in text)
            in_heading = sum(w for word, w in weights.items() if word not in text and word in heading)
            coverage = (found + 0.5 * in_heading) / total
            if wants_number and not _NUMBER.search(text):
                continue
            if wants_date and not _DATE.search(text):
                continue
            score = coverage + 0.05 / (rank + 1)
            picks.append(Pick(doc, start, end, text, coverage, score))
    picks.sort(key=lambda p: p.score, reverse=True)
    if not picks or picks[0].coverage < MIN_COVERAGE:
        return []
    best = picks[0]
    chosen = [best]
    for other in picks[1:3]:
        if other.coverage >= best.coverage - SECOND_MARGIN and other.coverage >= MIN_COVERAGE:
            if not _overlaps(other, best) and other.text not in best.text:
                chosen.append(other)
                break
    return chosen


def _overlaps(a: Pick, b: Pick) -> bool:
    return a.doc.metadata.get("source") == b.doc.metadata.get("source") and not (
        a.end <= b.start or b.end <= a.start
    )


def concise(pick: Pick, topic: str, lexical: LexicalIndex) -> str:
    """The pick's text, cut to the clauses that answer when the sentence is long."""
    text = pick.text
    if len(text) <= _LONG_SENTENCE:
        return text
    weights = _weights(topic, lexical)
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text)]
    clauses = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]]
    scored = [sum(w for word, w in weights.items() if word in text[s:e]) for s, e in clauses]
    best = max(range(len(clauses)), key=lambda i: scored[i])
    first, last = max(0, best - 1), min(len(clauses) - 1, best + 1)
    snippet = text[clauses[first][0] : clauses[last][1]].strip("，,：: ")
    return ("…" if first > 0 else "") + snippet + ("…" if last < len(clauses) - 1 else "")


def citation(n: int, doc: Document, start: int, end: int, score: float | None = None) -> Citation:
    """A citation of ``[start, end)`` inside ``doc`` (offsets into the source text)."""
    meta = doc.metadata
    offset = int(meta["start"])
    return Citation(
        n=n,
        source=str(meta["source"]),
        title=str(meta.get("title") or meta["source"]),
        region=meta.get("region"),
        year=meta.get("year"),
        section=str(meta.get("section") or ""),
        start=start,
        end=end,
        excerpt=doc.page_content[start - offset : end - offset],
        score=round(float(meta.get("score", 0.0) if score is None else score), 4),
        page=meta.get("page"),
    )
