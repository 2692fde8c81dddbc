"""`govqa check`: citation checking of an answers file, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.cli.main import app

REPO_REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"

EMIN = (
    "额敏县2025年法治政府建设工作报告\n"
    "全年办理减免责案件208件，减免金额33.9万元；组织13个乡镇开展述法。\n"
)
PULAN = "普兰县2025年法治政府建设年度报告\n全年收到行政复议申请1件,办结1件。\n"


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "emin.txt").write_text(EMIN, encoding="utf-8")
    (folder / "pulan.txt").write_bytes(PULAN.encode("gb18030"))  # the loader's fallback
    return folder


def citation(n: int, source: str, text: str, phrase: str) -> dict[str, Any]:
    start = text.index(phrase)
    return {
        "n": n,
        "source": source,
        "title": text.split("\n")[0],
        "region": None,
        "year": 2025,
        "section": "",
        "start": start,
        "end": start + len(phrase),
        "excerpt": phrase,
        "score": 1.0,
    }


def answer(text: str, cites: list[dict[str, Any]], abstained: bool = False, **extra: Any) -> str:
    record = {
        "question": "q",
        "answer": text,
        "abstained": abstained,
        "mode": "extractive",
        "citations": cites,
        "timings_ms": {},
        **extra,
    }
    return json.dumps(record, ensure_ascii=False)


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(app, ["check", *args], env=env)


def write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bad_lines_are_reported_and_the_rest_checked(tmp_path: Path, reports: Path) -> None:
    good = answer(
        "额敏县全年办理减免责案件208件[1]。普兰县办结2件。",
        [citation(1, "emin.txt", EMIN, "全年办理减免责案件208件")],
        id="a1",
    )
    unknown = answer(
        "全年收到行政复议申请1件[1]。",
        [citation(1, "nowhere.txt", PULAN, "全年收到行政复议申请1件")],
        id="a4",
    )
    abstained = answer("未在报告中找到该问题的答案。", [], abstained=True, id="a6")
    path = write(
        tmp_path,
        [good, '{"question": "q", "answer": ', '{"question": "q"}', unknown, "", abstained],
    )
    result = run(str(path), "--reports", str(reports), "--json")
    assert result.exit_code == 2
    assert "line 2: malformed JSON" in result.stderr
    assert "line 3: missing field `answer`" in result.stderr
    assert "Traceback" not in result.output
    report = json.loads(result.stdout)
    assert [a["line"] for a in report["answers"]] == [1, 4, 6]
    # Sentences: a1 has one supported, one uncited; a4's source is unknown.
    assert report["citation_recall"] == pytest.approx(1 / 3, abs=1e-3)
    assert report["citation_precision"] == pytest.approx(1 / 2)
    assert report["excerpt_fidelity"] == pytest.approx(1 / 2)
    assert any("unknown source 'nowhere.txt'" in p for p in report["answers"][1]["problems"])
    assert report["answers"][2]["abstained"] and report["answers"][2]["sentences"] == []
    assert len(report["errors"]) == 2


def test_clean_answers_pass_with_default_reports_dir(tmp_path: Path, reports: Path) -> None:
    lines = [
        answer(
            "额敏县全年办理减免责案件208件，减免金额33.9万元[1]。",
            [citation(1, "emin.txt", EMIN, "全年办理减免责案件208件，减免金额33.9万元")],
        ),
        answer(
            "普兰县全年收到行政复议申请1件，办结1件[1]。",
            [citation(1, "pulan.txt", PULAN, "全年收到行政复议申请1件,办结1件")],
        ),
    ]
    result = run(str(write(tmp_path, lines)), env={"GOVQA_REPORTS_DIR": str(reports)})
    assert result.exit_code == 0, result.output
    assert "citation_recall: 1.000" in result.stdout
    assert "excerpt_fidelity: 1.000" in result.stdout
    assert "line 2: 1/1 sentences supported" in result.stderr


def test_human_output_explains_unsupported_sentences(tmp_path: Path, reports: Path) -> None:
    line = answer(
        "全年办理减免责案件209件[1]。", [citation(1, "emin.txt", EMIN, "全年办理减免责案件208件")]
    )
    result = run(str(write(tmp_path, [line])), "--reports", str(reports))
    assert result.exit_code == 0
    assert "numbers not in excerpts: 209" in result.stdout
    assert "citation_recall: 0.000" in result.stdout


@pytest.mark.parametrize("missing", ["answers", "reports"])
def test_missing_paths_are_one_line_errors(tmp_path: Path, reports: Path, missing: str) -> None:
    answers = write(tmp_path, [answer("x", [])])
    args = [str(tmp_path / "none.jsonl"), "--reports", str(reports)]
    if missing == "reports":
        args = [str(answers), "--reports", str(tmp_path / "no-such-dir")]
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")


def test_source_and_excerpt_are_all_a_citation_needs(tmp_path: Path, reports: Path) -> None:
    phrase = "全年办理减免责案件208件"
    start = EMIN.index(phrase)
    lines = [
        # Another system's answer: no title, number, offsets or mode; unknown fields ignored.
        json.dumps(
            {
                "answer": "额敏县全年办理减免责案件208件[1]。",
                "citations": [{"source": "emin.txt", "excerpt": phrase, "url": "x", "rank": 3}],
                "model": "someone-else",
            },
            ensure_ascii=False,
        ),
        # Offsets given and right; the excerpt differs from the text there.
        json.dumps(
            {
                "answer": "额敏县全年办理减免责案件208件[1]。",
                "citations": [
                    {
                        "source": "emin.txt",
                        "excerpt": "全年办理减免责案件209件",
                        "start": start,
                        "end": start + len(phrase),
                    }
                ],
            },
            ensure_ascii=False,
        ),
        # No offsets and an excerpt that the report does not contain.
        json.dumps(
            {
                "answer": "额敏县全年办理减免责案件209件[1]。",
                "citations": [{"source": "emin.txt", "excerpt": "全年办理减免责案件209件"}],
            },
            ensure_ascii=False,
        ),
    ]
    result = run(str(write(tmp_path, lines)), "--reports", str(reports), "--json")
    assert result.exit_code == 0, result.output
    first, second, third = json.loads(result.stdout)["answers"]
    assert first["citation_recall"] == 1.0 and first["excerpt_fidelity"] == 1.0
    located = first["citations"][0]
    assert (located["start"], located["end"], located["located"]) == (
        start,
        start + len(phrase),
        True,
    )
    assert second["excerpt_fidelity"] == 0.0 and second["citations"][0]["located"] is False
    assert third["excerpt_fidelity"] == 0.0 and third["citation_recall"] == 0.0
    assert "does not occur" in third["citations"][0]["problem"]


def test_reports_are_read_from_the_store_in_any_folder(
    tmp_path: Path, lexical_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No reports folder anywhere: the stored texts are what offsets index.
    monkeypatch.setenv("GOVQA_REPORTS_DIR", str(tmp_path / "no-such-folder"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    source = sorted(p.name for p in REPO_REPORTS.glob("*.txt"))[0]
    text = (REPO_REPORTS / source).read_text(encoding="utf-8")
    phrase = "全年办理减免责案件208件"
    start = text.index(phrase)
    cited = {"source": source, "excerpt": phrase, "start": start, "end": start + len(phrase)}
    line = json.dumps({"answer": f"{phrase}[1]。", "citations": [cited]}, ensure_ascii=False)
    result = run(str(write(tmp_path, [line])), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["citation_recall"] == 1.0 and report["excerpt_fidelity"] == 1.0
    assert str(lexical_index) in report["reports"]


def test_no_store_and_no_folder_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVQA_REPORTS_DIR", str(tmp_path / "no-such-folder"))
    result = run(str(write(tmp_path, [answer("x", [])])))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "govqa ingest" in result.stderr
