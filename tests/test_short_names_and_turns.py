"""A township by its everyday short name, what the bot holds, and follow-ups and parts said
in few words.

"克镇" is 克孜勒陶镇 where no other stored township shortens alike; "能查哪些地方的报告" is
answered with the stored reports; "谢谢哈" is thanks; "写材料要参考，" says why, not what; "克镇
有几个" asks the first side's thing; "兑了多少钱" after "赋了多少户" is a part of its own; "那个
没写县名的报告呢" asks the previous question of that report; "几个人" counts people; "免了多少
费" asks money; "？按多少排一下" asks the order only.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.expected import Expected
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_a_township_by_its_short_name(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克镇和普兰，化解纠纷谁办得多")
    assert {c.source for c in answer.citations} == {AKETAO, PULAN}
    assert answer.answer.splitlines()[-1].startswith("阿克陶县克孜勒陶镇为168件")
    answer = lexical_service.ask("克镇的报告成文日期是哪天")
    assert answer.kind == "metadata"
    assert "2026-02-14" in answer.answer


def test_which_reports_the_bot_holds(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("你好，能查哪些地方的报告")
    assert answer.kind == "chitchat"
    assert not answer.citations
    assert "额敏县（2025年）" in answer.answer and "叶城县（2023年）" in answer.answer


def test_thanks_with_a_sound_after_them(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("好的谢谢哈")
    assert answer.kind == "chitchat"
    assert answer.answer.startswith("不客气")


def test_why_the_asker_asks_names_no_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("做汇报想借鉴一下，普兰有哪些不足")
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {PULAN}
    assert "法治建设均衡性不足" in answer.answer


def test_a_bare_count_asks_the_first_sides_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏的持证执法人员多少人？克镇有几个")
    assert cited_rows(answer) == {EMIN: "585人", AKETAO: "9名"}


def test_a_count_in_another_measure_is_a_part_of_its_own(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇积分管理给几户群众赋了分，兑了多少钱")
    assert "957户" in answer.answer and "97496元" in answer.answer
    check_answer(answer)


def test_the_previous_question_asked_of_the_unnamed_report(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰一年调处了几件矛盾纠纷", conversation=conversation)
    answer = lexical_service.ask("那没写县名的那份呢", conversation=conversation)
    assert {c.source for c in answer.citations} == {UNNAMED}
    assert "412件" in answer.answer


def test_people_and_money_asked_in_everyday_measures(lexical_service: AnswerService) -> None:
    assert Expected.of("调解室里配了几个人").unit_word == "人"
    assert Expected.of("一共免了多少费").unit_word == "费"
    answer = lexical_service.ask("叶城法院那个人民调解工作室里配了几个人")
    assert "3名" in answer.answer
    answer = lexical_service.ask("叶城给困难群众办公证，免了多少费")
    assert "6700元" in answer.answer


def test_an_order_asked_after_the_question(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪里化解矛盾纠纷最多？按多少排一下")
    assert answer.kind == "ranking"
    rows = cited_rows(answer)
    assert rows[AKETAO] == "168件"


def test_titles_of_any_kind_widen_a_kind_asked_after_them(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("没写县名那份，这一年出台了哪些制度办法")
    assert "《行政执法协调监督工作方案》" in answer.answer
    assert "《法律顾问管理办法》" in answer.answer


def test_two_fields_of_work_are_each_listed(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏普法和行政复议这块都干了什么")
    assert answer.kind == "list"
    assert "抓实重点普法工作" in answer.answer and "健全行政复议工作体系" in answer.answer
    cited_rows(answer)


def test_how_two_reports_problems_differ_lists_both(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏跟普兰自己说的问题，有没有共同点")
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {EMIN, PULAN}
    assert "基层法律服务效能不高" in answer.answer and "法治服务供给仍有短板" in answer.answer


def test_a_bare_date_asks_when_the_report_was_written(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏报告标题全称是啥，写了日期没有")
    assert answer.kind == "metadata"
    assert "额敏县报告未载明成文日期" in answer.answer
    answer = lexical_service.ask("普兰县那份报告的日期")
    assert "2025年12月31日" in answer.answer


def test_what_the_asker_means_to_do_asks_nothing_yet(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("我在普兰县司法局上班，想核实一下数据")
    assert answer.kind == "chitchat"
    assert not answer.citations
