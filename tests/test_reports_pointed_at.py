"""Reports pointed at rather than named, and questions asked in everyday words.

The report with no place or title named by what it lacks ("没标题的那份", "没写是哪个县的报告"),
the report of the previous turn pointed at ("这份报告里提到的…"), whether a report is held at all
("…报告你能找到吗"), an item of a list asked by its number in blocks ("第二块"), English question
words mixed into Chinese, sounds with no words, an adverb left at the end of a ranking's thing
("都列一下"), an item whose own title names the topic, and things offered as either ("A/B").

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, TEXT, check_answer, cited_rows

from retrieval.query.measure import measured
from retrieval.query.normalize import normalize
from retrieval.query.shape import shape_of
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize(
    "question",
    ["没标题的那份报告，公开了多少条政府信息？", "那份无标题报告里，政府网站公开信息多少条"],
)
def test_the_report_without_a_title_is_the_unnamed_one(
    lexical_service: AnswerService, question: str
) -> None:
    answer = lexical_service.ask(question)
    assert [c.source for c in answer.citations] == [UNNAMED]
    assert "1984条" in answer.answer
    check_answer(answer)


def test_a_description_holding_a_which_word_still_names_the_unnamed_report(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("没写是哪个县的那份报告，里面承认了哪些不足？")
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {UNNAMED}
    assert "执法规范化水平不高" in answer.answer
    check_answer(answer)


def test_higher_by_how_much_against_the_unnamed_report_is_a_verdict(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城县审前调解的案件比没写县名的报告化解的纠纷高出多少？")
    assert answer.kind == "comparison"
    assert {c.source for c in answer.citations} == {YECHENG, UNNAMED}
    check_answer(answer)


def test_a_described_report_asked_for_a_summary_of_a_part(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("主动公开了1984条信息的那个县，把存在问题那部分归纳一下")
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {UNNAMED}
    check_answer(answer)


def test_this_report_after_a_named_one_is_listed_not_searched_for(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("克孜勒陶镇今年化解了多少矛盾纠纷", conversation=conversation)
    answer = lexical_service.ask("这份报告里写到的问题都有哪些？", conversation=conversation)
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {AKETAO}
    assert "法治意识有待进一步强化" in answer.answer
    check_answer(answer)


@pytest.mark.parametrize("question", ["叶城县那份报告能查到吗", "有没有额敏县的报告？"])
def test_whether_a_report_is_held_is_answered_with_its_title(
    lexical_service: AnswerService, question: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "metadata"
    assert "的标题：" in answer.answer
    assert len(answer.citations) == 1
    check_answer(answer)


def test_a_report_not_held_is_still_said_to_be_missing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("有没有和田县的报告？")
    assert answer.abstained
    assert "没有和田县" in answer.answer


def test_an_item_asked_by_its_block_number(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县存在哪些问题？", conversation=conversation)
    answer = lexical_service.ask("第二块具体写了啥", conversation=conversation)
    assert answer.kind == "list"
    assert answer.answer.splitlines()[0].startswith(
        "普兰县（按上一问）：(二)执法规范化水平有待提升"
    )
    check_answer(answer)


def test_english_question_words_are_read_as_chinese() -> None:
    assert normalize("Which reports mention 枫桥经验?") == "哪些报告提到枫桥经验?"
    assert normalize("普兰县 vs 额敏县, which one has more 调解?") == "普兰县 vs 额敏县,哪个调解多?"
    # Capitals may be a code or name the reports write in Latin letters; English alone stays.
    assert normalize("GDP多少") == "GDP多少"
    assert normalize("how many cases") == "how many cases"


def test_a_count_asked_with_english_words(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("how many 矛盾纠纷 in 普兰县?")
    assert answer.answer.startswith("普兰县：全年调解矛盾纠纷85件[1]")
    check_answer(answer)


@pytest.mark.parametrize("said", ["啊啊啊", "qwerty 哈哈 42", "嗯嗯？？"])
def test_sounds_with_no_words_are_noise(said: str) -> None:
    assert shape_of(said, 0) == "chitchat"


def test_a_sound_before_a_question_leaves_the_question() -> None:
    assert shape_of("嗯，额敏县行政复议多少件", 1) == "fact"


def test_an_adverb_before_a_layout_request_is_no_part_of_the_thing(
    lexical_service: AnswerService,
) -> None:
    assert measured("哪家调解的纠纷最多？都列一下") == "调解的纠纷多少"
    answer = lexical_service.ask("这几家里，哪家化解调处的矛盾纠纷最多？都排一下")
    rows = cited_rows(answer)
    # The lead's figure is the one the first row ranks by, not another figure of its sentence.
    lead = answer.answer.splitlines()[0]
    assert lead.startswith("最多的是叶城县：5726件")
    assert rows[YECHENG] == "5726件"


def test_an_item_titled_with_the_topic_is_listed_alone(lexical_service: AnswerService) -> None:
    # "中小学法治副校长" holds the characters of 学法, not the word: one item is about it.
    answer = lexical_service.ask("额敏县在干部学法上做了什么，有哪些数字")
    assert answer.kind == "list"
    assert answer.answer.splitlines()[0] == "额敏县：四是推进干部学法常态化[1]"
    assert "任前考法17期" in answer.answer
    check_answer(answer)


def test_things_offered_as_either_are_not_missing_where_one_is_stated(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("各县持证执法人员/执法证的情况列个表")
    rows = cited_rows(answer)
    assert UNNAMED in rows
    assert "216人" in TEXT[UNNAMED]
    assert not any(UNNAMED in line for line in answer.answer.splitlines() if "未提及" in line)
    check_answer(answer)


def test_a_term_said_with_one_character_changed_is_named_as_the_reports_say_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪些报告写到了法律体检")
    rows = cited_rows(answer)
    assert answer.answer.splitlines()[0] == (
        "没有报告原样提到“法律体检”；相近的说法“法治体检”见于3份报告："
    )
    assert set(rows) == {EMIN, UNNAMED, YECHENG}
    # The header counts the lines below it; each line quotes its report's excerpt.
    assert all("法治体检" in c.excerpt for c in answer.citations)


def test_which_do_not_say_a_near_form_is_said_to_be_read_so(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪几个县没写法律体检")
    assert answer.answer.startswith("没有报告原样提到“法律体检”；按相近的说法查找：")
    assert {row.source for row in answer.rows or []} == {AKETAO, PULAN}


def test_a_term_with_no_near_form_is_not_mentioned(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("有没有报告写过无人机巡检？")
    assert answer.answer.startswith("没有报告提到“无人机巡检”")
    assert answer.citations == []
