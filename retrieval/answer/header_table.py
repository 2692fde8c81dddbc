"""Several reports' attributes laid out as a table when a table is asked ("各报告题目和挂网
日期做个表"): a row a report, a column an attribute, each cell its cited value or
"未载明"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.lexicons import Field
from retrieval.query.across_shape import TABLE_NAMED

__all__ = ["UNSTATED", "Cells", "header_table"]

# A date as reports write it ("2025年12月31日", "2026-01-12").
_DATE = re.compile(r"\d{4}(?:年|-)\d{1,2}(?:月|-)\d{1,2}")
# What an attribute a report leaves out is said to be, in a cell or a note.
UNSTATED = "未载明"


class Cells:
    """Each report's cited values, by the attribute they answer."""

    def __init__(self, fields: Sequence[Field]) -> None:
        self.fields = list(fields)
        self.rows: dict[str, dict[str, list[str]]] = {}

    def add(self, report: str, label: str, quoted: str) -> None:
        """``quoted`` (a value and its citation mark) under the attribute ``label`` names."""
        field = next(
            # ("年份（据正文）": the year a report's body opens with.)
            (
                f
                for f in self.fields
                if label.startswith(f.name) or label in (*f.labels, *f.stand_ins)
            ),
            None,
        )
        if field is None:
            # One label said of two attributes ("落款" of the signing body and its date):
            # each value under the one it is, a date under the date's.
            parts = [f for f in self.fields if f.name.startswith(label) and f.name != label]
            if len(parts) > 1:
                for piece in quoted.split("，"):
                    dated = _DATE.search(piece) is not None
                    part = next((f for f in parts if f.name.endswith("日期") == dated), None)
                    if part is not None:
                        self.rows.setdefault(report, {}).setdefault(part.name, []).append(piece)
                return
        name = field.name if field is not None else label
        # ("普兰县｜2025年12月31日[3]（落款日期）": a value under another label says which.)
        stand_in = field is not None and label in field.stand_ins and label != name
        said = f"{quoted}（{label}）" if stand_in else quoted
        self.rows.setdefault(report, {}).setdefault(name, []).append(said)


def header_table(question: str, reports: Sequence[str], cells: Cells) -> list[str] | None:
    """The table's lines ("报告｜标题｜发布日期", then a row a report), or None when no table
    is asked or it would have one row or one column (a line a value says it)."""
    names = [f.name for f in cells.fields]
    if not TABLE_NAMED.search(question) or len(reports) < 2 or len(names) < 2:
        return None
    lines = ["｜".join(["报告", *names])]
    for report in reports:
        row = cells.rows.get(report, {})
        lines.append("｜".join([report, *("，".join(row.get(n, [])) or UNSTATED for n in names)]))
    return lines
