"""The `govqa` command line. Its help texts are the docs."""

from __future__ import annotations

import json
import logging
import sys
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated

import typer

from bot.cli import batch as cli_batch
from bot.cli import bot as cli_bot
from bot.cli import chat as cli_chat
from bot.cli import evaluate as cli_eval
from bot.cli import ingest as cli_ingest
from bot.cli.common import (
    ModeOption,
    PlainCommand,
    check_mode,
    internal_error,
    make_service,
    user_errors,
)
from bot.cli.output import echo, echo_json, log_handler, print_answer, print_sources

app = typer.Typer(
    name="govqa",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: paragraphs are re-wrapped whole and flags show no type labels.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version() -> str:
    try:
        return version("govqa")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def _show_version(show: bool) -> None:
    if show:
        typer.echo(f"govqa {_version()}")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Cited answers to questions about annual reports on law-based government
    (法治政府建设工作报告): every answer quotes the report, section and exact excerpt, or says
    that the reports do not answer it.
    """


def ask(
    question: Annotated[
        str, typer.Argument(metavar="QUESTION", help="e.g. 额敏县全年办理减免责案件多少件？")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the answer object (see `govqa schema`).")
    ] = False,
    mode: ModeOption = "auto",
) -> None:
    """Answer one question, with numbered citations."""
    with user_errors():
        # One answer is over before worker processes would have started.
        answer = make_service(one_shot=True).ask(question, mode=check_mode(mode))
    if as_json:
        echo_json(answer.to_json_dict())
    else:
        print_answer(answer)


def sources(
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
) -> None:
    """List the stored reports: file name, title, region, year, chunks."""
    with user_errors():
        items = make_service().reports.sources()
    if as_json:
        echo_json([s.model_dump() for s in items])
    else:
        print_sources(items)


def remove(
    source: Annotated[
        str, typer.Argument(metavar="SOURCE", help="The report's file name (see `govqa sources`).")
    ],
) -> None:
    """Remove one report and its chunks from the store."""
    with user_errors():
        removed = make_service().reports.remove(source)
    typer.echo(f"removed {source} ({removed} chunks)", err=True)


def show(
    source: Annotated[str, typer.Argument(metavar="SOURCE", help="The report's file name.")],
) -> None:
    """Print a stored report's text (what citation offsets index).

    Control characters are left out, so a report cannot drive the terminal.
    """
    with user_errors():
        echo(make_service().reports.source_text(source))


def schema(
    batch: Annotated[
        bool, typer.Option("--batch", help="The schema of a `govqa batch` output line instead.")
    ] = False,
) -> None:
    """Print the JSON Schema of the answer object.

    The object is what `ask --json` prints and what each `batch` output line holds. It is
    generated from the model that defines the answer, so it always matches what the commands
    write. Evaluation scripts can validate answers with it (e.g. Python's jsonschema package).
    """
    from retrieval.schema import answer_json_schema, batch_json_schema

    found = batch_json_schema() if batch else answer_json_schema()
    typer.echo(json.dumps(found, ensure_ascii=False, indent=2))


cli_ingest.register(app)
app.command("ask")(ask)
cli_chat.register(app)
cli_batch.register(app)
app.command("sources")(sources)
app.command("show")(show)
app.command("remove")(remove)
app.command("schema")(schema)
cli_eval.register(app)
cli_bot.register(app)
for _info in app.registered_commands:
    _info.cls = PlainCommand  # every command: see PlainCommand


def main() -> None:
    """Console-script entry point."""
    logging.basicConfig(level=logging.WARNING, handlers=[log_handler()])
    # pypdf reports every oddity of a damaged PDF; ingest already says what it skipped.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        code = app(standalone_mode=False)
    except typer.TyperException as e:
        if type(e).__name__ == "NoArgsIsHelpError":
            typer.echo(e.format_message())  # the usage, once, on stdout
            sys.exit(0)
        # A usage error (unknown command, missing argument) is one line, like any other.
        message = e.format_message() if hasattr(e, "format_message") else str(e)
        typer.echo(f"error: {message} (see `govqa --help`)", err=True)
        sys.exit(getattr(e, "exit_code", 2))
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(1)
    except Exception as e:  # a bug reaches the user as one line, not a traceback
        typer.echo(internal_error(e), err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
