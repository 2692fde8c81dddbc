"""A field's figures asked to be listed ("…的几个数据，帮我罗列一下", "…相关的数据列一下"):
the items of the field, with their figures; "几个数据" is a few figures, no count.

Items and excerpts are checked against the report files.
"""

from __future__ import annotations

from answer_rules import check_citation

from retrieval.query.shape import shape_of
from retrieval.service import AnswerService


def test_a_few_figures_asked_is_no_count() -> None:
    assert shape_of("人民调解的几个数据，帮我罗列一下", 1) == "list"
    assert shape_of("人民调解相关的数据列一下", 1) == "list"
    # A count asked stays a count.
    assert shape_of("人民调解的案件数是多少", 1) == "fact"


def test_a_field_s_figures_are_its_items_with_figures(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城人民调解的几个数据，帮我罗列一下", mode="extractive")
    assert answer.kind == "list" and not answer.abstained
    assert "5726件" in answer.answer and "680件" in answer.answer
    for c in answer.citations:
        check_citation(c)


def test_who_asks_is_no_part_of_a_table_s_things(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "麻烦给我列个表：各报告公证办了几件、法律援助多少件", mode="extractive"
    )
    assert answer.kind == "table"
    assert "我" not in answer.answer.replace("我镇", "") and "麻烦" not in answer.answer
    assert "1742件" in answer.answer


def test_measures_asked_in_everyday_words_are_listed(lexical_service: AnswerService) -> None:
    # "招", "实招", "办法": the measures taken, item by item.
    assert shape_of("在普法上有啥实招", 1) == "list"
    assert shape_of("人民调解上出了哪些招", 1) == "list"
    answer = lexical_service.ask("普兰在普法上有啥实招", mode="extractive")
    assert answer.kind == "list" and len(answer.citations) >= 4
    assert "220余场次" in answer.answer


def test_a_rate_asked_of_each_report_is_a_table(lexical_service: AnswerService) -> None:
    assert shape_of("调解成功率，每份报告是不是都写了100%", 0) == "table"
    answer = lexical_service.ask("调解成功率，每份报告是不是都写了100%", mode="extractive")
    stated = {row.source for row in answer.rows if row.value}
    assert len(stated) >= 2 and all(row.value is None or "%" in row.value for row in answer.rows)
