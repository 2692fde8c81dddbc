"""A greeting that checks the bot is there ("有人吗"), what the bot can do asked of it by
name ("你这个机器人…能干点啥"), a list asked for as its points ("列一下要点"), and who issued
a report asked as 哪个部门 or 谁, when as 啥时候; the asker done for now; which reports give
figures of a thing; and every measure a question asks in.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES

from retrieval.query.shape import shape_of
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize(
    "question",
    ["你好，有人吗？", "在不在", "你这个机器人都能帮我干点啥？", "您这个小助手可以帮我查些什么"],
)
def test_greetings_and_what_the_bot_does_are_chat(
    lexical_service: AnswerService, question: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "chitchat" and not answer.citations


def test_a_question_after_a_greeting_is_still_asked() -> None:
    assert shape_of("您好，有人吗？额敏县受理行政复议多少件", regions=1) == "fact"


def test_a_list_asked_for_as_its_points(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县明年的法治政府建设怎么安排？列一下要点")
    assert answer.kind == "list" and not answer.abstained
    assert "(一)持续强化责任落实" in answer.answer and "(四)加强法治队伍建设" in answer.answer


def test_which_department_issued_a_report_and_when(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县的报告是哪个部门发的，啥时候发布的？")
    assert answer.kind == "metadata"
    assert "叶城县司法局" in answer.answer and "2025年09月05日" in answer.answer


def test_the_asker_done_for_now_is_said_goodbye(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("行，就这些，谢谢了")
    assert answer.kind == "chitchat" and not answer.citations
    assert answer.answer.startswith("再见")
    # "好的" agrees; it greets no one.
    assert lexical_service.ask("好的").answer.startswith("好的")


def test_who_and_when_parted_by_a_list_comma(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县报告是谁发的、啥时候发布的？")
    assert answer.kind == "metadata"
    assert "普兰县人民政府" in answer.answer and "2026-01-12" in answer.answer


def test_which_reports_give_figures_of_a_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("扫码入企这一块，各家报告都有啥数字？")
    assert answer.kind == "table" and not answer.abstained
    cited = {c.source for c in answer.citations}
    assert cited == {EMIN, UNNAMED}


def test_every_measure_asked_keeps_its_clause(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇给多少户群众赋了多少分，又兑换了多少钱？")
    assert all(figure in answer.answer for figure in ("957户", "72740分", "97496元"))


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("上午好！想问一下，您这个机器人主要可以帮我查什么？", "您好"),
        ("行，今天就先聊到这里，辛苦啦", "再见"),
    ],
)
def test_a_lead_in_and_a_sign_off_are_chat(
    lexical_service: AnswerService, question: str, start: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "chitchat" and not answer.citations
    assert answer.answer.startswith(start)
