"""Routing by description: a question that names its report by what the report says."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval.query.described import split_description
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
NO_REGION = "003_fb758e20d058b773.txt"


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "组建20人社会监督团的那个县，抽查了多少份案卷？",
            ("组建20人社会监督团", "抽查了多少份案卷？"),
        ),
        (
            "健全“三单两书”制度体系的县开展了多少场普法宣传？",
            ("健全“三单两书”制度体系", "开展了多少场普法宣传？"),
        ),
        (
            "有报告提到完成427名执法人员证件年审，专题培训开展了几次？",
            ("完成427名执法人员证件年审", "专题培训开展了几次？"),
        ),
        ("全年办理减免责案件多少件？", None),
        ("各乡镇的县级执法人员有多少？", None),  # 的县级 is not "the county that…"
        ("培训的县直部门有哪些？", None),
        ("开展法治培训的乡镇有多少个？", None),  # the townships, not "the township that…"
        ("执法人员的培训情况", None),  # asks nothing
    ],
)
def test_split_description(question: str, parts: tuple[str, str] | None) -> None:
    assert split_description(question) == parts


def test_answer_comes_from_the_described_report(service: AnswerService) -> None:
    # The description and the asked figure are in different sentences of report 003; other
    # reports also count the 案卷 they checked.
    answer = service.ask("组建20人社会监督团的那个县，抽查了多少份案卷？")
    assert not answer.abstained
    assert {c.source for c in answer.citations} == {NO_REGION}
    assert "104份" in answer.answer
    assert answer.searched == [NO_REGION]


@pytest.fixture
def two_versions(ingest_texts: Callable[[dict[str, str]], AnswerService]) -> AnswerService:
    """Report 003 and a copy that says the same things with other figures."""
    text = (REPORTS / NO_REGION).read_text(encoding="utf-8")
    copy = text.replace("216人", "230人").replace("出庭应诉率达100%", "出庭应诉率达96%")
    return ingest_texts({NO_REGION: text, "copy.txt": copy})


def test_a_figure_in_the_description_picks_the_report(two_versions: AnswerService) -> None:
    for figure, source, rate in (("216人", NO_REGION, "100%"), ("230人", "copy.txt", "96%")):
        answer = two_versions.ask(f"有报告提到{figure}取得执法证，那个县的出庭应诉率是多少？")
        assert {c.source for c in answer.citations} == {source}, answer.answer
        assert rate in answer.answer


def test_a_description_several_reports_share_routes_nothing(two_versions: AnswerService) -> None:
    answer = two_versions.ask("组建20人社会监督团的那个县，出庭应诉率是多少？")
    assert sorted(answer.searched) == sorted([NO_REGION, "copy.txt"])
