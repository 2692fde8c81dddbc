"""A figure the asker states is checked against the report; what officials add around a
request (who it is for, that every report is wanted, that reports count it differently) asks
nothing; a thing's other name in brackets is said by the rows it answers; several reports'
own attributes are each report's; follow-ups that shorten a list, add a column or keep one
year's reports re-ask the question before."""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, asked_in_turns, check_answer, cited_rows

from retrieval.query.annotations import ANNOTATIONS
from retrieval.query.fields import asked_fields
from retrieval.service import AnswerService

EMIN, KEZILETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("额敏县报告说全年接收复议案件40件，请核实", "与所述不符"),
        ("据报告额敏县全年接收行政复议案件38件，是否属实？", "与所述一致"),
    ],
)
def test_a_figure_stated_to_be_checked_is_checked(
    lexical_service: AnswerService, question: str, verdict: str
) -> None:
    answer = lexical_service.ask(question)
    check_answer(answer)
    line = next(line for line in answer.answer.splitlines() if line.startswith("核对"))
    assert verdict in line
    assert "38件[" in line
    # The asker's figure is not said again: every figure stated is cited.
    assert "40" not in line


def test_no_check_is_said_unless_asked(lexical_service: AnswerService) -> None:
    assert "核对" not in lexical_service.ask("额敏县全年接收行政复议案件多少件").answer


def test_the_reports_said_to_state_it_name_no_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请把五份报告所载的复议案件数由多到少排列")
    assert answer.kind == "ranking"
    assert cited_rows(answer)[EMIN] == "38件"


