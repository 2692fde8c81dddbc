"""Plain-text rendering of answers and report lists for the terminal."""

from __future__ import annotations

import typer

from retrieval.schema import Answer, SourceInfo

__all__ = ["print_answer", "print_sources"]


def print_answer(answer: Answer) -> None:
    """Print the answer, then each citation: title, section and the exact excerpt."""
    typer.echo(answer.answer)
    if answer.notice:
        typer.echo(f"（{answer.notice}）")
    for c in answer.citations:
        where = f"《{c.title}》" + (f" {c.section}" if c.section else "")
        page = f" 第{c.page}页" if c.page else ""
        typer.echo(f"\n[{c.n}] {where}{page}\n    {c.source} [{c.start}:{c.end}]\n    {c.excerpt}")
    if answer.abstained and answer.related:
        typer.echo("\n可能相关的段落（不作为依据）：")
        for c in answer.related:
            typer.echo(f"  - 《{c.title}》 {c.section}: {c.excerpt[:120]}")


def print_sources(items: list[SourceInfo]) -> None:
    """One line per stored report."""
    if not items:
        typer.echo("no reports stored: run `govqa ingest`")
        return
    for s in items:
        region = s.region or "（未注明地区）"
        typer.echo(f"{s.source}\t{s.title}\t{region}\t{s.year or '?'}\t{s.chunks} chunks")
