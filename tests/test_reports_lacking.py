"""Which reports leave an attribute of their own unstated ("哪份报告没有落款日期") is read off
every report's header: those that leave it out are named first, the others follow, cited.

The unnamed sample report (003) states no region; only 002 signs with a date; only 001 and
002 have an index number.
"""

from __future__ import annotations

from answer_rules import check_citation

from retrieval.query.metadata_shape import asks_which_lack, asks_which_state
from retrieval.service import AnswerService

_UNNAMED = "未署名报告（003_fb758e20d058b773.txt）"


def test_which_reports_lack_an_attribute_is_asked_of_every_report() -> None:
    assert asks_which_lack("哪些报告没写索引号")
    assert asks_which_lack("没有文号的是哪几份")
    assert asks_which_state("哪些报告没写索引号")
    # A which-word asking something else of a report named by what it lacks.
    assert not asks_which_lack("没写县名的报告是哪个单位发的")
    assert not asks_which_lack("哪些报告有索引号")


def test_the_reports_lacking_an_index_number_are_named_first(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪几份报告没有写索引号")
    assert answer.kind == "table"
    lines = answer.answer.splitlines()
    assert lines[:3] == [
        "额敏县报告未载明索引号。",
        f"{_UNNAMED}未载明索引号。",
        "叶城县报告未载明索引号。",
    ]
    assert "K45893645/2026-00379[1]" in lines[3]
    for citation in answer.citations:
        check_citation(citation)


def test_the_report_that_names_no_place_is_the_one_asked_for(
    lexical_service: AnswerService,
) -> None:
    for question in ("哪份报告没有写是哪个县的", "这五份报告里哪份没有标明地区"):
        answer = lexical_service.ask(question)
        assert answer.kind == "table", question
        assert answer.answer.splitlines()[0] == f"{_UNNAMED}未载明地区。"
        assert "叶城县报告的地区：叶城县[" in answer.answer
    # Asked something else, the report named by what it lacks is still the one asked of.
    answer = lexical_service.ask("没写县名的报告是哪个单位发的")
    assert answer.searched == ["003_fb758e20d058b773.txt"]


def test_the_level_of_a_report_is_the_region_it_is_of(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪份是乡镇一级的")
    assert answer.kind == "table"
    assert "阿克陶县克孜勒陶镇报告的地区：阿克陶县克孜勒陶镇[" in answer.answer
    answer = lexical_service.ask("克孜勒陶镇的报告是哪一级的")
    assert answer.kind == "metadata"
    assert answer.answer.startswith("阿克陶县克孜勒陶镇报告的地区：阿克陶县克孜勒陶镇[")
