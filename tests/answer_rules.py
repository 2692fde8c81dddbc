"""The product rule every answer keeps, checked against the sample reports' own files.

Citations quote exactly (``excerpt == file[start:end]``), are numbered 1..n, and every piece of
an answer line is in an excerpt it cites: numbers first of all. An answer line may open with
framing that names what the quote is about, and nothing else: the report's region ("额敏县："),
marked when carried over from the previous question ("额敏县（按上一问）："), or the report
attribute a value is ("普兰县报告的发布日期：").
"""

from __future__ import annotations

import re
from pathlib import Path

from retrieval.answer.cite import CARRIED
from retrieval.answer.header_values import BODY_YEAR
from retrieval.answer.metadata import framing
from retrieval.answer.premise import AGREES, DIFFERS
from retrieval.answer.rows import NONE_COUNTED, NONE_RANKED
from retrieval.answer.table_block import TABLE_HEAD
from retrieval.ingest.loading import load_report
from retrieval.lexicons import metadata_fields
from retrieval.schema import UNTITLED, Answer, Citation, Conversation
from retrieval.service import AnswerService
from retrieval.text.numbers import extract_numbers, unsupported_numbers

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
SAMPLES = sorted(p.name for p in REPORTS.glob("*.txt"))
META = {name: load_report(REPORTS / name) for name in SAMPLES}
TEXT = {name: (REPORTS / name).read_text(encoding="utf-8") for name in SAMPLES}
REGIONS = {r.region for r in META.values() if r.region}
_MARKERS = re.compile(r"((?:\[\d+\])+)")
_FILE_NAME = re.compile(r"[\w.-]+\.(?:txt|md|docx|pdf|html?)")
# Who a line is about, and the report attributes a metadata line may name.
# A report with neither region nor title is named by its file name.
_UNPLACED = [
    f"{UNTITLED}（{name}）" for name, r in META.items() if not r.region and r.title == name
]
_WHO = [*REGIONS, *(f"{region}{CARRIED}" for region in REGIONS), *_UNPLACED]
_LABELS = {"落款", BODY_YEAR} | {label for f in metadata_fields() for label in (f.name, *f.labels)}
# The lines of a comparison that quote a side open with who it is ("额敏县：").
SIDES = tuple(f"{who}：" for who in _WHO)
_OF_YEAR = re.compile(r"^(?:\d{4}年度的有：|没有\d{4}年度的报告)")
FRAMES = sorted(
    {f"{who}：" for who in _WHO}
    | {framing(who, label) for who in [*_WHO, ""] for label in _LABELS}
    # A figure the asker asked to have checked, then the report's own words.
    | {AGREES, DIFFERS},
    key=len,
    reverse=True,
)


def file_text(source: str) -> str:
    return (REPORTS / source).read_bytes().decode("utf-8")


def cited_rows(answer: Answer) -> dict[str, str | None]:
    """Each report's value in an answer over several reports, once its excerpts are checked
    against the files."""
    assert not answer.abstained, answer.answer
    for c in answer.citations:
        assert file_text(c.source)[c.start : c.end] == c.excerpt
    return {row.source: row.value for row in answer.rows or []}


def claims(answer: str) -> list[tuple[str, list[int]]]:
    """Each stretch of answer text with the citation numbers that follow it."""
    parts = _MARKERS.split(answer)
    return [
        (parts[i], [int(n) for n in re.findall(r"\d+", parts[i + 1])])
        for i in range(0, len(parts) - 1, 2)
    ]


def check_citation(c: Citation) -> None:
    report = META[c.source]
    assert file_text(c.source)[c.start : c.end] == c.excerpt
    assert c.excerpt.strip()
    assert (c.title, c.region, c.year) == (report.title, report.region, report.year)


def check_cited(answer: Answer) -> None:
    """Every citation exact and numbered in order: the rule for answers holding lines of no
    claim of their own (tables, rankings: "未提及：…", "见于…部分")."""
    for c in answer.citations:
        check_citation(c)
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))


