"""Questions passed on from someone else, names asked beside a count, the report a
which-report question was answered with, and a table asked to be sent.

"有位网友留言问，…" and "有人想知道…" ask what follows; a sentence after the question saying
what someone said asks nothing. "有几个，都叫什么名字" asks the names of what is counted, not a
report's title. "X是哪份报告写的？这份报告里…" points at the report the answer named.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, cited_rows

from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_a_ranking_passed_on_by_someone(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("有位网友留言问，哪个县调解纠纷最多？")
    assert answer.kind == "ranking"
    assert answer.rows and answer.rows[0].source == YECHENG
    assert answer.answer.startswith("最多的是叶城县：5726件")
    cited_rows(answer)


def test_a_fact_someone_wants_to_know(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("有人想知道普兰县新增执法证多少本")
    assert answer.kind == "fact"
    assert "25本" in answer.answer
    assert {c.source for c in answer.citations} == {PULAN}


def test_what_someone_said_after_the_question_asks_nothing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇有多少法律明白人？有村民说想请他们帮忙")
    assert not answer.abstained
    assert "126人" in answer.answer
    assert {c.source for c in answer.citations} == {AKETAO}


def test_names_asked_beside_a_count_are_of_the_things_counted(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("003号报告培育的特色调解工作室有几个，都叫什么名字？")
    assert answer.kind == "fact"
    assert "10个特色调解工作室" in answer.answer
    assert "小蒋" in answer.answer
    assert "未载明标题" not in answer.answer


def test_this_report_after_a_which_report_question(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    first = lexical_service.ask("涉企检查同比下降28.42%是哪份报告写的？", conversation=conversation)
    assert {c.source for c in first.citations} == {UNNAMED}
    answer = lexical_service.ask("这份报告里办理法律援助案件多少件？", conversation=conversation)
    assert "103件" in answer.answer
    assert {c.source for c in answer.citations} == {UNNAMED}


def test_officials_in_everyday_words_in_court(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("当官的上法庭打官司，额敏和克孜勒陶镇各是啥情况？")
    assert "出庭应诉1起" in answer.answer
    assert "出庭应诉率100%" in answer.answer
    assert {c.source for c in answer.citations} == {EMIN, AKETAO}


def test_a_table_asked_to_be_sent_names_no_sender(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各县调解纠纷数量和成功率做张表给我")
    assert answer.kind == "table"
    assert "给我" not in answer.answer
    assert "963件" in answer.answer


def test_a_word_ending_in_wen_is_no_question_passed_on(lexical_service: AnswerService) -> None:
    # 顾问 ends in 问: "普兰县的法律顾问经费…" is asked as it is.
    answer = lexical_service.ask("普兰县法律顾问经费有多少？")
    assert answer.answer.startswith("普兰县：法律顾问经费8万元[1]")
