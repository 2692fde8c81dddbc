"""Answers about several reports on the sample reports: comparisons with a verdict, rankings,
tables and mentions. Every cited line quotes its report; verdicts follow the cited figures."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService
from retrieval.text.lexicon import synonyms
from retrieval.text.numbers import extract_numbers, unsupported_numbers

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
SAMPLES = sorted(p.name for p in REPORTS.glob("*.txt"))
EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES
TEXT = {name: (REPORTS / name).read_text(encoding="utf-8") for name in SAMPLES}
_MARKERS = re.compile(r"((?:\[\d+\])+)")
_LABEL = re.compile(r"^(?:\d+\.\s*)?[^：\n]*：")


@pytest.fixture(scope="module")
def lexical(lexical_service: AnswerService) -> AnswerService:
    """A lexical-only service over the sample reports (the session's index, read only)."""
    return lexical_service


# Lines that state a conclusion from the cited figures rather than quote them.
_DERIVED = re.compile(r"[多少高低早晚]于|相同，均为|其后依次")


def assert_quoted(answer: Answer) -> None:
    """Every cited line is "name：quote[n]": exact excerpts, and the quote (pieces joined by …
    or ；) is in the excerpt it cites, numbers included. A verdict or a note ("注：…") states
    only figures its citations state; a header ("2份报告提到…：") cites nothing."""
    assert not answer.abstained and answer.citations
    for c in answer.citations:
        assert TEXT[c.source][c.start : c.end] == c.excerpt
    by_n = {c.n: c for c in answer.citations}
    names = {n for r in answer.rows or [] for n in (r.region, r.title, r.source) if n}
    for line in answer.answer.splitlines():
        cited = [by_n[int(n)].excerpt for n in re.findall(r"\[(\d+)\]", line)]
        if line.startswith("注"):
            continue  # a caveat: periods read off each report's title or text
        if _DERIVED.search(line):
            bare = _MARKERS.sub("", line)
            for name in sorted(names, key=len, reverse=True):
                bare = bare.replace(name, "")
            assert unsupported_numbers(bare, cited) == [], (line, cited)
            continue
        parts = _MARKERS.split(line)
        for i in range(0, len(parts) - 1, 2):
            excerpts = [by_n[int(n)].excerpt for n in re.findall(r"\d+", parts[i + 1])]
            claim = _LABEL.sub("", parts[i].strip().lstrip("；，"))
            assert unsupported_numbers(claim, excerpts) == [], (claim, excerpts)
            for piece in filter(None, (p.strip("，,；;。 ") for p in re.split("…", claim))):
                assert any(piece in e for e in excerpts), (piece, excerpts)
    assert {r.n for r in answer.rows or [] if r.n} <= set(by_n)


def value(written: str | None) -> Decimal:
    assert written
    return extract_numbers(written)[0].value


def test_ranking_names_the_winner_first_and_lists_every_report(lexical: AnswerService) -> None:
    answer = lexical.ask("哪个县组织行政执法人员培训的次数最多？")
    assert answer.kind == "ranking"
    assert_quoted(answer)
    rows = answer.rows or []
    assert sorted(r.source for r in rows) == SAMPLES
    stated = [r for r in rows if r.value]
    assert stated[0].source == UNNAMED and stated[0].value == "6次"
    assert answer.answer.splitlines()[0].startswith(f"最多的是未署名报告（{UNNAMED}）：6次")
    values = [value(r.value) for r in stated]
    assert values == sorted(values, reverse=True)
    for row in stated:
        [cited] = [c for c in answer.citations if c.n == row.n]
        assert cited.source == row.source and row.value in cited.excerpt


def test_ranking_of_the_least_puts_the_smallest_figure_first(lexical: AnswerService) -> None:
    answer = lexical.ask("行政执法人员培训次数最少的是哪里？")
    stated = [r for r in answer.rows or [] if r.value]
    values = [value(r.value) for r in stated]
    assert len(stated) >= 3 and values == sorted(values)
    # 叶城县's figure covers 2023年以来, the others a year: the answer says so.
    assert "统计时段不同" in answer.answer and "2023年以来" in answer.answer


def test_ranking_by_publication_date_cites_the_date_line(lexical: AnswerService) -> None:
    answer = lexical.ask("哪份报告发布得最早？")
    assert answer.kind == "ranking"
    assert_quoted(answer)
    rows = answer.rows or []
    assert rows[0].source == YECHENG and rows[0].value == "2025年09月05日"
    assert "发布" in answer.citations[0].excerpt
    undated = {r.source for r in rows if r.value is None}
    assert undated == {EMIN, UNNAMED}
    assert "未提及" in answer.answer


def test_ranking_by_signature_date_reads_the_header_or_the_signature(
    lexical: AnswerService,
) -> None:
    # 成文日期 from a header table, else the signature's date (落款): the dates in time order.
    answer = lexical.ask("各报告按成文日期从早到晚排序")
    assert answer.kind == "ranking"
    assert_quoted(answer)
    stated = [r for r in answer.rows or [] if r.value]
    assert [r.source for r in stated] == [PULAN, AKETAO]
    assert stated[0].value == "2025年12月31日" and stated[1].value == "2026-02-14"
    assert "未提及" in answer.answer


def test_ranking_of_a_rate_stated_as_both_at_a_hundred(lexical: AnswerService) -> None:
    # "反馈率和办理结果满意率“双一百”": 100%, above any other report's 满意率 or 满意度.
    answer = lexical.ask("哪里的诉求办理满意率最高？")
    assert answer.kind == "ranking"
    assert_quoted(answer)
    first = (answer.rows or [])[0]
    assert first.source == AKETAO and first.value == "双一百"
    assert answer.answer.splitlines()[0].startswith("最高的是阿克陶县克孜勒陶镇")


def test_table_gives_every_report_a_row_in_report_order(lexical: AnswerService) -> None:
    answer = lexical.ask("各地组织行政执法人员培训分别多少次？")
    assert answer.kind == "table"
    assert_quoted(answer)
    # 普兰县's "专题学法、法治讲座2场次" are lectures: its row, unstated, comes last.
    rows = answer.rows or []
    assert [r.source for r in rows] == [EMIN, AKETAO, UNNAMED, YECHENG, PULAN]
    assert rows[-1].value is None
    lines = answer.answer.splitlines()
    assert lines[0] == "额敏县：组织行政执法人员专题培训3次、综合培训400余人次[1]"


def test_table_of_the_report_year_cites_each_title_or_sentence(lexical: AnswerService) -> None:
    answer = lexical.ask("列个表：各报告分别是哪一年的")
    assert_quoted(answer)
    years = {r.source: r.value for r in answer.rows or []}
    assert years[YECHENG] == "2023年度" and years[EMIN] == "2025年"
    assert set(years) == set(SAMPLES)


def test_table_of_the_year_a_plan_section_is_for(lexical: AnswerService) -> None:
    # The year of the report's own plans section: its heading's, else its opening sentence's.
    answer = lexical.ask("各报告今后工作安排分别对应哪个年度？列一下")
    assert answer.kind == "table"
    assert_quoted(answer)
    years = {r.source: r.value for r in answer.rows or []}
    assert years[EMIN] == "2026年" and years[YECHENG] == "2024年度"
    assert years[PULAN] is None and "未提及" in answer.answer


def test_table_of_a_situation_quotes_the_figures_of_the_answering_item(
    lexical: AnswerService,
) -> None:
    answer = lexical.ask("各地在产业决策上作法律指导的情况")
    assert answer.kind == "table"
    assert_quoted(answer)
    [line] = [x for x in answer.answer.splitlines() if x.startswith("阿克陶县克孜勒陶镇：")]
    # The answering sentence, then the item's other sentences stating a figure, each cited.
    assert line.index("法律指导8次") < line.index("困难诉求3件")
    assert len(re.findall(r"\[\d+\]", line)) == 3


def test_table_of_a_thing_named_twice_gives_each_name_its_figure(lexical: AnswerService) -> None:
    answer = lexical.ask("各地合规审核（审查）分别多少")
    assert answer.kind == "table"
    assert_quoted(answer)
    [line] = [x for x in answer.answer.splitlines() if x.startswith("阿克陶县克孜勒陶镇：")]
    # 审查 counted in one sentence, 审核 in another: the row quotes both.
    assert "审查22件" in line and "80余项重大事项合规审核" in line


def test_comparison_verdict_follows_the_cited_figures(lexical: AnswerService) -> None:
    answer = lexical.ask("普兰县和叶城县相比，谁举办的法治讲座多？")
    assert answer.kind == "comparison"
    assert_quoted(answer)
    verdict = answer.answer.splitlines()[-1]
    # The verdict cites each figure it compares.
    assert verdict == "叶城县为36期[2]，多于普兰县的2场次[1]。"
    assert "统计时段不同" in answer.answer
    assert [r.value for r in answer.rows or []] == ["2场次", "36期"]


def test_comparison_of_equal_figures_says_they_are_equal(lexical: AnswerService) -> None:
    answer = lexical.ask("额敏县和克孜勒陶镇组织行政执法人员培训的次数一样吗？")
    assert answer.answer.splitlines()[-1] == "额敏县与阿克陶县克孜勒陶镇相同，均为3次[1][2]。"


def test_comparison_asking_for_the_smaller_names_it_first(lexical: AnswerService) -> None:
    answer = lexical.ask("普兰县和叶城县相比，谁举办的法治讲座少？")
    assert answer.answer.splitlines()[-1] == "普兰县为2场次[1]，少于叶城县的36期[2]。"
    # 普兰县's plan (每年组织专业培训不少于4次) sets a target: no count of trainings held.
    training = lexical.ask("普兰县和叶城县相比，谁组织的行政执法人员培训少？")
    assert training.answer.splitlines()[-1] == "普兰县未提及可比较的数字，无法比较。"


@pytest.mark.parametrize(
    "question",
    [
        "克孜勒陶镇和带动各级党组织集中学法63次的那个县相比，谁组织行政执法人员培训少？",
        "克孜勒陶镇跟没注明地区的那份报告比，谁组织的行政执法人员培训少？",
    ],
)
def test_comparison_side_named_by_description(lexical: AnswerService, question: str) -> None:
    answer = lexical.ask(question)
    assert answer.kind == "comparison"
    assert_quoted(answer)
    assert [r.source for r in answer.rows or []] == [AKETAO, UNNAMED]
    assert (
        answer.answer.splitlines()[-1]
        == f"阿克陶县克孜勒陶镇为3次[1]，少于未署名报告（{UNNAMED}）的6次[2]。"
    )


def test_each_side_without_a_verdict_when_none_is_asked(lexical: AnswerService) -> None:
    answer = lexical.ask("额敏县和普兰县分别组织了多少次行政执法人员培训？")
    assert_quoted(answer)
    assert len(answer.answer.splitlines()) == 2
    assert "多于" not in answer.answer


def test_comparison_in_time_orders_the_reports_dates(lexical: AnswerService) -> None:
    answer = lexical.ask("额敏县的报告和叶城县的报告，哪份年度更早")
    assert answer.kind == "comparison"
    assert_quoted(answer)
    assert answer.answer.splitlines()[-1] == "叶城县为2023年度[1]，早于额敏县的2025年[2]。"
    assert [r.source for r in answer.rows or []] == [YECHENG, EMIN]
    # The two publication dates (发布日期 | 2026-02-14 …), the later first.
    later = lexical.ask("普兰县和克孜勒陶镇的报告，谁发布得晚")
    assert_quoted(later)
    assert later.answer.splitlines()[-1].startswith("阿克陶县克孜勒陶镇为2026-02-14[1]，晚于普兰县")


@pytest.mark.parametrize("term", ["公职律师", "以案释法", "法治副校长"])
def test_mentions_cite_exactly_the_reports_whose_text_says_it(
    lexical: AnswerService, term: str
) -> None:
    answer = lexical.ask(f"哪些报告提到了“{term}”？")
    assert answer.kind == "mentions"
    assert_quoted(answer)
    assert {c.source for c in answer.citations} == {s for s in SAMPLES if term in TEXT[s]}
    assert all(term in c.excerpt for c in answer.citations)
    assert [r.value for r in answer.rows or []] == [term] * len(answer.citations)


def test_mentions_count_a_synonym(lexical: AnswerService) -> None:
    answer = lexical.ask("哪些报告提到了居民？")
    forms = ("居民", *synonyms("居民"))
    assert answer.citations
    assert all(any(f in c.excerpt for f in forms) for c in answer.citations)
    assert {c.source for c in answer.citations} == {
        s for s in SAMPLES if any(f in TEXT[s] for f in forms)
    }


def test_mentions_nothing_says_so_without_citing(lexical: AnswerService) -> None:
    answer = lexical.ask("有没有报告提到人工智能审批？")
    assert answer.kind == "mentions" and not answer.abstained
    assert answer.citations == [] and answer.rows == []
    assert answer.answer.startswith("没有报告提到“人工智能审批”")


def test_mentions_within_a_named_region(lexical: AnswerService) -> None:
    answer = lexical.ask("普兰县有没有提到公职律师？")
    assert answer.kind == "mentions" and answer.citations == []
    answer = lexical.ask("叶城县有没有提到公职律师？")
    assert [c.source for c in answer.citations] == [YECHENG]


def test_questions_about_every_report_do_not_inherit_the_region(lexical: AnswerService) -> None:
    conversation = Conversation()
    lexical.ask("额敏县全年办理减免责案件多少件？", conversation=conversation)
    answer = lexical.ask("哪个县组织行政执法人员培训的次数最多？", conversation=conversation)
    assert sorted(r.source for r in answer.rows or []) == SAMPLES


def test_facts_keep_no_rows(lexical: AnswerService) -> None:
    answer = lexical.ask("额敏县全年办理减免责案件多少件？")
    assert answer.kind == "fact" and answer.rows is None
