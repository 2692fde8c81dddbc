"""A body no report names answers nothing; a stage of a matter asked alone is of the thing
before, and is said by its own words; a share worked out where only the counts are stated; a
clause asking the period; a source that is not the report's; the items' figures asked along;
the names of things counted, asked after which they are; a plan's figure said to be planned;
the reports lacking a date named first; the gap from a year to a date; several reports'
attributes as a table; ten thousands added up; the items of one side added up; a noun of
two measures recounted once; a sum of the two sides named; which is most, among the sides
named; a line named by its number; each date of a report asked which day it is of; figures
asked where given; a report naming a thing without its amount, quoted; brackets that held
the sides alone, gone."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_cited

from retrieval.service import AnswerService


def test_a_body_no_report_names_did_nothing_a_report_counts(
    lexical_service: AnswerService,
) -> None:
    for question in ("普兰县林草局查处了多少起案件", "额敏县税务局一年处理多少件行政案件"):
        assert lexical_service.ask(question).abstained, question


def test_a_stage_asked_alone_is_of_the_thing_before(lexical_service: AnswerService) -> None:
    # 普兰 counts the hotline's items taken in, none closed; 叶城 counts both.
    closed = asked_in_turns(lexical_service, "普兰县政务热线（12345）办件数多少", "办结了几件")
    assert closed.abstained
    other = asked_in_turns(
        lexical_service, "普兰县政务热线（12345）办件数多少", "办结了几件", "那叶城呢"
    )
    check_cited(other)
    assert "办结37082件" in other.answer


def test_a_share_of_settled_cases_is_worked_out(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("比较额敏和003号报告：复议案件中调解和解占比，谁更高")
    check_cited(answer)
    assert "71.43%" in answer.answer
    assert "40%（4件÷10件，按所引数字计算）" in answer.answer
    assert "38件" not in answer.answer.splitlines()[-1]


def test_a_clause_asking_the_period_is_told_in_a_note(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县许可案件共多少件？统计口径是什么时段")
    assert "9691件" in answer.answer
    assert "统计时段：叶城县为2023年以来" in answer.answer
    assert "未在报告中找到" not in answer.answer


def test_a_source_of_problems_is_no_attribute_of_the_report(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏县报告里的问题是从哪几个来源反馈来的")
    assert "未载明来源" not in answer.answer


def test_the_items_figures_are_given_where_asked_along(lexical_service: AnswerService) -> None:
    for question in (
        "克孜勒陶镇应急工作干了啥？有数据的话一起给出",
        "克孜勒陶镇应急工作干了啥？关键数字标出来",
    ):
        answer = lexical_service.ask(question)
        check_cited(answer)
        assert "305条" in answer.answer, question
        assert "200余次" in answer.answer, question


def test_names_asked_after_which_things_they_are(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号报告提到出台6项制度，是哪些，名字都列给我")
    assert "报告列出名称的有3项" in answer.answer
    assert "其余3项未列名称" in answer.answer


def test_a_planned_figure_is_said_to_be_planned(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县行政执法人员培训了几次", "普兰县呢")
    assert "不少于4次" in answer.answer
    assert "是今后的打算，不是已做的工作" in (answer.notice or "")
    # Asked of the plans, a plan's figure needs no such note.
    planned = asked_in_turns(lexical_service, "普兰县的下步打算", "执法人员培训一年安排几次")
    assert "不少于4次" in planned.answer
    assert "今后的打算" not in (planned.notice or "")


def test_the_reports_lacking_a_date_are_named_first(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪几份报告没写发布日期")
    check_cited(answer)
    first = answer.answer.splitlines()[0]
    assert first.startswith("没有写明的：额敏县、未署名报告")
    assert "叶城" not in first


def test_the_gap_from_a_report_year_to_its_date(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县报告的年度和发布日期差了多久")
    assert "两者相隔614天（约1年8个月）" in answer.answer
    assert "2023年度按2023年12月31日结束计" in answer.answer


def test_several_reports_attributes_are_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各报告题目和发布日期，做个表格")
    check_cited(answer)
    lines = answer.answer.splitlines()
    assert lines[0] == "报告｜标题｜发布日期"
    assert any(line.startswith("普兰县｜") and "2026-01-12[" in line for line in lines)
    assert any(line.startswith("额敏县｜") and line.endswith("｜未载明") for line in lines)
    # One report's attributes stay a line each.
    one = lexical_service.ask("普兰县报告题目和发布日期，做个表格")
    assert "｜" not in one.answer


def test_ten_thousands_asked_add_up_the_items(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县法治工作的财政拨款是多少？分项说", "总共合起来是多少万"
    )
    assert "合计13万元（2万元+3万元+8万元" in answer.answer
    assert "1075万元" not in answer.answer


def test_the_items_one_side_listed_are_added_up(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "普兰和003的法律援助案件各多少",
        "普兰没写合计的话，将它列出的那几项加起来",
    )
    assert "合计136件（6件+9件+26件+95件" in answer.answer
    assert "另有50余人次未计入" in answer.answer


def test_a_noun_of_two_measures_is_recounted_once(lexical_service: AnswerService) -> None:
    # 合同 is counted in 份, 纠纷 in 件: recounting one into the other's measure, then back,
    # went on without end.
    answer = lexical_service.ask("克孜勒陶镇同普兰县：合同纠纷各几件")
    check_cited(answer)
    assert "合同纠纷2件" in answer.answer


def test_a_sum_of_two_sides_named_keeps_to_them(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰和没署县名那份，新发执法证各多少", "合起来多少")
    assert "25本" in answer.answer and "216人" in answer.answer
    assert "额敏" not in answer.answer and "叶城" not in answer.answer


def test_which_is_most_stays_among_the_sides_named(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "政务热线受理量：普兰县，克孜勒陶镇，003号报告各多少件", "哪个最多"
    )
    check_cited(answer)
    assert "普兰县为1020件[1]，最多" in answer.answer
    assert "叶城" not in answer.answer


def test_a_line_named_by_its_number_states_no_figure(lexical_service: AnswerService) -> None:
    for question in ("叶城县热线的数字是多少", "叶城县热线数据是多少"):
        answer = lexical_service.ask(question)
        check_cited(answer)
        assert "37116件" in answer.answer, question


def test_a_report_asked_which_day_gives_each_date_it_states(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇：报告究竟算是哪天的")
    assert "报告的成文日期：2026-02-14[1]" in answer.answer
    assert "报告的发布日期：2026-02-14[2]" in answer.answer
    # Asked when it was sent out, the date it was published alone.
    sent = lexical_service.ask("叶城报告啥时候发的")
    assert sent.answer.splitlines()[0] == "叶城县报告的发布时间：2025年09月05日[1]"


def test_figures_asked_where_given_need_none(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律顾问覆盖面：额敏、叶城各到了哪一级，有数据的写出来对照下")
    check_cited(answer)
    assert "“一村（社区）一法律顾问”全覆盖[1]" in answer.answer
    assert "未在报告中找到" not in answer.answer


def test_a_report_naming_the_thing_without_its_amount_is_quoted(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪些报告写了清理拖欠企业账款？涉及金额各多少")
    check_cited(answer)
    assert "855.63万元" in answer.answer
    assert "- 阿克陶县克孜勒陶镇：加强预防和清理拖欠企业账款工作" in answer.answer
    assert "未提及：阿克陶县克孜勒陶镇" not in answer.answer


def test_brackets_the_sides_filled_leave_no_trace(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "2025年那三份报告（额敏、普兰、没署县名那份）调解矛盾纠纷各多少件？加起来呢？调解成功率有没有写？"
    )
    check_cited(answer)
    assert "963件[1]" in answer.answer
    assert "（）" not in answer.answer
