"""Mentions: which reports say a term, each named with the cited sentence that says it.

Retrieval has found, per report, the first passage whose text really holds the term
(``retrieval.search.across.mentioning``); the answer cites the sentence around it. When no
report says it, the answer says so and cites nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.answer.abstain import searched
from retrieval.answer.list_sentences import joined_answer, shifted_rows
from retrieval.answer.rows import Lines
from retrieval.query.catalog import Catalog
from retrieval.query.lacking import asks_absence, asks_both
from retrieval.query.mentioned import Term, beside, mentioned_term
from retrieval.query.plan import Plan
from retrieval.schema import Answer, Row
from retrieval.search.evidence import Evidence, Found
from retrieval.text.sentences import split_sentences
from retrieval.types import Passage, ReportInfo, Vocabulary, report_name

__all__ = ["compose_mentions", "each_term_answered"]

# A sentence longer than this is cut to the clauses around the term.
_LONG = 120
_CLAUSE_ENDS = "，,；;：:"


def compose_mentions(
    plan: Plan, evidence: Evidence, catalog: Catalog, vocabulary: Vocabulary
) -> Answer:
    """Every report that mentions the asked term, one cited line each (in report order)."""
    sources = searched(plan.sources, catalog)
    asked = mentioned_term(plan.topic, vocabulary)
    if evidence.otherwise:
        return _said_otherwise(plan, evidence, catalog, sources, asked)
    # No report says the term as asked; ``found`` says it with one character changed, or
    # without the clause that describes it.
    term = mentioned_term(f"“{evidence.near}”", vocabulary) if evidence.near else asked
    if evidence.undescribed:
        term = mentioned_term(evidence.undescribed, vocabulary)
    lines = Lines()
    context = beside(plan.topic, term, vocabulary) if term else ()
    said: set[str] = set()
    for found in sorted(evidence.found, key=lambda f: f.passages[0].source):
        if term is None:
            break
        if lines.full:
            # Retrieval found the term in this passage; only listed reports need the sentence.
            lines.skip(found.passages[0], term.phrase)
            continue
        marks = []
        for passage, start, end in _sentences(found.passages, term, context):
            marks.append(n := lines.cite(passage, start, end))
            lines.lines.append(
                f"{report_name(passage)}："
                f"{_excerpt(passage.span(start, end), term, plan.verbatim)}[{n}]"
            )
            said.add(term.said(passage.span(start, end)))
            if len(marks) == 1:
                lines.row(passage, term.said(passage.span(start, end)), n)
    # The header names the term as every listed report says it ("双随机", not the asker's
    # "双随机检查" when one report says only the former).
    shown = term.phrase if term and said <= {term.phrase} else term.core if term else ""
    if term and term.offered and said and said <= set(term.offered):
        # "边境管控、打击…": of the things offered, those the listed reports say.
        shown = "、".join(name for name in term.offered if name in said)
    phrase = f"“{shown}”" if term else "该内容"
    own = {term.phrase, term.core, *term.offered} if term else set()
    if term and said and not said & own:
        # Every listed report says it in other words ("巡逻" for 巡查): those words are shown.
        others = "、".join(f"“{name}”" for name in sorted(said))
        phrase = f"与“{term.phrase}”意思相近的{others}"
    elif term and said - own:
        # Some say it as asked, some in other words: the header names both.
        others = "、".join(f"“{name}”" for name in sorted(said - own))
        phrase = f"“{shown}”或意思相近的{others}"
    if term and asks_absence(plan.topic):
        saying = {row.source for row in lines.rows}
        near = f"{_not_as_asked(asked)}按相近的说法查找：" if evidence.near else ""
        return _absent(plan, phrase, sources, saying, catalog, near)
    if lines.rows:
        lines.more(f"也提到{phrase}")
        # A header (it ends with a colon): the count is of the lines below, not a claim.
        header = f"{len(lines.rows)}份报告提到{phrase}："
        if len(sources) == 1 and sources[0] in catalog.reports:
            # "叶城有没有提到X": the one report asked of is named, as when it is silent.
            header = f"{_named(catalog.reports[sources[0]])}提到了{phrase}："
        if evidence.near:
            header = f"{_not_as_asked(asked)}相近的说法{phrase}见于{len(lines.rows)}份报告："
        elif evidence.undescribed:
            header = (
                f"{_not_as_asked(asked)}按“{evidence.undescribed}”查找，"
                f"见于{len(lines.rows)}份报告："
            )
        # ("普兰报告里“X”原话怎么写的": of one report, its words asked whole are the answer.)
        quoting = (
            plan.verbatim and len(sources) == 1 and not (evidence.near or evidence.undescribed)
        )
        text = "\n".join([*([] if quoting else [header]), *lines.lines, *_also(evidence, lines)])
        if plan.besides:
            text = f"{_besides(plan.besides, lines, phrase, catalog)}\n{text}"
        if asks_both(plan.topic):
            # A report's silence has no span: the line cites nothing.
            saying = {row.source for row in lines.rows}
            names = "、".join(report_name(i) for i in _silent(sources, saying, catalog)) or "无"
            text += f"\n未提到{phrase}的：{names}"
    elif len(sources) == 1 and sources[0] in catalog.reports:
        # "普兰有没有提到X": the one report asked of says nothing of it.
        text = f"{_named(catalog.reports[sources[0]])}没有提到{phrase}。"
    else:
        text = f"没有报告提到{phrase}（已查找{len(sources)}份报告）。"
    return Answer(
        question=plan.question,
        answer=text,
        abstained=False,
        kind="mentions",
        rows=lines.rows,
        citations=lines.citations,
        searched=sources,
    )


def _named(info: ReportInfo) -> str:
    return f"{info.region}的报告" if info.region else report_name(info)


def _said_otherwise(
    plan: Plan, evidence: Evidence, catalog: Catalog, sources: list[str], asked: Term | None
) -> Answer:
    """Reports that say the thing asked in their own words (``Evidence.otherwise``): each
    one's sentence, cited, under a header naming the question's words they say."""
    lines = Lines()
    lines.lines.extend(_sentence_lines(evidence.found, lines))
    words = "".join(f"“{word}”" for word in evidence.otherwise)
    if asks_absence(plan.topic):
        saying = {row.source for row in lines.rows}
        alike = f"与“{asked.core or asked.phrase}”相近的内容" if asked else "相近的内容"
        return _absent(plan, alike, sources, saying, catalog)
    lines.more(f"也说到了{words}")
    header = f"{_not_as_asked(asked)}说到其中{words}的句子见于{len(lines.rows)}份报告："
    return Answer(
        question=plan.question,
        answer="\n".join([header, *lines.lines]),
        abstained=False,
        kind="mentions",
        rows=lines.rows,
        citations=lines.citations,
        searched=sources,
    )


def _also(evidence: Evidence, lines: Lines) -> list[str]:
    """The reports that say every word of a long term apart (``Evidence.also``): a line
    naming the words they say, then each one's sentence, cited."""
    shown = _sentence_lines(evidence.also, lines)
    if not shown:
        return []
    words = "".join(f"“{word}”" for word in evidence.also_words)
    return [f"另有{len(shown)}份报告未原样这么写，但句中说到了{words}：", *shown]


