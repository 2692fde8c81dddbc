"""Questions asked in everyday forms: 哪几件事 asks for items, not a count; a mentions question
offering two names of one thing (A（B）, A或B); a stock asked before its noun (目前有多少持证
执法人员) in the noun's measure; a topic before a light verb (法律援助一共办了多少案子) naming which
things are counted; 各家 as each report; the sides pointed at as 前者/后者; and two questions
in one that each weigh or count.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, cited_rows

from retrieval.query.counted_part import asked_part
from retrieval.query.expected import Expected
from retrieval.query.shape import shape_of
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize(
    ("topic", "shape"),
    [
        ("2024年打算办哪几件事", "list"),
        ("在人民调解上做了哪几件事", "list"),
        ("在普法上干了哪几样", "list"),
        # 几件 without 哪 still counts.
        ("人民调解办了几件", "fact"),
        ("出庭应诉这块，各家报告分别怎么写的", "table"),
    ],
)
def test_which_few_things_ask_for_items(topic: str, shape: str) -> None:
    assert shape_of(topic, regions=0 if "各家" in topic else 1) == shape


def test_which_few_things_list_a_plan_section(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县报告里2024年打算办哪几件事？")
    assert answer.kind == "list"
    assert "(一)落实好法治学习" in answer.answer and "(四)提高普法精准性和实效性" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "哪几份报告提到过应急演习（应急演练）？",
        "哪些报告写了应急演习或者应急演练",
        "应急演习/应急演练，哪些报告提到了",
    ],
)
def test_a_mentions_question_offering_two_names_finds_either(
    lexical_service: AnswerService, question: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "mentions" and not answer.abstained
    assert set(cited_rows(answer)) == {AKETAO, YECHENG}
    assert all("应急演练" in c.excerpt for c in answer.citations)


def test_a_stock_asked_before_its_noun_is_in_the_nouns_measure(
    lexical_service: AnswerService,
) -> None:
    assert Expected.of("目前有多少持证执法人员").unit_word == "人"
    # Who was reached ("覆盖了多少干部职工") is often counted in 人次: no stock, no measure.
    assert Expected.of("覆盖了多少干部职工").unit_word == ""
    # 普兰县 gives new certificates and person-times at a hearing, no number of holders.
    assert lexical_service.ask("普兰县目前有多少持证执法人员？").abstained
    held = lexical_service.ask("额敏县目前有多少持证执法人员？")
    assert not held.abstained and "585人" in held.answer


def test_a_topic_before_a_light_verb_names_the_counted_things(
    lexical_service: AnswerService,
) -> None:
    assert asked_part("法律援助一共办了多少案子") == "法律援助案子"
    # A verb of two characters, or no noun before it, leaves the counted noun alone.
    assert asked_part("执法人员参加了多少场培训") == "培训"
    assert asked_part("去年办了多少案子") == "案子"
    answer = lexical_service.ask("各地的法律援助一共办了多少案子？")
    assert answer.kind == "table"
    rows = cited_rows(answer)
    assert rows[UNNAMED] == "103件" and rows[YECHENG] == "543件"
    # 额敏县's 减免责案件 are no legal-aid cases.
    assert rows.get(EMIN) is None and "减免责" not in answer.answer


def test_each_house_asks_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各家报告里负责人出庭应诉分别写了什么？")
    assert answer.kind == "table"
    cited_rows(answer)
    cited = {row.source for row in answer.rows or [] if row.n}
    assert {EMIN, AKETAO, UNNAMED} <= cited and "出庭应诉" in answer.answer


def test_the_sides_pointed_at_by_their_order(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰和额敏的行政复议案件，后者是前者的几倍？")
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {EMIN: "38件", PULAN: "1件"}
    assert answer.answer.splitlines()[-1].endswith("的38倍。")


def test_two_questions_that_each_weigh_or_count_ask_two_things(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏和普兰行政复议案件谁多？调解的矛盾纠纷各多少件？")
    assert answer.kind == "comparison"
    lines = answer.answer.splitlines()
    assert "38件" in lines[0] and "963件" in lines[0]
    assert "1件" in lines[1] and "85件" in lines[1]
    verdicts = [line for line in lines if "多于" in line]
    assert len(verdicts) == 2
    assert "38件" in verdicts[0] and "963件" in verdicts[1]
