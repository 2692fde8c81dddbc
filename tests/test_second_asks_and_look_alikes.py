"""A second ask said briefly, and words that look or sound like no part of the thing.

"…有多少个？Y呢？" asks Y's count as the part before asks its own; "一共多少项" is answered by
the figure in that very measure beside the clause naming the thing; "多少分" and "多少卷" are
measures; a stop word ("手里", "具体") names nothing to be matched; a comparison asking a
figure and then how each side did something ("有何不同") gets both; a follow-up naming the
report without a place ("没写县名那份呢") asks the previous question of it, and a description
of it is read before counting that report's parts; a thing named after a count of cases
("行政许可呢") is counted as cases; middle dots are alike however they are written; means
listed with 、 ("用抖音、短视频搞普法") are each looked for. "请按X对五份报告排序" orders the
reports by X; "主要依托什么做法" after a figure asks the means its sentence names. An aspect
word describing a topic ("特色调解工作室") asks the topic where no report has that part; "普法"
names the field reports call 法治宣传. 老百姓 are the reports' 群众; "查摆出的不足" are a report's
problems; "培养法律明白人" asks for the people, whatever verb a report uses; a near form is
quoted beside the question's other words; "用抖音普法" looks for the means. A table's row
names the thing asked ("法律顾问覆盖情况": a sentence of 全覆盖 alone is no row). Words of
asking ("都做了些什么事") weigh nothing, however rarely the reports use them. A year said right
after each region is that region's ("叶城2023年、额敏2025年"). A report's own analysis of its
shortcomings is its problems section; "各是多少" after a verdict asks no new thing; one report
named twice ("第四份报告（003…）") is one side. A slip that makes a word of the language the
reports never use ("行政附议") is read as the reports' word beside it; a slip is checked
against the reports beside the word after it ("丰桥经验": 枫桥经…).

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.parts import question_parts
from retrieval.query.weights import question_weights
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_a_bare_second_thing_is_counted_as_the_first(lexical_service: AnswerService) -> None:
    vocabulary = lexical_service.store.lexical()
    assert question_parts("法律明白人有多少个？示范户呢？", vocabulary) == [
        "法律明白人有多少个",
        "示范户有多少个",
    ]
    answer = lexical_service.ask("克孜勒陶镇法律明白人现在有多少个？示范户呢？")
    check_answer(answer)
    assert "93户" in answer.answer and "126人" in answer.answer


def test_a_total_in_the_measure_asked_beside_the_named_clause(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城县的权责清单一共梳理出多少项？行政处罚有多少？")
    check_answer(answer)
    assert "3415项" in answer.answer and "2407项" in answer.answer


def test_points_and_case_files_are_measures(lexical_service: AnswerService) -> None:
    points = lexical_service.ask("克孜勒陶镇积分制给多少户赋了多少分？兑了多少元？")
    check_answer(points)
    assert "72740分" in points.answer and "97496元" in points.answer
    files = lexical_service.ask("普兰县评查了多少卷执法案卷？纠正问题多少个？")
    check_answer(files)
    assert "66件" in files.answer and "22个" in files.answer


def test_stop_words_name_nothing_to_match(lexical_service: AnswerService) -> None:
    held = lexical_service.ask("克镇、普兰两地手里有执法证的人各有多少？")
    check_answer(held)
    assert held.kind == "comparison"
    assert cited_rows(held)[AKETAO] == "9名"
    funds = lexical_service.ask("普兰县法治工作经费具体安排了多少钱？")
    check_answer(funds)
    assert "8万元" in funds.answer and "1075万元" not in funds.answer


def test_a_figure_then_how_each_side_did_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县和普兰县各接到几件行政复议申请？两地的办理成效有何不同？")
    check_answer(answer)
    assert answer.kind == "comparison"
    lines = answer.answer.splitlines()
    assert any("38件" in line and "多于" in line for line in lines)
    # The second block names what it compares, then each side's cited sentence.
    at = next(i for i, line in enumerate(lines) if line.endswith("：") and "成效" in line)
    after = lines[at + 1 : at + 3]
    assert after[0].startswith("额敏县：") and after[1].startswith("普兰县：")
    assert all("[" in line for line in after)


def test_the_unplaced_report_named_in_a_follow_up(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县行政复议收了多少件？", conversation=conversation)
    answer = lexical_service.ask("没写县名那份呢？", conversation=conversation)
    check_answer(answer)
    assert {c.source for c in answer.citations} == {UNNAMED}
    assert "10件" in answer.answer


def test_a_described_reports_parts_are_counted(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("没署县名那份报告里，今后打算分几块？")
    check_answer(answer)
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {UNNAMED}
    assert "（共4" in answer.answer


def test_a_follow_up_thing_counted_as_the_cases_before(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("叶城县办理了多少行政处罚案件？", conversation=conversation)
    answer = lexical_service.ask("行政许可呢", conversation=conversation)
    check_answer(answer)
    assert "9691件" in answer.answer and "208项" not in answer.answer


def test_middle_dots_alike_however_written(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("“法治讲堂·逢九必讲”额敏县、叶城县各办了多少期？")
    check_answer(answer)
    assert (cited_rows(answer)[EMIN], cited_rows(answer)[YECHENG]) == ("12期", "36期")


def test_means_listed_with_a_pause_are_each_looked_for(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告讲到用抖音、短视频搞普法？")
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {PULAN, UNNAMED, YECHENG}


def test_what_the_reports_are_ordered_by(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请按调处矛盾纠纷的数量对这几份报告由多到少排序。")
    assert answer.kind == "ranking"
    rows = cited_rows(answer)
    assert (rows[YECHENG], rows[UNNAMED]) == ("5726件", "412件")
    assert "2186名" not in answer.answer.splitlines()[0]


def test_the_unplaced_reports_own_problems(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("不带县名的那份，自己列了哪几个问题？")
    check_answer(answer)
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {UNNAMED}
    assert "（共3" in answer.answer


def test_the_means_of_a_figure_are_its_sentence(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("那份没署县名的报告，涉企检查降了多少？靠的是什么办法？")
    check_answer(answer)
    assert "28.42%" in answer.answer and "扫码入企" in answer.answer


def test_an_aspect_word_that_only_describes_the_topic(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("未标县名那份里，培育了哪些特色调解工作室？")
    check_answer(answer)
    assert not answer.abstained
    assert "赵姐跑腿" in answer.answer
    plain = lexical_service.ask("没写县名的那份，亮点有哪些？")
    assert plain.abstained and "没有单列" in plain.answer


def test_a_field_said_in_its_everyday_word(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县在普法上干了哪些事？")
    assert answer.kind == "list"
    assert "深化法治宣传教育" in answer.answer.splitlines()[0]


def test_everyday_people_and_a_figure_in_the_next_sentence(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇积分管理给老百姓兑了多少元？")
    check_answer(answer)
    assert "97496元" in answer.answer


def test_problems_a_report_finds_in_itself(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县查摆出的不足有哪些？")
    check_answer(answer)
    assert answer.kind == "list" and "（共4" not in answer.answer
    assert "思想意识有待增强" in answer.answer and "执法队伍力量薄弱" in answer.answer


def test_people_brought_up_by_any_verb(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告讲到培养法律明白人？")
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {AKETAO, UNNAMED, YECHENG}


def test_a_near_form_beside_the_questions_other_words(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪几个县给企业搞过法律体检？")
    assert answer.kind == "mentions"
    emin = next(c for c in answer.citations if c.source == EMIN)
    assert "企业" in emin.excerpt


def test_a_means_before_its_purpose(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪几份报告里讲到用抖音普法？")
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {PULAN, YECHENG}


def test_a_tables_row_names_the_thing_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各县法律顾问覆盖情况分别如何")
    assert answer.kind == "table"
    rows = cited_rows(answer)
    assert AKETAO not in rows or rows[AKETAO] is None
    assert AKETAO not in {c.source for c in answer.citations}


def test_words_of_asking_weigh_nothing(lexical_service: AnswerService) -> None:
    vocabulary = lexical_service.store.lexical()
    weights = question_weights("为中小学生普法都做了些什么事", vocabulary)
    assert not {"都", "做", "事"} & set(weights) and "普法" in weights
    answer = lexical_service.ask("额敏县为中小学生普法都做了些什么事？")
    check_answer(answer)
    assert not answer.abstained and "中小学" in answer.answer


def test_each_region_with_a_year_of_its_own(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城2023年、额敏2025年分别调处矛盾纠纷多少件？")
    check_answer(answer)
    assert answer.kind == "comparison"
    assert (cited_rows(answer)[YECHENG], cited_rows(answer)[EMIN]) == ("5726件", "963件")
    assert "没有" not in answer.answer


def test_a_reports_own_analysis_of_its_shortcomings(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县报告里自己分析的不足有几条？")
    check_answer(answer)
    assert answer.kind == "list" and "（共4" in answer.answer


def test_each_figure_asked_after_the_verdict(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰和额敏，行政复议案子谁多？分别是多少？")
    check_answer(answer)
    assert "无法比较" not in answer.answer and "多于" in answer.answer


def test_one_report_named_twice_is_one_side(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("第四份报告（003那份）给多少家重点企业做了法治体检？")
    check_answer(answer)
    assert answer.kind == "fact" and "42家" in answer.answer


def test_a_slip_that_makes_a_word_the_reports_never_use(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县受理行政附议案件多少件？")
    check_answer(answer)
    assert "11件" in answer.answer and "9691件" not in answer.answer
    assert answer.notice is not None and "行政复议" in answer.notice


def test_a_slip_read_beside_the_characters_after_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪几份报告说到新时代丰桥经验？")
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {AKETAO, PULAN}
    assert answer.notice is not None and "枫桥" in answer.notice
