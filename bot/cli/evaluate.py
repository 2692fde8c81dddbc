"""`govqa eval`: run a question set (or score another system's answers) and report it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from bot.cli import check as cli_check
from bot.cli.check import JsonOption, ReportsOption, source_store
from bot.cli.common import check_mode, user_errors
from bot.cli.output import fmt, print_eval_table
from retrieval.errors import InputError

__all__ = ["register"]

ShareOption = Annotated[
    float | None, typer.Option(metavar="SHARE", help="Exit 1 when the metric is below this.")
]
EXPORTS = ("ragas",)


def register(app: typer.Typer) -> None:
    """Add the ``check`` and ``eval`` commands to ``app``."""
    cli_check.register(app)
    app.command("eval")(evaluate)


def evaluate(
    questions: Annotated[
        Path, typer.Argument(metavar="FILE", help="Question set, e.g. data/eval/dev.jsonl.")
    ],
    answers: Annotated[
        Path | None,
        typer.Option("--answers", metavar="FILE", help="Score these answers instead of asking."),
    ] = None,
    as_json: JsonOption = False,
    html: Annotated[
        Path | None, typer.Option(metavar="FILE", help="Write a one-page HTML report here.")
    ] = None,
    export: Annotated[
        tuple[str, Path] | None,
        typer.Option(
            metavar="ragas FILE",
            help="Also write the run as a RAGAS dataset: JSON Lines in RAGAS's field names "
            "(user_input, response, retrieved_contexts, reference, …).",
        ),
    ] = None,
    min_accuracy: ShareOption = None,
    min_citation_recall: ShareOption = None,
    k: Annotated[int, typer.Option("-k", metavar="N", help="Cut-off for recall@k.")] = 5,
    reports: ReportsOption = None,
    mode: Annotated[
        str, typer.Option("--mode", metavar="MODE", help="extractive, llm or auto.")
    ] = "auto",
) -> None:
    """Score a question set: accuracy, citations, abstention, speed.

    Asks every question (its "history" first, in one conversation) or, with --answers, scores
    another system's answers matched by "id". The first questions are asked once before the
    run as a warm-up: the first one's time is reported as the cold start, apart from the
    latencies.
    Cited texts are read from the store unless --reports names a folder.

    Exit code 1 when a --min-* threshold is not met, 2 on unusable input (a malformed line is
    reported with its line number and the rest is still evaluated).
    """
    from retrieval.evaluation import evaluate as ev

    with user_errors():
        _check_options(min_accuracy, min_citation_recall, k, mode)
        _check_outputs(html, export)
        errors: list[str] = []
        items = ev.load_items(questions, errors)
        run = _run_details(questions, answers, mode, k)
        outcomes = _scored(items, answers, reports, run, errors)
    result = _result(outcomes, errors, run)
    _write_files(result, outcomes, html, export)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print_eval_table(result)
    below = _enforce(result["summary"], min_accuracy, min_citation_recall)
    if errors:
        typer.echo(f"{len(errors)} unusable input line(s), see above", err=True)
        raise typer.Exit(2)
    if below:
        raise typer.Exit(1)


def _check_outputs(html: Path | None, export: tuple[str, Path] | None) -> None:
    for target in (html, export[1] if export else None):
        if target is not None and not target.parent.is_dir():
            raise InputError(f"cannot write {target}: folder {target.parent} does not exist")
    if export and export[0] not in EXPORTS:
        raise InputError(f"unknown export {export[0]!r}: use --export ragas FILE")


def _scored(
    items: list[Any],
    answers: Path | None,
    reports: Path | None,
    run: dict[str, Any],
    errors: list[str],
) -> list[Any]:
    """Every item's outcome, scored, from the service (after a warm-up) or from ``answers``."""
    from retrieval.evaluation import evaluate as ev

    if answers:
        store = source_store(reports)
        stream = ev.outcomes_from_answers(items, answers, errors)
    else:
        service = _service(run)
        store = source_store(reports, service.store)
        # The warm-up loads indexes and models: extractive, so no model is called for it.
        run["cold_start_ms"] = ev.warm_up(items, _asker(service, "extractive"))
        stream = ev.outcomes_from_service(items, _asker(service, run["mode"]))
    run["reports"] = store.where
    for error in errors:
        typer.echo(f"error: {error}", err=True)
    outcomes = []
    for number, outcome in enumerate(stream, 1):
        outcomes.append(ev.score(outcome, store, run["k"]))
        typer.echo(_progress(number, len(items), outcome), err=True)
    return outcomes


