"""A report's attributes asked beside another question are answered beside it; a year a report
plans for stays its plans in a follow-up; two aspects a heading pairs are one list; a bracket
that sets something aside, or names what was taken in, is read so; numbered items announced as
data ask figures; a field led with before numbered counts leads each; follow-ups to a table, a
comparison and a list of mentions keep what was asked; clauses typed apart by a space each ask."""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.exclusions import without_exclusions
from retrieval.query.fields import asked_fields
from retrieval.query.followup import asked_again
from retrieval.query.sentences_asked import fields_besides, typed_apart
from retrieval.query.when import attribute_of
from retrieval.schema import NOT_FOUND, Conversation
from retrieval.service import AnswerService

EMIN, KEZILETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_attributes_are_asked_beside_only_by_a_closing_clause() -> None:
    split = fields_besides("请列出额敏县下一步工作打算，并说明报告是哪一年度的")
    assert split == ["请列出额敏县下一步工作打算", "并说明报告是哪一年度的"]
    # A report described asks nothing of its own; where each line is from is the citation's.
    assert fields_besides("设了法治讲堂的那个报告，发布日期是哪天") == []
    assert fields_besides("额敏县抽查案卷多少件，并注明出处") == []
    # A judgement over the reports is no attribute of one.
    assert fields_besides("请比较两份报告的普法场次，并判断哪份报告更多") == []


