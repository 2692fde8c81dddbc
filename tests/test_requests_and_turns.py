"""Requests said beside a question ("请逐条列出来", "每县一个数就行", "数字多给点"), several
attributes of every report at once, and turns that point at the places asked before ("两边",
"别的县", "这到底是哪个县").

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import check_answer, check_citation

from retrieval.query.fields import asked_fields
from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService


def _turns(service: AnswerService, *questions: str) -> list[Answer]:
    conversation = Conversation()
    return [service.ask(q, conversation=conversation) for q in questions]


def _names(topic: str) -> list[str]:
    return [field.name for field in asked_fields(topic)]


def test_attributes_asked_in_the_order_asked_and_by_sound() -> None:
    # "这几份" points at reports; it counts nothing, so the year is still asked.
    assert _names("这几份报告分别是哪年的 什么时候发的") == ["年份", "发布日期"]
    assert _names("每份报告的年度以及发布（或成文、落款）日期") == [
        "年份",
        "发布日期",
        "成文日期",
        "落款日期",
    ]
    # A label typed with a character of the same sound is that label.
    assert _names("普兰县报告的发部日期") == ["发布日期"]
    assert _names("叶城那份报告是从哪来的") == ["来源"]
    # A count is still a count: no attribute of the report is asked.
    assert _names("政务公开信息公开了多少条") == []


def test_several_attributes_of_every_report_one_line_each(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各份报告分别是哪一年的，什么时候发的")
    assert answer.kind == "table" and not answer.abstained
    lines = answer.answer.splitlines()
    assert "普兰县报告的年份：2025年[" in answer.answer
    assert "普兰县报告的发布日期：2026-01-12[" in answer.answer
    assert "（额敏县报告未载明发布日期。）" in lines
    check_answer(answer)


def test_a_stand_in_asked_in_its_own_name_is_not_said_twice(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("每份报告的成文日期和落款日期")
    # Each report's attributes stated nowhere are said in one note.
    assert "（叶城县报告未载明成文日期、落款日期。）" in answer.answer.splitlines()
    answer = lexical_service.ask("普兰县报告的成文日期和落款日期各是哪天")
    assert answer.kind == "metadata"
    assert "2025年12月31日" in answer.answer
    assert "以上为" not in answer.answer and "未载明成文日期" in answer.answer
    check_answer(answer)


def test_requests_on_how_to_give_a_list(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县报告里存在的问题有哪些？请一条一条列出来")
    assert answer.kind == "list" and not answer.abstained
    assert "法治建设均衡性不足" in answer.answer
    answer = lexical_service.ask("额敏县有什么亮点做法，值得推广的")
    assert answer.kind == "list" and "特色与亮点" in answer.answer
    answer = lexical_service.ask("叶城县调解上有什么做法和数据")
    assert answer.kind == "list" and "5726件" in answer.answer and "680件" in answer.answer
    answer = lexical_service.ask("额敏县普法这一块做了哪些工作，数字多给一些")
    assert answer.kind == "list" and "1000册" in answer.answer and "143人次" in answer.answer
    check_answer(answer)


def test_requests_on_how_to_give_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("每个报告的问题部分各写了几条？帮我做个对照")
    assert answer.kind == "table"
    assert "阿克陶县克孜勒陶镇（共5条）" in answer.answer and "叶城县（共4条）" in answer.answer
    answer = lexical_service.ask("各地普法活动开展了多少场？每县一个数就行")
    assert answer.kind == "table" and "未提及" not in answer.answer
    assert "128场次" in answer.answer and "400余场次" in answer.answer
    check_answer(answer)


def test_the_periods_asked_beside_the_question(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("12345热线办件哪个县最多？有没有哪份的数不是一年的")
    assert answer.kind == "ranking"
    note = answer.answer.splitlines()[-1]
    assert note.startswith("注：所引数字的统计时段") and "叶城县为自启动以来" in note
    answer = lexical_service.ask("额敏县行政复议一共收了多少件？这个数是全年的吗")
    assert "38件" in answer.answer and "额敏县为2025年全年" in answer.answer


def test_both_places_asked_before_are_the_two_sides(lexical_service: AnswerService) -> None:
    *_, both = _turns(
        lexical_service, "额敏县调解了多少矛盾纠纷", "普兰县呢", "两边的调解成功率各是多少"
    )
    assert both.kind == "comparison"
    assert "额敏县" in both.answer and "100%" in both.answer and "普兰县" in both.answer
    check_answer(both)


def test_other_places_than_the_one_asked_before(lexical_service: AnswerService) -> None:
    _, others = _turns(lexical_service, "叶城县办理公证多少件", "别的县有没有写公证的")
    assert others.kind == "mentions"
    assert others.answer.splitlines()[0] == "除叶城县外，没有其他报告提到“公证”。"
    _, others = _turns(lexical_service, "普兰县法律顾问经费多少", "其他县也写了经费吗")
    assert others.kind == "mentions"
    first = others.answer.splitlines()[0]
    assert first.startswith("除普兰县外，提到") and "叶城县" in first and "普兰县" not in first[4:]
    for cited in others.citations:
        check_citation(cited)


def test_a_report_listed_by_the_term_as_asked_before_its_synonyms(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪几份报告讲到了经费")
    pulan = next(line for line in answer.answer.splitlines() if line.startswith("普兰县："))
    assert "经费" in pulan
    # An amount (减免金额) is money, but no fund.
    assert answer.answer.startswith("2份报告提到“经费”：") and "额敏县" not in answer.answer
    answer = lexical_service.ask("哪几份报告讲到了轮训")
    # Some say it as asked, the others in other words: the header names both.
    assert answer.answer.startswith("5份报告提到“轮训”或意思相近的“培训”：")
    for cited in answer.citations:
        check_citation(cited)


def test_asking_if_the_bot_is_there_before_the_question(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("在吗？普兰县的普法经费是多少")
    assert answer.answer.startswith("普兰县") and "3万元" in answer.answer
    assert "在吗" not in answer.answer


def test_which_place_the_report_pointed_at_is_of(lexical_service: AnswerService) -> None:
    _, unnamed = _turns(
        lexical_service, "没写县名的那份报告化解了多少矛盾纠纷", "对了，这份究竟是哪个县的"
    )
    assert unnamed.abstained and "未载明地区" in unnamed.answer
    _, pulan = _turns(lexical_service, "普兰县调解了多少矛盾纠纷", "这到底是哪个县")
    assert pulan.kind == "metadata" and "普兰县" in pulan.answer and pulan.citations


def test_a_run_of_figures_that_are_parts_of_the_thing_asked(
    lexical_service: AnswerService,
) -> None:
    whole = lexical_service.ask("普兰县法治经费财政拨了多少")
    assert all(f in whole.answer for f in ("2万元", "3万元", "8万元"))
    part = lexical_service.ask("普兰县普法经费拨了多少")
    assert "3万元" in part.answer and "8万元" not in part.answer
    check_answer(whole)


def test_a_place_typed_by_its_sound(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶成县一共受理了几件行政复议")
    assert answer.answer.startswith("叶城县") and "11件" in answer.answer
    assert answer.notice == "已将“叶成县”按“叶城县”理解"
    answer = lexical_service.ask("克孜勒套镇报告里列了哪些问题")
    assert answer.kind == "list" and "法治意识有待进一步强化" in answer.answer
    check_answer(answer)


def test_a_courteous_greeting_names_no_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("尊敬的小助手您好，普兰县下一步有哪些打算？")
    assert answer.kind == "list" and "持续强化责任落实" in answer.answer


def test_each_figure_asked_after_which_is_more(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县和叶城县行政复议案件谁多？各多少件")
    assert answer.kind == "comparison"
    assert "件数：" not in answer.answer and "38件" in answer.answer
    check_answer(answer)


def test_items_counted_then_one_of_them(lexical_service: AnswerService) -> None:
    count, first = _turns(lexical_service, "普兰县的问题与不足有几大条", "再说说第一条")
    assert count.kind == "list" and "（共3条）" in count.answer
    assert first.answer.splitlines()[0].startswith("普兰县") and "均衡性" in first.answer


def test_whether_a_figure_just_given_is_of_one_year(lexical_service: AnswerService) -> None:
    _, year = _turns(lexical_service, "叶城县热线累计受理了多少件", "刚才那个是全年的吗")
    assert "叶城县为自启动以来" in year.answer
    _, year = _turns(lexical_service, "克孜勒陶镇给多少户群众赋了分", "这个是全年的吗")
    assert "阿克陶县克孜勒陶镇为2025年全年" in year.answer


def test_the_two_places_just_asked_added_up(lexical_service: AnswerService) -> None:
    *_, both = _turns(lexical_service, "额敏县调解矛盾纠纷多少件", "普兰县呢", "那这两个加起来呢")
    assert "合计1048件" in both.answer
    once = lexical_service.ask("额敏县和普兰县调解矛盾纠纷各多少件，两个加起来一共多少")
    assert "合计1048件" in once.answer and "多于" not in once.answer
    check_answer(once)


def test_a_thing_of_an_everyday_name_kept_beside_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县热线投诉多少件")
    assert "投诉205件" in answer.answer
    ranked = lexical_service.ask("热线诉求量哪个县最少")
    assert ranked.kind == "ranking" and ranked.answer.startswith("最少的是阿克陶县克孜勒陶镇")


def test_two_things_compared_the_second_named_after_the_count(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏县和普兰县评查的案卷数和发现的问题分别比一比")
    assert answer.kind == "comparison"
    lines = answer.answer.splitlines()
    assert any("126件" in line and "66件" in line for line in lines)
    assert any(line.startswith("发现的问题") for line in lines)


def test_things_listed_then_their_kind_each_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("司法确认、诉前调解这些诉调衔接的事，哪份报告写了")
    assert answer.kind == "mentions"
    assert "2份报告提到“司法确认”" in answer.answer and "1份报告提到“诉前调解”" in answer.answer
    for cited in answer.citations:
        check_citation(cited)


def test_which_forms_count_is_no_part_of_the_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告写到行政复议纠错，无论是纠错率还是机制")
    assert answer.answer.startswith("2份报告提到“行政复议纠错”")
    assert {row.region for row in answer.rows or []} == {"额敏县", "普兰县"}


def test_the_year_asked_of_a_figure_in_a_later_clause(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县诉前调解多少件？这个数字是2023年一年的吗")
    assert "680件" in answer.answer and "叶城县为2023年以来" in answer.answer


def test_a_list_asked_of_every_place_gives_each_report_its_part(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("各县的干部学法都是怎么搞的")
    assert answer.kind == "list"
    heads = [line.split("：")[0] for line in answer.answer.splitlines() if "：" in line]
    assert {"额敏县", "普兰县", "叶城县"} <= set(heads)
    assert len(answer.searched) >= 3
    check_answer(answer)


def test_other_places_asked_after_the_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("兵地联调，还有哪个县写了")
    assert answer.answer.startswith("1份报告提到“兵地联调”：")
