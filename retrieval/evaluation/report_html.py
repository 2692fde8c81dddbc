"""The `govqa eval --html` page: one self-contained file (inline CSS and SVG, no external asset)."""

from __future__ import annotations

from html import escape
from typing import Any

__all__ = ["render"]

SHARE_METRICS = [
    ("accuracy", "Answer-key accuracy"),
    ("gold_cited", "Gold-report citation rate"),
    ("recall_at_k", "Retrieval recall@k"),
    ("mrr", "MRR of the gold report"),
    ("abstention_precision", "Abstention precision"),
    ("abstention_recall", "Abstention recall"),
    ("citation_recall", "Citation recall"),
    ("citation_precision", "Citation precision"),
    ("excerpt_fidelity", "Excerpt fidelity"),
]
LATENCY_METRICS = [("latency_p50_ms", "Latency p50 (ms)"), ("latency_p95_ms", "Latency p95 (ms)")]

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px}
td.n{text-align:right;font-variant-numeric:tabular-nums}.charts{display:flex;flex-wrap:wrap;gap:1em}
.chart{border:1px solid #eee;padding:.5em}.fail{border-left:4px solid #c33;padding:.2em 1em;
margin:1em 0;background:#fdf6f6}.excerpt{background:#fff;border:1px solid #ddd;padding:.4em;
white-space:pre-wrap}.answer{white-space:pre-wrap}.bad{color:#c33}.meta{color:#666;font-size:90%}
"""


def render(result: dict[str, Any], outcomes: list[Any]) -> str:
    """The HTML page for an evaluation ``result`` (see ``bot.cli.evaluate``) and its outcomes."""
    groups = {**result["by_type"], "all": result["summary"]}
    charts = [
        _bar_chart(title, {g: m.get(key) for g, m in groups.items()}, 1.0)
        for key, title in SHARE_METRICS
    ]
    top = max([m.get(k) or 0 for m in groups.values() for k, _ in LATENCY_METRICS] + [1])
    charts += [
        _bar_chart(title, {g: m.get(key) for g, m in groups.items()}, top, unit="ms")
        for key, title in LATENCY_METRICS
    ]
    failed = [o for o in outcomes if not o.passed]
    summary = result["summary"]
    parts = [
        "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'>",
        f"<title>govqa eval</title><style>{_CSS}</style></head><body>",
        f"<h1>govqa eval</h1><p>{summary['passed']}/{summary['questions']} questions passed; "
        f"recall@{result['k']}. Failed: {len(failed)}.</p>",
        _summary_table(groups),
        "<h2>Metrics by question type</h2><div class='charts'>",
        *charts,
        "</div>",
        f"<h2>Failed questions ({len(failed)})</h2>",
        *(_failure(o) for o in failed),
    ]
    if result.get("errors"):
        parts.append("<h2>Input errors</h2><ul>")
        parts += [f"<li>{escape(e)}</li>" for e in result["errors"]]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _summary_table(groups: dict[str, dict[str, Any]]) -> str:
    metrics = [("questions", "n"), *SHARE_METRICS, *LATENCY_METRICS]
    head = "".join(f"<th>{escape(title)}</th>" for _, title in metrics)
    rows = []
    for name, values in groups.items():
        cells = "".join(f"<td class='n'>{_fmt(values.get(key))}</td>" for key, _ in metrics)
        rows.append(f"<tr><th>{escape(name)}</th>{cells}</tr>")
    return f"<table><tr><th>type</th>{head}</tr>{''.join(rows)}</table>"


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, int) or float(value) > 1:
        return f"{value:.0f}"
    return f"{value:.3f}"


def _bar_chart(title: str, values: dict[str, float | None], top: float, unit: str = "") -> str:
    row, label_w, bar_w = 22, 110, 240
    height = row * len(values) + 30
    bars = []
    for i, (name, value) in enumerate(values.items()):
        y = 24 + i * row
        width = 0 if value is None else bar_w * min(value / top, 1.0) if top else 0
        text = "–" if value is None else (f"{value:.0f} {unit}" if unit else f"{value:.2f}")
        bars.append(
            f"<text x='{label_w - 6}' y='{y + 13}' text-anchor='end'>{escape(name)}</text>"
            f"<rect x='{label_w}' y='{y}' width='{width:.1f}' height='{row - 6}' fill='#4a7bd0'/>"
            f"<text x='{label_w + width + 4:.1f}' y='{y + 13}'>{escape(text)}</text>"
        )
    return (
        f"<div class='chart'><svg xmlns='http://www.w3.org/2000/svg' width='{label_w + bar_w + 70}'"
        f" height='{height}' font-size='12'><text x='0' y='14' font-weight='bold'>"
        f"{escape(title)}</text>{''.join(bars)}</svg></div>"
    )


def _failure(outcome: Any) -> str:
    item, answer = outcome.item, outcome.answer
    head = (
        f"<div class='fail'><h3>{escape(item.id)} <span class='meta'>{escape(item.type)}"
        f"</span></h3><p><b>Q:</b> {escape(item.question)}</p>"
    )
    if item.history:
        head += f"<p class='meta'>history: {escape(' → '.join(item.history))}</p>"
    keys = "、".join(item.answer_keys) or "(abstain)"
    gold = ", ".join(item.gold)
    parts = [
        head,
        f"<p class='meta'>keys: {escape(keys)}; gold: {escape(gold)}</p>",
        "<p class='bad'>" + escape("; ".join(outcome.reasons)) + "</p>",
    ]
    if answer is not None:
        parts.append(f"<p class='answer'><b>A:</b> {escape(answer.answer)}</p>")
        parts += [_passage(c, "cited") for c in answer.citations]
        parts += [_passage(c, "related") for c in answer.related]
    if outcome.check is not None:
        parts += [_unsupported(s) for s in outcome.check.sentences if not s.supported]
        parts += [f"<p class='bad'>{escape(p)}</p>" for p in outcome.check.problems]
    parts.append("</div>")
    return "\n".join(parts)


def _unsupported(sentence: Any) -> str:
    support = sentence.support
    missing = " ".join(support.missing_numbers + support.missing_entities) or "–"
    why = "no citation" if not sentence.markers else f"overlap {support.overlap:.2f}, missing"
    return (
        f"<p class='bad'>unsupported: {escape(sentence.text)} ({why} "
        f"{escape(missing) if sentence.markers else ''})</p>"
    )


def _passage(citation: Any, kind: str) -> str:
    where = f"[{citation.n}] {citation.title} {citation.section} ({citation.source} "
    where += f"{citation.start}:{citation.end})"
    return (
        f"<p class='meta'>{kind} {escape(where)}</p>"
        f"<div class='excerpt'>{escape(citation.excerpt)}</div>"
    )
