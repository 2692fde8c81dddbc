"""The `govqa` command line. Its help texts are the docs."""

from __future__ import annotations

import typer

from bot import cli_bot, cli_eval

app = typer.Typer(
    name="govqa",
    help="Cited question answering over government work reports (法治政府建设工作报告).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

cli_eval.register(app)
cli_bot.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
