"""`govqa eval`: metrics, thresholds, HTML report and bad input, through the real CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.cli import app
from retrieval.evaluation.charts import informative
from retrieval.evaluation.metrics import SHARE_METRICS
from retrieval.evaluation.ragas import NOT_FOUND

EMIN = (
    "额敏县2025年法治政府建设工作报告\n"
    "累计抽查案卷126件，制发行政执法监督意见书22份；组织13个乡镇开展述法。\n"
)
PULAN = "普兰县2025年法治政府建设年度报告\n全年收到行政复议申请1件,办结1件。评查案卷66件。\n"
GOLD_EMIN, GOLD_PULAN = "emin.txt", "pulan.txt"
TEXTS = {GOLD_EMIN: EMIN, GOLD_PULAN: PULAN}

QUESTIONS = [
    {
        "id": "q1",
        "question": "额敏县累计抽查案卷多少件？",
        "answer_keys": ["126件"],
        "gold": [GOLD_EMIN],
        "type": "single",
    },
    {
        "id": "q2",
        "question": "普兰县办结<b>行政复议</b>多少件？",
        "answer_keys": ["办结1件"],
        "gold": [GOLD_PULAN],
        "type": "single",
    },
    {
        "id": "q3",
        "question": "额敏县GDP是多少？",
        "answer_keys": [],
        "gold": [],
        "type": "unanswerable",
    },
    {
        "id": "q4",
        "question": "普兰县县长是谁？",
        "answer_keys": [],
        "gold": [],
        "type": "unanswerable",
    },
    {
        "id": "q5",
        "question": "那普兰县呢？",
        "answer_keys": ["66件"],
        "gold": [GOLD_PULAN],
        "type": "follow-up",
        "history": ["额敏县累计抽查案卷多少件？"],
    },
]


def cite(n: int, source: str, phrase: str) -> dict[str, Any]:
    start = TEXTS[source].index(phrase)
    return {
        "n": n,
        "source": source,
        "title": TEXTS[source].split("\n")[0],
        "start": start,
        "end": start + len(phrase),
        "excerpt": phrase,
    }


def answer(
    qid: str,
    text: str,
    cites: list[dict[str, Any]],
    abstained: bool = False,
    related: list[dict[str, Any]] | None = None,
    total: float | None = None,
) -> str:
    record = {
        "id": qid,
        "question": "?",
        "answer": text,
        "abstained": abstained,
        "citations": cites,
        "related": related or [],
        "timings_ms": {} if total is None else {"total": total},
    }
    return json.dumps(record, ensure_ascii=False)


ANSWERS = [
    # q1: right, cites the gold report.
    answer(
        "q1",
        "累计抽查案卷126件[1]。",
        [cite(1, GOLD_EMIN, "累计抽查案卷126件")],
        total=10,
    ),
    # q2: wrong report cited; the gold report is second in the ranking (a related passage).
    answer(
        "q2",
        "组织13个乡镇开展述法[1]。",
        [cite(1, GOLD_EMIN, "组织13个乡镇开展述法")],
        related=[cite(2, GOLD_PULAN, "办结1件")],
        total=20,
    ),
    # q3: abstains, as it should.
    answer("q3", "未在报告中找到该问题的答案。", [], abstained=True, total=30),
    # q4: answers an unanswerable question. q5: no answer at all.
    answer(
        "q4",
        "全年收到行政复议申请1件[1]。",
        [cite(1, GOLD_PULAN, "全年收到行政复议申请1件")],
        total=40,
    ),
]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    reports = tmp_path / "reports"
    reports.mkdir()
    for name, text in TEXTS.items():
        (reports / name).write_text(text, encoding="utf-8")
    questions = tmp_path / "questions.jsonl"
    questions.write_text(
        "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in QUESTIONS), encoding="utf-8"
    )
    answers = tmp_path / "answers.jsonl"
    answers.write_text("\n".join(ANSWERS) + "\n", encoding="utf-8")
    return {"reports": reports, "questions": questions, "answers": answers, "dir": tmp_path}


def run(files: dict[str, Path], *args: str) -> Any:
    base = [
        "eval",
        str(files["questions"]),
        "--answers",
        str(files["answers"]),
        "--reports",
        str(files["reports"]),
    ]
    return CliRunner().invoke(app, [*base, *args])


def test_metrics_from_an_answers_file(files: dict[str, Path]) -> None:
    result = run(files, "--json", "-k", "1")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    s = report["summary"]
    assert (s["questions"], s["passed"]) == (5, 2)
    # Answerable: q1 right, q2 wrong keys and report, q5 unanswered.
    assert s["accuracy"] == pytest.approx(1 / 3, abs=1e-3)
    assert s["gold_cited"] == pytest.approx(1 / 3, abs=1e-3)
    assert s["recall_at_k"] == pytest.approx(1 / 3, abs=1e-3)  # q2's gold is at rank 2 > k
    assert s["mrr"] == pytest.approx((1 + 0.5 + 0) / 3, abs=1e-3)
    assert (s["abstention_precision"], s["abstention_recall"]) == (1.0, 0.5)
    assert (s["latency_p50_ms"], s["latency_p95_ms"]) == (20, 40)
    assert s["citation_recall"] == 1.0 and s["excerpt_fidelity"] == 1.0
    assert report["by_type"]["unanswerable"]["abstention_recall"] == 0.5
    assert report["by_type"]["single"]["accuracy"] == 0.5
    reasons = {q["id"]: q["reasons"] for q in report["questions"]}
    assert reasons["q1"] == [] and reasons["q3"] == []
    assert "no citation from a gold report" in reasons["q2"]
    assert reasons["q4"] == ["answered an unanswerable question"]
    assert reasons["q5"] == ["no answer for q5 in answers.jsonl"]
    assert "[2/5] q2 single 20 ms: FAIL" in result.stderr


def test_recall_at_k_counts_related_passages(files: dict[str, Path]) -> None:
    report = json.loads(run(files, "--json", "-k", "2").stdout)
    assert report["summary"]["recall_at_k"] == pytest.approx(2 / 3, abs=1e-3)


def test_thresholds_set_the_exit_code(files: dict[str, Path]) -> None:
    assert run(files, "--min-accuracy", "0.3", "--min-citation-recall", "1").exit_code == 0
    below = run(files, "--min-accuracy", "0.5")
    assert below.exit_code == 1
    assert "threshold not met: accuracy 0.333 < 0.5" in below.stderr
    assert "passed 2/5" in below.stdout  # the table is still printed


def test_html_report_is_self_contained_and_escaped(files: dict[str, Path]) -> None:
    page = files["dir"] / "report.html"
    result = run(files, "--html", str(page))
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"(src|href)\s*=\s*['\"](?!#)|@import|url\(|<script", html)
    assert "办结&lt;b&gt;行政复议&lt;/b&gt;" in html and "<b>行政复议" not in html
    # Run details.
    for detail in ("Date", "govqa version", "Mode", "Question file", "Answers file", "Model"):
        assert f"<th>{detail}</th>" in html
    assert str(files["questions"]) in html and str(files["answers"]) in html
    assert f"Report texts from</th><td>{files['reports']}" in html
    # Every question with its result; failures open, and a CSS-only filter for them.
    for qid, passed in {"q1": True, "q2": False, "q3": True, "q4": False, "q5": False}.items():
        head = re.search(rf"<details class='q (\w+)' id='q-{qid}'( open)?>", html)
        assert head, qid
        assert head.group(1) == ("pass" if passed else "fail")
        assert bool(head.group(2)) is not passed
    assert "id='failed-only'" in html and "#failed-only:checked~.questions .q.pass" in html
    assert "组织13个乡镇开展述法" in html  # the cited excerpt is shown


def test_html_charts_only_where_the_types_differ(files: dict[str, Path]) -> None:
    page = files["dir"] / "report.html"
    assert run(files, "--html", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    charts = re.findall(r"<figure class='chart'>.*?</figure>", html)
    assert charts
    for chart in charts:
        labels = re.findall(r"</rect>|<rect[^>]*/><text[^>]*>([^<]+)</text>", chart)
        values = [v for v in labels if v]
        assert len(set(values)) > 1, chart  # never a chart of equal bars
    # single: q1 right, q2 wrong; follow-up: q5 unanswered; unanswerable: q3 right, q4 wrong.
    assert "<figcaption>answer-key accuracy</figcaption>" in html
    flat = html.split("No difference between the question types", 1)[1].split("</p>", 1)[0]
    assert "excerpt fidelity 1.00" in flat and "citation recall 1.00" in flat


def test_informative_charts() -> None:
    assert not informative({"a": 1.0, "b": 1.0, "c": None})
    assert not informative({"a": 0.5})
    assert informative({"a": 1.0, "b": 0.5})


def test_terminal_table_uses_full_metric_names(files: dict[str, Path]) -> None:
    result = run(files)
    assert result.exit_code == 0, result.output
    for name, _what in [(n, w) for _k, n, w in SHARE_METRICS if "@k" not in n]:
        assert name in result.stdout, name
    assert "retrieval recall@5" in result.stdout
    assert not re.search(r"\b(abstP|citR|fidel)\b", result.stdout)


def test_ragas_export(files: dict[str, Path]) -> None:
    target = files["dir"] / "ragas.jsonl"
    result = run(files, "--export", "ragas", str(target))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(QUESTIONS)
    # RAGAS SingleTurnSample field names, nothing else.
    fields = {
        "user_input",
        "response",
        "retrieved_contexts",
        "retrieved_context_ids",
        "reference",
        "reference_context_ids",
    }
    assert all(set(r) == fields for r in rows)
    by_question = dict(zip([q["id"] for q in QUESTIONS], rows, strict=True))
    assert by_question["q1"]["user_input"] == QUESTIONS[0]["question"]
    assert by_question["q1"]["response"] == "累计抽查案卷126件[1]。"
    assert by_question["q1"]["retrieved_contexts"] == ["累计抽查案卷126件"]
    assert by_question["q1"]["reference"] == "126件"
    # Citations first, then the related passages.
    assert by_question["q2"]["retrieved_contexts"] == ["组织13个乡镇开展述法", "办结1件"]
    assert by_question["q2"]["retrieved_context_ids"] == [GOLD_EMIN, GOLD_PULAN]
    assert by_question["q2"]["reference_context_ids"] == [GOLD_PULAN]
    assert by_question["q3"]["reference"] == NOT_FOUND
    # A follow-up carries its earlier questions; an unanswered question has an empty response.
    assert by_question["q5"]["user_input"].splitlines() == [
        *QUESTIONS[4]["history"],
        "那普兰县呢？",
    ]
    assert by_question["q5"]["response"] == "" and by_question["q5"]["retrieved_contexts"] == []


def test_unknown_export_is_a_one_line_error(files: dict[str, Path]) -> None:
    result = run(files, "--export", "csv", str(files["dir"] / "x.csv"))
    assert result.exit_code == 2 and "unknown export 'csv'" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--min-accuracy", "95"], "between 0 and 1"),
        (["-k", "0"], "-k must be at least 1"),
        (["--html", "/no/such/dir/r.html"], "does not exist"),
    ],
)
def test_bad_options_are_one_line_errors(
    files: dict[str, Path], args: list[str], message: str
) -> None:
    result = run(files, *args)
    assert result.exit_code == 2 and message in result.stderr
    assert result.stderr.count("\n") == 1


def test_bad_lines_are_reported_and_the_rest_evaluated(files: dict[str, Path]) -> None:
    with files["questions"].open("a", encoding="utf-8") as out:
        out.write("{not json\n" + json.dumps({"id": "q9", "type": "single"}) + "\n")
    result = run(files, "--json")
    assert result.exit_code == 2
    assert "questions.jsonl: line 6: malformed JSON" in result.stderr
    assert "questions.jsonl: line 7: missing field `question`" in result.stderr
    assert json.loads(result.stdout)["summary"]["questions"] == 5
    missing = CliRunner().invoke(app, ["eval", str(files["dir"] / "none.jsonl")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    assert "Traceback" not in missing.output


def test_no_index_is_a_one_line_error(files: dict[str, Path]) -> None:
    # isolated_env points the index at an empty temp dir.
    result = CliRunner().invoke(app, ["eval", str(files["questions"])])
    assert result.exit_code == 2
    assert "run `govqa ingest` first" in result.stderr and result.stderr.count("\n") == 1


DEV = Path(__file__).resolve().parents[1] / "data" / "eval" / "dev.jsonl"


def test_eval_runs_the_service_on_a_dev_slice(tmp_path: Path, index_settings: Any) -> None:
    """A slice of the dev set (follow-ups included), asked of the real service and index."""
    items = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    wanted = {"single": 3, "follow-up": 2, "unanswerable": 2, "comparison": 1}
    picked = []
    for item in items:
        if wanted.get(item["type"], 0) > 0:
            wanted[item["type"]] -= 1
            picked.append(item)
    questions = tmp_path / "slice.jsonl"
    questions.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in picked), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["eval", str(questions), "--json", "--mode", "extractive"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [q["id"] for q in report["questions"]] == [i["id"] for i in picked]
    assert all(q["answer"] for q in report["questions"])
    assert report["summary"]["excerpt_fidelity"] == 1.0
    assert set(report["by_type"]) == {"single", "follow-up", "unanswerable", "comparison"}
    assert report["summary"]["latency_p50_ms"] > 0
    run_details = report["run"]
    assert run_details["mode"] == "extractive" and run_details["answered_by"] == {
        "extractive": len(picked)
    }
    assert run_details["index"] == str(index_settings.index_dir)
    assert run_details["cold_start_ms"] > 0  # the warm-up, reported apart
    assert run_details["questions_file"] == str(questions)


# The share of each question type's dev questions that must pass: CI goes red below it.
SHAPE_FLOORS = {
    "single": 0.95,
    "paraphrase": 0.9,
    "follow-up": 0.95,
    "fact": 0.9,
    "list": 0.9,
    "comparison": 0.9,
    "ranking": 0.9,
    "table": 0.9,
    "mentions": 0.9,
    "metadata": 0.9,
    "unanswerable": 1.0,
    "out_of_scope": 1.0,
    "chitchat": 1.0,
}


def test_dev_set_meets_the_targets_of_every_shape(index_settings: Any) -> None:
    """Quality targets on data/eval/dev.jsonl, per question type: a regression turns CI red."""
    result = CliRunner().invoke(
        app,
        [
            "eval",
            str(DEV),
            "--json",
            "--mode",
            "extractive",
            "--min-citation-recall",
            "0.95",
        ],
    )
    report = json.loads(result.stdout)
    summary = report["summary"]
    failed = [
        f"{q['id']}: {'; '.join(q['reasons'])}" for q in report["questions"] if not q["passed"]
    ]
    assert result.exit_code == 0, failed
    assert set(report["by_type"]) <= set(SHAPE_FLOORS), set(report["by_type"])
    below = {
        name: f"{metrics['passed']}/{metrics['questions']}"
        for name, metrics in report["by_type"].items()
        if metrics["passed"] < SHAPE_FLOORS[name] * metrics["questions"]
    }
    assert not below, (below, failed)
    # No unanswerable question is answered; hardly any answerable one abstains (one paraphrase
    # asks in words neither the reports nor their synonyms use).
    assert summary["abstention_recall"] == 1.0, failed
    assert summary["abstention_precision"] >= 0.95, failed
    assert summary["excerpt_fidelity"] == 1.0
