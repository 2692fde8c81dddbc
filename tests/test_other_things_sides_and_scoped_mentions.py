"""Follow-ups that ask the same of another thing or of one more report, English words of
asking, a field's figures with examples of them, an item's figures, a part of the reports a
mention is looked for in, and attributes asked again with one more."""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.examples_asked import STATES_LISTED
from retrieval.query.mention_scope import mention_scope
from retrieval.query.normalize import normalize
from retrieval.query.swapped_thing import thing_swapped
from retrieval.query.things import parts
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, KEZILETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _turns(service: AnswerService, *questions: str) -> list:
    turns = Conversation()
    return [service.ask(q, conversation=turns) for q in questions]


def test_english_words_of_asking_read_in_chinese() -> None:
    assert "下一步" in normalize("普兰县的next steps是什么")
    assert "问题" in normalize("叶城县有哪些problems")
    # A greeting keeps the question after it apart.
    assert normalize("hello 额敏县复议案件多少件").startswith("你好，")


def test_a_report_s_parts_asked_in_english(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇的next step有哪些")
    check_answer(answer)
    assert answer.kind == "list"
    assert "下一步工作计划" in answer.answer


def test_a_greeting_in_english_before_a_question_about_the_bot(
    lexical_service: AnswerService,
) -> None:
    assert lexical_service.ask("hey 你能干点啥").kind == "chitchat"
    assert lexical_service.ask("会出统计表不").kind == "chitchat"
    answer = lexical_service.ask("hi 普兰县行政复议申请收到几件")
    check_answer(answer)
    assert "1件" in answer.answer


def test_sources_asked_to_be_marked_are_no_attribute(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各地负责人出庭应诉情况列一下，带上出处")
    check_answer(answer)
    assert answer.kind == "table"
    assert "发文" not in answer.answer


def test_one_more_report_added_to_a_comparison(lexical_service: AnswerService) -> None:
    _, added = _turns(lexical_service, "调解矛盾纠纷，普兰和额敏哪家多", "再加个克孜勒陶镇呢")
    check_answer(added)
    assert added.kind == "comparison"
    assert all(f in added.answer for f in ("963件", "85件", "168件"))
    _, supposed = _turns(lexical_service, "行政复议案件普兰和额敏谁多", "要是把叶城也加进去比呢")
    check_answer(supposed)
    assert "11件" in supposed.answer and "38件" in supposed.answer


def test_a_report_added_with_another_thing_to_weigh(lexical_service: AnswerService) -> None:
    _, added = _turns(
        lexical_service, "行政复议案件普兰和额敏谁多", "那把叶城也加进来比比法律援助案件呢"
    )
    check_answer(added)
    assert added.kind == "comparison"
    assert "543件" in added.answer
    assert "38件" not in added.answer


def test_another_thing_after_a_table_is_the_same_table(lexical_service: AnswerService) -> None:
    _, swapped = _turns(lexical_service, "各县调解矛盾纠纷多少件", "那法律援助案件呢")
    rows = cited_rows(swapped)
    assert swapped.kind == "table"
    assert rows[YECHENG] == "543件" and rows[UNNAMED] == "103件"


def test_another_thing_after_a_ranking_is_ranked(lexical_service: AnswerService) -> None:
    _, swapped = _turns(lexical_service, "哪个县行政复议案件最多", "那法律援助案件呢")
    rows = cited_rows(swapped)
    assert swapped.kind == "ranking"
    assert rows[YECHENG] == "543件"
    assert swapped.answer.startswith("最多的是叶城县")


def test_another_term_after_a_mentions_answer(lexical_service: AnswerService) -> None:
    _, swapped = _turns(lexical_service, "哪些报告提到了枫桥经验", "那法律明白人呢")
    assert set(cited_rows(swapped)) == {KEZILETAO, UNNAMED, YECHENG}
    assert swapped.kind == "mentions"
    assert swapped.answer.startswith("3份报告提到")


def test_a_measure_or_a_part_alone_swaps_no_thing(lexical_service: AnswerService) -> None:
    vocabulary = lexical_service.planning.current().lexical
    asked = "各县调解矛盾纠纷多少件"
    assert thing_swapped("那办结率呢", asked, "table", vocabulary) is None
    assert thing_swapped("那问题呢", asked, "table", vocabulary) is None
    assert thing_swapped("加上没写县名那份呢", asked, "table", vocabulary) is None
    assert thing_swapped("那法律援助案件呢", asked, "fact", vocabulary) is None
    assert thing_swapped("那法律援助案件呢", asked, "table", vocabulary) == ("各县法律援助案件多少")


def test_a_field_s_figures_with_examples_of_them(lexical_service: AnswerService) -> None:
    _, field = _turns(
        lexical_service,
        "克孜勒陶镇划了几个网格",
        "那应急这块的数据呢，队伍、演练这些",
    )
    check_answer(field)
    assert field.kind == "list"
    assert "194人" in field.answer and "200余次" in field.answer


def test_whether_a_numbered_item_gives_a_target(lexical_service: AnswerService) -> None:
    _, item = _turns(lexical_service, "普兰县下一步打算有哪些", "第四条里培训有没有量化指标")
    check_answer(item)
    assert "不少于4次" in item.answer
    _, how = _turns(lexical_service, "普兰县下一步打算有哪些", "第二条法治政府那块具体怎么做")
    check_answer(how)
    assert how.answer.splitlines()[0].endswith("(二)深化法治政府建设[1]")


def test_a_thing_s_figures_handed_over(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城的公证数据给我")
    check_answer(answer)
    assert "1742件" in answer.answer


def test_columns_named_by_a_state_alone_ask_the_field_s_situation(
    lexical_service: AnswerService,
) -> None:
    assert STATES_LISTED.search("执法证情况做成表：新增的、现有的")
    answer = lexical_service.ask("各地执法证的情况列个表：新增的、通过的、现有的")
    check_answer(answer)
    assert answer.kind == "table"
    assert "216人取得执法证" in answer.answer and "现有9名干部" in answer.answer


def test_a_year_narrowed_and_a_report_set_aside_keep_the_thing(
    lexical_service: AnswerService,
) -> None:
    _, narrowed = _turns(
        lexical_service, "各县调解矛盾纠纷多少件", "把叶城去掉，只看2025年的谁调解得最多"
    )
    assert YECHENG not in cited_rows(narrowed)
    assert narrowed.kind == "ranking"
    assert narrowed.answer.startswith("在2025年度的报告中，最多的是额敏县")


def test_how_a_term_is_worded_is_no_part_of_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("有没有报告写了枫桥经验的，原文咋说的")
    assert set(cited_rows(answer)) == {KEZILETAO, PULAN}
    assert answer.answer.startswith("2份报告提到“枫桥经验”")


def test_a_mention_looked_for_in_one_part_of_the_reports(
    lexical_service: AnswerService,
) -> None:
    assert mention_scope("哪些报告在存在问题里写了经费") == (
        "哪些报告写了经费",
        frozenset({"problems!"}),
    )
    # A doing about problems names no part of a report.
    assert mention_scope("在问题整改中提到台账的报告")[1] == frozenset()
    answer = lexical_service.ask("哪些报告在存在的问题部分提到了法律顾问")
    rows = cited_rows(answer)
    assert answer.kind == "mentions"
    assert set(rows) == {EMIN, KEZILETAO, PULAN}


def test_another_report_s_attributes_with_one_put_after(
    lexical_service: AnswerService,
) -> None:
    _, again = _turns(
        lexical_service, "普兰那份谁发的，哪天发布的", "叶城那份呢，顺便把索引号也说一下"
    )
    check_answer(again)
    assert again.kind == "metadata"
    assert "2025年09月05日" in again.answer
    title = lexical_service.ask("普兰报告的全名是啥")
    assert title.kind == "metadata"
    assert "普兰县2025年法治政府建设年度报告" in title.answer


def test_for_whom_an_everyday_description_is_done_is_part_of_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪个地方给群众免费打官司的最多")
    assert cited_rows(answer)[YECHENG] == "543件"
    assert answer.answer.startswith("最多的是叶城县：543件")


def test_measures_and_their_figures_a_row_each_are_lists(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("营商环境方面的措施和数字，一家一行")
    check_answer(answer)
    assert answer.kind == "list"
    assert "36家民营企业" in answer.answer
    borne = lexical_service.ask("额敏县在普法方面做了哪些工作，拿数据说话")
    check_answer(borne)
    assert "5586名" in borne.answer


def test_why_a_report_is_set_aside_asks_nothing(lexical_service: AnswerService) -> None:
    _, kept = _turns(lexical_service, "各县调解矛盾纠纷多少件，排个序", "去掉叶城 那是23年的")
    rows = cited_rows(kept)
    assert kept.kind == "ranking"
    assert YECHENG not in rows and rows[EMIN] == "963件"


def test_two_fields_then_what_was_written_of_them(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县行政复议和普法都写了啥")
    check_answer(answer)
    assert "健全行政复议工作体系" in answer.answer
    assert "深化法治宣传教育" in answer.answer


def test_a_field_no_heading_names_is_told_by_its_paragraph(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("没写县名的那份报告在普法方面写了什么")
    check_answer(answer)
    assert answer.kind == "list"
    assert "开展普法宣传400余场次" in answer.answer


def test_which_reports_then_a_figure_of_one_are_both_answered(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪些报告提到了扫码入企 额敏建的码库涵盖多少户")
    assert answer.answer.startswith("2份报告提到")
    assert "1.4万户" in answer.answer


def test_things_joined_of_words_no_report_uses_are_read_whole(
    lexical_service: AnswerService,
) -> None:
    vocabulary = lexical_service.planning.current().lexical
    assert parts("这个和那个多少", vocabulary)
    answer = lexical_service.ask("额敏县这个和那个各多少")
    assert answer.question == "额敏县这个和那个各多少"


def test_names_typed_apart_by_a_space_are_each_a_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法治副校长 网格员 哪些报告写了")
    assert answer.answer.startswith("1份报告提到“法治副校长”")
    assert "1份报告提到“网格员”" in answer.answer
    # A word of two characters after the space narrows the term before it.
    narrowed = lexical_service.ask("法律明白人 培养 这块哪些报告写了")
    assert set(cited_rows(narrowed)) == {YECHENG}


def test_a_field_asked_of_a_report_that_tells_it_in_passing_is_its_paragraph(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("没写县名那份在调解和普法上写了啥")
    check_answer(answer)
    assert answer.kind == "list"
    assert "化解矛盾纠纷412件" in answer.answer
    # A field one report has no word of at all is still not found there.
    assert lexical_service.ask("额敏县在法律明白人方面做了什么").abstained


def test_more_english_words_of_asking(lexical_service: AnswerService) -> None:
    assert "困难" in normalize("普兰县有哪些challenges")
    answer = lexical_service.ask("叶城县的outlook")
    assert answer.kind == "list"
    assert "2024年度推进法治政府建设的主要安排" in answer.answer


def test_a_part_pointed_into_after_the_reports_or_as_a_block(
    lexical_service: AnswerService,
) -> None:
    assert mention_scope("哪些报告的问题部分写了经费")[1] == frozenset({"problems!"})
    assert mention_scope("哪些报告在存在问题这一块写了经费")[0] == "哪些报告写了经费"
    answer = lexical_service.ask("哪些报告的问题部分承认新媒体用得不够")
    rows = cited_rows(answer)
    # Only the reports whose problems say it; one saying it of its work is left out.
    assert rows and PULAN not in rows
