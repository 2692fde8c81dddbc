"""Follow-ups asked of answers that set several reports side by side (comparisons, rankings,
tables): the period or place of each cited figure, answered for every side.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, file_text

from retrieval.answer.figure_nouns import touching_noun
from retrieval.answer.periods import period_of
from retrieval.answer.read_sentences import without_lists
from retrieval.query.about_answer import asks_period
from retrieval.query.social import is_social
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_each_of_several_figures_asked_its_period() -> None:
    assert asks_period("这些数分别是哪年的")
    assert asks_period("各自是哪一年的数据？")
    assert not asks_period("这些数分别是多少")


def test_the_period_of_each_side_of_a_comparison(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县行政复议收了多少件", conversation=conversation)
    lexical_service.ask("比普兰县多多少", conversation=conversation)
    answer = lexical_service.ask("这个数是哪年的", conversation=conversation)
    assert answer.kind == "comparison"
    note = answer.answer.splitlines()[-1]
    assert "额敏县为2025年全年" in note and "普兰县为2025年全年" in note


def test_the_period_of_each_row_of_a_ranking_and_a_table(lexical_service: AnswerService) -> None:
    for first, then in (
        ("哪个县行政复议案件最多", "这些数分别是哪年的"),
        ("各地调解纠纷多少件", "统计口径是什么时间段"),
    ):
        conversation = Conversation()
        before = lexical_service.ask(first, conversation=conversation)
        answer = lexical_service.ask(then, conversation=conversation)
        assert answer.kind == before.kind, (first, answer.answer)
        note = answer.answer.splitlines()[-1]
        assert note.startswith("注：所引数字的统计时段"), (first, note)
        assert "叶城县为2023年以来" in note and "额敏县为2025年全年" in note, (first, note)


def test_the_nearest_start_of_a_sum_is_its_period() -> None:
    before = "热线自开通以来,运行总体较好,自启动以来,热线中心累计受理办件"
    assert period_of(before) == "自启动以来"
    assert period_of("2023年以来,全年受理") == "2023年以来"
    assert period_of("全年共受理") == "全年"


def test_thanks_then_a_question_in_its_own_words_is_answered(
    lexical_service: AnswerService,
) -> None:
    assert not is_social("好的谢谢，那普兰县法治经费咋样")
    assert is_social("好的谢谢")
    conversation = Conversation()
    lexical_service.ask("额敏县行政复议收了多少件", conversation=conversation)
    answer = lexical_service.ask("好的谢谢 那普兰县法治经费咋样", conversation=conversation)
    assert answer.kind != "chitchat" and answer.citations
    assert {c.source for c in answer.citations} == {PULAN}


def test_what_the_answer_is_for_names_no_topic(lexical_service: AnswerService) -> None:
    for question in ("普兰县下一步打算有哪些 写汇报要参考下", "额敏县的亮点有哪些，我们想借鉴一下"):
        answer = lexical_service.ask(question)
        assert answer.kind == "list" and not answer.abstained, (question, answer.answer)
        assert "未提及" not in answer.answer, (question, answer.answer)


def test_a_courteous_request_names_nothing_missing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("麻烦整理个表 各地化解纠纷的件数和成功率")
    assert answer.kind == "table"
    assert "（化解纠纷成功率）" in answer.answer and "麻烦" not in answer.answer


def test_the_parts_of_a_sub_section_asked_together_list_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县普法、调解、法援这几块干了啥")
    assert answer.kind == "list" and not answer.abstained, answer.answer
    lines = answer.answer.splitlines()
    assert "夯实基层基础" in lines[0]
    assert [line[:2] for line in lines[1:4]] == ["一是", "二是", "三是"]
    assert {c.source for c in answer.citations} == {PULAN}
    for c in answer.citations:
        assert file_text(c.source)[c.start : c.end] == c.excerpt


def test_a_kind_of_case_the_report_never_counts_is_not_found(
    lexical_service: AnswerService,
) -> None:
    # 额敏县 names 行政诉讼 only in lists ("行政复议、行政诉讼等"); the cases it counts are
    # reviewed (审核案件), civil (民事案件) or of reconsideration (行政复议).
    for question in ("额敏县行政诉讼案件一共多少件", "额敏县行政诉讼败诉的有几件"):
        answer = lexical_service.ask(question)
        assert answer.abstained, (question, answer.answer)
    answer = lexical_service.ask("额敏县复议纠错几件")
    assert "纠错行政行为3件" in answer.answer


def test_the_noun_after_a_measure_is_what_it_counts() -> None:
    nouns, _ = touching_noun("针对300万元以上标的", "民事案件已履行14件")
    assert nouns == ("民事案件",)
    assert touching_noun("受理行政复议案件", "，已办结11件")[0] == ("行政复议案件",)
    unlisted = without_lists("建立衔接机制，加强与法治督察、行政复议、行政诉讼等工作的协作")
    assert "行政诉讼" not in unlisted and unlisted.startswith("建立衔接机制，")
    assert unlisted.endswith("工作的协作")


def test_where_an_item_told_is_said(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("克孜勒陶镇明年有啥计划", conversation=conversation)
    lexical_service.ask("第四条具体说说", conversation=conversation)
    answer = lexical_service.ask("这条出自哪一部分", conversation=conversation)
    assert answer.answer.splitlines()[-1].startswith("见于阿克陶县克孜勒陶镇“三、下一步工作计划")


def test_thanks_then_another_place_asks_the_same_of_it(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县调解了几件矛盾纠纷", conversation=conversation)
    answer = lexical_service.ask("好的谢谢！那额敏呢", conversation=conversation)
    assert answer.kind == "fact" and "963件" in answer.answer
    assert {c.source for c in answer.citations} == {EMIN}


def test_figures_wanted_if_there_are_many(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县在夯实基层基础方面做了什么，数据多的话都列上")
    assert answer.kind == "list"
    assert "85件" in answer.answer and "26场次" in answer.answer


def test_how_many_parts_a_report_has(lexical_service: AnswerService) -> None:
    for question, first in (
        ("叶城县的报告一共分几个部分", "叶城县（共5个部分）：一、"),
        ("普兰县报告分了几大块", "普兰县（共3大块）：一、"),
    ):
        answer = lexical_service.ask(question)
        assert answer.kind == "list" and answer.answer.startswith(first), (question, answer.answer)


def test_which_places_reports_state_a_field_of_their_own(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪些地方的报告写了落款日期")
    assert answer.kind == "table"
    assert answer.answer.startswith("普兰县报告的落款日期：2025年12月31日[1]")


def test_the_report_just_asked_about_pointed_at(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县报告什么时候发布的", conversation=conversation)
    issuer = lexical_service.ask("它是哪个单位发的", conversation=conversation)
    assert issuer.kind == "metadata" and "普兰县人民政府" in issuer.answer
    title = lexical_service.ask("标题是什么", conversation=conversation)
    assert title.kind == "metadata" and "普兰县2025年法治政府建设年度报告" in title.answer


def test_a_sum_over_other_periods_says_so(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县热线一年办了多少件", conversation=conversation)
    lexical_service.ask("换成叶城县呢", conversation=conversation)
    answer = lexical_service.ask("两个加起来多少", conversation=conversation)
    lines = answer.answer.splitlines()
    assert lines[-1].startswith("合计38136件")
    assert lines[-2].startswith("注：各数字的统计时段不同") and "叶城县[2]为自启动以来" in lines[-2]
    assert answer.notice is None
