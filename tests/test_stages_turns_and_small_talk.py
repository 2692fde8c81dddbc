"""A figure counts one stage of a matter (taken in, closed, mediated); a table asked in numbered
sentences has a column a sentence; request words around the asked thing are no part of it;
hotline work orders are its 办件; a side may name its own thing with a number; small talk,
doubt and keys mashed get a short reply without a citation, a place named alone the questions
its report answers."""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, check_answer, check_citation, cited_rows

from retrieval.answer.stages import asked_stage, other_stage
from retrieval.query.field_lists import asked_in_turn
from retrieval.query.measure import measured
from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService

EMIN, KEZILETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _check_citations(answer: Answer) -> None:
    assert not answer.abstained and answer.citations
    for cited in answer.citations:
        check_citation(cited)


def _line(answer_text: str, start: str) -> str:
    return next(line for line in answer_text.splitlines() if line.startswith(start))


def test_a_stage_asked_is_told_from_the_words_that_name_it() -> None:
    closing = asked_stage("行政复议案件办结了多少件")
    assert closing is not None and "结案" in closing
    assert other_stage("全年接收行政复议案件", closing)
    assert not other_stage("已办结", closing)
    assert not other_stage("受理办结复议案件", closing)
    # Two stages asked at once are two things, none of which rules a figure out.
    assert asked_stage("受理和办结多少件") is None


def test_cases_taken_in_are_no_count_of_cases_closed(lexical_service: AnswerService) -> None:
    table = lexical_service.ask("各地行政复议案件办结了多少件？")
    _check_citations(table)
    rows = cited_rows(table)
    assert rows[YECHENG] == "11件"
    assert rows.get(EMIN) is None
    assert "38件" not in table.answer
    fact = lexical_service.ask("额敏县行政复议案件办结了多少件？")
    assert fact.abstained or "38件" not in fact.answer


def test_numbered_sentences_each_ask_a_column() -> None:
    things = asked_in_turn("每份报告里的行政复议收案数是多少？办结情况有哪些？有无调解和解数据？")
    assert things == ["行政复议收案数是多少", "行政复议办结多少", "行政复议调解和解多少"]
    # A sentence naming nothing asks the figures of the one before it.
    assert asked_in_turn("执法证件有哪些变化？数量列一下") == []


def test_a_table_asked_item_by_item_is_answered(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "麻烦整理一下：1）每份报告里的行政复议收案数；2）办结情况；3）有无调解和解数据。按报告分别列。"
    )
    check_answer(answer)
    assert answer.kind == "table"
    assert "38件" in _line(answer.answer, "额敏县")
    assert "已办结11件" in _line(answer.answer, "叶城县")
    assert "促成调解和解4件" in _line(answer.answer, "未署名报告")


@pytest.mark.parametrize(
    ("topic", "thing"),
    [
        ("列示各报告关于行政执法证件的数字（持证人数）", "行政执法证件（持证多少人数）"),
        ("请制表汇总各报告关于负责人出庭应诉的量化表述", "负责人出庭应诉多少"),
        ("法援的数据帮忙按地区列一下", "法援"),
        ("领导要看各地行政复议工作的量化情况，帮忙做个对照表", "行政复议工作多少"),
    ],
)
def test_request_words_are_no_part_of_the_thing(topic: str, thing: str) -> None:
    assert measured(topic) == thing


