"""Shapes asked in other words: 回 said for 次, a side named "没写县名那份" with no place
word after it, a mentioned thing done with 搞, a report named by what it says and asked "自己说"
its problems, and which region a report is of.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, cited_rows

from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_hui_counts_times(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("执法人员培训，哪个地方搞的回数最多")
    assert answer.kind == "ranking"
    assert answer.answer.splitlines()[0] == "最多的是未署名报告（003_fb758e20d058b773.txt）：6次[1]"
    # Not 800余人次 nor 585人: 回 counts sessions.
    stated = {source: value for source, value in cited_rows(answer).items() if value}
    assert stated[EMIN] == "3次"


def test_a_described_side_may_end_on_its_measure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县和没写县名那份，合同审了多少，谁多")
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {PULAN: "17件", UNNAMED: "50件"}


def test_a_thing_done_with_gao_is_the_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告里讲了搞应急演练的事")
    assert answer.kind == "mentions"
    assert answer.answer.splitlines()[0] == "2份报告提到“应急演练”："
    assert {c.source for c in answer.citations} == {AKETAO, YECHENG}


def test_a_described_reports_own_account_of_its_problems(lexical_service: AnswerService) -> None:
    # "…的那个县，自己说…哪些问题" asks one report's list, not which reports say it.
    answer = lexical_service.ask("搞了“周一开讲”的那个县，自己说法治建设还有哪些差距")
    assert answer.kind == "list"
    lines = answer.answer.splitlines()
    assert lines[0] == f"未署名报告（{UNNAMED}）：二、存在问题[1]"
    assert len(lines) == 4 and lines[1].startswith("一是优化法治化营商环境见效不快")
    assert {c.source for c in answer.citations} == {UNNAMED}


def test_which_reports_wrote_a_term_stays_a_mentions_question(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("写过“枫桥经验”的报告是哪几份")
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {AKETAO, PULAN}


def test_the_region_a_described_report_is_of(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("设立“法治体检室”的那份报告是哪个县的")
    assert answer.kind == "metadata"
    assert answer.answer == "额敏县报告的地区：额敏县[1]"
    (citation,) = answer.citations
    assert citation.source == EMIN
    assert cited_rows(answer) == {}


def test_a_report_naming_no_region_says_so(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("组建了20人社会监督团的那份报告是哪个县的")
    assert answer.abstained
    assert answer.answer.startswith("未署名报告（003_fb758e20d058b773.txt）未载明地区。")
    assert not answer.citations


def test_a_degree_the_reports_also_say_as_a_rate_is_a_percentage(
    lexical_service: AnswerService,
) -> None:
    # 满意度 is a rate (满意率): "群众满意度99.98%" answers it, a count does not.
    answer = lexical_service.ask("群众满意度，哪个地方最高")
    assert answer.kind == "ranking"
    stated = {source: value for source, value in cited_rows(answer).items() if value}
    assert stated[YECHENG] == "99.98%"


def test_a_county_with_only_a_townships_report_says_so(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("阿克陶县去年总共调处了多少起矛盾纠纷")
    notice = answer.notice or ""
    assert notice.startswith("报告库中没有阿克陶县本级的报告，以下据")
    assert notice.endswith(f"{answer.answer.split('：')[0]}的报告作答")
    assert answer.answer.startswith("阿克陶县克孜勒陶镇：")
    # Named as itself, the township's report needs no notice.
    assert lexical_service.ask("克孜勒陶镇去年总共调处了多少起矛盾纠纷").notice is None
