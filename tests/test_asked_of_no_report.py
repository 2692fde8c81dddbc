"""Questions that name no report but say enough to find it or to lay every report out: a
header code quoted (索引号…是哪份), whose words a thing is (X是哪份报告的做法), an amount
ending a request over every report (…的办件量), person-times of an activity, and the people
of each side asked as 哪个人多 / 差几个人.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, cited_rows, file_text

from retrieval.query.shape import shape_of
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize(
    ("question", "source", "code"),
    [
        ("索引号K45893645/2026-00379对应的是哪一份报告", AKETAO, "K45893645/2026-00379"),
        ("pnx/2026-00010这个索引号是哪个县的报告？", PULAN, "pnx/2026-00010"),
    ],
)
def test_a_quoted_header_code_names_the_report_that_states_it(
    lexical_service: AnswerService, question: str, source: str, code: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "metadata" and not answer.abstained
    # A year inside the code is no report year (no "no 2026 report" abstention).
    assert {c.source for c in answer.citations} == {source}
    assert any(code in c.excerpt for c in answer.citations)
    title = {info.source: info.title for info in lexical_service.reports.sources()}[source]
    assert f"标题：{title}" in answer.answer
    for c in answer.citations:
        assert file_text(c.source)[c.start : c.end] == c.excerpt


def test_a_code_no_report_states_is_said_to_be_missing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("索引号zz/2026-99999是哪份报告？")
    assert answer.abstained and not answer.citations
    assert "没有报告载明zz/2026-99999" in answer.answer


@pytest.mark.parametrize(
    ("topic", "shape"),
    [
        ("“一村一警”是哪份报告里的做法", "mentions"),
        ("扫码入企出自哪个县", "mentions"),
        # A superlative, or a count, ranks reports: "…最少的是哪个地方".
        ("调解纠纷最少的是哪一个县", "ranking"),
        ("各地热线的办件量", "table"),
        ("各地的执法质量", "fact"),
    ],
)
def test_whose_words_and_amounts_over_every_report(topic: str, shape: str) -> None:
    assert shape_of(topic, regions=0) == shape


def test_whose_practice_a_thing_is_names_the_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("“一村一警”是哪份报告里的做法？")
    assert answer.kind == "mentions"
    assert set(cited_rows(answer)) == {UNNAMED}
    assert "未署名报告" in answer.answer


def test_a_written_request_for_every_reports_amount_is_a_table(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("请列出各份报告里12345政务热线办件量。")
    assert answer.kind == "table"
    rows = cited_rows(answer)
    assert rows[PULAN] == "1020件" and rows[UNNAMED] == "730件"
    assert "9938" not in answer.answer


def test_person_times_count_who_took_part(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("执法人员培训的参训人次，额敏县跟没写县名那份相比谁多？")
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {EMIN: "400余人次", UNNAMED: "800余人次"}


def test_which_has_more_people_and_how_many_apart(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "额敏县选聘的社会监督员跟没写县名的那份报告组建的社会监督团，哪个人多？差几个人？"
    )
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {EMIN: "7名", UNNAMED: "20人"}
    assert answer.answer.splitlines()[-1].endswith("多13人。")


def test_a_report_named_by_number_is_asked_its_own_attributes(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("003号报告是哪个县的？讲的是哪一年？")
    assert "未载明地区" in answer.answer
    # Its attributes, not its outline.
    assert "工作开展情况" not in answer.answer


def test_how_many_blocks_a_part_has_is_told_by_its_items(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县的下一步打算分成几大块？")
    assert answer.kind == "list"
    assert "(一)持续强化责任落实" in answer.answer and "(四)加强法治队伍建设" in answer.answer


def test_which_reports_have_figures_laid_out_as_a_table(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("法律援助的办案数字，哪些报告里有？做成表。")
    assert answer.kind == "table"
    rows = cited_rows(answer)
    assert rows[UNNAMED] == "103件" and rows[YECHENG] == "543件"
    # A mentions question's term ends with its sentence: "？列个表" lays out the answer.
    listed = lexical_service.ask("哪些报告提到了扫码入企？列个表")
    assert listed.kind == "mentions" and set(cited_rows(listed)) == {EMIN, UNNAMED}
