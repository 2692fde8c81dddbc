"""A thing counted in the measure the question says and in its own ("案卷抽查件数": the reports
count case files in 件 and in 份): both are its figures, and nothing else's measure is; an
order "按规模排" is by the figure asked, in its measure; "差额" asks the difference of each.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, cited_rows

from retrieval.query.expected import Expected
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_a_things_own_measure_joins_the_one_asked() -> None:
    unit = Expected.of("意见书多少件").unit
    assert unit is not None and unit.search("21份") and unit.search("3件")
    # A case is counted in 件 alone: 份 counts documents, not cases.
    cases = Expected.of("行政复议案件多少件").unit
    assert cases is not None and not cases.search("21份")


def test_case_files_ranked_in_either_measure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("执法案卷抽查件数，哪个县最多？排一下", mode="extractive")
    assert answer.kind == "ranking"
    values = cited_rows(answer)
    assert [row.source for row in answer.rows[:3]] == [EMIN, UNNAMED, PULAN]
    assert values[UNNAMED] == "104份" and values[EMIN] == "126件"


def test_an_order_by_scale_is_by_the_figure_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("执法人员培训人次，按规模排", mode="extractive")
    values = cited_rows(answer)
    assert [row.source for row in answer.rows[:2]] == [UNNAMED, EMIN]
    assert values[UNNAMED] == "800余人次" and values[EMIN] == "400余人次"
    # 532名 counts the people trained, not attendances.
    assert values.get(YECHENG) is None


def test_the_difference_asked_as_a_noun(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "额敏和003的案卷抽查数和整改问题数各多少，差额？", mode="extractive"
    )
    *_, files, problems = answer.answer.splitlines()
    assert files.endswith("多22件。") and problems.endswith("多197个。")
    cited_rows(answer)
