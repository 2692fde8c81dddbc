"""Questions of a petitions clerk, a school law teacher, a terse deputy head, a data reporter:
one "which" asked of several things ranked each; the place of the report just quoted, asked
after "那"; a sum asked in 万元; a share of the items just added up, or of the whole the
part's own sentence lists it in; two kinds listed side by side, no part of each other; a
field named alone; a bracket describing the side pointed at; whether one may ask, and a chart
asked for."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_cited

from retrieval.query.list_shape import field_alone
from retrieval.query.metadata_shape import asks_attribute
from retrieval.query.superlatives import superlatives_each
from retrieval.service import AnswerService


def test_one_which_ranks_each_thing_after_it() -> None:
    assert superlatives_each("哪家法律顾问最多、普法讲座场次最多") == [
        "哪家法律顾问最多",
        "哪家普法讲座场次最多",
    ]
    # A bare count word names nothing to rank; a later clause asking its own is no order.
    assert superlatives_each("谁的讲座场次多、人数多") == []
    assert superlatives_each("哪个县复议案件最多，一共多少件") == []
    assert superlatives_each("诉讼案件数最多的是哪家") == []


def test_each_thing_ranked_across_the_reports(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪家复议案件多、诉讼案件多")
    check_cited(answer)
    assert answer.answer.count("最多的是") == 2
    assert "额敏县：38件" in answer.answer


def test_the_place_of_the_report_just_quoted_asked_after_na(
    lexical_service: AnswerService,
) -> None:
    assert asks_attribute("那这是哪里的报告呢", False)
    assert asks_attribute("那么它是哪里的", False)
    unnamed = asked_in_turns(
        lexical_service, "未署名那份报告，复议案件受理了几件", "那这又是哪里的报告呢"
    )
    assert "未载明地区" in unnamed.answer
    named = asked_in_turns(lexical_service, "额敏县复议案件受理了几件", "那这又是哪里的报告呢")
    check_cited(named)
    assert "报告的地区：额敏县" in named.answer


def test_which_report_went_out_first_typed_with_de(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("这些报告谁发的最早？")
    check_cited(answer)
    assert answer.kind == "ranking"
    assert answer.answer.startswith("最早的是叶城县：2025年09月05日")


def test_three_sides_counted_before_a_figure_in_digits(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县和未署名那家，两家12345办的件数谁多")
    check_cited(answer)
    assert "普兰县为1020件[1]，多于" in answer.answer
    assert "730件" in answer.answer


def test_a_sum_asked_in_wan_yuan(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县给困难群众减免的公证费、现场费，两笔合计多少万元")
    check_cited(answer)
    assert "合计43900元，即4.39万元" in answer.answer
    two = lexical_service.ask("叶城县减免的公证费和现场费加起来是多少万元")
    check_cited(two)
    assert "合计43900元，即4.39万元" in two.answer


def test_a_share_of_the_items_just_added_up(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰的法治经费一共拨了哪几笔", "这几项合起来是多少？普法经费占几成"
    )
    check_cited(answer)
    assert "普法经费3万元" in answer.answer
    assert "23.1%" in answer.answer


def test_a_share_of_the_whole_its_sentence_lists_the_part_in(
    lexical_service: AnswerService,
) -> None:
    for question in ("叶城县行政强制占比多少", "叶城县权责清单里行政强制占比是多少"):
        answer = lexical_service.ask(question)
        check_cited(answer)
        assert "行政强制156项" in answer.answer, question
        assert "4.6%" in answer.answer, question


def test_kinds_listed_side_by_side_give_no_rate(lexical_service: AnswerService) -> None:
    # 叶城 lists 许可 and 处罚 cases side by side: neither is the whole of the other.
    answer = lexical_service.ask("叶城县行政处罚案件所占比例")
    assert "9691件" not in answer.answer or "÷" not in answer.answer
    # A count and the part of it done (10件, 4件 settled) still give the rate.
    worked = lexical_service.ask("没署名那份的调解和解率为多少")
    check_cited(worked)
    assert "40%" in worked.answer


def test_a_request_to_mind_the_measures_asks_nothing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("案卷评查抽查的卷宗谁最多，单位注意件和份别弄混")
    check_cited(answer)
    assert answer.answer.startswith("最多的是额敏县：126件")


def test_days_between_the_two_dates_just_told(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县报告落款日期、网上发布日期都是哪天", "两个日期中间差了几天"
    )
    assert "相隔12天" in answer.answer


def test_sessions_and_attendances_of_one_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告写了“逢九必讲”？各搞几期、多少人次")
    check_cited(answer)
    for figure in ("12期", "41人次", "36期", "15万余人次"):
        assert figure in answer.answer


def test_our_own_body_is_looked_for_by_its_name(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县报告里提没提到我们教育局")
    check_cited(answer)
    assert "提到了“教育局”" in answer.answer


def test_people_taking_part_are_not_the_sessions(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县法治课堂开了几节", "听这些课的学生一共多少人参加"
    )
    assert answer.abstained


def test_the_items_pointed_at_are_added_up(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县的几项法治经费加起来是多少钱")
    check_cited(answer)
    assert "合计13万元" in answer.answer
    assert "1075万元" not in answer.answer


def test_a_side_described_in_brackets(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "额敏县和另一个县（报告里写了整合62个跨部门联合抽查计划的那个）复议案件哪边多"
    )
    check_cited(answer)
    assert "38件" in answer.answer
    assert "10件" in answer.answer


def test_which_did_better_asks_no_thing_of_its_own(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("没署名那个县和额敏县比，出庭应诉方面各咋样？谁做得好点")
    check_cited(answer)
    assert "做得好点：" not in answer.answer
    assert "100%" in answer.answer


def test_whether_one_may_ask_and_a_chart(lexical_service: AnswerService) -> None:
    for question in ("在吗？能问问题不", "你们收录了哪些报告", "我可以提个问题吗"):
        answer = lexical_service.ask(question)
        assert answer.kind == "chitchat", question
    chart = lexical_service.ask("你好，能帮我画个饼图吗")
    assert chart.kind == "chitchat"
    assert "不能直接绘制图表" in chart.answer


def test_a_field_named_alone_lists_the_work_in_it(lexical_service: AnswerService) -> None:
    assert field_alone("应急这块") == "应急方面做了哪些工作"
    assert field_alone("应急演练搞了几次") is None
    assert field_alone("调解室分布在哪几个领域的") is None
    answer = lexical_service.ask("克孜勒陶镇的应急这块")
    check_cited(answer)
    assert answer.kind == "list"
    assert "健全突发事件应对体系" in answer.answer


def test_the_figure_broken_down_of_the_place_named_next(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各县法律援助多少件", "叶城县的明细呢")
    check_cited(answer)
    assert "543件，分项：" in answer.answer
    assert "认罪认罚案件355件" in answer.answer


def test_published_says_public_but_not_the_other_way(lexical_service: AnswerService) -> None:
    told = lexical_service.ask("各县报告里主动公开政府信息各多少条")
    assert "普兰县" not in told.answer.split("未提及")[0]
    weighed = lexical_service.ask("克孜勒陶镇和未署名那份，政务公开发布了多少条，哪个多")
    check_cited(weighed)
    assert "1984条" in weighed.answer
    assert "35条" in weighed.answer


def test_sides_weighed_in_the_measure_each_counts_alike(lexical_service: AnswerService) -> None:
    # 003 leads with its review rounds (2次); every side counts the files reviewed (件/份).
    answer = lexical_service.ask("额敏、普兰和没署名那家比案卷评查哪家查的多")
    check_cited(answer)
    assert "额敏县为126件[1]，最多" in answer.answer
    assert "104份" in answer.answer.splitlines()[-1]
    # Between two sides nothing is rebound (3次 of meetings beside 54条 of advice).
    two = lexical_service.ask("叶城县跟没署名的县，“法治体检”哪边搞得多")
    check_cited(two)
    assert "无法直接比较" in two.answer


def test_documents_asked_with_any_kind_beside_are_every_title(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城县出台过哪些文件和方案，给我列一列")
    check_cited(answer)
    # The titles of the run "制定并下发了《…》《…》等文件", not only those named 方案.
    assert "《2023年叶城县普法依法治理工作要点》" in answer.answer
    assert "《叶城县人民政府叶城县人民法院府院联动机制》" in answer.answer


def test_which_lack_it_asked_after_which_say_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("写了“八五”普法的是哪几个县？没写的又是哪几个")
    check_cited(answer)
    assert answer.answer.startswith("3份报告提到“八五普法”")
    assert "未提到“八五普法”的：" in answer.answer


def test_a_way_of_working_a_rate_out_is_checked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县清欠的执行率87.5%，是拿14件除以16件得出的吗")
    check_cited(answer)
    assert "14件÷16件=87.5%" in answer.answer


def test_words_passed_on_before_the_question_are_context(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask(
        "来信原文：“我在普兰县开店，12345打过好几回……”\n请问普兰县热线12345全年办件、投诉各多少"
    )
    check_cited(answer)
    assert "1020件" in answer.answer
    assert "205件" in answer.answer


def test_how_regularly_names_nothing_asked(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "克孜勒陶镇普法活动全年多少场", "每月固定搞几场")
    check_cited(answer)
    assert "每月2场次" in answer.answer
