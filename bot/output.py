"""Plain-text rendering of answers and report lists for the terminal."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import typer

from retrieval.schema import Answer, SourceInfo
from retrieval.text import printable

__all__ = ["echo", "echo_json", "log_handler", "print_answer", "print_sources"]

# What json.dumps(ensure_ascii=False) leaves raw but a terminal may act on (C1, bidi overrides).
_RAW_CONTROLS = re.compile(r"[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def echo(text: str, err: bool = False) -> None:
    """Print text that may come from a report, a file name or a model: controls removed."""
    typer.echo(printable(text), err=err)


def echo_json(data: Any) -> None:
    """Print JSON whose strings may hold control characters: they are escaped (``\\u009b``),
    so the values are unchanged for a program and harmless on a terminal."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    typer.echo(_RAW_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


class _PrintableFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


def log_handler() -> logging.Handler:
    """The CLI's log handler: ``LEVEL: message`` on stderr, control characters removed (log
    lines name files and reports)."""
    handler = logging.StreamHandler()
    handler.setFormatter(_PrintableFormatter("%(levelname)s: %(message)s"))
    return handler


def print_answer(answer: Answer) -> None:
    """Print the answer, then each citation: title, section and the exact excerpt."""
    echo(answer.answer)
    if answer.notice:
        echo(f"（{answer.notice}）")
    for c in answer.citations:
        where = f"《{c.title}》" + (f" {c.section}" if c.section else "")
        page = f" 第{c.page}页" if c.page else ""
        echo(f"\n[{c.n}] {where}{page}\n    {c.source} [{c.start}:{c.end}]\n    {c.excerpt}")
    if answer.abstained and answer.related:
        echo("\n可能相关的段落（不作为依据）：")
        for c in answer.related:
            echo(f"  - 《{c.title}》 {c.section}: {c.excerpt[:120]}")


def print_sources(items: list[SourceInfo]) -> None:
    """One line per stored report."""
    if not items:
        typer.echo("no reports stored: run `govqa ingest`")
        return
    for s in items:
        region = s.region or "（未注明地区）"
        flagged = f"\t{s.flagged} flagged" if s.flagged else ""
        echo(f"{s.source}\t{s.title}\t{region}\t{s.year or '?'}\t{s.chunks} chunks{flagged}")
