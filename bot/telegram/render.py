"""Telegram HTML for answers, "not found" replies and the passage behind a citation.

Everything that comes from a report, a model or a user goes through :func:`html.escape`; the
only tags produced here are ``<b>``, ``<i>`` and ``<blockquote>``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from html import escape

from bot.telegram.reports import Reports, report_name
from retrieval.schema import NOT_FOUND, Answer, Citation

__all__ = [
    "NOT_FOUND_LINE",
    "cited_name",
    "render_answer",
    "render_not_found",
]

NOT_FOUND_LINE = f"{NOT_FOUND}。"
# A quote covered this much by its answer line repeats it (and is left out).
_REPEATS = 0.8
_LONG_QUOTE = 200
_SECTION_CHARS = 28
# This many citations of one report are shown as one run under their common heading.
_LIST_RUN = 3
_MAX_RELATED = 2
_SNIPPET_CHARS = 34
_MARKERS = re.compile(r"(?:\[\d+\])+")
# A line's label: "额敏县：", "1. 持续强化责任落实：" (the enumerator is not bolded).
_LABEL = re.compile(r"^(?:\d{1,2}[.、．]\s*)?([^，。；：:,;\s]{1,16})([：:])")
_SEARCHED_LIST = re.compile(r"[（(]已检索.*[）)]")


def cited_name(citation: Citation) -> str:
    """The report a citation comes from: 《title》, or a readable name when it has none."""
    name = report_name(citation.source, citation.title, citation.region, citation.year)
    return f"《{name}》" if name == (citation.title or "").strip() else name


def render_answer(answer: Answer, reports: Reports, asked: str | None = None) -> str:
    """The whole reply for one answer (before splitting): answer first, then where it is from.

    Args:
        answer: the service's answer.
        reports: the stored reports (names for "not found").
        asked: the question, when the user did not type it (a pressed suggestion).

    Returns:
        Telegram HTML: the answer lines with ``[n]``, then per citation (or run of citations
        from one section) the report and section, with the quote only where it adds to the
        answer; or the "not found" reply.
    """
    if answer.abstained:
        return render_not_found(answer, reports, asked)
    parts = [_asked(asked), _body(answer.answer), _sources(answer), _notice(answer)]
    return "\n\n".join(part for part in parts if part)


def _asked(asked: str | None) -> str:
    return f"<b>问：{escape(asked)}</b>" if asked else ""


def _notice(answer: Answer) -> str:
    return f"<i>{escape(answer.notice)}</i>" if answer.notice else ""


def _body(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2:
        return escape(lines[0]) if lines else ""
    # One line per item or report: its leading label ("额敏县：") in bold, to scan on a phone.
    out = []
    for line in lines:
        label = _LABEL.match(line)
        if label:
            before, name, after = line[: label.start(1)], label.group(1), line[label.end(1) :]
            out.append(f"{escape(before)}<b>{escape(name)}</b>{escape(after)}")
        else:
            out.append(escape(line))
    return "\n".join(out)


def _sources(answer: Answer) -> str:
    citations = answer.citations
    if not citations:
        return ""
    one_report = len({c.source for c in citations}) == 1
    lines = [f"出处：{escape(cited_name(citations[0]))}"] if one_report else ["出处："]
    said = _said_by_marker(answer.answer)
    for section, group in _runs(citations):
        where = [_section(section)]
        if not one_report:
            where.insert(0, cited_name(group[0]))
        marks = _marks([c.n for c in group])
        lines.append(f"{marks} {escape(' · '.join(w for w in where if w))}".rstrip())
        for citation in group:
            if _adds(citation.excerpt, said.get(citation.n, answer.answer)):
                lines.append(_quote(citation, numbered=len(group) > 1))
    return "\n".join(lines)


def _runs(citations: list[Citation]) -> Iterator[tuple[str, list[Citation]]]:
    """Consecutive citations of one report with the section they share: the same section, or
    for three or more (the items of a list) the heading their sections fall under."""
    for _, same_report in itertools.groupby(citations, key=lambda c: c.source):
        group = list(same_report)
        paths = [c.section.split(" > ") for c in group]
        levels = zip(*paths, strict=False)  # stops at the shortest path
        common = [p[0] for p in itertools.takewhile(lambda p: len(set(p)) == 1, levels)]
        if len(group) >= _LIST_RUN and common:
            yield " > ".join(common), group
            continue
        for section, run in itertools.groupby(group, key=lambda c: c.section):
            yield section, list(run)


def _marks(numbers: list[int]) -> str:
    """``[1][2]``, or ``[1]–[5]`` for a longer run of consecutive numbers."""
    if len(numbers) >= _LIST_RUN and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"[{numbers[0]}]–[{numbers[-1]}]"
    return "".join(f"[{n}]" for n in numbers)


def _section(section: str) -> str:
    last = section.split(" > ")[-1].strip()
    return last if len(last) <= _SECTION_CHARS else last[: _SECTION_CHARS - 1] + "…"


def _quote(citation: Citation, numbered: bool) -> str:
    tag = "blockquote expandable" if len(citation.excerpt) > _LONG_QUOTE else "blockquote"
    prefix = f"[{citation.n}] " if numbered else ""
    return f"<{tag}>{prefix}{escape(citation.excerpt.strip())}</blockquote>"


def _said_by_marker(text: str) -> dict[int, str]:
    """For each ``[n]``, the answer text it is attached to (since the previous marker)."""
    said: dict[int, str] = {}
    previous = 0
    for match in _MARKERS.finditer(text):
        segment = text[previous : match.start()]
        for number in re.findall(r"\d+", match.group()):
            said[int(number)] = said.get(int(number), "") + segment
        previous = match.end()
    return said


def _normal(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _adds(excerpt: str, said: str) -> bool:
    """Whether quoting ``excerpt`` under an answer that says ``said`` tells the reader more.

    Not when the answer is the report's own words, whole or cut from a longer passage (whose
    rest 「原文」 shows): the quote would repeat it. Yes when the answer says it in other words
    (a model's answer): the reader should see what the claim rests on.
    """
    said = "\n".join(_LABEL.sub("", line.strip()) for line in said.splitlines())
    quote, line = _normal(excerpt), _normal(_MARKERS.sub("", said))
    if not quote or not line or quote in line or line in quote:
        return False
    blocks = SequenceMatcher(None, line, quote, autojunk=False).get_matching_blocks()
    covered = sum(block.size for block in blocks if block.size >= 2)
    return covered / len(line) < _REPEATS


# "Not found" --------------------------------------------------------------------------------


def render_not_found(answer: Answer, reports: Reports, asked: str | None = None) -> str:
    """A short "not found": what was searched, at most two related passages, and a tip.

    The service only offers passages that share the question's words (``answer.related``),
    each cited by its most related sentence.
    """
    statement = _SEARCHED_LIST.sub("", answer.answer).strip() or NOT_FOUND_LINE
    head = [_asked(asked), escape(statement), escape(_searched(answer.searched, reports))]
    related = answer.related[:_MAX_RELATED]
    blocks = ["\n".join(line for line in head if line)]
    if related:
        lines = [_related_line(c, reports) for c in related]
        blocks.append("\n".join(["可能相关（不是答案）：", *lines]))
    blocks.append(escape(_tip(statement, bool(related))))
    if answer.notice:
        blocks.append(_notice(answer))
    return "\n\n".join(blocks)


def _searched(searched: list[str], reports: Reports) -> str:
    if not searched:
        return ""
    if len(searched) > 3:
        whole = "全部" if len(searched) == len(reports.infos) else ""
        return f"已检索{whole}{len(searched)}份报告。"
    return "已检索：" + "、".join(reports.label(source) for source in searched) + "。"


def _tip(statement: str, related: bool) -> str:
    if "没有" in statement and "报告" in statement:
        return "提示：发送 /sources 查看已收录的地区和年份。"
    if related:
        return "提示：可以用上面段落里的说法再问一次。"
    return "提示：换个说法再问，或发送 /help 看看能回答哪些问题。"


def _related_line(citation: Citation, reports: Reports) -> str:
    """One line: the report, then the start of the related sentence."""
    excerpt = citation.excerpt.strip()
    snippet = excerpt[:_SNIPPET_CHARS] + ("…" if len(excerpt) > _SNIPPET_CHARS else "")
    return f"• {escape(reports.label(citation.source))}：{escape(snippet)}"
