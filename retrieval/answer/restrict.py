"""What a figure read across reports must say besides the asked words, and figures the number
reader does not see.

Read across reports, a figure is put beside other reports' figures, so it must count the same
thing: a noun the question names twice ("调解室（工作室）") is named by its sentence, and a
rate is a rate of the asked thing ("执法人员持证率": a sentence naming 执法人员, not another
持证率). A rate the report calls by another name ("及格率" for 通过率) still answers, less
surely, when its sentence names what it is a rate of. An item (一是…, 二是…) is about one
thing, which one of its sentences may name for the others ("…县级层面开展培训25场次…。调解员
培训实现了全覆盖。"), and a table row on a situation ("各地…情况") quotes the figures its item
states besides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from retrieval.answer.matching import Matcher
from retrieval.query.expected import BOTH_FULL, Expected
from retrieval.text.lexicon import synonyms
from retrieval.text.numbers import NumberMention, extract_numbers, measure_after
from retrieval.text.sentences import ITEM, split_sentences
from retrieval.types import Passage

__all__ = [
    "ANY_RATE",
    "CLAUSE_END",
    "akin_rate",
    "both_full",
    "counted_clauses",
    "forms_pattern",
    "head_forms",
    "item_context",
    "item_figures",
    "item_others",
    "joined",
    "rate_subject",
    "states_figure",
]

# Figures of a situation's item quoted besides the sentence that answers (a table row).
ITEM_FIGURES = 2
# A rate by any name ("及格率", "参考率").
ANY_RATE = re.compile(r"[\u4e00-\u9fff]{2}率")


def head_forms(matcher: Matcher, alternatives: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The forms of the counted noun the question names twice ("调解室（工作室）"): the
    question's words that end the bracketed name, with their synonyms and the alternative
    names; empty when the question brackets no name."""
    others = {other for names in alternatives.values() for other in names}
    return tuple(
        form
        for word, forms in matcher.forms
        if others.intersection(forms)
        for form in (word, *forms)
    )


def rate_subject(matcher: Matcher, expected: Expected) -> tuple[str, ...]:
    """The forms of the words a rate question names besides its rate ("执法人员" of
    "执法人员持证率"): what the rate is a rate of; empty for a question that asks no rate or
    names nothing else."""
    rates = expected.rates
    return tuple(
        form
        for word, forms in matcher.forms
        if rates and not any(word in rate or rate in word for rate in rates)
        for form in (word, *forms)
    )


def forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern finding any of ``forms``; None for none."""
    return re.compile("|".join(map(re.escape, forms))) if forms else None


def both_full(text: str) -> list[NumberMention]:
    """ "双一百" after two rates: each of them at 100%."""
    return [
        NumberMention(m.group(), Decimal(100), True, m.start(), m.end())
        for m in BOTH_FULL.finditer(text)
    ]


def states_figure(text: str) -> bool:
    """True when ``text`` states a count or a percentage (not only a date or a year)."""
    return figures_stated(text, 1) > 0


def figures_stated(text: str, most: int) -> int:
    """How many counts or percentages ``text`` states (not dates or years), ``most`` at most."""
    stated = 0
    for _ in _counts(text):
        stated += 1
        if stated >= most:
            break
    return stated


def counted_clauses(text: str) -> list[str]:
    """The clause of each count or percentage ``text`` states, in order ("累计抽查案卷126件")."""
    clauses = []
    for mention in _counts(text):
        start = max((m.end() for m in CLAUSE_END.finditer(text, 0, mention.start)), default=0)
        found = CLAUSE_END.search(text, mention.end)
        clauses.append(text[start : found.start() if found else len(text)])
    return clauses


def _counts(text: str) -> Iterator[NumberMention]:
    for mention in extract_numbers(text):
        measure = measure_after(text, mention.end)
        if mention.percent or (measure and not measure.endswith(("年", "月", "日"))):
            yield mention


# What ends a clause of a sentence.
CLAUSE_END = re.compile(r"[，,；;。：:]")


def _item_runs(texts: Sequence[str]) -> list[range]:
    """The sentences of each item, from its marker (一是…) to the next one's."""
    marks = [i for i, text in enumerate(texts) if ITEM.match(text)]
    return [range(a, b) for a, b in zip(marks, [*marks[1:], len(texts)], strict=False)]


def item_context(passage: Passage, sentences: list[tuple[int, int]]) -> list[str]:
    """For each sentence of ``passage``, the other sentences of its item ("" outside items)."""
    return item_others([passage.span(start, end) for start, end in sentences])


def item_others(texts: Sequence[str]) -> list[str]:
    """For each of the sentences ``texts``, the other sentences of its item ("" outside items)."""
    context = [""] * len(texts)
    for run in _item_runs(texts):
        for i in run:
            context[i] = "".join(texts[j] for j in run if j != i)
    return context


def item_figures(passage: Passage, start: int) -> list[tuple[int, int]]:
    """The other sentences stating a figure (``states_figure``) of the item that holds the
    sentence starting at ``start``, in report order, at most ``ITEM_FIGURES``."""
    sentences = split_sentences(passage.text, passage.start)
    texts = [passage.span(s, e) for s, e in sentences]
    for run in _item_runs(texts):
        if any(sentences[i][0] == start for i in run):
            found = [
                sentences[i] for i in run if sentences[i][0] != start and states_figure(texts[i])
            ]
            return found[:ITEM_FIGURES]
    return []


def joined(passages: Sequence[Passage]) -> list[Passage]:
    """One report's passages with those that follow one another joined, in the order of their
    first: a chunk boundary does not cut an item (一是…) or a sentence in two."""
    ends = {(p.source, p.end) for p in passages}
    if len(passages) < 2 or not any((p.source, p.start) in ends for p in passages):
        # Nothing to join (most reports, read for a ranking): the passages as given.
        return list(passages)
    by_start = sorted(passages, key=lambda p: p.start)
    runs: list[Passage] = []
    for passage in by_start:
        last = runs[-1] if runs else None
        if last is not None and last.end == passage.start and last.source == passage.source:
            runs[-1] = replace(
                last,
                id=f"{last.id}+{passage.id}",
                text=last.text + passage.text,
                end=passage.end,
                score=max(last.score, passage.score),
            )
        else:
            runs.append(passage)
    rank = {p.id: i for i, p in enumerate(passages)}
    return sorted(runs, key=lambda p: min(rank.get(i, len(rank)) for i in p.id.split("+")))


def akin_rate(text: str, rates: Sequence[str]) -> bool:
    """True when ``text`` states one of ``rates`` by another name ("及格率" for 通过率)."""
    return any(
        found.group()[:-1] in synonyms(rate[:-1])
        for found in ANY_RATE.finditer(text)
        for rate in rates
    )
