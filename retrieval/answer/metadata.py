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
from retrieval.answer.structure import span_citation, structure
from retrieval.lexicons import Field, metadata_fields
from retrieval.query.plan import Plan
from retrieval.query.routing import Catalog
from retrieval.schema import Answer, Citation
from retrieval.types import ReportInfo

__all__ = ["asked_fields", "compose_metadata", "framing"]

# "是哪个单位发布的" asks who, though "发布" names the publication date.
_WHO = re.compile(r"谁|哪个单位|哪家|什么单位|哪个部门|哪个机构|什么机构|哪个机关|哪个机关")
_WHEN = re.compile(r"什么时候|何时|哪天|哪一天|几号|几月|日期|时间")
_ISSUER = "发文机构"
_CLAUSES = re.compile(r"[？?；;，,。！!]")
# The signature's two parts, said together as the report's 落款.
_SIGNATURE = ("落款单位", "落款日期")
_SIGNED = "落款"
# A header cell holding only a template's placeholder ("〔〕号") states nothing.
_PLACEHOLDER = re.compile(r"[\s〔〕\[\]（）()【】号第:：\-—_/]*")


def asked_fields(topic: str) -> list[Field]:
    """The attributes ``topic`` asks for, clause by clause, in the order the lexicon lists them."""
    fields = [field for clause in _CLAUSES.split(topic) for field in _clause_fields(clause)]
    return list(dict.fromkeys(fields))


def _clause_fields(clause: str) -> list[Field]:
    found = [(field, cue) for field in metadata_fields() for cue in field.cues if cue in clause]
    # A cue inside a longer cue of another attribute names that one ("发布" of "发布机构").
    kept = [f for f, cue in found if not any(cue != o and cue in o for g, o in found if g != f)]
    fields = list(dict.fromkeys(kept))
    if _WHO.search(clause) and not _WHEN.search(clause):
        issuer = [field for field in metadata_fields() if field.name == _ISSUER]
        dated = [field for field in fields if field.name.endswith("日期")]
        fields = [f for f in fields if f not in dated] + (issuer if dated or not fields else [])
    return fields


def framing(who: str, label: str) -> str:
    """How an answer line introduces a value: "普兰县报告的发布日期：" (the value follows)."""
    return f"{_report(who)}的{label}："


def _report(who: str) -> str:
    """ "普兰县报告", "《…》", or "该报告" for a report with neither region nor title."""
    return who if who.startswith("《") else f"{who or '该'}报告"


def compose_metadata(plan: Plan, texts: dict[str, str], catalog: Catalog) -> Answer | None:
    """The attributes ``plan`` asks for, from the report(s) it names; None when it asks none.

    Args:
        plan: a metadata question's plan.
        texts: the canonical texts of the reports it concerns.
        catalog: the stored reports.
    """
    fields = asked_fields(plan.topic)
    if not fields:
        return None
    named = plan.sources
    if named is None and len(catalog.reports) > 1:
        why = f"请指明是哪一份报告的{'、'.join(f.name for f in fields)}"
        return abstention(replace(plan, reason=why), catalog, None)
    sources = [s for s in texts if s in catalog.reports and (named is None or s in named)]
    lines: list[str] = []
    notes: list[str] = []
    citations: list[Citation] = []
    for source in sources:
        info = catalog.reports[source]
        who = subject(info.region, info.title, source, plan.route.inherited)
        who = who if len(sources) == 1 or not info.region else info.label
        values, missing = _values(source, texts[source], fields, who)
        notes.extend(missing)
        for label, spans in _lines(values):
            quoted = [_quote(citations, info, texts[source], label, span) for span in spans]
            lines.append(framing(who, label) + "，".join(quoted))
    if not citations:
        return abstention(replace(plan, reason="；".join(notes)), catalog, sources)
    return Answer(
        question=plan.question,
        answer="\n".join([*lines, *(f"（{note}。）" for note in notes)]),
        abstained=False,
        kind="metadata",
        citations=citations,
        searched=sources,
    )


def _values(
    source: str, text: str, fields: list[Field], who: str
) -> tuple[list[tuple[str, tuple[int, int]]], list[str]]:
    """The (label, span) of each asked attribute the report states, and notes on the others."""
    values, notes = [], []
    for field in fields:
        found = _value(source, text, field)
        if found is None:
            notes.append(f"{_report(who)}未载明{field.name}")
            continue
        values.append(found)
        if found[0] in field.stand_ins:
            notes.append(f"{_report(who)}未载明{field.name}，以上为{found[0]}")
    return values, notes


def _quote(
    citations: list[Citation], info: ReportInfo, text: str, label: str, span: tuple[int, int]
) -> str:
    """The value at ``span``, cited (the citation is appended to ``citations``)."""
    n = len(citations) + 1
    citations.append(span_citation(n, info, text, _labelled(text, label, span)))
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


def _value(source: str, text: str, field: Field) -> tuple[str, tuple[int, int]] | None:
    """The first of ``field``'s labels the report states a value under, and its span."""
    spans = structure(source, text).report.spans
    for label in (*field.labels, *field.stand_ins):
        span = spans.get(label)
        if span and not _PLACEHOLDER.fullmatch(text[span[0] : span[1]]):
            return label, span
    return None


def _labelled(text: str, label: str, span: tuple[int, int]) -> tuple[int, int]:
    """What to cite for a value: from its label on the same line ("索 引 号 | K45…"), else its
    whole line (the title a year is read from, a signature line)."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    pattern = re.compile(r"\s*".join(map(re.escape, label)))
    found = [m.start() for m in pattern.finditer(text, line_start, span[0])]
    if found:
        return found[-1], span[1]
    line_end = text.find("\n", span[1])
    line = text[line_start : len(text) if line_end < 0 else line_end]
    start = line_start + len(line) - len(line.lstrip())
    return start, line_start + len(line.rstrip())
