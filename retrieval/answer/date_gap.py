"""How far apart two dates of one report are ("落款日期和发布日期差了几天"), worked out from
the dates its citations quote; a report year counts as ending on its 31 December."""

from __future__ import annotations

import re
from datetime import date

from retrieval.answer.header_values import day_of
from retrieval.schema import Citation

__all__ = ["gap_line"]

_YEAR = re.compile(r"(\d{4})\s*年")


def gap_line(cited: list[Citation]) -> list[str]:
    """The line saying how far apart the two dates ``cited`` quotes are ("两者相隔12天[1][2]
    （按所引日期计算）"), or [] when they quote no two dates."""
    days: list[tuple[date, int, str]] = []
    for citation in cited:
        day = day_of(citation.excerpt)
        if day:
            days.append((date.fromisoformat(day), citation.n, ""))
        elif year := _YEAR.search(citation.excerpt):
            # (A year reported on is over on its last day.)
            end = date(int(year[1]), 12, 31)
            days.append((end, citation.n, f"{year[1]}年度按{year[1]}年12月31日结束计"))
    if len(days) != 2:
        return []
    (first, n, note_a), (second, m, note_b) = sorted(days)
    apart = (second - first).days
    if not apart:
        return [f"两者是同一天[{n}][{m}]。"]
    months = (second.year - first.year) * 12 + second.month - first.month
    months -= second.day < first.day
    about = ""
    if months >= 12:
        about = f"（约{months // 12}年{f'{months % 12}个月' if months % 12 else ''}）"
    elif months >= 1:
        about = f"（约{months}个月）"
    notes = "；".join(note for note in (note_a, note_b) if note)
    basis = f"按所引日期计算{'；' + notes if notes else ''}"
    return [f"两者相隔{apart}天{about}[{n}][{m}]（{basis}）。"]
