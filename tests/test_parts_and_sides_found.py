"""Parts and sides that were asked but not answered.

A part of a question whose figure the sentence chosen for another part states ("给多少户…、兑了
多少钱"), a report named by number before "这三家", two described sides asked "谁多" with no
place named, "N个报告…分别" as a table, "关于X的数字" (the figures of X), and "啥时候发的"
(the publication date, not "下发的").

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.fields import asked_fields
from retrieval.query.mentioned import mentioned_term
from retrieval.query.shape import shape_of
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_a_part_stated_by_the_sentence_of_another_is_answered(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇积分兑换那块，一共兑了多少钱，涉及多少户？")
    assert "957户" in answer.answer and "97496元" in answer.answer
    assert "未在报告中找到" not in answer.answer
    check_answer(answer)


def test_a_rate_stated_beside_the_count_is_answered(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号报告执法证考试过了多少人？通过率多少？")
    assert "216人" in answer.answer and "88.16%" in answer.answer
    assert "未在报告中找到" not in answer.answer
    check_answer(answer)


def test_a_report_number_before_the_count_of_sides(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰、叶城、003号这三家，法律援助案件各多少？")
    assert answer.kind == "comparison"
    rows = cited_rows(answer)
    assert UNNAMED in rows


def test_two_described_sides_asked_who_is_more(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "有兵地联调工作室的那个县，跟有“赵姐跑腿”调解室的那个县，谁调解的纠纷多？"
    )
    assert answer.kind == "comparison"
    assert set(cited_rows(answer)) == {EMIN, UNNAMED}
    assert answer.answer.splitlines()[-1].startswith("额敏县为963件")


def test_reports_counted_before_each_is_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("这五个报告里关于持证执法人员的数字，分别说说")
    assert answer.kind == "table"
    rows = cited_rows(answer)
    assert rows[EMIN] == "585人" and rows[AKETAO] == "9名"


def test_when_it_was_sent_out_is_its_publication_date() -> None:
    assert [f.name for f in asked_fields("这份报告啥时候发的")] == ["发布日期"]
    assert asked_fields("执法监督下发了多少份意见书") == []


def test_a_sub_section_titled_with_the_topic_is_listed_whole(
    lexical_service: AnswerService,
) -> None:
    # One item's heading names both words; the sub-section's heading names the topic too.
    answer = lexical_service.ask("叶城县突发事件应急这方面干了些什么")
    assert answer.kind == "list"
    assert answer.answer.splitlines()[0].startswith("叶城县：(九)健全突发事件应对体系")
    check_answer(answer)


def test_whether_something_happened_in_a_named_place_is_no_mentions_question(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城县是否发生过行政决策失误")
    assert answer.kind == "fact"
    assert not answer.answer.startswith("没有报告提到")


def test_reports_named_by_number_before_a_comparative(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("001号和003号比，化解矛盾纠纷谁多")
    assert answer.kind == "comparison"
    assert set(cited_rows(answer)) == {AKETAO, UNNAMED}


def test_an_order_asked_by_what_it_is_of_is_a_ranking(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("网站公开信息各家多少条？按条数排")
    assert answer.kind == "ranking"
    assert answer.answer.splitlines()[0].startswith("最多的是未署名报告")


def test_whether_it_is_done_is_told_by_the_sentence_of_the_figure(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰建政务服务中心投了多少钱，建完没有？")
    assert "2200万" in answer.answer and "现已基本完工" in answer.answer
    assert "未在报告中找到" not in answer.answer
    check_answer(answer)


def test_figures_brought_out_to_be_ordered(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律援助案件，把各报告的数字都拉出来排一下")
    assert answer.kind == "ranking"
    assert answer.answer.startswith("最多的是叶城县：543件[1]")


def test_a_quoted_term_matches_whatever_pause_a_report_writes(
    lexical_service: AnswerService,
) -> None:
    term = mentioned_term("哪些报告写了“先调解、后仲裁”", lexical_service.store.lexical())
    assert term is not None
    assert term.find("坚持先调解,后仲裁的原则") is not None
    assert term.find("坚持先调解，后仲裁") is not None
    assert term.find("先调解后仲裁") is None


def test_each_report_looked_at_is_laid_out_not_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律援助案件数哪家最多？每份报告都看一下")
    assert answer.kind == "ranking"
    assert answer.answer.startswith("最多的是叶城县：543件[1]")


def test_places_counted_before_a_table_request(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("出庭应诉率，五个地方做个对比表")
    assert answer.kind == "table"
    rows = cited_rows(answer)
    assert rows[EMIN] == "100%" and rows[UNNAMED] == "100%"


def test_words_quoted_are_no_cue_of_the_shape(lexical_service: AnswerService) -> None:
    # "末位" names the last place, but quoted it is part of a name a report uses.
    answer = lexical_service.ask("“末位表态”出自哪份报告")
    assert answer.kind == "mentions"
    assert set(cited_rows(answer)) == {YECHENG}


@pytest.mark.parametrize("said", ["qwer 普法 嗯嗯？", "呃呃 zxcvb 法治"])
def test_mashed_keys_around_one_short_word_are_noise(said: str) -> None:
    assert shape_of(said, 0) == "chitchat"


@pytest.mark.parametrize("said", ["GDP多少", "普兰 法律顾问 经费", "嗯，额敏县行政复议多少件"])
def test_a_code_or_keywords_are_no_noise(said: str) -> None:
    assert shape_of(said, 0) != "chitchat"
