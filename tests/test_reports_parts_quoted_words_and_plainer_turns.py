"""Reports' own parts (which have one, what a part holds, an item named or expanded), a value
and a list asked in one message, plainer words asked again, the year a report reports on, and
a quoted phrase asked in the report's own words: on the real reports."""

from __future__ import annotations

from answer_rules import check_answer, check_cited, cited_turns

from retrieval.query.laid_out import laid_out_only
from retrieval.query.normalize import normalize
from retrieval.service import AnswerService


def test_a_year_set_aside_narrows_nothing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各报告都是哪一年的，有没有不是2025年的")
    check_answer(answer)
    assert "叶城县：2023年度[" in answer.answer


def test_a_report_found_by_what_it_says_is_named(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("写“全市首个智慧检务中心”的报告是哪个县的")
    assert answer.answer.startswith("未署名报告（003_fb758e20d058b773.txt）未载明地区。")
    said = lexical_service.ask("提到赵姐跑腿的报告是哪个县的")
    check_cited(said)
    assert said.answer.startswith("1份报告提到“赵姐跑腿”：\n未署名报告（003_")


def test_a_reports_major_parts_counted(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰的报告分几个大部分")
    check_answer(answer)
    assert answer.answer.startswith("普兰县（共3个")


def test_an_item_expanded_tells_each_of_its_own_items_whole(
    lexical_service: AnswerService,
) -> None:
    _, item = cited_turns(lexical_service, "克孜勒陶镇的问题有哪几方面", "第五条展开讲讲")
    # Each 一是/二是 with its sentences, not its first alone.
    assert "法治工作力量配备不足" in item.answer
    assert "现有法治工作人员业务能力难以适应繁重的法治工作任务" in item.answer


def test_which_reports_give_an_aspect_a_part_of_their_own(lexical_service: AnswerService) -> None:
    had = lexical_service.ask("哪几份报告专门写了特色亮点这一部分")
    check_cited(had)
    assert had.answer.startswith("设有专门部分的：额敏县；没有的：阿克陶县克孜勒陶镇、")
    assert "额敏县：三、法治政府建设工作特色与亮点[1]" in had.answer
    lacking = lexical_service.ask("哪份报告缺少存在问题部分")
    check_cited(lacking)
    assert lacking.answer.startswith("没有，5份报告均设有专门部分：")
    # Its sentences never say 下一步工作打算 of a part its heading names so.
    assert (
        "叶城县：四、2024年度推进法治政府建设的主要安排[5]"
        in lexical_service.ask("哪份报告没有写下一步工作打算").answer
    )
    # Of one report, its list tells it ("没有单列"); a description is no lack asked.
    one = lexical_service.ask("普兰县的报告有没有单独的亮点部分")
    assert one.kind != "table" and "没有单列" in one.answer
    described = lexical_service.ask("没标县名那份，自己查出了哪些问题")
    assert described.kind == "list"


def test_whether_the_report_in_question_says_a_thing(lexical_service: AnswerService) -> None:
    _, said = cited_turns(lexical_service, "普兰县存在哪些问题", "到底有没有写执法方面的问题")
    assert said.kind == "mentions"
    assert {row.source for row in said.rows or []} == {"002_62a3a57a87610d23.txt"}


def test_the_parts_of_a_part_named_by_its_heading(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "叶城报告里关于党政主要负责人履行第一责任人职责的那一部分，分了哪几个方面？"
    )
    check_answer(answer)
    assert answer.kind == "list" and "(三)在强化督察考核上聚焦用力" in answer.answer


def test_an_item_named_by_its_words_asked_a_figure(lexical_service: AnswerService) -> None:
    _, asked = cited_turns(lexical_service, "普兰明年准备怎么干", "其中队伍建设那条，每年培训几次")
    assert "每年组织专业培训不少于4次[1]" in asked.answer


def test_figures_only_asked_again_and_a_part_held_in_a_part(
    lexical_service: AnswerService,
) -> None:
    assert laid_out_only("只要数字") and laid_out_only("数字就行")
    first, again = cited_turns(
        lexical_service, "普兰法律援助代写文书、认罪认罚各多少件", "只要数字"
    )
    assert again.answer == first.answer
    assert normalize("第一部分下面有几个小标题，分别是什么") == "第一部分有几个小标题"
    counted = lexical_service.ask("003那份第二部分里头有几个方面，各是啥")
    check_answer(counted)
    assert counted.answer.startswith("未署名报告（003_fb758e20d058b773.txt）（共3")


def test_an_items_heading_mentioning_a_thing_brings_its_first_sentence(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪几份报告写了法律明白人，都写了些啥")
    check_cited(answer)
    assert "叶城县：四是推进乡村“法律明白人”培养工程。在全县370个村(社区)建成了" in answer.answer


def test_a_field_or_a_part_narrowed_to_after_a_list(lexical_service: AnswerService) -> None:
    _, field = cited_turns(lexical_service, "普兰县存在哪些问题", "执法方面的呢")
    assert "(二)执法规范化水平有待提升[1]" in field.answer
    assert "三是强化行政执法规范" not in field.answer
    _, part = cited_turns(lexical_service, "额敏县的报告分几部分", "只看问题部分")
    assert part.kind == "list" and "四、法治政府建设存在的问题与不足[1]" in part.answer


def test_a_value_and_a_list_asked_in_one_message(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县报告是哪天发布的，下一步打算有哪些")
    check_cited(answer)
    assert answer.answer.startswith(
        "普兰县报告的发布日期：2026-01-12[1]\n普兰县：三、下一步工作打算[2]"
    )
    both = lexical_service.ask("额敏县持证执法人员多少人？存在哪些问题？")
    check_cited(both)
    assert "585人[1]" in both.answer and "四、法治政府建设存在的问题与不足[2]" in both.answer
    # A piece that only says how to lay the answer out is no question of its own.
    laid = lexical_service.ask("额敏明年准备干些什么？一条条列出来")
    assert laid.answer.count("五、下一步工作打算") == 1


def test_asked_again_in_plainer_words_and_which_gave_no_figure(
    lexical_service: AnswerService,
) -> None:
    first, again = cited_turns(
        lexical_service, "普兰县存在哪些问题", "换个说法，说得简单点，给领导看的，每条一句话"
    )
    assert again.kind == "list" and again.answer == first.answer
    _, silent = cited_turns(lexical_service, "哪个县行政复议案件最多", "这几家哪家没写具体数字")
    assert silent.kind == "ranking" and "未提及：阿克陶县克孜勒陶镇" in silent.answer


def test_the_year_a_report_reports_on(lexical_service: AnswerService) -> None:
    _, year = cited_turns(lexical_service, "普兰县报告的发文机构是哪个", "那它报的是哪一年的工作")
    assert year.kind == "metadata" and "2025年" in year.answer


def test_a_quoted_phrase_asked_in_the_reports_own_words(lexical_service: AnswerService) -> None:
    worded = lexical_service.ask("普兰报告开头说2025年是什么“收官之年”，那句原话是怎么写的")
    check_answer(worded)
    assert "的收官之年,也是推进法治政府建设率先突破的关键一年[1]" in worded.answer
    _, other = cited_turns(
        lexical_service,
        "额敏报告里讲从“大水漫灌”向“精准滴灌”转变的那句，原句给我",
        "没写县名那份好像也说了“精准滴灌”，原句呢",
    )
    assert other.answer.startswith("未署名报告（003_fb758e20d058b773.txt）：紧扣不同群体法律需求")
    said = lexical_service.ask("没写县名那份有没有提到“精准滴灌”")
    check_cited(said)
    assert said.answer.startswith("未署名报告（003_fb758e20d058b773.txt）提到了“精准滴灌”：\n")


def test_a_layout_asked_as_a_question_and_a_field_narrowed_to(
    lexical_service: AnswerService,
) -> None:
    for said in ("能出个表吗", "画个表", "做成一览表"):
        assert laid_out_only(said), said
    first, table = cited_turns(lexical_service, "额敏和普兰的复议案件各多少件", "能出个表吗")
    assert table.kind == first.kind == "comparison" and "38件[1]" in table.answer
    for narrowed in ("执法呢", "跟执法有关的呢", "具体到执法上呢"):
        _, field = cited_turns(lexical_service, "普兰县存在哪些问题", narrowed)
        assert "(二)执法规范化水平有待提升[1]" in field.answer, narrowed


def test_a_count_and_a_rate_named_side_by_side(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县的复议案件数、出庭应诉率，以及普法讲座办了几期")
    check_answer(answer)
    assert "全年接收行政复议案件38件[1]" in answer.answer
    assert "出庭应诉率100%[2]" in answer.answer
    assert "\n普法讲座办了几期：" in answer.answer


def test_an_item_of_the_list_just_told_and_the_reports_saying_a_thing_ranked(
    lexical_service: AnswerService,
) -> None:
    _, item = cited_turns(lexical_service, "额敏县下一步打算有哪些", "其中关于普法的是哪条")
    assert "　　精准把握新时代普法工作方向" in item.answer
    _, ranked = cited_turns(lexical_service, "哪些报告提到了法律明白人", "人数最多的是哪家")
    assert ranked.kind == "ranking" and ranked.answer.startswith("最多的是叶城县：1166名[1]")


def test_a_part_on_a_thing_no_aspect_names_found_by_its_heading(
    lexical_service: AnswerService,
) -> None:
    one = lexical_service.ask("叶城报告有没有专门一部分讲第一责任人职责")
    check_cited(one)
    assert one.answer.startswith("设有专门的这一部分：\n叶城县：三、2023年度党政主要负责人")
    every = lexical_service.ask("哪些报告有专门讲党政主要负责人履职的部分")
    check_cited(every)
    assert every.answer.startswith("设有专门部分的：叶城县；没有的：额敏县、")


def test_follow_ups_on_which_reports_say_a_thing_and_an_order_in_time(
    lexical_service: AnswerService,
) -> None:
    _, silent = cited_turns(lexical_service, "哪些报告提到了扫码入企", "没提到的有哪些")
    assert silent.answer.startswith("3份报告未提到“扫码入企”：阿克陶县克孜勒陶镇、普兰县、叶城县")
    _, worded = cited_turns(lexical_service, "哪些报告提到了扫码入企", "额敏的原文")
    assert worded.answer.startswith("额敏县：全面落实“扫码入企”工作要求")
    _, earliest = cited_turns(lexical_service, "各报告的发布日期分别是哪天", "哪份最早")
    assert earliest.kind == "ranking" and earliest.answer.startswith("最早的是叶城县：")


def test_items_asked_in_more_detail_bring_their_own_words(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城存在的不足具体是什么内容")
    check_cited(answer)
    assert (
        "(一)思想意识有待增强[2]\n　　个别单位(部门)履行法治建设第一责任人职责定位不清"
        in answer.answer
    )


def test_a_rate_said_in_a_premise_or_pointed_at_is_no_part_asked(
    lexical_service: AnswerService,
) -> None:
    # "…持证率不足，持证率是多少": the premise's rate is no second thing asked.
    assert lexical_service.ask("003报告提到执法人员持证率不足，持证率是多少？").abstained
    _, doubted = cited_turns(
        lexical_service, "额敏复议案件全年收了几件", "这个数跟调解和解率71.43%对得上吗"
    )
    assert "这个数：" not in doubted.answer
