"""A comparison's verdict compares only figures that count the same kind of thing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from retrieval.answer.comparison import verdict
from retrieval.answer.figures import Figure
from retrieval.query.expected import comparable_units


def figure(written: str, value: int) -> Figure:
    # The verdict reads only the figure as written and its value.
    return Figure(pick=None, written=written, value=Decimal(value))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("件", "份", True),
        ("场次", "次", True),
        ("人", "名", True),
        (None, "件", True),
        ("人", "次", False),
        ("人次", "人", False),
        ("万元", "件", False),
    ],
)
def test_measures_of_one_kind_compare(first: str | None, second: str | None, same: bool) -> None:
    assert comparable_units(first, second) is same


def test_verdict_on_figures_of_one_kind() -> None:
    sides = [("额敏县", figure("35次", 35)), ("普兰县", figure("3场次", 3))]
    line = verdict(sides, "desc", "谁开展的多", {"额敏县": "[1]", "普兰县": "[2]"})
    assert line == "额敏县为35次[1]，多于普兰县的3场次[2]。"


def test_no_verdict_between_people_and_times() -> None:
    sides = [("额敏县", figure("585人", 585)), ("普兰县", figure("4次", 4))]
    line = verdict(sides, "desc", "谁多", {"额敏县": "[1]", "普兰县": "[2]"})
    assert "多于" not in line and "无法直接比较" in line
    assert "585人[1]" in line and "4次[2]" in line
