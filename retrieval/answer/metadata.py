"""Metadata answers: a report's own attributes, cited to the characters that state them.

索引号, 文号, 成文日期, 发布日期, 发文机构, 来源, 作者, 标题, 年份 and the signature (落款单位,
落款日期) are read from the report's header table or list, its source line, its title line and
its closing lines (``retrieval.ingest.header``). The question's words pick the attributes
(``lexicons/metadata_fields.txt``); an attribute the report states under another label (成文
日期 as the signature's date) is answered under that label. One the report does not state is
said to be missing, without a citation: nothing is inferred.
"""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.answer.abstain import abstention
from retrieval.answer.cite import subject
from retrieval.answer.date_gap import gap_line
from retrieval.answer.header_table import UNSTATED, Cells, header_table
from retrieval.answer.header_values import (
    REGION,
    body_year,
    day_of,
    field_value,
    labelled_span,
    region_value,
    states_nothing,
)
from retrieval.answer.place_clues import place_clues
from retrieval.answer.structure import span_citation, structure
from retrieval.lexicons import Field, metadata_fields
from retrieval.query.catalog import Catalog
from retrieval.query.fields import asked_fields, asks_gap, quoted_code
from retrieval.query.metadata_shape import asks_which_lack
from retrieval.query.plan import Plan
from retrieval.schema import UNTITLED, Answer, Citation, Row
from retrieval.types import ReportInfo, report_name

__all__ = ["answered_reports", "compose_metadata", "framing"]

# "和发布日期是同一天吗": whether the dates asked are one day.
_SAME = re.compile(r"同一天|同一日|是不是一样|是否一样|(?:一样|相同|一致)(?:吗|么|不|嘛)")

# The signature's two parts, said together as the report's 落款.
_SIGNATURE = ("落款单位", "落款日期")
_SIGNED = "落款"


# "是否同一年", "统计时间一样吗": whether the reports are of one year.
_SAME_YEAR = re.compile(r"同一(?:个)?年|(?:年份|年度|时间|统计时间)(?:是否)?(?:一样|相同|一致)")
_YEAR_FIELD = "年份"


def framing(who: str, label: str) -> str:
    """How an answer line introduces a value: "普兰县报告的发布日期：" (the value follows)."""
    return f"{_report(who)}的{label}："


_TITLE = "标题"
_SPACE = re.compile(r"\s+")
# A value of this many characters or fewer ("2025") may be said of many reports.
_COMMON_VALUE = 6
_YEAR = "年份"
# A note on an attribute stated nowhere, not even under another label.
_GAP = re.compile(rf"{UNSTATED}[^，,]+")


def _report(who: str) -> str:
    """ "普兰县报告", "《…》", or "该报告" for a report with neither region nor title."""
    return who if who.startswith(("《", UNTITLED)) else f"{who or '该'}报告"


