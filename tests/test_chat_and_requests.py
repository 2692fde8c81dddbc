"""A greeting that checks the bot is there ("有人吗"), what the bot can do asked of it by
name ("你这个机器人…能干点啥"), a list asked for as its points ("列一下要点"), and who issued
a report asked as 哪个部门, when as 啥时候.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest

from retrieval.query.shape import shape_of
from retrieval.service import AnswerService


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
