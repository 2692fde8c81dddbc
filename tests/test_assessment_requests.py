"""Requests of a prefecture office compiling a cross-county summary: each item's content asked
beside its heading ("每条简单说下具体表现"), a closing clause that only says how to hand the
answer over ("帮忙整理一下", "数字帮我都带上"), and a row a report asked by its layout ("一县
一行").

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import asked_in_turns, check_answer

from retrieval.service import AnswerService


def test_each_items_content_beside_its_heading(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县的问题与不足有几条？一条一行，每条简单说下具体表现"
    )
    assert answer.kind == "list"
    lines = answer.answer.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("二是基层法律服务效能不高["))
    assert lines[at + 1].startswith("\u3000\u3000村（社区）法律顾问的作用发挥不够充分")
    check_answer(answer)


def test_an_items_own_items_are_its_content(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城县对下一年的安排分几条？每条主要内容概括一下")
    assert answer.kind == "list"
    assert "\u3000\u3000三是每年对行政执法人员业务培训不少于2次" in answer.answer
    check_answer(answer)


def test_a_clause_of_handing_over_asks_nothing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县行政执法监督方面有哪些做法和数据？麻烦帮忙整理一下"
    )
    assert answer.kind == "list"
    assert not answer.abstained
    figured = asked_in_turns(
        lexical_service, "克孜勒陶镇在基层治理、矛盾化解上干了啥，数字帮我都带上"
    )
    assert "全年化解矛盾纠纷168件" in figured.answer
    check_answer(figured)


def test_a_row_a_county_is_a_table(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "“法律明白人”的人数，一县一行，没有的写未提及")
    assert answer.kind == "table"
    assert "阿克陶县克孜勒陶镇：“法律明白人”126人[" in answer.answer
    assert "未提及：额敏县、普兰县" in answer.answer


def test_a_report_by_its_number_before_what_each_did(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "法律援助，普兰县和003号各办了多少件？")
    assert answer.kind == "comparison"
    assert "办理法律援助案件103件[" in answer.answer


def test_the_wording_pointed_at_is_no_part_of_the_term(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "府院联动这个提法哪些报告里有")
    assert answer.kind == "mentions"
    assert answer.answer.startswith("1份报告提到“府院联动”")
