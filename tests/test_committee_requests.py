"""Written requests of a legal-affairs committee reviewing the reports: a list asked with what
to say more of ("其中针对…的是哪条"), each item's figures "一并列出", a thing's situation asked
at the end ("…情况也请说明下"), a report described among those of the year named, two things
counted in different measures, people counted as attendances, a term named without a figure
in some report, whether reports write something, and follow-ups asking the source, the
period or the figures of one thing.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import asked_in_turns, check_answer

from retrieval.service import AnswerService


def test_a_list_told_more_of_under_the_items_named(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "普兰县下一步打算分几条？请逐条归纳；其中关于执法人员培训的是哪一条，频次定了多少？",
    )
    assert answer.kind == "list"
    assert "(一)持续强化责任落实[" in answer.answer
    assert "每年组织专业培训不少于4次" in answer.answer
    check_answer(answer)


def test_each_items_figures_asked_alongside(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县的特色亮点有几条？里面有具体数字的也请一并列出。"
    )
    assert answer.kind == "list"
    assert "22人专业宣讲团" in answer.answer
    assert "一并" not in answer.answer
    check_answer(answer)


def test_a_situation_asked_at_the_end_is_its_own_part(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "没写县名的2025年报告，执法证件年审完成了多少名？执法人员专题培训情况也请说明下。",
    )
    assert "完成427名执法人员证件年审[" in answer.answer
    assert "参训800余人次" in answer.answer
    assert "额敏县" not in answer.answer
    check_answer(answer)


def test_two_things_counted_in_different_measures_are_each_asked(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "叶城县的调解组织和调解员有多少？")
    assert "401个调解组织" in answer.answer
    assert "2186名调解员" in answer.answer
    check_answer(answer)


def test_people_asked_of_a_count_kept_in_attendances(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城县政务大厅进驻了几家单位", "接待了多少人")
    assert "87.5余万人次[" in answer.answer
    check_answer(answer)
    lectures = asked_in_turns(lexical_service, "普兰县的法治讲座覆盖了多少人")
    assert "覆盖干部职工500余人次[" in lectures.answer
    check_answer(lectures)


def test_no_attendance_of_another_thing_answers_for_people(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "叶城县的一把手讲法讲了几场", "干部专题考试多少人参加")
    assert "15万余人次" not in answer.answer


def test_a_report_naming_the_term_without_a_figure_is_no_silent_one(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "各报告的“法律明白人”各有多少人")
    assert answer.kind == "table"
    assert "“法律明白人”126人[" in answer.answer
    assert "未给出该数字，相关表述：\n- 未署名报告" in answer.answer
    assert "未提及：额敏县、普兰县" in answer.answer


def test_whether_other_reports_write_a_thing_is_no_attribute(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "别的报告有没有写人大代表建议办理的？")
    assert answer.kind == "mentions"
    assert "叶城县" in answer.answer


def test_the_source_requested_after_an_answer(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县目前持证的执法人员有多少", "请注明出处，具体在报告的哪部分"
    )
    assert "全县现有持证执法人员585人[" in answer.answer
    assert "见于额敏县“二、" in answer.answer
    assert "（二）规范行政执法行为" in answer.answer


def test_the_period_asked_clause_by_clause(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城县调解了多少矛盾纠纷", "上述数据统计口径是什么？是一年的吗？"
    )
    assert "5726件[" in answer.answer
    assert "2023年以来" in answer.answer
    compared = asked_in_turns(
        lexical_service, "额敏县和普兰县各调解了多少矛盾纠纷", "两家数据的统计口径一样吗"
    )
    assert compared.kind == "comparison"
    assert "统计时段" in compared.answer


def test_one_things_figures_asked_after_a_figure(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "叶城县调解了多少矛盾纠纷？调解组织和调解员有多少？",
        "诉前调解那块的数据也列一下",
    )
    assert "诉前调解680件" in answer.answer
    assert "公证" not in answer.answer
    check_answer(answer)


def test_figures_laid_out_by_county_are_a_table(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "法律援助案件数请按县列一下")
    assert answer.kind == "table"
    assert "办理法律援助案件103件[" in answer.answer
    assert "受理法律援助案件543件" in answer.answer


def test_which_rows_to_show_asks_nothing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "合法性审查的数量按报告列下，只列有数字的，没有总数的写明怎么表述的"
    )
    assert answer.kind == "table"
    assert "审查规范性文件11件[" in answer.answer
    assert "审查合同协议50件" in answer.answer


def test_one_figure_is_no_figure_of_a_thing_its_sentence_never_says(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏县和叶城县都写了“法治讲堂·逢九必讲”，两地各办了或参加了多少期、多少人次？"
        "另外网络学法（法宣在线）两地的数据分别是多少？",
    )
    assert answer.kind == "comparison"
    verdicts = [line for line in answer.answer.splitlines() if "多于" in line or "少于" in line]
    assert len(verdicts) == 2, answer.answer
    assert not any("法宣在线" in line for line in verdicts), answer.answer
    both = asked_in_turns(lexical_service, "普兰县和额敏县的案卷评查，各自发现、整改了多少问题？")
    assert "发现问题：额敏县为230个" in both.answer
    rates = asked_in_turns(
        lexical_service, "额敏县和003那份报告，复议案件数、调解和解情况各是多少？"
    )
    assert "件数：额敏县为38件" in rates.answer
    assert not any("调解和解" in line and "38件" in line for line in rates.answer.splitlines())
