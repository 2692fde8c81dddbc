"""Tables over every report: one line a report stating each asked figure, quoted and cited.

A table ("各地…分别是多少") gives each report's figures in report order, every thing asked under
either of its names, each quote once, and the clauses around a situation that count the thing;
the reports that state none are quoted where they speak of it otherwise, else listed as "未提及".
It answers and abstains as a ranking does (``ranking.answer``, ``ranking.nothing``) but has no
order or lead, and quoting several things a line is a concern of its own, so it is composed apart
from the ranking.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from retrieval.answer.abstain import searched
from retrieval.answer.per_report import quoted_as_reports, report_figures, uncounted, unranked
from retrieval.answer.periods import period_note
from retrieval.answer.pick import Figure, Pick
from retrieval.answer.ranking import answer, nothing
from retrieval.answer.restrict import item_figures, states_figure
from retrieval.answer.rows import (
    NONE_COUNTED,
    NOT_STATED,
    Lines,
    like_run,
    members,
    snippet,
    unstated,
    with_companions,
)
from retrieval.answer.sentence_pick import concise
from retrieval.answer.shards import Shards
from retrieval.answer.side_lines import asks_data
from retrieval.answer.thing_labels import thing_label
from retrieval.answer.totals import average_of_total, share_of_total, total
from retrieval.query.alternative_names import alternative_names, other_names
from retrieval.query.catalog import Catalog
from retrieval.query.examples_asked import as_examples
from retrieval.query.field_lists import (
    asked_in_turn,
    led_field,
    listed_after_colon,
    listed_after_field,
)
from retrieval.query.measure import BARE_COUNT, measured
from retrieval.query.mentioned import QUOTED
from retrieval.query.plan import Plan
from retrieval.query.rates import without_rates
from retrieval.query.things import EXAMPLES, parts
from retrieval.query.verdicts import asks_sum, without_sum
from retrieval.query.weights import question_weights, telling_words, weighty_words
from retrieval.schema import Answer
from retrieval.search.evidence import Evidence
from retrieval.tuning import COMPANION_CLAUSE
from retrieval.types import Vocabulary, report_name

__all__ = ["compose_table"]

_TRIM = "，,；;。 "
# A sentence's clauses, and how many left out of a row's quote are added to it.
_CLAUSE = re.compile(r"[^，,；;。]+[，,；;。]?")
_CUT_FIGURES = 2


def _naming_other(
    figures: dict[str, Figure | None], other: str, thing: str | None, vocabulary: Vocabulary
) -> dict[str, Figure | None]:
    """``figures`` of ``other``, the asked ``thing`` under another name, where their sentence
    says that name ("法律顾问（公职律师）": a sentence of 公职律师); all of them for a thing
    asked as named (``thing`` None)."""
    if thing is None:
        return figures
    named = set(vocabulary.words(other)) - set(vocabulary.words(alternative_names(thing)[0]))
    if not named:
        return figures
    return {
        source: f if f and any(word in f.pick.text for word in named) else None
        for source, f in figures.items()
    }


def compose_table(
    plan: Plan,
    evidence: Evidence,
    catalog: Catalog,
    vocabulary: Vocabulary,
    shards: Shards | None = None,
) -> Answer:
    """One line per report stating the asked figure(s), in report order; "未提及" for the rest;
    ``shards`` shares the reports' figures with worker processes."""
    # "…加起来一共多少": each report's figure is read as asked without the sum.
    # ("…多少件、办结率多少，合计多少": a rate adds up to nothing; the counts are summed.)
    adding = asks_sum(plan.topic)
    asked = measured(as_examples(without_rates(without_sum(plan.topic)) if adding else plan.topic))
    things = (
        listed_after_colon(plan.topic)
        or listed_after_field(plan.topic, vocabulary)
        or parts(asked, vocabulary)
    )
    if len(things) == 1:
        # "…收案数是多少？办结情况如何？": sentences the question's words run together in.
        things = asked_in_turn(plan.topic) or things
    things = [quoted_as_reports(thing, evidence) for thing in things]
    # A thing the question names twice ("聘请（选聘）"): a report may count it under either name,
    # in a sentence that says that name.
    others = {other: thing for thing in things for other in other_names(thing, vocabulary)}
    every = [*things, *others]
    per_thing = [
        _naming_other(
            report_figures(thing, evidence, vocabulary, figured=True, shards=shards),
            thing,
            others.get(thing),
            vocabulary,
        )
        for thing in every
    ]
    # "宣传资料（读本、折页等）": the thing asked whole, then its examples (``things.parts``).
    bracket = EXAMPLES.search(asked)
    examples = bracket is not None and BARE_COUNT.sub("", things[0]) not in bracket.group()
    # Weighed once per thing, not per row.
    telling = {thing: telling_words(question_weights(thing, vocabulary)) for thing in every}
    sources = searched(plan.sources, catalog)
    # "干部学法的数字": one field's figures, each report's run of them quoted.
    run_on = len(every) == 1 and _all_figures(plan)
    lines = Lines()
    silent: list[str] = []
    partly: list[str] = []
    # "…加起来一共多少": each report's figure, added up.
    summed: list[tuple[str, Figure, int]] = []
    for source in sources:
        figures = [figures.get(source) for figures in per_thing]
        stated = _distinct([(thing, f) for thing, f in zip(every, figures, strict=True) if f])
        if examples and figures[0] is not None:
            # "资料（读本、折页等）": a report counting the thing whole needs no example's count,
            # but one counting the examples where it is read whole counts each.
            whole = figures[0].pick
            each = [
                (thing, f)
                for thing, f in zip(every[1:], figures[1:], strict=True)
                if f and (f.pick.passage, f.pick.start) == (whole.passage, whole.start)
            ]
            stated = each or stated[:1]
        if not stated:
            silent.append(source)
            continue
        first = stated[0][1].pick.passage
        values = "；".join(f.written for _, f in stated if f.written) or None
        if lines.full:
            lines.skip(first, values)
            continue
        # Two asked things stated by the same words are quoted once.
        said = [
            quote
            for thing, f in stated
            for quote in _said(lines, thing, f, vocabulary, telling[thing], plan.one_each, run_on)
        ]
        lines.lines.append(f"{report_name(first)}：{'；'.join(_once(said))}")
        n = lines.cite(first, stated[0][1].pick.start, stated[0][1].pick.end)
        lines.row(first, values, n)
        summed.append((report_name(first), stated[0][1], n))
        missing = [thing_label(t) for t, f in zip(things, figures, strict=False) if not f]
        # "持证人员/执法证": things offered as either ("或"), or as examples, are answered by a
        # report stating one.
        if missing and not _EITHER.search(asked):
            partly.append(f"{report_name(first)}（{'、'.join(missing)}）")
    if not lines.rows:
        # "法律顾问情况弄个表，覆盖面和干了多少活": things in words no report counts; the
        # field they are of, each report's situation in it.
        field = led_field(plan.topic)
        if field and field not in every:
            return compose_table(
                replace(plan, topic=f"{field}情况"), evidence, catalog, vocabulary, shards
            )
        # "各地法律顾问分别有多少": no report counts it, yet those saying it in other words
        # (a coverage, not a count) are quoted as such, not left unsaid.
        one = len(every) == 1
        quoted = uncounted(asked, sources, evidence, catalog, vocabulary) if one else None
        if quoted is None:
            return nothing(plan, sources)
        quoted.lines.insert(0, NONE_COUNTED)
        return answer(plan, quoted, sources, "table")
    lines.more("也给出了")
    # Several things asked side by side ("持证、考试、培训") have no one thing to quote.
    if len(every) == 1:
        named = QUOTED.search(things[0]) if len(things) == 1 else None
        unranked(lines, asked, silent, evidence, catalog, vocabulary, named[1] if named else "")
    else:
        unstated(lines, silent, catalog)
    if partly:
        lines.lines.append(f"{NOT_STATED}：{'、'.join(partly)}")
    # ("化解或调解矛盾纠纷…加起来": one thing in either's words, each report's figure added.)
    # (A thing named twice, "化解（调解）矛盾纠纷", is one thing under either name.)
    one_thing = len(things) == 1 or bool(_OR.search(asked))
    if asks_sum(plan.topic) and one_thing and len(summed) > 1:
        marks = {label: f"[{n}]" for label, _, n in summed}
        sides = [(label, f) for label, f, _ in summed]
        lines.lines.append(total(sides, marks))
        lines.lines.extend(
            filter(None, [plan.share_of and share_of_total(sides, plan.share_of, marks)])
        )
        if plan.averaged:
            lines.lines.extend(filter(None, [average_of_total(sides)]))
        # A sum of figures over different periods says so.
        periods = [(label, f.period, f.pick.passage.year) for label, f, _ in summed]
        lines.lines.extend(filter(None, [period_note(periods, marks)]))
    return answer(plan, lines, sources, "table")


