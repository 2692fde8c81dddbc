"""`govqa check`: check the citations of any system's answers against the reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from bot.cli.common import user_errors
from retrieval.errors import InputError

__all__ = ["JsonOption", "ReportsOption", "register", "source_store"]

ReportsOption = Annotated[
    Path | None,
    typer.Option(
        "--reports",
        metavar="DIR",
        help="Read the cited reports from this folder instead of the store.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the results as JSON.")]


def register(app: typer.Typer) -> None:
    """Add the ``check`` command to ``app``."""
    app.command("check")(check)


def source_store(reports: Path | None, store: Any = None) -> Any:
    """Where cited texts are read: ``reports`` when given, else the store (``store``, or the
    configured one), else the configured reports folder.

    Raises:
        InputError: none of them holds reports.
    """
    from retrieval.config import Settings
    from retrieval.evaluation.sources import SourceStore

    if reports is not None:
        if not reports.is_dir():
            raise InputError(f"reports folder not found: {reports} (give --reports DIR)")
        return SourceStore(reports)
    settings = Settings()
    if store is None:
        from retrieval.index import ChunkStore

        store = ChunkStore(settings)
    if store.exists():
        return SourceStore.from_index(store)
    if settings.reports_dir.is_dir():
        return SourceStore(settings.reports_dir)
    raise InputError(
        f"no reports to check against: nothing stored at {store.where} and no folder "
        f"{settings.reports_dir} (run `govqa ingest`, or give --reports DIR)"
    )


def check(
    answers: Annotated[
        Path, typer.Argument(metavar="FILE", help="JSON Lines: one answer object a line.")
    ],
    reports: ReportsOption = None,
    as_json: JsonOption = False,
) -> None:
    """Check answers' citations against the reports.

    Each line is an answer object: "answer" and "citations", each citation with "source" (the
    report's file name) and "excerpt" are all it needs; "start"/"end" are checked when given
    (else the excerpt must occur in the report), other fields are optional and unknown ones
    ignored, so any system's answers can be checked. Report texts come from the store unless
    --reports names a folder.

    Prints citation recall (claim sentences supported by their citations), citation precision
    (citations that support their sentence or are needed) and excerpt fidelity (excerpts equal
    to the report's text). Exit code 2 when some lines are unusable (each is reported with its
    line number; the rest is checked).
    """
    from retrieval.evaluation.check import Totals, check_answer, iter_jsonl
    from retrieval.evaluation.records import parse_answer

    with user_errors():
        store = source_store(reports)
        totals, results, errors = Totals(), [], []
        for line, record, error in iter_jsonl(answers):
            try:
                if record is None:
                    raise InputError(error or f"line {line}: unusable")
                parsed = parse_answer(record, line)
                result = check_answer(parsed, store, line=line, id=record.get("id"))
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
            "reports": store.where,
            "errors": errors,
            "answers": [r.to_dict() for r in results],
        }
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        from bot.cli.output import print_check_summary

        print_check_summary(results, totals.metrics())
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
