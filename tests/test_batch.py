"""`govqa batch`: one output line per input line, nothing lost, one-line I/O errors."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner, Result

from bot.cli import app
from retrieval.schema import answer_json_schema, batch_json_schema

QUESTION = "额敏县累计抽查执法案卷多少件？"
OTHER = "普兰县办结了多少件行政复议申请？"


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(app, ["batch", *args], input=input)


def line(**fields: Any) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def one_line_error(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture
def questions(tmp_path: Path) -> Path:
    path = tmp_path / "questions.jsonl"
    path.write_bytes(line(id="q1", question=QUESTION) + b"\n" + line(id=2, question=OTHER) + b"\n")
    return path


def test_every_input_line_has_its_output_line_in_order(lexical_index: Path, tmp_path: Path) -> None:
    lines = [
        b"\xef\xbb\xbf" + line(id="q1", question=QUESTION),  # a BOM before the first line
        line(question=OTHER),  # no id: identified by its line number
        b"",
        b'{"id": "broken", "question": ',
        b"[1, 2]",
        line(id="nq"),
        line(id="num", question=5),
        line(id="long", question="问" * 2001),
        line(id="q1", question=OTHER),  # a repeated id
        line(id={"a": 1}, question=QUESTION),
        b'{"id": "sur", "question": "\\ud800\\u884c\\u653f"}',  # a lone surrogate
        b'{"id": "\\udc80", "question": "' + QUESTION.encode() + b'"}',
        b"\xff\xfe not utf-8",
        line(id=7, question=QUESTION),
    ]
    source = tmp_path / "questions.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    output = tmp_path / "answers.jsonl"
    result = run(str(source), "-o", str(output))
    assert result.exit_code == 1, result.output  # some lines failed
    assert "Traceback" not in result.output
    got = records(output)
    assert len(got) == len(lines)
    who = [r.get("id", ("line", r.get("line"))) for r in got]
    assert who == [
        "q1",
        ("line", 2),
        ("line", 3),
        ("line", 4),
        ("line", 5),
        "nq",
        "num",
        "long",
        "q1",
        ("line", 10),
        "sur",
        "\udc80",
        ("line", 13),
        7,
    ]
    answered = [i for i, r in enumerate(got) if "error" not in r]
    assert answered == [0, 1, 11, 13]
    assert "126件" in got[0]["answer"] and got[0]["question"] == QUESTION
    errors = {i: got[i]["error"] for i in range(len(got)) if i not in answered}
    for i, needle in {
        2: "blank line",
        3: "not valid JSON",
        4: "JSON object",
        5: 'missing "question"',
        6: "must be a string",
        7: "2000",
        8: "duplicate id",
        9: '"id" must be a string or an integer',
        10: "lone surrogate",
        12: "not UTF-8",
    }.items():
        assert needle in errors[i], (i, errors[i])
    assert "line 1" in errors[8]  # where the id was first used
    assert "4 of 14 line(s) answered, 10 failed" in result.stderr
    answer_schema, line_schema = answer_json_schema(), batch_json_schema()
    for record in got:
        jsonschema.validate(record, line_schema)
        if "error" not in record:
            jsonschema.validate(record, answer_schema)


def test_all_answered_exit_0(lexical_index: Path, questions: Path, tmp_path: Path) -> None:
    output = tmp_path / "answers.jsonl"
    result = run(str(questions), "-o", str(output))
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in records(output)] == ["q1", 2]
    assert "2 of 2 line(s) answered, 0 failed" in result.stderr


def test_stdin_to_stdout(lexical_index: Path, questions: Path) -> None:
    result = run("-", "-o", "-", input=questions.read_bytes())
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["q1", 2]


@pytest.mark.parametrize("how", ["same path", "hard link", "symlink", "dot path"])
def test_refuses_to_write_over_its_input(
    lexical_index: Path, questions: Path, tmp_path: Path, how: str
) -> None:
    before = questions.read_bytes()
    output = {"same path": questions, "dot path": tmp_path / "." / questions.name}.get(how)
    if how == "hard link":
        output = tmp_path / "linked.jsonl"
        os.link(questions, output)
    elif how == "symlink":
        output = tmp_path / "pointer.jsonl"
        output.symlink_to(questions)
    assert output is not None
    result = run(str(questions), "-o", str(output))
    assert result.exit_code == 2
    assert "is the input file" in one_line_error(result)
    assert questions.read_bytes() == before


def test_output_is_replaced_only_when_complete(questions: Path, tmp_path: Path) -> None:
    # No index (isolated_env): the run fails after the output was opened.
    folder = tmp_path / "out"
    folder.mkdir()
    output = folder / "answers.jsonl"
    output.write_text("earlier answers\n", encoding="utf-8")
    result = run(str(questions), "-o", str(output))
    assert result.exit_code == 2
    assert "govqa ingest" in one_line_error(result)
    assert output.read_text(encoding="utf-8") == "earlier answers\n"
    assert [p.name for p in folder.iterdir()] == ["answers.jsonl"]  # no temporary file left


def test_a_symlinked_output_is_written_through(
    lexical_index: Path, questions: Path, tmp_path: Path
) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    pointer = tmp_path / "answers.jsonl"
    pointer.symlink_to(real)
    assert run(str(questions), "-o", str(pointer)).exit_code == 0
    assert pointer.is_symlink() and [r["id"] for r in records(real)] == ["q1", 2]
    assert real.stat().st_mode & 0o777 == 0o640  # the file keeps its permissions


@pytest.mark.parametrize(
    ("output", "needle"),
    [
        ("/dev/full", "No space left"),
        ("{tmp}", "folder"),
        ("{tmp}/no-dir/answers.jsonl", "does not exist"),
        ("/proc/answers.jsonl", "cannot write /proc/answers.jsonl"),
    ],
)
def test_unwritable_output_is_one_line_exit_2(
    lexical_index: Path, questions: Path, tmp_path: Path, output: str, needle: str
) -> None:
    result = run(str(questions), "-o", output.format(tmp=tmp_path))
    assert result.exit_code == 2
    assert needle in one_line_error(result)


@pytest.mark.parametrize(("name", "needle"), [("nowhere.jsonl", "no such file"), (".", "folder")])
def test_unreadable_input_is_one_line_exit_2(
    lexical_index: Path, tmp_path: Path, name: str, needle: str
) -> None:
    result = run(str(tmp_path / name), "-o", str(tmp_path / "answers.jsonl"))
    assert result.exit_code == 2
    assert needle in one_line_error(result)
    assert not (tmp_path / "answers.jsonl").exists()
