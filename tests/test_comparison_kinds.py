"""A comparison side's figure counts the asked thing, or the side says it is not stated.

Questions are written from the sample reports' text. A figure touching another noun (法律意见书
for 合同, 行政处罚案件 for 法律援助案件) answers nothing; a side without a figure cites nothing,
and no verdict is given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.figure_nouns import breakdown
from retrieval.answer.touching import touching_nouns
from retrieval.evaluation.records import AnswerRecord
from retrieval.evaluation.shapes import shape_reasons
from retrieval.query.measure import measured
from retrieval.schema import Answer
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
EMIN, AKETAO, PULAN, UNNAMED, YECHENG = sorted(p.name for p in REPORTS.glob("*.txt"))
_ORDER = ("多于", "少于", "高于", "低于", "相同")


@pytest.fixture(scope="module")
def lexical(lexical_service: AnswerService) -> AnswerService:
    """A lexical-only service over the sample reports (the session's index, read only)."""
    return lexical_service


def _cited(answer: Answer) -> set[str]:
    return {c.source for c in answer.citations}


@pytest.mark.parametrize(
    ("before", "after", "nouns"),
    [
        ("全年受理法律援助案件", "", ["法律援助案件"]),
        ("法治政府建设各项工作取得阶段性成效，", "行政处罚案件入选国家", ["行政处罚案件"]),
        ("累计建成法律图书室(角)", "", ["法律图书室 法律图书角"]),
        # jieba cuts 站 off 便民服务站.
        ("建设完成乡镇政务服务大厅22个,村(社区)便民服务站", "", ["便民服务站"]),
        # A verb a measure counts, with no object after the figure, is used as a noun.
        ("全年收到行政复议申请", "，办结1件", ["行政复议申请"]),
        # A verb before "258项县级…" governs the object after the figure.
        ("完成", "县级行政许可事项书面办事指南编制", []),
        # Only a time touches the figure: nothing says what it counts.
        ("全年共计", "", []),
        # A figure after a list counts each of its items.
        ("负责人开展专题学法、法治讲座", "", ["法治讲座", "专题学法"]),
    ],
)
def test_the_nouns_touching_a_figure(before: str, after: str, nouns: list[str]) -> None:
    assert touching_nouns(before, after) == nouns


def test_parts_in_brackets_break_down_a_whole_that_is_no_part() -> None:
    assert not breakdown("建立涵盖1.4万户市场主体（个体工商户12914户、企业1856户）的检查码库", "户")
    assert breakdown("共办理刑事案件律师辩护6件、认罪认罚9件、修改合同26件", "件")


@pytest.mark.parametrize(
    ("question", "stated", "silent", "figure"),
    [
        # 额敏县's 4个行政处罚案件 (typical cases) is no count of legal-aid cases.
        ("额敏县同叶城县相比，法律援助案件谁办得多？", YECHENG, EMIN, "543件"),
        # 普兰县's 政务服务网留言7条 counts messages, not windows.
        ("普兰县与叶城县政务中心设的窗口，哪个多", YECHENG, PULAN, "112个"),
        # 额敏县's 企业1856户 are in a code library, not enterprises given a 法治体检.
        ("参加“法治体检”座谈的企业，叶城县比额敏县多吗", YECHENG, EMIN, "36家"),
        # 普兰县's "组织25名行政执法人员参加资格考试" counts examinees: its sentence says
        # 持证 only in a later clause.
        ("额敏县跟普兰县比，持证执法人员哪边多", EMIN, PULAN, "585人"),
    ],
)
def test_a_side_without_the_asked_figure_says_so_and_no_verdict_is_given(
    lexical: AnswerService, question: str, stated: str, silent: str, figure: str
) -> None:
    answer = lexical.ask(question)
    assert answer.kind == "comparison"
    assert figure in answer.answer
    assert stated in _cited(answer)
    assert silent not in _cited(answer)
    assert "未提及这一数字" in answer.answer
    assert not any(word in answer.answer for word in _ORDER)
    rows = {row.source: row.value for row in answer.rows or []}
    assert rows[silent] is None


@pytest.mark.parametrize(
    ("question", "first", "figures"),
    [
        # The bracket reads 法律图书室(角) as 法律图书角 too.
        ("克孜勒陶镇同叶城县比较，法律图书角哪个多", "叶城县", ("16个", "1478个")),
        # 事项 counted in 件次 are the hall's handled items (办件).
        ("普兰县和叶城县，政务大厅办件量谁更大", "叶城县", ("9938件", "61.28万件次")),
    ],
)
def test_a_figure_the_report_names_its_own_way_still_answers(
    lexical: AnswerService, question: str, first: str, figures: tuple[str, ...]
) -> None:
    answer = lexical.ask(question)
    assert all(figure in answer.answer for figure in figures)
    assert answer.answer.splitlines()[-1].startswith(first)


def test_a_verdict_fails_a_comparison_whose_side_states_no_figure() -> None:
    record = AnswerRecord(answer="额敏县：未提及这一数字。\n叶城县为543件，多于额敏县的4个。")
    reasons = shape_reasons("comparison", record, [YECHENG], absent=[EMIN])
    assert reasons == ["gives a verdict though a side states no figure"]
    record = AnswerRecord(answer="额敏县：未提及这一数字。\n额敏县未提及可比较的数字，无法比较。")
    assert shape_reasons("comparison", record, [YECHENG], absent=[EMIN]) == []


def test_the_verb_before_de_in_who_does_more_is_a_cue() -> None:
    # "谁办得多" repeats what the question counts; the counted thing stays.
    assert measured("法治讲座各办了几场，谁办得多") == "法治讲座办了几场"
    assert measured("应急演练哪边搞得多") == "应急演练多少"


def test_a_figure_after_a_list_counts_each_item(lexical: AnswerService) -> None:
    # 普兰县: "开展专题学法、法治讲座2场次"; 额敏县 states no such figure.
    answer = lexical.ask("额敏县和普兰县各开展了几场专题学法？", mode="extractive")
    assert answer.kind == "comparison"
    assert "2场次" in answer.answer
    assert _cited(answer) == {PULAN}


def test_a_rate_names_its_verb_anywhere_in_its_sentence(lexical: AnswerService) -> None:
    # 叶城县: "调解矛盾纠纷5726件,调解成功5726件,成功率达100%": the rate's clause leaves
    # 调解 to its sentence.
    answer = lexical.ask("额敏县与叶城县比，调解成功率谁高", mode="extractive")
    assert answer.kind == "comparison"
    assert _cited(answer) == {EMIN, YECHENG}
    assert answer.answer.splitlines()[-1].endswith("均为100%[1][2]。")
