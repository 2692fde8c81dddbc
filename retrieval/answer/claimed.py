"""A figure the asker puts forward after an answer ("你确定是38件？", "会不会是18件"): the
answer again, and a line saying whether the report's figure is the one put forward, from the
cited figures alone."""

from __future__ import annotations

import re

from retrieval.query.about_answer import TOLD
from retrieval.query.plan import Plan
from retrieval.schema import Answer
from retrieval.text.markers import MARKER
from retrieval.text.numbers import NumberMention, extract_numbers

__all__ = ["with_claim_checked"]

# Figures named in a line saying those told are the report's own.
_MOST_TOLD = 6


def with_claim_checked(plan: Plan, answer: Answer) -> Answer:
    """``answer`` with a line weighing ``plan.claimed`` against the figures it cites: the same
    ("报告写的正是38件[1]。") or not ("报告写的是38件[1]，不是18件。"); ``answer`` as it is
    when nothing was put forward or it cites no figure of the kind."""
    if plan.claimed == TOLD and not answer.abstained:
        # "这个数准吗": the figures quoted are the report's, as its excerpts show.
        quoted = [
            f"{_written(s)}{m}"
            for line in answer.answer.splitlines()
            for s, m in _cited_figures(line)
            # (A figure counts in a measure: a report's file number or a year counts nothing.)
            if s.unit and not s.dated
        ][:_MOST_TOLD]
        if not quoted:
            return answer
        line = f"以上数字均摘自报告原文（见引文）：{'、'.join(dict.fromkeys(quoted))}。"
        return answer.model_copy(update={"answer": f"{line}\n{answer.answer}"})
    claimed = extract_numbers(plan.claimed) if plan.claimed else []
    if answer.abstained or not claimed:
        return answer
    put = claimed[0]
    worked = _worked_figures(answer.answer)
    same_worked = [m for m in worked if m.value == put.value and m.percent == put.percent]
    if same_worked or (worked and not put.unit) or any(m.unit == put.unit for m in worked):
        # "我算的是40条，对吗" after a sum: the figure worked out from those cited.
        told = "、".join(_written(m) for m in worked)
        line = (
            f"按所引数字计算，正是{_written(same_worked[0])}。"
            if same_worked
            else f"按所引数字计算为{told}，不是{plan.claimed}。"
        )
        return answer.model_copy(update={"answer": f"{line}\n{answer.answer}"})
    cited = [
        (said, mark)
        for line in answer.answer.splitlines()
        for said, mark in _cited_figures(line)
        if said.percent == put.percent and not said.dated
    ]
    # A measure put forward ("18件") weighs the figures in that measure, where any is cited.
    alike = [(s, m) for s, m in cited if put.unit and s.unit == put.unit] or cited
    if not alike:
        return answer
    same = [(s, m) for s, m in alike if s.value == put.value]
    if same:
        said, mark = same[0]
        line = f"报告写的正是{_written(said)}{mark}。"
    else:
        # The figure put forward is weighed against the cited one nearest it ("36件" against
        # 38件, not the 3件 of another clause).
        said, mark = min(alike, key=lambda sm: abs(sm[0].value - put.value))
        line = f"报告写的是{_written(said)}{mark}，不是{plan.claimed}。"
    return answer.model_copy(update={"answer": f"{line}\n{answer.answer}"})


# A line stating figures worked out from those cited ("合计40条（…，按所引数字相加）").
_WORKED = "按所引数字"
_ASIDE = re.compile(r"（[^（）]*）")


def _worked_figures(answer: str) -> list[NumberMention]:
    """The figures an answer works out itself: those of its lines marked as worked out, outside
    their brackets and the marks citing the figures they are worked from."""
    found: list[NumberMention] = []
    for line in answer.splitlines():
        if _WORKED not in line:
            continue
        # (MARKER's group is split out too: the text pieces are every other one.)
        pieces = MARKER.split(_ASIDE.sub("", line))[::2]
        for at, piece in enumerate(pieces):
            mentions = [m for m in extract_numbers(piece) if not m.dated]
            # A figure right before a citation mark is a cited one, not worked out.
            found.extend(mentions[:-1] if at < len(pieces) - 1 else mentions)
    return [m for m in found if m.unit or m.percent]


def _cited_figures(line: str) -> list[tuple[NumberMention, str]]:
    """The figures of an answer line, each with the citation mark that follows it."""
    found: list[tuple[NumberMention, str]] = []
    start = 0
    for mark in MARKER.finditer(line):
        piece = line[start : mark.start()]
        found.extend((m, mark.group()) for m in extract_numbers(piece))
        start = mark.end()
    return found


def _written(mention: NumberMention) -> str:
    """A figure as written: its number, then its percent sign or measure."""
    sign = "%" if mention.percent and "%" not in mention.raw else ""
    return f"{mention.raw}{sign}{mention.unit or ''}"
