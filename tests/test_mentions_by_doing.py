"""Which reports do something, asked by the doing ("哪几家在弄X", "X这种做法哪几份都有",
"哪份没搞X"): each is a mentions question about the thing done.

Reports are checked against the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, check_citation

from retrieval.query.shape import shape_of
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES
SAYING = {AKETAO, UNNAMED, YECHENG}


@pytest.mark.parametrize(
    "question",
    ["哪几家在弄法律明白人", "“法律明白人”这种做法哪几份都有？", "法律明白人，哪些家搞过"],
)
def test_which_of_them_did_it_asks_which_reports_say_it(
    lexical_service: AnswerService, question: str
) -> None:
    assert shape_of(question, 0) == "mentions"
    answer = lexical_service.ask(question, mode="extractive")
    assert answer.kind == "mentions"
    assert {row.source for row in answer.rows if row.n is not None} == SAYING
    assert "“法律明白人”" in answer.answer.splitlines()[0]
    for c in answer.citations:
        check_citation(c)


def test_which_did_not_do_it_names_the_reports_without_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪份没搞法律明白人", mode="extractive")
    assert answer.kind == "mentions"
    line = answer.answer.splitlines()[0]
    assert "额敏县" in line and "普兰县" in line and "叶城县" not in line
    assert "没搞" not in line


def test_a_which_word_doing_of_one_region_is_no_mentions_question() -> None:
    # Of a named region, "哪些单位搞了…" asks of its bodies, not of the reports.
    assert shape_of("搞了哪些普法活动", 1) == "list"


def test_an_adverb_before_the_negated_verb_frames_the_term(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("公职律师，有没有哪份报告根本没写？", mode="extractive")
    assert answer.kind == "mentions"
    line = answer.answer.splitlines()[0]
    assert "“公职律师”" in line and "普兰县" in line and "额敏县" not in line


def test_whose_report_holds_it_asks_which_reports_say_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("“一企一法官” 谁的报告中有", mode="extractive")
    assert answer.kind == "mentions"
    assert {row.source for row in answer.rows if row.n is not None} == {UNNAMED}
