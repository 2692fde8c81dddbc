"""`govqa ingest`: add reports to the store, with progress on a terminal or in a log."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import make_service, user_errors
from bot.cli.output import echo
from retrieval.config import Settings
from retrieval.errors import InputError
from retrieval.schema import IngestProgress

__all__ = ["PIPED_EVERY", "register"]

# Seconds between two progress lines when stderr is not a terminal (a log, a pipe).
PIPED_EVERY = 5.0

Progress = Callable[[IngestProgress], None]


def register(app: typer.Typer) -> None:
    """Add the ``ingest`` command to ``app``."""
    app.command("ingest")(ingest)


def ingest(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="PATH", help="Files or folders (default: data/reports/)."),
    ] = None,
    no_dense: Annotated[
        bool, typer.Option("--no-dense", help="Lexical index only, no embeddings (large corpora).")
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
    """Ingest reports (.txt .md .docx .pdf .html) into the store.

    Unchanged files are skipped and changed ones replaced. Text addressed to a model (planted
    instructions) is left out of answers and counted as flagged. Progress goes to stderr: a bar
    on a terminal, otherwise a line every few seconds; at the end, the counts (added, updated,
    unchanged, skipped) on the last line. Exits 2 when nothing could be ingested.
    """
    settings = Settings()
    if no_dense:
        settings = settings.model_copy(update={"embed": False})
    began = time.monotonic()
    with user_errors():
        service = make_service(settings)
        with _progress() as progress:
            counts = service.reports.ingest(
                paths or [settings.reports_dir],
                progress=progress,
                follow_symlinks=follow_symlinks,
            )
        if not counts["added"] + counts["updated"] + counts["unchanged"]:
            raise InputError(
                f"nothing ingested: {counts['skipped']} file(s) skipped and no other report "
                "file (.txt .md .docx .pdf .html) found (see the warnings above)"
            )
    done, took = progress.last, time.monotonic() - began
    if done and progress.shown:  # a run long enough to have shown its progress
        typer.echo(f"ingest: {done.total} files, {_mb(done.bytes_total)} in {took:.1f} s", err=True)
    # Last, in this form: scripts read the counts from it.
    summary = ", ".join(f"{n} {what}" for what, n in counts.items())
    echo(f"ingested into {service.store.where}: {summary}", err=True)


class _Tracker:
    """The progress callback: shows each state and keeps the latest for the summary."""

    def __init__(self, show: Progress, shown: Callable[[], bool]) -> None:
        self.show = show
        self.last: IngestProgress | None = None
        self._shown = shown

    @property
    def shown(self) -> bool:
        """True once some progress has been shown."""
        return self._shown()

    def __call__(self, state: IngestProgress) -> None:
        self.last = state
        self.show(state)


@contextmanager
def _progress() -> Iterator[_Tracker]:
    """A bar when stderr is a terminal, otherwise a line every few seconds."""
    if not sys.stderr.isatty():
        log = _Log()
        yield _Tracker(log, lambda: log.lines > 0)
        return
    with _bar() as show:
        yield _Tracker(show, lambda: True)


class _Log:
    """One plain line every PIPED_EVERY seconds: files, bytes, the current file, time left."""

    def __init__(self) -> None:
        self.began = time.monotonic()
        self.printed = self.began
        self.lines = 0

    def __call__(self, state: IngestProgress) -> None:
        now = time.monotonic()
        if now - self.printed < PIPED_EVERY or state.done == state.total:
            return
        self.printed, self.lines = now, self.lines + 1
        line = f"ingest: {state.done}/{state.total} files, {_mb(state.bytes_done)}"
        line += f" of {_mb(state.bytes_total)}"
        if state.current:
            line += f", now {state.current}"
        if state.bytes_done:
            left = (now - self.began) * (state.bytes_total - state.bytes_done) / state.bytes_done
            line += f", about {_duration(left)} left"
        typer.echo(line, err=True)


@contextmanager
def _bar() -> Iterator[Progress]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.fields[files]} files"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[current]}"),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=None, files="0/?", current="")

        def show(state: IngestProgress) -> None:
            bar.update(
                task,
                total=max(state.bytes_total, 1),
                completed=state.bytes_done,
                files=f"{state.done}/{state.total}",
                current=state.current or "",
            )

        yield show


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size / 2**10:.0f} KB"


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.0f} min"
