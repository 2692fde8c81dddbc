"""Turns asked place by place (a message whose sentences or clauses each ask their own place,
the last turns laid out as one table, a place added to those the turns ran through), sums and
shares said in other words ("总和", "加一下", "一共", "那个里面…占多大比例"), and follow-ups
on what was told (the period of two figures, the plans answering an item, another report
named by what it says)."""

from __future__ import annotations

from answer_rules import SAMPLES, asked_in_turns, check_answer, check_cited

from retrieval.answer.table_block import TABLE_HEAD
from retrieval.query.instructions import without_instructions
from retrieval.query.laid_out import laid_out_only
from retrieval.query.told_again import things_apart
from retrieval.query.verdicts import asks_sum
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_a_second_figure_counting_another_thing_is_left_out(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏案卷评查时抽查了多少卷")
    check_cited(answer)
    assert "126件" in answer.answer
    # "…重点抽查，通过行政复议纠错行政行为3件": its figure counts what its own clause names.
    assert "3件" not in answer.answer


def test_a_sum_of_a_thing_named_either_way(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("2025年的报告里化解或者调解纠纷加起来多少件")
    check_answer(answer)
    assert "合计1628件" in answer.answer


def test_sums_said_otherwise(lexical_service: AnswerService) -> None:
    assert asks_sum("各县行政复议案件总和是多少") and asks_sum("把两家的数加一下")
    assert not asks_sum("加强执法监督") and not asks_sum("总数据")
    for question in ("把普兰和额敏的复议案件数加一下", "额敏和普兰的行政复议案件一共多少件"):
        answer = lexical_service.ask(question)
        check_answer(answer)
        assert "合计39件" in answer.answer, answer.answer
    answer = lexical_service.ask("各县行政复议案件总和是多少")
    check_answer(answer)
    assert "合计60件" in answer.answer


def test_the_year_of_each_figure_asked_by_which_year(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各县行政复议案件数，标明是哪一年的")
    check_cited(answer)
    assert "叶城县为2023年以来" in answer.answer
    assert "11件" in answer.answer and "38件" in answer.answer


def test_the_last_turns_laid_out_place_by_place(lexical_service: AnswerService) -> None:
    assert laid_out_only("换成表格放一起") and laid_out_only("做成表格")
    answer = asked_in_turns(
        lexical_service,
        "003那份涉企检查同比降了多少",
        "额敏检查码库覆盖多少户市场主体",
        "把这两家的情况列成表格",
    )
    check_cited(answer)
    assert "28.42%" in answer.answer and "1.4万户" in answer.answer
    assert {c.source for c in answer.citations} == {UNNAMED, EMIN}


def test_a_bare_table_after_a_run_of_places(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏复议收了几件", "普兰呢", "做成表格")
    check_cited(answer)
    assert "38件" in answer.answer and "申请1件" in answer.answer
    # After two turns on one place, a table is that turn's answer again.
    again = asked_in_turns(lexical_service, "额敏复议收了几件", "调解和解率呢", "做成表格")
    assert {c.source for c in again.citations} == {EMIN}


def test_sentences_each_of_a_place_of_its_own(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003那份涉企检查同比降了多少？额敏检查码库覆盖了多少市场主体？")
    check_cited(answer)
    assert "28.42%" in answer.answer and "1.4万户" in answer.answer


def test_clauses_each_of_a_place_after_a_field(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("执法证方面：额敏现有持证多少人，普兰新增多少本，并排列出来")
    check_cited(answer)
    assert "585人" in answer.answer and "25本" in answer.answer
    # Things of their own are no one thing to rank.
    assert "最多" not in answer.answer


def test_two_just_told_weighed_on_the_count_asked(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "普兰调解了多少件纠纷",
        "克孜勒陶镇呢，化解几件，有没有写资金",
        "两个比一下哪个多",
    )
    check_answer(answer)
    assert "168件" in answer.answer and "85件" in answer.answer


def test_a_part_share_of_the_figure_just_told(lexical_service: AnswerService) -> None:
    turns = ("法律援助案件哪几家写了件数", "叶城和003加一起多少件")
    summed = asked_in_turns(lexical_service, *turns)
    check_answer(summed)
    assert "合计646件" in summed.answer
    answer = asked_in_turns(lexical_service, *turns, "叶城那个里面认罪认罚占多大比例")
    check_cited(answer)
    assert "65.4%" in answer.answer
    # "其中…占比" keeps the share of the whole asked before.
    assert lexical_service.ask("叶城那个里面认罪认罚占多大比例").abstained


def test_an_average_per_thing_of_its_measure(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "克孜勒陶镇积分兑换的情况", "平均一户兑了多少钱")
    check_cited(answer)
    assert "平均每户约101.88元" in answer.answer
    answer = lexical_service.ask("额敏减免责案件平均每件减免多少钱")
    check_cited(answer)
    assert "约1629.81元" in answer.answer


def test_the_other_places_asked_a_thing_named_after(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏复议案件多少件", "其他几家呢，复议案件各多少件")
    check_cited(answer)
    assert "申请1件" in answer.answer and "11件" in answer.answer


def test_a_request_to_work_out_what_is_not_stated(lexical_service: AnswerService) -> None:
    asked = "额敏复议调解和解率和003那份比谁高？003没写比率的话就按它的数字算"
    assert "算" not in without_instructions(asked)
    answer = lexical_service.ask(asked)
    check_cited(answer)
    assert "71.43%" in answer.answer and "40%（4件÷10件" in answer.answer


def test_a_report_named_by_what_it_says_in_a_follow_up(lexical_service: AnswerService) -> None:
    described = "那个建了全市首个智慧检务中心那个县呢"
    answer = asked_in_turns(lexical_service, "普兰的12345热线一年办件多少", described)
    check_cited(answer)
    assert "730件" in answer.answer
    assert {c.source for c in answer.citations} == {UNNAMED}


def test_the_first_three_asked_with_a_measure_word(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各县调解矛盾纠纷排个前三")
    check_cited(answer)
    first = answer.answer.splitlines()[0]
    assert "5726件" in first and "963件" in first and "412件" in first


def test_whether_figures_compare_after_a_ranking(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "调解纠纷件数哪家最多", "跟别的能直接比吗")
    check_cited(answer)
    assert "叶城县为2023年以来" in answer.answer
    answer = asked_in_turns(lexical_service, "额敏复议收了几件", "叶城呢", "这两个数是同一年的吗")
    assert "额敏县为2025年全年" in answer.answer and "叶城县为2023年以来" in answer.answer


def test_a_place_added_to_those_the_turns_ran_through(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏复议收了几件", "普兰呢", "把叶城也算上比一比")
    check_answer(answer)
    assert {c.source for c in answer.citations} == {EMIN, PULAN, YECHENG}
    assert "额敏县为38件" in answer.answer


def test_each_thing_of_a_list_from_its_own_part(lexical_service: AnswerService) -> None:
    asked = "克孜勒陶镇下一步在行政复议和行政应诉两方面怎么打算"
    assert len(things_apart(asked, "")) == 2
    assert things_apart(asked, "行政复议 行政应诉") == []
    answer = lexical_service.ask(asked)
    check_cited(answer)
    assert "发挥行政复议作用" in answer.answer and "加强行政应诉工作" in answer.answer


def test_the_plans_answering_the_item_pointed_at(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰存在的不足有哪几条", "第三条具体说说", "打算里有没有对应这条的措施"
    )
    check_cited(answer)
    assert "法律顾问" in answer.answer
    assert "持续强化责任落实" not in answer.answer


def test_one_report_silent_on_a_term_is_named(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰提没提法律明白人")
    assert answer.answer.startswith("普兰县的报告没有提到“法律明白人”"), answer.answer
    assert answer.citations == []


def test_an_item_said_in_clauses_is_no_bare_heading(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "003那份存在哪些问题", "第二条展开讲讲")
    check_cited(answer)
    assert "持证率不足" in answer.answer
    assert "只有标题" not in answer.answer


def test_a_place_share_of_every_report_in_one_question(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏的行政复议案件占各县合计的比例")
    check_cited(answer)
    assert "合计60件" in answer.answer
    assert "额敏县38件[1]占合计60件的63.33%" in answer.answer


def test_the_other_reports_added_to_two_weighed(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏和普兰的行政复议案件各多少", "再加上另外几家")
    check_cited(answer)
    assert {c.source for c in answer.citations} == {EMIN, PULAN, UNNAMED, YECHENG}


def test_it_points_at_the_report_just_asked_of(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县的复议案件多少", "那它有没有提到行政诉讼")
    assert answer.answer.startswith("普兰县的报告没有提到“行政诉讼”"), answer.answer
    assert answer.citations == []


def test_a_share_of_a_round_whole_is_of_its_exact_parts(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏个体工商户占市场主体多少比例")
    check_cited(answer)
    # 1.4万户 is written round; the parts right after it add up to 14770户.
    assert "12914户+1856户=14770户" in answer.answer
    assert "87.4%" in answer.answer and "1.4万户为约数" in answer.answer


def test_clauses_of_one_doing_are_summed(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城公证减免的钱一共多少")
    check_cited(answer)
    assert "减免公证费6700元、减免现场费37200元" in answer.answer
    assert "合计43900元" in answer.answer
    # A clause of another doing in the measure asked is no part of the total.
    held = lexical_service.ask("额敏现在持有执法证的人总计几个")
    assert "57人" not in held.answer and "合计" not in held.answer


def test_the_words_of_the_report_asked_again_whole(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城诉前调解多少件", "原文呢")
    check_cited(answer)
    assert "在法院设立人民调解工作室1个" in answer.answer
    assert "共计开展诉前调解680件,出具司法确认书652份" in answer.answer


def test_an_item_asked_in_full_is_not_cut(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城县存在的不足有哪些", "第一条详细讲讲")
    check_cited(answer)
    assert "存在法治与业务两张皮、两套思维的现象" in answer.answer


def test_report_lines_laid_out_as_a_table_when_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各地复议案件各几件？做成表格")
    check_answer(answer)
    lines = answer.answer.splitlines()
    assert lines[0] == TABLE_HEAD
    assert any(line.startswith("未署名报告（003_fb758e20d058b773.txt）｜") for line in lines)
    # Asked without a table, the lines stand alone.
    plain = lexical_service.ask("各地复议案件各几件")
    assert TABLE_HEAD not in plain.answer


def test_two_told_added_then_averaged(lexical_service: AnswerService) -> None:
    turns = ("额敏复议案件多少", "叶城呢", "两个加起来")
    summed = asked_in_turns(lexical_service, *turns)
    check_answer(summed)
    # "两个" points at the two told; it counts no thing of its own.
    assert "合计49件" in summed.answer
    averaged = asked_in_turns(lexical_service, *turns, "平均每家多少")
    check_cited(averaged)
    assert "平均每份约24.5件" in averaged.answer


def test_sums_asked_after_two_places_in_other_words(lexical_service: AnswerService) -> None:
    for asked in ("两家一共多少", "总数呢", "这俩合计多少"):
        answer = asked_in_turns(lexical_service, "额敏复议案件多少", "普兰呢", asked)
        check_answer(answer)
        assert "合计39件" in answer.answer, (asked, answer.answer)
    for asked in ("再加上叶城一共多少", "叶城也算上，总共多少"):
        answer = asked_in_turns(lexical_service, "额敏复议案件多少", "普兰呢", asked)
        check_answer(answer)
        assert "合计50件" in answer.answer, (asked, answer.answer)


def test_a_verdict_read_to_part_of_anothers_figures_is_left_out(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask(
        "执法案卷评查：额敏、普兰和003那份分别抽查/评查多少件案卷，整改或发现多少问题？"
        "查案卷最多的是哪家"
    )
    check_answer(answer)
    # The unnamed report counts its files as "抽查案卷104份": no verdict says it states none.
    assert "未提及可比较的数字" not in answer.answer
    assert any("（104份[3]）" in line for line in answer.answer.splitlines())


def test_how_reports_word_a_term_is_no_part_of_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("草场纠纷哪些报告提到了，怎么描述的")
    assert answer.answer.startswith("2份报告提到“草场纠纷”"), answer.answer
    assert {c.source for c in answer.citations} == {EMIN, AKETAO}


def test_whether_a_figure_is_given_needs_a_figure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇调解几件，也有资金数吗")
    check_cited(answer)
    assert "168件" in answer.answer
    # The town gives no money figure: no sentence without one stands in for it.
    assert answer.answer.splitlines()[1].startswith("也有资金数吗：未在报告中找到")
    given = lexical_service.ask("普兰调解纠纷多少件，也有资金数吗")
    assert "1075万元" in given.answer