def _all_figures(plan: Plan) -> bool:
    """True when the question asks a field's figures ("干部学法的数字"), no one count of it."""
    return plan.companions or asks_data(plan.topic)


# "或", and examples in brackets (``things.EXAMPLES``): any of them a report may state.
_OR = re.compile(r"或者?|或是")
_EITHER = re.compile(rf"{_OR.pattern}|{EXAMPLES.pattern}")


def _once(quotes: list[str]) -> list[str]:
    """``quotes`` without one that says again what another quote of its sentence says (the
    same words, or words holding or held by them)."""
    kept: list[str] = []
    for quote in quotes:
        mark, said = quote[quote.rfind("[") :], quote[: quote.rfind("[")].strip("…")
        if not any(
            other.endswith(mark) and (said in other or other[: -len(mark)].strip("…") in said)
            for other in kept
        ):
            kept.append(quote)
    return kept


def _distinct(stated: list[tuple[str, Figure]]) -> list[tuple[str, Figure]]:
    """``stated`` without a figure found again for another asked thing (the same words)."""
    seen: dict[tuple[str, int, int], tuple[str, Figure]] = {}
    for thing, figure in stated:
        seen.setdefault((figure.pick.passage.source, figure.pick.start, figure.at), (thing, figure))
    return list(seen.values())


