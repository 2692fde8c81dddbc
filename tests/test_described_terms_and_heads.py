"""Terms described in the asker's words, actions named after their objects, places named with
the region they lie in, and activities that count no named kind.

"领导干部要掌握的法律法规清单" is said by reports as "领导干部应知应会法律法规清单": read
without its describing clause when no report says it as asked, and the answer says so.
"规范性文件审查" counts reviews; "新疆额敏县" is 额敏县; "谁家人多" counts people; "执法活动10
场次" is no count of 专题培训; "年审了多少人" names what it asks though the reports' dictionary
cuts 年审 into characters.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.described_terms import undescribed_forms
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_a_term_without_its_describing_clause() -> None:
    assert undescribed_forms("领导干部要掌握的法律法规清单") == ["领导干部法律法规清单"]
    assert undescribed_forms("村里的法律明白人") == ["法律明白人"]
    # A noun before 的 qualifies, and stays.
    assert undescribed_forms("法律明白人") == []


def test_reports_saying_a_described_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("领导干部要掌握的法律法规清单，哪几份报告写了")
    assert answer.kind == "mentions"
    assert answer.answer.startswith("没有报告原样提到“领导干部要掌握的法律法规清单”")
    assert {c.source for c in answer.citations} == {EMIN, PULAN, YECHENG}
    cited_rows(answer)


def test_a_place_word_before_the_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪几份报告讲过村里的法律明白人")
    assert {c.source for c in answer.citations} == {AKETAO, UNNAMED, YECHENG}


def test_an_action_named_after_its_object(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰和叶城，规范性文件审查谁审的件数多")
    last = answer.answer.splitlines()[-1]
    assert last.startswith("普兰县为11件") and "9件" in last
    # 继续有效16份 counts documents kept in force, not reviews.
    assert "16份" not in answer.answer


def test_a_region_named_with_where_it_lies(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("新疆额敏县还存在什么不足")
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {EMIN}
    assert "基层治理能力有待加强" in answer.answer
    assert "新疆" not in answer.answer


def test_a_report_described_then_asked_with_sha(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("把“五上”企业纳入专属服务的县，还有啥短板")
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {UNNAMED}
    assert "执法规范化水平不高" in answer.answer


def test_whose_people_are_more(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城跟克孜勒陶镇比，法律明白人谁家人多")
    rows = cited_rows(answer)
    assert rows[AKETAO] == "126人" and rows[YECHENG] == "1166名"
    assert "场次" not in answer.answer


def test_an_activity_of_another_kind_counts_no_named_training(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("专题培训次数排第一的是哪里，只算给执法人员的")
    assert answer.kind == "ranking"
    assert answer.answer.splitlines()[0].startswith(f"最多的是未署名报告（{UNNAMED}）：6次")
    assert "执法活动10场次" not in answer.answer


def test_a_count_asked_of_a_word_cut_into_characters(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("没写县名那份，资格考试过了多少人？年审了几个人的证？")
    assert "216人" in answer.answer and "427名" in answer.answer
    check_answer(answer)


def test_a_side_without_a_section_answers_with_its_sentence(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏、克孜勒陶镇在拖欠企业账款清理上分别做了哪些工作")
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {EMIN, AKETAO}
    township = next(line for line in answer.answer.splitlines() if line.startswith("阿克陶县"))
    assert "50万元以下欠款全部化解完毕" in township
    assert "未提及" not in answer.answer
    check_answer(answer)


def test_a_place_word_opening_a_term() -> None:
    assert undescribed_forms("村里法律明白人") == ["法律明白人"]
