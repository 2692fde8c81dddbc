"""Requests around a question ("请按报告列明…", "给五份报告排个序", "是全年还是累计也注明
下", "单位不一样的也标出来") say how to lay the answer out, not what is asked; two which-questions
in one sentence ask of a term each.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import check_answer, check_citation

from retrieval.query.instructions import without_instructions
from retrieval.service import AnswerService


def test_the_reports_ordered_are_no_part_of_what_orders_them(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("请按行政复议案件数由多到少给这五份报告排序")
    assert answer.kind == "ranking" and not answer.abstained
    lines = answer.answer.splitlines()
    assert lines[1].startswith("1. 额敏县：") and "38件[" in lines[1]


def test_a_request_to_note_periods_or_measures_asks_nothing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("给12345热线受理的件数排个名次，是全年还是累计也说明一下")
    assert answer.kind == "ranking"
    assert "办件1020件[" in answer.answer
    assert "未提及：额敏县" in answer.answer
    assert without_instructions("各地发了多少宣传资料，单位不同（份/册）的也标明") == (
        "各地发了多少宣传资料"
    )


def test_a_table_asked_by_report_in_a_written_request(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请按报告列出法律顾问的覆盖情况")
    assert answer.kind == "table"
    assert "叶城县：2023年以来全县28家行政执法单位(部门)" in answer.answer


def test_two_which_questions_each_of_its_own_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告写了兵地联调，哪几份写了府院联动")
    assert answer.kind == "mentions"
    assert "1份报告提到“兵地联调”" in answer.answer
    assert "1份报告提到“府院联动”" in answer.answer
    for citation in answer.citations:
        check_citation(citation)


def test_what_the_unnamed_report_writes_is_its_own_list(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("那份没写县名的报告 存在的问题写了哪几条")
    assert answer.kind == "list"
    assert "二是执法规范化水平不高" in answer.answer


def test_people_counted_with_ge_after_a_one_character_verb(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏县法制审核人员配了几个")
    assert "全县执法部门共配备法制审核人员75名[" in answer.answer
    check_answer(answer)


def test_a_table_handed_over_with_the_headings_of_each_list(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("每份报告的不足写了几条 各条标题是啥 表格形式给我")
    assert answer.kind == "table"
    assert "普兰县（共3条）：二、存在的问题与不足[" in answer.answer
    assert "报告的标题" not in answer.answer


def test_examples_between_the_thing_and_the_ask_narrow_nothing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("合法性审查，文件合同之类的，各县分别审了多少")
    assert answer.kind == "table"
    assert "阿克陶县克孜勒陶镇：全年审查22件[" in answer.answer
    assert "审查合法性文件共9件[" in answer.answer


def test_whether_figures_are_counted_alike_asks_nothing_more(
    lexical_service: AnswerService,
) -> None:
    alike = lexical_service.ask("逢九必讲额敏和叶城各办了多少期，统计口径一样吗")
    assert alike.kind == "comparison"
    assert "36期[" in alike.answer and "12期[" in alike.answer
    units = lexical_service.ask("普法宣传资料哪个县发得最多？请注意计量单位")
    assert units.kind == "ranking"
    assert units.answer.startswith("最多的是叶城县：15万余册[")
