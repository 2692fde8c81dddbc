"""Each report's own part on an aspect, listed or counted, and one of its items named again.

"各县存在的问题分别有哪些" lists each report's section on its problems, items cited, and names
the reports with none; "打算写了几条" says how many items each part holds, counted from the
outline (the count is the number of item lines under it). A count of a part of one or two
places named ("额敏县的问题有几条") is answered the same way, while a count of a thing done to
problems ("整改问题几条") stays a figure. "X那块具体说的啥" after a list names one of its items.
A part with no items of its own lists its sentences, shown whole up to a limit. "哪个地方的不足
写得最多" ranks the reports by how many items their part holds.

Questions are written from the sample reports' text; items are checked against the outlines.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer

from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _counts(answer_text: str) -> list[str]:
    return [line.split("：")[0] for line in answer_text.splitlines() if "（共" in line]


def test_each_reports_problems_listed(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("每个县的短板分别有哪些")
    check_answer(answer)
    assert answer.kind == "table"
    rows = {row.source: row.value for row in answer.rows or []}
    assert set(rows) == {EMIN, AKETAO, PULAN, UNNAMED, YECHENG}
    assert all(rows.values())
    assert "(四)执法队伍力量薄弱" in answer.answer
    assert "一是基层治理能力有待加强" in answer.answer


def test_a_report_without_the_part_is_said_to_have_none(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("每份报告的特色亮点分别是什么")
    check_answer(answer)
    assert answer.kind == "table"
    assert answer.answer.splitlines()[-1].startswith("未提及：")
    assert [row.source for row in answer.rows or [] if row.value] == [EMIN]


def test_how_many_items_each_part_holds(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各份报告的不足列了几点，今后的打算列了几点")
    check_answer(answer)
    assert answer.kind == "table"
    assert _counts(answer.answer) == [
        "额敏县（共3点）",
        "额敏县（共5点）",
        "阿克陶县克孜勒陶镇（共5点）",
        "阿克陶县克孜勒陶镇（共5点）",
        "普兰县（共3点）",
        "普兰县（共4点）",
        "未署名报告（003_fb758e20d058b773.txt）（共3点）",
        "未署名报告（003_fb758e20d058b773.txt）（共4点）",
        "叶城县（共4点）",
        "叶城县（共4点）",
    ]
    rows = {row.source: row.value for row in answer.rows or []}
    assert rows[PULAN] == "3点、4点"


def test_a_count_of_the_parts_of_places_named(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰和叶城的问题各写了多少条")
    check_answer(answer)
    assert answer.kind == "list"
    assert _counts(answer.answer) == ["普兰县（共3条）", "叶城县（共4条）"]


def test_a_count_of_problems_dealt_with_stays_a_figure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县摸排整改的问题有几条")
    check_answer(answer)
    assert answer.kind == "fact"
    assert "10条" in answer.answer
    assert "（共" not in answer.answer


def test_an_item_named_again_by_its_words(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("克镇的下一步计划分几个方面", conversation=conversation)
    answer = lexical_service.ask("决策机制那一块具体讲了什么", conversation=conversation)
    check_answer(answer)
    assert answer.kind == "list"
    assert answer.answer.splitlines()[0].endswith("(二)健全决策机制,提升决策科学性[1]")
    assert len(answer.answer.splitlines()) > 1


def test_a_part_without_items_lists_its_sentences_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县在法治宣传教育上具体干了哪些事")
    check_answer(answer)
    assert answer.kind == "list"
    # The figures of what was done, deep in a long sentence, are shown.
    assert "“法律十进”活动26场次" in answer.answer
    assert "在学校开设法治课堂4节" in answer.answer


def test_which_part_holds_the_most_items(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪个地方的不足写得最多")
    check_answer(answer)
    assert answer.kind == "ranking"
    lines = answer.answer.splitlines()
    assert lines[0] == "最多的是阿克陶县克孜勒陶镇："
    assert lines[1].startswith("阿克陶县克孜勒陶镇（共5条）：")
    assert _counts(answer.answer)[-1].endswith("（共3条）")
