"""Formal requests around a question that ask nothing the answer does not already do.

"未提供数据的请注明" (a table or ranking names the reports without it), "请说明两者统计期间的
差异", "注明各自统计期间（…）、成功率等附加信息" (each quoted sentence carries them, and a note
says when periods differ), "二者是否可直接比较", and a closing caveat ("如因期间口径不同…，请
一并说明") are left out of the thing asked. "在X方面的数据分别是多少" asks X's figures; "各项
内容及其主要举措" asks a part's items; "第（一）项" is a numbered part as "第一项" is. "请列明各类
数量" and "具体数量分别是多少" ask the figures of what the question before asks. A size asked of
a thing the clause names ("应急队伍规模多大") is a part of its own.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.instructions import without_instructions
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("请将各地法律援助案件数排序；未提供数据的请注明。", "请将各地法律援助案件数排序"),
        (
            "额敏县、普兰县的复议案件各是多少？请说明两者统计期间的差异。",
            "额敏县、普兰县的复议案件各是多少？",
        ),
        ("叶城县与普兰县调解纠纷各几件？二者是否可直接比较？", "叶城县与普兰县调解纠纷各几件？"),
        (
            "请把各地法治讲座场次排个序，注明各自统计期间（全年或累计）及其他附加信息；"
            "如因统计口径不一而影响排序，请一并说明。",
            "请把各地法治讲座场次排个序",
        ),
    ],
)
def test_caveats_ask_nothing(question: str, asked: str) -> None:
    assert without_instructions(question) == asked


def test_a_ranking_asked_with_a_caveat(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请按法律援助案件数对几份报告由多到少排序；没有提供数据的请注明。")
    rows = cited_rows(answer)
    assert answer.kind == "ranking"
    assert (rows[YECHENG], rows[UNNAMED]) == ("543件", "103件")


def test_the_figures_of_a_field_asked_as_its_data(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县与普兰县在行政复议案件接收方面的数据分别是多少？")
    rows = cited_rows(answer)
    assert answer.kind == "comparison"
    assert (rows[EMIN], rows[PULAN]) == ("38件", "1件")


def test_a_parts_items_and_their_measures(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请梳理额敏县报告“存在的问题与不足”的各项内容及其具体表现。")
    check_answer(answer)
    assert answer.kind == "list"
    assert "二是基层法律服务效能不高" in answer.answer


def test_a_numbered_part_in_brackets(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县报告第一部分第（三）项讲了什么")
    check_answer(answer)
    assert answer.kind == "list"
    assert answer.answer.splitlines()[0].startswith("普兰县：(三)夯实基层基础")


def test_a_request_for_each_kinds_numbers(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县扩大法律援助范围都办了哪些事？请列明各类数量。")
    check_answer(answer)
    assert "未在报告中找到" not in answer.answer
    assert "代写文书95件" in answer.answer


def test_a_size_asked_of_a_thing_of_its_own(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克镇全年发了几条预警信息？两级应急队伍规模多大？")
    check_answer(answer)
    assert "305条" in answer.answer
    assert "19支194人" in answer.answer


def test_the_numbers_asked_again_after_the_items(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县法律援助都办了哪些事？具体数量分别是多少？")
    check_answer(answer)
    assert "未在报告中找到" not in answer.answer
    assert "修改合同26件" in answer.answer
