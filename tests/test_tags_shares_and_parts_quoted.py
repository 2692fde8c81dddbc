"""Statements checked when a tag asks for it ("…，没说错吧"); shares whose part or whole is left
unsaid, of a sum over named places or the largest one; meetings counted as listed; files
counted by another name; each part's items counted; the signature asked where it stands; the
words a report quotes asked whole; a quoted kind of phrase; whether one report says a thing and,
if not, which do; a part asked what it says of a thing; figures pointed at by a word for any
figure; a column added after a ranking; a period asked as one of two."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_cited

from retrieval.service import AnswerService


def test_a_tag_after_a_statement_asks_it_checked(lexical_service: AnswerService) -> None:
    wrong = lexical_service.ask("叶城受理法律援助案件是500件，没说错吧")
    assert wrong.answer.startswith("核对：与所述不符")
    assert "543件" in wrong.answer.splitlines()[0]
    recalled = lexical_service.ask("我印象中普兰一年调处纠纷是58件，是吧")
    assert recalled.answer.startswith("核对：与所述不符")
    assert "85件" in recalled.answer.splitlines()[0]


def test_a_file_number_is_no_figure_put_forward(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003报告里办理法律援助案件103件，对吧")
    lines = answer.answer.splitlines()
    assert lines[0] == "核对：与所述一致，报告原文：办理法律援助案件103件[1]"
    assert not any(line.startswith("核对") for line in lines[1:])


def test_since_when_counted_names_nothing_counted(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县热线自开通以来累计受理多少件")
    check_cited(answer)
    assert "37116件" in answer.answer


def test_a_share_whose_part_the_clause_before_counts(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城行政许可几项？在总数里占多少")
    assert "行政许可208项[1]占梳理行政职权3415项[1]的6.1%（按所引数字计算）" in answer.answer
    # The share clause is answered by the line worked out, not said to be missing.
    assert "未在报告中找到" not in answer.answer


def test_a_share_of_the_whole_its_sentence_counts_it_in(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城行政强制多少项，在总数里占几成")
    assert "行政强制156项[1]占梳理行政职权3415项[1]的4.6%" in answer.answer


def test_one_place_s_share_of_a_sum_in_one_message(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("2025年度各份报告行政复议收案合计几件？普兰单独占几成")
    check_cited(answer)
    assert "合计49件" in answer.answer
    assert "普兰县1件[2]占合计49件的2.04%" in answer.answer
    # The sum is told once, not asked again as a second table.
    assert answer.answer.count("合计49件（") == 1


def test_the_largest_share_after_a_sum(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各报告化解纠纷件数总计多少", "谁的占比最高")
    check_cited(answer)
    assert "叶城县5726件[5]占合计7354件的77.86%，占比最大" in answer.answer


def test_a_named_side_s_share_of_their_sum(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏、叶城两地复议案件合计几件", "叶城的占多少比例")
    assert "叶城县11件[2]占合计49件的22.45%" in answer.answer


def test_a_word_for_any_figure_points_at_the_one_asked(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "普兰调解纠纷多少件",
        "额敏的数据呢",
        "003的数据呢",
        "三家里哪个最多",
    )
    check_cited(answer)
    assert "额敏县为963件[2]，最多" in answer.answer
    assert "普兰县（85件[1]）" in answer.answer


def test_meetings_listed_are_counted(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县召开过哪些会议，总共几个")
    check_cited(answer)
    assert "报告共列出7个（按上列名称计数）" in answer.answer


def test_files_asked_by_another_name_are_counted(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各报告抽查卷宗多少份")
    check_cited(answer)
    assert "累计抽查案卷126件" in answer.answer
    assert "抽查案卷104份" in answer.answer


def test_each_part_s_items_counted(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县报告分几部分，各部分下面有几条")
    check_cited(answer)
    assert "一、工作开展情况（3条）" in answer.answer
    assert "三、下一步工作打算（4条）" in answer.answer
    # Asked for nothing counted, the outline says no count.
    plain = lexical_service.ask("普兰县报告的框架是怎样的")
    assert plain.answer.startswith("普兰县：一、工作开展情况[1]")
    assert "（3条）" not in plain.answer


def test_a_quoted_heading_s_items_counted(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏报告“下一步工作打算”那节分几条")
    assert answer.kind == "list"
    assert answer.answer.startswith("额敏县（共5条）：五、下一步工作打算")


def test_the_signature_asked_where_it_stands(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪几份报告末尾写了落款日期")
    first = answer.answer.splitlines()[0]
    assert first.startswith("普兰县") and first.endswith("落款日期：2025年12月31日[1]")


def test_words_quoted_of_one_report_are_shown_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰报告里“枫桥经验”原话怎么写的")
    check_cited(answer)
    assert answer.kind == "mentions"
    line = answer.answer.splitlines()[0]
    assert line.startswith("普兰县：坚持和发展新时代“枫桥经验”")
    assert "…" not in line


def test_a_kind_of_phrase_quoted_by_examples(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("像“率先”“全市首个”这样的提法，报告里都有哪些")
    assert answer.kind == "mentions"
    assert "提到“全市首个”" in answer.answer
    assert "2份报告提到“率先”" in answer.answer


def test_which_reports_if_the_one_named_does_not(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏报告里提没提“法律明白人”？要是没有，哪些报告提了")
    lines = answer.answer.splitlines()
    assert lines[0].startswith("额敏县的报告没有") and "法律明白人" in lines[0]
    assert lines[1].startswith("3份报告提到") and "法律明白人" in lines[1]
    assert "要是没有" not in answer.answer


def test_terms_joined_by_or_asked_where_they_appear(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律援助或者公证在哪些报告中出现")
    assert "提到“法律援助”" in answer.answer
    assert "提到“公证”" in answer.answer
    assert "出现" not in answer.answer


def test_a_part_asked_what_it_says_of_a_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇那份在存在的问题部分对执法装备是怎么说的")
    check_cited(answer)
    assert answer.answer.startswith("阿克陶县克孜勒陶镇：二、存在的问题")
    assert "执法装备不足" in answer.answer


def test_a_period_asked_as_one_of_two(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城县行政复议收案数是多少", "这个数算全年的，还是累计数"
    )
    assert "叶城县为2023年以来" in answer.answer


def test_a_column_added_after_a_ranking_is_a_table(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各县行政复议收案数，谁最多", "再加上调解和解率")
    check_cited(answer)
    assert "全年接收行政复议案件38件[1]；全年…调解和解率71.43%[1]" in answer.answer
    assert "最多" not in answer.answer


def test_the_words_asked_again_after_a_part_s_items(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县报告存在的问题与不足，列一下", "原话给我")
    check_cited(answer)
    assert "(一)法治建设均衡性不足" in answer.answer
    assert "　　部分乡镇和部门对法治建设重视程度不够" in answer.answer


def test_whether_a_report_names_its_county_is_its_place(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号报告属于哪个县？正文里有县名吗")
    # The report states no place: said so, and nothing it says is offered as the place.
    assert answer.answer.startswith("该报告未载明地区")
    assert not answer.citations


def test_the_sides_of_one_turn_weighed_after_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城县跟003号报告，法律援助各办理多少件", "谁多，差多少件"
    )
    check_cited(answer)
    assert answer.kind == "comparison"
    assert "多440件" in answer.answer
    assert "普兰县" not in answer.answer


def test_a_share_after_a_sum_asked_takes_no_other_whole(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城行政处罚案件和行政许可案件加起来多少件", "行政处罚占总数的多少"
    )
    # The whole meant is the sum just asked, not the report's count of powers.
    assert "3415项" not in answer.answer


def test_the_most_and_the_least_items_asked_at_once(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各份报告讲存在问题的那部分，谁列的条数最多？谁最少")
    check_cited(answer)
    first = answer.answer.splitlines()[0]
    assert first.startswith("最多的是阿克陶县克孜勒陶镇；并列最少的是额敏县、普兰县")


def test_a_passage_headed_by_words_quoted_is_given_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏报告“闭环管理，推动行政执法精准化提升”那段原文给我")
    check_cited(answer)
    assert answer.kind == "list"
    assert "创新建立“每月双领域”案卷评查机制" in answer.answer
