"""Rankings and tables set places side by side: with several years of one place stored, each
place answers with its latest report unless the question names a year, and the answer says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
EMIN, _, PULAN, _, _ = sorted(p.name for p in REPORTS.glob("*.txt"))
EARLIER = "000_earlier_year.txt"


@pytest.fixture
def years(ingest_texts: Callable[[dict[str, str]], Any]) -> AnswerService:
    """额敏县 2025 and a 2024 report of the same county (more trainings), and 普兰县 2025."""
    emin = (REPORTS / EMIN).read_text(encoding="utf-8")
    earlier = emin.replace("2025", "2024").replace("专题培训3次", "专题培训9次")
    assert "专题培训9次" in earlier
    texts = {EMIN: emin, EARLIER: earlier, PULAN: (REPORTS / PULAN).read_text(encoding="utf-8")}
    service: AnswerService = ingest_texts(texts)
    return service


def test_a_ranking_without_a_year_ranks_each_place_by_its_latest_report(
    years: AnswerService,
) -> None:
    answer = years.ask("哪个县组织行政执法人员专题培训的次数最多？")
    assert answer.kind == "ranking"
    sources = {row.source for row in answer.rows or []}
    assert EARLIER not in sources and EMIN in sources
    assert "9次" not in answer.answer
    assert answer.notice and "1份较早年度的报告未计入" in answer.notice


def test_a_named_year_ranks_that_year(years: AnswerService) -> None:
    answer = years.ask("2024年哪个县组织行政执法人员专题培训的次数最多？")
    assert answer.kind == "ranking"
    assert {row.source for row in answer.rows or []} == {EARLIER}
    assert "9次" in answer.answer
    assert not answer.notice or "未计入" not in answer.notice


def test_a_table_keeps_one_row_per_place(years: AnswerService) -> None:
    answer = years.ask("各县行政执法人员专题培训分别多少次？")
    assert answer.kind == "table"
    assert sorted(row.source for row in answer.rows or []) == [EMIN, PULAN]


def test_mentions_still_name_every_report(years: AnswerService) -> None:
    answer = years.ask("哪几份报告写到了模拟法庭？")
    assert answer.kind == "mentions"
    assert {EMIN, EARLIER} <= {row.source for row in answer.rows or []}


def test_a_comparison_without_a_year_compares_each_side_s_latest_report(
    years: AnswerService,
) -> None:
    answer = years.ask("额敏县和普兰县相比，谁组织行政执法人员专题培训的次数多？")
    assert answer.kind == "comparison"
    cited = {c.source for c in answer.citations}
    assert EARLIER not in cited and "9次" not in answer.answer
    assert answer.notice and "1份较早年度的报告未计入" in answer.notice


def _dated_reports(count: int) -> dict[str, str]:
    """``count`` short reports of distinct counties, each published on its own day."""
    texts = {}
    for i in range(count):
        county = "县".join(["", f"第{i + 1}测试"])[1:] + "县"
        day = f"2025-03-{i % 28 + 1:02d}" if i < 28 else f"2025-04-{i - 27:02d}"
        texts[f"r{i:03d}.txt"] = (
            f"{county}法治建设年度报告（2024年）\n发布日期：{day}\n"
            f"一、主要工作\n2024年，{county}组织执法培训{i + 2}次。\n"
        )
    return texts


def test_an_attribute_ranking_over_many_reports_cites_the_first_and_keeps_every_row(
    ingest_texts: Callable[[dict[str, str]], Any],
) -> None:
    # More reports than get a line of their own: the cited ones are the first in the asked
    # order; the others keep their row (the catalog's value), uncited.
    service: AnswerService = ingest_texts(_dated_reports(40))
    answer = service.ask("发布日期最晚的是哪一份？")
    assert answer.kind == "ranking" and not answer.abstained
    rows = answer.rows or []
    assert len(rows) == 40 and all(row.value for row in rows)
    cited = [row for row in rows if row.n]
    assert len(cited) == 30
    assert rows[0].source == "r039.txt" and "2025-04-12" in answer.answer.splitlines()[0]
    assert {row.source for row in cited} == {f"r{i:03d}.txt" for i in range(10, 40)}
    for c in answer.citations:
        assert c.excerpt in _dated_reports(40)[c.source]
