"""Comparisons and rankings asked in other words: a side named by what its report says before
the comparative ("…的那个县，X比B少多少"), a choice ("A高还是B高", "A的多还是B的多", "A vs
B"), the difference and the multiple asked at once, each side asked its own clause, a threshold
that is no amount ("50万元以下欠款"), how many days apart two reports were published, a light
head ("普法活动" said as "普法宣传"), and asides about the asker ("我正在准备汇报材料，…").

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from answer_rules import SAMPLES, cited_rows

from retrieval.answer.verdict_grammar import check_verdict
from retrieval.query.measure import measured
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _verdict(answer: Any) -> str:
    return str(answer.answer.splitlines()[-1])


def test_a_described_side_before_the_comparative(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("建立一企一法官机制的那个县，法律援助案件比叶城县少多少件？")
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {UNNAMED: "103件", YECHENG: "543件"}
    assert "少440件" in _verdict(answer)


@pytest.mark.parametrize(
    ("question", "sides", "more"),
    [
        (
            "法律援助办了多少件，叶城县高还是有8个镇（街道）的那个县高？",
            {YECHENG: "543件", UNNAMED: "103件"},
            "叶城县为543件",
        ),
        ("额敏的解答法律咨询人次多还是普兰的多", {EMIN: "200余人次", PULAN: "50余人次"}, "额敏县"),
        (
            "12345热线：普兰县 vs 组建20人社会监督团的那个县，差多少件？",
            {PULAN: "1020件", UNNAMED: "730件"},
            "多290件",
        ),
    ],
)
def test_a_choice_between_sides_is_a_comparison(
    lexical_service: AnswerService, question: str, sides: dict[str, str], more: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "comparison"
    assert cited_rows(answer) == sides
    assert more in _verdict(answer)


def test_the_difference_and_the_multiple_asked_at_once(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰和额敏比，调解的纠纷件数差多少？大概是几倍？")
    assert cited_rows(answer) == {PULAN: "85件", EMIN: "963件"}
    verdict = _verdict(answer)
    assert "多878件" in verdict and "约11.3倍" in verdict
    # The verdict reads as the verdict grammar reads a model's: each relation holds.
    assert check_verdict(verdict, {"额敏县": Decimal(963), "普兰县": Decimal(85)}).supported


def test_how_many_times_asked_as_a_relation(lexical_service: AnswerService) -> None:
    assert measured("调解纠纷件数是几倍关系") == "调解纠纷多少件"
    answer = lexical_service.ask("普兰跟额敏，调解纠纷件数是几倍关系")
    assert "约11.3倍" in _verdict(answer)


def test_a_rounded_multiple_is_checked_to_its_last_digit() -> None:
    figures = {"甲县": Decimal(412), "乙县": Decimal(85)}
    assert check_verdict("甲县是乙县的约4.8倍。", figures).supported
    assert not check_verdict("甲县是乙县的4.8倍。", figures).supported
    assert not check_verdict("甲县是乙县的约4.9倍。", figures).supported


def test_a_threshold_is_no_amount(lexical_service: AnswerService) -> None:
    # "50万元以下欠款", "300万元以上标的": which debts, not how much was cleared.
    answer = lexical_service.ask("拖欠企业的账款，克孜勒陶镇跟额敏县各化解了多少钱")
    values = {row.value for row in answer.rows or []}
    assert not values & {"50万元", "300万元"}


def test_how_many_days_apart_two_reports_were_published(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇的报告比普兰的报告晚发布几天")
    assert cited_rows(answer) == {AKETAO: "2026-02-14", PULAN: "2026-01-12"}
    assert _verdict(answer).endswith("晚33天。")


def test_the_first_published_is_the_earliest(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("五份报告里哪份最先发布")
    assert answer.kind == "ranking"
    assert answer.answer.startswith("最早的是叶城县：2025年09月05日[1]")


def test_each_side_asked_its_own_clause(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("“逢九必讲”这个，额敏县举办了几期，叶城县参加了几期")
    assert cited_rows(answer) == {EMIN: "12期", YECHENG: "36期"}


@pytest.mark.parametrize(
    ("topic", "asked"),
    [
        ("法律援助案件，前两名是哪俩地方？各多少件", "法律援助案件多少件"),
        ("宣传资料发了多少份，几个地方排个序呗", "宣传资料发了多少份"),
        ("我正在准备汇报材料，法律援助案件最多的是哪个县？", "法律援助案件多少"),
        ("几个地方的报告里，谁家法律援助办得最多？说下多少件", "法律援助办得多少件"),
    ],
)
def test_asides_and_particles_are_no_part_of_the_counted_thing(topic: str, asked: str) -> None:
    assert measured(topic) == asked


def test_which_two_names_the_first_two(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律援助案件，前两名是哪俩地方？各多少件")
    assert answer.kind == "ranking"
    assert answer.answer.startswith("前两名是：叶城县（543件[1]）")


def test_an_order_asked_with_its_last_place(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("调解的纠纷，从多到少排一下，顺便说说倒数第一是谁")
    first = answer.answer.splitlines()[0]
    assert first == "从多到少排序（倒数第一的是普兰县：85件[1]）："
    assert answer.answer.splitlines()[1].startswith("1. 叶城县")


def test_a_described_side_after_two_regions_in_order(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "额敏县、普兰县，还有组建20人社会监督团的那个县，三地评查的案卷数排个序"
    )
    assert answer.kind == "comparison"
    assert [(r.source, r.value) for r in answer.rows or []] == [
        (EMIN, "126件"),
        (PULAN, "66件"),
        (UNNAMED, "104份"),
    ]
    assert _verdict(answer).startswith("额敏县为126件[1]，最多；其后依次为未署名报告")


def test_a_clause_naming_what_the_asker_looks_for_is_kept() -> None:
    # Only what the asker is doing is an aside; what they look for is the counted thing.
    assert "法律援助案件" in measured("我要查法律援助案件，哪个县最多")


def test_a_light_head_names_no_thing_beside_its_kind(lexical_service: AnswerService) -> None:
    # "普法活动": a report saying "普法宣传…场次" says what is asked, whatever it calls it.
    rows = cited_rows(lexical_service.ask("普法活动哪个地方搞得最多"))
    assert rows[UNNAMED] == "400余场次" and rows[AKETAO] == "128场次"


def test_a_described_side_after_xiangbi_keeps_the_verdict(lexical_service: AnswerService) -> None:
    # 相比 joins the side and asks the verdict, as 比 does: taking the side keeps the cue.
    answer = lexical_service.ask("普兰县相比涉企检查降了28.42%那个县，审查的合同多吗")
    assert cited_rows(answer) == {PULAN: "17件", UNNAMED: "50件"}
    assert _verdict(answer).endswith("多于普兰县的17件[1]。")


def test_a_place_pointed_at_again_names_no_thing(lexical_service: AnswerService) -> None:
    # "阿克陶县下面那个镇", "是那个镇的几倍": the routed place, pointed at, is no counted word.
    answer = lexical_service.ask(
        "阿克陶县下面那个镇和叶城县，法律明白人队伍各有多少人？叶城县是那个镇的几倍"
    )
    assert cited_rows(answer) == {AKETAO: "126人", YECHENG: "1166名"}
    assert "约9.3倍" in _verdict(answer)


def test_each_reports_attribute_is_a_table(lexical_service: AnswerService) -> None:
    # "每份报告的…": every report, not one to be named.
    answer = lexical_service.ask("每份报告的发布日期")
    assert answer.kind == "table"
    assert cited_rows(answer)[PULAN] == "2026-01-12"


def test_two_attributes_of_every_report_are_both_stated(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("五份报告的成文日期和发布日期列个表")
    assert answer.kind == "table"
    lines = answer.answer.splitlines()
    # A row a report, a column an attribute.
    assert lines[0] == "报告｜成文日期｜发布日期"
    assert "阿克陶县克孜勒陶镇｜2026-02-14[1]｜2026-02-14[2]" in lines
    # A report without a 成文日期 says what stands in for it (its signature's date).
    assert "普兰县｜2025年12月31日[3]（落款日期）｜2026-01-12[4]" in lines


def test_the_cases_singled_out_are_no_count_of_the_cases(lexical_service: AnswerService) -> None:
    # "4个行政处罚案件入选…典型案例": how many were chosen, not how many were handled.
    answer = lexical_service.ask("行政处罚的案件，叶城县跟额敏县谁办得多")
    assert cited_rows(answer) == {YECHENG: "3532件", EMIN: None}
    assert "无法比较" in _verdict(answer)
    # Asked about the honour itself, the figure answers.
    chosen = lexical_service.ask("入选应急管理部典型案例的行政处罚案件，额敏县有几个")
    assert "4个行政处罚案件入选" in chosen.answer
