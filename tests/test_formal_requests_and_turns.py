"""Formal requests: clauses saying how to annotate the answer (periods, ties, reports without a
figure) ask nothing; tables quote each report's figures of the thing; follow-ups narrow a
ranking to one year's reports, set a described report aside, or add a place back."""

from __future__ import annotations

import pytest
from answer_rules import asked_in_turns

from retrieval.service import AnswerService


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("各报告审查规范性文件的件数，出个表，统计口径不同的请备注", "11件"),
        ("调解矛盾纠纷的件数排个名，有并列的如实写并列，没有数据的注明一下", "963件"),
        ("行政复议案件数各报告排一下，没写的也请标出来", "38件"),
        ("案卷评查发现的问题数麻烦全部排一下", "230个"),
    ],
)
def test_annotation_clauses_ask_nothing(
    lexical_service: AnswerService, question: str, said: str
) -> None:
    answer = asked_in_turns(lexical_service, question)
    assert answer.kind in ("table", "ranking")
    assert said in answer.answer


def test_a_rate_or_a_count_each_report(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "负责人出庭应诉率或件数，每份报告列一下即可")
    assert answer.kind == "table"
    assert "100%" in answer.answer and "1起" in answer.answer


def test_how_each_words_it_is_no_part_of_the_thing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "出庭应诉情况，各报告分别是怎么写的？应诉率或件数列表就行"
    )
    assert answer.kind == "table"
    assert "1起" in answer.answer


def test_a_row_quotes_the_figures_of_the_thing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各报告的行政执法案卷评查情况列一下")
    assert answer.kind == "table"
    emin = next(line for line in answer.answer.splitlines() if line.startswith("额敏县"))
    assert "126件" in emin


def test_a_row_cut_keeps_the_clause_counting_the_thing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各县普法宣传活动开展的情况，一县一行")
    town = next(line for line in answer.answer.splitlines() if line.startswith("阿克陶县"))
    assert "128场次" in town


def test_a_first_duty_is_no_first_place(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各地履行第一责任人职责的情况")
    assert answer.kind == "table"
    assert not answer.abstained


def test_the_report_year_is_an_attribute(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各报告的报告年度和发布日期")
    assert "2023年度" in answer.answer and "2026-01-12" in answer.answer


def test_the_unnamed_report_after_a_space_is_a_side(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏 普兰 还有没写县名那份 执法证的情况对比下")
    assert answer.kind == "comparison"
    assert {"000", "002", "003"} <= {row.source[:3] for row in answer.rows}


def test_figures_asked_beside_a_list(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县的工作亮点有哪些？逐项说明，有量化指标的也一并写上"
    )
    assert answer.kind == "list"
    assert "230个" in answer.answer


def test_a_ranking_narrowed_to_one_years_reports(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "各报告调解纠纷件数，从高到低排一下", "仅限2025年度的报告再排一次"
    )
    assert answer.kind == "ranking"
    assert "004" not in {row.source[:3] for row in answer.rows}
    assert "963件" in answer.answer


def test_a_described_report_set_aside_after_a_ranking(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "各报告调解矛盾纠纷的件数排个序", "再把那份没写县名的也去掉"
    )
    assert "003" not in {row.source[:3] for row in answer.rows}
    assert "963件" in answer.answer


def test_a_place_added_back_to_a_table(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "2025年度的几份报告，行政复议案件数列个表", "把叶城也加进来，再排个序"
    )
    assert "004" in {row.source[:3] for row in answer.rows}
    assert "11件" in answer.answer and "38件" in answer.answer


def test_each_report_said_with_mei(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "12345每家都办了多少件")
    assert answer.kind == "table"
    assert "1020件" in answer.answer and "730件" in answer.answer


def test_the_latest_put_out(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "五份报告里哪份是最近才公开的")
    assert answer.kind == "ranking"
    assert answer.answer.splitlines()[1].startswith("1. 阿克陶县克孜勒陶镇：2026-02-14")


def test_a_name_written_as_a_number_is_said_by_each_row(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "12345每家受理了多少件")
    assert answer.kind == "table"
    assert not any(line.startswith("额敏县：") for line in answer.answer.splitlines())


def test_each_report_telling_its_own_is_a_table(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "执法证情况 五个报告各说说")
    assert answer.kind == "table"
    assert "216人" in answer.answer and "25本" in answer.answer
