"""Rankings and tables over every report: each report's figure for the asked thing, cited.

A ranking ("哪个县…最多", "从多到少排序") orders the reports that state the figure by its
value (万/亿 applied, percentages for rates), names the winner first and lists the others;
a table ("各地…分别是多少", ``table``) gives each report's figure in report order. Reports
that state none are quoted where they speak of the thing otherwise, else listed as "未提及"
(``per_report.unranked``). Rankings and tables of a report attribute (year, publication date)
are answered from the reports' metadata (``retrieval.answer.attributes``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.answer.abstain import ABSTAIN, searched
from retrieval.answer.per_report import report_figures, uncounted, unranked
from retrieval.answer.periods import asks_one_year, cumulative, period_note
from retrieval.answer.pick import Figure
from retrieval.answer.ranking_lead import lead, places, standing
from retrieval.answer.rows import NONE_RANKED, Lines, snippet
from retrieval.answer.shards import Shards
from retrieval.answer.thing_labels import COUNT_WORDS
from retrieval.query.catalog import Catalog
from retrieval.query.measure import COUNT, measured
from retrieval.query.order import Order, order_of
from retrieval.query.places_asked import THRESHOLD
from retrieval.query.plan import Plan
from retrieval.schema import Answer
from retrieval.search.evidence import Evidence
from retrieval.types import Vocabulary, report_name

__all__ = ["answer", "compose_ranking", "nothing"]


def compose_ranking(
    plan: Plan,
    evidence: Evidence,
    catalog: Catalog,
    vocabulary: Vocabulary,
    shards: Shards | None = None,
) -> Answer:
    """The ranking answer, or an abstention (``abstained``) when no report states the figure;
    ``shards`` shares the reports' figures with worker processes."""
    # "是不是只有一家超过3次": the bound and who passes it are no part of the thing counted,
    # which is counted in the bound's measure.
    bound = THRESHOLD.search(plan.topic)
    asked = measured(_ONLY.sub("", THRESHOLD.sub("", plan.topic)) if bound else plan.topic)
    if bound and not COUNT.search(asked):
        asked = measured(f"{asked}多少{bound.group()[len(bound['way']) + len(bound['n']) :]}")
    figures = report_figures(asked, evidence, vocabulary, shards=shards)
    order = order_of(plan.topic)
    stated = _ranked([f for f in figures.values() if f and f.value is not None], order)
    sources = searched(plan.sources, catalog)
    if not stated:
        # "哪个县法律顾问最多": no report counts it, so nothing is ranked; those saying it in
        # other words are quoted as such.
        quoted = uncounted(asked, sources, evidence, catalog, vocabulary)
        if quoted is None:
            return nothing(plan, sources)
        quoted.lines.insert(0, NONE_RANKED)
        return answer(plan, quoted, sources, "ranking")
    # "今年…谁最多": a figure summed over years ("自开通以来累计") is of another period; it is
    # shown beside the ranking, not in it.
    yearly = asks_one_year(plan.topic)
    apart = [f for f in stated if yearly and cumulative(f.period, f.pick.passage.year)]
    # With no yearly figure at all, the sums are all there is to rank.
    apart = apart if len(apart) < len(stated) else []
    stated = [f for f in stated if f not in apart]
    lines = Lines()
    # "2025年的里头呢": the order among one year's reports says which they are.
    route = plan.route
    among = f"在{route.year}年度的报告中，" if route and route.year and not route.regions else ""
    first = standing(plan.standing, order, lines, stated) if plan.standing else ""
    lines.lines.append(among + (first or lead(plan.topic, order, lines, stated)))
    head = COUNT_WORDS.sub("", asked)
    for rank, figure in zip(places(stated), stated, strict=True):
        passage = figure.pick.passage
        if lines.full:
            lines.skip(passage, figure.written)
            continue
        n = lines.cite(passage, figure.pick.start, figure.pick.end)
        lines.lines.append(f"{rank}. {report_name(passage)}：{snippet(figure, head)}[{n}]")
        lines.row(passage, figure.written, n)
    lines.more("也给出了该数字")
    for figure in apart:
        passage = figure.pick.passage
        n = lines.cite(passage, figure.pick.start, figure.pick.end)
        said = f"{report_name(passage)}：{snippet(figure, head)}[{n}]"
        lines.lines.append(f"未参与排名（{figure.period}的累计数，非一年之数）：{said}")
        lines.row(passage, figure.written, n)
    ranked = {f.pick.passage.source for f in [*stated, *apart]}
    unranked(lines, asked, [s for s in sources if s not in ranked], evidence, catalog, vocabulary)
    marks = {
        report_name(f.pick.passage): f"[{row.n}]"
        for f, row in zip(stated, lines.rows, strict=False)
        if row.n is not None
    }
    note = period_note(
        [(report_name(f.pick.passage), f.period, f.pick.passage.year) for f in stated], marks
    )
    if note:
        lines.lines.append(note)
    return answer(plan, lines, sources, "ranking")


# "是不是只有一家", "有几家": how many of the reports pass a bound.
_ONLY = re.compile(
    r"(?:是不是|是否)?(?:只有|有)?(?:[一两二三四五几]|哪几)(?:家|个县|份)"
    r"|有没有(?:哪个|哪家|哪份)?(?:县|地方|报告)?的?"
)


def _ranked(stated: list[Figure], order: Order) -> list[Figure]:
    return sorted(stated, key=lambda f: f.value or 0, reverse=order == "desc")


def nothing(plan: Plan, sources: Sequence[str]) -> Answer:
    return Answer(question=plan.question, answer=ABSTAIN, abstained=True, searched=list(sources))


def answer(plan: Plan, lines: Lines, sources: Sequence[str], kind: str) -> Answer:
    return Answer(
        question=plan.question,
        answer="\n".join(lines.lines),
        abstained=False,
        kind=kind,  # type: ignore[arg-type]
        rows=lines.rows,
        citations=lines.citations,
        searched=list(sources),
    )
