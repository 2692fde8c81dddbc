"""What every `govqa` command shares: one-line user errors and building the answer service."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer

from retrieval.config import Settings
from retrieval.errors import GovqaError
from retrieval.text import printable

__all__ = ["make_service", "user_errors"]


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


def make_service(settings: Settings | None = None) -> Any:
    """Build the answer service (imported lazily: `govqa --help` stays instant)."""
    from retrieval.service import AnswerService

    return AnswerService(settings or Settings())
