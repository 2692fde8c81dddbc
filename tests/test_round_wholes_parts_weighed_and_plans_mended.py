"""A round figure broken down in brackets adds up its parts; another thing weighed after two
sides keeps to them; an introduction before a question about the bot is small talk; "它" of
a report's year; the plans for one sub-item or one point told before, and for another field;
where a report falls short, asked as a list; a term named before "which report wrote it, and
how"; a table of plans drawn from plans only; an elliptical turn followed by a question of
its own; people counted by a word of people and by a figure of people; ordinals that count
nothing; a restricting doing with no 的; amounts named and then requested; the other end
with the silent reports; a team's size in members; like clauses of one count shown
together; rates worked out only from the thing asked, and never for what a report writes;
totals put forward checked against the sum; a signing label filling both its columns;
certificates counted by their holders; the reports found each counted; blocks pointed at
summed; what a thing covers; documents left unnamed counted."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_cited

from retrieval.service import AnswerService


def test_the_parts_of_a_round_figure_add_up_exactly(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县检查码库里个体工商户、企业分别多少户", "合起来呢"
    )
    check_cited(answer)
    assert "14770户" in answer.answer
    assert "1.4万户" in answer.answer.splitlines()[-1]


def test_another_thing_weighed_after_two_sides_keeps_to_them(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "普兰和额敏评查案卷各多少件，谁多", "那纠正的问题谁多")
    check_cited(answer)
    assert answer.kind == "comparison"
    # (额敏 states no figure corrected, and is said to state none; no third place comes in.)
    assert "普兰县" in answer.answer and "额敏县" in answer.answer
    assert not any(place in answer.answer for place in ("叶城县", "克孜勒陶镇", "未署名"))


def test_an_introduction_then_a_question_about_the_bot_is_small_talk(
    lexical_service: AnswerService,
) -> None:
    for question in (
        "您好，我在县司法局工作，近期要写总结，这个助手可以帮我干啥？",
        "哈喽~先打个招呼，本人做调研的，你会做什么？能帮我导出word吗",
    ):
        answer = lexical_service.ask(question)
        assert answer.kind == "chitchat", question
        assert not answer.citations


def test_the_year_of_the_report_pointed_at_by_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城县那份报告是哪天挂网的", "它说的是哪一年的")
    check_cited(answer)
    assert "2023年度" in answer.answer


def test_the_plans_for_the_one_sub_item_told_before(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "克孜勒陶镇在化解纠纷的机制上有哪些不足", "接下来怎么解决"
    )
    check_cited(answer)
    assert "健全矛盾化解机制" in answer.answer
    assert all("三、下一步" in c.section for c in answer.citations)


def test_where_a_report_falls_short_is_asked_as_a_list(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇在依法行政能力上哪些地方做得不够")
    check_cited(answer)
    assert answer.kind == "list"
    assert "业务不强" in answer.answer


def test_the_term_named_before_which_report_wrote_it_and_how(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("法治体检 哪些报告写了 都是怎么做的")
    assert answer.kind == "mentions"
    check_cited(answer)
    assert "法治体检" in answer.answer.splitlines()[0]


def test_a_table_of_plans_is_drawn_from_the_plans_only(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各报告下一步在执法人员培训上分别怎么安排")
    check_cited(answer)
    assert answer.citations
    for cited in answer.citations:
        assert any(word in cited.section for word in ("下一步", "安排", "计划")), cited.section


def test_two_things_weighed_in_one_clause_are_each_judged(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰和额敏比，谁评查的案卷多、纠正的问题多")
    check_cited(answer)
    assert "66件" in answer.answer and "126件" in answer.answer
    assert "2次" not in answer.answer


def test_an_elliptical_turn_then_a_question_of_its_own(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县全年收到几件行政复议申请", "那额敏县呢？另外调解和解率多大"
    )
    check_cited(answer)
    assert "38件" in answer.answer and "71.43%" in answer.answer


def test_people_counted_are_not_answered_by_events(lexical_service: AnswerService) -> None:
    assert lexical_service.ask("叶城县被约谈的责任人有几个").abstained


def test_an_ordinal_counts_nothing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县一共搞了几次督察？")
    assert answer.abstained


def test_a_restricting_doing_with_no_de_is_required(lexical_service: AnswerService) -> None:
    assert lexical_service.ask("叶城县当前持证执法人员几名").abstained
    answer = lexical_service.ask("额敏县当前持证执法人员几名")
    check_cited(answer)
    assert "585人" in answer.answer


def test_amounts_named_then_requested_are_a_part(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "额敏县述法测评的好评率？此外一规划两纲要里的任务数与完成率同时给出"
    )
    check_cited(answer)
    for figure in ("98.9%", "307项", "100%"):
        assert figure in answer.answer, figure


def test_the_other_end_with_the_silent_reports(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "各地受理的复议案件谁最多", "最少的呢？是否有报告根本没写"
    )
    check_cited(answer)
    assert answer.kind == "ranking"
    assert answer.answer.startswith("最少的是普兰县")


def test_a_teams_size_is_its_members(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城、克孜勒陶镇两地法律明白人队伍规模各是多少")
    check_cited(answer)
    assert "126人" in answer.answer


def test_like_clauses_of_one_count_are_shown_together(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县对调解员开展了多少场培训")
    check_cited(answer)
    assert "25场次" in answer.answer and "368场次" in answer.answer


def test_a_rate_worked_out_only_from_counts_of_the_thing_asked(
    lexical_service: AnswerService,
) -> None:
    # 普兰's only 办结 count is of review cases, none of its hotline.
    answer = lexical_service.ask("普兰县和003号报告比，政务热线办结率谁高")
    assert "1件÷1件" not in answer.answer
    assert "办结率100%" in answer.answer


def test_the_parts_set_against_their_whole_are_added_once(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县检查码库里个体工商户、企业分别多少户", "两项相加与1.4万户吻合吗"
    )
    check_cited(answer)
    assert answer.answer.count("14770") == 1


def test_figures_asked_where_given_keep_a_list_a_list(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇政务公开这一块干了啥？有数据的请一并列出")
    check_cited(answer)
    assert answer.kind == "list"
    assert "35条" in answer.answer


def test_taking_part_is_said_in_either_word(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县法治讲堂县级领导参加了多少人次")
    check_cited(answer)
    assert "41人次" in answer.answer


def test_the_plans_for_one_point_told_alone(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "003号报告里执法规范化方面的问题是怎么写的", "今后准备如何改进"
    )
    check_cited(answer)
    assert "提升执法质效" in answer.answer
    assert all("下一步" in c.section for c in answer.citations)


def test_a_signing_asked_as_one_label_fills_both_its_columns(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("五份报告的落款、发布日期，列个表")
    check_cited(answer)
    row = next(line for line in answer.answer.splitlines() if line.startswith("普兰县｜"))
    assert "普兰县人民政府" in row and "2025年12月31日" in row


def test_a_total_put_forward_is_checked_against_the_sum(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县各项法治经费合计是16万元，请核实")
    check_cited(answer)
    assert "13万元" in answer.answer and "不符" in answer.answer


def test_two_parts_added_are_set_against_their_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县热线办件里，咨询加投诉是否等于1020件")
    check_cited(answer)
    assert "815+205" in answer.answer


def test_which_reports_the_bot_holds_after_an_introduction(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("您好，刚调到法制科，您都可以帮我查哪些材料？")
    assert answer.kind == "chitchat"
    assert not answer.citations


def test_another_field_of_the_plans_asked_before(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县下一步怎样加强执法监督", "那普法方面呢")
    check_cited(answer)
    assert all("下一步" in c.section for c in answer.citations)
    assert "普法" in answer.answer


def test_certificates_counted_by_the_people_who_got_them(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县和003号报告比，新发的执法证谁多")
    check_cited(answer)
    assert "216人" in answer.answer and "25本" in answer.answer
    assert "无法直接比较" not in answer.answer


def test_both_ends_of_a_ranking_asked_in_one_clause(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各报告受理复议案件数，哪家最多、哪家最少")
    check_cited(answer)
    assert answer.answer.startswith("最多的是额敏县")
    assert "最少的是普兰县" in answer.answer.splitlines()[0]


def test_items_of_one_kind_told_one_by_one_are_added(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县普法经费多少", "法律顾问经费呢", "这两笔经费合计多少"
    )
    check_cited(answer)
    assert "11万元" in answer.answer


def test_mediation_typed_as_its_homophone(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏和克孜勒陶镇，谁调节的纠纷多")
    check_cited(answer)
    assert "963件" in answer.answer and "168件" in answer.answer


def test_a_places_own_figure_after_a_place_with_no_report(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service, "阿克陶县全县调处纠纷多少件", "那克孜勒陶镇本身的数据呢"
    )
    check_cited(answer)
    assert "168件" in answer.answer


def test_a_rate_written_is_not_worked_out(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县和003号报告，哪家提到办结率达到100%")
    assert "÷" not in answer.answer
    assert "办结率100%" in answer.answer


def test_each_report_found_counts_the_thing_named_after_it(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service, "哪些报告写到了扫码入企", "它们分别覆盖了多少家企业主体"
    )
    check_cited(answer)
    assert "58家" in answer.answer
    assert "法治体检" not in answer.answer


def test_the_plans_looked_in_name_no_thing_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县下一步计划中对执法人员轮训的次数有无要求")
    check_cited(answer)
    assert "不少于4次" in answer.answer


def test_blocks_pointed_at_are_the_items_told_not_the_reports_parts(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "普兰县法治经费都拨到了哪几块", "那这几块合计多少钱")
    check_cited(answer)
    assert "13万元" in answer.answer


def test_what_the_thing_before_covers_is_asked_of_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县专业宣讲团有多少人", "都涉及哪些领域的法规")
    check_cited(answer)
    assert "17大类" in answer.answer


def test_a_list_of_documents_says_how_many_the_report_leaves_unnamed(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("003号报告制定了哪些制度文件")
    check_cited(answer)
    assert "其余3项未列名称" in answer.answer


def test_a_count_word_before_the_sums_asks_no_count(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县那几笔法治经费合起来一共是多少")
    check_cited(answer)
    assert "13万元" in answer.answer


def test_whether_it_looks_things_up_after_asking_what_it_does(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("嗨，你都会干点啥？可以帮我查查我们单位的资料吗")
    assert answer.kind == "chitchat"
    assert not answer.citations
    # A question naming what it asks is asked, greeting or not.
    assert lexical_service.ask("你好，能查一下普兰县行政复议案件数吗").kind != "chitchat"
