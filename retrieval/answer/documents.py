"""Documents a report says it issued, and meetings it says were held, asked as a list ("制定
下发了哪些文件", "出台了什么制度", "开了哪些会").

Reports name what they issued by its title after a verb of issuing ("制定并下发了《…》《…》等
文件"), and the meetings held by their names after a verb of holding ("相继召开了A会议、B推进会
等相关会议"), one sentence here, another there. Such a question is answered by every such name
in the report, each line citing its sentence: the one sentence whose words match best names
one of several.
"""

from __future__ import annotations

import re

from retrieval.answer.cite import subject
from retrieval.answer.list_answers import list_answer
from retrieval.answer.structure import span_citation, structure
from retrieval.query.catalog import Catalog
from retrieval.query.documents_asked import MEETINGS, asks_documents
from retrieval.query.plan import Plan
from retrieval.schema import Answer, Citation
from retrieval.text.sentences import split_sentences

__all__ = ["compose_documents"]

# A verb of issuing, then (after 了, 并下发 or the like) the title: "制定并下发了《", "出台《".
_ISSUED = re.compile(
    r"(?:制定|出台|印发|下发|发布|制发|修订|发放)(?:并|和|、)?(?:下发|印发|发布|出台|发放)?了?"
    r"(?=《)"
)
# Document words that name no kind of title: a 制度 is issued as a 办法 or an 意见.
_ANY = frozenset({"文件", "规范性文件", "制度"})
_TITLE = re.compile(r"《[^《》]{2,80}》")
# "在强化组织领导上", "在普法方面": the field the documents were issued in.
_FIELD = re.compile(r"在(?P<field>[^，,。？?在]{2,12}?)(?:上|方面|这块|中)")
# Titles run on with 、 or nothing between them ("《A》《B》、《C》等").
_RUN = re.compile(r"(?:《[^《》]{2,80}》[、，,和及]?)+")


def compose_documents(plan: Plan, texts: dict[str, str], catalog: Catalog) -> Answer | None:
    """One line per sentence of the asked report(s) that names documents issued, with their
    titles, cited; None when no report names any (the question is then answered as any other).

    Args:
        plan: a list question's plan.
        texts: the canonical texts of the reports it may be answered from, most likely first.
        catalog: the stored reports.
    """
    # "哪些方案": the titles of that kind, where the report names any; "文件", "制度": any title.
    kind = asks_documents(plan.topic)
    # "哪些制度办法", "哪些文件和方案": a word of any kind beside the one asked widens it to
    # every title.
    beside = (rf"{word}[和、及与或]?{kind}|{kind}[和、及与或]{word}" for word in _ANY)
    kind = "" if kind in _ANY or any(re.search(p, plan.topic) for p in beside) else kind
    named = kind if kind != MEETINGS else ""
    sources = plan.sources or []
    lines: list[str] = []
    citations: list[Citation] = []
    listed = 0
    for source in sources:
        if source not in texts or source not in catalog.reports:
            continue
        info, text = catalog.reports[source], texts[source]
        parsed = structure(source, text)
        held = _held if kind == MEETINGS else _issued
        titled = held(text, parsed.report.body)
        of_kind = [(span, [t for t in titles if named in t]) for span, titles in titled]
        titled = [(span, titles) for span, titles in of_kind if titles] or titled
        # "在强化组织领导上制定了哪些文件": the titles of the section (or sentence) on the field.
        field = _FIELD.search(plan.topic)
        if field:
            said = [
                (span, titles)
                for span, titles in titled
                if field["field"] in f"{parsed.section_at(span[0])} {text[span[0] : span[1]]}"
            ]
            titled = said or titled
        if not titled:
            continue
        label = subject(info.region, info.title, info.source, plan.route.inherited)
        for i, (span, titles) in enumerate(titled):
            section = parsed.section_at(span[0])
            citations.append(span_citation(len(citations) + 1, info, text, span, section))
            lead = f"{label}：" if label and i == 0 else ""
            lines.append(f"{lead}{'、'.join(titles)}[{len(citations)}]")
            listed += len(titles)
    if not citations:
        return None
    counted = _HOW_MANY.search(plan.topic)
    if counted:
        # "一共几个": the names listed, counted ("等" may leave some unnamed, which is said).
        lines.append(f"报告共列出{listed}{counted['unit']}（按上列名称计数）")
    return list_answer(plan, lines, citations, sources, None)


# "一共几个", "有多少份": how many are named, asked beside which.
_HOW_MANY = re.compile(r"(?:一共|总共|共|总计)?(?:有)?(?:几|多少)(?P<unit>个|份|部|项|次|场|件)")


def _issued(text: str, body: list[tuple[int, int]]) -> list[tuple[tuple[int, int], list[str]]]:
    """The sentences of ``text``'s body naming documents issued, with the titles issued."""
    found = []
    spans = [span for start, end in body for span in split_sentences(text[start:end], start)]
    for s, e in spans:
        sentence = text[s:e]
        titles = [
            title
            for verb in _ISSUED.finditer(sentence)
            if (run := _RUN.match(sentence, verb.end()))
            for title in _TITLE.findall(run.group())
        ]
        if titles:
            found.append(((s, e), list(dict.fromkeys(titles))))
    return found


# A verb of holding a meeting ("相继召开了", "组织召开"), then the meetings' names.
_HOLDING = re.compile(r"(?:组织|相继|先后|定期)?(?:召开|举行|举办)(?:了|过)?")
# One meeting's name: up to a 会 or 会议 ending it, no clause break inside.
# ("定期召开专题会议部署推进": what the meeting did may follow it.)
_MEETING = re.compile(
    r"[^、，,。；;：:（）()]{2,40}?(?:会议|会)(?=[、，,。；;等]|$|部署|研究|审议|安排|推进|传达|学习)"
)


def _held(text: str, body: list[tuple[int, int]]) -> list[tuple[tuple[int, int], list[str]]]:
    """The sentences of ``text``'s body naming meetings held, with their names."""
    found = []
    spans = [span for start, end in body for span in split_sentences(text[start:end], start)]
    for s, e in spans:
        sentence = text[s:e]
        names: list[str] = []
        for verb in _HOLDING.finditer(sentence):
            at = verb.end()
            while (meeting := _MEETING.match(sentence, at)) is not None:
                names.append(meeting.group())
                at = meeting.end() + (sentence[meeting.end() : meeting.end() + 1] == "、")
                if sentence[meeting.end() : meeting.end() + 1] != "、":
                    break
        if names:
            found.append(((s, e), list(dict.fromkeys(names))))
    return found
