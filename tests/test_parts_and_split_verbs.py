"""A yes-no clause after a count is a part of its own ("…多少项？完成率是不是100%？"), and a verb
split from its object by 了 is read as the reports write the pair ("赋了分" → 赋分).

Figures and excerpts are checked against the report files.
"""

from __future__ import annotations

from answer_rules import check_citation

from retrieval.query.normalize import joined_verbs
from retrieval.query.parts import question_parts
from retrieval.service import AnswerService


def test_a_yes_no_clause_is_a_part_of_its_own(lexical_service: AnswerService) -> None:
    lexical = lexical_service.store.lexical()
    parts = question_parts("承接了多少项工作任务？完成率是不是100%？", lexical)
    assert len(parts) == 2 and "完成率" in parts[1]
    answer = lexical_service.ask(
        "额敏县承接了多少项工作任务？完成率是不是100%？", mode="extractive"
    )
    assert "307项" in answer.answer and "100%" in answer.answer
    for c in answer.citations:
        check_citation(c)


def test_a_verb_split_by_le_is_read_as_the_reports_write_it(
    lexical_service: AnswerService,
) -> None:
    lexical = lexical_service.store.lexical()
    assert joined_verbs("给多少户赋了分", lexical.knows) == "给多少户赋分"
    # A pair the reports never write stays as asked.
    assert joined_verbs("收了多少件", lexical.knows) == "收了多少件"
    answer = lexical_service.ask("克孜勒陶镇积分兑换，给多少户赋了分", mode="extractive")
    assert "957户" in answer.answer


def test_a_year_said_by_two_digits_is_that_year() -> None:
    from retrieval.query.normalize import normalize

    assert normalize("普兰25年收了多少件") == "普兰2025年收了多少件"
    assert normalize("23年以来办了多少") == "2023年以来办了多少"
    # Years counted are no year of a report.
    assert normalize("近25年来") == "近25年来" and normalize("干了25年") == "干了25年"


def test_a_place_typed_by_its_sound_alone_is_that_place(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("业城公证案件办了多少件", mode="extractive")
    assert "1742件" in answer.answer
    assert answer.notice and "叶城" in answer.notice
    # Asked of a year the place has no report of, it is said so.
    answer = lexical_service.ask("业城25年公证办了多少件", mode="extractive")
    assert answer.abstained and "2023" in answer.answer


def test_a_name_asked_of_a_thing_is_no_person(lexical_service: AnswerService) -> None:
    from retrieval.query.expected import Expected

    assert not Expected.of("那些调解工作室都叫啥").person
    assert Expected.of("司法所负责人叫什么").person
    answer = lexical_service.ask("那10个特色调解工作室都叫啥名字", mode="extractive")
    assert "“小蒋”“赵姐跑腿”" in answer.answer
