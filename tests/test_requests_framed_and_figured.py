"""Questions put as written requests ("就X而言", "以X为指标…进行排序", "请逐条归纳…以便…"),
and the arithmetic of one report's figures asked beside them (a difference, a sum).

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_citation

from retrieval.answer.abstain import ABSTAIN
from retrieval.query.instructions import without_instructions
from retrieval.query.normalize import normalize
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_the_framing_of_a_written_request_is_not_the_thing() -> None:
    assert without_instructions("就法律援助而言，各县孰多孰少？") == "法律援助，各县孰多孰少？"
    assert without_instructions("以调解件数为指标，对各报告进行排序").startswith("调解件数，排序")
    assert "以便" not in without_instructions("有哪几条？请逐条归纳要点，以便写入对比材料。")
    assert "构建" not in without_instructions("制定了若干项制度以构建工作格局，共几项？")
    assert normalize("各县孰多孰少") == "各县谁多"


def test_a_ranking_asked_as_a_written_request(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "以行政复议案件受理量为指标，对有数据的县进行排序；哪份报告没有给出该项数据？",
        mode="extractive",
    )
    assert answer.kind == "ranking"
    values = {row.source: row.value for row in answer.rows}
    assert values[EMIN] == "38件" and values[PULAN] == "1件"
    answer = lexical_service.ask("就矛盾纠纷化解件数而言，五份报告孰多孰少？", mode="extractive")
    assert answer.kind == "ranking"
    assert answer.rows[0].source == YECHENG


def test_a_list_asked_with_its_purpose(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "额敏县报告自陈的不足有哪几条？请逐条归纳要点，以便写入对比材料。", mode="extractive"
    )
    assert answer.kind == "list"
    assert "基层治理能力有待加强" in answer.answer and "法治建设保障仍需强化" in answer.answer


def test_a_numbered_part_names_the_report_part_itself(lexical_service: AnswerService) -> None:
    # 叶城县's fourth part is its plans: "第四部分的安排" asks them all, not the fourth plan.
    answer = lexical_service.ask("叶城县报告第四部分对下一年作了哪些安排？", mode="extractive")
    for item in ("落实好法治学习", "压实法治责任人责任", "提高普法精准性和实效性"):
        assert item in answer.answer
    answer = lexical_service.ask("叶城县下一步打算的第二条是什么", mode="extractive")
    assert "压实法治责任人责任" in answer.answer and "落实好法治学习" not in answer.answer


def test_a_count_asked_with_what_it_was_for(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "003号报告制定了若干项制度以构建工作格局，共几项？", mode="extractive"
    )
    assert "6项制度" in answer.answer
    for c in answer.citations:
        check_citation(c)


def test_the_difference_of_two_figures_of_one_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "叶城县诉前调解的件数与出具司法确认书的份数相差多少", mode="extractive"
    )
    assert not answer.abstained and "多28件" in answer.answer
    answer = lexical_service.ask("普兰县12345热线咨询比投诉多多少", mode="extractive")
    assert "多610件" in answer.answer
    for c in answer.citations:
        check_citation(c)


def test_parts_and_their_sum_asked_together(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县的法治经费分几块，各是多少，合计？", mode="extractive")
    assert "普法经费3万元" in answer.answer and "合计13万元" in answer.answer
    assert ABSTAIN not in answer.answer


def test_a_side_named_by_what_its_report_lacks_stays_a_side(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask(
        "政府网站公开信息，没写县名那份和克孜勒陶镇各是多少？相差多少", mode="extractive"
    )
    assert "1984条" in answer.answer and "35条" in answer.answer
    assert "多1949条" in answer.answer