def test_a_difference_asked_to_be_set_down_is_worked_out(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县与普兰县复议案件数对比一下，并写明相差件数")
    assert answer.kind == "comparison"
    assert "多37件" in answer.answer


def test_the_sides_counted_after_their_names_are_no_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县、克孜勒陶镇、003号报告三者的热线办件数比一比")
    rows = cited_rows(answer)
    assert (rows[PULAN], rows[UNNAMED]) == ("1020件", "730件")


def test_a_bracketed_way_of_taking_cases_in_names_every_such_way(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("请按12345热线办件（受理）量给各报告从多到少排一下")
    rows = cited_rows(answer)
    assert (rows[YECHENG], rows[UNNAMED]) == ("37116件", "730件")


def test_a_size_told_in_either_measure_is_counted_in_both(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("按执法人员培训的参训规模（人数或人次）给各报告排一下")
    rows = cited_rows(answer)
    assert (rows[UNNAMED], rows[YECHENG]) == ("800余人次", "532名")


def test_a_case_file_count_asked_in_jian_is_answered_in_fen(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("003号报告抽查案卷多少件")
    check_answer(answer)
    assert "104份" in answer.answer


def test_a_sum_of_money_named_is_asked_in_money(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县报告里载有法治经费保障的内容，请列明各项经费及金额")
    check_answer(answer)
    assert "法律顾问经费8万元" in answer.answer


def test_a_table_row_says_the_other_name_it_answers(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各报告法律顾问（公职律师）覆盖情况列个表")
    assert answer.kind == "table"
    pulan = next(line for line in answer.answer.splitlines() if line.startswith("普兰县"))
    assert "法律顾问" in pulan


def test_each_report_gives_its_own_attributes(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县和叶城县报告的发布日期分别是哪天")
    assert answer.kind == "metadata"
    assert "2026-01-12" in answer.answer
    assert "2025年09月05日" in answer.answer


def test_the_name_of_a_thing_told_of_is_no_title() -> None:
    assert asked_fields("请说明具体做法和相关平台名称") == []
    assert [f.name for f in asked_fields("叶城县报告的完整名称")] == ["标题"]


@pytest.mark.parametrize(
    "clause",
    ["五份都要列", "每份报告都要写上", "一份也不要漏", "有的说持证人数有的说新发证", "分开写清楚"],
)
def test_a_clause_about_which_reports_or_how_they_differ_annotates(clause: str) -> None:
    assert any(pattern.match(clause) for pattern in ANNOTATIONS)


def test_every_report_wanted_leaves_the_parts_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请按报告列出负责人出庭应诉情况（出庭件数、应诉率等），五份都要列")
    assert answer.kind == "table"
    assert "五份" not in answer.answer
    assert "出庭应诉率100%" in next(
        line for line in answer.answer.splitlines() if line.startswith("额敏县")
    )


def test_the_figures_of_each_place_are_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各地执法证的数字都列一下，有的说持证人数有的说新发证")
    assert answer.kind == "table"
    assert cited_rows(answer)[EMIN] == "585人"


@pytest.mark.parametrize(
    "question",
    ["帮我整理一下额敏县报告自己说的存在问题，简要列几条", "额敏县的问题，捡主要的说"],
)
def test_a_request_to_sort_out_a_part_lists_it(
    lexical_service: AnswerService, question: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "list"
    assert "基层治理能力有待加强" in answer.answer


def test_main_points_for_a_leader_are_the_plan_items(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县对2024年是怎么安排的，帮领导理几个要点出来")
    assert answer.kind == "list"
    assert "落实好法治学习" in answer.answer
    assert "加强法治队伍建设" in answer.answer


def test_a_greeting_asking_what_can_be_looked_up_is_chitchat(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("您好，请问可以提供哪些方面的查询？")
    assert answer.kind == "chitchat"
    assert not answer.citations


def test_one_years_reports_then_the_first_place(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "按调解矛盾纠纷件数给各报告排个序", "只看2025年度的报告，第一名是谁？"
    )
    assert answer.kind == "ranking"
    assert YECHENG not in cited_rows(answer)
    # The order among one year's reports says which they are.
    assert answer.answer.splitlines()[0].startswith("在2025年度的报告中，最多的是额敏县")


def test_a_column_added_to_a_table(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "列表各报告负责人出庭应诉率", "再加一列行政复议案件数")
    assert answer.kind == "table"
    assert cited_rows(answer)[PULAN] == "1件"


def test_a_list_told_again_shorter(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县存在哪些问题", "再简短点，每条一句话")
    assert answer.kind == "list"
    assert "法治建设保障仍需强化" in answer.answer


def test_the_year_of_each_figure_noted_when_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各报告复议案件数列个表，注明出处及年度")
    assert answer.kind == "table"
    assert "统计时段" in answer.answer


@pytest.mark.parametrize(
    "message",
    [
        "张主任好",
        "在座各位下午好",
        "请问本平台能提供哪些方面的查询服务",
        "烦请简要介绍一下这个系统的功能",
        "这玩意儿咋用",
        "能不能给几个提问的示例",
        "你们的资料是从哪来的",
        "请简要说明系统覆盖的地区范围和报告年度",
        "里面有哪几个县的材料",
        "收悉，谢谢。",
        "不好意思，刚才发错了",
        "请忽略上一条消息",
        "先这样吧，下班了",
        "2222测试",
    ],
)
def test_talk_about_the_bot_or_the_talk_is_chitchat(
    lexical_service: AnswerService, message: str
) -> None:
    answer = lexical_service.ask(message)
    assert answer.kind == "chitchat", answer.answer
    assert not answer.citations


def test_a_question_about_reports_after_a_greeting_is_answered(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("各位好，请问普兰县全年调解了多少件纠纷")
    assert answer.kind == "fact"
    assert "85件" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "昆玉市的法治政府建设报告写了哪些内容",
        "叶城县2024年度的报告里述法情况怎么样",
        "叶城县2023年的固定资产投资增速是多少",
    ],
)
def test_a_place_year_or_figure_no_report_has_abstains(
    lexical_service: AnswerService, question: str
) -> None:
    assert lexical_service.ask(question).abstained


def test_sentences_asking_one_after_another_are_each_answered(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("执法案卷评查里抽查案卷数谁最多，排一下；整改问题数排又是什么顺序")
    assert answer.kind == "ranking"
    assert "126件" in answer.answer
    assert "230个" in answer.answer


def test_a_descending_order_in_a_tables_words_ranks(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请按执法人员专题培训的次数给各报告降序排列")
    assert answer.kind == "ranking"
    assert cited_rows(answer)[UNNAMED] == "6次"


def test_an_order_after_a_numbered_question_ranks_its_figures(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("1. 五个地方各化解了多少起矛盾纠纷？\n2. 按数量由多到少排出名次。")
    assert answer.kind == "ranking"
    assert cited_rows(answer)[KEZILETAO] == "168件"


def test_columns_named_after_a_table_head_are_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请列表说明各报告普法活动的场次，表头：报告、年度、场次、备注")
    assert answer.kind == "table"
    assert cited_rows(answer)[KEZILETAO] == "128场次"


def test_items_marked_with_a_closing_bracket_are_items(lexical_service: AnswerService) -> None:
    from retrieval.query.asked_beside import ITEM_MARK

    assert ITEM_MARK.search("整理：1）复议收案数；2）办结情况") is not None


def test_a_report_taken_in_joins_a_comparison(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏县和普兰县的行政复议案件数对比一下",
        "把003号报告也一并纳入，按案件数排出先后。",
    )
    assert UNNAMED in cited_rows(answer)


def test_those_items_of_a_place_after_a_table_of_lists(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "各报告下一步工作打算各有几条，列个表", "额敏那几条的标题请列出"
    )
    assert answer.kind == "list"
    assert "深化法治理念培育" in answer.answer


def test_a_sub_section_about_the_field_throughout_is_listed_whole(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇化解纠纷这块都做了啥")
    assert answer.kind == "list"
    assert "多元调解提质效" in answer.answer


def test_each_report_said_as_one_by_one_is_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("烦请逐份列明法治文化公园、长廊等阵地的建设数量")
    assert answer.kind == "table"


def test_two_doings_said_together_are_one(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县与克孜勒陶镇矛盾纠纷排查化解件数对比")
    assert cited_rows(answer)[KEZILETAO] == "168件"


def test_the_sides_counted_before_the_thing_are_no_part_of_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇、叶城县、003号报告三方法治长廊数量比较")
    assert cited_rows(answer)[KEZILETAO] == "2个"


def test_a_list_asked_as_a_checklist_is_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各地有多少人拿到了执法证？列个清单")
    assert answer.kind == "table"
    assert cited_rows(answer)[EMIN] == "585人"


def test_a_difference_to_be_explained_after_a_premise(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "经查，普兰与003号报告均载有12345热线办件数，请比较两者数量并说明差额"
    )
    assert "多290件" in answer.answer


def test_one_years_reports_then_which_is_most(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "调解矛盾纠纷的件数各报告排一下", "只看2025年的那四份呢？哪个最多？"
    )
    assert answer.kind == "ranking"
    assert YECHENG not in cited_rows(answer)


def test_items_asking_the_figures_written_then_the_most(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "请整理克孜勒陶镇、普兰县、003报告三家调处矛盾纠纷的数量。要求：1.分别写明数字；"
        "2.指出最多和最少的各是哪一家。"
    )
    assert answer.kind == "comparison"
    assert "最多" in answer.answer.splitlines()[-1]


def test_a_term_whose_mentions_are_asked_to_be_counted(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "现需统计12345热线在五份报告里的提及情况，请列出这些报告及对应地区"
    )
    assert answer.kind == "mentions"
    assert set(cited_rows(answer)) == {KEZILETAO, PULAN, UNNAMED, YECHENG}


def test_a_figure_named_by_its_measure_is_a_table_row(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("帮忙梳理一下五份报告的普法宣传场次，003那份单独标出来")
    assert answer.kind == "table"
    assert cited_rows(answer)[UNNAMED] == "400余场次"


def test_a_whole_report_summed_up_by_its_parts_and_their_items(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("帮我把普兰县那份报告大致概括一下")
    lines = answer.answer.splitlines()
    assert lines[0].startswith("普兰县：一、工作开展情况")
    assert any(line.startswith("　　(一)法治建设均衡性不足") for line in lines)


def test_one_years_reports_then_the_order_asked(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "请对全部五份报告的矛盾纠纷调解数量进行排序",
        "如果只看2025年度的四份报告，顺序是怎样的？",
    )
    assert answer.kind == "ranking"
    assert YECHENG not in cited_rows(answer)


def test_which_reports_have_it_asked_after_the_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("扫码入企 哪几份有")
    assert answer.kind == "mentions"
    assert set(cited_rows(answer)) == {EMIN, UNNAMED}


def test_a_list_then_one_of_its_items_in_one_message(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县报告里的不足有哪几条？执法队伍那条具体怎么写的")
    assert answer.kind == "list"
    assert "思想意识有待增强" in answer.answer
    assert "人员不足" in answer.answer


def test_an_item_whose_heading_says_the_whole_field_is_listed_alone(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏县在规范涉企行政检查上具体做了些什么")
    assert answer.answer.startswith("额敏县：三是规范涉企行政检查")


def test_a_situation_asked_along_after_a_figure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号报告梳理了多少项涉企执法事项？案卷评查情况一并说明。")
    assert "317项" in answer.answer
    assert "104份" in answer.answer
