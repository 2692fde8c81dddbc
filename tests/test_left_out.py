"""What a question leaves out ("…不算", "不包括…", "除了…以外", "（不算…）"): the clause is no
part of what is asked, and a figure whose sentence names every word of what is left out
answers nothing.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, cited_rows

from retrieval.query.exclusions import without_exclusions
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize(
    ("topic", "kept", "left_out"),
    [
        ("参考人数哪个县最多？资格考试不算", "参考人数哪个县最多", ("资格考试",)),
        ("除了行政复议以外，哪个县案件最多？", "哪个县案件最多", ("行政复议",)),
        ("哪个县案件最多，不包括信访", "哪个县案件最多", ("信访",)),
        ("各地审查了多少件（不算合同审查）？", "各地审查了多少件", ("合同审查",)),
        ("还做了哪些工作，除了培训", "还做了哪些工作", ("培训",)),
        # "不算多" is an opinion, not something left out.
        ("审查了多少件，不算多吧", "审查了多少件，不算多吧", ()),
    ],
)
def test_the_clauses_that_leave_something_out(
    topic: str, kept: str, left_out: tuple[str, ...]
) -> None:
    assert without_exclusions(topic) == (kept, left_out)


def test_a_ranking_leaves_out_figures_of_what_is_left_out(
    lexical_service: AnswerService,
) -> None:
    asked = "干部参加法律考试的人数，哪份报告最多？"
    everything = cited_rows(lexical_service.ask(asked))
    assert everything.get(PULAN) == "25名"
    answer = lexical_service.ask(asked + "执法资格考试不算")
    assert answer.kind == "ranking"
    rows = cited_rows(answer)
    # 普兰县's 25名 took the law-enforcement qualification exam: left out, with 额敏县's 42名.
    assert rows.get(PULAN) is None and rows.get(EMIN) is None
    assert rows[YECHENG] == "32886人" and rows[UNNAMED] == "860余名"
    assert answer.answer.startswith("最多的是叶城县：32886人")
