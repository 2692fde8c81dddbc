"""Which side did better, where no figure weighs them: one side's report tells the work, the
other's lists it among its problems ("对于新媒体运用不够充分" under "存在的问题"). The verdict
says so, citing both; it is drawn from where each report puts its words, nothing else."""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.answer.rows import Lines
from retrieval.query.aspects import PLANS, PROBLEMS, section_aspects
from retrieval.search.evidence import Found

__all__ = ["admitted_verdict"]


def admitted_verdict(lines: Lines, found: Sequence[Found]) -> str:
    """The verdict line when exactly one side's cited sentences all stand in its report's
    problems and every other side's stand in its work done; "" otherwise."""
    admitting: list[tuple[str, str]] = []
    doing: list[tuple[str, str]] = []
    for group in found:
        sources = set(group.group.sources or ())
        cited = [c for c in lines.citations if c.source in sources]
        parts = [section_aspects(c.section) for c in cited]
        marks = "".join(f"[{c.n}]" for c in cited)
        label = group.group.label or ""
        if not cited or not label:
            return ""
        if all(PROBLEMS in part for part in parts):
            admitting.append((label, marks))
        elif not any(PROBLEMS in part or PLANS in part for part in parts):
            doing.append((label, marks))
    if len(admitting) != 1 or len(doing) != len(found) - 1:
        return ""
    (weak, weak_marks), done = admitting[0], "、".join(label for label, _ in doing)
    done_marks = "".join(marks for _, marks in doing)
    return (
        f"{done}报告写了这方面的做法{done_marks}，{weak}报告则把它列为存在的问题{weak_marks}："
        f"从报告看，{done}做得更好。"
    )
