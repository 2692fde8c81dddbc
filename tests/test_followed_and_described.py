"""Follow-ups and sides in the words officials use.

The other end of a ranking asked alone ("最少的呢"), the report of a turn named by what it says
carried to the next ("这份报告…", "第二条展开说说"), lists asked colloquially ("干点啥",
"讲了啥", "建了些啥", a bare "亮点"), what is asked before a description ("围绕X，那个没写县名的
报告…"), "谁多谁少" (most first), parts numbered in two levels or from the end, a report
pointed at by its measure word ("叶城那份"), the things a mentions question lists ("A、B这些")
or means to do ("要搞X"), sides described after a colon or run into their place noun ("没写县名
报告"), each side's answer asked with a which-word, and thanks around words that ask nothing.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.order import order_of
from retrieval.query.shape import shape_of
from retrieval.query.sides import UNNAMED as LACKS_A_NAME
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize("other_end", ["最少的呢", "那最少的呢？"])
def test_the_other_end_of_a_ranking_asked_alone(
    lexical_service: AnswerService, other_end: str
) -> None:
    conversation = Conversation()
    lexical_service.ask("复议案子哪个县收得最多？", conversation=conversation)
    answer = lexical_service.ask(other_end, conversation=conversation)
    assert answer.kind == "ranking"
    assert answer.answer.startswith("最少的是普兰县：1件[1]")
    cited_rows(answer)


def test_a_report_named_by_what_it_lacks_is_carried_to_the_next_turn(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    first = lexical_service.ask("未写县名那一份，下一步有什么打算？", conversation=conversation)
    assert {c.source for c in first.citations} == {UNNAMED}
    answer = lexical_service.ask("第三条具体说说", conversation=conversation)
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {UNNAMED}
    check_answer(answer)
    figure = lexical_service.ask("这一份的复议受理了几件", conversation=conversation)
    assert [c.source for c in figure.citations] == [UNNAMED]
    assert "10件" in figure.answer


def test_a_region_named_later_replaces_the_carried_report(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("未署名那份复议收了几件", conversation=conversation)
    lexical_service.ask("普兰县呢", conversation=conversation)
    assert conversation.regions == ["普兰县"] and conversation.sources == []


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("额敏特色", "额敏县：三、法治政府建设工作特色与亮点[1]"),
        ("普兰县明年准备干点啥", "普兰县：三、下一步工作打算[1]"),
        ("克孜勒陶镇报告里存在问题那部分讲了啥", "阿克陶县克孜勒陶镇：二、存在的问题[1]"),
    ],
)
def test_lists_asked_in_everyday_words(
    lexical_service: AnswerService, question: str, heading: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "list"
    assert answer.answer.splitlines()[0] == heading
    check_answer(answer)


def test_what_was_built_lists_the_item_sentences(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县的普法阵地建了些啥")
    assert answer.kind == "list"
    assert "法治文化公园1个" in answer.answer
    check_answer(answer)


def test_what_is_asked_before_a_description_is_asked_too(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("在营商环境上，那份未写县名的做了哪些事？")
    assert answer.kind == "list"
    assert "优化法治营商环境" in answer.answer.splitlines()[0]
    assert {c.source for c in answer.citations} == {UNNAMED}
    check_answer(answer)


def test_who_more_who_less_puts_the_most_first() -> None:
    assert order_of("法律援助案件谁多谁少，排个序") == "desc"
    assert order_of("法律援助案件谁少") == "asc"


def test_a_part_numbered_in_two_levels(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县第四部分第二点讲啥")
    assert answer.answer.splitlines()[0] == "额敏县：二是基层法律服务效能不高[1]"
    check_answer(answer)


def test_the_last_part_of_a_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇最后一部分写了什么")
    assert answer.answer.splitlines()[0] == "阿克陶县克孜勒陶镇：三、下一步工作计划[1]"
    check_answer(answer)


def test_a_report_pointed_at_by_its_measure_word_asks_its_metadata(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰那份是哪一年的，索引号多少")
    assert answer.kind == "metadata"
    assert "pnx/2026-00010" in answer.answer
    check_answer(answer)


def test_things_listed_in_a_mentions_question_are_each_looked_for(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪些报告写了出入境管理、军地联合执法这些")
    rows = cited_rows(answer)
    assert set(rows) == {PULAN}


def test_what_a_report_means_to_do_is_the_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告提到准备开展九五普法规划")
    assert set(cited_rows(answer)) == {EMIN, PULAN}


def test_sides_described_after_a_colon(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律援助：受理543件那个县，跟没写县名报告相比谁多？")
    assert answer.kind == "comparison"
    assert set(cited_rows(answer)) == {YECHENG, UNNAMED}


def test_each_side_asked_with_a_which_word(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城和未署名报告，法律顾问各覆盖到哪一级？")
    assert answer.kind == "comparison"
    assert {c.source for c in answer.citations} == {YECHENG, UNNAMED}
    check_answer(answer)


@pytest.mark.parametrize("said", ["你好，上次查的东西很有用，谢谢", "你是谁？能帮我查点啥"])
def test_thanks_and_what_the_bot_does_are_chitchat(said: str) -> None:
    assert shape_of(said, 0) == "chitchat"


def test_thanks_before_a_question_leaves_the_question() -> None:
    assert shape_of("谢谢，额敏县行政复议多少件？", 1) == "fact"


@pytest.mark.parametrize(
    ("said", "unnamed"),
    [
        ("没有地区名称的那份", True),
        ("无标题的那一份", True),
        ("没写县的那份", True),
        ("有没有县搞了法治体检", False),
    ],
)
def test_what_names_the_unnamed_report(said: str, unnamed: bool) -> None:
    assert (LACKS_A_NAME.search(said) is not None) is unnamed


def test_a_description_holding_a_place_word_is_read_to_its_end(
    lexical_service: AnswerService,
) -> None:
    planner = lexical_service.planning.current()
    plan = planner.plan("那份没写县名、说建成了全市首家检务中心的报告，问题有哪几条")
    assert plan.sources == [UNNAMED]
    assert plan.topic == "问题有哪几条"


def test_two_things_of_one_report_asked_each_are_each_answered(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城的一案一补资金和法律援助补贴各是多少？")
    assert "39.22余万元" in answer.answer and "8.1万元" in answer.answer
    check_answer(answer)


def test_each_place_set_side_by_side_in_keywords_is_a_table(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("法律援助案件 各县 对比")
    assert answer.kind == "table"
    rows = cited_rows(answer)
    assert (rows[YECHENG], rows[UNNAMED]) == ("543件", "103件")


def test_things_listed_that_no_report_says_are_named_as_asked(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪些报告写了无人机巡检、智慧路灯这些")
    assert answer.answer.startswith("没有报告提到“无人机巡检、智慧路灯”")


def test_a_clause_asking_how_something_is_a_part_of_its_own(
    lexical_service: AnswerService,
) -> None:
    # "满意度咋样" asks a part of its own: "办结多少" keeps its count.
    answer = lexical_service.ask("叶城热线受理多少件，办结多少，满意度咋样")
    assert "办结37082件" in answer.answer and "99.98%" in answer.answer
    check_answer(answer)


@pytest.mark.parametrize("asked", ["调解和解的比例是多少", "调解和解占比多少"])
def test_a_share_of_a_thing_is_its_rate(lexical_service: AnswerService, asked: str) -> None:
    answer = lexical_service.ask(f"额敏县行政复议{asked}")
    assert "调解和解率71.43%" in answer.answer
    check_answer(answer)
