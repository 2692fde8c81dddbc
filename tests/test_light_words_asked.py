"""Words that name no thing of their own ("搞得次数", "哪些活动", a bare "Y呢") leave what is
asked to the words around them; a report named by what it says is no part of the thing a
follow-up asks again.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import check_answer

from retrieval.schema import Conversation
from retrieval.service import AnswerService


def test_a_measure_asked_with_a_light_verb_is_the_things_count(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏县和没写县名那份比一比执法人员培训，谁家搞得次数多")
    assert answer.kind == "comparison"
    assert "为6次[" in answer.answer and "多于额敏县的3次[" in answer.answer
    assert "无法比较" not in answer.answer


def test_a_bare_thing_after_a_count_is_counted_in_its_own_measure(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇发了多少条预警信息，应急演练呢")
    assert "预警信息305条[" in answer.answer
    assert "应急演练200余次[" in answer.answer
    assert "应急点位" not in answer.answer
    check_answer(answer)


def test_which_activities_asks_the_items_of_the_field(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县普法都搞了哪些活动")
    assert answer.kind == "list"
    assert answer.answer.startswith("普兰县：一是深化法治宣传教育[")
    assert "普法短视频1个" in answer.answer


def test_a_place_asked_after_a_described_report_asks_the_thing_alone(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask(
        "建了全市首个智慧检务中心的那个县，法律顾问覆盖多少单位", conversation=conversation
    )
    answer = lexical_service.ask("那叶城呢", conversation=conversation)
    assert not answer.abstained
    assert "28家行政执法单位(部门)" in answer.answer
    check_answer(answer)


def test_each_thing_of_a_comparison_is_counted_in_its_own_measure(
    lexical_service: AnswerService,
) -> None:
    # 问题数 is counted in 项 or 个; the 案卷 asked beside it are counted in 份 or 件.
    answer = lexical_service.ask("额敏县和没写县名的那份，抽查案卷和整改问题数各是多少")
    assert answer.kind == "comparison"
    assert "额敏县为126件[1]，多于未署名报告（003_fb758e20d058b773.txt）的104份[" in answer.answer
    assert "额敏县为230个[1]，多于未署名报告（003_fb758e20d058b773.txt）的33个[" in answer.answer
