"""Words said in passing: where the places are ("三个县里", "五个地方哪个"), how exact the
answer may be ("大概"), a particle ending the question, an aside ("顺带把名次讲一下", "没提的也
标一下"), a report pointing at itself ("自己讲"), how many items a part of a report has, a
report named by what it lacks, and how many times one figure is another.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, cited_rows

from retrieval.query.described import split_description
from retrieval.query.measure import measured
from retrieval.query.shape import shape_of
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize(
    ("topic", "asked"),
    [
        ("三个县当中，法律援助案件谁家办了最多", "法律援助案件办多少"),
        ("人民调解这方面，五个地方哪个化解的纠纷最少？顺带把名次讲一下", "人民调解化解的纠纷多少"),
        ("法律援助案件从多到少怎么排", "法律援助案件多少"),
        ("法律援助案件各地分别多少？没提的也标一下", "法律援助案件多少"),
        ("行政复议案件哪里最多呀", "行政复议案件多少"),
        ("报告里有提到网格员的吗？分别多少名", "网格员多少名"),
        ("跟、比，调解的纠纷件数各差多少", "调解的纠纷多少件"),
    ],
)
def test_words_said_in_passing_are_no_part_of_the_counted_thing(topic: str, asked: str) -> None:
    assert measured(topic) == asked


def test_how_exact_the_answer_may_be_names_no_thing(lexical_service: AnswerService) -> None:
    # 大概 is a word no report uses: it must not read as a thing none of them counts.
    rows = cited_rows(lexical_service.ask("三个县当中，法律援助案件谁家办了最多，大概多少件"))
    assert rows[YECHENG] == "543件" and rows[UNNAMED] == "103件"


def test_an_aside_after_the_question_keeps_the_ranking(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("人民调解这方面，五个地方哪个化解的纠纷最少？顺带把名次讲一下")
    assert cited_rows(answer) == {
        PULAN: "85件",
        AKETAO: "168件",
        UNNAMED: "412件",
        EMIN: "963件",
        YECHENG: "5726件",
    }
    assert answer.answer.startswith("最少的是普兰县：85件")


@pytest.mark.parametrize(
    ("topic", "regions", "shape"),
    [
        ("自己讲还有哪些问题没解决？", 1, "list"),
        ("接下来的打算有几条？", 1, "list"),
        ("下一步工作怎么安排，一共有几条", 1, "list"),
        # A count of a countable thing stays a count.
        ("督促整改的问题有几个？", 1, "fact"),
        ("报告里有写到“枫桥经验”的吗？", 0, "mentions"),
        ("报告里有提到网格员的吗？分别多少名", 0, "table"),
        ("这几份报告里公职律师分别有多少名", 0, "table"),
    ],
)
def test_shapes_asked_in_passing(topic: str, regions: int, shape: str) -> None:
    assert shape_of(topic, regions) == shape


def test_a_report_pointing_at_itself_asks_its_section(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县自己讲还有哪些问题没解决？")
    lines = answer.answer.splitlines()
    assert answer.kind == "list" and lines[0] == "普兰县：二、存在的问题与不足[1]"
    assert len(lines) == 4


def test_how_many_items_of_the_plans_lists_them(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县接下来的打算有几条？")
    assert answer.kind == "list"
    # How many, said before the part's heading; each item listed and cited below it.
    assert answer.answer.splitlines()[0] == "额敏县（共5条）：五、下一步工作打算[1]"
    assert len(answer.answer.splitlines()) == 6


def test_each_report_that_mentions_it_with_its_figure(lexical_service: AnswerService) -> None:
    rows = cited_rows(lexical_service.ask("报告里有提到网格员的吗？分别多少名"))
    assert rows[AKETAO] == "373名"


def test_the_report_that_names_no_place_said_without_的() -> None:
    assert split_description("没写县名那份报告里说涉企检查同比下降了多少？") == (
        "没写县名",
        "涉企检查同比下降了多少？",
    )


def test_the_unsigned_report_is_a_side(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县的法律援助案件跟没有署名那份报告比，谁多？")
    assert cited_rows(answer) == {YECHENG: "543件", UNNAMED: "103件"}
    assert answer.answer.splitlines()[-1].startswith("叶城县为543件[1]，多于未署名报告")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "额敏县的矛盾纠纷化解件数是普兰县的多少倍",
            "额敏县为963件[1]，是普兰县的85件[2]的约11.3倍。",
        ),
        ("额敏县的行政复议案件是普兰县的几倍", "额敏县为38件[1]，是普兰县的1件[2]的38倍。"),
    ],
)
def test_how_many_times_states_the_multiple(
    lexical_service: AnswerService, question: str, verdict: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1] == verdict


def test_dates_asked_side_by_side_get_no_verdict(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰和叶城两份报告分别是哪天发布的")
    # Each report's own attribute, under the label it states it by.
    assert answer.kind == "metadata"
    assert answer.answer.splitlines() == [
        "普兰县报告的发布日期：2026-01-12[1]",
        "叶城县报告的发布时间：2025年09月05日[2]",
    ]
    earlier = lexical_service.ask("普兰和叶城两份报告哪个发布得早")
    assert earlier.answer.splitlines()[-1].startswith("叶城县为2025年09月05日[1]，早于普兰县")


def test_a_paired_noun_counts_what_ends_it(lexical_service: AnswerService) -> None:
    # 意见建议: "提出风险防范建议54条" counts 建议; "涉企权益保护案件140件" counts cases.
    rows = cited_rows(lexical_service.ask("企业法治体检中提出的意见建议条数，各地从多到少排"))
    assert rows[UNNAMED] == "54条" and rows[YECHENG] == "42条"


def test_the_first_places_asked_in_english(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("抽查案卷的数量 top2 是哪两个县")
    assert answer.kind == "ranking"
    assert answer.answer.splitlines()[0].startswith("前2名是：额敏县（126件[1]）、未署名报告")


def test_the_places_named_after_把_are_no_part_of_the_thing() -> None:
    asked = measured("请把五个地方开展普法宣传活动的场次从多到少排个名，看看谁排第一")
    assert asked == "开展普法宣传活动多少场次"


def test_a_rate_of_the_unsigned_report_is_no_signature(lexical_service: AnswerService) -> None:
    # 署名 names a signature, but 未署名 names the report that lacks one.
    answer = lexical_service.ask("额敏和未署名的那份报告，负责人出庭应诉率是不是相同")
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {EMIN: "100%", UNNAMED: "100%"}


def test_each_piece_asking_its_own_count_or_rate_is_a_column(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("各县12345热线分别受理了多少件、办结率多少")
    rows = cited_rows(answer)
    assert rows[UNNAMED] == "730件；100%" and rows[YECHENG] == "37116件；99.98%"
    assert rows[PULAN] == "1020件" and rows[EMIN] is None
    counted = lexical_service.ask("五个地方的矛盾纠纷化解件数和成功率，列个表")
    assert cited_rows(counted)[EMIN] == "963件；100%" and cited_rows(counted)[PULAN] == "85件"


def test_an_amount_of_no_named_thing_is_what_the_action_did(
    lexical_service: AnswerService,
) -> None:
    # 普兰县's "法律顾问经费8万元" is money granted, nothing 减免.
    rows = cited_rows(lexical_service.ask("各县减免的金额排一下，谁最高"))
    assert rows[EMIN] == "33.9万元" and rows[PULAN] is None
