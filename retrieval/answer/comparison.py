"""Comparisons: each side's figure for the asked thing, cited, then a verdict.

The verdict is computed only from the cited figures and is the answer's last line
("额敏县为38件，多于叶城县的11件。"; equal figures: "…相同，均为100%。"). When the figures cover
different periods (全年 vs 2023年以来) a note says so before the verdict. A question that asks
for each side's figure without asking which is more ("分别", "各") gets the per-side lines
alone; so does a question that counts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from retrieval.answer.abstain import ABSTAIN
from retrieval.answer.extractive import concise, pick_sentences
from retrieval.answer.figures import Figure, FigureFinder, period_note
from retrieval.answer.rows import NOT_STATED, Lines, snippet
from retrieval.query.expected import comparable_units
from retrieval.query.measure import Order, measured, order_of
from retrieval.query.plan import Plan
from retrieval.query.shape import asks_verdict
from retrieval.schema import Answer
from retrieval.search.evidence import Found
from retrieval.text.numbers import extract_numbers
from retrieval.types import Vocabulary, report_name

__all__ = ["compose_comparison", "unit_note", "verdict"]

_HIGH_LOW = re.compile(r"[高低]|率|比例|占比")
_EARLY_LATE = re.compile(r"[早晚]")


def compose_comparison(plan: Plan, found: Sequence[Found], vocabulary: Vocabulary) -> Answer:
    """One cited line per side, then the verdict when one is asked; abstains when no side
    answers."""
    asked = measured(plan.topic)
    finder = FigureFinder(asked, vocabulary)
    lines = Lines()
    sides: list[tuple[str, Figure | None]] = []
    # The citation of each side's figure: the verdict and the note cite what they compare.
    marks: dict[str, str] = {}
    for group in found:
        label = group.group.label or (report_name(group.passages[0]) if group.passages else "")
        figure = finder.find(group.passages) if finder.counts else None
        sides.append((label, figure))
        if figure is not None:
            n = lines.cite(figure.pick.passage, figure.pick.start, figure.pick.end)
            marks[label] = f"[{n}]"
            lines.lines.append(f"{label}：{snippet(figure, asked)}[{n}]")
            lines.row(figure.pick.passage, figure.written or None, n)
            continue
        _sentence_line(lines, label, group, plan.topic, vocabulary)
    if asks_verdict(plan.topic) and finder.counts:
        stated = [(label, f) for label, f in sides if f is not None and f.value is not None]
        periods = period_note([(label, f, f.pick.passage.year) for label, f in stated], marks)
        for note in (periods, unit_note(stated, marks)):
            if note:
                lines.lines.append(note)
        lines.lines.append(verdict(sides, order_of(plan.topic), plan.topic, marks))
    return Answer(
        question=plan.question,
        answer="\n".join(lines.lines),
        abstained=not lines.citations,
        kind="comparison",
        rows=lines.rows,
        citations=lines.citations,
        searched=[source for group in found for source in group.group.sources or ()],
    )


def _sentence_line(
    lines: Lines, label: str, found: Found, topic: str, vocabulary: Vocabulary
) -> None:
    """A side without a figure: the sentence that answers best, as a single fact would."""
    picks = pick_sentences(topic, found.passages, vocabulary)[:1]
    if not picks:
        lines.lines.append(f"{label}：{ABSTAIN}。")
        if found.passages:
            lines.row(found.passages[0], None, None)
        return
    pick = picks[0]
    n = lines.cite(pick.passage, pick.start, pick.end)
    lines.lines.append(f"{label}：{concise(pick, topic, vocabulary)}[{n}]")
    lines.row(pick.passage, None, n)


def verdict(
    sides: Sequence[tuple[str, Figure | None]],
    order: Order,
    topic: str,
    marks: Mapping[str, str] | None = None,
) -> str:
    """The verdict line from the sides' figures: the winner first ("A为38件[1]，多于B的11件[2]。"),
    "相同" when equal, or why there is none; ``marks`` cite each side's figure."""
    mark = (marks or {}).get
    missing = [label for label, f in sides if f is None or f.value is None]
    if missing or len(sides) < 2:
        return f"{'、'.join(missing)}{NOT_STATED}可比较的数字，无法比较。"
    stated = [(label, f) for label, f in sides if f is not None]
    if len({f.percent for _, f in stated}) > 1:
        return "两者一个是比例、一个是数量，无法直接比较。"
    ranked = sorted(stated, key=lambda s: s[1].value or 0, reverse=order == "desc")
    (first, a), (second, b) = ranked[0], ranked[1]
    if a.value == b.value and len(ranked) == 2:
        return f"{first}与{second}相同，均为{a.written}{mark(first, '')}{mark(second, '')}。"
    more, less = _words(topic, a.percent)
    word = more if order == "desc" else less
    if len(ranked) == 2:
        first_part = f"{first}为{a.written}{mark(first, '')}"
        return f"{first_part}，{word}{second}的{b.written}{mark(second, '')}。"
    rest = "、".join(f"{label}（{f.written}{mark(label, '')}）" for label, f in ranked[1:])
    return f"{first}为{a.written}{mark(first, '')}，最{word[0]}；其后依次为{rest}。"


def unit_note(stated: Sequence[tuple[str, Figure]], marks: Mapping[str, str]) -> str:
    """A note when the compared figures are counted in measures of different kinds (人 and
    次): the verdict still orders the numbers, the reader is told they may count different
    things; "" when the measures agree."""
    units = [_unit(f) for _, f in stated]
    if all(comparable_units(a, b) for a in units for b in units):
        return ""
    shown = "，".join(f"{label}{marks.get(label, '')}为{f.written}" for label, f in stated)
    return f"注：各数字的计量单位不同（{shown}），比较时请留意。"


def _unit(figure: Figure) -> str | None:
    mentions = extract_numbers(figure.written)
    return mentions[0].unit if mentions else None


def _words(topic: str, percent: bool) -> tuple[str, str]:
    if _EARLY_LATE.search(topic):
        return "晚于", "早于"
    if percent or _HIGH_LOW.search(topic):
        return "高于", "低于"
    return "多于", "少于"
