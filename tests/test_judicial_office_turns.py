"""Turns typed by a township judicial office head between mediations: a doing named before its
object ("案卷评查了多少件"), a word typed by its sound, "挨个说下", a bare "啥时候" beside another
attribute, a field marked by "那块" before a doing, a term with a letter in it, and follow-ups
that switch the place ("换成普兰看看"), ask the period of "上一个", the largest of "这些",
one item's own words ("装备那句原话"), whether the report says its county, the field "这方面"
points at, or a figure set against last year's.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import asked_in_turns, check_answer

from retrieval.service import AnswerService


def test_a_doing_named_before_its_object_counts_the_object(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "普兰县的案卷评查了多少件")
    assert "评查案卷66件[" in answer.answer
    check_answer(answer)


def test_a_rare_word_typed_by_its_sound_is_read_as_the_reports_word(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "额敏复义收了多少件啊")
    assert "38件[" in answer.answer
    assert "复议" in answer.answer
    check_answer(answer)


def test_a_phrase_the_reports_write_is_no_slip(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城一案一补发放了多少钱")
    assert "39.22余万元[" in answer.answer
    assert "理解" not in (answer.notice or "")
    check_answer(answer)


def test_told_one_by_one_asks_nothing_more(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "12345热线 各县办了多少件 挨个说下")
    assert answer.kind == "table"
    assert "热线办件1020件[" in answer.answer
    assert "问题730件[" in answer.answer


def test_a_bare_when_beside_another_attribute_asks_when_it_was_put_out(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "叶城那份报告哪个单位发的 啥时候")
    assert answer.kind == "metadata"
    assert "叶城县司法局[" in answer.answer
    assert "2025年09月05日[" in answer.answer


def test_a_field_marked_before_a_doing_is_no_word_asked(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县学校那块做了啥")
    assert not answer.abstained
    assert "在学校开设法治课堂4节" in answer.answer


def test_a_term_with_a_letter_is_found_in_its_order(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "3+N调解机制哪个报告写了")
    assert answer.kind == "mentions"
    assert "003_fb758e20d058b773.txt" in answer.answer
    assert not any(row.value for row in answer.rows if row.source != "003_fb758e20d058b773.txt")


def test_another_place_asked_to_be_seen(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县持证的执法人员有多少", "换成普兰看看")
    assert "普兰县" in answer.answer
    # "组织25名行政执法人员参加资格考试": exam takers, no count of those holding one.
    assert "25名行政执法人员" not in answer.answer


def test_the_period_of_the_one_before(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城县公证办理了几件", "法援呢", "上一个是哪年的数据")
    assert not answer.abstained
    assert "2023年以来" in answer.answer


def test_the_largest_of_the_parts_just_told(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县法律援助都办了些什么", "这些里头哪个最多")
    assert "最多的是代写文书（95件）" in answer.answer
    neither = asked_in_turns(lexical_service, "普兰县法律援助都办了些什么", "其中哪个县最多")
    assert "最多的是代写文书" not in neither.answer


def test_one_items_own_words_under_its_heading(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "克孜勒陶镇存在啥问题", "装备那句原话")
    assert answer.kind == "list"
    assert "执法装备不足,无专业服装、执法记录仪等,无法适用新形势下的执法要求[" in answer.answer
    check_answer(answer)


def test_whether_the_unnamed_report_says_its_county(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "没写县名那份 出台了几项制度", "报告里到底说没说是哪个县"
    )
    assert "未载明地区" in answer.answer
    named = asked_in_turns(lexical_service, "额敏县报告有没有说是哪个县")
    assert named.kind == "metadata"
    assert "额敏县报告的地区：额敏县[" in named.answer


def test_the_field_pointed_at_is_the_one_asked_before(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "克孜勒陶镇在突发事件应对方面，应急演练搞了多少次？",
        "叶城县这方面写了啥，和克孜勒陶比一比",
    )
    assert answer.kind == "comparison"
    assert "叶城县：(九)健全突发事件应对体系" in answer.answer


def test_a_figure_against_last_years_needs_a_change_said(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "额敏县复议案子收了几件", "是不是比去年多")
    assert answer.abstained
    fell = asked_in_turns(lexical_service, "没写县名那份扫码入企以后涉企检查比去年少了吗")
    assert "28.42%" in fell.answer and "下降" in fell.answer
