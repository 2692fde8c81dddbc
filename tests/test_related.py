"""'Possibly related' passages beside a 'not found' really are related to the question."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.cite import related
from retrieval.types import Passage

REPORT = Path(__file__).resolve().parents[1] / "data" / "reports" / "002_62a3a57a87610d23.txt"
TEXT = REPORT.read_text(encoding="utf-8")


def passage_at(needle: str, section: str, before: int = 20, after: int = 60) -> Passage:
    at = TEXT.index(needle)
    start, end = max(0, at - before), at + after
    return Passage(
        id=needle,
        source=REPORT.name,
        title="普兰县",
        text=TEXT[start:end],
        start=start,
        end=end,
        section=section,
        region="普兰县",
        year=2025,
    )


def test_only_passages_sharing_the_questions_words_are_offered() -> None:
    unrelated = passage_at("政务服务", "一、工作开展情况 > （二）聚焦重点任务")
    wanted = passage_at("完善法律顾问管理制度", "三、下一步工作打算 > （四）加强法治队伍建设")
    found = related([unrelated, wanted], "打算怎样完善法律顾问的管理制度？")
    assert [c.source for c in found] == [REPORT.name]
    (only,) = found
    # Cited by its most related sentence, exactly as the report writes it.
    assert "法律顾问管理制度" in only.excerpt
    assert TEXT[only.start : only.end] == only.excerpt
    assert only.n == 1


def test_a_question_the_reports_never_discuss_gets_no_related_passages() -> None:
    passages = [passage_at("政务服务", "一、工作开展情况"), passage_at("法律顾问", "三、打算")]
    assert related(passages, "当地常住人口有多少？") == []
