"""Thanks followed by a statement that asks nothing ("问题已经解决了") are conversation: the
reply thanks back and cites no passage, however the lead-in is taken off before planning."""

from __future__ import annotations

from answer_rules import asked_in_turns

from retrieval.service import AnswerService


def test_thanks_with_a_statement_ask_nothing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "多谢，这个问题已经解决了")
    assert answer.kind == "chitchat"
    assert answer.answer.startswith("不客气")
    assert not answer.citations


def test_thanks_before_a_question_still_ask_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "谢谢！再问一下普兰县行政复议收到几件？")
    assert answer.kind == "fact"
    assert "1件" in answer.answer


def test_thanks_in_traditional_characters(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县存在哪些问题？", "好的，多謝！")
    assert answer.kind == "chitchat"
    assert answer.answer.startswith("不客气")
