"""Plain-text rendering for the terminal: answers, report lists, check and eval results."""

from __future__ import annotations

import json
import logging
import re
import sys
from typing import Any

import typer

from retrieval.schema import UNTITLED, Answer, SourceInfo
from retrieval.text.sentences import printable

__all__ = [
    "echo",
    "echo_json",
    "fmt",
    "log_handler",
    "print_answer",
    "print_check_summary",
    "print_eval_table",
    "print_sources",
]

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
        where = _titled(c.title, c.source) + (f" {c.section}" if c.section else "")
        page = f" 第{c.page}页" if c.page else ""
        echo(f"\n[{c.n}] {where}{page}\n    {c.source} [{c.start}:{c.end}]\n    {c.excerpt}")
    if answer.abstained and answer.related:
        echo("\n可能相关的段落（不作为依据）：")
        for c in answer.related:
            echo(f"  - {_titled(c.title, c.source)} {c.section}: {c.excerpt[:120]}")


def _titled(title: str, source: str) -> str:
    # A report with no title of its own carries its file name as title: the file name is
    # printed beside the span already.
    return f"《{title}》" if title and title != source else UNTITLED


def print_sources(items: list[SourceInfo]) -> None:
    """One line per stored report."""
    if not items:
        echo("no reports stored: run `govqa ingest`")
        return
    for s in items:
        region = s.region or "（未注明地区）"
        flagged = f"\t{s.flagged} flagged" if s.flagged else ""
        echo(f"{s.source}\t{s.title}\t{region}\t{s.year or '?'}\t{s.chunks} chunks{flagged}")


def fmt(value: float | None, latency: bool = False) -> str:
    """A metric for display: ``–`` when missing, whole ms for latencies, else 3 decimals."""
    if value is None:
        return "–"
    whole = latency or (float(value).is_integer() and value > 1)
    return f"{value:,.0f}" if whole else f"{value:.3f}"


def print_check_summary(results: list[Any], metrics: dict[str, float | None]) -> None:
    """`govqa check`: each answer's problems and unsupported sentences, then the totals."""
    for result in results:
        lines = [f"  ! {p}" for p in result.problems]
        for sentence in result.sentences:
            if not sentence.supported:
                lines.append(f"  ✗ {sentence.text}  ({_why(sentence)})")
        if lines:
            typer.echo(f"line {result.line}" + (f" [{result.id}]" if result.id else "") + ":")
            typer.echo("\n".join(lines))
    for name, value in metrics.items():
        typer.echo(f"{name}: {fmt(value)}")


def _why(sentence: Any) -> str:
    support = sentence.support
    if not sentence.markers:
        return "no citation"
    parts = []
    if support.missing_numbers:
        parts.append("numbers not in excerpts: " + " ".join(support.missing_numbers))
    if support.missing_entities:
        parts.append("names not in excerpts: " + " ".join(support.missing_entities))
    parts.append(f"overlap {support.overlap:.2f}")
    return "; ".join(parts)


def print_eval_table(result: dict[str, Any]) -> None:
    """`govqa eval`: one row per metric (full names), one column per question type and "all";
    then the cold start and the failed questions."""
    from rich.console import Console
    from rich.table import Table

    from retrieval.evaluation.metrics import LATENCY_METRICS, SHARE_METRICS

    summary = result["summary"]
    groups = {**result["by_type"], "all": summary}
    table = Table(title="govqa eval")
    table.add_column("metric")
    for name in groups:
        table.add_column(name, justify="right")
    table.add_row("questions", *(str(m["questions"]) for m in groups.values()))
    for key, name, _what in SHARE_METRICS:
        label = name.replace("@k", f"@{result['k']}")
        table.add_row(label, *(fmt(m.get(key)) for m in groups.values()))
    for key, name, _what in LATENCY_METRICS:
        table.add_row(name, *(fmt(m.get(key), latency=True) for m in groups.values()))
    console = Console(width=None if sys.stdout.isatty() else 160)
    console.print(table)
    cold = result["run"].get("cold_start_ms")
    if cold is not None:
        console.print(f"cold start (first warm-up question, not in the latencies): {cold:,.0f} ms")
    console.print(f"passed {summary['passed']}/{summary['questions']}")
    for question in result["questions"]:
        if not question["passed"]:
            why = "; ".join(question["reasons"])
            line = f"  ✗ {question['id']} {question['question']}: {why}"
            console.print(line, markup=False, highlight=False)
