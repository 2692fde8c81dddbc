"""Rankings and tables of a report attribute kept at ingest: the year it reports on, the date
it was published, the dates of its header and signature (成文日期, 落款日期).

The value comes from the report's metadata; the citation is where the report's text states
it: the title line holding the year (or, for an untitled report, its first sentence naming
that year), the date line holding the publication date ("发布日期 | 2026-02-14",
"发布时间 2025年09月05日"), the header or signature line of another date (as a metadata
answer cites it; 成文日期 falls back to the signature's date). A report whose text does not
state it is listed as "未提及".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from retrieval.answer.abstain import ABSTAIN, searched
from retrieval.answer.header_values import day_of, field_value, labelled_span
from retrieval.answer.rows import NAMED, Lines, unstated
from retrieval.answer.structure import structure
from retrieval.query.aspects import aspects_in, own_sections
from retrieval.query.catalog import Catalog
from retrieval.query.fields import asked_fields
from retrieval.query.metadata_shape import asks_which_lack
from retrieval.query.order import Order, order_of
from retrieval.query.plan import Plan
from retrieval.query.verdicts import asks_verdict
from retrieval.query.when import Attribute, asks_days, attribute_of, in_time
from retrieval.schema import Answer
from retrieval.search.evidence import Evidence
from retrieval.text.sentences import split_sentences
from retrieval.types import Passage, ReportInfo, report_name

__all__ = ["compose_attribute"]

_LABEL = {"published": re.compile(r"发\s*布\s*(?:日\s*期|时\s*间)|发布于|公开日期")}
# How far before a date its label may stand ("发布日期 | 2026-02-14").
_LABEL_REACH = 16
_SUPERLATIVE = re.compile(r"最[早晚新先老]")
_A_YEAR = re.compile(r"(20\d\d)\s*年度?")
# A comparison of which only one report states the value.
_ONE_SIDE = "其余报告未注明，无法比较。"


@dataclass(frozen=True)
class _Stated:
    passage: Passage
    start: int
    end: int
    written: str
    key: str


def compose_attribute(plan: Plan, evidence: Evidence, catalog: Catalog) -> Answer:
    """The ranking or table of the attribute ``plan`` asks for."""
    attribute = attribute_of(plan.topic) or "year"
    sources = searched(plan.sources, catalog)
    stated: list[tuple[ReportInfo, _Stated]] = []
    for found in evidence.found:
        whole = found.passages[0]
        info = catalog.reports.get(whole.source)
        value = _stated(attribute, info, whole, plan.topic) if info else None
        if info and value:
            stated.append((info, value))
    # Reports past the cited ones were not read: their rows hold the catalog's value.
    rest = [
        (catalog.reports[s], kept)
        for s in evidence.unread
        if (kept := _kept(attribute, catalog.reports[s])) is not None
    ]
    if not stated:
        return Answer(question=plan.question, answer=ABSTAIN, abstained=True, searched=sources)
    ranking = plan.kind == "ranking"
    order = order_of(plan.topic)
    # "两份报告各是哪天发布的" asks each side's date, not which is earlier.
    judged = plan.kind == "comparison" and (asks_verdict(plan.topic) or in_time(plan.topic))
    if ranking or judged:
        stated.sort(key=lambda s: s[1].key, reverse=order == "desc")
    lines = Lines()
    rank = 0
    cited: list[tuple[ReportInfo, _Stated, int]] = []
    for place, (info, value) in enumerate(stated, start=1):
        # Equal dates (years) share a place.
        rank = rank if place > 1 and value.key == stated[place - 2][1].key else place
        if lines.full:
            lines.skip(info, value.written)
            continue
        n = lines.cite(value.passage, value.start, value.end)
        number = f"{rank}. " if ranking else ""
        lines.lines.append(f"{number}{report_name(info)}：{value.written}[{n}]")
        lines.row(info, value.written, n)
        cited.append((info, value, n))
    for info, kept in sorted(rest, key=lambda r: r[1], reverse=ranking and order == "desc"):
        lines.skip(info, kept)
    lines.more("也注明了")
    if ranking:
        lines.lines.insert(0, _lead(plan.topic, order, stated) + _other_end(plan.topic, cited))
    elif plan.of_year and attribute == "year":
        lines.lines.insert(0, _of_year(plan.of_year, [(info, n) for info, _, n in cited]))
    listed = {info.source for info, _ in stated} | {info.source for info, _ in rest}
    unstated(lines, [s for s in sources if s not in listed], catalog)
    if asks_which_lack(plan.topic):
        # "哪几份没写发布日期": the reports that leave it out answer it, the others follow.
        silent = lines.lines.pop() if len(listed) < len(sources) else ""
        lead = f"没有写明的：{silent.partition('：')[2]}；写明了的如下：" if silent else _ALL_STATE
        lines.lines.insert(0, lead)
    if judged:
        days = asks_days(plan.topic)
        lines.lines.append(_verdict(order, cited, days) if len(cited) > 1 else _ONE_SIDE)
    return Answer(
        question=plan.question,
        answer="\n".join(lines.lines),
        abstained=False,
        kind=plan.kind,
        rows=lines.rows,
        citations=lines.citations,
        searched=sources,
    )


_ALL_STATE = "各报告均有写明："


def _of_year(year: int, reports: list[tuple[ReportInfo, int]]) -> str:
    """ "2025年度的有：额敏县[1]、…；不是的：叶城县（2023年度）[5]": the reports of the year
    asked, then the others with theirs, each cited where the report says its year."""
    of = [f"{report_name(info)}[{n}]" for info, n in reports if info.year == year]
    others = [
        f"{report_name(info)}（{info.year}年度）[{n}]" for info, n in reports if info.year != year
    ]
    said = f"{year}年度的有：{'、'.join(of)}" if of else f"没有{year}年度的报告"
    return said + (f"；不是的：{'、'.join(others)}" if others else "；其余均是")


def _lead(topic: str, order: Order, stated: list[tuple[ReportInfo, _Stated]]) -> str:
    """The first line of a ranking in time: the first report ("最早的是…"; "并列最晚的是…"
    when several share the first date), or, when an order is asked ("按发布时间先后排序"), a
    header over the ranked lines."""
    word = _SUPERLATIVE.search(topic)
    if not word:
        return "从早到晚排序：" if order == "asc" else "从晚到早排序："
    first = [info for info, value in stated if value.key == stated[0][1].key]
    # "最先发布的", "年份最老的" are the earliest.
    said = word.group().replace("先", "早").replace("老", "早")
    if len(first) > 1:
        names = "、".join(report_name(info) for info in first[:NAMED])
        more = f"等{len(first)}份报告" if len(first) > NAMED else ""
        return f"并列{said}的是{names}{more}"
    return f"{said}的是{report_name(first[0])}：{stated[0][1].written}[1]"


def _other_end(topic: str, cited: list[tuple[ReportInfo, _Stated, int]]) -> str:
    """ "；最晚的是…": the other end of the order, when the question asks both ("哪份最早、哪份
    最晚") and the last cited report's date differs from the first's."""
    words = list(dict.fromkeys(w.replace("先", "早") for w in _SUPERLATIVE.findall(topic)))
    if len(words) < 2 or len(cited) < 2 or cited[-1][1].key == cited[0][1].key:
        return ""
    info, value, n = cited[-1]
    return f"；{words[1]}的是{report_name(info)}：{value.written}[{n}]"


def _verdict(order: Order, cited: list[tuple[ReportInfo, _Stated, int]], days: bool) -> str:
    """The last line of a comparison in time, from the cited values in the asked order:
    "叶城县为2023年度[1]，早于额敏县的2025年[2]。", or "…相同，均为…" when they agree.
    ``days``: how many days apart two dates are is asked ("…，早33天。")."""
    first, value, n = cited[0]
    if all(other.key == value.key for _, other, _ in cited):
        names = "与".join(report_name(info) for info, _, _ in cited)
        marks = "".join(f"[{m}]" for _, _, m in cited)
        return f"{names}相同，均为{value.written}{marks}。"
    word = "早于" if order == "asc" else "晚于"
    others = "、".join(
        f"{report_name(info)}的{other.written}[{m}]"
        for info, other, m in cited
        if other.key != value.key
    )
    apart = _days_apart(value.key, cited[1][1].key) if days and len(cited) == 2 else None
    gap = f"，{word[0]}{apart}天" if apart else ""
    return f"{report_name(first)}为{value.written}[{n}]，{word}{others}{gap}。"


def _days_apart(first: str, other: str) -> int | None:
    """Days between two dates kept as YYYY-MM-DD; None unless both are whole dates."""
    try:
        return abs((date.fromisoformat(other) - date.fromisoformat(first)).days)
    except ValueError:
        return None


def _kept(attribute: Attribute, info: ReportInfo) -> str | None:
    """The catalog's value of a report attribute (year, publication date), as kept at ingest."""
    if attribute == "published":
        return info.published
    return str(info.year) if attribute == "year" and info.year is not None else None


def _stated(attribute: Attribute, info: ReportInfo, whole: Passage, topic: str) -> _Stated | None:
    if attribute == "published":
        return _published(info, whole)
    if attribute == "dated":
        return _dated(whole, topic)
    own = own_sections(topic)
    if own:
        return _section_year(whole, own)
    return _year(info, whole)


def _section_year(whole: Passage, aspects: frozenset[str]) -> _Stated | None:
    """The year of the report's own section on ``aspects`` (next year's plans, problems): the
    year its heading names ("四、2024年度…主要安排"), else its opening sentence ("2026年，…")."""
    text = whole.text
    parsed = structure(whole.source, text).outline
    for node in parsed.sections:
        if not aspects_in(parsed.heading(node)) & aspects:
            continue
        opening = split_sentences(text[node.head[1] : node.end], node.head[1])[:1]
        for start, end in [node.head, *opening]:
            found = _A_YEAR.search(text, start, end)
            if found:
                return _Stated(whole, start, end, found.group(), found.group(1))
        return None
    return None


def _dated(whole: Passage, topic: str) -> _Stated | None:
    """The first date the report states of those ``topic`` asks (成文日期, else 落款日期…), cited
    from its label; its key is the date as YYYY-MM-DD."""
    for field in (f for f in asked_fields(topic) if f.name.endswith("日期")):
        found = field_value(whole.source, whole.text, field)
        key = day_of(whole.text, *found[1]) if found else None
        if found and key:
            start, end = labelled_span(whole.text, found[0], found[1])
            return _Stated(whole, start, end, whole.text[slice(*found[1])].strip(), key)
    return None


def _year(info: ReportInfo, whole: Passage) -> _Stated | None:
    """The title line holding the year, else the first sentence that names it."""
    if info.year is None:
        return None
    text = whole.text
    year = re.compile(rf"{info.year}\s*年度?")
    at = text.find(info.title) if info.title != info.source else -1
    if at >= 0 and year.search(info.title):
        written = year.search(info.title)
        assert written is not None
        return _Stated(whole, at, at + len(info.title), written.group(), str(info.year))
    for start, end in split_sentences(text):
        found = year.search(text, start, end)
        if found:
            return _Stated(whole, start, end, found.group(), str(info.year))
    return None


def _published(info: ReportInfo, whole: Passage) -> _Stated | None:
    """The date line of the publication date: from its label to the date."""
    if not info.published:
        return None
    y, m, d = (int(part) for part in info.published.split("-"))
    date = re.compile(rf"{y}\s*[-./年]\s*0?{m}\s*[-./月]\s*0?{d}(?!\d)日?")
    text = whole.text
    for found in date.finditer(text):
        before = text[max(0, found.start() - _LABEL_REACH) : found.start()]
        label = list(_LABEL["published"].finditer(before))
        if label:
            start = found.start() - len(before) + label[-1].start()
            return _Stated(whole, start, found.end(), found.group(), info.published)
    return None
