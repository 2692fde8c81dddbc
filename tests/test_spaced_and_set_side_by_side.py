"""Questions typed tersely, comparisons judged whether or not a verdict is asked, and
follow-ups that weigh the last two answers.

A space between Chinese words parts the fields asked of a report as a comma does ("叶城那份
谁发的 啥时候发的");
"是哪三个方面" asks for a list, its count naming no item; a time before the thing a light verb
follows ("今年行政复议收了") still names it; "各审了多少" of two sides gets the verdict too;
"两个差多少" and "比额敏少了多少" weigh the places of the turns before.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_metadata_fields_asked_apart_by_spaces(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城那份 谁发的 啥时候发的")
    check_answer(answer)
    assert answer.kind == "metadata"
    assert "叶城县司法局" in answer.answer and "2025年09月05日" in answer.answer


def test_which_three_parts_is_a_list(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县的问题是哪三个方面")
    check_answer(answer)
    assert answer.kind == "list"
    assert "基层治理能力有待加强" in answer.answer and "法治建设保障仍需强化" in answer.answer


def test_a_time_before_the_thing_a_light_verb_follows(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县今年行政复议收了多少案子")
    check_answer(answer)
    assert {c.source for c in answer.citations} == {PULAN}
    assert "1件" in answer.answer


def test_each_sides_figure_gets_a_verdict_unasked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("合同审查，003和普兰各审了多少")
    assert cited_rows(answer) == {UNNAMED: "50件", PULAN: "17件"}
    assert answer.answer.splitlines()[-1].startswith("未署名报告")
    assert "多于普兰县的17件" in answer.answer.splitlines()[-1]


def test_two_things_of_two_sides_each_get_a_labelled_verdict(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏跟003比，案卷抽查了多少，整改了多少问题")
    assert set(cited_rows(answer)) == {EMIN, UNNAMED}
    verdicts = answer.answer.splitlines()[-2:]
    assert verdicts[0].startswith("案卷抽查：额敏县为126件")
    assert "整改问题：额敏县为230个" in verdicts[1]


def test_the_unnamed_report_pointed_at_after_a_conjunction(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰和那个没写县名的，行政复议案件差多少")
    assert cited_rows(answer) == {PULAN: "1件", UNNAMED: "10件"}
    assert "多9件" in answer.answer.splitlines()[-1]


def test_the_two_places_asked_before_weighed(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("克孜勒陶镇法律明白人有多少人", conversation=conversation)
    lexical_service.ask("叶城呢", conversation=conversation)
    answer = lexical_service.ask("两个差多少", conversation=conversation)
    assert cited_rows(answer) == {AKETAO: "126人", YECHENG: "1166名"}
    assert answer.kind == "comparison"
    assert "多1040" in answer.answer.splitlines()[-1]


def test_how_much_less_than_a_named_place(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("003的行政复议案件几件", conversation=conversation)
    answer = lexical_service.ask("比额敏少了多少", conversation=conversation)
    assert cited_rows(answer) == {UNNAMED: "10件", EMIN: "38件"}
    assert "多28件" in answer.answer.splitlines()[-1]
