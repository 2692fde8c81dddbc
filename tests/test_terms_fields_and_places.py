"""Mentions terms in the asker's words, a place said alone before its question, and the field
a table's counts share.

"要谋划九五普法" looks for what is meant to be done; "用短视频普法" for the means and the doing
in either order; "法援，就是法律援助" for either name; "普兰呢？那边…" asks the rest of 普兰;
"查出" problems are those a report says it "发现"; "案卷评查几次、多少问题" counts the
problems the reviews found; a side's practice is told by its work, not by its plans; "执法证
情况（持证人数、…之类）" tabulates each thing the bracket lists; "…那个（述法）" asks by the
bracketed name; "合同呢" after "审查了多少件规范性文件" asks the contracts reviewed; "这两份哪份
发布得早" weighs the reports of the last two turns, the earlier first; "微博、抖音这类平台" looks
for either thing listed; "有没有哪份报告讲了X" asks which reports mention X.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_a_term_meant_to_be_done_is_what_is_looked_for(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告写到要谋划九五普法")
    cited_rows(answer)
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {EMIN, PULAN}


def test_the_means_and_the_doing_in_either_order(lexical_service: AnswerService) -> None:
    # "制作发布普法短视频", "依托短视频、直播等平台打造普法矩阵".
    answer = lexical_service.ask("有哪些报告用短视频普法")
    cited_rows(answer)
    assert PULAN in {c.source for c in answer.citations}
    assert "普法短视频1个" in answer.answer


def test_a_short_name_and_what_it_stands_for(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法援，就是法律援助，哪些报告讲到了")
    cited_rows(answer)
    assert answer.kind == "mentions"
    assert {PULAN, UNNAMED, YECHENG} <= {c.source for c in answer.citations}


def test_a_place_said_alone_then_asked_of(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县行政复议收了多少件案子", conversation=conversation)
    answer = lexical_service.ask("普兰呢？那边行政复议办结了几件", conversation=conversation)
    check_answer(answer)
    assert "办结1件" in answer.answer
    assert "呢：" not in answer.answer


def test_found_is_asked_as_checked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇执法检查查出几条问题")
    check_answer(answer)
    assert "发现问题10条" in answer.answer


def test_each_count_after_a_field_is_of_that_field(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("列个表，各地案卷评查几次、多少问题")
    rows = cited_rows(answer)
    # The problems the reviews found, not those of another check ("摸排整改问题10条").
    assert rows[EMIN] == "230个"
    assert rows[YECHENG] == "3次；173条"
    assert (
        answer.answer.splitlines()[-1] == "未提及：额敏县（案卷评查次数）、普兰县（案卷评查次数）"
    )


def test_a_sides_work_not_its_plans_says_what_it_did(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏和普兰在普法上各有什么做法")
    check_answer(answer)
    pulan = [c for c in answer.citations if c.source == PULAN]
    assert pulan and all(c.section.startswith("一、工作开展情况") for c in pulan)


def test_the_things_a_bracket_lists_of_a_field(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("列个表，各报告的执法证情况（持证人数、新取得证件之类）")
    rows = cited_rows(answer)
    assert answer.kind == "table"
    assert rows[EMIN] == "585人" and rows[AKETAO] == "9名" and rows[PULAN] == "25本"
    assert rows[YECHENG] is None


def test_a_clause_may_open_with_the_unnamed_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "克孜勒陶镇在门户网站上发信息几条，那个没写县名的县公开了多少？差多少？"
    )
    assert cited_rows(answer) == {AKETAO: "35条", UNNAMED: "1984条"}
    assert answer.answer.splitlines()[-1].endswith("多1949条。")


def test_the_reports_name_bracketed_after_a_description(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏让领导上台讲自己怎么依法办事那个（述法），去年有多少人讲了？")
    check_answer(answer)
    assert "95名党政主要负责人开展述法" in answer.answer


def test_another_thing_the_same_action_was_done_to(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰审查了多少件规范性文件", conversation=conversation)
    answer = lexical_service.ask("合同呢", conversation=conversation)
    check_answer(answer)
    assert "合同17件" in answer.answer
    # Not the legal aid's 修改合同26件: the contracts reviewed.
    assert "26件" not in answer.answer


def test_the_mention_the_questions_other_words_point_at(lexical_service: AnswerService) -> None:
    # 额敏 says "法治体检室" (a room at its centre) before its lawyers' check-ups of companies.
    answer = lexical_service.ask("哪些报告写了为企业做“法治体检”")
    cited_rows(answer)
    emin = [c for c in answer.citations if c.source == EMIN]
    assert emin and "律师进企业" in emin[0].excerpt


def test_a_report_named_by_its_file_is_weighed_with_the_next_place(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("003那份报告里法律援助案件办了多少", conversation=conversation)
    lexical_service.ask("叶城呢", conversation=conversation)
    answer = lexical_service.ask("两个差多少", conversation=conversation)
    assert cited_rows(answer) == {UNNAMED: "103件", YECHENG: "543件"}
    assert answer.answer.splitlines()[-1].endswith("多440件。")


def test_these_two_are_the_places_of_the_last_two_turns(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("克镇那份报告索引号多少", conversation=conversation)
    lexical_service.ask("普兰的呢", conversation=conversation)
    answer = lexical_service.ask("这两份哪份发布得早", conversation=conversation)
    assert answer.kind == "comparison"
    assert {c.source for c in answer.citations} == {AKETAO, PULAN}
    assert answer.answer.splitlines()[-1].startswith("普兰县为2026-01-12[1]，早于")


def test_the_kind_pointed_at_after_things_listed(lexical_service: AnswerService) -> None:
    # "微博、抖音这类平台": either thing listed; no report says 微博.
    answer = lexical_service.ask("哪几份报告写了用微博、抖音这类平台做宣传")
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {PULAN, YECHENG}
    assert all("抖音" in c.excerpt for c in answer.citations)


def test_whether_any_report_says_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("有没有哪份报告讲了法治体检")
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {EMIN, UNNAMED, YECHENG}
