"""Sides weighed on a field no count of which was asked: each side's one figure of it
("主动公开政府信息，A和B比一下"), or each thing both sides' sentences count in a like measure
("案卷评查情况…跟额敏比哪个多": "评查案卷66件" and "抽查案卷126件" are both of 案卷), judged on
those figures alone."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from retrieval.answer.figures import FigureFinder
from retrieval.answer.per_report import said_of
from retrieval.answer.periods import period_note, period_of
from retrieval.answer.pick import Figure, Pick
from retrieval.answer.restrict import CLAUSE_END
from retrieval.answer.rows import Lines
from retrieval.query.aspects import without_aspects
from retrieval.query.measure import BARE_COUNT, measured
from retrieval.query.order import Order, order_of
from retrieval.query.plan import Plan
from retrieval.query.units import comparable_units
from retrieval.query.weights import question_weights
from retrieval.search.evidence import Found
from retrieval.text.numbers import extract_numbers
from retrieval.text.sentences import split_sentences
from retrieval.text.words import pos_tags
from retrieval.types import Passage, Vocabulary

__all__ = ["NO_LIKE_FIGURES", "one_count_each", "weighed_alike", "weighed_in_quotes"]

# A verdict asked of sides whose figures count different things.
NO_LIKE_FIGURES = "各方报告未给出同一事项的可比数字，无法比较。"
_DATE_UNITS = ("年", "月", "日")
# The share of a field's words a sentence says to be read for its figures.
_SAYS_FIELD = 0.5
# ``comparison.verdict``: the verdict line on sides' figures, in the order asked, cited.
Verdict = Callable[[Sequence[tuple[str, Figure | None]], Order, str, Mapping[str, str] | None], str]


def one_count_each(
    quotes: Sequence[tuple[str, Found, str | None]],
    field: str,
    lines: Lines,
    vocabulary: Vocabulary,
    plan: Plan,
    verdict: Verdict,
) -> str:
    """The verdict on sides whose quoted field each states one figure, counted alike, that
    the field's count binds; "" otherwise."""
    counting = FigureFinder(f"{field}多少", vocabulary, named=True, whole=True, kinds=True)
    if not counting.counts:
        return ""
    sides: list[tuple[str, Figure | None]] = []
    marks: dict[str, str] = {}
    for label, group, said in quotes:
        figure = counting.find(group.passages)
        if said is None or figure is None or figure.value is None or figure.percent:
            return ""
        counts = [m for m in extract_numbers(said) if m.unit and m.unit not in _DATE_UNITS]
        if len(counts) != 1 or figure.written not in said:
            return ""
        marks[label] = f"[{lines.cite(figure.pick.passage, figure.pick.start, figure.pick.end)}]"
        sides.append((label, figure))
    units = {f.unit for _, f in sides if f is not None}
    if len(units) != 1:
        return ""
    return verdict(sides, order_of(plan.topic), plan.topic, marks)


def weighed_alike(
    plan: Plan, found: Sequence[Found], vocabulary: Vocabulary, verdict: Verdict
) -> Lines | None:
    """Two sides' sentences of the field asked, quoted, and a verdict on each thing both count
    alike; None when a side has no such sentence or no thing is counted by both."""
    field = without_aspects(BARE_COUNT.sub("", measured(plan.topic)))
    order = order_of(plan.topic)
    lines = Lines()
    if len(found) != 2:
        return None
    sides = [
        (
            group.group.label or "",
            _counted(_saying(field, group.passages, vocabulary)),
        )
        for group in found
    ]
    (first, ours), (second, theirs) = sides
    pairs = [
        (noun, mine, other)
        for noun, mine in ours.items()
        if (other := theirs.get(noun)) is not None and comparable_units(mine.unit, other.unit)
    ]
    if not pairs or not first or not second:
        return None
    each = {first: [pair[1] for pair in pairs], second: [pair[2] for pair in pairs]}
    marks: dict[str, str] = {}
    for label, figures in each.items():
        for pick in dict.fromkeys(figure.pick for figure in figures):
            n = lines.cite(pick.passage, pick.start, pick.end)
            marks.setdefault(label, f"[{n}]")
            shown = [figure.at for figure in figures if figure.pick is pick]
            lines.lines.append(f"{label}：{_quoted(pick, field, shown, vocabulary)}[{n}]")
            lines.row(pick.passage, None, n)
    # Figures of other periods ("累计" beside a year's) are said so before they are weighed.
    noted = {(label, f.period, f.pick.passage.year) for label, fs in each.items() for f in fs}
    note = period_note(sorted(noted, key=lambda n: (n[0] != first, n[1])), marks)
    lines.lines.extend([note] if note else [])
    for noun, mine, other in pairs:
        cited = {first: _mark(lines, mine), second: _mark(lines, other)}
        judged = verdict([(first, mine), (second, other)], order, plan.topic, cited)
        lines.lines.append(f"{noun}：{judged}")
    return lines


