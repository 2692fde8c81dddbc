"""Sides weighed on a field no count of which was asked: each side's one figure of it
("主动公开政府信息，A和B比一下"), or each thing both sides' sentences count in a like measure
("案卷评查情况…跟额敏比哪个多": "评查案卷66件" and "抽查案卷126件" are both of 案卷), judged on
those figures alone."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from retrieval.answer.counted_things import counted, saying, things_counted
from retrieval.answer.figures import FigureFinder
from retrieval.answer.per_report import said_of
from retrieval.answer.periods import period_note
from retrieval.answer.pick import Figure, Pick
from retrieval.answer.restrict import CLAUSE_END
from retrieval.answer.rows import Lines
from retrieval.query.aspects import without_aspects
from retrieval.query.measure import BARE_COUNT, measured
from retrieval.query.order import Order, order_of
from retrieval.query.plan import Plan
from retrieval.query.verdicts import asks_difference, asks_ratio
from retrieval.search.evidence import Found
from retrieval.text.numbers import NumberMention, extract_numbers
from retrieval.types import Vocabulary

__all__ = ["NO_LIKE_FIGURES", "one_count_each", "weighed_alike", "weighed_in_quotes"]

# A verdict asked of sides whose figures count different things.
NO_LIKE_FIGURES = "各方报告未给出同一事项的可比数字，无法比较。"
# ``comparison.verdict``: the verdict line on sides' figures, in the order asked, cited.
Verdict = Callable[
    [Sequence[tuple[str, Figure | None]], Order, str, Mapping[str, str] | None, bool, bool], str
]


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
        counts = [m for m in extract_numbers(said) if m.unit and not m.dated]
        # ("收到申请1件,办结1件": a field's later counts are of its first, which leads it.)
        if not counts or figure.written not in said or not _leads(figure, counts[0]):
            return ""
        marks[label] = f"[{lines.cite(figure.pick.passage, figure.pick.start, figure.pick.end)}]"
        sides.append((label, figure))
    units = {f.unit for _, f in sides if f is not None}
    if len(units) != 1:
        return ""
    by, times = asks_difference(plan.topic), asks_ratio(plan.topic)
    return verdict(sides, order_of(plan.topic), plan.topic, marks, by, times)


def _leads(figure: Figure, first: NumberMention) -> bool:
    """True when the field's first count is ``figure``'s."""
    return first.value == figure.value and first.unit == figure.unit


def weighed_alike(
    plan: Plan,
    found: Sequence[Found],
    vocabulary: Vocabulary,
    verdict: Verdict,
    stated: Sequence[Figure] = (),
) -> Lines | None:
    """The sides' sentences of the field asked, quoted, and a verdict on each thing every side
    counts alike; None when a side has no such sentence or no thing is counted by all, or when
    a figure a side ``stated`` for the thing asked is none of those weighed (the things weighed
    are then of another field)."""
    alike = _weighed(plan, found, vocabulary, verdict)
    if alike is None:
        return None
    lines, rows = alike
    weighed = {
        (f.pick.passage.source, f.value, f.unit) for _, fs in rows for f in fs if f is not None
    }
    agrees = all((f.pick.passage.source, f.value, f.unit) in weighed for f in stated)
    # "案卷评查…额敏跟普兰比": the field's own thing, which a side's figure is of.
    field = _field(plan)
    return lines if not stated or (agrees and any(noun in field for noun, _ in rows)) else None


def _field(plan: Plan) -> str:
    return without_aspects(BARE_COUNT.sub("", measured(plan.topic)))


def _weighed(
    plan: Plan,
    found: Sequence[Found],
    vocabulary: Vocabulary,
    verdict: Verdict,
    quoted: Lines | None = None,
) -> tuple[Lines, list[tuple[str, list[Figure | None]]]] | None:
    """``weighed_alike``'s lines, and the things weighed; a side counting none of them is
    quoted on the field by its sentence among those ``quoted``, if any."""
    field = _field(plan)
    order = order_of(plan.topic)
    lines = Lines()
    if len(found) < 2:
        return None
    said = [saying(field, group.passages, vocabulary) for group in found]
    sides = [
        (group.group.label or "", counted(picks)) for group, picks in zip(found, said, strict=True)
    ]
    first = sides[0][0]
    rows = things_counted([things for _, things in sides])
    if not rows or not all(label for label, _ in sides):
        return None
    labels = [label for label, _ in sides]
    each = {
        label: [f for _, figures in rows if (f := figures[i]) is not None]
        for i, label in enumerate(labels)
    }
    marks: dict[str, str] = {}
    for (label, figures), picks in zip(each.items(), said, strict=True):
        # (A side counting none of the things weighed is still quoted on the field.)
        for pick in dict.fromkeys(figure.pick for figure in figures) or _quoting(picks, quoted):
            n = lines.cite(pick.passage, pick.start, pick.end)
            marks.setdefault(label, f"[{n}]")
            shown = [figure.at for figure in figures if figure.pick is pick]
            lines.lines.append(f"{label}：{_quoted(pick, field, shown, vocabulary)}[{n}]")
            lines.row(pick.passage, None, n)
    # Figures of other periods ("累计" beside a year's) are said so before they are weighed.
    noted = {(label, f.period, f.pick.passage.year) for label, fs in each.items() for f in fs}
    note = period_note(sorted(noted, key=lambda n: (n[0] != first, n[1])), marks)
    lines.lines.extend([note] if note else [])
    by, times = asks_difference(plan.topic), asks_ratio(plan.topic)
    for noun, column in rows:
        cited = {
            label: _mark(lines, figure)
            for label, figure in zip(labels, column, strict=True)
            if figure is not None
        }
        sided = list(zip(labels, column, strict=True))
        judged = verdict(sided, order, plan.topic, cited, by, times)
        # (One thing weighed is what the question asks; only several are told apart.)
        lines.lines.append(f"{noun}：{judged}" if len(rows) > 1 else judged)
    return lines, rows


def weighed_in_quotes(
    plan: Plan, found: Sequence[Found], quoted: Lines, vocabulary: Vocabulary, verdict: Verdict
) -> Lines | None:
    """``weighed_alike``, when the things every side counts are weighed in the sentences
    ``quoted`` for the field, or are named by the field; else None."""
    alike = _weighed(plan, found, vocabulary, verdict, quoted)
    if alike is None:
        return None
    lines, rows = alike
    nouns = [noun for noun, _ in rows]
    # "矛盾纠纷化解…对比": a thing the field names itself is its own count, wherever said.
    field = _field(plan)
    return lines if _quoted_already(lines, quoted) or all(n in field for n in nouns) else None


def _quoting(picks: Sequence[Pick], quoted: Lines | None) -> list[Pick]:
    """The first of ``picks`` among the sentences ``quoted``, else the first of them."""
    cited = quoted.citations if quoted else []
    among = [
        pick
        for pick in picks
        if any(
            c.source == pick.passage.source and c.start < pick.end and pick.start < c.end
            for c in cited
        )
    ]
    return (among or list(picks))[:1]


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