def _sentence_lines(found: list[Found], lines: Lines) -> list[str]:
    """Each report's one sentence (a passage spanning exactly it), cited in ``lines``, in
    report order; the reports past those listed are counted, not shown."""
    shown: list[str] = []
    for group in sorted(found, key=lambda f: f.passages[0].source):
        sentence = group.passages[0]
        if lines.full:
            lines.skip(sentence, None)
            continue
        n = lines.cite(sentence, sentence.start, sentence.end)
        shown.append(f"{report_name(sentence)}：{sentence.text.rstrip('。；;')}[{n}]")
        lines.row(sentence, None, n)
    return shown


def _not_as_asked(asked: Term | None) -> str:
    """ "没有报告原样提到“法律体检”；": the term as asked, which no report says."""
    return f"没有报告原样提到“{asked.core or asked.phrase}”；" if asked else ""


def _absent(
    plan: Plan,
    phrase: str,
    sources: list[str],
    saying: set[str],
    catalog: Catalog,
    lead: str = "",
) -> Answer:
    """ "哪些县没有提到X": the reports searched that do not say it (nothing to cite: a
    report's silence has no span)."""
    silent = _silent(sources, saying, catalog)
    names = "、".join(report_name(info) for info in silent)
    if silent:
        text = f"{len(silent)}份报告未提到{phrase}：{names}（已查找{len(sources)}份报告）。"
    else:
        text = f"查找的{len(sources)}份报告都提到了{phrase}。"
    text = lead + text
    rows = [Row(source=i.source, region=i.region, title=i.title, year=i.year) for i in silent]
    return Answer(
        question=plan.question,
        answer=text,
        abstained=False,
        kind="mentions",
        rows=rows,
        citations=[],
        searched=sources,
    )


