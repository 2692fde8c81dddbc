"""What every `govqa` command shares: one-line user errors, the mode option, the service."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer
from typer.core import TyperCommand

from retrieval.config import Settings

if TYPE_CHECKING:
    from retrieval.service import AnswerService, Mode
from retrieval.errors import GovqaError, InputError
from retrieval.text.sentences import printable

__all__ = ["MODES", "ModeOption", "PlainCommand", "check_mode", "make_service", "user_errors"]

MODES = ("auto", "extractive", "llm")

ModeOption = Annotated[
    str,
    typer.Option(
        "--mode",
        metavar="MODE",
        help="extractive, llm, or auto (llm when an endpoint is configured).",
    ),
]


class PlainCommand(TyperCommand):
    """A command whose help reads like classic Unix help: arguments by name (``FILE``,
    ``[PATH]...``), without Python type labels such as ``<list[Path]>``."""

    def format_options(self, ctx: Any, formatter: Any) -> None:
        args, opts = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                args.append((_label(param), getattr(param, "help", None) or ""))
            else:
                opts.append((_TYPE_LABEL.sub(_plain_type, record[0]), record[1]))
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        arguments = [p for p in self.get_params(ctx) if p.param_type_name == "argument"]
        return pieces + [_label(p) for p in arguments]


# Typer labels an option's value by its Python type (<int>, <path>); classic help uses words.
_TYPE_LABEL = re.compile(r"<([a-z]+)>")
_TYPE_WORDS = {"str": "TEXT", "int": "N", "float": "NUMBER", "path": "PATH"}


def _plain_type(match: re.Match[str]) -> str:
    return _TYPE_WORDS.get(match.group(1), match.group(1).upper())


def _label(param: Any) -> str:
    name = param.metavar or param.name.upper()
    name = name if param.required else f"[{name}]"
    return name + ("..." if param.nargs != 1 else "")


def internal_error(e: BaseException) -> str:
    """The one line a bug is reported by (its traceback goes to the debug log, not the user)."""
    logging.getLogger("govqa").debug("internal error", exc_info=e)
    return (
        f"error: internal error ({type(e).__name__}); nothing stored was changed, please report it"
    )


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn expected failures into one line on stderr and exit code 2, never a traceback."""
    try:
        yield
    except GovqaError as e:
        typer.echo(f"error: {printable(str(e))}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None


def check_mode(mode: str) -> Mode:
    """``mode`` when it is one of MODES.

    Raises:
        InputError: any other value (the message lists the choices).
    """
    if mode not in MODES:
        raise InputError(f"unknown mode {mode!r}: use extractive, llm or auto")
    return cast("Mode", mode)


def make_service(settings: Settings | None = None, one_shot: bool = False) -> AnswerService:
    """Build the answer service (imported lazily: `govqa --help` stays instant); ``one_shot``:
    for one answer, with no worker processes."""
    from retrieval.service import AnswerService

    settings = settings or Settings()
    if one_shot:
        settings = settings.model_copy(update={"workers": 0})
    return AnswerService(settings)
