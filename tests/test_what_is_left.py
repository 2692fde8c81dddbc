"""What is left of a total, asked by what was not done ("…受理、办结各多少？没办结的几件"): the
total less the done, from the two cited figures, in the same turn or the next; and the share of
a part whose whole is not named ("投诉占比？"): the whole its own sentence counts it in
("办件1020件,其中…投诉205件"), or the one the turn before asked; two parts added ("A加B合计").

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, check_citation, check_verdict

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


def test_the_share_of_a_part_in_the_whole_its_sentence_counts(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县12345热线投诉占比多少", mode="extractive")
    assert not answer.abstained
    assert answer.answer.endswith("的20.1%（按所引数字计算）")
    assert "205件" in answer.answer and "1020件" in answer.answer
    _check_share_cited(answer)
    # A difference asked before the share is no whole of it.
    answer = lexical_service.ask("普兰县12345里咨询比投诉多多少？投诉占比？", mode="extractive")
    *_, share = answer.answer.splitlines()
    assert "1020件" in share and share.endswith("的20.1%（按所引数字计算）")


def test_the_share_of_a_part_in_the_whole_asked_before(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县12345热线办了多少件？", conversation=conversation)
    answer = lexical_service.ask("其中投诉占比多少？", conversation=conversation)
    assert answer.answer.startswith("普兰县：投诉205件[1]")
    assert answer.answer.endswith("的20.1%（按所引数字计算）")
    _check_share_cited(answer)


def _check_share_cited(answer: Answer) -> None:
    """Both figures of the share (205 of 1020 is 20.1%) are in the excerpts cited."""
    for c in answer.citations:
        check_citation(c)
    excerpts = " ".join(c.excerpt for c in answer.citations)
    assert "投诉205件" in excerpts and "办件1020件" in excerpts


def test_two_parts_added_with_jia(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏检查码库个体工商户加企业合计多少户", mode="extractive")
    *quoted, computed = answer.answer.splitlines()
    assert computed.startswith("个体工商户12914户[1]与企业1856户[1]合计14770户")
    check_verdict(computed, {c.n: c for c in answer.citations})
    check_answer(answer.model_copy(update={"answer": "\n".join(quoted)}))
