"""A report's dates asked in everyday words: a bare 日期 asks every date the report states,
"几号" asks a date (no count), "什么时候出的" asks when it was published, and "哪个发得早"
orders the reports by publication.

Dates and excerpts are checked against the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_citation

from retrieval.query.fields import asked_fields
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _names(topic: str) -> list[str]:
    return [field.name for field in asked_fields(topic)]


def test_a_bare_date_asks_every_date_a_report_states() -> None:
    assert _names("普兰那份的日期是啥") == ["成文日期", "发布日期"]
    # A date named by its attribute asks that one alone.
    assert _names("普兰那份的发布日期是啥") == ["发布日期"]
    assert _names("普兰那份的成文日期是啥") == ["成文日期"]


def test_which_day_asks_a_date_not_a_count() -> None:
    assert "落款日期" in _names("叶城那份落款是几号")
    assert _names("叶城那份报告什么时候出的") == ["发布日期"]


def test_a_report_s_date_is_each_date_it_states(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰那份报告的日期是啥", mode="extractive")
    assert answer.kind == "metadata"
    assert "2025年12月31日" in answer.answer and "2026-01-12" in answer.answer
    answer = lexical_service.ask("叶城那份报告的日期是啥", mode="extractive")
    assert "2025年09月05日" in answer.answer
    for c in answer.citations:
        check_citation(c)


def test_sent_out_earliest_orders_by_publication(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("五份报告里哪份发得最晚", mode="extractive")
    assert answer.kind == "ranking"
    values = {row.source: row.value for row in answer.rows}
    assert values[YECHENG] == "2025年09月05日" and values[PULAN] == "2026-01-12"
    assert answer.answer.startswith("最晚的是阿克陶县克孜勒陶镇")


def test_which_place_asked_beside_the_year_is_asked_too(lexical_service: AnswerService) -> None:
    assert _names("那份报告是哪个县哪一年的") == ["地区", "年份"]
    # The report without a county's name says so, besides its year.
    answer = lexical_service.ask("003那份报告是哪个县哪一年的", mode="extractive")
    assert "2025年" in answer.answer and "未载明地区" in answer.answer
