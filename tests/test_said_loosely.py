"""Things said loosely: a whole word typed by its sound, a report described by a rounded
figure, a run of places all said to be covered, another place's item of the plans, figures
asked with a list's items, people counted after a verb, a field asked after a figure or after
the problems, the parts of a figure put in order, and which report a named thing is in.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import asked_in_turns, check_answer

from retrieval.service import AnswerService


def test_a_whole_word_typed_by_its_sound(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰和额敏的行政服役案子谁多")
    assert answer.kind == "comparison"
    assert "收到行政复议申请1件[" in answer.answer
    assert "已将“行政服役”按“行政复议”理解" in (answer.notice or answer.answer)


def test_a_report_described_by_a_rounded_figure(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "涉企检查降了28%那个县，热线问题办了多少")
    assert "003_fb758e20d058b773.txt" in answer.answer
    assert "730件" in answer.answer
    check_answer(answer)


def test_every_place_of_a_run_said_covered(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城县法律顾问覆盖了多少")
    line = answer.answer.splitlines()[0]
    assert "28家行政执法单位" in line and "370个村" in line


def test_another_places_item_of_the_plans(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏下一步打算的第二条是什么", "普兰的第二条呢")
    assert answer.kind == "list"
    assert "普兰县：(二)深化法治政府建设[" in answer.answer
    pointed = asked_in_turns(
        lexical_service, "额敏下一步打算的第二条是什么", "另外那个县呢，普兰的第二条"
    )
    assert "普兰县：(二)深化法治政府建设[" in pointed.answer


def test_figures_asked_with_a_lists_items(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "克孜勒陶镇应急方面做了啥，有数的把数带上")
    assert "全年共发布预警信息305条" in answer.answer
    assert "19支194人" in answer.answer


def test_people_counted_after_a_verb_done_to_them(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县法制审核人员配了多少")
    assert "75名[" in answer.answer


def test_a_field_asked_after_a_figure_or_after_the_problems(
    lexical_service: AnswerService,
) -> None:
    worked = asked_in_turns(lexical_service, "额敏县普法读本发了多少", "青少年法治教育那块呢")
    assert worked.kind == "list"
    assert "模拟法庭5场次" in worked.answer
    problems = asked_in_turns(lexical_service, "普兰县有哪些不足", "执法那块呢")
    assert problems.kind == "list"
    assert "(二)执法规范化水平有待提升[" in problems.answer
    assert "三是强化行政执法规范" not in problems.answer


def test_the_parts_of_one_places_figure_put_in_order(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县法律援助办了哪些", "从多到少排一下")
    assert answer.kind == "fact"
    assert "其中各部分从多到少：代写文书（95件）、修改合同（26件）" in answer.answer
    assert "、刑事案件律师辩护（6件）" in answer.answer


def test_which_report_a_named_thing_is_in(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "赵姐跑腿那个调解工作室是哪个县的")
    assert not answer.abstained
    assert "003_fb758e20d058b773.txt" in answer.answer
    report = asked_in_turns(lexical_service, "没写县名那一份，它究竟是哪个县的")
    assert "未署名报告（003_fb758e20d058b773.txt）未载明地区" in report.answer
