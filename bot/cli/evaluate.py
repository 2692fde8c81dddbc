"""`govqa check` and `govqa eval`: citation checking and question-set evaluation."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from bot.cli.common import user_errors
from retrieval.errors import InputError

__all__ = ["register"]

# Metric columns of the terminal table: (key in the summary, header, is a latency).
COLUMNS = [
    ("questions", "n", False),
    ("accuracy", "acc", False),
    ("gold_cited", "gold", False),
    ("recall_at_k", "R@k", False),
    ("mrr", "MRR", False),
    ("abstention_precision", "abstP", False),
    ("abstention_recall", "abstR", False),
    ("citation_recall", "citR", False),
    ("citation_precision", "citP", False),
    ("excerpt_fidelity", "fidel", False),
    ("latency_p50_ms", "p50ms", True),
    ("latency_p95_ms", "p95ms", True),
]


ReportsOption = Annotated[
    Path | None, typer.Option("--reports", help="Folder of the cited reports (default: settings).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the results as JSON.")]
ShareOption = Annotated[float | None, typer.Option(help="Exit 1 when the metric is below this.")]


def register(app: typer.Typer) -> None:
    """Add the ``check`` and ``eval`` commands to ``app``."""
    app.command("check")(check)
    app.command("eval")(evaluate)


def _reports_dir(reports: Path | None) -> Path:
    from retrieval.config import Settings

    folder = reports or Settings().reports_dir
    if not folder.is_dir():
        raise InputError(f"reports folder not found: {folder} (give --reports DIR)")
    return folder


def check(
    answers: Annotated[Path, typer.Argument(help="JSONL of answers in the `govqa batch` schema.")],
    reports: ReportsOption = None,
    as_json: JsonOption = False,
) -> None:
    """Check every citation (excerpt = source text at start:end) and that it supports its sentence.

    Prints citation recall (share of claim sentences supported by their citations), citation
    precision (share of citations that support or are needed) and excerpt fidelity. Exit code 2
    when the input has unusable lines (each reported with its line number; the rest is checked).
    """
    from retrieval.evaluation.check import (
        SourceStore,
        Totals,
        check_answer,
        iter_jsonl,
        parse_answer,
    )

    with user_errors():
        store = SourceStore(_reports_dir(reports))
        totals, results, errors = Totals(), [], []
        for line, record, error in iter_jsonl(answers):
            try:
                if record is None:
                    raise InputError(error or f"line {line}: unusable")
                result = check_answer(
                    parse_answer(record, line), store, line=line, id=record.get("id")
                )
            except InputError as e:
                errors.append(str(e))
                typer.echo(f"error: {e}", err=True)
                continue
            totals.add(result)
            results.append(result)
            typer.echo(_check_line(result), err=True)
    if as_json:
        out = {
            **totals.metrics(),
            "answers_checked": totals.answers,
            "sentences": totals.sentences,
            "citations": totals.citations,
            "errors": errors,
            "answers": [r.to_dict() for r in results],
        }
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        _print_check_summary(results, totals.metrics())
    if errors:
        raise typer.Exit(2)


def _check_line(result: Any) -> str:
    label = f"line {result.line}" + (f" [{result.id}]" if result.id is not None else "")
    state = (
        f"{result.supported}/{len(result.sentences)} sentences supported, "
        f"{result.precise}/{result.cited} citations precise, "
        f"{result.exact}/{len(result.citations)} excerpts exact"
    )
    if result.abstained:
        state = f"abstained, {result.exact}/{len(result.citations)} excerpts exact"
    return f"{label}: {state}"


def _print_check_summary(results: list[Any], metrics: dict[str, float | None]) -> None:
    for result in results:
        lines = [f"  ! {p}" for p in result.problems]
        for sentence in result.sentences:
            if not sentence.supported:
                lines.append(f"  ✗ {sentence.text}  ({_why(sentence)})")
        if lines:
            typer.echo(f"line {result.line}" + (f" [{result.id}]" if result.id else "") + ":")
            typer.echo("\n".join(lines))
    for name, value in metrics.items():
        typer.echo(f"{name}: {_fmt(value)}")


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


def _fmt(value: float | None, latency: bool = False) -> str:
    if value is None:
        return "–"
    whole = latency or (float(value).is_integer() and value > 1)
    return f"{value:.0f}" if whole else f"{value:.3f}"


def evaluate(
    questions: Annotated[Path, typer.Argument(help="Question set, e.g. data/eval/dev.jsonl.")],
    answers: Annotated[
        Path | None, typer.Option("--answers", help="Score these answers instead of asking.")
    ] = None,
    as_json: JsonOption = False,
    html: Annotated[Path | None, typer.Option(help="Write a one-page HTML report here.")] = None,
    min_accuracy: ShareOption = None,
    min_citation_recall: ShareOption = None,
    k: Annotated[int, typer.Option("-k", help="Cut-off for retrieval recall@k.")] = 5,
    reports: ReportsOption = None,
    mode: Annotated[str, typer.Option("--mode", help="extractive, llm or auto.")] = "auto",
) -> None:
    """Run a question set (or score --answers) and report accuracy, citations, abstention, latency.

    Exit code 1 when a --min-* threshold is not met, 2 on unusable input (a malformed line is
    reported with its line number and the rest is still evaluated).
    """
    from retrieval.evaluation import evaluate as ev
    from retrieval.evaluation.check import SourceStore

    with user_errors():
        _check_options(min_accuracy, min_citation_recall, k, mode)
        if html is not None and not html.parent.is_dir():
            raise InputError(f"cannot write {html}: folder {html.parent} does not exist")
        store = SourceStore(_reports_dir(reports))
        errors: list[str] = []
        items = ev.load_items(questions, errors)
        stream = (
            ev.outcomes_from_answers(items, answers, errors)
            if answers
            else ev.outcomes_from_service(items, _asker(mode))
        )
        for error in errors:
            typer.echo(f"error: {error}", err=True)
        outcomes = []
        for number, outcome in enumerate(stream, 1):
            outcomes.append(ev.score(outcome, store, k))
            typer.echo(_progress(number, len(items), outcome), err=True)
    result = _result(outcomes, errors, k)
    if html:
        from retrieval.evaluation.report_html import render

        try:
            html.write_text(render(result, outcomes), encoding="utf-8")
        except OSError as e:
            typer.echo(f"error: cannot write {html}: {e.strerror}", err=True)
            raise typer.Exit(2) from None
        typer.echo(f"wrote {html}", err=True)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_table(result)
    below = _enforce(result["summary"], min_accuracy, min_citation_recall)
    if errors:
        typer.echo(f"{len(errors)} unusable input line(s), see above", err=True)
        raise typer.Exit(2)
    if below:
        raise typer.Exit(1)


def _check_options(acc: float | None, rec: float | None, k: int, mode: str) -> None:
    for name, value in (("--min-accuracy", acc), ("--min-citation-recall", rec)):
        if value is not None and not 0 <= value <= 1:
            raise InputError(f"{name} is a share between 0 and 1 (e.g. 0.95), got {value}")
    if k < 1:
        raise InputError(f"-k must be at least 1, got {k}")
    if mode not in ("auto", "extractive", "llm"):
        raise InputError(f"unknown mode {mode!r}: use extractive, llm or auto")


def _asker(mode: str) -> Any:
    from retrieval.config import Settings
    from retrieval.service import AnswerService

    service = AnswerService(Settings())

    def ask(question: str, conversation: Any) -> Any:
        return service.ask(question, conversation=conversation, mode=mode)  # type: ignore[arg-type]

    return ask


def _progress(number: int, total: int, outcome: Any) -> str:
    mark = "ok" if outcome.passed else "FAIL " + "; ".join(outcome.reasons)
    took = f" {outcome.latency_ms:.0f} ms" if outcome.latency_ms is not None else ""
    return f"[{number}/{total}] {outcome.item.id} {outcome.item.type}{took}: {mark}"


def _result(outcomes: list[Any], errors: list[str], k: int) -> dict[str, Any]:
    from retrieval.evaluation.evaluate import summarise

    types = sorted({o.item.type for o in outcomes})
    return {
        "k": k,
        "summary": summarise(outcomes),
        "by_type": {t: summarise([o for o in outcomes if o.item.type == t]) for t in types},
        "questions": [_question_dict(o) for o in outcomes],
        "errors": errors,
    }


def _question_dict(outcome: Any) -> dict[str, Any]:
    answer = outcome.answer
    return {
        "id": outcome.item.id,
        "type": outcome.item.type,
        "question": outcome.item.question,
        "passed": outcome.passed,
        "reasons": outcome.reasons,
        "scores": outcome.scores,
        "latency_ms": outcome.latency_ms,
        "answer": answer.answer if answer else None,
        "abstained": answer.abstained if answer else None,
        "citations": [c.source for c in answer.citations] if answer else [],
        "check": outcome.check.to_dict() if outcome.check else None,
    }


def _print_table(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"govqa eval (recall@{result['k']})")
    table.add_column("type")
    for _key, header, _latency in COLUMNS:
        table.add_column(header, justify="right")
    rows = [*result["by_type"].items(), ("all", result["summary"])]
    for name, metrics in rows:
        table.add_row(name, *(_fmt(metrics[key], latency) for key, _h, latency in COLUMNS))
    console = Console(width=None if sys.stdout.isatty() else 160)
    console.print(table)
    failed = [q for q in result["questions"] if not q["passed"]]
    console.print(f"passed {result['summary']['passed']}/{result['summary']['questions']}")
    for question in failed:
        why = "; ".join(question["reasons"])
        console.print(
            f"  ✗ {question['id']} {question['question']}: {why}", markup=False, highlight=False
        )


def _enforce(summary: dict[str, Any], min_accuracy: float | None, min_recall: float | None) -> bool:
    """Print the thresholds not met; True when there is one."""
    failed = []
    for name, floor in (("accuracy", min_accuracy), ("citation_recall", min_recall)):
        value = summary.get(name)
        if floor is not None and (value is None or value < floor):
            failed.append(f"{name} {_fmt(value)} < {floor}")
    if failed:
        typer.echo("threshold not met: " + ", ".join(failed), err=True)
    return bool(failed)
