"""Orders and differences asked in the words of written requests: "按规模排" is by the figure
asked, in its measure; "差额" asks the difference of each thing.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, cited_rows

from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


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
    *_, problems = answer.answer.splitlines()
    assert problems.endswith("比未署名报告（003_fb758e20d058b773.txt）的33个[2]多197个。")
    assert "126件[1]" in answer.answer
    cited_rows(answer)
