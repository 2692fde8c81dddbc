"""Retrieval for questions about every report: each report's best passages, the reports that
mention a term, and whole reports for their attributes.

A ranking or a table needs a figure from every report, so it reads passages of hundreds of
reports at once; reading them from the store costs more than such an answer may (about half
a second per thousand reports), so reports once read stay in memory, up to ``MAX_CHARS`` of
text, and are read again only when the store's copy changes (its content hash).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from retrieval.index import ChunkStore, StoredChunk
from retrieval.query.aspects import section_aspects
from retrieval.query.mentioned import Term
from retrieval.search.hybrid import HybridSearch, passage
from retrieval.text.words import tokenize
from retrieval.tuning import NEAR_BEST
from retrieval.types import Passage

__all__ = [
    "MAX_CHARS",
    "WholeReport",
    "best_per_report",
    "mentioning",
    "passage_of",
    "whole_reports",
]

# Report text kept in memory for questions about every report (characters; ~2 bytes each).
MAX_CHARS = 16_000_000
# Passages made from chunks, by chunk id: a ranking at 10,000 reports makes ~15,000 of them, a
# tenth of its time; a chunk id hashes the chunk's content, so a kept one never goes stale.
_KEPT_PASSAGES = 200_000
_passages: dict[str, Passage] = {}


@dataclass(frozen=True)
class WholeReport:
    """A stored report read whole: its text and its passages (chunk id → passage)."""

    source: str
    version: str
    text: str
    passages: dict[str, Passage]

    def whole(self) -> Passage:
        """The whole report as one passage (its attributes may be stated anywhere)."""
        first = next(iter(self.passages.values()), None)
        return Passage(
            id=f"{self.source}#text",
            source=self.source,
            title=first.title if first else self.source,
            text=self.text,
            start=0,
            end=len(self.text),
            region=first.region if first else None,
            year=first.year if first else None,
        )


class _Reports:
    """Whole reports of one store, least recently used dropped beyond ``MAX_CHARS``."""

    def __init__(self, store: ChunkStore) -> None:
        self.store = store
        self._kept: OrderedDict[str, WholeReport] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def read(self, sources: Sequence[str]) -> dict[str, WholeReport]:
        versions = {s: str(m.get("hash")) for s, m in self.store.reports().items()}
        with self._lock:
            found = {
                s: self._kept[s]
                for s in sources
                if s in self._kept and self._kept[s].version == versions.get(s)
            }
            for source in found:
                self._kept.move_to_end(source)
        missing = [s for s in sources if s not in found and s in versions]
        if missing:
            for source, (text, chunks) in self.store.whole_reports(missing).items():
                by_id = {chunk.id: passage(chunk) for chunk in chunks}
                found[source] = WholeReport(source, versions[source], text, by_id)
            self._keep([found[s] for s in missing if s in found])
        return found

    def _keep(self, reports: list[WholeReport]) -> None:
        with self._lock:
            for report in reports:
                old = self._kept.pop(report.source, None)
                self._chars += len(report.text) - (len(old.text) if old else 0)
                self._kept[report.source] = report
            while self._chars > MAX_CHARS and len(self._kept) > 1:
                _, dropped = self._kept.popitem(last=False)
                self._chars -= len(dropped.text)


_READERS: WeakKeyDictionary[ChunkStore, _Reports] = WeakKeyDictionary()
_READERS_LOCK = threading.Lock()


def _best_saying(term: Term, ordered: list[Passage], context: Sequence[str]) -> Passage | None:
    """The first of ``ordered`` saying ``term`` that ``Term.weigh`` ranks highest; reading
    stops at one that says the term as written with every context word (thousands of reports
    are read per question)."""
    best, best_weight = None, (False, -1, -1)
    for each in ordered:
        if not term.find(each.text):
            continue
        weight = term.weigh(each.text, context)
        if weight > best_weight:
            best, best_weight = each, weight
        if weight >= term.weighed_best(context):
            break
    return best


def whole_reports(search: HybridSearch, sources: Sequence[str]) -> dict[str, WholeReport]:
    """The reports ``sources`` read whole (kept in memory for the next question)."""
    with _READERS_LOCK:
        reader = _READERS.get(search.store)
        if reader is None:
            reader = _READERS[search.store] = _Reports(search.store)
    return reader.read(sources)


def best_per_report(
    search: HybridSearch, query: str, per_report: int, sources: Sequence[str] | None = None
) -> dict[str, list[Passage]]:
    """Every report's ``per_report`` best passages for ``query`` (lexical ranking), best first.

    Reports without a passage that shares a word with ``query`` are left out, and so are
    passages scoring below ``NEAR_BEST`` of their report's best. The passages keep the score
    they were stored with: only their order counts here.
    """
    lexical = search.store.lexical()
    found: dict[str, list[Passage]] = {}
    # A passage far below its report's best shares a word or two by chance.
    for source, hits in lexical.top_per_report(query, per_report, sources, NEAR_BEST).items():
        found[source] = [passage_of(chunk) for chunk, _ in hits]
    return found


def passage_of(chunk: StoredChunk) -> Passage:
    """``passage(chunk)``, made once per chunk."""
    made = _passages.get(chunk.id)
    if made is None:
        if len(_passages) >= _KEPT_PASSAGES:
            _passages.clear()
        made = _passages[chunk.id] = passage(chunk)
    return made


def mentioning(
    search: HybridSearch,
    term: Term,
    sources: Sequence[str] | None = None,
    context: Sequence[str] = (),
    within: frozenset[str] = frozenset(),
    every: bool = False,
) -> dict[str, Passage]:
    """Every report that says ``term``: the first of its passages that does, in report order,
    or the one saying most of ``context`` (the question's words beside the term,
    ``mentioned.beside``); only in the sections on the aspects ``within``, if any are named.
    ``every``: each passage that says it instead, keyed by report and count ("src#0").

    Candidates are the passages holding all the search words of one of the term's forms, read
    from the lexical index alone (reading every candidate report whole costs seconds at
    thousands of reports); the phrase itself is then looked for in their text.
    """
    lexical = search.store.lexical()
    candidates: dict[str, dict[str, Passage]] = {}
    # The reports' text was cut with the general dictionary, which may keep a word whole
    # ("驻村") that the index's own dictionary cuts apart: the phrase is looked up cut both ways.
    indexed = (tuple(w for w in tokenize(form) if lexical.knows(w)) for form in term.forms)
    for words in dict.fromkeys([*term.words, *(found for found in indexed if found)]):
        for chunk in lexical.passages_with(words, sources):
            found = passage_of(chunk)
            if within and not within & section_aspects(found.section):
                continue
            candidates.setdefault(found.source, {}).setdefault(found.id, found)
    if every:
        # "叶城有没有讲到X？讲了些啥": each passage of the one report asked that says it.
        return {
            f"{source}#{i}": passage
            for source, passages in candidates.items()
            for i, passage in enumerate(
                p for p in sorted(passages.values(), key=lambda p: p.start) if term.find(p.text)
            )
        }
    first: dict[str, Passage] = {}
    for source, passages in sorted(candidates.items()):
        hit = _best_saying(term, sorted(passages.values(), key=lambda p: p.start), context)
        if hit is not None:
            first[source] = hit
    return first
