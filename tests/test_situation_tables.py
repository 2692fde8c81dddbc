"""Tables of how each report speaks of a work ("…情况，一县一行", "每个县摘一句原文"), a name
the reports quote, two columns or a field before its figures, the whole preferred to a kind,
a later sentence of a comparison asking of the first one's thing, each report's list with
those that say it in passing, and a numbered item with how many its section holds.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import asked_in_turns

from retrieval.service import AnswerService


def test_a_line_a_report_makes_a_situation_a_table(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "法律顾问方面各县是什么情况，一县一行")
    assert answer.kind == "table"
    assert "合法性审查35次" in answer.answer
    assert "370个村(社区)已实现法律顾问全覆盖" in answer.answer
    # The town speaks of its advisers only among its problems: quoted, not called silent.
    assert "其他相关表述：\n- 阿克陶县克孜勒陶镇：法律顾问作用发挥不充分" in answer.answer


def test_each_report_quoted_in_its_own_words(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "化解矛盾纠纷的情况，每个县摘一句原文")
    assert answer.kind == "table"
    for figure in ("963件", "168件", "85件", "412件", "5726件"):
        assert figure in answer.answer


def test_a_section_heading_is_no_row_of_how_it_went(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各县领导干部学法的情况汇总下")
    assert answer.kind == "table"
    line = next(line for line in answer.answer.splitlines() if line.startswith("叶城县："))
    assert "专题法治讲座36期" in line


def test_a_name_the_reports_quote_must_be_said(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "行政执法三项制度在各报告里是怎么写的？")
    assert answer.kind == "table"
    assert answer.answer.startswith("额敏县：全面推行行政执法“三项制度”")
    # Said only in its plans: quoted apart; a report that never names it is silent.
    assert "未署名报告（003_fb758e20d058b773.txt）：以“法治是最好的营商环境”为导向" in answer.answer
    assert answer.answer.rstrip().endswith("未提及：普兰县")


def test_a_closing_table_form_and_a_sentence_each(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "法治讲座情况，各县一句，表格形式")
    assert answer.kind == "table"
    assert "法治讲座2场次" in answer.answer


def test_two_columns_asked_are_two_things(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "复议和出庭应诉两列，各县做个表")
    assert answer.kind == "table"
    assert "出庭应诉1起" in answer.answer
    assert "出庭应诉率达100%" in answer.answer
    assert "两列" not in answer.answer


def test_a_field_clause_leads_each_figure_after_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "执法案卷评查，评查数量和查出问题数两个数一张表")
    assert answer.kind == "table"
    assert "问题173条" in answer.answer
    assert "整改各类问题33个" in answer.answer
    assert "发现并纠正问题22个" in answer.answer
    # Problems of another work (述法) are no problems found in the files.
    assert "5条共性问题" not in answer.answer


def test_the_whole_is_preferred_to_a_kind(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "调解组织数量拉个表")
    assert answer.kind == "table"
    assert "全县401个调解组织" in answer.answer
    assert "拉" not in answer.answer.split("\n")[0].split("：")[0]


def test_a_later_sentence_naming_nothing_asks_of_the_first_thing(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "逢九必讲额敏和叶城分别办了几期？参加的人多少")
    assert answer.kind == "comparison"
    assert "15万余人次" in answer.answer
    # Another thing's people (an exam) are no attendance of the lectures.
    assert "42名" not in answer.answer
    assert "32886人" not in answer.answer


def test_each_reports_list_with_what_says_it_in_passing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "法治文化阵地，每个县都建了哪些")
    assert answer.kind == "list"
    assert "法治长廊2个" in answer.answer
    assert "法治文化墙2650面" in answer.answer
    assert answer.answer.rstrip().endswith("未提及：普兰县")


def test_reports_counted_with_how_to_list_them(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "审查规范性文件多少件，五份一起列")
    assert answer.kind == "table"
    assert "审查规范性文件11件" in answer.answer
    assert "五份" not in answer.answer


def test_a_numbered_item_with_how_many_its_section_holds(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "下一步计划各有几条，头一条是什么")
    assert answer.kind == "table"
    assert "额敏县（共5条）：（一）深化法治理念培育" in answer.answer
    assert "叶城县（共4条）：(一)落实好法治学习" in answer.answer


def test_a_side_counting_kind_by_kind_shows_its_kinds(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县、叶城县法律援助工作各办了多少")
    assert answer.kind == "comparison"
    assert "普兰县：未给出总数，分项：共办理刑事案件律师辩护6件、认罪认罚9件" in answer.answer
    assert "受理法律援助案件543件" in answer.answer
    # No total on one side: nothing is weighed.
    assert "多于" not in answer.answer


def test_kinds_are_no_side_of_a_verdict(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城和普兰法律援助谁办得多")
    assert "分项" not in answer.answer
    assert "多于" not in answer.answer


def test_a_domains_bracketed_kinds_are_its_own(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "应急方面（队伍、预警、演练、培训）各报告有哪些数字，没有的写未提及"
    )
    assert answer.kind == "table"
    assert "应急队伍19支194人" in answer.answer
    assert "预警信息305条" in answer.answer
    # Training of law enforcers is no training of the emergency domain.
    assert "执法人员" not in answer.answer


def test_things_offered_as_either_after_the_count(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "合法性审查方面，各报告分别审了多少文件或合同")
    assert answer.kind == "table"
    assert "审查规范性文件11件" in answer.answer
    assert "合同17件" in answer.answer
    assert "全年审查22件" in answer.answer


def test_a_bracket_offering_either_measure(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "做个表：每份报告里负责人出庭应诉的情况（出庭应诉率或者件数）"
    )
    assert answer.kind == "table"
    # Each measure offered is a thing of its own, each row stating its figures.
    # (Asked as a table, the report lines come laid out as one first, then as said.)
    lines = answer.answer.split("\n\n", 1)[-1].splitlines()
    assert lines[0].startswith("额敏县：全年") and lines[0].endswith("应诉率100%[1]")
    assert "出庭应诉1起" in answer.answer
    assert "100%[3]；" in lines[2] and lines[2].endswith("诉讼案件2件[3]")
