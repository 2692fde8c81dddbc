"""Layouts and follow-ups typed as users type them: a table asked "做成表格" or "按报告列出来",
a count and a situation asked together (数量和办结情况), a report named by number set against
a place in a follow-up, a follow-up's second sentence naming what was carried over, and a
size asked ("规模有多大") answered by every figure of its sentence.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, cited_rows

from retrieval.query.measure import measured
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_a_table_asked_in_everyday_words(lexical_service: AnswerService) -> None:
    assert measured("把各地复议案件的数量和办结情况做成表格") == "复议案件多少和办结情况"
    answer = lexical_service.ask("把各地复议案件的数量和办结情况做成表格")
    assert answer.kind == "table"
    text = answer.answer
    assert "额敏县：全年接收行政复议案件38件" in text
    assert "1件" in text.split("普兰县：")[1].splitlines()[0]
    listed = lexical_service.ask("宣传资料各地发了多少？按报告列出来")
    rows = cited_rows(listed)
    assert listed.kind == "table" and rows[AKETAO] == "6000余份"
    # 额敏县 gave books and leaflets: both figures are on its line.
    assert rows[EMIN] and "1000册" in listed.answer and "5000份" in listed.answer


def test_a_report_named_by_number_set_against_a_place(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("003号报告的法律援助办了几件？", conversation=conversation)
    against = lexical_service.ask("跟叶城县比呢？", conversation=conversation)
    assert against.kind == "comparison"
    assert cited_rows(against) == {UNNAMED: "103件", YECHENG: "543件"}


def test_a_follow_ups_second_sentence_names_what_was_carried_over(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("叶城县热线中心一共受理了多少办件？", conversation=conversation)
    done = lexical_service.ask("那办结的有多少？", conversation=conversation)
    assert "37082件" in done.answer
    # 叶城县's 行政复议 sentence also says 办结, of another thing.
    assert "11件" not in done.answer and len(done.citations) == 1


def test_a_size_is_stated_by_every_figure_of_its_sentence(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇的网格规模有多大？")
    assert "网格66个" in answer.answer and "373名" in answer.answer


def test_a_middle_dot_is_any_of_its_look_alikes(lexical_service: AnswerService) -> None:
    # 额敏县 writes "•", 叶城县 "·".
    answer = lexical_service.ask("哪几份报告里有“法治讲堂·逢九必讲”？")
    assert answer.kind == "mentions"
    assert set(cited_rows(answer)) == {EMIN, YECHENG}


def test_a_quoted_name_binds_every_reports_figure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("搞了“法治体检”的企业有几家，哪份报告最多？")
    assert answer.kind == "ranking"
    rows = cited_rows(answer)
    assert rows[UNNAMED] == "42家" and rows[YECHENG] == "36家"
    # 额敏县's 企业1856户 are the enterprises of a code library, not of a 法治体检.
    assert rows.get(EMIN) is None
    assert all("法治体检" in c.excerpt for c in answer.citations)


def test_the_things_reached_are_counted_in_their_own_measure(
    lexical_service: AnswerService,
) -> None:
    # The phrase names 企业 twice; its last word is the counted one (家), and 覆盖 names no
    # action the report must repeat.
    answer = lexical_service.ask("替企业搞“法治体检”，哪份报告覆盖的企业数量最多？")
    assert answer.kind == "ranking"
    assert cited_rows(answer) == {UNNAMED: "42家", YECHENG: "36家"} | {
        s: None for s in (EMIN, AKETAO, PULAN)
    }


def test_a_doing_after_the_first_thing_is_its_subjects(lexical_service: AnswerService) -> None:
    assert measured("各份报告里复议案件的数量") == "复议案件多少"
    answer = lexical_service.ask("各份报告里，12345服务热线办件量和办结情况列一下")
    assert answer.kind == "table"
    # 办结 is the hotline's: 叶城县's 行政复议 "已办结11件" is no row of it.
    assert "11件" not in answer.answer and "复议" not in answer.answer
