"""Who the asker is, a part within a count, verdicts asked per clause, and sides in a list.

"我是…司法所的，" says who asks, not what; "…办了多少件，其中…多少" asks a part of the count
before it; "谁多，…谁多" asks a verdict per clause; "差得多吗" asks how far apart the sides
are; a report named by what it lacks may stand in a list of sides ("A、没写县名那份、B") or run
straight into the thing asked; "排一下" orders the figures; a follow-up "是不是比B少" weighs the
previous place against B; "谁的报告里写了X" asks which reports say X.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.lexicons import count_nouns
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_who_the_asker_is_names_no_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("我是克孜勒陶镇司法所的干部，我们镇全年化解掉几件纠纷")
    assert {c.source for c in answer.citations} == {AKETAO}
    # 我们镇 is the place asked about: "为我镇…解决合同纠纷2件" is not the first answer.
    assert answer.answer.startswith("阿克陶县克孜勒陶镇：全年化解矛盾纠纷168件")
    check_answer(answer)


def test_a_part_within_the_count_before_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰那条12345热线全年办件几件，其中属于咨询的多少")
    assert answer.kind == "fact"
    assert "1020件" in answer.answer and "815件" in answer.answer
    assert "未在报告中找到" not in answer.answer
    check_answer(answer)


def test_how_many_items_after_a_list_question(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城2024年打算干哪些事？总共几条")
    assert answer.kind == "list"
    assert len(answer.citations) >= 4
    cited_rows(answer)


def test_whether_the_sides_are_far_apart(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏和普兰两地行政复议案件差得多吗")
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1].startswith("额敏县为38件")
    assert "多37件" in answer.answer.splitlines()[-1]


def test_a_verdict_asked_per_clause(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏和普兰，行政复议案件谁多，调解矛盾纠纷谁多")
    lines = answer.answer.splitlines()
    verdicts = [line for line in lines if "多于" in line]
    assert len(verdicts) == 2
    assert any("38件" in line for line in verdicts) and any("963件" in line for line in verdicts)
    cited_rows(answer)


def test_files_named_in_other_words_are_counted_as_files(lexical_service: AnswerService) -> None:
    assert count_nouns()["卷宗"] == "份"
    answer = lexical_service.ask("普兰跟没写县名那份比，评查过的卷宗谁多")
    assert answer.answer.splitlines()[-1].startswith("未署名报告")
    assert "104份" in answer.answer.splitlines()[-1]
    # 案卷评查2次 counts reviews, not files.
    assert "2次[" not in answer.answer.splitlines()[-1]


def test_an_order_asked_by_pai_yi_xia(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各报告里培训执法人员的参训人次，给排一下")
    assert answer.kind == "ranking"
    assert "800余人次" in answer.answer.splitlines()[0]
    cited_rows(answer)


def test_the_unnamed_report_in_a_list_of_sides(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏、没写县名那份、普兰三家行政复议案件各多少")
    assert answer.kind == "comparison"
    assert {c.source for c in answer.citations} == {EMIN, UNNAMED, PULAN}
    assert "38件" in answer.answer and "10件" in answer.answer and "1件" in answer.answer


def test_the_unnamed_report_runs_into_the_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏和没写县名那份出庭应诉率一样吗")
    assert answer.kind == "comparison"
    assert {c.source for c in answer.citations} == {EMIN, UNNAMED}
    assert "相同，均为100%" in answer.answer


def test_a_scope_asked_apart_answers_each_side(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城和没写县名那份，法律顾问覆盖面有什么区别")
    assert {c.source for c in answer.citations} == {YECHENG, UNNAMED}
    assert "370个村(社区)" in answer.answer and "25个党政机关" in answer.answer
    assert "未提及" not in answer.answer


def test_the_previous_place_weighed_against_another(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县一年调解矛盾纠纷几件", conversation=conversation)
    answer = lexical_service.ask("是不是比额敏少", conversation=conversation)
    assert answer.kind == "comparison"
    assert {c.source for c in answer.citations} == {PULAN, EMIN}
    assert "85件" in answer.answer and "963件" in answer.answer


def test_whose_report_says_it_asks_for_reports(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("谁的报告里写了九五普法规划的事")
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {EMIN, PULAN}


def test_a_place_asked_after_a_narrowed_follow_up_falls_back_to_the_turn_before(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县行政复议收了多少件？", conversation=conversation, mode="extractive")
    narrowed = lexical_service.ask("纠错率呢？", conversation=conversation, mode="extractive")
    assert "25%" in narrowed.answer
    # 叶城县 states no 纠错率: the case count asked the turn before answers, and says so.
    answer = lexical_service.ask("那叶城呢？", conversation=conversation, mode="extractive")
    assert not answer.abstained and "11件" in answer.answer
    assert answer.notice and "纠错率" in answer.notice
    assert {c.source for c in answer.citations} == {YECHENG}
