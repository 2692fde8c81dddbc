"""Slips of the pinyin keyboard, what a measure achieved, requirements compared, and follow-ups
that weigh the places of two turns.

A character typed by its sound ("行政复义") is read as the report word it sounds like, and the
answer says so; a question asking how something was done and with what effect is answered by
the measure and the figures that follow it; floors a plan sets ("不少于4次") are compared as
floors; "差几件" after two turns about two places compares them. Also: which reports "讲" a
term, English "table", a list question's examples ("…啥的"), a report's region asked of its
number, and a question about several reports' years.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize(
    ("question", "figure", "source", "note"),
    [
        ("叶城县发律援助案件受理了多少件", "543件", YECHENG, "“发律援助”按“法律援助”"),
        ("普兰县的行政复义申请一年几件", "1件", PULAN, "“行政复义”按“行政复议”"),
    ],
)
def test_a_character_typed_by_its_sound_is_read_as_the_report_word(
    lexical_service: AnswerService, question: str, figure: str, source: str, note: str
) -> None:
    answer = lexical_service.ask(question)
    assert figure in answer.answer
    assert {c.source for c in answer.citations} == {source}
    assert answer.notice is not None and note in answer.notice
    check_answer(answer)


@pytest.mark.parametrize(
    "question",
    [
        "额敏县全年接收行政复议案件多少件？",
        # Quoted words are a name, whatever they sound like.
        "有没有报告提到“复义”",
    ],
)
def test_words_that_are_no_slip_are_left_as_written(
    lexical_service: AnswerService, question: str
) -> None:
    answer = lexical_service.ask(question)
    assert not (answer.notice or "").startswith("已将")


def test_how_it_was_done_and_its_effect_gives_the_figures_that_follow(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇联动调解机制怎么运作，成效如何")
    assert "联动调解机制" in answer.answer
    assert "168件" in answer.answer and "100%" in answer.answer
    assert {c.source for c in answer.citations} == {AKETAO}
    check_answer(answer)


def test_requirements_are_compared_as_the_floors_the_plans_set(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏、普兰、叶城对执法人员培训各有什么要求，有啥不一样")
    assert answer.kind == "comparison"
    assert "不少于60学时" in answer.answer
    verdict = answer.answer.splitlines()[-1]
    # Hours and times are not ordered together: the two sides counted in times are.
    assert verdict.startswith("普兰县为不少于4次") and "叶城县的不少于2次" in verdict
    assert "额敏县的数字计量单位不同" in verdict
    # Notes and verdicts frame the rows: each row's excerpt is checked against its file.
    cited_rows(answer)


def test_a_requirement_asked_without_a_count_is_answered_by_each_floor(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰和叶城对执法人员一年培训的要求有什么不同")
    assert "不少于4次" in answer.answer and "不少于2次" in answer.answer
    assert "532名" not in answer.answer
    check_answer(answer)


def test_which_reports_speak_of_a_term_with_a_bare_verb(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("有没有报告讲府院联动的")
    assert answer.kind == "mentions"
    first = answer.answer.splitlines()[0]
    assert "“府院联动”" in first and "讲" not in first
    assert {c.source for c in answer.citations} == {YECHENG}
    # Notes and verdicts frame the rows: each row's excerpt is checked against its file.
    cited_rows(answer)


def test_a_table_asked_in_english_lays_out_every_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("行政复议案件数，各地做个table吧")
    assert answer.kind == "table"
    assert "38件" in answer.answer and "table" not in answer.answer
    check_answer(answer)


def test_data_asked_of_each_report_names_no_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律援助数据各县列个表")
    assert answer.kind == "table"
    assert "543件" in answer.answer
    # 额敏县's "基础数据报送" is no legal-aid figure.
    assert EMIN not in {c.source for c in answer.citations}
    check_answer(answer)


def test_examples_after_a_list_question_narrow_nothing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇应急方面干了啥？人员物资啥的")
    assert answer.kind == "list"
    assert "应急队伍建设" in answer.answer
    check_answer(answer)


def test_the_region_of_a_report_asked_by_its_number(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("001号是哪个县的报告")
    assert "阿克陶县克孜勒陶镇" in answer.answer
    assert {c.source for c in answer.citations} == {AKETAO}


def test_the_unnamed_report_asked_for_its_county_says_it_names_none(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("003_fb758e20d058b773这个文件是哪个县的报告？")
    assert "未载明地区" in answer.answer


def test_the_years_of_several_reports_counted_in_digits(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("库里这5份报告分别哪年的")
    assert answer.kind == "table"
    assert len(answer.citations) == 5 and "2023年度" in answer.answer


def test_whether_it_is_done_after_a_question_about_it(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县政务服务中心新建投入了多少", conversation=conversation)
    answer = lexical_service.ask("弄好了没", conversation=conversation)
    assert "基本完工" in answer.answer
    check_answer(answer)


def test_how_far_apart_after_two_turns_about_two_places(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县收到行政复议申请几件", conversation=conversation)
    lexical_service.ask("那叶城呢", conversation=conversation)
    answer = lexical_service.ask("差几件", conversation=conversation)
    assert answer.kind == "comparison"
    assert {c.source for c in answer.citations} == {PULAN, YECHENG}
    assert "多10件" in answer.answer.splitlines()[-1]
    # Notes and verdicts frame the rows: each row's excerpt is checked against its file.
    cited_rows(answer)


def test_which_is_more_after_two_turns_weighs_those_two_only(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县调解矛盾纠纷多少件", conversation=conversation)
    lexical_service.ask("叶城县的呢", conversation=conversation)
    answer = lexical_service.ask("哪个多", conversation=conversation)
    assert answer.kind == "comparison"
    assert {c.source for c in answer.citations} == {EMIN, YECHENG}
    ranked = lexical_service.ask("哪个县最多", conversation=conversation)
    assert ranked.kind == "ranking"


def test_two_places_lists_set_side_by_side_are_each_listed(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰跟克孜勒陶镇的不足之处有什么不同")
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {PULAN, AKETAO}
    assert "法治服务供给仍有短板" in answer.answer
    check_answer(answer)
