"""What each side's sentences on a field count, thing by thing: the sentences saying most of
the field, the figures they state by the noun each counts ("评查案卷66件" counts 案卷, "出庭应诉率
100%" counts 应诉率), and the things most sides count in measures alike."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.answer.periods import period_of
from retrieval.answer.pick import Figure, Pick
from retrieval.answer.restrict import CLAUSE_END
from retrieval.query.noun_measures import TIMES
from retrieval.query.rates import rates_asked
from retrieval.query.units import comparable_units
from retrieval.query.weights import question_weights
from retrieval.text.numbers import extract_numbers
from retrieval.text.sentences import split_sentences
from retrieval.text.words import pos_tags
from retrieval.types import Passage, Vocabulary

__all__ = ["counted", "saying", "things_counted"]

# The share of a field's words a sentence says to be read for its figures.
_SAYS_FIELD = 0.5


def things_counted(sides: Sequence[dict[str, Figure]]) -> list[tuple[str, list[Figure | None]]]:
    """The things the sides count in measures alike, each with every side's figure: those
    every side counts ("案卷126件", "案卷66件", "案卷104份"), else those most sides count, the
    rest None ("出庭应诉率100%" of two sides of three, the third counting no rate)."""
    rows: list[tuple[str, list[Figure | None]]] = []
    for noun in dict.fromkeys(noun for counted in sides for noun in counted):
        figures = [counted.get(noun) for counted in sides]
        stated = [f for f in figures if f is not None]
        if all(comparable_units(stated[0].unit, f.unit) for f in stated[1:]):
            rows.append((noun, figures))
    every = [row for row in rows if all(f is not None for f in row[1])]
    if every:
        return every
    # (Each side stating it is weighed; more than half must, and two at least.)
    return [
        row for row in rows if (n := sum(f is not None for f in row[1])) >= 2 and 2 * n > len(sides)
    ]


def saying(field: str, passages: Sequence[Passage], vocabulary: Vocabulary) -> list[Pick]:
    """The sentences of ``passages`` that say most of ``field``'s words (half its weight at
    least), those saying more first, then in retrieval order."""
    weights = question_weights(field, vocabulary)
    total = sum(weights.values()) or 1.0
    said: list[Pick] = []
    for passage in passages:
        for start, end in split_sentences(passage.text, passage.start):
            text = passage.span(start, end)
            share = sum(w for word, w in weights.items() if word in text) / total
            if share >= _SAYS_FIELD:
                said.append(Pick(passage, start, end, text, share, share))
    return sorted(said, key=lambda pick: -pick.coverage)


def counted(picks: Sequence[Pick]) -> dict[str, Figure]:
    """The figures the picks state, each by the noun it counts: the noun its
    measure word runs into ("12家单位"), else the last noun of its clause before it ("评查案卷
    66件"); a noun counted more than once by its figure in the first pick (the one saying
    most of the field)."""
    counted: dict[str, list[Figure]] = {}
    for pick in picks:
        for noun, figure in _figures(pick):
            counted.setdefault(noun, []).append(figure)
    return {noun: figures[0] for noun, figures in counted.items()}


# Words between a rate's name and its figure ("出庭应诉率达100%").
_RATE_TO_FIGURE = re.compile(r"(?:达到?|为|是|保持在?|稳定在)?$")


def _rate_before(clause: str) -> str:
    """The rate ``clause`` names right before its figure ("应诉率" of "…出庭应诉率达"), or ""."""
    rates = rates_asked(clause)
    if not rates:
        return ""
    at = clause.rfind(rates[-1])
    rest = clause[at + len(rates[-1]) :] if at >= 0 else clause
    return rates[-1] if at >= 0 and _RATE_TO_FIGURE.fullmatch(rest) else ""


def _figures(pick: Pick) -> list[tuple[str, Figure]]:
    text = pick.text
    counted: list[tuple[str, Figure]] = []
    for mention in extract_numbers(text):
        start = max((m.end() for m in CLAUSE_END.finditer(text, 0, mention.start)), default=0)
        if mention.percent and not mention.dated:
            # "出庭应诉率达100%": a rate counts what its name says.
            rate = _rate_before(text[start : mention.start])
            if rate:
                period = period_of(text[: mention.start])
                written = text[mention.start : mention.end]
                counted.append(
                    (rate, Figure(pick, written, mention.value, True, period, mention.start, "%"))
                )
            continue
        if not mention.unit or mention.dated:
            continue
        end = next((m.start() for m in CLAUSE_END.finditer(text, mention.end)), len(text))
        closes = text.find(mention.unit, mention.end) + len(mention.unit)
        after = pos_tags(text[closes:end])
        before = pos_tags(text[start : mention.start])
        # "案卷评查2次", "培训3次": times right after a doing count the doing (评查, 培训), not
        # the noun before it.
        last = next(((w, flag) for w, flag in reversed(before) if len(w) > 1), ("", ""))
        doing = [last[0]] if last[1][:1] == "v" and mention.unit in TIMES else []
        nouns = [w for w, flag in after[:1] if flag.startswith("n") and len(w) > 1] or (
            doing or [w for w, flag in before if flag.startswith("n") and len(w) > 1][-1:]
        )
        if not nouns:
            continue
        period = period_of(text[: mention.start])
        written = text[mention.start : closes]
        figure = Figure(pick, written, mention.value, False, period, mention.start, mention.unit)
        counted.append((nouns[0], figure))
    return counted
