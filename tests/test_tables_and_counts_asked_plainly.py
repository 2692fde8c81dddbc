"""Tables and counts asked in plain words: a table asked for as a table (汇总成一张表, 做个对比
表, 哪几家有具体数字), a count of each of the kinds a clause names (分哪几类？每类多少项), the
items asked with 哪几项 and counted with 各多少, a difference in measures of one family (条 and
个), an action named after its object (合同审查: the contracts), and a light 业务 after a term.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, cited_rows

from retrieval.query.shape import shape_of
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize(
    "topic",
    [
        "领导干部学法的情况，各家汇总成一张表",
        "法律顾问这块，五份报告各是什么情况？做个对比表",
        "应急这块，哪几家有具体数字？列个表",
    ],
)
def test_a_table_asked_for_as_a_table(topic: str) -> None:
    assert shape_of(topic, regions=0) == "table"


def test_a_situation_table_quotes_each_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律顾问这块，五份报告各是什么情况？做个对比表")
    assert answer.kind == "table"
    cited_rows(answer)
    cited = {row.source for row in answer.rows or [] if row.n}
    assert {EMIN, UNNAMED, YECHENG} <= cited


def test_a_count_of_each_kind_keeps_every_kinds_figure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县的行政职权分成哪几类？每类多少项？")
    assert answer.kind == "fact" and not answer.abstained
    for figure in ("3415项", "行政许可208项", "行政处罚2407项", "其他行政权力169项"):
        assert figure in answer.answer


def test_items_asked_with_which_and_counted_each(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县法治方面的经费有哪几项，各多少钱？")
    assert answer.kind == "fact" and not answer.abstained
    assert all(money in answer.answer for money in ("2万元", "3万元", "8万元"))


def test_a_difference_in_measures_of_one_family(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("案卷评查发现的问题，叶城县和003号报告差了多少？")
    assert cited_rows(answer) == {YECHENG: "173条", UNNAMED: "33个"}
    assert answer.answer.splitlines()[-1].endswith("多140条。")


def test_an_action_named_after_its_object_counts_the_object(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("合同审查方面，普兰县和003号报告相差多少件？")
    assert cited_rows(answer) == {PULAN: "17件", UNNAMED: "50件"}
    assert answer.answer.splitlines()[-1].endswith("多33件。")


def test_a_light_business_word_after_a_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪几份报告写到了公证业务？")
    assert answer.kind == "mentions"
    assert set(cited_rows(answer)) == {YECHENG}
