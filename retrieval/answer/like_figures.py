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
from retrieval.query.verdicts import asks_difference, asks_ratio
from retrieval.query.weights import question_weights
from retrieval.search.evidence import Found
from retrieval.text.numbers import NumberMention, extract_numbers
from retrieval.text.sentences import split_sentences
from retrieval.text.words import pos_tags
from retrieval.types import Passage, Vocabulary

__all__ = ["NO_LIKE_FIGURES", "one_count_each", "weighed_alike", "weighed_in_quotes"]

# A verdict asked of sides whose figures count different things.
NO_LIKE_FIGURES = "各方报告未给出同一事项的可比数字，无法比较。"
_TIMES = ("次", "场次", "期", "轮", "场")
# The share of a field's words a sentence says to be read for its figures.
_SAYS_FIELD = 0.5
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
    weighed = {(f.pick.passage.source, f.value, f.unit) for _, fs in rows for f in fs}
    agrees = all((f.pick.passage.source, f.value, f.unit) in weighed for f in stated)
    # "案卷评查…额敏跟普兰比": the field's own thing, which a side's figure is of.
    field = _field(plan)
    return lines if not stated or (agrees and any(noun in field for noun, _ in rows)) else None


def _field(plan: Plan) -> str:
    return without_aspects(BARE_COUNT.sub("", measured(plan.topic)))


def _weighed(
    plan: Plan, found: Sequence[Found], vocabulary: Vocabulary, verdict: Verdict
) -> tuple[Lines, list[tuple[str, list[Figure]]]] | None:
    """``weighed_alike``'s lines, and the things weighed."""
    field = _field(plan)
    order = order_of(plan.topic)
    lines = Lines()
    if len(found) < 2:
        return None
    sides = [
        (group.group.label or "", _counted(_saying(field, group.passages, vocabulary)))
        for group in found
    ]
    (first, ours), others = sides[0], sides[1:]
    # "案卷126件", "案卷66件", "案卷104份": a thing every side counts, in measures alike.
    rows = [
        (noun, [mine, *theirs])
        for noun, mine in ours.items()
        if all(noun in counted for _, counted in others)
        and all(comparable_units(mine.unit, counted[noun].unit) for _, counted in others)
        for theirs in [[counted[noun] for _, counted in others]]
    ]
    if not rows or not all(label for label, _ in sides):
        return None
    labels = [label for label, _ in sides]
    each = {label: [figures[i] for _, figures in rows] for i, label in enumerate(labels)}
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
    by, times = asks_difference(plan.topic), asks_ratio(plan.topic)
    for noun, figures in rows:
        cited = {label: _mark(lines, figure) for label, figure in zip(labels, figures, strict=True)}
        sided = list(zip(labels, figures, strict=True))
        judged = verdict(sided, order, plan.topic, cited, by, times)
        # (One thing weighed is what the question asks; only several are told apart.)
        lines.lines.append(f"{noun}：{judged}" if len(rows) > 1 else judged)
    return lines, rows


def weighed_in_quotes(
    plan: Plan, found: Sequence[Found], quoted: Lines, vocabulary: Vocabulary, verdict: Verdict
) -> Lines | None:
    """``weighed_alike``, when the things every side counts are weighed in the sentences
    ``quoted`` for the field, or are named by the field; else None."""
    alike = _weighed(plan, found, vocabulary, verdict)
    if alike is None:
        return None
    lines, rows = alike
    nouns = [noun for noun, _ in rows]
    # "矛盾纠纷化解…对比": a thing the field names itself is its own count, wherever said.
    field = _field(plan)
    return lines if _quoted_already(lines, quoted) or all(n in field for n in nouns) else None


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
        if mention.percent or not mention.unit or mention.dated:
            continue
        start = max((m.end() for m in CLAUSE_END.finditer(text, 0, mention.start)), default=0)
        end = next((m.start() for m in CLAUSE_END.finditer(text, mention.end)), len(text))
        closes = text.find(mention.unit, mention.end) + len(mention.unit)
        after = pos_tags(text[closes:end])
        before = pos_tags(text[start : mention.start])
        # "案卷评查2次", "培训3次": times right after a doing count the doing (评查, 培训), not
        # the noun before it.
        last = next(((w, flag) for w, flag in reversed(before) if len(w) > 1), ("", ""))
        doing = [last[0]] if last[1][:1] == "v" and mention.unit in _TIMES else []
        nouns = [w for w, flag in after[:1] if flag.startswith("n") and len(w) > 1] or (
            doing or [w for w, flag in before if flag.startswith("n") and len(w) > 1][-1:]
        )
        if not nouns:
            continue
        period = period_of(text[: mention.start])
        written = text[mention.start : closes]
        figure = Figure(pick, written, mention.value, False, period, mention.start, mention.unit)
        counted.append((nouns[0], figure))
    return counted
