"""Every report's outline or part asked at once, a side added or weighed alike among three,
a place pointed at by "刚才那家" or as the first of a ranking, totals that leave out a report
listing only kinds, and one report's share of a ranking's sum."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_answer, check_cited

from retrieval.query.list_shape import asks_outline
from retrieval.service import AnswerService

_SOURCES = 5


def test_each_report_named_by_its_measure_word(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("存在问题那部分，每份在第几部分？")
    check_cited(answer)
    assert answer.kind == "table"
    for heading in ("四、法治政府建设存在的问题与不足", "二、存在问题", "二、存在的问题与不足"):
        assert heading in answer.answer


def test_a_space_parts_the_thing_from_every_report(lexical_service: AnswerService) -> None:
    ranked = lexical_service.ask("化解矛盾纠纷的件数 五家排一下序")
    check_cited(ranked)
    assert ranked.kind == "ranking"
    assert ranked.answer.startswith("最多的是叶城县")
    table = lexical_service.ask("行政执法人员培训 五家各办了几次")
    check_cited(table)
    assert table.kind == "table"
    assert "3次" in table.answer and "6次" in table.answer


def test_three_sides_weighed_on_what_each_counts_alike(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("案卷评查情况，额敏、普兰、003三家对比一下")
    check_cited(answer)
    assert answer.kind == "comparison"
    lines = {line.split("：", 1)[0]: line for line in answer.answer.splitlines()}
    # 003's "案卷评查2次" counts reviews, not files: its files are its 104份.
    assert "额敏县为126件" in lines["案卷"] and "104份" in lines["案卷"]
    assert "66件" in lines["案卷"]
    assert "额敏县为230个" in lines["问题"]


def test_a_field_counted_in_its_own_noun_is_weighed(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("化解矛盾纠纷，克孜勒陶镇跟普兰比比")
    check_answer(answer)
    assert "168件" in answer.answer and "85件" in answer.answer
    assert "无法比较" not in answer.answer
    assert "多于普兰县的85件" in answer.answer


def test_a_place_after_sides_one_of_them_described(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "12345热线 普兰和没写县名那家谁办得多", "那克孜勒陶镇的呢"
    )
    check_answer(answer)
    # ("谁办得多" asked before: the place added is weighed with the sides, its figure among them.)
    assert answer.kind == "comparison"
    assert "520余件" in answer.answer


def test_a_sum_after_a_ranking_is_every_reports_sum(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "哪个县行政复议案件办得最多", "加起来一共多少")
    check_cited(answer)
    assert answer.kind == "table"
    assert "合计60件" in answer.answer


def test_a_total_in_one_measure_sets_the_other_apart(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰法律援助都办了些啥，要数字", "一共多少件")
    check_answer(answer)
    assert "合计136件" in answer.answer
    assert "另有50余人次未计入" in answer.answer


def test_a_report_listing_only_kinds_is_left_out_of_a_sum(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各县法律援助案件分别是多少件", "总共多少")
    check_cited(answer)
    assert "普兰县[1]只分项列出，未计入" in answer.answer
    assert "合计646件" in answer.answer


def test_one_reports_share_of_a_rankings_sum(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "行政复议案件哪个县最多", "额敏在总数里占多少")
    check_cited(answer)
    assert "合计60件" in answer.answer
    assert "额敏县38件[1]占合计60件的63.33%（按所引数字计算）" in answer.answer


def test_the_place_just_asked_pointed_at(lexical_service: AnswerService) -> None:
    for pointer in ("刚才那家", "该县", "这个县"):
        answer = asked_in_turns(
            lexical_service, "普兰县有哪些问题", f"{pointer}执法培训每年要搞几次"
        )
        check_answer(answer)
        assert "不少于4次" in answer.answer, pointer
    # "刚才那个" may point at the figure just given, not the place.
    answer = asked_in_turns(lexical_service, "叶城县热线办件多少", "刚才那个是全年的吗")
    assert "自启动以来" in answer.answer


def test_the_first_of_a_ranking_pointed_at(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "哪家报告写的问题条数最多", "它的第四条是什么")
    check_answer(answer)
    assert "监督制约机制有待进一步完善" in answer.answer
    other_end = asked_in_turns(lexical_service, "哪家报告写的问题条数最多", "最少的呢")
    assert other_end.kind == "ranking"


def test_the_unnamed_report_described_is_a_side(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("没署县名那个 问题都写了哪几条")
    check_answer(answer)
    assert answer.kind == "list"
    assert "二、存在问题" in answer.answer
    assert {c.source for c in answer.citations} == {"003_fb758e20d058b773.txt"}


def test_a_side_added_by_description_or_against_them(lexical_service: AnswerService) -> None:
    for added in ("没写县名那家也算上", "那叶城县的呢，跟它们比一比"):
        answer = asked_in_turns(lexical_service, "额敏和普兰的行政复议案件谁多", added)
        check_answer(answer)
        assert answer.kind == "comparison", added
        assert len(answer.rows or []) == 3, added
        assert answer.answer.splitlines()[-1].startswith("额敏县为38件"), added


def test_every_reports_outline(lexical_service: AnswerService) -> None:
    assert asks_outline("这几份报告都分几大块")
    assert not asks_outline("问题部分分几块")
    for question in ("这几份报告都分几大块", "别的地方的报告都分成哪几部分"):
        answer = lexical_service.ask(question)
        check_answer(answer)
        assert answer.kind == "list", question
        assert len({c.source for c in answer.citations}) == _SOURCES, question


def test_whether_a_report_gives_a_part_its_own_section(lexical_service: AnswerService) -> None:
    has = lexical_service.ask("额敏县的报告有没有专门写亮点")
    check_answer(has)
    assert has.kind == "list"
    assert "三、法治政府建设工作特色与亮点" in has.answer
    lacks = lexical_service.ask("克孜勒陶镇报告有没有单列特色亮点部分")
    assert "没有单列" in lacks.answer
    assert "三、下一步工作计划" in lacks.answer


def test_a_kind_no_report_names_abstains(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县的行政赔偿案件有多少件")
    assert answer.abstained
    # An unknown doing before a known thing still asks of the thing.
    answer = lexical_service.ask("额敏清理拖欠账款时，大案子追回了多少钱")
    assert "855.63万元" in answer.answer


def test_an_item_named_by_its_words_asked_what_was_done(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县报告的亮点有哪些", "精准普法那条具体做了啥")
    check_answer(answer)
    assert "22人专业宣讲团" in answer.answer
    assert "法治文化公园" not in answer.answer


def test_a_fields_words_said_in_another_part_are_quoted(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律顾问这块每家是怎么写的，一家一行")
    check_cited(answer)
    assert "未提及：阿克陶县克孜勒陶镇" not in answer.answer
    assert "法律顾问作用发挥不充分" in answer.answer


def test_every_report_asked_how_it_did_a_thing(lexical_service: AnswerService) -> None:
    # One report gives it a part of its own; the others say it in passing, each quoted.
    answer = lexical_service.ask("领导干部述法方面，各地都是怎么做的")
    check_answer(answer)
    assert answer.kind == "list"
    assert len({c.source for c in answer.citations}) >= 4
    assert "四是打好“述法”基础牌" in answer.answer
    everyone = lexical_service.ask("大家在行政执法监督上都是怎么做的")
    check_answer(everyone)
    assert len({c.source for c in everyone.citations}) == _SOURCES


def test_what_each_report_requires_of_a_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各县对行政执法人员培训都有什么要求")
    check_cited(answer)
    assert answer.kind == "table"
    assert "不少于4次" in answer.answer
    again = asked_in_turns(
        lexical_service, "各县执法人员培训分别搞了几次", "那以后每年培训有什么要求"
    )
    check_cited(again)
    assert again.kind == "table"
    assert "不少于4次" in again.answer and "不少于2次" in again.answer


def test_a_share_asked_of_a_part_of_a_place_is_no_share_of_a_sum(
    lexical_service: AnswerService,
) -> None:
    turns = ("各县12345热线办件分别多少", "普兰那个里面咨询、投诉各占多少")
    answer = asked_in_turns(lexical_service, *turns)
    assert answer.kind == "fact"
    assert "815件" in answer.answer


def test_a_level_of_government_kept(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各县矛盾纠纷化解了多少件", "只看县级的，哪个最多")
    check_cited(answer)
    assert answer.kind == "ranking"
    assert "阿克陶县克孜勒陶镇" not in {row.region for row in answer.rows or []}
    assert answer.answer.startswith("最多的是叶城县")


def test_a_report_silent_on_a_things_head_is_silent(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("领导干部述法方面，各地都是怎么做的")
    lines = answer.answer.splitlines()
    assert lines[-1].startswith("未提及") and "未署名报告" in lines[-1]
    # A report saying the head word only of another subject still says it.
    assert any(line.startswith("阿克陶县克孜勒陶镇：") and "述法" in line for line in lines)


def test_every_reports_plan_headings_laid_out(lexical_service: AnswerService) -> None:
    for question in ("五家下一步打算的标题做个表，方便对照", "普兰报告的问题和下步打算"):
        answer = lexical_service.ask(question)
        check_cited(answer)
        assert answer.kind in ("table", "list"), question
    answer = lexical_service.ask("五家下一步打算的标题做个表，方便对照")
    assert len({c.source for c in answer.citations}) == _SOURCES


def test_a_place_asked_how_it_words_what_was_found(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "哪些报告写了“枫桥经验”", "普兰那边具体怎么写的")
    check_answer(answer)
    assert "枫桥经验" in answer.answer
    assert {c.source for c in answer.citations} == {"002_62a3a57a87610d23.txt"}


def test_a_side_added_and_the_least_asked(lexical_service: AnswerService) -> None:
    turns = ("额敏县和克孜勒陶镇，矛盾纠纷化解谁多", "普兰也加进来，谁最少")
    answer = asked_in_turns(lexical_service, *turns)
    check_cited(answer)
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1].startswith("普兰县为85件")


def test_an_item_told_then_a_figure_asked_within_it(lexical_service: AnswerService) -> None:
    turns = ("叶城县2024年准备怎么干", "法治队伍建设那条展开讲讲，执法培训每年要搞几次")
    answer = asked_in_turns(lexical_service, *turns)
    check_answer(answer)
    assert "不少于2次" in answer.answer
    assert "532名" not in answer.answer


def test_things_listed_and_all_wanted(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县12345热线的情况，受理、办结、满意度这些都要")
    check_answer(answer)
    for figure in ("37116件", "37082件", "99.98%"):
        assert figure in answer.answer


def test_examples_typed_run_together(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法治文化阵地各县分别建了多少，公园长廊宣传栏这些")
    check_cited(answer)
    assert any(
        line.startswith("阿克陶县克孜勒陶镇：") and "法治长廊2个" in line
        for line in answer.answer.splitlines()
    )


def test_where_one_side_falls_behind(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("执法人员培训这块，额敏跟003比差在哪")
    check_cited(answer)
    assert "专题培训3次" in answer.answer and "专题培训6次" in answer.answer
    assert "参差不齐" not in answer.answer


def test_a_term_asked_after_another_term(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "哪些报告提到了法律明白人", "那网格员呢，哪些写了")
    check_cited(answer)
    assert answer.kind == "mentions"
    assert "“网格员”" in answer.answer and "那网格员" not in answer.answer


def test_a_list_whose_figures_are_many(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城人民调解方面做了哪些工作？数字比较多，帮我理一理")
    check_answer(answer)
    assert answer.kind == "list"
    # A heading cut short states figures of its own, shown under it.
    for figure in ("专业性调解组织5个", "368场次", "27.4万余人次"):
        assert figure in answer.answer, figure


def test_things_counted_in_the_measure_asked_of_a_doing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003报告里“一企一法官”怎么搞的，服务了多少家企业")
    check_answer(answer)
    assert "42家重点企业" in answer.answer
    assert "58家" not in answer.answer


def test_which_report_writes_no_county_name(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪份报告没写县名")
    check_cited(answer)
    assert answer.kind == "table"
    assert answer.answer.startswith("未署名报告（003_fb758e20d058b773.txt）未载明地区")
