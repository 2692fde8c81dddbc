"""A report set aside by a pointer or by its year, examples named beside their kind, the figures
a follow-up asks of the reports just found or silent, a year narrowed in a second sentence, a
closing sentence about the asker's superiors, aspects and rows asked in a few words, an item
named by its number and its words, and the attributes of another report asked again."""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.answer.thing_labels import thing_label
from retrieval.query.described_terms import of_its_kind
from retrieval.query.examples_asked import as_examples
from retrieval.query.excluded import aside_named
from retrieval.query.fields import asked_fields
from retrieval.query.instructions import without_instructions
from retrieval.query.measure import measured
from retrieval.query.preamble import without_preamble
from retrieval.query.ranked_turns import ranked_places
from retrieval.query.sentences_asked import orders_in_turn
from retrieval.schema import NOT_FOUND, Conversation
from retrieval.service import AnswerService

EMIN, KEZILETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _no_places(text: str) -> list[tuple[int, int]]:
    return [(text.find("普兰"), text.find("普兰") + 2)] if "普兰" in text else []


def test_a_place_set_aside_by_a_pointer_is_named_in_its_stead() -> None:
    said = aside_named("普兰那个数太小，把它去掉再排", _no_places)
    assert said.endswith("把普兰去掉再排")
    # No place named before the pointer: nothing to name.
    assert aside_named("把它去掉再排", _no_places) == "把它去掉再排"


def test_examples_before_or_after_their_kind_are_bracketed() -> None:
    assert as_examples("合同、规范性文件这类合法性审查审了多少件") == (
        "合法性审查（合同、规范性文件等）审了多少件"
    )
    assert as_examples("普法力量，宣讲团、法律明白人这些有多少") == (
        "普法力量（宣讲团、法律明白人等）有多少"
    )
    assert as_examples("行政复议案件多少件") == "行政复议案件多少件"


def test_words_of_asking_leave_what_is_counted() -> None:
    # A kind in the asker's vaguer words, before "分别".
    assert of_its_kind("办结率、满意度这类比例分别是多少") == "办结率、满意度分别是多少"
    # Where, said after the place taken away; a noun after 多少 is a thing of its own.
    assert measured("下辖多少村、多少社区") == "多少村、多少社区"
    assert thing_label("多少村") == "村"


def test_a_clause_asking_a_figure_be_split_up_asks_nothing_more(
    lexical_service: AnswerService,
) -> None:
    assert without_instructions("普兰县普法经费拨了多少，分哪几块？") == "普兰县普法经费拨了多少"
    answer = lexical_service.ask("普兰县的法治建设经费，财政给了多少？分几块")
    check_answer(answer)
    assert answer.kind == "fact"
    assert "8万元" in answer.answer


def test_a_request_to_mark_the_source_after_it_is_no_attribute() -> None:
    assert without_instructions("各县法律顾问情况列表，原文也附上") == "各县法律顾问情况列表"


def test_two_dates_asked_one_after_another_are_both_read() -> None:
    names = [f.name for f in asked_fields("哪天成文哪天发的")]
    assert names == ["成文日期", "发布日期"]
    # A bare date beside another attribute is whichever date a report states.
    assert "发布日期" in [f.name for f in asked_fields("标题和日期")]


def test_a_closing_sentence_about_superiors_asks_nothing() -> None:
    question = "叶城县的亮点有哪些？领导想在会上点评一下。"
    assert without_preamble(question, lambda text: []) == "叶城县的亮点有哪些？"
    # A closing request to lay it out still asks.
    kept = "叶城县的亮点有哪些？领导要求列个表。"
    assert without_preamble(kept, lambda text: []) == kept


def test_a_year_narrowed_in_a_second_sentence_is_a_second_order() -> None:
    assert len(orders_in_turn("行政复议案件哪家最多？2025年的当中呢")) == 2


