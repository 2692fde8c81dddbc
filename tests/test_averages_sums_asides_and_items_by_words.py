"""A rate is the rate of the thing named with it; the reports found, asked how they carried
it out; the plans for a sub-item pointed at by a pronoun; what the bot does, asked after
statements that ask nothing; averages asked in the turn after their figures, by 件均 and
户均, and in 万; sums of money named by 钱 or pointed at as "那两笔"; a run of one noun's
amounts shown whole; "没有的就写没有" on a table; a term quoted in a statement before the
question; an item named in other words; a follow-up weighing a thing in short; one year's
reports ranked again after a remark; a report described before and another thing asked of
it; a change asked, said by a share; "btw" and pictures between questions; a sentence only
asking whether a figure is stated; the reports silent on a thing named again."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_cited

from retrieval.service import AnswerService


def test_a_rate_is_of_the_thing_named_with_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县的复议案子办结率有多高")
    check_cited(answer)
    # (The 100% of 人大 suggestions handled is of something else: the rate is worked out.)
    assert "11件÷11件" in answer.answer
    assert all("人大" not in c.excerpt for c in answer.citations)


def test_the_reports_found_asked_how_they_carried_it_out(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "枫桥经验在哪些报告里出现", "这两家具体是怎么推进的")
    check_cited(answer)
    assert answer.kind == "mentions"
    assert all("枫桥经验" in c.excerpt for c in answer.citations)


def test_plans_for_a_sub_item_pointed_at_with_a_pronoun(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "克孜勒陶镇化解纠纷的机制有什么短板", "接下来他们打算怎样解决这些"
    )
    check_cited(answer)
    assert "健全矛盾化解机制" in answer.answer
    assert all("三、下一步" in c.section for c in answer.citations)


def test_what_the_bot_does_after_statements_that_ask_nothing(
    lexical_service: AnswerService,
) -> None:
    for question in (
        "你好，我在乡里做司法助理，这方面还是个生手，你能帮我查点什么",
        "您好，组织部的，年前要写汇报材料。这个都能查些什么？",
    ):
        answer = lexical_service.ask(question)
        assert answer.kind == "chitchat", question
        assert not answer.citations
    # (Asking whether it looks one thing up is asking that thing.)
    asked = lexical_service.ask("我想看看普兰县的行政复议，你能帮我查吗")
    assert asked.kind != "chitchat"


def test_an_average_asked_after_its_figures_in_wan(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏在拖欠账款清理中，民事案件已经履行的有几件，到位金额呢",
        "以履行的件数来平均，每件执行回来几万",
    )
    check_cited(answer)
    assert "平均每件约61.12万元" in answer.answer


def test_averages_by_jun_after_the_measure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏的减免责案件数和减免的总额各是多少？件均几元")
    check_cited(answer)
    assert "平均每件约1629.81元" in answer.answer
    two = asked_in_turns(
        lexical_service,
        "克孜勒陶镇搞的积分兑换，赋分总数、户数、兑换的钱分别多少",
        "换算下来每一分合几元，户均拿到几元",
    )
    check_cited(two)
    assert "平均每分约1.34元" in two.answer
    assert "平均每户约101.88元" in two.answer


def test_money_named_by_qian_is_summed(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县在公证上减免的钱一共多少")
    check_cited(answer)
    assert "合计43900元" in answer.answer
    pointed = asked_in_turns(lexical_service, "叶城公证方面减免了多少钱", "这两笔合计多少")
    check_cited(pointed)
    assert "合计43900元" in pointed.answer


def test_a_run_of_one_nouns_amounts_is_shown_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县今年有多少经费由财政拨付")
    check_cited(answer)
    assert all(f in answer.answer for f in ("2万元", "3万元", "8万元"))
    # (One kind of them named: that one alone.)
    one = lexical_service.ask("普兰县普法经费多少")
    assert "3万元" in one.answer and "8万元" not in one.answer


def test_a_table_whose_missing_cells_are_to_say_so(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各地持证执法人员分别多少，列表，哪份没这个数就填无")
    check_cited(answer)
    assert "585人" in answer.answer


def test_a_term_quoted_in_a_statement_before_the_question(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("想做一期“扫码入企”的节目，哪几家写过")
    check_cited(answer)
    assert answer.kind == "mentions"
    assert all("扫码入企" in c.excerpt for c in answer.citations)


def test_an_item_told_before_named_in_other_words(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "003那份报告存在问题有几条", "关于执法不规范的那条，今后打算怎么改进"
    )
    check_cited(answer)
    assert "提升执法质效" in answer.answer


def test_an_item_named_by_its_words_asked_what_it_says(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "克孜勒陶镇的问题分几个方面", "监督制约机制那条具体写了什么"
    )
    check_cited(answer)
    assert "监督制约机制有待进一步完善" in answer.answer.splitlines()[0]
    assert "法治意识" not in answer.answer


def test_a_follow_up_weighs_the_thing_said_before_in_short(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏和克孜勒陶两地执法人员培训各几次", "那培训次数哪个多"
    )
    check_cited(answer)
    assert "均为3次" in answer.answer
    assert "12期" not in answer.answer


def test_one_years_reports_ranked_again_after_a_remark(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "哪家的12345办件数最多", "叶城那个是开通以来累计的吧？只排2025年度的"
    )
    check_cited(answer)
    assert answer.kind == "ranking"
    assert answer.answer.startswith("在2025年度的报告中")
    assert "叶城" not in answer.answer


def test_another_thing_asked_of_a_report_described_before(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service, "有份报告写了“智慧检务中心”，那个县复议案件几件", "出庭应诉那块呢"
    )
    check_cited(answer)
    assert "2件" in answer.answer
    assert all("出庭" in c.excerpt for c in answer.citations)


def test_a_change_asked_is_said_by_a_share(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "扫码入企是哪几份在搞", "涉企检查的次数同比下降了多少")
    check_cited(answer)
    assert "28.42%" in answer.answer
    # (A figure said as no change is none: 额敏's code library changed nothing.)
    assert "1.4万户" not in answer.answer


def test_btw_and_pictures_part_questions(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县的热线里咨询类有几件 btw政务服务中心投资多少")
    check_cited(answer)
    assert "815件" in answer.answer and "2200万" in answer.answer
    summed = asked_in_turns(lexical_service, "普兰法治经费分几块🙂", "这几项一共多少")
    check_cited(summed)
    assert "合计13万元" in summed.answer


def test_whether_a_figure_is_stated_asks_nothing_more(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏群众满意度具体是多少啊 报告里有没有具体数字")
    assert answer.abstained
    assert "按上一问" not in answer.answer


def test_the_reports_silent_on_the_thing_named_again(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "复议案件数量哪一家排第一", "有哪份没写复议案件数的")
    check_cited(answer)
    assert "未提及：阿克陶县克孜勒陶镇" in answer.answer


def test_an_area_is_stated_only_by_a_measure_of_area(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰政务服务中心占地多大")
    # (The money invested in it states no area.)
    assert answer.abstained


def test_the_place_of_an_unnamed_report_asked_of_the_bot(
    lexical_service: AnswerService,
) -> None:
    for question in ("003那份报告你能判断出是哪个县的吗", "没署县名的那份究竟是哪个县的，哪个市的"):
        first = lexical_service.ask(question).answer.splitlines()[0]
        # (No county is guessed: the report is said to state none.)
        assert "未载明地区" in first or "未写明所属地区" in first, question


def test_what_one_report_says_is_not_read_as_a_word(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰那份报告里说法治建设有哪些短板")
    check_cited(answer)
    assert answer.kind == "list"
    assert "法治建设均衡性不足" in answer.answer


def test_the_least_then_whether_any_report_is_silent(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "化解的矛盾纠纷哪家最多", "那最少的是谁？有没有哪家压根没给数字"
    )
    check_cited(answer)
    assert answer.answer.startswith("最少的是")


def test_two_common_words_side_by_side_are_no_slip(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰新政务服务中心的投资额是多少，我想去看看")
    check_cited(answer)
    assert "相去" not in answer.answer


def test_another_report_described_after_one_named(lexical_service: AnswerService) -> None:
    for then in ("那份没署县名的，发文机构和成文日期呢", "不写县名的那一份呢"):
        answer = asked_in_turns(lexical_service, "普兰县那份由哪家机构发文", then)
        # (The report described, not 普兰's, is asked: it states neither.)
        assert "普兰" not in answer.answer, then
        assert "003_fb758e20d058b773.txt" in answer.answer, then


def test_part_of_a_dictionary_word_is_no_slip(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("群众觉得不公，往上头去申请复议的，额敏收了多少件")
    assert not answer.notice or "网上" not in answer.notice
    # (A slip inside no such word is still put right.)
    slip = lexical_service.ask("额敏县覆议案件多少件")
    assert slip.notice is not None and "“复议”" in slip.notice


def test_the_place_of_a_report_described_in_a_follow_up(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "五份报告各是哪里哪年度的，做张表", "没署县名那份，你能判断出是哪个县吗"
    )
    assert answer.answer.startswith("报告未写明所属地区")


def test_figures_of_two_things_asked_are_not_added(lexical_service: AnswerService) -> None:
    # ("一共" of one thing, another asked beside it: no sum of the two.)
    answer = lexical_service.ask("额敏持有执法证的人员总共几个？被注销的执法证又有几本")
    assert "合计" not in answer.answer


def test_which_reports_leave_a_term_out_after_a_table(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "负责人出庭应诉各报告分别怎么写的", "哪几份没有提到出庭应诉"
    )
    assert answer.kind == "mentions"
    assert "普兰县" in answer.answer and "叶城县" in answer.answer
