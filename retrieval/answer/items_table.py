"""Tables of each report's own part on an aspect (problems, plans, highlights).

"每份报告“存在的问题”第一条是什么" gives, for each report, the item at that place of the section
it devotes to the asked aspect, cited to the item's heading. "各县存在的问题分别有哪些" gives each
report's section with its items, as a list does; "问题写了几条" says how many items each holds
(counted from the outline, each item cited). Reports with no such part are listed as "未提及".
"""

from __future__ import annotations

from dataclasses import replace

from retrieval.answer.list_lines import Choice, display, item_count, list_lines
from retrieval.answer.rows import Lines, unstated
from retrieval.answer.section_choice import part_numbers, section_choices
from retrieval.answer.structure import Structure, span_citation, structure
from retrieval.ingest.outline import Node
from retrieval.lexicons import aspect_groups
from retrieval.query.across_shape import asks_order
from retrieval.query.aspects import asked_aspects, sections_asked
from retrieval.query.catalog import Catalog
from retrieval.query.list_shape import ORDINAL_PART
from retrieval.query.order import least_also, order_of
from retrieval.query.plan import Plan
from retrieval.query.sections import items_counted
from retrieval.query.sections_had import part_words, without_part_cues
from retrieval.query.weights import question_weights
from retrieval.schema import Answer
from retrieval.tuning import HEADING_SHARE_HAD
from retrieval.types import Vocabulary, report_name

__all__ = ["compose_items_table"]


def compose_items_table(
    plan: Plan, texts: dict[str, str], catalog: Catalog, vocabulary: Vocabulary
) -> Answer | None:
    """The numbered item ``plan`` asks of each report's section of an aspect (problems, plans,
    highlights); None unless it asks a numbered item of such a section."""
    if plan.sections_had:
        return _had(plan, texts, catalog, vocabulary)
    nth = part_numbers(plan.topic)
    if plan.sections and not nth:
        return _sections(plan, texts, catalog, vocabulary)
    if not nth or 0 in nth:
        return None
    titles = catalog.titles
    asked = asked_aspects(ORDINAL_PART.sub(" ", plan.topic), vocabulary, titles)
    if not asked.exclusive:
        return None
    found = {c.structure.report.source: c for c in section_choices(texts, catalog, asked, nth)}
    # "各写了几条，第一条是啥": how many items the item's section holds, too.
    unit = items_counted(plan.topic)
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
        count = len(choice.ancestors[-1].children) if unit and choice.ancestors else 0
        label = f"{report_name(info)}（共{count}{unit}）" if count else report_name(info)
        lines.lines.append(f"{label}：{display(heading)}[{n}]")
        lines.row(info, heading, n)
    return _table(plan, lines, silent, texts, catalog)


def _sections(
    plan: Plan, texts: dict[str, str], catalog: Catalog, vocabulary: Vocabulary
) -> Answer | None:
    """Each report's part on each aspect asked, its items listed (and counted when asked);
    asked which holds the most ("哪份打算写的条数最多"), the reports in that order."""
    titles = catalog.titles
    order = order_of(plan.topic) if asks_order(plan.topic) else None
    unit = items_counted(plan.topic) or ("条" if order else None)
    asked = sections_asked(plan.topic, vocabulary, titles)
    if asked is None:
        return None
    # In the order the question names them ("问题写了几条 打算写了几条").
    aspects = sorted(asked.exclusive, key=lambda name: _named_at(plan.topic, name))
    sources = [s for s in catalog.reports if s in texts]
    parts: dict[str, list[tuple[Choice, int | None]]] = {}
    for source in sources:
        for aspect in aspects:
            one = replace(asked, aspects=frozenset({aspect}), exclusive=frozenset({aspect}))
            choice = next(iter(section_choices({source: texts[source]}, catalog, one)), None)
            count = item_count(choice) if choice is not None else None
            if choice is not None and choice.node is not None and not (unit and count is None):
                parts.setdefault(source, []).append((choice, count))
    lines, silent = Lines(), [s for s in sources if s not in parts]
    if order and len(aspects) == 1 and parts:
        ranked = sorted(parts, key=lambda s: parts[s][0][1] or 0, reverse=order == "desc")
        first = [s for s in ranked if parts[s][0][1] == parts[ranked[0]][0][1]]
        word = "最多" if order == "desc" else "最少"
        names = "、".join(report_name(catalog.reports[s]) for s in first)
        # ("哪份最多？哪份最少": the other end named too, ties and all.)
        least = least_also(plan.topic)
        last = [s for s in ranked if parts[s][0][1] == parts[ranked[-1]][0][1]]
        other = "、".join(report_name(catalog.reports[s]) for s in last)
        end = (
            f"；{'并列' if len(last) > 1 else ''}{least}的是{other}"
            if least and last != first
            else ""
        )
        lines.lines.append(f"{word}的是{names}{end}：")
        sources = ranked
    for source in (s for s in sources if s in parts):
        info, said, cited = catalog.reports[source], [], None
        for choice, count in parts[source]:
            node = choice.node
            assert node is not None  # parts hold chosen sections only
            label = f"{report_name(info)}（共{count}{unit}）" if unit else report_name(info)
            more, own = list_lines(choice, info, f"{label}：", len(lines.citations))
            lines.lines.extend(more)
            lines.citations.extend(own)
            said.append(f"{count}{unit}" if unit else choice.structure.outline.heading(node))
            cited = cited or own[0].n
        lines.row(info, "、".join(said), cited)
    answer = _table(plan, lines, silent, texts, catalog)
    if answer is not None and order and len(aspects) == 1:
        answer.kind = "ranking"
    return answer