def test_an_order_among_one_year_is_ranked_again_and_said_so(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("调解的矛盾纠纷哪家最多？2025年的当中呢")
    cited_rows(answer)
    assert answer.kind == "ranking"
    assert "在2025年度的报告中，最多的是额敏县" in answer.answer
    assert answer.answer.count("最多的是") == 2


def test_a_ranking_of_one_year_reads_its_thing_without_the_reports(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("2025年的报告里，复议案件谁家最多")
    assert cited_rows(answer)[EMIN] == "38件"
    assert "最多的是额敏县：38件" in answer.answer


def test_a_report_set_aside_by_its_year_leaves_the_others(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    lexical_service.ask("各县调解矛盾纠纷的件数排一下", conversation=turns)
    answer = lexical_service.ask("把2023年的那份剔掉呢", conversation=turns)
    rows = cited_rows(answer)
    # The order again, of every report kept, the year read as the report it names.
    assert answer.kind == "ranking"
    assert rows[EMIN] == "963件" and rows[KEZILETAO] == "168件"
    assert YECHENG not in rows
    # The order just given names the first place.
    assert ranked_places(answer)[0] == "额敏县"
    first = lexical_service.ask("第一名具体是怎么做的", conversation=turns)
    assert first.kind == "list"
    assert first.answer.startswith("额敏县")


def test_sides_set_side_by_side_are_weighed_on_their_figures(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏和普兰的行政复议摆在一起比比，两边差几件？")
    check_answer(answer)
    assert "38件" in answer.answer
    assert "多37件" in answer.answer


def test_a_third_place_set_against_the_sides_before_joins_them(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    lexical_service.ask("普兰跟克孜勒陶镇比，一年调解的纠纷哪边多？", conversation=turns)
    answer = lexical_service.ask("那和额敏比呢", conversation=turns)
    check_answer(answer)
    assert answer.kind == "comparison"
    assert "963件" in answer.answer and "85件" in answer.answer


def test_examples_and_their_kind_are_each_a_report_s_row(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("规范性文件、合同这类合法性审查，各县审了多少件")
    check_answer(answer)
    assert answer.kind == "table"
    # One report counts the kind whole, another each example in one sentence.
    assert "全年审查22件" in answer.answer
    assert "审查规范性文件11件" in answer.answer and "合同17件" in answer.answer


def test_the_kinds_listed_after_a_field_are_each_asked(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("调解力量，调解组织、调解员这些，各县分别有多少？")
    check_answer(answer)
    assert answer.kind == "table"
    assert "401个调解组织" in answer.answer
    assert "2186名调解员" in answer.answer


def test_what_the_last_thing_s_doing_did_the_things_before_did_too(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("法治督察、述法反馈的问题，各县分别多少条，列表")
    check_answer(answer)
    assert "17条问题" in answer.answer
    assert "5条共性问题" in answer.answer


def test_which_reports_give_a_count_is_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("述法反馈的问题，哪些县写了具体条数？")
    cited_rows(answer)
    assert answer.kind == "table"


def test_the_silent_reports_asked_after_a_ranking_are_its_unstated(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    lexical_service.ask("政府网站主动公开的信息条数谁家最多", conversation=turns)
    answer = lexical_service.ask("这个数有哪几个县没写？", conversation=turns)
    assert answer.kind == "ranking"
    assert "未提及：额敏县、普兰县" in answer.answer


def test_the_count_of_a_term_found_is_each_report_s_figure(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    lexical_service.ask("哪几份报告提到了“法律明白人”", conversation=turns)
    answer = lexical_service.ask("人数分别是多少", conversation=turns)
    cited_rows(answer)
    assert answer.kind == "table"
    assert "126人" in answer.answer


def test_a_field_pointed_at_after_a_report_is_the_field_before(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    lexical_service.ask("克孜勒陶镇在突发事件应对上做了哪些工作", conversation=turns)
    answer = lexical_service.ask("那叶城有没有这部分内容？写的什么", conversation=turns)
    check_answer(answer)
    assert answer.kind == "list"
    assert "健全各类应急预案" in answer.answer


def test_two_aspects_named_together_list_each_report_s_parts(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    answer = lexical_service.ask("每份报告的问题短板，一家一行", conversation=turns)
    assert answer.kind == "table"
    assert "基层治理能力有待加强" in answer.answer
    plans = lexical_service.ask("那明年打算呢，也一家一行", conversation=turns)
    assert plans.kind == "table"
    assert "落实好法治学习" in plans.answer


def test_a_numbered_file_s_aspects_put_in_order_are_its_lists(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("003号的问题和下一步打算帮忙理一下")
    check_answer(answer)
    assert answer.kind == "list"
    assert "执法人员持证率不足" in answer.answer
    assert "紧盯“关键少数”" in answer.answer


def test_an_item_numbered_and_named_is_that_item(lexical_service: AnswerService) -> None:
    turns = Conversation()
    lexical_service.ask("克孜勒陶镇存在的问题有哪几条", conversation=turns)
    answer = lexical_service.ask("第二条依法行政能力这块，具体讲了什么", conversation=turns)
    check_answer(answer)
    assert "执法力量业务不强" in answer.answer
    assert "决策程序执行不够严格" in answer.answer


def test_another_report_s_attributes_with_one_more(lexical_service: AnswerService) -> None:
    turns = Conversation()
    lexical_service.ask("普兰县报告的索引号和发布日期是什么", conversation=turns)
    answer = lexical_service.ask("克孜勒陶镇的呢？成文日期也要", conversation=turns)
    check_answer(answer)
    for label in ("索引号", "发布日期", "成文日期"):
        assert f"阿克陶县克孜勒陶镇报告的{label}" in answer.answer


def test_a_table_of_words_no_report_counts_is_its_field_s_situation(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("各县法律顾问的情况做个表，覆盖面和干了多少活")
    cited_rows(answer)
    assert answer.kind == "table"
    assert NOT_FOUND not in answer.answer
    assert "35次" in answer.answer


def test_an_abbreviation_a_report_uses_rarely_is_read_as_its_word(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("各县法援案件分别办了多少")
    check_answer(answer)
    assert "103件" in answer.answer and "543件" in answer.answer
    assert "法律援助" in (answer.notice or "")


def test_a_greeting_then_what_the_bot_can_look_up_is_chitchat(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("您好，我是县里司法局的，先问一下你能帮忙查些什么？")
    assert answer.kind == "chitchat"
    assert not answer.citations


def test_a_newcomer_s_greeting_and_question_about_the_bot_is_chitchat(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("你好，我刚调到司法局上班，啥都不懂，你能帮我干点啥？先谢谢")
    assert answer.kind == "chitchat"
    assert not answer.citations


def test_a_request_to_say_it_again_plainly_repeats_the_answer(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    first = lexical_service.ask("各县法律援助案件分别办了多少", conversation=turns)
    again = lexical_service.ask("能不能说得通俗点，一句话讲清楚", conversation=turns)
    assert again.kind == first.kind == "table"
    assert "543件" in again.answer


def test_what_the_asker_recalls_asks_nothing_of_its_own(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城的公证一共办理几件？我印象中还减免了费用，对吗")
    check_answer(answer)
    assert "1742件" in answer.answer
    assert NOT_FOUND not in answer.answer


def test_whether_only_one_report_does_something_is_which_reports_do(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("扫码入企是不是只有额敏在搞？")
    cited_rows(answer)
    assert answer.kind == "mentions"
    assert {row.source for row in answer.rows or []} >= {EMIN, UNNAMED}


def test_a_thing_of_a_numbered_item_is_asked_of_its_own(lexical_service: AnswerService) -> None:
    turns = Conversation()
    lexical_service.ask("额敏县规范执法方面做了哪些工作", conversation=turns)
    answer = lexical_service.ask("第三条里的扫码入企具体怎么做的", conversation=turns)
    check_answer(answer)
    assert "检查码库" in answer.answer


def test_a_pair_taken_up_for_comparison_after_another(lexical_service: AnswerService) -> None:
    turns = Conversation()
    lexical_service.ask("额敏和普兰调解矛盾纠纷谁多", conversation=turns)
    answer = lexical_service.ask("那拿额敏和克孜勒陶镇比呢", conversation=turns)
    check_answer(answer)
    assert "168件" in answer.answer and "963件" in answer.answer


def test_a_described_report_s_counts_are_no_mentions_question(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("没写是哪个县的那份报告，执法证考试通过了多少人？")
    check_answer(answer)
    assert answer.kind == "fact"
    assert "216人" in answer.answer


def test_questions_about_what_the_bot_holds_or_does_are_chitchat(
    lexical_service: AnswerService,
) -> None:
    for question in (
        "您好，我在县委办工作，想先了解一下你能查哪些东西",
        "下午好！现在能帮我查点资料吗",
        "请问这个系统收录了哪些县的报告",
        "你这边能回答哪方面的问题",
    ):
        answer = lexical_service.ask(question)
        assert answer.kind == "chitchat", question
        assert not answer.citations, question


def test_another_report_with_one_more_attribute_asked_after(
    lexical_service: AnswerService,
) -> None:
    turns = Conversation()
    lexical_service.ask("克孜勒陶镇报告的索引号给一下", conversation=turns)
    answer = lexical_service.ask("那普兰那份呢 落款日期是什么", conversation=turns)
    check_answer(answer)
    assert "普兰县报告的索引号" in answer.answer
    assert "普兰县报告的落款日期" in answer.answer
    # A figure asked of the other report is no attribute of it.
    figure = lexical_service.ask("普兰那份呢，行政复议收了几件", conversation=turns)
    check_answer(figure)
    assert figure.kind == "fact"
    assert "1件" in figure.answer
    assert NOT_FOUND not in figure.answer