def compose_metadata(
    plan: Plan, texts: dict[str, str], catalog: Catalog, every: bool = False
) -> Answer | None:
    """The attributes ``plan`` asks for, from the report(s) it names; None when it asks none.

    Args:
        plan: a metadata question's plan.
        texts: the canonical texts of the reports it concerns.
        catalog: the stored reports.
        every: a table over every report in ``texts`` (a line per report stating it).
    """
    fields = asked_fields(plan.topic)
    if not fields:
        return None
    named = plan.sources
    if named is None and len(catalog.reports) > 1 and not every:
        # "索引号K…是哪份报告": the value given names the report that states it; its title too.
        named = _stating(plan.question, texts, fields) or None
        if named is None:
            asked = "、".join(f.name for f in fields)
            code = quoted_code(plan.question)
            why = f"没有报告载明{code}" if code else f"请指明是哪一份报告的{asked}"
            return abstention(replace(plan, reason=why), catalog, None)
        fields = list(dict.fromkeys([*fields, *(f for f in metadata_fields() if f.name == _TITLE)]))
    sources = [s for s in texts if s in catalog.reports and (named is None or s in named)]
    lines: list[str] = []
    notes: list[str] = []
    citations: list[Citation] = []
    stated: dict[str, tuple[str, int]] = {}  # a table's rows: each report's first value
    cells = Cells(fields)
    for source in sources:
        info = catalog.reports[source]
        # An untitled, unplaced report named by its file is "该报告" in its own attributes'
        # lines; one found by what it says ("写了X的报告") is named, its file told.
        placed = info.region or info.title != source
        who = subject(info.region, info.title, source, plan.route.inherited) if placed else ""
        who = who or ("" if plan.route.files else report_name(info))
        # Several reports: each named as a table names it (region, else title, else file).
        who = who if len(sources) == 1 else report_name(info)
        values, missing = _values(source, texts[source], fields, info.region)
        values = _as_named(source, texts[source], fields, plan.topic, values)
        cited_before = len(citations)
        for label, spans in _lines(values):
            quoted = [_quote(citations, info, texts[source], label, span) for span in spans]
            lines.append(framing(who, label) + "，".join(quoted))
            cells.add(report_name(info), label, "，".join(quoted))
            first = spans[0]
            stated.setdefault(source, (texts[source][first[0] : first[1]], citations[-1].n))
        notes.extend(_report(who) + note for note in _joined_gaps(missing))
        if len(sources) == 1 and _SAME.search(plan.topic):
            lines.extend(_same_day(citations[cited_before:]))
        elif len(sources) == 1 and asks_gap(plan.topic):
            lines.extend(gap_line(citations[cited_before:]))
    if len(stated) > 1 and _SAME_YEAR.search(plan.topic) and fields[0].name == _YEAR_FIELD:
        # "是同一年的吗": the years just told, one or not.
        years = {re.sub(r"\D", "", value) for value, _ in stated.values()}
        marks = "".join(f"[{n}]" for _, n in stated.values())
        lines.append(
            f"是同一年度（均为{years.pop()}年）{marks}。"
            if len(years) == 1
            else f"不是同一年度{marks}。"
        )
    if not citations:
        unplaced = abstention(replace(plan, reason="；".join(notes)), catalog, sources)
        placed = any(field.name == REGION for field in fields)
        return place_clues(unplaced, plan.question, sources, texts, catalog) if placed else unplaced
    # "各报告题目和挂网日期做个表": a row a report, a column an attribute.
    tabled = header_table(plan.question, [report_name(catalog.reports[s]) for s in sources], cells)
    said = [*(tabled or lines), *(f"（{note}。）" for note in notes)]
    if every and asks_which_lack(plan.topic):
        # "哪份报告没写X": the reports that leave it out answer it; the others follow.
        stated_all = f"各报告均载明{'、'.join(f.name for f in fields)}。"
        lead = [f"{note}。" for note in notes] or [stated_all]
        said = [*lead, *lines]
    return Answer(
        question=plan.question,
        answer="\n".join(said),
        abstained=False,
        kind="table" if every else "metadata",
        citations=citations,
        rows=_rows(sources, stated, catalog) if every else None,
        searched=sources,
    )


def answered_reports(plan: Plan, answer: Answer) -> list[tuple[str, str | None]]:
    """The reports ``answer`` gives as its answer, as ``(source, region)``: those that leave
    the attribute out, asked which do ("哪份报告没写是哪个县的"); else those it cites."""
    if answer.kind == "table" and asks_which_lack(plan.topic):
        return [(row.source, row.region) for row in answer.rows or () if row.value is None]
    return [(c.source, c.region) for c in answer.citations]


def _same_day(cited: list[Citation]) -> list[str]:
    """Whether the two dates asked are one day, as their citations quote them ("两者是同一天
    [1][2]。")."""
    days = [(day, c.n) for c in cited if (day := day_of(c.excerpt))]
    if len(days) != 2:
        return []
    marks = "".join(f"[{n}]" for _, n in days)
    return [f"两者是同一天{marks}。" if days[0][0] == days[1][0] else f"两者不是同一天{marks}。"]


def _stating(question: str, texts: dict[str, str], fields: list[Field]) -> list[str]:
    """The reports that state, under an asked attribute, a value the question quotes whole (a
    value this short or shorter is too common to name one report)."""
    asked = _SPACE.sub("", question)
    stating = []
    for source, text in texts.items():
        for field in fields:
            found = field_value(source, text, field)
            value = _SPACE.sub("", text[found[1][0] : found[1][1]]) if found else ""
            if len(value) > _COMMON_VALUE and value in asked:
                stating.append(source)
                break
    return stating