def _check_options(acc: float | None, rec: float | None, k: int, mode: str) -> None:
    for name, value in (("--min-accuracy", acc), ("--min-citation-recall", rec)):
        if value is not None and not 0 <= value <= 1:
            raise InputError(f"{name} is a share between 0 and 1 (e.g. 0.95), got {value}")
    if k < 1:
        raise InputError(f"-k must be at least 1, got {k}")
    check_mode(mode)


def _run_details(questions: Path, answers: Path | None, mode: str, k: int) -> dict[str, Any]:
    """What the report says about how it was made (filled in as the run goes)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("govqa")
    except PackageNotFoundError:
        release = "unknown"
    return {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "govqa_version": release,
        "questions_file": str(questions.resolve()),
        "answers_file": str(answers.resolve()) if answers else None,
        "mode": "answers file" if answers else mode,
        "index": None,
        "model": None,
        "reports": None,
        "k": k,
        "cold_start_ms": None,
    }


def _service(run: dict[str, Any]) -> Any:
    from retrieval.config import Settings
    from retrieval.service import AnswerService

    settings = Settings()
    service = AnswerService(settings)
    run["index"] = service.store.where
    if settings.llm_configured and run["mode"] != "extractive":
        run["model"] = f"{settings.llm_model} at {settings.openai_base_url or 'OpenAI'}"
    return service


def _asker(service: Any, mode: str) -> Any:
    def ask(question: str, conversation: Any) -> Any:
        return service.ask(question, conversation=conversation, mode=mode)

    return ask


def _progress(number: int, total: int, outcome: Any) -> str:
    mark = "ok" if outcome.passed else "FAIL " + "; ".join(outcome.reasons)
    took = f" {outcome.latency_ms:.0f} ms" if outcome.latency_ms is not None else ""
    return f"[{number}/{total}] {outcome.item.id} {outcome.item.type}{took}: {mark}"


def _result(outcomes: list[Any], errors: list[str], run: dict[str, Any]) -> dict[str, Any]:
    from retrieval.evaluation.summary import summarise

    types = list(dict.fromkeys(o.item.type for o in outcomes))
    used = [o.answer.mode for o in outcomes if o.answer is not None and o.answer.mode]
    run["answered_by"] = {m: used.count(m) for m in sorted(set(used))}
    return {
        "run": run,
        "k": run["k"],
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


def _write_files(
    result: dict[str, Any], outcomes: list[Any], html: Path | None, export: Any
) -> None:
    pages: list[tuple[Path, Any]] = []
    if html:
        from retrieval.evaluation.report_html import render

        pages.append((html, lambda: render(result, outcomes)))
    if export:
        from retrieval.evaluation.ragas import ragas_jsonl

        pages.append((export[1], lambda: ragas_jsonl(outcomes)))
    for path, text in pages:
        try:
            path.write_text(text(), encoding="utf-8")
        except OSError as e:
            typer.echo(f"error: cannot write {path}: {e.strerror}", err=True)
            raise typer.Exit(2) from None
        typer.echo(f"wrote {path}", err=True)


def _enforce(summary: dict[str, Any], min_accuracy: float | None, min_recall: float | None) -> bool:
    """Print the thresholds not met; True when there is one."""
    failed = []
    for name, floor in (("accuracy", min_accuracy), ("citation_recall", min_recall)):
        value = summary.get(name)
        if floor is not None and (value is None or value < floor):
            failed.append(f"{name} {fmt(value)} < {floor}")
    if failed:
        typer.echo("threshold not met: " + ", ".join(failed), err=True)
    return bool(failed)
