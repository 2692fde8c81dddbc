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