def test_a_list_and_the_report_year_are_answered_together(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("请列出叶城县的下一步工作安排，并说明这是哪一年度的报告")
    check_answer(answer)
    assert answer.kind == "list"
    assert "落实好法治学习" in answer.answer
    assert "2023年度" in answer.answer


def test_an_attribute_a_report_lacks_is_said_to_be_missing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏县全年接收的行政复议案件有几件，同时说明报告的发布日期")
    check_answer(answer)
    assert "38件" in answer.answer
    assert "未载明发布日期" in answer.answer
    assert NOT_FOUND not in answer.answer


def test_an_item_of_plans_for_a_later_year_is_an_item_of_those_plans(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    lexical_service.ask("叶城县2024年都有哪些安排", conversation=turns)
    answer = lexical_service.ask("第二条展开说说", conversation=turns)
    assert answer.kind == "list"
    assert "压实法治责任人责任" in answer.answer
    assert "第一责任人职责" not in answer.answer


def test_two_aspects_a_heading_pairs_are_one_list(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请汇总普兰县报告里的问题与不足")
    check_answer(answer)
    assert answer.kind == "list"
    assert "法治建设均衡性不足" in answer.answer


def test_what_a_bracket_sets_aside_leaves_the_bracket_closed() -> None:
    kept, left_out = without_exclusions("按培训次数排序（只算实际开展的，不含计划）")
    assert kept == "按培训次数排序（只算实际开展的）"
    assert left_out == ("计划",)


def test_what_was_taken_in_is_named_by_any_way_a_report_writes_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("各报告12345热线的受理（办件）量，帮忙排个序")
    rows = cited_rows(answer)
    assert answer.kind == "ranking"
    assert rows[UNNAMED] == "730件"
    assert rows[PULAN] == "1020件"


def test_a_list_asked_with_its_counts_keeps_every_item(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "普兰县法治宣传教育方面干了哪些事？请（1）列出各类活动及场次；（2）新媒体普法单独说一下"
    )
    check_answer(answer)
    assert answer.kind == "list"
    assert "220余场次" in answer.answer
    assert "短视频1个" in answer.answer


def test_items_announced_as_data_ask_their_figures(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "叶城县人民调解这一块，请汇总主要数据：1.调解组织和调解员；2.诉前调解；3.公证"
    )
    check_answer(answer)
    for figure in ("401个调解组织", "680件", "1742件"):
        assert figure in answer.answer


def test_a_field_led_with_leads_each_numbered_count(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "对比额敏县和003报告在行政复议上的情况：1.各受理多少件；2.哪个多、多几件"
    )
    check_answer(answer)
    assert answer.kind == "comparison"
    assert "未提及" not in answer.answer
    assert "多28件" in answer.answer


def test_another_aspect_after_a_table_is_every_report_s(lexical_service: AnswerService) -> None:
    turns = Conversation()
    lexical_service.ask("各地下一步打算分别是什么 列个表", conversation=turns)
    answer = lexical_service.ask("那问题呢", conversation=turns)
    assert answer.kind == "table"
    assert "法治建设均衡性不足" in answer.answer
    assert "思想意识有待增强" in answer.answer


def test_problems_a_doing_dealt_with_are_counted_after_a_figure() -> None:
    assert asked_again("整改的问题呢", "案卷抽查谁抽得多", "comparison") == (
        "整改的问题多少，谁多",
        "comparison",
    )
    assert asked_again("存在的问题呢", "案卷抽查多少件", "fact") == ("存在的问题有哪些", "list")


def test_how_a_place_named_did_what_was_mentioned(lexical_service: AnswerService) -> None:
    turns = Conversation()
    lexical_service.ask("哪些报告写到了扫码入企", conversation=turns)
    answer = lexical_service.ask("额敏县那个具体说说", conversation=turns)
    check_answer(answer)
    assert not answer.abstained
    assert "12914户" in answer.answer


def test_the_same_attributes_of_another_report_with_one_added(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    lexical_service.ask("请提供克孜勒陶镇报告的索引号和发布日期", conversation=turns)
    answer = lexical_service.ask("普兰县那份呢？有落款日期的话也一并写上", conversation=turns)
    check_answer(answer)
    assert answer.kind == "metadata"
    for value in ("pnx/2026-00010", "2026-01-12", "2025年12月31日"):
        assert value in answer.answer


def test_clauses_typed_apart_each_ask(lexical_service: AnswerService) -> None:
    assert typed_apart("明年有啥打算 执法培训每年搞几次") == ["明年有啥打算", "执法培训每年搞几次"]
    answer = lexical_service.ask("普兰明年有啥打算 执法培训每年搞几次")
    check_answer(answer)
    assert answer.kind == "list"
    assert "持续强化责任落实" in answer.answer
    assert "4次" in answer.answer


def test_problems_and_the_plans_that_answer_them(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请概括003报告存在问题的几点，并对应说明下一步工作打算中如何回应")
    check_answer(answer)
    assert "二、存在问题" in answer.answer
    assert "三、下一步工作打算" in answer.answer


def test_the_last_place_of_a_ranking_and_the_ranking_again(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    lexical_service.ask("各县化解矛盾纠纷多少件，哪家最多？", conversation=turns)
    last = lexical_service.ask("那倒数第一呢", conversation=turns)
    check_answer(last)
    assert "85件" in last.answer
    again = lexical_service.ask("去掉叶城再排一遍", conversation=turns)
    # The order again, of the reports kept.
    assert again.kind == "ranking"
    assert cited_rows(again)[EMIN] == "963件"
    assert "5726件" not in again.answer


def test_the_same_reports_ordered_by_another_thing(lexical_service: AnswerService) -> None:
    turns = Conversation()
    lexical_service.ask("行政执法案卷评查，谁抽查的案卷最多？排个序", conversation=turns)
    answer = lexical_service.ask("那按整改的问题数排呢", conversation=turns)
    rows = cited_rows(answer)
    assert answer.kind == "ranking"
    assert answer.answer.splitlines()[1].startswith("1. 额敏县")
    assert rows[EMIN] == "230个"


def test_doings_asked_of_the_first_places_are_of_the_field_ranked(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    lexical_service.ask("按行政复议案件数给各报告从多到少排一下", conversation=turns)
    answer = lexical_service.ask("前两名的办结情况呢", conversation=turns)
    check_answer(answer)
    assert "已办结11件" in answer.answer


def test_the_other_end_of_an_order_of_items(lexical_service: AnswerService) -> None:
    turns = Conversation()
    lexical_service.ask("各报告的问题部分，哪家列的条数最多？", conversation=turns)
    answer = lexical_service.ask("最少的呢", conversation=turns)
    assert answer.answer.startswith("最少的是额敏县")


def test_a_year_named_after_an_attribute_asks_that_year_s_report(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    lexical_service.ask("莎车县2025年的报告有吗", conversation=turns)
    answer = lexical_service.ask("那叶城25年的呢", conversation=turns)
    assert answer.abstained
    assert "2023年度" in answer.answer


def test_item_headings_and_a_time_asked_of_are_no_attributes() -> None:
    assert asked_fields("各报告下一步打算的条目标题") == []
    assert attribute_of("各报告下一年度安排有哪些") is None
    assert attribute_of("这五份各是哪一年度的") == "year"


def test_how_far_apart_asked_in_a_sentence_of_its_own(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "12345热线上的办件，普兰县和003哪边多？差多少？请顺带写明各自的办结情况"
    )
    check_answer(answer)
    assert "多290件" in answer.answer
    # The block after it is labelled by what it is about, not by the request to tell it.
    assert "\n办结情况：" in answer.answer


def test_a_report_named_by_number_stays_a_side(lexical_service: AnswerService) -> None:
    turns = Conversation()
    lexical_service.ask("额敏和003那个 执法案卷谁抽查得多", conversation=turns)
    answer = lexical_service.ask("整改的问题呢", conversation=turns)
    check_answer(answer)
    assert answer.kind == "comparison"
    assert "33个" in answer.answer


def test_which_reports_say_a_thing_and_how_many_it_counts(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪几份报告里有“法律明白人”？有的话请注明人数多少")
    rows = cited_rows(answer)
    assert answer.kind == "table"
    assert rows[KEZILETAO] == "126人"
    assert rows[YECHENG] == "1166名"
    assert EMIN not in rows or rows[EMIN] is None
