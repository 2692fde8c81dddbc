"""Small talk after a greeting is conversation, a wish to know is a lead-in, a report named by
its number keeps its side before a count of the sides, and a verdict asked of figures that count
different things says so."""

from __future__ import annotations

import pytest
from answer_rules import asked_in_turns

from retrieval.service import AnswerService


@pytest.mark.parametrize(
    "question",
    [
        "下午好，最近挺忙的吧",
        "您好，我是刚到司法所上班的，以后请多关照",
        "嗨，周末愉快",
        "你都懂些什么？",
    ],
)
def test_greetings_with_small_talk_get_no_citation(
    lexical_service: AnswerService, question: str
) -> None:
    answer = asked_in_turns(lexical_service, question)
    assert answer.kind == "chitchat"
    assert not answer.citations


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("你好，普兰县行政复议收到几件", "1件"),
        ("您好，叶城县法律援助", "543件"),
        ("麻烦列个表 各地化解矛盾纠纷的件数", "963件"),
    ],
)
def test_a_greeting_before_a_topic_still_asks_it(
    lexical_service: AnswerService, question: str, said: str
) -> None:
    answer = asked_in_turns(lexical_service, question)
    assert answer.kind != "chitchat"
    assert said in answer.answer


def test_a_wish_to_know_is_a_lead_in(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "我想了解一下叶城县的法律援助")
    assert answer.kind == "fact"
    assert "543件" in answer.answer


def test_a_report_by_number_before_a_count_of_sides(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城县和003号两份报告，法律援助案件各办了多少件？")
    assert answer.kind == "comparison"
    sources = {row.source[:3] for row in answer.rows}
    assert {"003", "004"} <= sources
    assert "103件" in answer.answer


def test_a_verdict_of_unlike_figures_says_none_is_drawn(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县和叶城县法律援助工作情况对比一下")
    assert answer.kind == "comparison"
    assert "同一事项的可比数字" in answer.answer
    assert len({c.source for c in answer.citations}) == 2


def test_how_each_says_it_draws_no_verdict_line(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县和叶城县法律援助是怎么写的，比较一下")
    assert "同一事项的可比数字" not in answer.answer


def test_a_first_asked_duty_is_no_relayed_question(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "首问负责，哪些报告里有")
    assert answer.kind == "mentions"
    assert [row.source[:3] for row in answer.rows if row.n] == ["003"]


def test_a_long_request_after_a_greeting_is_asked(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "您好，我们科正在整理年终材料，麻烦把每份报告的行政复议案件数列个表"
    )
    assert answer.kind == "table"
    assert "38件" in answer.answer
