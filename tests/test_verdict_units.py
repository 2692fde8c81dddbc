"""A comparison's verdict compares only figures that count the same kind of thing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from retrieval.answer.comparison import verdict
from retrieval.answer.pick import Figure
from retrieval.answer.totals import unit_note
from retrieval.query.units import comparable_units
from retrieval.text.numbers import extract_numbers


def figure(written: str, value: int) -> Figure:
    # The verdict reads only the figure as written, its value and its measure word.
    unit = extract_numbers(written)[0].unit
    return Figure(pick=None, written=written, value=Decimal(value), unit=unit)  # type: ignore[arg-type]


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


def test_a_note_when_people_are_compared_with_times() -> None:
    marks = {"额敏县": "[1]", "普兰县": "[2]"}
    people = [("额敏县", figure("585人", 585)), ("普兰县", figure("4次", 4))]
    assert unit_note(people, marks) == (
        "注：各数字的计量单位不同（额敏县[1]为585人，普兰县[2]为4次），比较时请留意。"
    )
    times = [("额敏县", figure("35次", 35)), ("普兰县", figure("3场次", 3))]
    assert unit_note(times, marks) == ""