def check_answer(answer: Answer) -> None:
    """The product rule: exact excerpts, and nothing in an answer that its excerpts do not say."""
    for c in [*answer.citations, *answer.related]:
        check_citation(c)
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    if answer.abstained:
        assert answer.citations == [] and not _MARKERS.search(answer.answer)
        return
    by_n = {c.n: c for c in answer.citations}
    answer = _without_table_block(answer, by_n)
    # "没有报告直接给出该数字。": no figure found, said before each report's words.
    lines = [line for line in answer.answer.splitlines() if line not in (NONE_COUNTED, NONE_RANKED)]
    answer = answer.model_copy(update={"answer": "\n".join(lines)})
    if _COUNTED.search(answer.answer):
        # "额敏县（共3条）：…": how many items the lines below list, not a claim of a report.
        lines = answer.answer.splitlines()
        check_counts(lines)
        kept = [line for line in lines if not _MOST_PARTS.match(line)]
        answer = answer.model_copy(update={"answer": _COUNTED.sub("", "\n".join(kept))})
    if answer.kind == "metadata":
        # "两者是同一天[1][2]。": computed from the dates its citations quote.
        lines = answer.answer.splitlines()
        for line in [line for line in lines if _SAME_DAY.match(line)]:
            check_same_day(line, by_n)
        answer = answer.model_copy(
            update={"answer": "\n".join(x for x in lines if not _SAME_DAY.match(x))}
        )
    if answer.kind == "table":
        # "合计49件（…）": the rows' figures added up; "注：…": the periods they cover.
        lines = answer.answer.splitlines()
        for line in lines:
            if line.startswith("合计"):
                check_total(line, by_n)
            elif line.startswith("注：") or _OF_YEAR.match(line):
                # ("2025年度的有：额敏县[1]…": which reports are of the year, each cited.)
                check_verdict(line, by_n)
        kept = [
            line
            for line in lines
            if not (line.startswith(("合计", "注：")) or _OF_YEAR.match(line))
        ]
        answer = answer.model_copy(update={"answer": "\n".join(kept)})
    if answer.kind == "comparison":
        quoted = [line for line in answer.answer.splitlines() if line.startswith(SIDES)]
        for line in answer.answer.splitlines():
            # "办理成效：": what the block after it compares, no claim; "合计50件（…）": the
            # sides' figures added up, however many.
            if line.startswith("合计"):
                check_total(line, by_n)
            elif not line.startswith(SIDES) and not _BLOCK.match(line):
                check_verdict(line, by_n)
        assert quoted, answer.answer
        answer = answer.model_copy(update={"answer": "\n".join(quoted)})
    cited = claims(answer.answer)
    assert {n for _, ns in cited for n in ns} == set(by_n), answer.answer
    for text, ns in cited:
        excerpts = [by_n[n].excerpt for n in ns]
        # A file name names a report, as a region does ("未署名报告（003_….txt）"): no figure.
        figures = _FILE_NAME.sub("", text)
        assert unsupported_numbers(figures, excerpts) == [], (text, excerpts)
        text = text.strip()
        text = next((text[len(f) :] for f in FRAMES if text.startswith(f)), text)
        # Extractive answers quote: every piece of the claim is in a cited excerpt.
        for piece in filter(None, (p.strip("，,；;。 \n") for p in text.split("…"))):
            assert any(piece in e for e in excerpts), (piece, excerpts)


_COUNTED = re.compile(r"（共(\d+)(?:个方面|方面|个部分|部分|大块|块|条|点|项|个)）(?=：)")
# "一、": a report's top-level part.
_PART_OPENS = re.compile(r"[一二三四五六七八九十]+、")
# A line opening a report's part: its label, then a colon, before any citation.
_LABELLED = re.compile(r"^[^：\[]{2,80}：")


# "最多的是额敏县、…：": the reports whose parts below hold the most (or fewest) items.
_BLOCK = re.compile(r"^[^\[\]：\d]+：$")
_MOST_PARTS = re.compile(r"^(最多|最少)的是([^\[\]：]+)：$")


# TABLE_HEAD then "额敏县｜963件[1]": the rows laid out as a table before the cited lines.
_BLOCK_ROW = re.compile(r"^(?P<label>[^｜]+)｜(?P<value>[^｜]+\[\d+\])$")
_QUOTED = re.compile(r"([^\[\]]+)\[(\d+)\]")


def _without_table_block(answer: Answer, by_n: dict[int, Citation]) -> Answer:
    """``answer`` without the table its rows open it with, each row's value checked to be in
    the excerpt it cites."""
    lines = answer.answer.splitlines()
    if not lines or lines[0] != TABLE_HEAD:
        return answer
    end = lines.index("")
    for line in lines[1:end]:
        row = _BLOCK_ROW.match(line)
        assert row is not None, line
        # Each quote before a mark is its excerpt's ("…" cuts clauses apart, "；" quotes apart).
        for quote, n in _QUOTED.findall(row["value"]):
            excerpt = by_n[int(n)].excerpt
            pieces = re.split(r"…", quote.strip("；;，,、 "))
            assert all(p in excerpt for p in pieces if p), line
    return answer.model_copy(update={"answer": "\n".join(lines[end + 1 :])})


