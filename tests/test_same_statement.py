"""Reports that say the same thing with other figures: the answer keeps each figure with its
report instead of running them together as one fact."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval.answer.same_statement import SAME_STATEMENT
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
NO_REGION = "003_fb758e20d058b773.txt"  # names no region: its copy below is not told apart
QUESTION = "设立10个企业联系点的那个县，网站主动公开了多少条信息？"


@pytest.fixture
def with_copy(ingest_texts: Callable[[dict[str, str]], AnswerService]) -> AnswerService:
    """The report and a later year's report that repeats its sentences with other figures."""
    text = (REPORTS / NO_REGION).read_text(encoding="utf-8")
    copy = "（2026年）\n" + text.replace("各类信息1984条", "各类信息2107条")
    return ingest_texts({NO_REGION: text, "later_copy.txt": copy})


def test_figures_stay_with_their_reports(with_copy: AnswerService) -> None:
    answer = with_copy.ask(QUESTION)
    assert not answer.abstained
    assert answer.answer.startswith(SAME_STATEMENT)
    lines = answer.answer.split("\n")[1:]
    assert len(lines) == 2 == len(answer.citations)
    by_source = {c.source: c for c in answer.citations}
    assert set(by_source) == {NO_REGION, "later_copy.txt"}
    for line, cited in zip(lines, answer.citations, strict=True):
        # Each line names its report and holds only the figure its own excerpt holds.
        figure = "1984条" if cited.source == NO_REGION else "2107条"
        assert figure in line and figure in cited.excerpt
        assert line.endswith(f"[{cited.n}]")


def test_one_report_is_answered_plainly(
    ingest_texts: Callable[[dict[str, str]], AnswerService],
) -> None:
    service = ingest_texts({NO_REGION: (REPORTS / NO_REGION).read_text(encoding="utf-8")})
    answer = service.ask(QUESTION)
    assert "1984条" in answer.answer and SAME_STATEMENT not in answer.answer