def _table(
    plan: Plan, lines: Lines, silent: list[str], texts: dict[str, str], catalog: Catalog
) -> Answer | None:
    """The table's answer, the reports with nothing to say named last (None when none has)."""
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


def _named_at(topic: str, aspect: str) -> int:
    """Where ``topic`` first names a word of ``aspect``."""
    found = [topic.find(w) for w in aspect_groups()[aspect] if w in topic]
    return min(found, default=len(topic))


def _had(
    plan: Plan, texts: dict[str, str], catalog: Catalog, vocabulary: Vocabulary
) -> Answer | None:
    """Which reports give the aspect asked a part of their own, each cited to the part's
    heading; those without one named, first when their lack is asked."""
    asked = sections_asked(without_part_cues(plan.topic), vocabulary, catalog.titles)
    # A part no aspect names is found by its heading's words ("讲第一责任人职责的部分").
    weights = question_weights(part_words(plan.topic), vocabulary) if asked is None else {}
    if asked is None and not weights:
        return None
    sources = [s for s in catalog.reports if s in texts]
    lines, having, lacking = Lines(), [], []
    for source in sources:
        info = catalog.reports[source]
        if asked is not None:
            choice = next(iter(section_choices({source: texts[source]}, catalog, asked)), None)
            found = (choice.structure, choice.node, choice.ancestors) if choice else None
        else:
            found = _headed(structure(source, texts[source]), weights)
        node = found[1] if found else None
        if found is None or node is None:
            lacking.append(report_name(info))
            continue
        parsed, ancestors = found[0], found[2]
        outline = parsed.outline
        n = len(lines.citations) + 1
        section = parsed.section(ancestors, node)
        lines.citations.append(span_citation(n, info, outline.text, node.head, section))
        heading = outline.heading(node)
        lines.lines.append(f"{report_name(info)}：{display(heading)}[{n}]")
        lines.row(info, heading, n)
        having.append(report_name(info))
    if not lines.citations:
        return None
    lead = (
        "设有专门的这一部分："
        if len(sources) == 1
        else f"没有，{len(having)}份报告均设有专门部分："
        if not lacking and plan.sections_had == "lacking"
        else f"{len(having)}份报告均设有专门部分："
        if not lacking
        else f"没有专门部分的：{'、'.join(lacking)}；设有的：{'、'.join(having)}。"
        if plan.sections_had == "lacking"
        else f"设有专门部分的：{'、'.join(having)}；没有的：{'、'.join(lacking)}。"
    )
    return Answer(
        question=plan.question,
        answer="\n".join([lead, *lines.lines]),
        abstained=False,
        kind="table",
        rows=lines.rows,
        citations=lines.citations,
        searched=list(texts),
    )


def _headed(
    parsed: Structure, weights: dict[str, float]
) -> tuple[Structure, Node, tuple[Node, ...]] | None:
    """The part of a report whose heading says most of the asked words, at least
    ``HEADING_SHARE_HAD`` of their weight; None when no heading says so much."""
    total = sum(weights.values()) or 1.0
    best, best_share = None, 0.0
    for node, ancestors in parsed.outline.walk():
        heading = parsed.outline.heading(node)
        said = sum(w for word, w in weights.items() if word in heading) / total
        if said > best_share:
            best, best_share = (parsed, node, tuple(ancestors)), said
    return best if best_share >= HEADING_SHARE_HAD else None