def check_counts(lines: list[str]) -> None:
    """Each count said after a report's label is the number of item lines under it; a lead
    naming the reports with the most (fewest) names those whose count is the largest."""
    counts = {
        line.split("（共")[0]: int(found.group(1))
        for line in lines
        if (found := _COUNTED.search(line))
    }
    for line in lines:
        lead = _MOST_PARTS.match(line)
        if lead:
            best = (max if lead.group(1) == "最多" else min)(counts.values())
            named = set(lead.group(2).split("、"))
            assert named == {name for name, n in counts.items() if n == best}, (line, counts)
    for at, line in enumerate(lines):
        found = _COUNTED.search(line)
        if found is None:
            continue
        # "叶城县（共5部分）：一、…\n二、…": a report's parts are listed from its label's line
        # on (a part's items are listed under its heading).
        after = lines[at + 1] if at + 1 < len(lines) else ""
        items = int(bool(_PART_OPENS.match(line, found.end() + 1) and _PART_OPENS.match(after)))
        for below in lines[at + 1 :]:
            if _LABELLED.match(below) or below.startswith("未提及"):
                break
            # An item's own items (set in), and a verdict on the counts (no citation), are
            # no items of the part.
            items += not below.startswith("\u3000") and bool(_MARKERS.search(below))
        assert int(found.group(1)) == items, (line, lines)
    for line in lines:
        more = _MORE_ITEMS.match(line)
        if more:
            assert counts[more["a"]] == int(more["m"]) > int(more["n"]) == counts[more["b"]], line
        same = _SAME_ITEMS.match(line)
        if same:
            assert set(counts.values()) == {int(same["n"])}, (line, counts)


# "叶城县（4条）多于普兰县（3条）。", "两者一样多，均为5条。": a verdict on the lists' counts.
_MORE_ITEMS = re.compile(r"^(?P<a>[^（]+)（(?P<m>\d+)\D+）多于(?P<b>[^（]+)（(?P<n>\d+)\D+）。$")
_SAME_ITEMS = re.compile(r"^(?:两者|各方)一样多，均为(?P<n>\d+)\D+。$")


_SAME_DAY = re.compile(r"^两者(不)?是同一天((?:\[\d+\])+)。$")
_DAY = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")


def check_same_day(line: str, by_n: dict[int, Citation]) -> None:
    """Whether two cited dates are one day, as their excerpts state them."""
    found = _SAME_DAY.match(line)
    assert found, line
    cited = [by_n[int(n)] for n in re.findall(r"\d+", found.group(2))]
    days = set()
    for c in cited:
        date = _DAY.search(c.excerpt)
        assert date, c.excerpt
        days.add(tuple(int(part) for part in date.groups()))
    assert len(cited) == 2
    assert (len(days) == 1) == (found.group(1) is None), line


def check_total(line: str, by_n: dict[int, Citation]) -> None:
    """A sum line ("合计49件（额敏县38件[1]、…）"): its one figure no excerpt states is the sum
    of those its cited excerpts state."""
    cited = [by_n[int(n)] for n in re.findall(r"\[(\d+)\]", line)]
    figures = _FILE_NAME.sub("", _MARKERS.sub("", line))
    unstated = unsupported_numbers(figures, [c.excerpt for c in cited])
    stated = [m.value for m in extract_numbers(figures) if m not in unstated]
    assert len(unstated) == 1 and unstated[0].value == sum(stated), line


def check_verdict(line: str, by_n: dict[int, Citation]) -> None:
    """A line a comparison computes (a verdict, a note on periods or measures): each figure
    in it is one its cited excerpts state, or the difference, ratio or sum of two that are."""
    cited = [by_n[int(n)] for n in re.findall(r"\[(\d+)\]", line)]
    assert cited or "无法比较" in line or "未提及" in line, line
    if line.startswith("注："):
        return  # a period or measure note: the years it names are the reports' own
    figures = _FILE_NAME.sub("", _MARKERS.sub("", line))
    unstated = unsupported_numbers(figures, [c.excerpt for c in cited])
    stated = {m.value for m in extract_numbers(figures)} - {m.value for m in unstated}
    derived = {abs(a - b) for a in stated for b in stated} | {a + b for a in stated for b in stated}
    derived |= {round(a / b, 1) for a in stated for b in stated if b}
    for m in unstated:
        assert m.value in derived, (m.raw, line)


def asked_in_turns(service: AnswerService, *questions: str) -> Answer:
    """The answer to the last of ``questions``, each asked after the ones before it."""
    conversation = Conversation()
    for question in questions[:-1]:
        service.ask(question, conversation=conversation)
    return service.ask(questions[-1], conversation=conversation)


def cited_turns(service: AnswerService, *questions: str) -> list[Answer]:
    """The answers to ``questions`` asked as turns of one conversation, each citing its
    excerpts exactly (worked lines, "合计…（按所引数字相加）", are no quotes)."""
    conversation = Conversation()
    answers = [service.ask(question, conversation=conversation) for question in questions]
    for answer in answers:
        check_cited(answer)
    return answers
