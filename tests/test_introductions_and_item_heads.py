"""Who the asker is and trying the bot out ask nothing; words of place, everyday words for
shortcomings, and a thing the item's heading names.

"您好，我是新来镇上工作的同志。" and "qwerty 测试一下" get the reply saying what can be asked;
"最后写的问题" asks the problems, 最后 naming no topic; "毛病" are shortcomings; "在A、B方面…
各多少": A may head the item whose sentence answers B; "A比B多多少" of two things of one report
is answered with their difference, only where each figure's clause says its own thing; a
breakdown asked ("按类别是怎么构成的") is quoted whole; "我是普兰县的，…我们跟额敏比" sets the
asker's place beside the other; "我们要汇总一下，" says what the asker means to do; 批次, which
no report counts, is not found; "在强化组织领导上出台了哪些文件" lists that field's titles only.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, check_answer, check_citation, cited_rows

from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize("said", ["您好，我是新来镇上工作的同志。", "qwerty 测试一下 看看能不能用"])
def test_an_introduction_or_a_try_asks_nothing(lexical_service: AnswerService, said: str) -> None:
    answer = lexical_service.ask(said)
    assert answer.kind == "chitchat"
    assert not answer.citations


def test_a_word_of_place_names_no_topic(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号报告最后写的问题有哪几个")
    check_answer(answer)
    assert answer.kind == "list"
    assert "执法规范化水平不高" in answer.answer


def test_everyday_words_for_shortcomings(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰在法治建设上有哪些毛病")
    check_answer(answer)
    assert answer.kind == "list"
    assert "法治服务供给仍有短板" in answer.answer


def test_a_thing_the_items_heading_names(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县在保障群众合法权益、扩大法律援助范围上办了哪些事，各多少")
    check_answer(answer)
    assert "代写文书95件" in answer.answer
    assert "未在报告中找到" not in answer.answer


def test_how_far_apart_two_things_of_one_report_are(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰的法律顾问经费比普法经费多多少")
    lines = answer.answer.splitlines()
    assert lines[-1] == "法律顾问经费为8万元[1]，比普法经费的3万元[1]多5万元。"
    # A field said once before a space is the field of both things.
    answer = lexical_service.ask("叶城12345热线 受理的比办结的多几件")
    assert answer.answer.splitlines()[-1].endswith("多34件。")
    assert {c.source for c in answer.citations} == {YECHENG}


def test_no_difference_of_a_figure_of_a_third_thing(lexical_service: AnswerService) -> None:
    # The sentence's 585人 are those holding certificates, not those whose were revoked.
    answer = lexical_service.ask("额敏注销执法证的人数比参加资格考试的人数多多少")
    check_answer(answer)
    assert len(answer.answer.splitlines()) == 1 and "57人" in answer.answer


def test_a_breakdown_asked_is_quoted_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县梳理的行政职权按类别是怎么构成的")
    check_answer(answer)
    assert "行政处罚2407项" in answer.answer and "其他行政权力169项" in answer.answer


def test_the_askers_own_place_set_beside_another(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("我是普兰县的，参加执法资格考试的有多少人，我们跟额敏比谁多")
    assert cited_rows(answer) == {PULAN: "25名", EMIN: "42名"}
    assert answer.answer.splitlines()[-1] == "额敏县为42名[2]，多于普兰县的25名[1]。"


def test_batches_no_report_counts_are_not_found(lexical_service: AnswerService) -> None:
    # No report counts batches (批次): a figure of sessions or people is no answer.
    answer = lexical_service.ask("额敏县食品安全抽检了多少批次")
    assert answer.abstained and not answer.citations


def test_what_the_asker_means_to_do_is_no_thing_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("我们要汇总一下，各个报告里规范性文件和合同审查了多少，列个表")
    assert answer.kind == "table"
    assert cited_rows(answer)[PULAN] == "11件；17件"
    assert "我们要" not in answer.answer


def test_documents_issued_in_the_field_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城在组织领导上出台了哪些文件")
    for citation in answer.citations:
        check_citation(citation)
    assert "《中共叶城县委全面依法治县委员会2023年工作要点》" in answer.answer
    # The titles of other sections (a landslide plan) are not the field's.
    assert "地质灾害" not in answer.answer
