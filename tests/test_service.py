"""Answers: exact citations, supported numbers, abstentions and input errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from answer_rules import META, REPORTS, SAMPLES, check_answer, file_text

from retrieval.config import Settings
from retrieval.errors import IndexMissingError, InputError
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES

# Facts read from the reports: (question, a phrase of the report that answers it, its report).
FACTS: list[tuple[str, str, str]] = [
    ("额敏县累计抽查执法案卷多少件？", "126件", EMIN),
    ("克孜勒陶镇在2025年共发布预警信息多少条？", "305条", AKETAO),
    ("普兰县法律援助修改合同多少件？", "26件", PULAN),
    ("有份报告说组建了20人社会监督团，那个县设立了多少个企业联系点？", "10个", UNNAMED),
    ("叶城建了多少个乡镇政务服务大厅？", "22个", YECHENG),
    ("普兰县的热线一共接到多少件投诉？", "205件", PULAN),  # paraphrase
    ("额敏县有多少人的执法证件被注销了？", "57人", EMIN),  # paraphrase
]
UNANSWERABLE = [
    ("额敏县2025年的GDP是多少？", [EMIN]),
    ("额敏县县长叫什么名字？", [EMIN]),
    ("普兰县的县长是谁？", [PULAN]),
]
COMPARISON = "额敏县和叶城县各开展了多少次执法人员培训？"


@pytest.fixture(scope="module")
def lexical(tmp_path_factory: pytest.TempPathFactory) -> AnswerService:
    """A lexical-only service for checks that do not need dense retrieval."""
    index_dir = tmp_path_factory.mktemp("service") / "index"
    settings = Settings(index_dir=index_dir, embed=False, _env_file=None)  # type: ignore[call-arg]
    service = AnswerService(settings)
    service.reports.ingest([REPORTS])
    return service


@pytest.mark.parametrize(("question", "fact", "source"), FACTS)
def test_answers_state_the_fact_and_cite_it(
    service: AnswerService, question: str, fact: str, source: str
) -> None:
    assert fact in file_text(source)
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.mode == "extractive"
    assert fact in answer.answer
    assert any(c.source == source and fact in c.excerpt for c in answer.citations)
    check_answer(answer)
    assert answer.timings_ms["total"] > 0


@pytest.mark.parametrize(("question", "searched"), UNANSWERABLE)
def test_abstains_with_related_passages_and_searched_reports(
    service: AnswerService, question: str, searched: list[str]
) -> None:
    answer = service.ask(question)
    assert answer.abstained, answer.answer
    assert answer.citations == []
    assert answer.searched == searched
    assert all(META[s].title in answer.answer for s in searched)
    # Only passages that share the question's words are offered ("县长" in a passage on who
    # leads the work), never the nearest ones for their own sake.
    assert all(c.source in searched for c in answer.related)
    if "GDP" in question:
        assert answer.related == []
    check_answer(answer)


def test_unknown_region_abstains_naming_every_report(service: AnswerService) -> None:
    answer = service.ask("喀什市累计抽查执法案卷多少件？")
    assert answer.abstained and answer.citations == []
    assert answer.searched == SAMPLES
    assert "喀什市" in answer.answer
    assert all(META[s].title in answer.answer for s in SAMPLES)
    check_answer(answer)


def test_unknown_region_lists_related_passages(service: AnswerService) -> None:
    answer = service.ask("喀什市累计抽查执法案卷多少件？")
    assert answer.abstained and answer.related


def test_unanswerable_without_region_searches_every_report(service: AnswerService) -> None:
    answer = service.ask("哪个县的GDP最高？")
    assert answer.abstained and answer.searched == SAMPLES
    check_answer(answer)


def test_comparison_cites_each_region(service: AnswerService) -> None:
    answer = service.ask(COMPARISON)
    assert not answer.abstained
    assert {c.source for c in answer.citations} == {EMIN, YECHENG}
    assert set(answer.searched) == {EMIN, YECHENG}
    check_answer(answer)


@pytest.mark.parametrize(
    "question",
    [FACTS[0][0], FACTS[3][0], FACTS[4][0]]
    + [q for q, _ in UNANSWERABLE]
    + [
        COMPARISON,
        "普兰和克孜勒陶各组织了多少次执法培训？",
        "2023年以来叶城县办理了多少件公证案件？",
        "有个县设立了10个企业联系点，它把多少家企业纳入了专属服务管理？",
        "法律顾问",
        "？？？",
    ],
)
def test_every_answer_keeps_the_product_rule(lexical: AnswerService, question: str) -> None:
    check_answer(lexical.ask(question))


@pytest.mark.parametrize("question", ["", "   ", "\n\t", "问" * 2001, "额敏县" + "问" * 1998])
def test_empty_or_too_long_question_is_an_input_error(tmp_path: Path, question: str) -> None:
    # Checked before the store is touched: no index is needed to be told.
    settings = Settings(index_dir=tmp_path / "none", _env_file=None)  # type: ignore[call-arg]
    with pytest.raises(InputError) as info:
        AnswerService(settings).ask(question)
    assert "\n" not in str(info.value)


def test_question_of_exactly_the_limit_is_answered(lexical: AnswerService) -> None:
    question = ("额敏县累计抽查执法案卷多少件？" * 200)[:2000]
    assert len(question) == lexical.settings.max_question_chars
    answer = lexical.ask(question)
    check_answer(answer)


def test_no_index_says_to_run_ingest(tmp_path: Path) -> None:
    index_dir = tmp_path / "never-built"
    settings = Settings(index_dir=index_dir, _env_file=None)  # type: ignore[call-arg]
    with pytest.raises(IndexMissingError) as info:
        AnswerService(settings).ask("额敏县累计抽查执法案卷多少件？")
    message = str(info.value)
    assert "govqa ingest" in message and "\n" not in message
    assert not index_dir.exists()  # asking does not create an empty store


def test_passage_and_source_text_are_the_file(lexical: AnswerService) -> None:
    for name in SAMPLES:
        assert lexical.reports.source_text(name) == file_text(name)
    answer = lexical.ask(FACTS[0][0])
    c = answer.citations[0]
    around = lexical.reports.passage(c.source, c.start, c.end, width=20)
    assert c.excerpt in around and len(around) <= len(c.excerpt) + 40
