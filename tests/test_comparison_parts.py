"""Comparisons of several things at once: each side's figure for each thing on its line, then
one verdict per thing, each from its own cited figures; things each side is asked on its own
("A的X和B的Y") stay one comparison.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, cited_rows

from retrieval.query.measure import measured
from retrieval.query.things import parts
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_two_counts_of_one_thing_get_a_verdict_each(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "执法人员培训这块，额敏县对比涉企检查降了28.42%那个县，次数和人次谁多"
    )
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {EMIN: "3次；400余人次", UNNAMED: "6次；800余人次"}
    lines = answer.answer.splitlines()
    assert lines[-2].endswith(
        "次数：未署名报告（003_fb758e20d058b773.txt）为6次[2]，多于额敏县的3次[1]。"
    )
    assert lines[-1].endswith(
        "人次：未署名报告（003_fb758e20d058b773.txt）为800余人次[2]，多于额敏县的400余人次[1]。"
    )


def test_a_count_and_a_rate_get_a_verdict_each(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县对比涉企检查降了28.42%那个县，热线办件量和办结率谁高")
    assert cited_rows(answer) == {YECHENG: "37116件；99.98%", UNNAMED: "730件；100%"}
    lines = answer.answer.splitlines()
    assert lines[-2].startswith("热线办件量：叶城县为37116件")
    assert lines[-1].startswith(f"热线办结率：未署名报告（{UNNAMED}）为100%")


def test_a_bare_rate_is_a_rate_of_what_the_first_thing_names(
    lexical_service: AnswerService,
) -> None:
    vocabulary = lexical_service.planning.current().lexical
    assert parts("政务热线受理量和办结率多少", vocabulary) == [
        "政务热线受理量多少",
        "政务热线办结率多少",
    ]
    assert parts("培训多少次和人次", vocabulary) == ["培训多少次", "培训多少人次"]
    # A measure after words of its own is no bare measure: it names its own thing.
    assert "执法证发持证多少人" not in parts("执法证发了多少本和持证人数", vocabulary)


def test_things_each_side_is_asked_stay_one_comparison(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县的法律顾问出具意见书和普兰县的审查合同，哪边多")
    assert answer.kind == "comparison"
    # One line per side and one verdict: no verdict line per thing.
    lines = answer.answer.splitlines()
    assert lines[0].startswith("额敏县：") and len(lines) == 3


@pytest.mark.parametrize(
    ("topic", "asked"),
    [
        # Two clauses that each ask a figure stay two things; 又, 弄个对照表 are speech.
        (
            "12345热线各地分别办了多少件，办结率又是多少，弄个对照表",
            "12345热线办了多少件、办结率是多少",
        ),
        ("12345这块谁家办件量最少啊？顺手把排名也弄一下", "12345办件量多少"),
        ("的明白人是的几倍来着？", "明白人多少"),
        ("汇总一下行政复议：每个地方收了几件", "行政复议收了几件"),
        # The number of a count noun ("企业数") is asked in the measure that counts it.
        ("搞法治体检的企业数、提的建议条数", "搞法治体检的企业多少家、提的建议多少条"),
    ],
)
def test_everyday_words_are_no_part_of_the_things(topic: str, asked: str) -> None:
    assert measured(topic) == asked


def test_a_piece_naming_its_own_thing_is_not_asked_of_the_first(
    lexical_service: AnswerService,
) -> None:
    vocabulary = lexical_service.planning.current().lexical
    assert parts("社会监督员几个人、执法监督联系点几个", vocabulary) == [
        "社会监督员几个人",
        "执法监督联系点几个",
    ]


def test_the_period_note_cites_the_figure_it_describes(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县对比普兰县，审查规范性文件几件、12345热线办件多少件，谁多")
    lines = answer.answer.splitlines()
    assert lines[0].startswith("叶城县：2023年以来审查合法性文件共9件[1]；")
    assert lines[0].endswith("办件37116件[2]")
    # "2023年以来" is said of the figure cited [1], not of the hotline's [2].
    assert "叶城县[1]为2023年以来" in lines[2]


def test_a_verdict_line_names_each_thing_as_a_number(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县跟额敏县比案卷评查情况，卷宗数、问题数哪边多")
    verdicts = answer.answer.splitlines()[-2:]
    # Not "比案卷评查情况卷宗数项数" nor "问题项数": the number named as the question named it.
    assert verdicts[0].startswith("案卷评查卷宗份数：额敏县为126件[2]，多于普兰县的66件[1]")
    assert verdicts[1].startswith("案卷评查问题数：额敏县为230个[2]，多于普兰县的22个[1]")
