"""Comparisons asked in compound sentences: reports laid out by "以下几家" or "给五家", a side
pointed at again ("普兰那边"), things joined by 跟, a field before a colon leading each thing
listed after it, one thing asked twice, and whether the sides state a figure or a term.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import asked_in_turns

from retrieval.service import AnswerService


def test_sides_listed_after_a_colon_and_one_pointed_at_again(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service,
        "12345热线各办多少件，对比以下几家：普兰、克孜勒陶镇、003；普兰那边咨询跟投诉又是多少",
    )
    assert answer.kind == "comparison"
    assert "其中咨询815件" in answer.answer
    assert "投诉205件" in answer.answer
    assert "1020件" in answer.answer
    assert "以下" not in answer.answer
    assert "那边" not in answer.answer


def test_a_field_before_a_colon_leads_each_thing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "对照额敏和003两家的案卷评查：抽查的案卷数、整改的问题数，分别差多少"
    )
    assert answer.kind == "comparison"
    assert "额敏县为126件[" in answer.answer
    assert "对照" not in answer.answer
    # The problems the file reviews found, not those of another check ("摸排整改问题10条").
    assert "为230个[" in answer.answer
    assert "10条" not in answer.answer


def test_each_thing_after_the_colon_is_weighed(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县和003的执法人员培训：专题培训几次、参训多少人次，哪边多"
    )
    assert "为800余人次[" in answer.answer
    assert "为6次[" in answer.answer
    assert "力度" not in answer.answer


def test_the_reports_counted_before_the_order(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "按复议案件数给这五家排个序")
    assert answer.kind == "ranking"
    assert answer.answer.startswith("最多的是额敏县：38件[1]")


def test_one_thing_asked_twice_is_judged_once(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "克孜勒陶镇和普兰县化解的矛盾纠纷各多少件，差多少？成功率都有写吗"
    )
    verdicts = [line for line in answer.answer.splitlines() if "85件[" in line and "比" in line]
    assert len(verdicts) == 1
    assert "成功化解率100%" in answer.answer
    assert "都有写" not in answer.answer


def test_a_report_naming_the_term_without_a_count(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "法律明白人，哪些报告提到了？各多少人")
    assert "“法律明白人”126人" in answer.answer
    assert "未给出该数字，相关表述：\n- 未署名报告（003_fb758e20d058b773.txt）" in answer.answer
    assert "提到了" not in answer.answer


def test_a_sentence_asking_the_period_is_told_by_the_note(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城和003的法律援助案件比一比，相差几件？叶城的是全年的吗"
    )
    lines = answer.answer.splitlines()
    assert "叶城县为2023年以来[1]" in lines[2]
    assert any(line.endswith("多440件。") for line in lines)
    assert not any(line.startswith("全年") for line in lines)


def test_a_report_named_by_number_takes_the_place_asked_before(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "额敏县持证执法人员有多少？", "换成003那个县说说")
    assert answer.answer.startswith("未署名报告（003_fb758e20d058b773.txt）：")
    assert "额敏" not in answer.answer


def test_two_places_named_in_a_follow_up_are_the_sides(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县法律援助办了哪些？", "那叶城和003那份呢，叶城比003多几件"
    )
    assert answer.kind == "comparison"
    assert "普兰" not in answer.answer
    assert answer.answer.rstrip().endswith("多440件。")