def weighed_in_quotes(
    plan: Plan, found: Sequence[Found], quoted: Lines, vocabulary: Vocabulary, verdict: Verdict
) -> Lines | None:
    """``weighed_alike``, when the things both sides count are weighed in the sentences
    ``quoted`` for the field; else None."""
    alike = weighed_alike(plan, found, vocabulary, verdict)
    return alike if alike is not None and _quoted_already(alike, quoted) else None


def _quoted_already(alike: Lines, quoted: Lines) -> bool:
    """True when the things both sides count are weighed in the sentences that quote the field
    (another sentence counting a like noun may be of another field: a hotline's 办件 beside a
    service hall's)."""
    return all(
        any(
            mine.source == theirs.source and mine.start < theirs.end and theirs.start < mine.end
            for theirs in quoted.citations
        )
        for mine in alike.citations
    )


def _quoted(pick: Pick, field: str, shown: Sequence[int], vocabulary: Vocabulary) -> str:
    """What the pick says of ``field`` (``said_of``), widened to the clauses of the figures
    at ``shown``."""
    text, said = pick.text, said_of(pick, field, vocabulary)
    start = max(text.find(said), 0)
    end = start + len(said)
    for at in shown:
        start = min(start, max((m.end() for m in CLAUSE_END.finditer(text, 0, at)), default=0))
        end = max(end, next((m.start() for m in CLAUSE_END.finditer(text, at)), len(text)))
    return text[start:end].strip("，,；;。：: ")


def _mark(lines: Lines, figure: Figure) -> str:
    pick = figure.pick
    return f"[{lines.cite(pick.passage, pick.start, pick.end)}]"


def _saying(field: str, passages: Sequence[Passage], vocabulary: Vocabulary) -> list[Pick]:
    """The sentences of ``passages`` that say most of ``field``'s words (half its weight at
    least), those saying more first, then in retrieval order."""
    weights = question_weights(field, vocabulary)
    total = sum(weights.values()) or 1.0
    said: list[Pick] = []
    for passage in passages:
        for start, end in split_sentences(passage.text, passage.start):
            text = passage.span(start, end)
            share = sum(w for word, w in weights.items() if word in text) / total
            if share >= _SAYS_FIELD:
                said.append(Pick(passage, start, end, text, share, share))
    return sorted(said, key=lambda pick: -pick.coverage)


def _counted(picks: Sequence[Pick]) -> dict[str, Figure]:
    """The figures the picks state, each by the noun it counts: the noun its
    measure word runs into ("12家单位"), else the last noun of its clause before it ("评查案卷
    66件"); a noun counted more than once by its figure in the first pick (the one saying
    most of the field)."""
    counted: dict[str, list[Figure]] = {}
    for pick in picks:
        for noun, figure in _figures(pick):
            counted.setdefault(noun, []).append(figure)
    return {noun: figures[0] for noun, figures in counted.items()}


def _figures(pick: Pick) -> list[tuple[str, Figure]]:
    text = pick.text
    counted: list[tuple[str, Figure]] = []
    for mention in extract_numbers(text):
        if mention.percent or not mention.unit or mention.unit in _DATE_UNITS:
            continue
        start = max((m.end() for m in CLAUSE_END.finditer(text, 0, mention.start)), default=0)
        end = next((m.start() for m in CLAUSE_END.finditer(text, mention.end)), len(text))
        closes = text.find(mention.unit, mention.end) + len(mention.unit)
        after = pos_tags(text[closes:end])
        before = pos_tags(text[start : mention.start])
        nouns = [w for w, flag in after[:1] if flag.startswith("n") and len(w) > 1] or [
            w for w, flag in before if flag.startswith("n") and len(w) > 1
        ][-1:]
        if not nouns:
            continue
        period = period_of(text[: mention.start])
        written = text[mention.start : closes]
        figure = Figure(pick, written, mention.value, False, period, mention.start, mention.unit)
        counted.append((nouns[0], figure))
    return counted