def test_what_the_figures_of_a_field_are_asked_as_is_read(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法援的数据帮忙按地区列一下，没写的标未载明")
    check_answer(answer)
    assert "法律援助" in _line(answer.answer, "普兰县")
    assert "扫码" not in answer.answer


def test_periods_are_noted_once(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请依据各报告载明的普法宣传场次，由多到少排序，并标注数据年度。")
    _check_citations(answer)
    notes = [line for line in answer.answer.splitlines() if "统计时段" in line]
    assert len(notes) == 1


def test_hotline_work_orders_are_its_items(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("帮忙排一下各地12345热线工单数量，从多到少。")
    _check_citations(answer)
    rows = cited_rows(answer)
    assert (rows[YECHENG], rows[PULAN], rows[UNNAMED]) == ("37116件", "1020件", "730件")


def test_a_measure_ending_the_things_clause_is_its_count(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普法活动场次，克孜勒陶镇和003谁开展得多？")
    check_answer(answer)
    rows = cited_rows(answer)
    assert (rows[KEZILETAO], rows[UNNAMED]) == ("128场次", "400余场次")
    assert "多于" in answer.answer


def test_a_side_may_name_its_thing_with_a_number(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城热线中心累计受理的办件量跟普兰12345热线办件差多少？")
    check_answer(answer)
    assert cited_rows(answer)[PULAN] == "1020件"
    assert "多36096件" in answer.answer


@pytest.mark.parametrize(
    "message",
    [
        "老师好，打扰您了",
        "你是谁做的",
        "晚安，明天再聊",
        "太厉害了，比我们科室的小王查得还快",
        "稍等我记一下",
        "在吗老铁",
        "你刚才回答得不太准确啊",
        "请问这个助手怎么用？需要按什么格式输入？",
        "sdf 啊发 个的",
    ],
)
def test_small_talk_gets_a_reply_without_citations(
    lexical_service: AnswerService, message: str
) -> None:
    answer = lexical_service.ask(message)
    assert answer.kind == "chitchat"
    assert not answer.citations
    assert "[1]" not in answer.answer


def test_doubt_is_answered_by_where_answers_come_from(lexical_service: AnswerService) -> None:
    assert "原文" in lexical_service.ask("你确定吗").answer


def test_a_place_named_alone_gets_its_reports_questions(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县")
    assert answer.kind == "chitchat" and not answer.citations
    assert "叶城县存在哪些问题" in answer.answer


def test_a_follow_up_instruction_is_no_small_talk(lexical_service: AnswerService) -> None:
    turns = Conversation()
    lexical_service.ask("帮我整理一下额敏县报告里自己说的存在问题，简要列几条", conversation=turns)
    answer = lexical_service.ask("再简短点，每条一句话", conversation=turns)
    assert answer.kind == "list"
    assert "基层治理能力有待加强" in answer.answer


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("普兰明年打算?", ["(一)持续强化责任落实", "(四)加强法治队伍建设"]),
        (
            "普兰县2025年那份年度报告，总结一下主要内容，分点",
            ["一、工作开展情况", "二、存在的问题"],
        ),
        ("额敏县普法宣传教育具体做了几件事？", ["一是抓实重点普法工作", "四是推进干部学法常态化"]),
        ("003那份在优化营商环境、创新监管方面有啥亮点", ["执法事项清单编制", "扫码入企"]),
        (
            "克镇明年在调解、复议、应诉上有什么打算",
            ["二是发挥行政复议作用", "三是加强行政应诉工作"],
        ),
        ("叶城执法队伍力量薄弱这条具体指什么", ["一是人员不足", "二是经费和硬件短缺"]),
        ("克孜勒陶镇的行政执法和重大决策工作，请逐条列出", ["一是严格落实重大行政决策程序"]),
        ("叶城县党政一把手作为法治建设第一责任人，2023年是怎么履职的？", ["在强化政治领导上"]),
    ],
)
def test_lists_asked_in_officials_words(
    lexical_service: AnswerService, question: str, items: list[str]
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "list", answer.answer
    for item in items:
        assert item in answer.answer
    for cited in answer.citations:
        check_citation(cited)


def test_highlights_of_a_report_without_their_section_are_none(
    lexical_service: AnswerService,
) -> None:
    assert lexical_service.ask("003那份有什么亮点").abstained


def test_word_export_residue_is_not_shown(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县报告第一部分讲了什么")
    assert answer.kind == "list"
    assert "[bookmark" not in answer.answer


def test_a_place_named_alone_after_a_question_is_asked_it(lexical_service: AnswerService) -> None:
    turns = Conversation()
    lexical_service.ask("额敏县行政复议案件多少件", conversation=turns)
    answer = lexical_service.ask("叶城县", conversation=turns)
    assert answer.kind == "fact"
    assert "11件" in answer.answer
    thanks = lexical_service.ask("谢谢", conversation=turns)
    assert thanks.kind == "chitchat" and thanks.answer.startswith("不客气")


def test_examples_in_brackets_leave_the_thing_asked_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请列表说明各报告发放法治宣传资料（读本、折页、宣传册等）的数量。")
    assert answer.kind == "table"
    assert "6000余份" in _line(answer.answer, "阿克陶县克孜勒陶镇")
    # A report counting the thing whole is quoted for it alone, with no example's count.
    assert _line(answer.answer, "叶城县").count("[") == 1
    assert "未提及：阿克陶县" not in answer.answer


def test_the_reports_word_for_legal_publicity_answers_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("现需收集各地法治宣传教育工作量数据，请分报告逐项列明活动场次。")
    _check_citations(answer)
    rows = cited_rows(answer)
    assert (rows[KEZILETAO], rows[UNNAMED]) == ("128场次", "400余场次")


def test_related_amounts_and_their_year_name_no_thing() -> None:
    assert (
        measured("现需统计各地执法人员持证情况，各报告列明相关数量及年度。")
        == "执法人员持证情况多少"
    )


def test_which_one_is_more_is_no_question_of_who_issued(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("图书角哪些报告给了具体数字？谁多？")
    assert answer.kind == "table"
    assert "发文" not in answer.answer
    assert cited_rows(answer)[KEZILETAO] == "16个"
    assert lexical_service.ask("叶城县报告是谁发的").kind == "metadata"
