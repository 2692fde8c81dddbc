"""Documents issued asked as a list, sums of two places, asides around the question, and
figures named in other words.

Which documents a report issued is every title after a verb of issuing; two places' figures
are added up when asked ("两家加起来"); a statement about the asker before the question, an
English "please", and "这几份材料" are no part of what is asked; another rate answers only
when it is the asked rate by another name; a term found only in other words is shown in them.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_documents_issued_are_every_title_after_a_verb_of_issuing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城县那年制定下发过哪些文件")
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {YECHENG}
    for title in ("《2023年叶城县普法依法治理工作要点》", "《2023年地质灾害防治方案》"):
        assert title in answer.answer
    # Laws publicised are no documents issued.
    assert "《中华人民共和国劳动法》" not in answer.answer
    cited_rows(answer)


def test_documents_of_the_kind_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县出台了哪些方案")
    assert answer.kind == "list"
    assert "《额敏县2024年度述法问题整改工作方案》" in answer.answer
    assert "《额敏县重大合同管理办法（试行）》" not in answer.answer


def test_points_given_are_counted_in_points(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇全年给群众赋了多少分")
    assert "72740分" in answer.answer
    check_answer(answer)


def test_a_statement_about_the_asker_is_no_part_of_the_question(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask(
        "我们县准备出台执法培训制度，想参考一下。普兰和叶城对执法人员培训分别是怎么要求的"
    )
    assert "不少于4次" in answer.answer and "不少于2次" in answer.answer
    assert {c.source for c in answer.citations} == {PULAN, YECHENG}
    cited_rows(answer)


def test_a_statement_naming_the_place_asked_about_is_kept(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("我是额敏县的。今年行政复议收了多少件")
    assert "38件" in answer.answer
    assert {c.source for c in answer.citations} == {EMIN}


def test_these_papers_are_every_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("这几份材料分别是哪一年的")
    assert answer.kind == "table"
    assert len(answer.citations) == 5


def test_please_in_english_is_courtesy(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("行政复议案件数，每个县please做个table")
    assert answer.kind == "table"
    assert "38件" in answer.answer and "please" not in answer.answer


def test_a_rate_of_another_thing_answers_no_rate_asked(lexical_service: AnswerService) -> None:
    # No report states a rate of lost suits; 出庭应诉率 and 纠错率 are rates of other things.
    answer = lexical_service.ask("哪个县行政诉讼败诉率最高")
    assert answer.abstained or "100%" not in answer.answer


def test_a_term_said_only_in_other_words_is_shown_in_them(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("有没有报告提到巡查")
    first = answer.answer.splitlines()[0]
    assert "“巡逻”" in first and "意思相近" in first
    assert {c.source for c in answer.citations} == {AKETAO}


def test_what_leads_the_first_of_two_verbs_leads_the_second(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("有没有报告写到用无人机执法或者巡查")
    assert answer.citations == []
    assert answer.answer.startswith("没有报告提到")


def test_whether_two_rates_differ(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏跟克孜勒陶镇，调解成功率有区别没")
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1].startswith("额敏县与阿克陶县克孜勒陶镇相同，均为100%")
    cited_rows(answer)


def test_two_things_asked_in_sentences_of_their_own(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "企业法治体检，叶城和有8个镇(街道)的那个县，谁覆盖的企业多？提了多少条建议？"
    )
    assert answer.kind == "comparison"
    assert "42条" in answer.answer and "54条" in answer.answer and "36家" in answer.answer
    # The 56 legal risks found are no suggestions made.
    assert "56条" not in answer.answer
    cited_rows(answer)


def test_keywords_of_two_amounts_are_each_answered(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇 网格 数量 网格员 人数")
    assert "66个" in answer.answer and "373名" in answer.answer
    check_answer(answer)


def test_two_places_added_up_after_two_turns(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("克孜勒陶镇化解了几件矛盾纠纷", conversation=conversation)
    lexical_service.ask("那普兰呢", conversation=conversation)
    answer = lexical_service.ask("两家加起来多少件", conversation=conversation)
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1].startswith("合计253件")
    cited_rows(answer)
