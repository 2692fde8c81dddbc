"""Comparisons whose sides are asked different things, named after 比, or asked by how much.

Questions are written from the sample reports' text; each side's figure is read from the
report the side names and the verdict only from the cited figures.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from retrieval.answer.comparison import verdict
from retrieval.answer.figures import Figure
from retrieval.answer.pick import Pick
from retrieval.query.counted_part import asked_part
from retrieval.query.measure import measured, side_asked
from retrieval.query.shape import shape_of
from retrieval.query.verdicts import asks_comparative, asks_difference, asks_verdict
from retrieval.service import AnswerService
from retrieval.types import Passage

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
EMIN, AKETAO, PULAN, UNNAMED, YECHENG = sorted(p.name for p in REPORTS.glob("*.txt"))


@pytest.fixture(scope="module")
def lexical(lexical_service: AnswerService) -> AnswerService:
    """A lexical-only service over the sample reports (the session's index, read only)."""
    return lexical_service


@pytest.mark.parametrize(
    ("topic", "verdict_asked", "difference"),
    [
        ("审查合同的数量，是不是比多？", True, False),
        ("调解的纠纷比多吗", True, False),
        ("法律援助案件比少多少？", True, True),
        ("法治讲座哪个的次数更多", True, False),
        ("，哪个组织的执法培训少？", True, False),
        # A change within one report is no verdict between sides.
        ("行政复议案件比上年增加多少？", False, False),
        ("法律援助案件一共多少件？", False, False),
    ],
)
def test_comparative_questions_ask_a_verdict(
    topic: str, verdict_asked: bool, difference: bool
) -> None:
    assert asks_verdict(topic) is verdict_asked
    assert asks_difference(topic) is difference


def test_which_one_with_an_amount_is_a_comparison() -> None:
    assert shape_of("选聘的社会监督员和组建监督团的县，哪个数量多？", 1) == "comparison"
    assert shape_of("法律顾问谁的人数少", 2) == "comparison"
    assert asks_comparative("现有执法人员是不是比，年审的证件多？")


@pytest.mark.parametrize(
    ("topic", "asked"),
    [
        # "A比B的X多吗" without its sides, and a yes-no form: the count of X.
        ("比的调解室多吗？", "调解室多少"),
        ("是不是比，抽查的案卷多？", "抽查的案卷多少"),
    ],
)
def test_comparative_leftovers_are_cues(topic: str, asked: str) -> None:
    assert measured(topic) == asked


def test_the_adverb_each_is_a_layout_cue() -> None:
    # 各 before a verb says "each side", not what is counted; 各级 names a thing.
    assert measured("法治讲座各办了几场？谁多？") == "法治讲座办了几场"
    assert "各级" in measured("各级党组织学法多少次，谁多")


@pytest.mark.parametrize(
    ("piece", "asked"),
    [
        ("现有的法律顾问，是不是", "现有的法律顾问多少"),
        ("审结的案件多？", "审结的案件多少"),
        ("，相比谁多？", ""),
        ("今年", ""),
    ],
)
def test_side_asked_reads_a_sides_own_thing(piece: str, asked: str) -> None:
    assert side_asked(piece) == asked


def test_a_noun_joined_after_the_count_qualifies_it() -> None:
    # "多少次的规定": the rule is about how often 学法 is held; 学法 is counted.
    assert asked_part("每季度集体学法多少次的规定") == "每季度集体学法"
    assert asked_part("有多少名行政执法人员参加了培训？") == "行政执法人员参加了培训？"


def _figure(written: str, value: str, percent: bool = False) -> Figure:
    passage = Passage(id="p", source="s.txt", title="t", text=written, start=0, end=len(written))
    pick = Pick(passage, 0, len(written), written, 1.0, 1.0)
    return Figure(pick, written, Decimal(value), percent)


def test_a_difference_is_stated_only_for_figures_that_fix_it_in_one_family_of_measures() -> None:
    sides = [("甲县", _figure("38件", "38")), ("乙县", _figure("11件", "11"))]
    assert verdict(sides, "desc", "案件比多多少", by=True) == "甲县为38件，比乙县的11件多27件。"
    assert verdict(sides, "desc", "案件谁多") == "甲县为38件，多于乙县的11件。"
    # The larger "more than" a figure: more than the difference apart, said as it is.
    rough = [("甲县", _figure("300余人", "300")), ("乙县", _figure("120人", "120"))]
    assert (
        verdict(rough, "desc", "人数比多多少", by=True) == "甲县为300余人，比乙县的120人多180余人。"
    )
    # The smaller "more than" one: how far apart is unknown.
    under = [("甲县", _figure("300人", "300")), ("乙县", _figure("120余人", "120"))]
    assert verdict(under, "desc", "人数比多多少", by=True) == "甲县为300人，多于乙县的120余人。"
    # 项 and 个 count the same things: the difference takes the first's measure.
    kin = [("甲县", _figure("6项", "6")), ("乙县", _figure("4个", "4"))]
    assert verdict(kin, "desc", "比多多少", by=True) == "甲县为6项，比乙县的4个多2项。"
    other = [("甲县", _figure("6人", "6")), ("乙县", _figure("4次", "4"))]
    assert "多于" in verdict(other, "desc", "比多多少", by=True)
    rates = [("甲县", _figure("71.43%", "71.43", True)), ("乙县", _figure("70%", "70", True))]
    assert verdict(rates, "desc", "比高多少", by=True).endswith("高1.43个百分点。")


def test_difference_verdict_cites_both_figures(lexical: AnswerService) -> None:
    answer = lexical.ask("额敏县比普兰县的行政复议案件多多少？")
    assert answer.kind == "comparison"
    assert [r.source for r in answer.rows or []] == [EMIN, PULAN]
    assert answer.answer.splitlines()[-1] == "额敏县为38件[1]，比普兰县的1件[2]多37件。"


def test_asking_by_how_much_less_names_the_smaller_first(lexical: AnswerService) -> None:
    answer = lexical.ask("行政复议案件，普兰县比额敏县少多少？")
    assert answer.answer.splitlines()[-1] == "普兰县为1件[1]，比额敏县的38件[2]少37件。"


def test_each_side_is_asked_its_own_thing(lexical: AnswerService) -> None:
    answer = lexical.ask(
        "额敏县全年接收的行政复议案件，是不是比打造法治文化长廊、法治公园12个的那个县"
        "化解的矛盾纠纷多？"
    )
    assert answer.kind == "comparison"
    assert [(r.source, r.value) for r in answer.rows or []] == [
        (EMIN, "38件"),
        (UNNAMED, "412件"),
    ]
    by_n = {c.n: c for c in answer.citations}
    assert "化解矛盾纠纷412件" in by_n[2].excerpt
    assert (
        answer.answer.splitlines()[-1]
        == f"未署名报告（{UNNAMED}）为412件[2]，多于额敏县的38件[1]。"
    )


def test_each_side_keeps_its_own_thing_in_the_plan(lexical: AnswerService) -> None:
    plan = lexical.planning.current().plan(
        "额敏县组织的行政执法人员专题培训是不是比打造法治文化长廊、法治公园12个的那个县"
        "开展的专题培训少？"
    )
    assert plan.kind == "comparison"
    assert [(g.sources, g.topic) for g in plan.groups] == [
        ([EMIN], "组织的行政执法人员专题培训多少"),
        ([UNNAMED], "开展的专题培训多少"),
    ]


@pytest.mark.parametrize(
    "question",
    [
        "额敏县和打造法治文化长廊、法治公园12个的那个县，化解矛盾纠纷各多少件？谁多？",
        # What precedes the region's name is no thing of its own.
        "相比之下，额敏县和打造法治文化长廊、法治公园12个的那个县，化解的矛盾纠纷谁多？",
    ],
)
def test_sides_asked_the_same_thing_share_it(lexical: AnswerService, question: str) -> None:
    # The region's side says nothing of its own before the conjunction: both are asked the same.
    answer = lexical.ask(question)
    assert [r.source for r in answer.rows or []] == [EMIN, UNNAMED]
    assert all("矛盾纠纷" in c.excerpt for c in answer.citations)
    assert all(g.topic is None for g in lexical.planning.current().plan(answer.question).groups)
