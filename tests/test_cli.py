"""The `govqa` command line: JSON schema, batch, chat, store commands and one-line errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner, Result

from bot.cli import app, main
from bot.cli import ingest as cli_ingest
from retrieval.config import Settings
from retrieval.ingest.loading import load_report
from retrieval.schema import answer_json_schema, batch_json_schema
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
DOCS = REPORTS.parents[1] / "docs"
SAMPLES = sorted(p.name for p in REPORTS.glob("*.txt"))
EMIN, PULAN = SAMPLES[0], SAMPLES[2]
QUESTION, FIGURE = "额敏县全年办理减免责案件多少件？", "208件"
# Asked in chat, then followed up for 普兰县, whose report gives the same kind of figure.
CHAT_QUESTION, CHAT_FIGURE = "额敏县累计抽查了多少件执法案卷？", "126件"
GOVQA = Path(sys.executable).with_name("govqa")

ANSWER_KEYS: dict[str, Any] = {
    "question": str,
    "answer": str,
    "abstained": bool,
    "mode": str,
    "citations": list,
    "timings_ms": dict,
}
CITATION_KEYS: dict[str, Any] = {
    "n": int,
    "source": str,
    "title": str,
    "region": (str, type(None)),
    "year": (int, type(None)),
    "section": str,
    "start": int,
    "end": int,
    "excerpt": str,
    "score": float,
}


@pytest.fixture
def index(lexical_index: Path) -> Path:
    """A lexical-only index shared by the read-only tests (the CLI's environment)."""
    return lexical_index


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=input)