def _said(
    lines: Lines,
    thing: str,
    figure: Figure,
    vocabulary: Vocabulary,
    telling: Collection[str],
    alone: bool = False,
    run: bool = False,
) -> list[str]:
    """What a table line says of one asked thing: its figure, quoted and cited (a situation:
    the answering sentence, then the figures its item states); ``telling``: the thing's
    telling words; ``alone``: the figure without the like figures beside it, one figure a
    report being asked."""
    pick = figure.pick
    n = lines.cite(pick.passage, pick.start, pick.end)
    if figure.written:
        # "法治文化阵地建了多少": the kinds of it the sentence counts, each by its own name.
        # "普法活动各搞了多少场": a report with no total counts each doing of it.
        quoted = members(figure, thing) or ("" if alone else like_run(figure))
        # "干部学法的数字": a field's figures, not one count: those said after it too.
        run_on = with_companions(figure, thing, COMPANION_CLAUSE) if run else ""
        quoted = quoted or run_on or snippet(figure, thing)
        return [f"{quoted}[{n}]"]
    shown = concise(pick, thing, vocabulary)
    said = [f"{shown}[{n}]", *_cut_figures(lines, pick, shown, telling)]
    # The item's other figures of what is asked or of what its answer speaks of ("困难诉求3件"
    # for 企业 beside "法律指导8次…帮助企业"), not of whatever else it reports
    # ("人大听取了…报告5份" beside 出庭应诉).
    words = weighty_words(thing, vocabulary) | weighty_words(pick.text, vocabulary)
    for start, end in item_figures(pick.passage, pick.start):
        quote = pick.passage.span(start, end).rstrip(_TRIM)
        if not any(word in quote for word in words):
            continue
        said.append(f"{quote}[{lines.cite(pick.passage, start, end)}]")
    return said


def _cut_figures(lines: Lines, pick: Pick, shown: str, telling: Collection[str]) -> list[str]:
    """The clauses of ``pick``'s sentence left out of ``shown`` that count the thing (say one
    of its ``telling`` words), quoted and cited ("…每月2场次…宣传活动…" leaves out
    "全年共计开展各类普法活动128场次")."""
    text, quotes = pick.passage.span(pick.start, pick.end), []
    for found in _CLAUSE.finditer(text):
        clause = found.group().strip(_TRIM)
        counts = clause and clause not in shown and states_figure(clause)
        if counts and any(word in clause for word in telling):
            start = pick.start + found.start() + found.group().find(clause)
            quotes.append(f"{clause}[{lines.cite(pick.passage, start, start + len(clause))}]")
    return quotes[:_CUT_FIGURES]
