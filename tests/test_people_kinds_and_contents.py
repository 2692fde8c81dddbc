"""Who a count of people counts, the kinds a report counts of a thing it names otherwise, the
first few parts of a breakdown, the contents listed after a measure, a share asked in passing,
and which reports leave something out.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_citation

from retrieval.answer.abstain import ABSTAIN
from retrieval.answer.rows import UNCOUNTED
from retrieval.query.followup import share_only
from retrieval.query.shape import shape_of
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_a_count_of_other_people_is_not_ranked_for_the_people_asked(
    lexical_service: AnswerService,
) -> None:
    # 叶城县's 27.4万余人次 attended the training of 调解员; its 执法人员 training is "532名…
    # 培训3场次", which counts no 人次: quoted, not ranked.
    answer = lexical_service.ask("执法人员培训人次，各县排一下", mode="extractive")
    assert answer.kind == "ranking"
    assert "27.4万" not in answer.answer
    values = {row.source: row.value for row in answer.rows}
    assert values[UNNAMED] == "800余人次" and values[EMIN] == "400余人次"
    assert values[YECHENG] is None
    quoted = answer.answer.split(f"{UNCOUNTED}：")[1]
    assert "532名行政执法人员" in quoted
    for c in answer.citations:
        check_citation(c)


def test_a_table_row_counts_the_kinds_a_report_names_otherwise(
    lexical_service: AnswerService,
) -> None:
    # 克孜勒陶镇 never writes 法治文化阵地: it counts 长廊, 图书角, 宣传栏 and 广场.
    answer = lexical_service.ask("各报告法治文化阵地的数量列个表", mode="extractive")
    assert answer.kind == "table"
    row = next(line for line in answer.answer.splitlines() if line.startswith("阿克陶县"))
    for kind in ("法治长廊2个", "法律图书角16个", "法治宣传栏3个", "法治文化广场1个"):
        assert kind in row
    assert any(r.source == AKETAO for r in answer.rows)
    for c in answer.citations:
        check_citation(c)


def test_the_first_few_parts_of_a_breakdown_in_order(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县梳理的行政职权里哪两类最少", mode="extractive")
    assert "其中最少的两类依次是：行政征收（8项）、行政裁决（10项）" in answer.answer
    answer = lexical_service.ask("叶城县的行政职权哪几类最多？要前三", mode="extractive")
    assert "行政处罚（2407项）、行政检查（299项）、行政许可（208项）" in answer.answer


def test_the_contents_a_measure_took_in_follow_its_sentence(
    lexical_service: AnswerService,
) -> None:
    # The 22-person team is formed in one sentence; what it talked about is the next.
    answer = lexical_service.ask("额敏县那支22人的宣讲队伍讲了哪些内容", mode="extractive")
    assert not answer.abstained
    assert "反电诈" in answer.answer and "17大类" in answer.answer
    assert any("17大类" in c.excerpt for c in answer.citations)
    for c in answer.citations:
        check_citation(c)


def test_a_share_asked_in_passing_after_two_counts(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    for question in ("普兰县12345热线办件多少件？", "投诉多少件？"):
        lexical_service.ask(question, conversation=conversation, mode="extractive")
    answer = lexical_service.ask("占比多少？", conversation=conversation, mode="extractive")
    assert "20.1%" in answer.answer and ABSTAIN not in answer.answer
    assert share_only("占总数的比例大概多少") and not share_only("投诉占多少")


def test_a_share_clause_is_not_also_said_unanswered(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县12345热线办件多少件，投诉占多少", mode="extractive")
    assert "20.1%" in answer.answer and ABSTAIN not in answer.answer


def test_which_reports_leave_something_out_asked_alone(lexical_service: AnswerService) -> None:
    assert shape_of("出庭应诉的事，哪几个没写", 0) == "mentions"
    # Beside an order asked, "哪家根本没写" only lays the ranking out.
    assert shape_of("行政复议案件谁最少？哪家根本没写", 0) == "ranking"
    answer = lexical_service.ask("出庭应诉的事，哪几个没写", mode="extractive")
    silent = next(line for line in answer.answer.splitlines() if line.startswith("未提到"))
    assert "普兰县" in silent and "叶城县" in silent and "额敏县" not in silent


def test_what_is_to_be_done_with_a_term_named_first(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("九五普法规划，哪些报告提到准备谋划了", mode="extractive")
    assert answer.kind == "mentions"
    named = {row.source for row in answer.rows}
    assert named == {EMIN, PULAN}


def test_honours_asked_of_highlights_are_read_from_the_whole_report(
    lexical_service: AnswerService,
) -> None:
    # 额敏县's highlights section names no honour; its first part lists them.
    answer = lexical_service.ask("额敏县报告列出了哪些受表彰、获评的典型情况", mode="extractive")
    assert not answer.abstained
    assert "2名法官" in answer.answer
    for c in answer.citations:
        check_citation(c)


def test_a_part_counted_in_another_measure_reads_the_sentence_chosen_before(
    lexical_service: AnswerService,
) -> None:
    # "意见建议73份" beside the 9 documents reviewed, not the 42条 of another measure's item.
    answer = lexical_service.ask(
        "叶城县合法性审查了多少件文件？提了多少条意见建议？", mode="extractive"
    )
    assert "73份" in answer.answer and "42条" not in answer.answer
    for c in answer.citations:
        check_citation(c)


def test_a_field_compared_with_one_count_each_gets_a_verdict(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask(
        "主动公开信息这块，克孜勒陶镇跟没写县名的那份比比", mode="extractive"
    )
    assert answer.kind == "comparison"
    assert "1984条" in answer.answer and "35条" in answer.answer
    assert answer.answer.splitlines()[-1].startswith("未署名报告")
    assert "多于阿克陶县克孜勒陶镇的35条" in answer.answer


def test_a_closing_clause_asking_a_field_too_is_compared_apart(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask(
        "额敏县和普兰县的行政复议案件量对比一下，办结情况也说说", mode="extractive"
    )
    first = answer.answer.split("办结情况")[0]
    # The count compared is of the cases received, not of those settled or closed.
    assert "额敏县为38件" in first and "普兰县的1件" in first
    assert "办结情况：" in answer.answer
