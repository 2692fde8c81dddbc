"""Claim-level support and verdicts, on sentences of the real reports."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from retrieval.answer.claims import NOT_STATED, SWAPPED, UNREADABLE, unsupported_figures
from retrieval.answer.verdict_grammar import Verdict, check_verdict, read_verdicts
from retrieval.text.numbers import evidence_keys, extract_numbers, unreadable_figures

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"


def line_with(needle: str) -> str:
    """The paragraph of a real report that contains ``needle``."""
    for path in sorted(REPORTS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if needle in line:
                return line
    raise AssertionError(needle)


def reasons(claim: str, evidence: list[str]) -> dict[str, str]:
    return {u.raw: u.reason for u in unsupported_figures(claim, evidence)}


LEGAL = line_with("审查35次、出具法律意见书21份")
REVIEW = line_with("全年接收行政复议案件38件")
DEBRIEF = line_with("组织13个乡镇、57个县直部门95名党政主要负责人开展述法")


def test_swapped_figures_are_stated_for_something_else() -> None:
    assert reasons("审查21次、出具法律意见书35份", [LEGAL]) == {"21": SWAPPED, "35": SWAPPED}
    # The units moved with the figures: the words around them still give the swap away.
    swapped = "参与行政决策合法性审查21份、出具法律意见书35次"
    assert reasons(swapped, [LEGAL]) == {"21": SWAPPED, "35": SWAPPED}
    assert reasons("组织57个乡镇、13个县直部门开展述法", [DEBRIEF]) == {
        "57": SWAPPED,
        "13": SWAPPED,
    }


def test_faithful_and_reworded_figures_are_supported() -> None:
    assert reasons("额敏县的法律顾问全年参与合法性审查35次，出具法律意见书21份", [LEGAL]) == {}
    assert reasons("出具法律意见书21份", [LEGAL]) == {}
    assert reasons("95名党政主要负责人述法", [DEBRIEF]) == {}
    # Another written form of the same figures, a measure word of the same kind (名/人).
    assert reasons("全年接收行政复议案件三十八件，调解和解率百分之七十一点四三", [REVIEW]) == {}
    assert reasons("95人述法", [DEBRIEF]) == {}


@pytest.mark.parametrize(
    ("claim", "raw", "reason"),
    [
        ("额敏县地区生产总值为九九九亿元", "九九九亿", UNREADABLE),
        ("额敏县地区生产总值为⑨⑨⑨亿元", "⑨⑨⑨亿", NOT_STATED),
        ("行政复议纠错率达到三成", "三成", NOT_STATED),
        (
            "GDP was nine hundred ninety-nine billion yuan",
            "nine hundred ninety-nine billion",
            NOT_STATED,
        ),
        ("全年接收行政复议案件３９件", "３９", NOT_STATED),
        ("全年接收行政复议案件数十件", "数十件", UNREADABLE),
        ("全年接收行政复议案件三五件", "三五", UNREADABLE),
    ],
)
def test_every_written_form_is_checked(claim: str, raw: str, reason: str) -> None:
    assert reasons(claim, [REVIEW]) == {raw: reason}


def test_written_forms_read_as_their_values() -> None:
    values = [(m.raw, m.value, m.percent) for m in extract_numbers("⑨⑨⑨亿元、三成、打八折")]
    assert values == [
        ("⑨⑨⑨亿", Decimal("99900000000"), False),
        ("三成", Decimal(30), True),
        ("八折", Decimal(80), True),
    ]
    assert [m.value for m in extract_numbers("nine hundred and ninety-nine")] == [Decimal(999)]
    assert [(m.value, m.percent) for m in extract_numbers("twenty percent")] == [
        (Decimal(20), True)
    ]
    assert [m.value for m in extract_numbers("三分之一")] == [Decimal(1) / Decimal(3)]
    assert [(m.value, m.unit) for m in extract_numbers("增长两倍")] == [(Decimal(2), "倍")]
    assert unreadable_figures("近万人参加，⅓的干部") == ["⅓", "近万人"]


def test_a_heading_number_is_not_a_figure() -> None:
    heading = line_with("（三）完善行政争议化解机制")
    assert (Decimal(3), False) not in evidence_keys("（三）完善行政争议化解机制")
    assert reasons("共有3个段落", [heading]) == {"3": NOT_STATED}


def test_verdicts_hold_only_when_the_figures_say_so() -> None:
    # 额敏县 received 38 cases, 叶城县 11, 普兰县 1 (from the reports' own sentences).
    figures = {"额敏县": Decimal(38), "叶城县": Decimal(11), "普兰县": Decimal(1)}
    assert check_verdict("额敏县多于叶城县。", figures).supported
    assert not check_verdict("叶城县多于额敏县。", figures).supported
    assert check_verdict("额敏县比叶城县多27件", figures).supported
    assert not check_verdict("额敏县比叶城县多25件", figures).supported
    assert check_verdict("叶城县比额敏县少", figures).supported
    assert check_verdict("三地中额敏县最多，普兰县最少", figures).supported
    assert not check_verdict("叶城县最多", figures).supported
    assert check_verdict("从多到少依次为额敏县、叶城县、普兰县", figures).supported
    assert not check_verdict("由低到高依次为额敏县、叶城县、普兰县", figures).supported
    assert check_verdict("额敏 > 叶城 > 普兰", figures).supported  # short names
    assert not check_verdict("额敏县与叶城县持平", figures).supported
    assert check_verdict("额敏县是普兰县的38倍", figures).supported


def test_unreadable_or_unchecked_verdicts_are_not_supported() -> None:
    figures = {"额敏县": Decimal(38), "叶城县": Decimal(11)}
    negated = check_verdict("额敏县并不多于叶城县", figures)
    assert not negated.supported and negated.reason == "a comparison that cannot be read"
    assert not check_verdict("乌苏市多于额敏县", figures).supported  # no figure for 乌苏市
    assert not check_verdict("额敏县多于普兰县", figures).supported  # nor for 普兰县
    # Sentences without a verdict between labels pass untouched.
    assert check_verdict("额敏县受理的行政复议案件有38件，同比增长", figures).supported
    assert read_verdicts("额敏县比叶城县多27件", figures) == [
        Verdict("额敏县", "diff", "叶城县", Decimal(27))
    ]
