"""What is left of a total, asked by what was not done ("…受理、办结各多少？没办结的几件"): the
total less the done, from the two cited figures, in the same turn or the next.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, check_verdict

from retrieval.query.remainder import as_remainder
from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_what_was_not_done_is_the_total_less_the_done() -> None:
    assert as_remainder("受理、办结各多少件？没办结的几件？") == (
        "受理、办结各多少件？受理比办结多多少？"
    )
    assert as_remainder("还有多少件没办结", "受理和办结分别是多少") == (
        "受理和办结分别是多少？受理比办结多多少？"
    )
    # Nothing asked before names what was not done: no remainder to take.
    assert as_remainder("案件多少件？没办结的几件？") is None
    assert as_remainder("受理、办结各多少件？") is None


def test_the_hotline_cases_left_in_one_question(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "叶城县12345热线受理、办结各多少件？没办结的有几件？", mode="extractive"
    )
    assert {c.source for c in answer.citations} == {YECHENG}
    assert "37116件" in answer.answer and "37082件" in answer.answer
    _check_remainder(answer)


def test_the_hotline_cases_left_asked_next(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("叶城县热线受理和办结分别是多少", conversation=conversation)
    answer = lexical_service.ask("还有多少件没办结", conversation=conversation)
    _check_remainder(answer)


def _check_remainder(answer: Answer) -> None:
    """The figures quoted, then the difference computed from them (37116 − 37082)."""
    *quoted, computed = answer.answer.splitlines()
    assert computed.endswith("多34件。")
    check_verdict(computed, {c.n: c for c in answer.citations})
    check_answer(answer.model_copy(update={"answer": "\n".join(quoted)}))
