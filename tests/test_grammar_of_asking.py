"""Grammar that decides what is asked: a particle after thanks, 先 for the earlier of two, a
plan verb in 是…的 (done, not planned), a count clause of verbs alone (its thing is in the
clause before), an unknown county written as a proper noun and 县, 数量 (no sum of money), a
report named "003号和…", 没提 (which reports do not say it), a topic frame before the sides,
two things after one count word, a proportion the asker puts in words ("将近三成"), and an
untitled report named by its file name.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.expected import asked_part
from retrieval.query.shape import shape_of
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize("said", ["好的谢谢啦，辛苦", "谢谢呀，辛苦啦", "好嘞，多谢啦"])
def test_thanks_ended_by_a_particle_are_thanks(said: str) -> None:
    assert shape_of(said, 0) == "chitchat"


def test_which_was_published_first_of_two(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县的报告跟叶城县的报告，哪份先发布？")
    assert answer.kind == "comparison"
    assert (
        answer.answer.splitlines()[-1] == "叶城县为2025年09月05日[1]，早于普兰县的2026-01-12[2]。"
    )


def test_a_plan_verb_in_shi_de_asks_what_was_done(lexical_service: AnswerService) -> None:
    # "是怎么安排的": how the money was arranged this year, not next year's plans.
    answer = lexical_service.ask("普兰县的法治经费是如何安排的")
    assert answer.kind == "list"
    assert "下一步" not in answer.answer
    assert any("法律顾问经费8万元" in c.excerpt for c in answer.citations)
    check_answer(answer)


def test_a_count_clause_of_verbs_counts_what_the_clause_before_names() -> None:
    assert asked_part("普兰县法治经费，一共拨了多少") == "普兰县法治经费，一共拨了多少"
    # A clause that names its thing counts it alone.
    assert asked_part("设了监督点的那个县，选聘了多少名社会监督员") == "社会监督员"
    # Two counts: each clause is its own.
    assert asked_part("行政复议多少件，办结了多少") == "办结了"


def test_money_split_over_a_comma_is_found(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县今年的法治经费，分别拨了多少？")
    assert answer.kind == "fact"
    assert all(f in answer.answer for f in ("2万元", "3万元", "8万元"))
    check_answer(answer)


@pytest.mark.parametrize("county", ["塔什库尔干县", "乌恰县"])
def test_a_county_jieba_does_not_know_is_no_stored_region(
    lexical_service: AnswerService, county: str
) -> None:
    answer = lexical_service.ask(f"{county}去年法律援助案件办了多少件？")
    assert answer.abstained
    assert f"没有{county}的报告" in answer.answer


def test_a_quantity_is_no_sum_of_money(lexical_service: AnswerService) -> None:
    # 普兰 states 法律顾问经费8万元 and no number of legal advisers.
    answer = lexical_service.ask("普兰县法律顾问的数量")
    assert answer.abstained


def test_a_report_named_by_number_before_a_conjunction(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号跟叶城，谁办的法律援助案件多？")
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {UNNAMED: "103件", YECHENG: "543件"}


@pytest.mark.parametrize("question", ["哪份报告没提12345热线？", "有没有哪个报告压根没提12345热线"])
def test_mei_ti_asks_which_reports_do_not_say_it(
    lexical_service: AnswerService, question: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "mentions"
    assert answer.answer.startswith("1份报告未提到“12345热线”：额敏县")


def test_a_topic_frame_before_the_sides_is_no_second_thing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("干部学法方面：叶城和额敏的“逢九必讲”各多少期，谁多？")
    assert answer.kind == "comparison"
    lines = answer.answer.splitlines()
    assert lines[-1] == "叶城县为36期[1]，多于额敏县的12期[2]。"
    assert not any("无法比较" in line for line in lines)


def test_two_things_after_one_count_word_are_compared_each(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏和003号报告，各设立了多少联系点和监督员？谁的规模大？")
    assert answer.kind == "comparison"
    verdicts = answer.answer.splitlines()[-2:]
    assert "联系点：" in verdicts[0] and "10个" in verdicts[0] and "7个" in verdicts[0]
    assert "监督员：" in verdicts[1]
    assert set(cited_rows(answer)) == {EMIN, UNNAMED}


def test_a_proportion_in_the_askers_words_names_nothing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("扫码入企把涉企检查降了快三成，具体是多少？")
    assert answer.answer.startswith(f"未署名报告（{UNNAMED}）：")
    assert "28.42%" in answer.answer


def test_an_untitled_report_is_named_by_its_file(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号报告里，社会监督团有多少人？")
    assert answer.answer.startswith(f"未署名报告（{UNNAMED}）：")
    assert "20人" in answer.answer
    check_answer(answer)
