"""Things described in everyday words, two figures of one report added up, and which reports
cover a year.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, check_citation

from retrieval.query.described_terms import named_in_brackets
from retrieval.query.everyday import in_report_terms
from retrieval.query.when import reports_of_year
from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def check_answer(answer: Answer) -> None:
    for c in answer.citations:
        check_citation(c)


@pytest.mark.parametrize(
    ("asked", "named"),
    [
        ("替家里穷的人免费打官司的事", "法律援助"),
        ("群众对处罚决定不服、去上级那里复核的案子", "行政复议"),
        ("一把手亲自上法庭的情况", "出庭应诉"),
        ("拨电话给政府反映事情的热线", "12345热线"),
        ("村里那些懂法的骨干", "法律明白人"),
        ("政府欠企业的钱还了多少", "拖欠账款"),
    ],
)
def test_everyday_words_read_as_the_reports_name_it(asked: str, named: str) -> None:
    assert named in in_report_terms(asked)


@pytest.mark.parametrize(
    "asked",
    [
        # The name said already, a name of the same thing, or words that describe nothing.
        "法律援助案件多少件",
        "拖欠企业账款清得怎样",
        "首违不罚写进了哪几份报告",
        "12345热线一年办件多少",
        "政务服务大厅办件量",
        "一年里发出的预警信息有几条",
    ],
)
def test_official_names_and_plain_questions_stay_as_asked(asked: str) -> None:
    assert in_report_terms(asked) == asked


def test_cues_far_apart_describe_nothing() -> None:
    asked = "困难群众反映的问题很多，后来有没有人去打官司"
    assert in_report_terms(asked) == asked


def test_legal_aid_asked_in_everyday_words(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县替没钱的人免费打官司，一共办了多少件？")
    check_answer(answer)
    assert "543件" in answer.answer
    assert answer.citations[0].source == YECHENG


def test_the_hotline_asked_in_everyday_words(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县群众拨电话投诉求助的那条热线，一年接了多少件？")
    check_answer(answer)
    assert "1020件" in answer.answer


def test_two_things_of_one_report_added_up(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县的普法经费和法律顾问经费加起来一共多少钱？")
    check_answer(answer)
    total = answer.answer.splitlines()[-1]
    assert "合计11万元" in total and "按所引数字相加" in total
    assert "13万" not in answer.answer


def test_two_turns_of_one_report_added_up(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县全年接收的行政复议案件几件？", conversation=conversation)
    lexical_service.ask("调解矛盾纠纷多少件？", conversation=conversation)
    answer = lexical_service.ask("这俩合计多少？", conversation=conversation)
    check_answer(answer)
    assert "合计1001件" in answer.answer
    cited = " ".join(c.excerpt for c in answer.citations)
    assert "38件" in cited and "963件" in cited


def test_approximate_figures_are_not_added(lexical_service: AnswerService) -> None:
    # 额敏: "综合培训400余人次": no exact total can be made of it.
    answer = lexical_service.ask("额敏县专题培训的次数和综合培训的人次加起来一共多少？")
    assert "合计" not in answer.answer


@pytest.mark.parametrize(
    ("asked", "year"),
    [
        ("哪几份报告讲的是2024年的工作？", 2024),
        ("2025年度的报告有哪几份", 2025),
        ("哪份材料写的不是2025年的事", 2025),
        ("额敏县2025年行政复议多少件", None),
        ("哪个县2025年调解最多", None),
    ],
)
def test_which_reports_cover_a_year(asked: str, year: int | None) -> None:
    assert reports_of_year(asked) == year


def test_the_reports_of_a_year_and_the_others(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("五份报告里哪几份讲的是2025年度的工作？")
    check_answer(answer)
    lead = answer.answer.splitlines()[0]
    assert lead.startswith("2025年度的有：额敏县")
    assert "不是的：叶城县（2023年度）" in lead
    assert {c.source for c in answer.citations} == set(SAMPLES)


def test_how_many_places_is_how_to_lay_them_out(lexical_service: AnswerService) -> None:
    # "几个县" says which reports are ranked, no count asked of them.
    answer = lexical_service.ask("复议案件量，几个县排个名次")
    check_answer(answer)
    assert answer.answer.startswith("最多的是额敏县：38件")


def test_ranked_by_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("政务热线的办件量按报告排一排")
    check_answer(answer)
    assert answer.kind == "ranking"
    assert answer.answer.startswith("最多的是叶城县：37116件")


def test_a_quoted_description_then_the_reports_name() -> None:
    assert named_in_brackets("哪些报告写了“懂法的村里人”（法律明白人）") == (
        "哪些报告写了“法律明白人”"
    )


def test_things_asked_for_beside_a_count_are_not_cut(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇为了防灾囤了哪些应急物资？设了几个点？")
    check_answer(answer)
    assert "7个" in answer.answer and "帐篷" in answer.answer


def test_orders_taken_are_counted_as_cases(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("12345热线，普兰县和未署名那份报告各接了多少单？")
    check_answer(answer)
    assert "1020件" in answer.answer and "730件" in answer.answer


def test_an_adverb_names_no_thing_the_reports_lack(lexical_service: AnswerService) -> None:
    # "单独" is how the amount is asked; no report needs to write it.
    answer = lexical_service.ask("普兰县法律顾问经费单独算是多少？")
    check_answer(answer)
    assert "8万元" in answer.answer


def test_a_description_across_a_comma(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("群众对处罚不服，去上级那里重新复核的，额敏县一年收了几件？")
    check_answer(answer)
    assert "38件" in answer.answer


def test_the_reports_of_a_year_pointed_at_then_ranked(lexical_service: AnswerService) -> None:
    # 叶城's report covers 2023: only the four 2025 reports are ranked.
    answer = lexical_service.ask("只看写2025年的那几份，矛盾纠纷调解数量排排队")
    check_answer(answer)
    assert answer.kind == "ranking"
    assert answer.answer.startswith("在2025年度的报告中，最多的是额敏县：963件")
    assert "叶城县" not in answer.answer


def test_a_long_term_said_apart_by_another_report(lexical_service: AnswerService) -> None:
    # 额敏 writes the term; 003 says each of its words ("…负责人参与…,出庭应诉率达100%");
    # 克孜勒陶镇 says no rate (率), so it is not listed.
    answer = lexical_service.ask("行政机关负责人出庭应诉率，哪些报告里写到了？")
    check_answer(answer)
    lines = answer.answer.splitlines()
    assert lines[0].startswith("1份报告提到") and lines[1].startswith("额敏县：")
    assert lines[2].startswith("另有1份报告未原样这么写")
    assert {row.source for row in answer.rows or []} == {EMIN, UNNAMED}


@pytest.mark.parametrize("asked", ["差了多少倍？", "相差几倍？"])
def test_how_many_times_after_two_places(lexical_service: AnswerService, asked: str) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县全年的行政复议申请收了几件？", conversation=conversation)
    lexical_service.ask("额敏县呢？", conversation=conversation)
    answer = lexical_service.ask(asked, conversation=conversation)
    check_answer(answer)
    assert "额敏县是普兰县的38倍" in answer.answer
