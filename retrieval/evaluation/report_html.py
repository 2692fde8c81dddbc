"""The `govqa eval --html` page: one self-contained file (inline CSS and SVG, no script).

It says how the run was made, the metrics by question type (full names), charts only where
the types differ, and every question with its result; a checkbox (CSS only) shows only the
failed ones.
"""

from __future__ import annotations

from html import escape
from typing import Any

from retrieval.evaluation.charts import bar_chart, informative
from retrieval.evaluation.metrics import LATENCY_METRICS, SHARE_METRICS

__all__ = ["render"]

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;
max-width:1100px;padding:0 1em;color:#222;line-height:1.45}
h1{margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.lead{font-size:115%}.ok{color:#1a7f37}.bad{color:#b42318}.note,.muted{color:#666}
table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #d0d7de;padding:3px 9px;
text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}
table.run th{background:#f6f8fa;font-weight:600;white-space:nowrap}
th small{display:block;font-weight:normal;color:#666}
.charts{display:flex;flex-wrap:wrap;gap:1em}.chart{border:1px solid #e5e7eb;margin:0;padding:.6em}
figcaption{font-weight:600}.note{margin:.1em 0 .4em;font-size:90%}
#failed-only:checked~.questions .q.pass,#failed-only:checked~.questions .group.allpass{display:none}
.filter{background:#f6f8fa;padding:.4em .8em;border-radius:4px;display:inline-block}
details.q{border-left:4px solid #1a7f37;margin:.35em 0;padding:.1em .8em;background:#fbfdfb}
details.q.fail{border-left-color:#b42318;background:#fdf6f6}
summary{cursor:pointer}.excerpt{background:#fff;border:1px solid #ddd;padding:.3em .5em;
white-space:pre-wrap;margin:.2em 0 .6em}.answer{white-space:pre-wrap}
"""


def render(result: dict[str, Any], outcomes: list[Any]) -> str:
    """The HTML page for an evaluation ``result`` (see ``bot.cli.evaluate``) and its outcomes."""
    summary = result["summary"]
    failed = summary["questions"] - summary["passed"]
    share = summary.get("pass_rate") or 0.0
    parts = [
        "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'>",
        f"<title>govqa eval: {summary['passed']}/{summary['questions']}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>govqa evaluation</h1>",
        f"<p class='lead'><b>{summary['passed']} of {summary['questions']}</b> questions "
        f"passed ({share:.0%}); <span class='{'bad' if failed else 'ok'}'>{failed} failed"
        "</span>.</p>",
        "<h2>Run</h2>",
        _run_table(result["run"]),
        "<h2>Results by question type</h2>",
        _metrics_table(result),
        *_charts(result),
        "<h2>Questions</h2>",
        *_questions(outcomes, failed),
    ]
    if result.get("errors"):
        parts.append("<h2>Input errors</h2><ul>")
        parts += [f"<li>{escape(e)}</li>" for e in result["errors"]]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _run_table(run: dict[str, Any]) -> str:
    answered = ", ".join(f"{n} {mode}" for mode, n in (run.get("answered_by") or {}).items())
    cold = run.get("cold_start_ms")
    rows = [
        ("Date", (run.get("date") or "").replace("T", " ") or None),
        ("govqa version", run.get("govqa_version")),
        ("Mode", run.get("mode")),
        ("Answered by", answered or None),
        ("Question file", run.get("questions_file")),
        ("Answers file", run.get("answers_file")),
        ("Index", run.get("index")),
        ("Report texts from", run.get("reports")),
        ("Model", run.get("model") or "none (extractive answers)"),
        ("Recall cut-off k", run.get("k")),
        (
            "Cold start",
            f"{cold:,.0f} ms (the first warm-up question; the warm-up is not in the latencies)"
            if cold
            else None,
        ),
    ]
    cells = "".join(
        f"<tr><th>{escape(name)}</th><td>{escape(str(value))}</td></tr>"
        for name, value in rows
        if value is not None
    )
    return f"<table class='run'>{cells}</table>"


def _groups(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {**result["by_type"], "all": result["summary"]}


def _metrics_table(result: dict[str, Any]) -> str:
    groups = _groups(result)
    head = "".join(
        f"<th><a href='#type-{escape(name)}'>{escape(name)}</a></th>"
        if name != "all"
        else "<th>all</th>"
        for name in groups
    )
    rows = [
        "<tr><th>questions</th>"
        + "".join(f"<td class='n'>{m['questions']}</td>" for m in groups.values())
        + "</tr>"
    ]
    for key, name, what in [*SHARE_METRICS, *LATENCY_METRICS]:
        label = name.replace("@k", f"@{result['k']}")
        latency = key.startswith("latency")
        cells = "".join(f"<td class='n'>{_fmt(m.get(key), latency)}</td>" for m in groups.values())
        rows.append(f"<tr><th>{escape(label)}<small>{escape(what)}</small></th>{cells}</tr>")
    return f"<table><tr><th>metric</th>{head}</tr>{''.join(rows)}</table>"


def _fmt(value: Any, latency: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if latency else f"{value:.2f}"


def _charts(result: dict[str, Any]) -> list[str]:
    """Charts of the metrics that differ between types; one line for those that do not."""
    types = result["by_type"]
    charts, flat = [], []
    for key, name, what in SHARE_METRICS:
        label = name.replace("@k", f"@{result['k']}")
        values = {t: m[key] for t, m in types.items() if m.get(key) is not None}
        if informative(values):
            charts.append(bar_chart(label, [(label, values)], note=what))
        elif values:
            flat.append(f"{label} {next(iter(values.values())):.2f}")
    p50, p95 = ({t: m.get(key) for t, m in types.items()} for key, _n, _w in LATENCY_METRICS)
    if informative(p50) or informative(p95):
        top = max([v for v in [*p50.values(), *p95.values()] if v is not None] + [1.0])
        note = (
            "as the answers file reports them (timings_ms.total)"
            if result["run"].get("answers_file")
            else "warm: the warm-up questions are not counted"
        )
        series = [("p50", p50), ("p95", p95)]
        charts.append(bar_chart("Latency (ms)", series, top=top, unit="ms", note=note))
    parts = []
    if charts:
        parts += ["<h3>Where the types differ</h3><div class='charts'>", *charts, "</div>"]
    if flat and len(types) > 1:
        parts.append(
            "<p class='muted'>No difference between the question types each applies to "
            "(so no chart): " + escape("; ".join(flat)) + ".</p>"
        )
    return parts


def _questions(outcomes: list[Any], failed: int) -> list[str]:
    parts = [
        "<input type='checkbox' id='failed-only'>",
        "<label class='filter' for='failed-only'>Show only the failed questions "
        f"({failed})</label>",
        "<div class='questions'>",
    ]
    for kind in dict.fromkeys(o.item.type for o in outcomes):
        group = [o for o in outcomes if o.item.type == kind]
        passed = sum(o.passed for o in group)
        css = "group allpass" if passed == len(group) else "group"
        parts.append(
            f"<div class='{css}' id='type-{escape(kind)}'><h3>{escape(kind)} "
            f"<span class='muted'>{passed}/{len(group)} passed</span></h3>"
        )
        parts += [_question(o) for o in group]
        parts.append("</div>")
    parts.append("</div>")
    return parts


def _question(outcome: Any) -> str:
    item, answer = outcome.item, outcome.answer
    mark = "<span class='ok'>✓</span>" if outcome.passed else "<span class='bad'>✗</span>"
    took = f" <span class='muted'>{outcome.latency_ms:,.0f} ms</span>" if outcome.latency_ms else ""
    state = "pass" if outcome.passed else "fail"
    parts = [
        f"<details class='q {state}' id='q-{escape(item.id)}'{'' if outcome.passed else ' open'}>",
        f"<summary>{mark} <b>{escape(item.id)}</b> {escape(item.question)}{took}</summary>",
    ]
    if item.history:
        parts.append(f"<p class='muted'>asked after: {escape(' → '.join(item.history))}</p>")
    keys = "、".join(item.answer_keys) or "(none: should not be answered)"
    parts.append(f"<p class='muted'>keys: {escape(keys)}; gold: {escape(', '.join(item.gold))}</p>")
    if outcome.reasons:
        parts.append("<p class='bad'>" + escape("; ".join(outcome.reasons)) + "</p>")
    if answer is not None:
        parts.append(f"<p class='answer'><b>Answer:</b> {escape(answer.answer)}</p>")
        parts += [_passage(c, f"[{c.n}]") for c in answer.citations]
        parts += [_passage(c, "related") for c in answer.related]
    if outcome.check is not None:
        parts += [_unsupported(s) for s in outcome.check.sentences if not s.supported]
        parts += [f"<p class='bad'>{escape(p)}</p>" for p in outcome.check.problems]
    parts.append("</details>")
    return "\n".join(parts)


def _unsupported(sentence: Any) -> str:
    support = sentence.support
    if not sentence.markers:
        why = "no citation"
    else:
        missing = " ".join(support.missing_numbers + support.missing_entities)
        why = f"overlap {support.overlap:.2f}" + (f", missing {missing}" if missing else "")
    return f"<p class='bad'>unsupported: {escape(sentence.text)} ({escape(why)})</p>"


def _passage(citation: Any, label: str) -> str:
    where = " · ".join(x for x in (citation.title, citation.section) if x)
    offsets = f" {citation.start}:{citation.end}" if citation.start is not None else ""
    source = escape(f"({citation.source}{offsets})")
    head = f"{escape(label)} {escape(where)} <span class='muted'>{source}</span>"
    return f"<p class='muted'>{head}</p><div class='excerpt'>{escape(citation.excerpt)}</div>"
