"""Answers that read as answers: facts (every part, region first), conversation, out of scope."""

from __future__ import annotations

import re
from typing import Any

import pytest
from answer_rules import META, SAMPLES, check_answer

from retrieval.schema import Conversation

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES
REGIONS = sorted({r.region for r in META.values() if r.region})


def test_fact_says_region_and_figure_first_without_trailing_punctuation(service: Any) -> None:
    answer = service.ask("普兰县法律援助修改合同多少件？")
    assert answer.kind == "fact"
    assert answer.answer.startswith("普兰县：") and "26件" in answer.answer
    assert not re.search(r"[；，,;]\[\d+\]", answer.answer)
    check_answer(answer)


def test_every_part_of_a_multi_part_question_is_answered(service: Any) -> None:
    answer = service.ask("克孜勒陶镇给多少户群众赋了分？兑换了多少钱？")
    assert "957户" in answer.answer and "97496元" in answer.answer
    assert answer.answer.startswith("阿克陶县克孜勒陶镇：")
    check_answer(answer)


def test_parts_answered_by_different_sentences_are_cited_apart(service: Any) -> None:
    answer = service.ask("额敏县累计抽查执法案卷多少件？持证执法人员有多少人？")
    assert re.fullmatch(r"额敏县：[^\[]*126件\[1\]，[^\[]*585人\[2\]", answer.answer)
    check_answer(answer)


def test_a_part_the_report_does_not_answer_is_said_not_found(service: Any) -> None:
    answer = service.ask("额敏县累计抽查执法案卷多少件？县长叫什么名字？")
    assert not answer.abstained and "126件" in answer.answer
    assert answer.answer.splitlines()[-1].startswith("县长叫什么名字：未在报告中找到")
    check_answer(answer)


def test_question_naming_no_region_gets_the_region_named(service: Any) -> None:
    answer = service.ask("建成了多少个村（社区）公共法律服务工作室？")
    assert answer.answer.startswith("叶城县：") and "370个" in answer.answer
    check_answer(answer)


def test_an_asked_figure_late_in_a_long_sentence_is_kept(service: Any) -> None:
    answer = service.ask("额敏县有多少名干部被评为“正能量传播者”？")
    [citation] = answer.citations
    assert len(citation.excerpt) > 150  # a long sentence, cut in the answer
    assert "26名" in answer.answer and len(answer.answer) < len(citation.excerpt)
    check_answer(answer)


def test_a_figure_the_question_states_is_not_taken_for_the_answer(service: Any) -> None:
    answer = service.ask("额敏县对42名新申领执法证人员组织考试，注销了多少人的执法证件？")
    assert "57人" in answer.answer
    check_answer(answer)


def test_a_carried_over_region_is_said(service: Any) -> None:
    conversation = Conversation()
    service.ask("额敏县累计抽查执法案卷多少件？", conversation=conversation)
    answer = service.ask("制发了多少份监督意见书？", conversation=conversation)
    assert answer.answer == "额敏县（按上一问）：制发行政执法监督意见书22份[1]"
    check_answer(answer)


@pytest.mark.parametrize("greeting", ["你好", "您好，你能做什么？", "早上好"])
def test_greetings_say_what_can_be_asked_with_examples_of_stored_reports(
    service: Any, greeting: str
) -> None:
    answer = service.ask(greeting)
    assert answer.kind == "chitchat" and answer.citations == [] and answer.related == []
    examples = [line for line in answer.answer.splitlines() if line.startswith("·")]
    assert len(examples) >= 2
    assert all(any(region in line for region in REGIONS) for line in examples)


@pytest.mark.parametrize("noise", ["123", "？？", "[2][3]", "qwerty", "……"])
def test_input_with_no_question_gets_a_one_line_hint(service: Any, noise: str) -> None:
    answer = service.ask(noise)
    assert answer.kind == "chitchat" and answer.citations == []
    assert "\n" not in answer.answer and "问题" in answer.answer


def test_thanks_get_a_short_reply(service: Any) -> None:
    answer = service.ask("多谢")
    assert answer.kind == "chitchat" and answer.citations == [] and len(answer.answer) < 60


def test_a_year_with_no_report_for_the_region_names_the_years_held(service: Any) -> None:
    answer = service.ask("普兰县2023年存在哪些问题？")
    assert answer.abstained and answer.citations == []
    assert "普兰县2023年" in answer.answer and "普兰县仅有2025年度" in answer.answer


def test_a_year_with_no_report_at_all_names_the_years_held(service: Any) -> None:
    answer = service.ask("2020年清理了多少份规范性文件？")
    assert answer.abstained and answer.citations == []
    assert "2020年" in answer.answer and "2023年度、2025年度" in answer.answer
