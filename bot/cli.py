"""The `govqa` command line. Its help texts are the docs."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from bot import cli_bot, cli_eval
from bot.cli_common import make_service, user_errors
from bot.output import echo, echo_json, log_handler, print_answer, print_sources
from retrieval.config import Settings
from retrieval.errors import GovqaError, InputError
from retrieval.schema import Conversation

app = typer.Typer(
    name="govqa",
    help="Cited question answering over government work reports (法治政府建设工作报告).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ModeOption = Annotated[
    str,
    typer.Option("--mode", help="extractive, llm, or auto (llm when an endpoint is configured)."),
]


def _check_mode(mode: str) -> str:
    if mode not in ("auto", "extractive", "llm"):
        raise InputError(f"unknown mode {mode!r}: use extractive, llm or auto")
    return mode


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders (default: data/reports/).")
    ] = None,
    no_dense: Annotated[
        bool, typer.Option("--no-dense", help="Lexical index only: no embeddings (large corpora).")
    ] = False,
    follow_symlinks: Annotated[
        bool,
        typer.Option(
            "--follow-symlinks",
            help="Also ingest links inside a folder that point to files outside it "
            "(skipped with a warning by default).",
        ),
    ] = False,
) -> None:
    """Ingest reports (.txt .md .docx .pdf .html) into the index. Unchanged files are skipped.

    Text addressed to a model (planted instructions) is left out of answers and counted as
    flagged. Exits 2 when nothing could be ingested.
    """
    settings = Settings()
    if no_dense:
        settings = settings.model_copy(update={"embed": False})
    with user_errors():
        service = make_service(settings)
        targets = paths or [settings.reports_dir]
        with _progress() as progress:
            counts = service.ingest(targets, progress=progress, follow_symlinks=follow_symlinks)
        if not counts["added"] + counts["updated"] + counts["unchanged"]:
            raise InputError(
                f"nothing ingested: {counts['skipped']} file(s) skipped and no other report "
                "file (.txt .md .docx .pdf .html) found (see the warnings above)"
            )
    summary = ", ".join(f"{n} {what}" for what, n in counts.items())
    echo(f"ingested into {service.store.where}: {summary}", err=True)


@contextmanager
def _progress() -> Iterator[Callable[[int, int], None] | None]:
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("ingesting", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


@app.command()
def ask(
    question: Annotated[
        str, typer.Argument(help="The question, e.g. 额敏县全年接收行政复议案件多少件？")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
    mode: ModeOption = "auto",
) -> None:
    """Answer one question, with numbered citations (report, section, exact excerpt)."""
    with user_errors():
        answer = make_service().ask(question, mode=_check_mode(mode))
    if as_json:
        echo_json(answer.to_json_dict())
    else:
        print_answer(answer)


@app.command()
def batch(
    questions: Annotated[
        Path, typer.Argument(help='JSONL input: {"id": ..., "question": ...} per line.')
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="JSONL output, one answer per line.")
    ],
    mode: ModeOption = "auto",
) -> None:
    """Answer a file of questions; each output line is the answer JSON plus the input's id."""
    with user_errors():
        _check_mode(mode)
        if not questions.is_file():
            raise InputError(f"no such file: {questions}")
        service = make_service()
        failures = _run_batch(service, questions, output, mode)
    if failures:
        typer.echo(f"{failures} line(s) could not be answered (see the errors above)", err=True)


def _run_batch(service: Any, questions: Path, output: Path, mode: str) -> int:
    failures = 0
    try:
        out = output.open("w", encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot write {output}: {e.strerror}") from e
    with questions.open("rb") as src, out:
        for number, raw in enumerate(src, start=1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                if not line.strip():
                    continue
                item = json.loads(line)
                answer = service.ask(_question(item), mode=mode)
            except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, InputError) as e:
                failures += 1
                typer.echo(f"error: line {number}: {_describe(e)}", err=True)
                continue
            record = {"id": item.get("id"), **answer.to_json_dict()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return failures


def _question(item: Any) -> str:
    question = item["question"]
    if not isinstance(question, str):
        raise InputError('"question" must be a string')
    return question


def _describe(error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(error, json.JSONDecodeError):
        return f"not valid JSON ({error.msg})"
    if isinstance(error, KeyError | TypeError):
        return 'missing "question"'
    return str(error)


@app.command()
def chat(mode: ModeOption = "auto") -> None:
    """Ask questions in a loop; follow-ups like 那普兰县呢？ refer to the previous question."""
    with user_errors():
        service = make_service()
        _check_mode(mode)
        service.store.lexical()
    conversation = Conversation()
    typer.echo("输入问题，回车提问；/new 开始新对话，/quit 退出。")
    while True:
        try:
            line = input("问> ").strip()
        except (EOFError, KeyboardInterrupt):
            typer.echo()
            return
        if line in ("/quit", "/exit"):
            return
        if line == "/new":
            conversation = Conversation()
            continue
        if not line:
            continue
        try:
            print_answer(service.ask(line, conversation=conversation, mode=mode))
        except GovqaError as e:
            echo(f"error: {e}", err=True)


@app.command()
def sources(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List the stored reports: file name, title, region, year, chunk count."""
    with user_errors():
        items = make_service().sources()
    if as_json:
        echo_json([s.model_dump() for s in items])
    else:
        print_sources(items)


@app.command()
def remove(
    source: Annotated[str, typer.Argument(help="The report's file name (see `govqa sources`).")],
) -> None:
    """Remove one report and its chunks from the index."""
    with user_errors():
        removed = make_service().remove(source)
    typer.echo(f"removed {source} ({removed} chunks)", err=True)


@app.command()
def show(source: Annotated[str, typer.Argument(help="The report's file name.")]) -> None:
    """Print a stored report's canonical text (what citation offsets index; control
    characters are not printed)."""
    with user_errors():
        echo(make_service().source_text(source))


cli_eval.register(app)
cli_bot.register(app)


def main() -> None:
    """Console-script entry point."""
    logging.basicConfig(level=logging.WARNING, handlers=[log_handler()])
    # pypdf reports every oddity of a damaged PDF; ingest already says what it skipped.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        code = app(standalone_mode=False)
    except typer.TyperException as e:
        if type(e).__name__ == "NoArgsIsHelpError" and getattr(e, "ctx", None) is not None:
            typer.echo(e.ctx.get_help())  # type: ignore[attr-defined]
            sys.exit(0)
        # A usage error (unknown command, missing argument) is one line, like any other.
        message = e.format_message() if hasattr(e, "format_message") else str(e)
        typer.echo(f"error: {message} (see `govqa --help`)", err=True)
        sys.exit(getattr(e, "exit_code", 2))
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