def _rows(sources: list[str], stated: dict[str, tuple[str, int]], catalog: Catalog) -> list[Row]:
    """A table's rows: each report's first stated value and its citation (None when missing)."""
    rows = []
    for source in sources:
        info = catalog.reports[source]
        value, n = stated.get(source, (None, None))
        rows.append(
            Row(
                source=source,
                region=info.region,
                title=info.title,
                year=info.year,
                value=value,
                n=n,
            )
        )
    return rows


def _joined_gaps(notes: list[str]) -> list[str]:
    """A report's notes with its attributes stated nowhere said in one ("未载明发布日期、成文
    日期"), where the first of them stood."""
    gaps = [note.removeprefix(UNSTATED) for note in notes if _GAP.fullmatch(note)]
    if len(gaps) < 2:
        return notes
    at = next(i for i, note in enumerate(notes) if _GAP.fullmatch(note))
    rest = [note for note in notes if not _GAP.fullmatch(note)]
    return [*rest[:at], UNSTATED + "、".join(gaps), *rest[at:]]


def _values(
    source: str, text: str, fields: list[Field], region: str | None
) -> tuple[list[tuple[str, tuple[int, int]]], list[str]]:
    """The (label, span) of each asked attribute the report states, and notes on the others
    (each said after the report's name: "未载明发布日期")."""
    values, notes = [], []
    for field in fields:
        found = (
            region_value(source, text, region)
            if field.name == REGION
            else field_value(source, text, field)
        )
        if found is None and field.name == _YEAR and (said := body_year(source, text)):
            # "2025年，我县…": a report with no title states its year where its body opens.
            values.append(said)
            notes.append(f"的标题和文头{UNSTATED}{field.name}")
            continue
        if found is None:
            notes.append(f"{UNSTATED}{field.name}")
            continue
        if found[0] in field.stand_ins and any(found[0] in f.labels for f in fields):
            # "落款日期和成文日期": the stand-in is asked too and said under its own label.
            notes.append(f"{UNSTATED}{field.name}")
            continue
        values.append(found)
        if found[0] in field.stand_ins:
            notes.append(f"{UNSTATED}{field.name}，以上为{found[0]}")
    return values, notes


def _as_named(
    source: str,
    text: str,
    fields: list[Field],
    topic: str,
    values: list[tuple[str, tuple[int, int]]],
) -> list[tuple[str, tuple[int, int]]]:
    """``values`` with an attribute the question asks by labels the report states each on a
    line of its own answered under those labels ("发文单位、发布机构": two rows of the header
    table, one attribute; "发布机构": that row, not the first label's)."""
    spans = structure(source, text).report.spans
    answered: list[tuple[str, tuple[int, int]]] = []
    for label, span in values:
        field = next((f for f in fields if label in (*f.labels, *f.stand_ins)), None)
        named = [
            (name, stated)
            for name in (field.labels if field else ())
            if name in topic
            and (stated := spans.get(name))
            and not states_nothing(text[stated[0] : stated[1]])
        ]
        answered.extend(named or [(label, span)])
    return list(dict.fromkeys(answered))


def _quote(
    citations: list[Citation], info: ReportInfo, text: str, label: str, span: tuple[int, int]
) -> str:
    """The value at ``span``, cited (the citation is appended to ``citations``)."""
    n = len(citations) + 1
    citations.append(span_citation(n, info, text, labelled_span(text, label, span)))
    return f"{text[span[0] : span[1]]}[{n}]"


def _lines(
    values: list[tuple[str, tuple[int, int]]],
) -> list[tuple[str, list[tuple[int, int]]]]:
    """One line per value; the signer and the date of the signature go on one line (落款)."""
    labels = [label for label, _ in values]
    if all(label in labels for label in _SIGNATURE):
        signed = [span for label, span in values if label in _SIGNATURE]
        rest = [(label, [span]) for label, span in values if label not in _SIGNATURE]
        return [*rest, (_SIGNED, signed)]
    return [(label, [span]) for label, span in values]
