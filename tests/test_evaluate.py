"""Scoring one answer per question shape, and the summary of a run (retrieval.evaluation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.evaluation.evaluate import Item, Outcome, score
from retrieval.evaluation.sources import SourceStore
from retrieval.evaluation.summary import summarise
from retrieval.schema import Answer, Citation, Row

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
EMIN, PULAN = "000_8e5fc35e060c3da7.txt", "002_62a3a57a87610d23.txt"
TEXT = {name: (REPORTS / name).read_text(encoding="utf-8") for name in (EMIN, PULAN)}


def cite(n: int, source: str, phrase: str) -> Citation:
    start = TEXT[source].index(phrase)
    return Citation(
        n=n, source=source, title=source, start=start, end=start + len(phrase), excerpt=phrase
    )


def row(source: str, region: str, value: str, n: int) -> Row:
    return Row(source=source, region=region, title=source, value=value, n=n)


@pytest.fixture
def store() -> SourceStore:
    return SourceStore(REPORTS)


def scored(store: SourceStore, item: Item, answer: Answer) -> Outcome:
    return score(Outcome(item, answer), store, k=5)


def test_a_fact_passes_with_its_key_and_a_gold_citation(store: SourceStore) -> None:
    item = Item("t1", "额敏县办理减免责案件多少件？", ("208件",), (EMIN,), "fact")
    answer = Answer(
        question=item.question,
        answer="额敏县：全年办理减免责案件208件[1]",
        abstained=False,
        citations=[cite(1, EMIN, "全年办理减免责案件208件")],
    )
    outcome = scored(store, item, answer)
    assert outcome.passed, outcome.reasons
    assert outcome.scores["citation_recall"] == 1.0


def test_a_missing_key_and_an_uncited_report_are_failures(store: SourceStore) -> None:
    item = Item("t2", "两地各多少？", ("208件", "11件"), (EMIN, PULAN), "table")
    answer = Answer(
        question=item.question,
        answer="额敏县：全年办理减免责案件208件[1]",
        abstained=False,
        citations=[cite(1, EMIN, "全年办理减免责案件208件")],
    )
    reasons = "; ".join(scored(store, item, answer).reasons)
    assert "11件" in reasons and PULAN in reasons


def test_a_ranking_must_name_its_winner_first(store: SourceStore) -> None:
    item = Item("t3", "哪里最多？", ("208件",), (EMIN,), "ranking", winner="额敏县")
    citations = [cite(1, EMIN, "全年办理减免责案件208件"), cite(2, PULAN, "审查规范性文件11件")]
    rows = [row(EMIN, "额敏县", "208件", 1), row(PULAN, "普兰县", "11件", 2)]
    right = Answer(
        question="q",
        answer="最多的是额敏县：208件[1]\n普兰县：11件[2]",
        abstained=False,
        citations=citations,
        rows=rows,
    )
    wrong = right.model_copy(update={"answer": "普兰县：11件[2]\n额敏县：208件[1]"})
    assert scored(store, item, right).passed
    assert "does not name 额敏县 first" in "; ".join(scored(store, item, wrong).reasons)


def test_chitchat_must_cite_nothing_and_mentions_must_not_cite_absent_reports(
    store: SourceStore,
) -> None:
    hello = Item("t4", "你好", (), (), "chitchat")
    polite = Answer(question="你好", answer="您好！", abstained=False, kind="chitchat")
    cited = polite.model_copy(update={"citations": [cite(1, EMIN, "全年办理减免责案件208件")]})
    assert scored(store, hello, polite).passed
    assert not scored(store, hello, cited).passed
    mention = Item("t5", "哪些报告提到减免责？", ("减免责",), (EMIN,), "mentions", absent=(PULAN,))
    wrong = Answer(
        question=mention.question,
        answer="额敏县：全年办理减免责案件208件[1]\n普兰县：审查规范性文件11件[2]",
        abstained=False,
        citations=[cite(1, EMIN, "全年办理减免责案件208件"), cite(2, PULAN, "审查规范性文件11件")],
    )
    assert "do not mention it" in "; ".join(scored(store, mention, wrong).reasons)


def test_summary_counts_passes_and_right_abstentions(store: SourceStore) -> None:
    unanswerable = Item("t6", "额敏县GDP是多少？", (), (), "unanswerable")
    abstained = Answer(question="q", answer="未在报告中找到该问题的答案。", abstained=True)
    answered = Answer(
        question="q",
        answer="额敏县：全年办理减免责案件208件[1]",
        abstained=False,
        citations=[cite(1, EMIN, "全年办理减免责案件208件")],
    )
    outcomes = [scored(store, unanswerable, abstained), scored(store, unanswerable, answered)]
    summary = summarise(outcomes)
    assert summary["questions"] == 2 and summary["passed"] == 1
    assert summary["abstention_recall"] == 0.5 and summary["abstention_precision"] == 1.0