def _besides(asked: list[str], lines: Lines, phrase: str, catalog: Catalog) -> str:
    """Which reports other than those asked of before say it ("还有别的县写了X吗")."""
    names = "、".join(report_name(catalog.reports[s]) for s in asked if s in catalog.reports)
    others = [row for row in lines.rows if row.source not in asked]
    if not others:
        return f"除{names}外，没有其他报告提到{phrase}。"
    # No marks: the lines below cite each report's own sentence.
    said = "、".join(report_name(catalog.reports[row.source]) for row in others)
    return f"除{names}外，提到{phrase}的还有：{said}。"


def _silent(sources: list[str], saying: set[str], catalog: Catalog) -> list[ReportInfo]:
    """The reports searched that do not say it, in the order searched."""
    return [catalog.reports[s] for s in sources if s not in saying and s in catalog.reports]


# An item's heading alone: "四是推进乡村“法律明白人”培养工程。", "(三)…。" (no clause of its own).
_HEADING_ONLY = re.compile(
    r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)])[^，,；;。]{2,30}。"
)


def _sentences(
    passages: Sequence[Passage], term: Term, context: Sequence[str]
) -> list[tuple[Passage, int, int]]:
    """The sentence of a report that says ``term`` (``_sentence``); of several passages of one
    report (what it says of the term asked whole), each one's, up to ``_SAID_MOST``."""
    if len(passages) == 1:
        one = _sentence(passages[0], term, context)
        return [one] if one else []
    found: dict[tuple[int, int], tuple[Passage, int, int]] = {}
    for passage in passages:
        for start, end in split_sentences(passage.text, passage.start):
            if term.find(passage.span(start, end)):
                found.setdefault((start, end), (passage, start, end))
    return [found[key] for key in sorted(found)][:_SAID_MOST]


# A report's sentences saying a term, quoted when what it says of it is asked.
_SAID_MOST = 5


def _sentence(
    passage: Passage, term: Term, context: Sequence[str]
) -> tuple[Passage, int, int] | None:
    """The sentence of ``passage`` that says ``term`` (report offsets): the first, or the one
    saying most of the question's ``context`` words."""
    said = [
        (start, end)
        for start, end in split_sentences(passage.text, passage.start)
        if term.find(passage.span(start, end))
    ]
    if not said:
        return None
    start, end = max(said, key=lambda s: term.weigh(passage.span(*s), context))
    if _HEADING_ONLY.match(passage.span(start, end)):
        # "四是推进乡村“法律明白人”培养工程。": an item's heading; what it did follows it.
        after = [s for s in split_sentences(passage.text, passage.start) if s[0] >= end]
        end = after[0][1] if after else end
    return passage, start, end


def _excerpt(sentence: str, term: Term | None, whole: bool = False) -> str:
    """The sentence, cut to the clauses around the term when it is long (an item's heading
    and its first sentence are shown whole; with ``whole``, "原文", any sentence)."""
    text = sentence.rstrip("。；;")
    where = term.find(text) if term else None
    if whole or len(text) <= _LONG or where is None or _HEADING_ONLY.match(text):
        return text
    start = max((text.rfind(c, 0, where[0]) for c in _CLAUSE_ENDS), default=-1) + 1
    ends = [i for c in _CLAUSE_ENDS if (i := text.find(c, where[1])) >= 0]
    end = min(ends, default=len(text))
    return ("…" if start > 0 else "") + text[start:end] + ("…" if end < len(text) else "")


def each_term_answered(plan: Plan, answers: Sequence[Answer]) -> Answer:
    """One answer to a question asking of several terms (``Plan.terms``): each term's answer
    in turn, its citations and rows numbered on from those before it."""
    rows = [row for rows in shifted_rows(answers) for row in rows]
    return joined_answer(plan.question, answers, rows, all(a.abstained for a in answers))
