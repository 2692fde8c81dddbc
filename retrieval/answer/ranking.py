"""Rankings and tables over every report: each report's figure for the asked thing, cited.

A ranking ("哪个县…最多", "从多到少排序") orders the reports that state the figure by its
value (万/亿 applied, percentages for rates), names the winner first and lists the others;
a table ("各地…分别是多少") gives each report's figure in report order. Reports that state
none are listed as "未提及". Rankings and tables of a report attribute (year, publication
date) are answered from the reports' metadata (``retrieval.answer.attributes``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from retrieval.answer.abstain import ABSTAIN, searched
from retrieval.answer.extractive import concise
from retrieval.answer.figures import Figure, FigureFinder, period_note
from retrieval.answer.rows import Lines, name_of, snippet, unstated
from retrieval.query.measure import Order, measured, order_of, parts
from retrieval.query.plan import Plan
from retrieval.query.routing import Catalog
from retrieval.schema import Answer
from retrieval.search.evidence import Evidence
from retrieval.types import Vocabulary

__all__ = ["compose_ranking", "compose_table", "report_figures"]

_SUPERLATIVE = re.compile(r"最[多少高低大小早晚]")
_SPAN = re.compile(r"(?:从|由)(?:多到少|少到多|高到低|低到高|大到小|小到大)")
_COUNT_WORDS = re.compile(r"(?:是|有)?多少[件个人名次项家条场]?$")


def report_figures(
    asked: str, evidence: Evidence, vocabulary: Vocabulary
) -> dict[str, Figure | None]:
    """Each report's figure (or answering sentence) for ``asked``, report by report."""
    finder = FigureFinder(asked, vocabulary)
    figures: dict[str, Figure | None] = {}
    for found in evidence.found:
        for source in found.group.sources or ():
            mine = [p for p in found.passages if p.source == source]
            figures[source] = finder.find(mine) if mine else None
    return figures


def compose_ranking(
    plan: Plan, evidence: Evidence, catalog: Catalog, vocabulary: Vocabulary
) -> Answer:
    """The ranking answer, or an abstention (``abstained``) when no report states the figure."""
    asked = measured(plan.topic)
    figures = report_figures(asked, evidence, vocabulary)
    order = order_of(plan.topic)
    stated = _ranked([(s, f) for s, f in figures.items() if f and f.value is not None], order)
    sources = searched(plan.sources, catalog)
    if not stated:
        return _nothing(plan, sources)
    lines = Lines()
    numbers = [lines.cite(f.pick.passage, f.pick.start, f.pick.end) for _, f in stated]
    winner = stated[0][1]
    winner_name = name_of(winner.pick.passage)
    lines.lines.append(f"{_lead(plan.topic, order)}{winner_name}：{winner.written}[{numbers[0]}]")
    head = _COUNT_WORDS.sub("", asked)
    for rank, ((_, figure), n) in enumerate(zip(stated, numbers, strict=True), start=1):
        name = name_of(figure.pick.passage)
        lines.lines.append(f"{rank}. {name}：{snippet(figure, head)}[{n}]")
        lines.row(figure.pick.passage, figure.written, n)
    unstated(lines, [s for s in sources if not figures.get(s) or s not in dict(stated)], catalog)
    note = period_note([(name_of(f.pick.passage), f, f.pick.passage.year) for _, f in stated])
    if note:
        lines.lines.append(note)
    return _answer(plan, lines, sources, "ranking")


def compose_table(
    plan: Plan, evidence: Evidence, catalog: Catalog, vocabulary: Vocabulary
) -> Answer:
    """One line per report stating the asked figure(s), in report order; "未提及" for the rest."""
    asked = measured(plan.topic)
    things = parts(asked, vocabulary)
    per_thing = [report_figures(thing, evidence, vocabulary) for thing in things]
    sources = searched(plan.sources, catalog)
    lines = Lines()
    silent = []
    for source in sources:
        figures = [figures.get(source) for figures in per_thing]
        if not any(figures):
            silent.append(source)
            continue
        said = []
        for thing, figure in zip(things, figures, strict=True):
            if figure is None:
                said.append(f"{_COUNT_WORDS.sub('', thing)}未提及")
                continue
            n = lines.cite(figure.pick.passage, figure.pick.start, figure.pick.end)
            text = snippet(figure, thing) if figure.written else concise(figure.pick, thing, vocabulary)
            said.append(f"{text}[{n}]")
        first = next(f for f in figures if f)
        lines.lines.append(f"{name_of(first.pick.passage)}：{'；'.join(said)}")
        values = [f.written for f in figures if f and f.written]
        lines.row(first.pick.passage, "；".join(values) or None, lines.citations[-1].n)
    if not lines.citations:
        return _nothing(plan, sources)
    unstated(lines, silent, catalog)
    return _answer(plan, lines, sources, "table")


def _ranked(stated: list[tuple[str, Figure]], order: Order) -> list[tuple[str, Figure]]:
    def key(item: tuple[str, Figure]) -> Decimal:
        value = item[1].value
        assert value is not None
        return value

    return sorted(stated, key=key, reverse=order == "desc")


def _lead(topic: str, order: Order) -> str:
    """How the first line introduces the winner ("最多的是", "从多到少排序，居首的是")."""
    superlative = _SUPERLATIVE.search(topic)
    if superlative:
        return f"{superlative.group()}的是"
    span = _SPAN.search(topic)
    if span:
        return f"{span.group()}排序，居首的是"
    return "最多的是" if order == "desc" else "最少的是"


def _nothing(plan: Plan, sources: Sequence[str]) -> Answer:
    return Answer(
        question=plan.question, answer=ABSTAIN, abstained=True, searched=list(sources)
    )


def _answer(plan: Plan, lines: Lines, sources: Sequence[str], kind: str) -> Answer:
    return Answer(
        question=plan.question,
        answer="\n".join(lines.lines),
        abstained=False,
        kind=kind,  # type: ignore[arg-type]
        rows=lines.rows,
        citations=lines.citations,
        searched=list(sources),
    )