def govqa(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed console script in a fresh process (environment from the test)."""
    return subprocess.run(
        [str(GOVQA), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(os.environ),
        timeout=120,
        check=False,
    )


def file_text(source: str) -> str:
    return (REPORTS / source).read_bytes().decode("utf-8")


def check_schema(record: dict[str, Any]) -> None:
    """The answer JSON of issue 2: these keys, these types; excerpts exact; valid against
    the schema `govqa schema` prints."""
    jsonschema.validate(record, answer_json_schema())
    for key, kind in ANSWER_KEYS.items():
        assert isinstance(record[key], kind), key
    assert record["mode"] in ("extractive", "llm")
    assert all(isinstance(v, int | float) for v in record["timings_ms"].values())
    for citation in record["citations"]:
        for key, kind in CITATION_KEYS.items():
            assert isinstance(citation[key], kind), key
        text = file_text(citation["source"])
        assert text[citation["start"] : citation["end"]] == citation["excerpt"]
    assert [c["n"] for c in record["citations"]] == list(range(1, len(record["citations"]) + 1))


def one_line_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr and lines[0].startswith("error: ")
    return lines[0]


# -- ask -------------------------------------------------------------------------------------


def test_ask_json_schema(index: Path) -> None:
    result = run("ask", "--json", QUESTION)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)  # stdout is the JSON and nothing else
    check_schema(record)
    assert record["question"] == QUESTION and record["abstained"] is False
    assert record["mode"] == "extractive"
    assert FIGURE in record["answer"]
    first = record["citations"][0]
    assert first["source"] == EMIN and FIGURE in first["excerpt"]
    report = load_report(REPORTS / EMIN)
    assert (first["title"], first["region"], first["year"]) == (report.title, "额敏县", 2025)
    assert " > " in first["section"]


def test_ask_json_abstention_schema(index: Path) -> None:
    result = run("ask", "--json", "喀什市全年办理减免责案件多少件？")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    check_schema(record)
    assert record["abstained"] is True and record["citations"] == []


def test_ask_prints_answer_then_numbered_citations(index: Path) -> None:
    result = run("ask", QUESTION)
    assert result.exit_code == 0, result.output
    record = json.loads(run("ask", "--json", QUESTION).stdout)
    out = result.stdout
    assert out.startswith(record["answer"])
    for c in record["citations"]:
        block = out[out.index(f"[{c['n']}] ") :]
        assert c["title"] in block and c["section"] in block and c["excerpt"] in block
        # Report and section first; file name and offsets on the next line.
        head, where = block.splitlines()[:2]
        assert c["title"] in head and c["section"] in head and c["source"] not in head
        assert where.strip() == f"{c['source']} [{c['start']}:{c['end']}]"


def test_ask_abstention_lists_related_passages_not_citations(index_settings: Settings) -> None:
    # The dense session index: dense retrieval finds the nearest passages for any question.
    # A figure 额敏县's report never gives, about something it does discuss.
    question = "额敏县行政复议委员会有多少名委员？"
    record = json.loads(run("ask", "--json", question).stdout)
    assert record["abstained"] is True and record["related"]
    out = run("ask", question).stdout
    assert out.startswith(record["answer"])
    related = out[out.index(record["answer"]) + len(record["answer"]) :]
    assert "[1]" not in related  # nothing is presented as a numbered citation
    for c in record["related"]:
        assert c["excerpt"][:40] in related


def test_ask_extractive_mode_is_accepted(index: Path) -> None:
    result = run("ask", "--json", "--mode", "extractive", QUESTION)
    assert result.exit_code == 0 and json.loads(result.stdout)["mode"] == "extractive"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["ask", ""], "empty"),
        (["ask", "   "], "empty"),
        (["ask", "问" * 2001], "2000"),
        (["ask", "--mode", "bogus", QUESTION], "bogus"),
        (["batch", "no-such.jsonl", "-o", "out.jsonl"], "no-such.jsonl"),
        (["remove", "no-such.txt"], "no-such.txt"),
        (["show", "no-such.txt"], "no-such.txt"),
    ],
)
def test_user_errors_exit_2_with_one_line(index: Path, args: list[str], needle: str) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert needle in one_line_error(result.stderr)
    assert result.stdout == ""


def _broken(*args: Any, **kwargs: Any) -> Any:
    raise KeyError(0)  # a bug, as one answering a question once raised


def test_a_bug_is_one_line_exit_1_never_a_traceback(
    index: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(AnswerService, "ask", _broken)
    monkeypatch.setattr(sys, "argv", ["govqa", "ask", QUESTION])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert "internal error (KeyError)" in one_line_error(err)
    assert "Traceback" not in err


def test_a_bug_in_chat_leaves_the_chat_going(index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AnswerService, "ask", _broken)
    result = run("chat", input=f"{QUESTION}\n/help\n/quit\n")
    assert result.exit_code == 0
    assert "internal error (KeyError)" in result.stderr
    assert "/new" in result.stdout  # /help answered after the failed question


def test_no_index_exit_2_says_run_ingest() -> None:
    result = run("ask", QUESTION)
    assert result.exit_code == 2
    assert "govqa ingest" in one_line_error(result.stderr)


def test_missing_path_exit_2(tmp_path: Path) -> None:
    result = run("ingest", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "nowhere" in one_line_error(result.stderr)


# -- the command itself ---------------------------------------------------------------------


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"govqa {version('govqa')}\n"


def test_bare_govqa_prints_its_usage_once(tmp_path: Path) -> None:
    done = govqa(cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.count("Usage: govqa") == 1
    assert "Commands:" in done.stdout and "chat" in done.stdout


COMMANDS = sorted(c.name or "" for c in app.registered_commands)


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_texts_read_cleanly(command: str) -> None:
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0, result.output
    text = result.stdout
    # No Python type labels (<list[Path]>, <bool>, <path>) and no brace-wrapped arguments.
    assert not re.search(r"<[a-z_\[\]A-Z]+>|\{[A-Za-z]+\}", text), text
    for line in text.splitlines()[1:]:  # (the usage line ends with ARGS...)
        # A command's one-line summary is whole, never cut off with "...".
        assert not line.endswith("..."), line


def test_schema_is_generated_from_the_answer_model_and_matches_the_docs() -> None:
    result = run("schema")
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed == answer_json_schema()
    assert printed["title"] == "govqa answer"
    assert {"question", "answer", "abstained", "citations"} <= set(printed["required"])
    citation = printed["$defs"]["Citation"]
    assert {"source", "start", "end", "excerpt"} <= set(citation["required"])
    assert json.loads(run("schema", "--batch").stdout) == batch_json_schema()
    # The copy the README links for evaluation scripts is the generated one.
    assert json.loads((DOCS / "answer.schema.json").read_text(encoding="utf-8")) == printed
    jsonschema.Draft202012Validator.check_schema(printed)
    jsonschema.Draft202012Validator.check_schema(batch_json_schema())


def test_the_schema_rejects_what_is_not_an_answer() -> None:
    schema = answer_json_schema()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"question": "q", "answer": "a"}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": 1, "question": "q"}, batch_json_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"error": "no id or line"}, batch_json_schema())


# -- chat ------------------------------------------------------------------------------------


def test_chat_follows_up_on_the_previous_question(index: Path) -> None:
    result = run("chat", input=f"{CHAT_QUESTION}\n那普兰县呢？\n/quit\n")
    assert result.exit_code == 0, result.output
    # Each answer follows a "问> " prompt; the last prompt is the one /quit answered.
    turns = result.stdout.split("问> ")
    assert len(turns) == 4, result.stdout
    first, second = turns[1], turns[2]
    assert CHAT_FIGURE in first and EMIN in first
    assert PULAN in second and EMIN not in second


def test_chat_commands(index: Path) -> None:
    script = f"/help\n/sources\n{CHAT_QUESTION}\n/new\n那普兰县呢？\n/nonsense\n/quit\n"
    result = run("chat", input=script)
    assert result.exit_code == 0, result.output
    turns = result.stdout.split("问> ")
    assert len(turns) == 8, result.stdout
    assert "/sources" in turns[1] and "/new" in turns[1]  # the help lists the commands
    assert all(s in turns[2] for s in SAMPLES)  # /sources lists the reports
    assert CHAT_FIGURE in turns[3]
    assert "新对话" in turns[4]  # /new says what it did
    # After /new the follow-up has nothing to follow: it is not answered from the old turn.
    assert CHAT_FIGURE not in turns[5]
    assert "/help" in turns[6] and "/nonsense" in turns[6]
    assert "Traceback" not in result.output


def test_chat_without_index_exits_2() -> None:
    result = run("chat", input="/quit\n")
    assert result.exit_code == 2
    assert "govqa ingest" in one_line_error(result.stderr)


# -- store commands ----------------------------------------------------------------------------


def test_ingest_then_reingest_is_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVQA_INDEX_DIR", str(tmp_path / "idx"))
    first = run("ingest", "--no-dense", str(REPORTS))
    assert first.exit_code == 0, first.output
    assert "5 added" in first.stderr and first.stdout == ""  # no progress bar off a terminal
    again = run("ingest", "--no-dense", str(REPORTS))
    assert again.exit_code == 0 and "5 unchanged" in again.stderr and "0 added" in again.stderr


def test_ingest_progress_lines_when_piped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVQA_INDEX_DIR", str(tmp_path / "idx"))
    monkeypatch.setattr(cli_ingest, "PIPED_EVERY", 0.0)  # a line per file, not every 5 s
    result = run("ingest", "--no-dense", str(REPORTS))
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    progress = [line for line in lines if re.match(r"ingest: \d+/\d+ files", line)]
    total = len(SAMPLES)
    assert [p.split(",")[0] for p in progress] == [
        f"ingest: {n}/{total} files" for n in range(total)
    ]
    assert f"now {SAMPLES[1]}" in progress[1] and "left" in progress[1]
    assert re.fullmatch(rf"ingest: {total} files, \d+ KB in [\d.]+ s", lines[-2])
    assert re.fullmatch(rf"ingested into .*: {total} added, 0 updated, .*", lines[-1])


def test_sources_lists_title_region_year_chunks(index: Path) -> None:
    result = run("sources")
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == len(SAMPLES)
    items = json.loads(run("sources", "--json").stdout)
    assert [i["source"] for i in items] == SAMPLES
    for line, item in zip(lines, items, strict=True):
        report = load_report(REPORTS / item["source"])
        assert (item["title"], item["region"], item["year"]) == (
            report.title,
            report.region,
            report.year,
        )
        assert item["chunks"] > 0
        assert item["source"] in line and item["title"] in line and str(item["chunks"]) in line
        assert str(item["year"]) in line
        if report.region:
            assert report.region in line


def test_remove_then_sources(fresh_index: Settings) -> None:
    result = run("remove", PULAN)
    assert result.exit_code == 0, result.output
    assert PULAN in result.stderr
    listed = [i["source"] for i in json.loads(run("sources", "--json").stdout)]
    assert listed == [s for s in SAMPLES if s != PULAN]
    again = run("remove", PULAN)
    assert again.exit_code == 2 and PULAN in one_line_error(again.stderr)


def test_show_prints_the_canonical_text(index: Path) -> None:
    result = run("show", EMIN)
    assert result.exit_code == 0
    assert result.stdout.rstrip("\n") == file_text(EMIN).rstrip("\n")


# -- the installed script, end to end ----------------------------------------------------------


def test_script_ingest_and_ask_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVQA_INDEX_DIR", str(tmp_path / "idx"))
    monkeypatch.setenv("GOVQA_EMBED", "false")
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "empty.txt").write_bytes(b"")
    (junk / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    ingest = govqa("ingest", str(REPORTS), str(junk), cwd=tmp_path)
    assert ingest.returncode == 0, ingest.stderr
    assert "5 added" in ingest.stderr and "2 skipped" in ingest.stderr
    assert "Traceback" not in ingest.stderr
    for name in ("empty.txt", "image.txt"):
        # One warning line per skipped file, naming it.
        assert len([line for line in ingest.stderr.splitlines() if name in line]) == 1
    ask = govqa("ask", "--json", QUESTION, cwd=tmp_path)
    assert ask.returncode == 0, ask.stderr
    record = json.loads(ask.stdout)
    check_schema(record)
    assert FIGURE in record["answer"]
    assert any(FIGURE in c["excerpt"] for c in record["citations"])


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["ask", ""], "empty"),
        (["ask", QUESTION], "govqa ingest"),
        (["ingest", "/no/such/path"], "/no/such/path"),
    ],
)
def test_script_errors_are_one_line_exit_2(tmp_path: Path, args: list[str], needle: str) -> None:
    done = govqa(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert needle in one_line_error(done.stderr)


def test_relative_index_dir_works_quietly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The defaults are relative (data/index): nothing may end up elsewhere or log a failure.
    monkeypatch.setenv("GOVQA_INDEX_DIR", "rel-index")
    monkeypatch.setenv("GOVQA_EMBED", "false")
    ingest = govqa("ingest", str(REPORTS / SAMPLES[0]), cwd=tmp_path)
    assert ingest.returncode == 0, ingest.stderr
    asked = govqa("ask", QUESTION, cwd=tmp_path)
    assert asked.returncode == 0, asked.stderr
    assert FIGURE in asked.stdout
    assert "Traceback" not in asked.stderr and "failed" not in asked.stderr, asked.stderr
    assert (tmp_path / "rel-index" / "lexical" / "query_dict.cache").is_file()


def test_an_untitled_report_is_named_not_by_its_file_name_as_title(index: Path) -> None:
    # Report 003 states neither region nor title: its citation says so, and the file name
    # stays on the line of the span.
    out = run("ask", "完成了多少名执法人员的证件年审？").stdout
    head, where = out[out.index("[1] ") :].splitlines()[:2]
    assert head.startswith("[1] 未署名报告 ") and "《" not in head
    assert where.strip().startswith("003_fb758e20d058b773.txt [")
