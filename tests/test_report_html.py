"""The HTML report of an evaluation run, rendered from real answers."""

from __future__ import annotations

from pathlib import Path

from retrieval.evaluation.evaluate import load_items, outcomes_from_service, score
from retrieval.evaluation.report_html import render
from retrieval.evaluation.sources import SourceStore
from retrieval.evaluation.summary import summarise
from retrieval.service import AnswerService


def test_every_question_is_listed_with_its_result(service: AnswerService, tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        '{"id": "a", "question": "额敏县办理减免责案件多少件？", "answer_keys": ["208件"], '
        '"gold": ["000_8e5fc35e060c3da7.txt"], "type": "fact"}\n'
        '{"id": "b", "question": "额敏县的<script>GDP</script>是多少？", "answer_keys": ["999亿"], '
        '"gold": ["000_8e5fc35e060c3da7.txt"], "type": "fact"}\n',
        encoding="utf-8",
    )
    items = load_items(questions, [])
    store = SourceStore.from_index(service.store)
    ask = lambda q, c: service.ask(q, conversation=c, mode="extractive")  # noqa: E731
    outcomes = [score(o, store, 5) for o in outcomes_from_service(items, ask)]
    summary = summarise(outcomes)
    result = {
        "k": 5,
        "summary": summary,
        "by_type": {"fact": summary},
        "run": {"date": "2026-12-01", "mode": "extractive", "questions": str(questions)},
        "errors": [],
    }
    page = render(result, outcomes)
    assert "1 of 2" in page and "额敏县办理减免责案件多少件" in page
    # Question text is escaped, never markup; the page loads nothing from outside.
    assert "<script>GDP" not in page and "&lt;script&gt;GDP" in page
    assert "src=" not in page and "href='http" not in page
