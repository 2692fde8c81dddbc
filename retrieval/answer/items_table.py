"""Tables of one numbered item per report: "每份报告“存在的问题”第一条是什么" gives, for each
report, the item at that place of the section it devotes to the asked aspect, cited to the
item's heading; reports with no such item are listed as "未提及"."""

from __future__ import annotations

from retrieval.answer.list_lines import display
from retrieval.answer.listing import part_numbers, section_choices
from retrieval.answer.rows import Lines, unstated
from retrieval.answer.structure import span_citation
from retrieval.query.aspects import asked_aspects
from retrieval.query.plan import Plan
from retrieval.query.routing import Catalog
from retrieval.query.shape import ORDINAL_PART
from retrieval.schema import Answer
from retrieval.types import Vocabulary, report_name

__all__ = ["compose_items_table"]


def compose_items_table(
    plan: Plan, texts: dict[str, str], catalog: Catalog, vocabulary: Vocabulary
) -> Answer | None:
    """The numbered item ``plan`` asks of each report's section of an aspect (problems, plans,
    highlights); None unless it asks a numbered item of such a section."""
    nth = part_numbers(plan.topic)
    if not nth or 0 in nth:
        return None
    titles = [info.title for info in catalog.reports.values() if info.title != info.source]
    asked = asked_aspects(ORDINAL_PART.sub(" ", plan.topic), vocabulary, titles)
    if not asked.exclusive:
        return None
    found = {c.structure.report.source: c for c in section_choices(texts, catalog, asked, nth)}
    lines, silent = Lines(), []
    for source in (s for s in catalog.reports if s in texts):
        info, choice = catalog.reports[source], found.get(source)
        if choice is None or choice.node is None:
            silent.append(source)
            continue
        outline, node = choice.structure.outline, choice.node
        heading = outline.heading(node)
        section = choice.structure.section(choice.ancestors, node)
        n = len(lines.citations) + 1
        lines.citations.append(span_citation(n, info, outline.text, node.head, section))
        lines.lines.append(f"{report_name(info)}：{display(heading)}[{n}]")
        lines.row(info, heading, n)
    if not lines.citations:
        return None
    unstated(lines, silent, catalog)
    return Answer(
        question=plan.question,
        answer="\n".join(lines.lines),
        abstained=False,
        kind="table",
        rows=lines.rows,
        citations=lines.citations,
        searched=list(texts),
    )
