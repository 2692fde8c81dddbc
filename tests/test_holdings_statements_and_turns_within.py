"""Which reports the store holds, asked in everyday words; statements and blanks checked against
the report; a place's standing among the others; a report's structure beside the others'; turns
that ask inside the part just listed, add up the items just told, or work out a share of them;
a part of a whole the report does not break down; a part named by its own heading."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_cited

from retrieval.service import AnswerService


def test_whether_a_place_s_report_is_held_is_its_title(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("你这儿有叶城的报告吗")
    check_cited(answer)
    assert answer.kind == "metadata"
    assert "叶城县2023年度法治政府建设工作报告" in answer.answer
    missing = lexical_service.ask("收了墨玉县的报告没")
    assert missing.abstained
    assert "没有墨玉县的报告" in missing.answer


def test_the_years_of_the_reports_held_asked_after_the_list(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "你都收录了哪些报告", "分别是哪一年的")
    check_cited(answer)
    assert answer.kind == "table"
    assert "叶城县：2023年度[" in answer.answer
    # A report's own year is no period of a figure.
    assert "统计时段" not in answer.answer


def test_a_blank_in_a_quoted_sentence_asks_its_figure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰报告写“全年调解矛盾纠纷___件”，空里填几")
    check_cited(answer)
    assert "85件" in answer.answer


def test_a_statement_put_forward_is_checked_either_way(lexical_service: AnswerService) -> None:
    denied = lexical_service.ask("普兰说过有复议案子被法院撤销，对吗")
    assert denied.answer.startswith("核对：与所述不符")
    assert "无一起被法院撤销" in denied.answer.splitlines()[0]
    agreed = lexical_service.ask("额敏是不是设立了“法治体检室”，对不对")
    assert agreed.answer.startswith("核对：与所述一致")
    # A figure put before what it counts is checked against the figure of that thing.
    figure = lexical_service.ask("叶城有1200名调解员，这个说法对吗")
    first = figure.answer.splitlines()[0]
    assert first.startswith("核对：与所述不符") and "2186名调解员" in first


def test_a_place_weighed_against_the_others_is_ranked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("论复议案件数，普兰跟其他县比算多吗")
    check_cited(answer)
    assert answer.kind == "ranking"
    assert answer.answer.startswith("普兰县在给出该数字的4份报告中排第4")
    assert "额敏县：全年接收行政复议案件38件" in answer.answer


def test_a_report_s_structure_against_the_others(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰报告的结构跟别的几份有什么区别")
    check_cited(answer)
    assert "普兰县：一、工作开展情况[" in answer.answer
    assert "五、其他需要报告的情况[" in answer.answer
    example = lexical_service.ask("以普兰为例，共几个部分")
    assert example.answer.startswith("普兰县（共3个部分）：一、工作开展情况[")


def test_a_follow_up_inside_the_part_just_listed(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城明年普法怎么打算的", "其中要宣传哪些法规")
    check_cited(answer)
    assert "《中华人民共和国民法典》" in answer.answer
    assert all("2024年度" in c.section for c in answer.citations)


def test_the_items_of_a_numbered_part_just_listed(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰下一步打算有哪几方面", "第二个方面有哪几点")
    check_cited(answer)
    assert "(二)深化法治政府建设[" in answer.answer
    assert "健全行政复议纠错机制" in answer.answer


def test_items_just_told_added_up_and_one_s_share(lexical_service: AnswerService) -> None:
    summed = asked_in_turns(lexical_service, "普兰法律援助办了哪几类案件", "那几项加起来多少件")
    assert "合计136件" in summed.answer
    share = asked_in_turns(
        lexical_service, "普兰法治经费怎么安排的", "加起来多少", "普法那块占多大比例"
    )
    check_cited(share)
    assert "占合计13万元" in share.answer and "23.1%" in share.answer


def test_parts_after_a_whole_the_question_names(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城受理法律援助案件的分项加起来和543件对得上吗")
    assert "其后所列各项合计543件（177+11+355），与所写543件一致" in answer.answer


def test_a_year_s_reports_summed_after_a_turn_on_one(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "各县调处纠纷数量，列表：县名、件数、成功率",
        "叶城那个是一年的吗",
        "光算2025年的那几家，合计呢",
    )
    check_cited(answer)
    assert "合计1628件" in answer.answer


def test_a_township_pointed_at_by_its_level_is_added(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各县调处纠纷数量，额敏和普兰比比", "再加上乡镇那份")
    check_cited(answer)
    assert "阿克陶县克孜勒陶镇：全年化解矛盾纠纷168件" in answer.answer


def test_a_difference_of_two_things_each_named_in_its_clause(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏注销执法证件的人数比新申领执法证的多几个")
    assert "57人" in answer.answer and "多15人" in answer.answer


def test_a_part_the_report_does_not_break_down(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏行政复议案件里被撤销的有几件")
    assert answer.answer.startswith("报告未写明被撤销的数字")


def test_a_part_named_by_its_own_heading(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城报告里其他需要报告的情况那一部分写了啥")
    check_cited(answer)
    assert "五、其他需要报告的情况[1]" in answer.answer
    assert "该部分只有标题" in answer.answer


def test_whether_every_report_gives_the_figure_named(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("出庭应诉率是不是各报告都是100%")
    check_cited(answer)
    assert answer.answer.startswith("给出该数字的报告都是100%[1][2]")


def test_a_figure_named_first_then_who_lacks_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("办结率这项数据，哪些份没写")
    check_cited(answer)
    assert answer.kind == "table"
    assert "未提及：额敏县" in answer.answer


def test_a_whether_said_asked_a_not_a(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰报告讲没讲调解")
    check_cited(answer)
    assert answer.answer.startswith("普兰县的报告提到了“调解”：")
    framed = lexical_service.ask("普兰报告里有没有普法的内容")
    assert framed.answer.startswith("普兰县的报告提到了“普法”：")


def test_the_names_of_things_counted_are_no_report_title(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("没写县名那份的6项制度各叫啥")
    assert "报告列出名称的有3项" in answer.answer


def test_whether_a_figure_of_a_thing_is_given(lexical_service: AnswerService) -> None:
    assert lexical_service.ask("普兰有没有执法证注销的数据").abstained
    field = lexical_service.ask("普兰普法这块有没有具体数据")
    check_cited(field)
    assert "开展“法律十进”活动26场次" in field.answer


def test_the_asker_s_own_plans_ask_nothing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "我们村想请律师给几户人家做法律咨询，听说有的县搞了法治体检。叶城、003两家，体检企业各几家？"
    )
    check_cited(answer)
    assert "想请律师" not in answer.answer
    assert "42家" in answer.answer and "36家" in answer.answer


def test_a_rate_worked_out_of_two_counts_that_give_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏清欠的执行率是怎么算的")
    assert "14件÷16件=87.5%，与报告所写执行率87.5%一致" in answer.answer


def test_a_figure_just_given_broken_down(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城受理了多少法律援助案件", "各类分别多少")
    check_cited(answer)
    assert (
        "分项：指派刑事法律援助案件177件、指派民事案件11件、认罪认罚案件355件[1]" in answer.answer
    )
    assert len(answer.citations) == 1


def test_an_absence_doubted_is_asked_of_that_report(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "哪些报告提到了“扫码入企”", "普兰那份确实没写吗")
    assert answer.answer == "普兰县的报告没有提到“扫码入企”。"


def test_one_side_set_against_the_place_asked_before(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏抽查了多少案卷", "跟003那份比谁多")
    check_cited(answer)
    assert answer.kind == "comparison"
    assert "额敏县为126件[1]，多于未署名报告（003_fb758e20d058b773.txt）的104份[2]" in answer.answer


def test_a_year_s_sum_after_an_order_asked(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "各县调解矛盾纠纷件数从多到少排一下", "2025年的四份加起来一共多少件"
    )
    assert "合计1628件" in answer.answer


def test_how_many_times_asked_roughly(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏和普兰行政复议案件各多少，额敏大概是普兰的几倍")
    check_cited(answer)
    assert "是普兰县的1件[2]的38倍" in answer.answer
    assert "无法比较" not in answer.answer


def test_more_asked_of_a_part_just_listed(lexical_service: AnswerService) -> None:
    turns = ("普兰存在哪些问题", "还有别的吗")
    before = asked_in_turns(lexical_service, *turns[:1])
    answer = asked_in_turns(lexical_service, *turns)
    check_cited(answer)
    assert answer.answer == before.answer
    assert answer.notice == "报告该部分的内容已全部列出，没有更多条目"


def test_how_a_report_found_says_it_asked_inside_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "哪几份报告写了“扫码入企”", "额敏那份里面是怎么写的")
    check_cited(answer)
    assert answer.answer.startswith("额敏县：全面落实“扫码入企”工作要求")
