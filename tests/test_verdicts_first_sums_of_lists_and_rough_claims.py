"""Whether figures may be weighed said first, and said once; the places of the reports found
asked beside; a thing of the same kind counted in the measure asked before; how to round,
read as no question; the things one turn listed added up; a share of a whole written round;
the reports counted before "里"; a table asked in other words; a whether-clause naming the
thing its items are of; a matter's stage said in another of its words; files counted in their
own measure; the last item's own words; a part named in quotes and called a part; an item
numbered after another was told whole; what a thing takes in, asked; a follow-up ranking read
in the field before it; a sum and which is more; an attribute handed over; names offered
together; the first items; figures put forward as rough; figures pointed at; a term pointed
at; an amount of a noun; a tie between two things as one term."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_cited

from retrieval.service import AnswerService


def test_whether_figures_may_be_weighed_is_said_first_and_once(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("每份报告行政复议收案数各是多少？这几个数字可以直接拿来比吗")
    check_cited(answer)
    assert answer.answer.startswith("统计时段不同，不能直接比较。")
    assert answer.answer.count("38件") == 1


def test_the_places_of_the_reports_found_need_no_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("搞法治体检的有哪几份报告？各是哪个县的")
    check_cited(answer)
    assert answer.answer.startswith("3份报告提到“法治体检”")
    assert "报告的地区" not in answer.answer


def test_a_thing_of_the_same_kind_is_counted_as_before(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城权责清单里行政处罚有几项", "行政强制呢")
    assert answer.answer == "叶城县（按上一问）：行政强制156项[1]"


def test_how_to_round_asks_nothing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "叶城县权责清单一共有多少项职权",
        "其中行政许可多少项",
        "占比多少？保留两位小数",
    )
    assert "行政许可208项[1]占梳理行政职权3415项[1]的6.1%（按所引数字计算）" in answer.answer


def test_the_things_the_last_turn_listed_are_added(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "叶城县权责清单有多少项职权",
        "行政征收、行政给付、行政裁决各有几项？",
        "这三样合起来几项",
    )
    assert "行政征收8项[1]、行政给付31项[1]与行政裁决10项[1]合计49项" in answer.answer


def test_a_part_of_a_whole_written_round(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏的检查码库，个体工商户在市场主体里占几成")
    assert "个体工商户12914户[1]占市场主体（12914户+1856户=14770户）[1]的87.4%" in answer.answer


def test_the_reports_counted_before_li_are_every_report(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰复议收到多少件", "那额敏呢", "五份报告里谁最多")
    check_cited(answer)
    assert answer.answer.startswith("最多的是额敏县：38件[1]")


def test_a_table_asked_in_other_words_is_laid_out(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "把每份报告调处纠纷的件数整成表格", "谁最多")
    assert answer.answer.startswith("最多的是叶城县：5726件[1]")


def test_items_of_the_thing_a_whether_clause_names(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰报告里提没提法治经费？各项多少钱", "合计多少")
    assert "合计13万元（2万元+3万元+8万元，按所引数字相加）" in answer.answer


def test_a_stage_said_in_another_of_its_words(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "法律援助这块，叶城县受理几件？003号报告办理几件？叶城是它的几倍？"
    )
    check_cited(answer)
    assert "办理法律援助案件103件" in answer.answer
    assert (
        "叶城县为543件[1]，是未署名报告（003_fb758e20d058b773.txt）的103件[2]的约5.3倍"
        in answer.answer
    )


def test_files_counted_in_their_own_measure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰、额敏以及003号报告，执法案卷各评查了多少件")
    check_cited(answer)
    assert "抽查案卷104份" in answer.answer
    assert "其后依次为未署名报告（003_fb758e20d058b773.txt）（104份[3]）" in answer.answer
    # Asked alone, a count in the measure asked is not stretched to the files' own.
    alone = lexical_service.ask("额敏县累计抽查执法案卷多少件？")
    assert "22份" not in alone.answer


def test_the_last_item_s_own_words(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰今后的打算有几条", "最后那条的原文是什么")
    assert answer.answer.startswith("普兰县（按上一问）：(四)加强法治队伍建设[1]")
    assert "不少于4次" in answer.answer


def test_a_part_named_in_quotes_and_called_a_part(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城报告“公正文明执法”那部分写了几条")
    check_cited(answer)
    assert answer.answer.startswith("叶城县（共4条）：(六)公正文明执法水平不断提高")


def test_an_item_numbered_after_another_was_told_whole(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "叶城报告“公正文明执法”那部分写了几条",
        "第二条展开讲讲",
        "最后一条里培训了多少名执法人员",
    )
    assert "532名行政执法人员" in answer.answer


def test_what_a_thing_takes_in_is_no_which_reports(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "克镇合规审核的重大事项有多少项", "这些事项涉及哪些领域"
    )
    assert answer.kind != "mentions"
    assert "没有报告提到" not in answer.answer


def test_a_ranking_after_turns_on_a_field_is_read_in_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "每份报告评查过多少件案卷", "查出或整改了的问题各有几个？从多到少排"
    )
    check_cited(answer)
    assert "1. 额敏县：累计…督促整改程序违法、文书不规范等问题230个[1]" in answer.answer


def test_a_sum_and_which_is_more(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰跟003号报告的热线办件数加在一起多少？谁更多")
    check_cited(answer)
    lines = answer.answer.splitlines()
    assert lines[-2].startswith("合计1750件")
    assert lines[-1].startswith("普兰县为1020件[1]，多于")


def test_an_attribute_handed_over_is_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克镇那份是哪天成文的？索引号也给我")
    assert "K45893645/2026-00379" in answer.answer
    kept = lexical_service.ask("额敏持证的执法人员现在多少？一句话给我，写稿用")
    assert "585人" in kept.answer


def test_names_offered_together_prefer_the_sentence_saying_both(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("003号报告里法治公园、法治文化长廊写了没")
    check_cited(answer)
    assert "打造法治文化长廊、法治公园12个" in answer.answer


def test_the_first_items_asked_are_a_list(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏的特色亮点，top3")
    assert answer.kind == "list"
    assert "闭环管理" in answer.answer


def test_figures_put_forward_as_rough(lexical_service: AnswerService) -> None:
    more = lexical_service.ask("叶城热线累计受理三万七千多件，没错吧")
    assert more.answer.startswith("核对：与所述约数相符，报告原文：群众办件37116件[1]")
    near = lexical_service.ask("克孜勒陶镇预警信息差不多300条吧，对吗")
    assert near.answer.startswith("核对：与所述约数相符")
    far = lexical_service.ask("克孜勒陶镇预警信息大约200条，对吗")
    assert far.answer.startswith("核对：与所述不符")


def test_figures_pointed_at_are_checked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003那份抽查案卷104份、整改问题33个，这两个数我没记错吧")
    lines = answer.answer.splitlines()
    assert lines[0] == "核对：与所述一致，报告原文：抽查案卷104份[1]"
    assert lines[1] == "核对：与所述一致，报告原文：整改各类问题33个[1]"


def test_a_term_pointed_at(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "“一村一警”哪几份报告写了", "叶城县报告里有没有写到这个"
    )
    assert answer.answer == "叶城县的报告没有提到“一村一警”。"


def test_an_amount_of_a_noun_is_counted_as_it(lexical_service: AnswerService) -> None:
    assert lexical_service.ask("额敏政务服务大厅的办件量是多少").abstained
    answer = lexical_service.ask("普兰那边政务大厅的办件量是多少")
    assert "9938件" in answer.answer


def test_a_tie_between_two_things_is_one_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("行政执法同刑事司法的衔接，哪份报告写过")
    check_cited(answer)
    assert "1份报告" in answer.answer
    assert "《加强行政执法与刑事司法衔接工作机制》" in answer.answer
    # (Not two terms asked apart: every report says 行政执法.)
    assert "5份报告" not in answer.answer


def test_a_check_then_another_figure_in_one_message(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号报告里取得执法证的是216人，对吧？还有，年审了多少名执法人员")
    check_cited(answer)
    assert answer.answer.startswith("核对：与所述一致，报告原文：216人取得执法证[1]")
    assert "完成427名执法人员证件年审" in answer.answer


def test_a_share_asked_about_roughly(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城县的权责清单总共有多少项职权", "其中行政强制占比大约多少"
    )
    assert "行政强制156项[1]占梳理行政职权3415项[1]的4.6%" in answer.answer


def test_asked_whether_it_is_written_so(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏复议纠错行政行为3件，纠错率是25%，报告是这么写的吗")
    assert answer.answer.startswith("核对：与所述一致，报告原文：通过行政复议纠错行政行为3件[1]")


def test_titles_asked_listed_say_how_many_are_unnamed(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号报告里的6项制度，请逐项列出")
    assert "其余3项未列名称（原文为“等6项制度”）" in answer.answer


def test_one_report_s_parts_laid_out_as_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰的法治经费各项多少，做个表")
    check_cited(answer)
    lines = answer.answer.splitlines()
    assert lines[:2] == ["普兰县：", "类别｜数量"]
    assert "普法经费｜3万元[1]" in lines and "法律顾问经费｜8万元[1]" in lines


def test_what_is_left_undone_is_worked_out(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏清欠那批标的较大的民事案件，没履行的有几件")
    check_cited(answer)
    assert answer.answer.splitlines()[-1] == "未履行：2件（按所引数字计算：16件−14件）[1]"
    hotline = lexical_service.ask("叶城热线还剩几件没办结")
    assert "未办结：34件（按所引数字计算：37116件−37082件）" in hotline.answer
