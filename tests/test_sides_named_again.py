"""Sides named in more ways, and who leads asked of no side: a described side after the field
the question opens with ("X，没有写县名的那份报告跟B相比呢"), a description holding a quoted
name other reports share words with, a report named by its zero-padded number among regions,
each side's figure asked with 各/分别, a head the report drops ("认罪认罚9件"), and "谁多"
asked of every report.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, cited_rows

from retrieval.query.shape import shape_of
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _verdict(answer: object) -> str:
    return str(getattr(answer, "answer", "")).splitlines()[-1]


def test_a_described_side_after_the_field_and_a_bare_comparison_counts(
    lexical_service: AnswerService,
) -> None:
    # "相比呢" names no quantity; the compared thing is one counted by its number.
    answer = lexical_service.ask("受理的法律援助案件，没有写县名的那份报告跟叶城县相比呢")
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {UNNAMED: "103件", YECHENG: "543件"}
    assert _verdict(answer).startswith("叶城县为543件[2]，多于")


def test_a_conjunction_ends_the_thing_before_a_described_side(
    lexical_service: AnswerService,
) -> None:
    # The thing is not read as part of the description ("复议案件叶城县和那个…的县").
    answer = lexical_service.ask("复议案件叶城县和那个没有写县名的县，谁多")
    assert cited_rows(answer) == {YECHENG: "11件", UNNAMED: "10件"}


def test_a_quoted_name_tells_reports_sharing_its_words_apart(
    lexical_service: AnswerService,
) -> None:
    # 叶城县 says "双随机、一公开" and 监管 too; only one report says "信用+双随机".
    answer = lexical_service.ask("普兰县和实行“信用+双随机”分级分类监管的县，拿到执法证的人员谁多")
    assert answer.kind == "comparison"
    rows = cited_rows(answer)
    assert rows[UNNAMED] == "216人"
    assert PULAN in rows


def test_each_sides_figure_asked_of_a_described_side(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇与没有标明县名那份报告，政府网站公开的信息分别多少条")
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {AKETAO: "35条", UNNAMED: "1984条"}


def test_a_zero_padded_report_number_is_a_side_among_regions(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("矛盾纠纷化解件数，额敏县、普兰县、003这几家比一下")
    assert cited_rows(answer) == {EMIN: "963件", PULAN: "85件", UNNAMED: "412件"}
    # "比一下" asks how they stand: the sides in order.
    assert "最多" in _verdict(answer)


def test_a_figure_after_the_asked_kind_counts_the_dropped_head(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城县跟普兰县比，认罪认罚的案件谁多")
    assert cited_rows(answer) == {YECHENG: "355件", PULAN: "9件"}


def test_which_side_more_asked_with_which_household(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("搞了“周一开讲”的那个县和叶城县，法治体检覆盖了多少企业，哪家多")
    assert cited_rows(answer) == {UNNAMED: "42家", YECHENG: "36家"}
    assert _verdict(answer).startswith("未署名报告（003_fb758e20d058b773.txt）为42家[1]，多于")


@pytest.mark.parametrize(
    "topic",
    ["法律咨询解答的人次谁多", "哪家的调解员多一些", "民事案件谁办得少一点"],
)
def test_who_leads_asked_of_no_side_ranks_every_report(topic: str) -> None:
    assert shape_of(topic, 0) == "ranking"
    # Named sides make it a comparison; "多少" asks a figure.
    assert shape_of(topic, 2) == "comparison"


def test_how_many_asked_of_no_side_is_no_ranking() -> None:
    assert shape_of("哪个县办了多少件法律援助", 0) != "ranking"


def test_who_leads_is_answered_as_a_ranking(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律咨询解答的人次谁多")
    assert answer.kind == "ranking"
    assert answer.answer.splitlines()[0] == "最多的是额敏县：200余人次[1]"
    stated = {source: value for source, value in cited_rows(answer).items() if value}
    assert stated == {EMIN: "200余人次", PULAN: "50余人次"}


def test_a_colloquial_verb_finds_the_reports_word(lexical_service: AnswerService) -> None:
    # 拿到 is said 取得 in the report: "216人取得执法证".
    answer = lexical_service.ask("哪个县新拿到执法证的人最多")
    lead = answer.answer.splitlines()[0]
    assert lead.startswith("最多的是未署名报告（003_fb758e20d058b773.txt）：216人")


def test_a_description_ends_on_a_bare_demonstrative(lexical_service: AnswerService) -> None:
    # "没有县名那县": 那 with no 个 before the place word.
    answer = lexical_service.ask("案卷评查发现的问题，叶城县跟没有县名那县相比谁多")
    assert cited_rows(answer) == {YECHENG: "173条", UNNAMED: "33个"}


def test_the_doing_before_the_head_counts_in_its_family(lexical_service: AnswerService) -> None:
    # "今年出庭应诉1起": 起 counts cases as 件 does; the doer (负责人) is not said again.
    answer = lexical_service.ask("负责人出庭应诉的案子，克孜勒陶镇同没写县名的那个县比谁多")
    assert cited_rows(answer) == {AKETAO: "1起", UNNAMED: "2件"}


def test_a_count_noun_tagged_otherwise_is_the_head(lexical_service: AnswerService) -> None:
    # jieba tags 合同 an adjective: "合法性审查35次" counts reviews, no contracts.
    answer = lexical_service.ask("哪家法律顾问审的合同最多")
    stated = {source: value for source, value in cited_rows(answer).items() if value}
    assert stated == {UNNAMED: "50件", PULAN: "17件"}


def test_a_clause_qualifying_the_thing_names_its_kind(lexical_service: AnswerService) -> None:
    # "热线上的办件数": the report's own name, "12345服务热线问题730件", keeps the
    # clause's words; "办件数" counts 办件 (not "办多少件"); "003号报告中的县" is that report.
    answer = lexical_service.ask("“12345”热线上的办件数，普兰县与003号报告中的县哪边多")
    assert cited_rows(answer) == {PULAN: "1020件", UNNAMED: "730件"}


def test_each_side_names_its_own_thing_with_nothing_before_them(
    lexical_service: AnswerService,
) -> None:
    planner = lexical_service.planning.current()
    plan = planner.plan(
        "普兰县审过的合同件数，跟003号报告里法律顾问审过的合同协议件数比，哪边多", None
    )
    assert [g.topic for g in plan.groups] == ["审过的合同多少件", "法律顾问审过的合同协议多少件"]
    # One thing asked of both is not split, nor is a side that names none.
    for question in ("额敏县和普兰县的行政复议案件谁多", "额敏县的行政复议案件比普兰县多吗"):
        assert [g.topic for g in planner.plan(question, None).groups] == [None, None]
    answer = lexical_service.ask(
        "克孜勒陶镇负责人出庭应诉的案件，比003号报告里负责人参加的行政诉讼案件少吗"
    )
    assert cited_rows(answer) == {AKETAO: "1起", UNNAMED: "2件"}
    assert _verdict(answer).startswith("阿克陶县克孜勒陶镇为1起[1]，少于")


def test_three_sides_one_silent_the_others_are_weighed(lexical_service: AnswerService) -> None:
    # The 、 left between two sides taken out ("叶城县、普兰县，") parts no two things.
    answer = lexical_service.ask(
        "受理的法律援助案子，叶城县、普兰县，还有没写县名的那个县各有多少件？叶城县是那个县的几倍"
    )
    assert cited_rows(answer) == {YECHENG: "543件", UNNAMED: "103件", PULAN: None}
    assert _verdict(answer) == (
        "叶城县为543件[1]，是未署名报告（003_fb758e20d058b773.txt）的103件[2]的约5.3倍；"
        "普兰县未提及可比较的数字。"
    )


def test_the_first_places_asked_by_which_households(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("复议案件数量前两名是哪两家")
    assert answer.kind == "ranking"
    assert answer.answer.splitlines()[0] == "前两名是：额敏县（38件[1]）、叶城县（11件[2]）"


def test_a_year_said_as_one_year_weighs_nothing(lexical_service: AnswerService) -> None:
    # "一年收到的": the report says 全年; "差几件" asks the difference.
    answer = lexical_service.ask("额敏县跟普兰县一年收到的复议案子差几件")
    assert cited_rows(answer) == {EMIN: "38件", PULAN: "1件"}
    assert _verdict(answer) == "额敏县为38件[1]，比普兰县的1件[2]多37件。"


def test_a_side_pointed_at_as_that_household(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("执法案卷，额敏县和没写县名那家各抽查了多少")
    assert cited_rows(answer) == {EMIN: "126件", UNNAMED: "104份"}
    # "A是…那家的几倍": the side a multiple is of; 法援 is 法律援助.
    answer = lexical_service.ask("法援案件，叶城县是没写县名那家的几倍")
    assert cited_rows(answer) == {YECHENG: "543件", UNNAMED: "103件"}
    assert _verdict(answer).endswith("的103件[2]的约5.3倍。")
