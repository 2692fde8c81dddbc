"""Rankings and tables asked as a written request ("请问在X方面，哪一地区…位居首位？", "…居末位
的是", "请统计各地…的数量情况", "…并排序"), and a session number ("十届十五次全会") that counts
nothing.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import re

from answer_rules import SAMPLES, cited_rows

from retrieval.query.measure import measured
from retrieval.query.order import order_of
from retrieval.schema import Answer
from retrieval.service import AnswerService
from retrieval.text.numbers import numbers_in

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _stated(answer: Answer) -> dict[str, str | None]:
    return {source: value for source, value in cited_rows(answer).items() if value}


def test_the_first_place_in_a_written_request(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请问在行政复议工作方面，哪一地区受理的复议案件数量位居首位？")
    assert answer.kind == "ranking"
    assert answer.answer.splitlines()[0] == "最多的是额敏县：38件[1]"


def test_the_last_place_orders_from_the_least(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("规范性文件合法性审查的件数，居末位的是哪一地区？")
    assert answer.kind == "ranking"
    assert answer.answer.splitlines()[0].startswith("最少的是叶城县：9件")


def test_a_request_for_each_places_amount(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请统计各地发放宣传资料的数量情况。")
    assert answer.kind == "table"
    stated = _stated(answer)
    assert stated[AKETAO] == "6000余份"
    assert YECHENG in stated


def test_the_words_of_a_request_are_no_part_of_the_thing() -> None:
    topic = "请问在行政复议工作方面，哪一地区受理的复议案件数量位居首位？请按从高到低排列各地。"
    assert measured(topic) == "行政复议受理的复议案件多少"
    assert measured("请比较各地建成法治长廊的数量并排序") == "建成法治长廊多少"
    assert order_of("居末位的是哪一地区") == "asc"


def test_a_session_number_counts_nothing() -> None:
    text = "学习自治区党委十届十五次全会精神，全年组织中心组学习14次"
    assert [m.raw for m in numbers_in(text) if m.unit == "次"] == ["14"]


def test_a_table_line_quotes_each_excerpt_once(lexical_service: AnswerService) -> None:
    # Two situations asked of one report may be answered by the same sentences.
    answer = lexical_service.ask("列一下各地涉企检查中发现问题、移送（上报）问题线索的情况")
    assert answer.kind == "table"
    first = answer.answer.splitlines()[0]
    assert first.startswith("额敏县：")
    marks = re.findall(r"\[\d+\]", first)
    assert len(marks) > 1 and len(marks) == len(set(marks))


def test_two_names_of_one_thing_get_one_verdict(lexical_service: AnswerService) -> None:
    # 或 joins two names of what is weighed; the bracketed aside after the report's number is
    # no part of the thing.
    answer = lexical_service.ask(
        "普兰县、叶城县和003号报告（没署名那份）所述县，调解或化解的纠纷各有几件，谁最多"
    )
    assert cited_rows(answer) == {PULAN: "85件", YECHENG: "5726件", UNNAMED: "412件"}
    lines = answer.answer.splitlines()
    assert lines[-1].startswith("叶城县为5726件[2]，最多")
    assert not any("无法比较" in line for line in lines)


def test_an_amount_asked_again_is_asked_once() -> None:
    assert measured("各地调解矛盾纠纷的数量分别是多少") == "调解矛盾纠纷多少"


def test_the_reports_own_word_for_a_thing_finds_its_figure(
    lexical_service: AnswerService,
) -> None:
    # "8个镇(街道)": the domain list's written form of 乡镇, found though the question's
    # word is not in that report.
    answer = lexical_service.ask("哪份报告里的乡镇最多")
    assert _stated(answer) == {YECHENG: "26个", EMIN: "13个", UNNAMED: "8个"}


def test_a_bracketed_written_form_is_no_query_word(lexical_service: AnswerService) -> None:
    # "镇（街道）" is in the domain list as a form of 乡镇: a description saying it still
    # names the one report that does.
    answer = lexical_service.ask("有8个镇（街道）的那个县和普兰县，调解的矛盾纠纷谁多")
    assert cited_rows(answer) == {UNNAMED: "412件", PULAN: "85件"}


def test_a_table_line_quotes_a_sentence_once(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("列一下各地法律顾问覆盖的部门、乡镇和村（社区）数量情况")
    (unnamed,) = [line for line in answer.answer.splitlines() if line.startswith("未署名报告")]
    assert len(re.findall(r"\[\d+\]", unnamed)) == 1


def test_a_slash_offers_either_name(lexical_service: AnswerService) -> None:
    # "天气/灾害预警": either word names the warnings ("全年共发布预警信息305条").
    answer = lexical_service.ask("克孜勒陶镇和叶城县发布的天气/灾害预警信息分别多少条")
    assert cited_rows(answer) == {AKETAO: "305条", YECHENG: None}


def test_a_report_number_in_brackets_names_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "叶城县热线的按时办结率，是不是高于没署名那份报告（003）里的办结率"
    )
    assert cited_rows(answer) == {YECHENG: "99.98%", UNNAMED: "100%"}
    assert answer.answer.splitlines()[-1].endswith("高于叶城县的99.98%[1]。")


def test_times_after_a_verb_count_what_is_done(lexical_service: AnswerService) -> None:
    # "中心组学习…次数": 14次 counts the study sessions, not the group.
    answer = lexical_service.ask("中心组学习的次数，克孜勒陶镇同没写县名那份报告比谁多")
    assert cited_rows(answer) == {AKETAO: "14次", UNNAMED: "10次"}


def test_a_described_side_ends_before_same_or_not(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("负责人出庭应诉率，额敏县和没写县名那份相同吗")
    assert cited_rows(answer) == {EMIN: "100%", UNNAMED: "100%"}


def test_a_verbs_direction_weighs_nothing(lexical_service: AnswerService) -> None:
    # "移交出去": 出去 says which way, and 移交 is said 移送 in the report.
    answer = lexical_service.ask("额敏县和克孜勒陶镇移交出去的问题线索一样多吗")
    assert cited_rows(answer) == {EMIN: "3条", AKETAO: "3条"}
    assert "相同，均为3条" in answer.answer.splitlines()[-1]
