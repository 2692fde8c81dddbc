"""Follow-ups that ask the previous question again in part: another thing of the same places
("…呢？"), the same thing over every report ("哪个县最多？"), the same thing set against another
place ("跟…比呢？"), and a report's problems or plans asked after a figure.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, cited_rows

from retrieval.query.against_place import set_against
from retrieval.query.every_report_again import over_every_report
from retrieval.query.followup import another_thing
from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _chain(service: AnswerService, *questions: str) -> list[Answer]:
    conversation = Conversation()
    return [service.ask(q, conversation=conversation) for q in questions]


def test_the_parts_of_a_follow_up() -> None:
    assert another_thing("那下一步打算呢？") == "下一步打算"
    assert another_thing("调解矛盾纠纷的情况呢") == "调解矛盾纠纷"
    # A place, a filler, or a question of its own is no other thing.
    assert another_thing("那其他县呢？") is None
    assert another_thing("那的情况呢？") is None
    assert another_thing("办结了多少件呢？") is None
    assert over_every_report("哪个县最多？", "审查了多少件规范性文件") == (
        "审查了多少件规范性文件，哪个县最多？"
    )
    assert over_every_report("哪个县审查的合同最多？", "审查了多少件规范性文件") is None
    assert set_against("跟比呢？") and set_against("和相比怎么样") and not set_against("比呢多少")


def test_another_thing_of_the_same_two_places_is_compared(
    lexical_service: AnswerService,
) -> None:
    _, again = _chain(lexical_service, "额敏县跟普兰县，复议案件哪个多？", "调解矛盾纠纷呢？")
    assert again.kind == "comparison"
    assert cited_rows(again) == {EMIN: "963件", PULAN: "85件"}
    assert again.answer.splitlines()[-1].startswith("额敏县为963件")


def test_another_part_of_the_same_report_is_listed(lexical_service: AnswerService) -> None:
    _, plans = _chain(lexical_service, "普兰县的问题和不足有哪些？", "那下一步的打算呢？")
    assert plans.kind == "list" and not plans.abstained
    assert "(一)持续强化责任落实" in plans.answer
    # The place was carried over, and the answer says so.
    assert plans.answer.startswith("普兰县（")
    assert {c.source for c in plans.citations} == {PULAN}


def test_a_reports_problems_after_a_figure_are_listed(lexical_service: AnswerService) -> None:
    _, _, listed = _chain(
        lexical_service, "额敏县接收行政复议多少件？", "普兰县的情况呢？", "额敏县的不足呢？"
    )
    assert listed.kind == "list"
    assert "一是基层治理能力有待加强" in listed.answer


def test_the_previous_thing_over_every_report(lexical_service: AnswerService) -> None:
    _, ranked = _chain(lexical_service, "额敏县接收行政复议多少件？", "哪个县最多？")
    assert ranked.kind == "ranking"
    assert ranked.answer.startswith("最多的是额敏县：38件")
    # No place is inherited: every report is ranked.
    assert len(ranked.rows or []) == 5


def test_the_previous_thing_set_against_another_place(lexical_service: AnswerService) -> None:
    _, against = _chain(lexical_service, "额敏县接收行政复议多少件？", "跟普兰比呢？")
    assert against.kind == "comparison"
    assert cited_rows(against) == {EMIN: "38件", PULAN: "1件"}
    assert against.answer.splitlines()[-1].startswith("额敏县为38件")
