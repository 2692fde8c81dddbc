"""What officials say around a question ("您好，在准备年终会的材料，…", "…，一起说下", "别光看
口号") and how they shorten or mistype its words ("行复", "复以") leave what is asked as it is.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import check_answer, check_citation

from retrieval.query.instructions import without_instructions
from retrieval.query.social import is_social
from retrieval.schema import Conversation
from retrieval.service import AnswerService


def test_a_compound_asked_by_its_halves_first_characters(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰跟额敏比一比，行复案件哪家多")
    assert answer.kind == "comparison"
    assert "额敏县为38件[" in answer.answer and "多于普兰县的1件[" in answer.answer
    assert answer.notice and "“行复”按“行政复议”" in answer.notice
    ranked = lexical_service.ask("行复案件哪个县最多")
    assert ranked.kind == "ranking" and ranked.answer.startswith("最多的是额敏县：38件[")
    # Characters a word of the language joins are no abbreviation.
    plain = lexical_service.ask("额敏县有多少名持证执法人员")
    assert not plain.notice or "理解" not in plain.notice


def test_a_slip_beside_a_word_made_by_chance(lexical_service: AnswerService) -> None:
    # "以案" is a word of the reports that the slip "复以" runs into.
    answer = lexical_service.ask("额敏和普兰的行政复以案子谁多")
    assert answer.kind == "comparison" and not answer.abstained
    assert answer.notice and "“行政复以”按“行政复议”" in answer.notice
    # A character its aspect particle follows is a verb, typed as meant.
    typed = lexical_service.ask("额敏县行政复议案件收了多少件")
    assert "全年接收行政复议案件38件[" in typed.answer
    assert not typed.notice or "案件受" not in typed.notice
    check_answer(typed)


def test_what_the_asker_is_doing_before_the_question_asks_nothing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("您好，正在写年终总结，普兰县法律援助都办了些啥")
    assert not answer.abstained
    assert "认罪认罚9件" in answer.answer
    check_answer(answer)
    thanked = lexical_service.ask("谢谢上回的回答。再问一下额敏县法治督察问题整改的情况")
    assert thanked.kind == "list"
    assert thanked.answer.startswith("额敏县：（五）狠抓问题整改落实")


def test_an_introduction_with_nothing_asked_is_social() -> None:
    assert is_social("我县人大的，准备搞执法检查，想问问这几个报告")
    assert is_social("我是司法所的，想了解一下情况")
    assert not is_social("我是额敏县的，想了解一下行政复议情况")
    assert not is_social("谢谢，再问一下叶城县的调解员有多少")


def test_a_request_to_tell_it_all_or_look_asks_nothing() -> None:
    assert without_instructions("普兰县的问题有几条？下步打算是哪几方面，一起说下").endswith(
        "哪几方面"
    )
    assert "查" not in without_instructions("有没有报告提到首违不罚的，麻烦查一下")
    assert "口号" not in without_instructions("普法宣传活动场次谁最多，别光看口号")


def test_which_reports_hold_a_term_said_last(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("府院联动 哪个报告有")
    assert answer.kind == "mentions"
    assert answer.answer.startswith("1份报告提到“府院联动”")
    done = lexical_service.ask("帮企业搞法治体检的，是哪几份")
    assert done.kind == "mentions" and "见于3份报告" in done.answer
    pointed = lexical_service.ask("法治副校长这个事儿有哪些报告写了")
    assert pointed.answer.startswith("1份报告提到“法治副校长”")
    for citation in [*answer.citations, *done.citations, *pointed.citations]:
        check_citation(citation)


def test_the_order_and_signature_of_reports_asked_in_few_words(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶和普兰这两份报告谁先发的")
    assert answer.kind == "comparison"
    assert "普兰县为2026-01-12[" in answer.answer and "早于" in answer.answer
    signed = lexical_service.ask("普兰的报告是谁落的款，什么时候")
    assert "普兰县报告的落款：普兰县人民政府[" in signed.answer
    assert "2025年12月31日[" in signed.answer


def test_where_an_answer_is_said_is_the_answer_again(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    for question in ("额敏县行政复议案件收了多少", "调解和解率呢"):
        told = lexical_service.ask(question, conversation=conversation)
    answer = lexical_service.ask("出处在哪里", conversation=conversation)
    assert answer.answer == told.answer
    assert "调解和解率71.43%[" in answer.answer


def test_the_other_places_asked_the_question_before(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县行政复议案件多少件", conversation=conversation)
    answer = lexical_service.ask("那另外几个县呢", conversation=conversation)
    assert answer.kind == "table"
    assert "叶城县：2023年以来,受理行政复议案件11件[" in answer.answer
    conversation = Conversation()
    lexical_service.ask("普兰县存在哪些问题", conversation=conversation)
    listed = lexical_service.ask("其他县呢", conversation=conversation)
    assert listed.kind == "list"
    assert "叶城县：二、2023年度推进法治政府建设存在的不足和原因[" in listed.answer
    assert "额敏县：四、法治政府建设存在的问题与不足[" in listed.answer
    assert "普兰县" not in listed.answer


def test_the_report_found_lacking_is_the_one_pointed_at_next(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("哪份报告没写是哪个县的", conversation=conversation)
    answer = lexical_service.ask("它有啥问题", conversation=conversation)
    assert answer.kind == "list"
    assert answer.answer.startswith("未署名报告（003_fb758e20d058b773.txt）：二、存在问题[")


def test_a_place_name_then_a_word_is_no_slip_of_the_name(lexical_service: AnswerService) -> None:
    # 现 sounds as 县, but 现在 is a word of its own.
    answer = lexical_service.ask("额敏现在持有执法证的人员多少")
    assert answer.answer.startswith("额敏县：")
    assert not answer.notice or "额敏现" not in answer.notice
