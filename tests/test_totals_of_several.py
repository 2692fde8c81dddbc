"""Totals of several things of one report ("A、B和C加起来一共多少"), and a follow-up adding up
what the last two turns counted ("这两项加起来多少", "三类加起来多少"): each figure cited, the
total said as added here, never as the report's.

Figures and excerpts are checked against the report files.
"""

from __future__ import annotations

from answer_rules import check_citation

from retrieval.query.followup import verdict_only
from retrieval.schema import Conversation
from retrieval.service import AnswerService


def test_three_things_listed_are_added_up(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "叶城行政处罚、行政许可、行政强制案件合计多少件", mode="extractive"
    )
    assert "合计13270件" in answer.answer and "按所引数字相加" in answer.answer
    for c in answer.citations:
        check_citation(c)


def test_a_follow_up_adds_up_the_things_of_the_last_two_turns(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    for question in ("叶城公证案件办了多少件？", "法律援助案件呢？"):
        lexical_service.ask(question, conversation=conversation, mode="extractive")
    answer = lexical_service.ask("这两项加起来多少？", conversation=conversation, mode="extractive")
    assert "合计2285件" in answer.answer


def test_words_pointing_at_what_was_told_name_no_thing() -> None:
    assert verdict_only("三类加起来多少？") and verdict_only("这几项合计多少")
    assert not verdict_only("调解案件加起来多少")


def test_a_closing_clause_of_another_thing_is_weighed_likewise(
    lexical_service: AnswerService,
) -> None:
    # "…谁抽查得多，发现的问题呢": the second thing gets its own verdict; who asks ("咱") is
    # no part of either.
    answer = lexical_service.ask("咱额敏跟003比，案卷谁抽查得多，整改的问题呢", mode="extractive")
    verdicts = [line for line in answer.answer.splitlines() if "多于" in line]
    assert len(verdicts) == 2
    assert any("126件" in line for line in verdicts) and any("230个" in line for line in verdicts)
    assert "咱" not in answer.answer


def test_the_share_of_a_part_is_computed_from_both_cited_figures(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城梳理行政职权一共多少项？行政许可占了多少", mode="extractive")
    # 行政许可208项 of 行政职权3415项, counted in the whole's measure (no 行政许可案件…件).
    assert "行政许可208项" in answer.answer and "3415项" in answer.answer
    assert "6.1%（按所引数字计算）" in answer.answer
    for c in answer.citations:
        check_citation(c)


def test_a_share_asked_after_a_count_is_of_that_count(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰12345热线办件多少件", conversation=conversation, mode="extractive")
    answer = lexical_service.ask("其中咨询的占多少", conversation=conversation, mode="extractive")
    assert "咨询815件" in answer.answer and "79.9%" in answer.answer


def test_parts_that_add_up_to_a_figure_are_its_breakdown(lexical_service: AnswerService) -> None:
    # 177 + 11 + 355 = 543: clauses after the whole that add up to it exactly are its parts,
    # though no "其中" or "、" says so.
    answer = lexical_service.ask("叶城受理的法律援助案件，哪种类型最多", mode="extractive")
    assert "最多的是认罪认罚案件（355件）" in answer.answer


def test_the_parts_of_a_figure_put_in_order(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城梳理的行政职权，各类从多到少排一下", mode="extractive")
    line = answer.answer.splitlines()[-1]
    assert line.startswith("其中各部分从多到少：行政处罚（2407项）、行政检查（299项）")
    # A part said approximately ("50余个") is no exact part of an order.
    answer = lexical_service.ask("叶城法治文化阵地，各类数量按从多到少排序", mode="extractive")
    assert "50个" not in answer.answer
