"""Questions written as new users type them, each answered from the sample reports.

"…多少人，设多少个宣讲点": where two clauses of one sentence say the same question words, the
clause saying more of the asked thing's characters ("宣讲点位") answers its part. "…人数最多"
ranks counts of people (人, 名, 人次), never sessions ("培训12期") or items. Formal requests
say how to answer beside what they ask ("按报告口径", "并注明出自报告哪一部分", "注意…年度口径",
"请以表格形式列出…", "请按报告逐一列出…", "请列出…等数据"): they ask nothing more, and "请给出
X" after a vague question asks X. "各个地方" is every report; "行，谢了" thanks. "哪份多、
差几件", "哪个县多，多多少件" name no thing of their own: one verdict line, no "多：…无法比较".
Follow-ups "跟普兰县相比哪个多" (the verdict asked after the place) and "那和普兰县新增的执法证
相比" (the place with its own thing) weigh the earlier place's figure against the named one's.
"…的做法" asks which reports mention the doing; a count after "…规模怎样？" that names its own
thing ("预警信息…几条") is a part of its own. "出庭应诉1起" counts 负责人出庭应诉: the noun read
off the figure (应诉) ends the compound the asked head (出庭) begins. "一年要搞几次" asks how
often it is to be done (the floor a report sets); "里面…" after a list asks within it, and
neither 要 nor 里面 is a word of the thing. "行政赔偿案件": a word no report uses right before a
noun naming every thing of its measure (案件) names a kind no report counts; "摆平纠纷" is the
asker's word for the doing. "发文单位和发布机构": two labels of one attribute, each stated on a
line of its own, are each answered under its label. "哪份最早，哪份最晚": both ends of an order in
time are named. A table of a situation quotes the item's other figures of what is asked, not
of whatever else the item reports.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import re

import pytest
from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.instructions import without_instructions
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_each_part_gets_the_clause_saying_its_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏的宣讲团有几个人，设多少个宣讲点")
    check_answer(answer)
    assert "22人专业宣讲团" in answer.answer
    assert "72个宣讲点位" in answer.answer


def test_a_head_count_ranks_people_only(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪个县搞培训，参训人数最多")
    rows = cited_rows(answer)
    assert answer.kind == "ranking"
    assert rows[UNNAMED] == "800余人次"
    values = [value for value in rows.values() if value is not None]
    assert len(values) >= 2
    assert all(re.search(r"\d(?:万)?(?:余)?(?:人次|人|名|位)$", value) for value in values), values


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("按报告口径，A的X多少件？并注明出自报告哪一部分。", "A的X多少件？"),
        ("请按额敏县报告口径，X多少件", "额敏县报告，X多少件"),
        ("A和B的X哪个多？注意两份报告的年度口径。", "A和B的X哪个多？"),
        ("请以表格形式列出各报告的X，报告未提供的注明未提供。", "列出各报告的X"),
        ("请按报告逐一列出X。", "各报告列出X。"),
        ("A做了哪些工作？请列出报告中的场次、条数等数据。", "A做了哪些工作？"),
        ("A的X情况如何？请给出件数和比率。", "A的X，件数和比率各是多少？"),
        # A question that is only a request keeps it.
        ("请提供A的X。", "请提供A的X。"),
    ],
)
def test_instructions_on_answering_ask_nothing(question: str, asked: str) -> None:
    assert without_instructions(question) == asked


def test_a_formal_comparison_is_answered(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "按报告口径，003号报告与叶城县的法律援助案件各多少件？哪个多？并注明出自报告哪一部分。"
    )
    rows = cited_rows(answer)
    assert answer.kind == "comparison"
    assert (rows[UNNAMED], rows[YECHENG]) == ("103件", "543件")
    assert "未在报告中找到" not in answer.answer


@pytest.mark.parametrize(
    "question",
    ["请按报告逐一列出调解好的纠纷件数。", "各个地方调处的纠纷分别多少件"],
)
def test_each_report_one_by_one_is_a_table(lexical_service: AnswerService, question: str) -> None:
    answer = lexical_service.ask(question)
    rows = cited_rows(answer)
    assert answer.kind == "table"
    assert rows == {
        EMIN: "963件",
        AKETAO: "168件",
        PULAN: "85件",
        UNNAMED: "412件",
        YECHENG: "5726件",
    }


def test_a_table_asked_formally(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("请以表格形式列出各报告复议案件的数量，报告未提供的注明未提供。")
    rows = cited_rows(answer)
    assert answer.kind == "table"
    assert rows[EMIN] == "38件"
    assert rows[AKETAO] is None


def test_figures_asked_of_a_list_ask_nothing_more(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "普兰在法治宣传教育上做了哪些工作？请列出报告中的场次、条数等数据。"
    )
    check_answer(answer)
    assert answer.kind == "list"
    assert "220余场次" in answer.answer


def test_a_request_makes_a_vague_question_precise(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县行政复议工作情况如何？请给出接收案件数和调解和解率。")
    check_answer(answer)
    assert "38件" in answer.answer
    assert "71.43%" in answer.answer


def test_short_thanks(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("行，谢了")
    assert answer.kind == "chitchat"
    assert not answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "请比较叶城县与003号报告办理法律援助案件的数量，哪份多、差几件？",
        "普兰县与叶城县受理复议案件各有多少件？哪个县多，多多少件？",
    ],
)
def test_which_is_more_names_no_thing(lexical_service: AnswerService, question: str) -> None:
    answer = lexical_service.ask(question)
    cited_rows(answer)
    verdicts = [line for line in answer.answer.splitlines() if "多" in line and "比" in line]
    assert len(verdicts) == 1, answer.answer
    assert "无法比较" not in answer.answer


def test_a_place_set_against_with_the_verdict_asked(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县接收了多少件复议案件", conversation=conversation)
    answer = lexical_service.ask("跟普兰县相比哪个多", conversation=conversation)
    rows = cited_rows(answer)
    assert answer.kind == "comparison"
    assert (rows[EMIN], rows[PULAN]) == ("38件", "1件")


def test_a_place_set_against_with_its_own_thing(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("003号报告里资格考试有多少人拿到执法证？", conversation=conversation)
    answer = lexical_service.ask("那和普兰县新增的执法证相比，哪个多？", conversation=conversation)
    rows = cited_rows(answer)
    assert answer.kind == "comparison"
    assert (rows[UNNAMED], rows[PULAN]) == ("216人", "25本")
    assert "无法比较" not in answer.answer


def test_the_practice_of_a_thing_is_the_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告写了法律明白人的做法")
    rows = cited_rows(answer)
    assert answer.kind == "mentions"
    assert set(rows) == {AKETAO, UNNAMED, YECHENG}


def test_a_count_after_how_it_is_that_names_its_own_thing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克镇应急队伍的规模怎样？预警信息一年发布几条")
    check_answer(answer)
    assert "19支194人" in answer.answer
    assert "预警信息305条" in answer.answer
    assert "未在报告中找到" not in answer.answer


def test_a_figure_after_the_compound_the_head_begins(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("负责人出庭应诉，克镇和003各有几件")
    rows = cited_rows(answer)
    assert (rows[AKETAO], rows[UNNAMED]) == ("1起", "2件")


def test_how_often_it_is_to_be_done(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰执法培训一年要搞几次？")
    check_answer(answer)
    assert answer.answer == "普兰县：每年组织专业培训不少于4次[1]"


def test_within_the_list_asked_before(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰下一步打算做哪些事", conversation=conversation)
    answer = lexical_service.ask("里面执法培训一年要搞几次？", conversation=conversation)
    check_answer(answer)
    assert "不少于4次" in answer.answer


@pytest.mark.parametrize("question", ["各县的行政赔偿案件分别多少件", "哪个县的国家赔偿案件最多"])
def test_a_kind_no_report_names_is_not_found(lexical_service: AnswerService, question: str) -> None:
    answer = lexical_service.ask(question)
    assert answer.abstained
    assert not answer.citations


def test_the_askers_word_for_the_doing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰摆平了多少件纠纷")
    check_answer(answer)
    assert "85件" in answer.answer


def test_two_labels_of_one_attribute(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克镇报告里发文单位和发布机构各写的什么")
    check_answer(answer)
    lines = answer.answer.splitlines()
    assert [line.split("：")[0][-4:] for line in lines] == ["发文单位", "发布机构"]
    assert all("阿克陶县克孜勒陶镇人民政府" in line for line in lines)


def test_both_ends_of_an_order_in_time(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("几份报告里哪份发布得最早，哪份最晚")
    cited_rows(answer)
    first = answer.answer.splitlines()[0]
    assert first.startswith("最早的是叶城县：2025年09月05日[1]")
    assert "；最晚的是阿克陶县克孜勒陶镇：2026-02-14[" in first


def test_a_situations_row_keeps_to_what_is_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("把各报告里负责人出庭应诉的情况列个表")
    rows = cited_rows(answer)
    assert answer.kind == "table"
    assert AKETAO in rows
    line = next(line for line in answer.answer.splitlines() if "克孜勒陶镇" in line)
    assert "出庭应诉1起" in line
    assert "人大" not in line
