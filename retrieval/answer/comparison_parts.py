"""Comparisons of several things at once ("培训次数和参训人次，A跟B比怎么样"): each side's
figure for each thing, cited, on one line per side, then a verdict per thing.

Each thing is bound as a comparison of it alone would bind it (``FigureFinder``), and each
verdict is computed only from the cited figures of its thing, as ``comparison.verdict`` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from retrieval.answer.apart import UNLIKE_MEASURES, like_measures, unlike
from retrieval.answer.asked_apart import BARE_ASK, asked_apart
from retrieval.answer.comparison import (
    comparison_answer,
    judged_asked,
    verdict,
    weighable,
)
from retrieval.answer.figures import FigureFinder
from retrieval.answer.periods import period_note
from retrieval.answer.pick import Figure
from retrieval.answer.rows import Lines, snippet, with_companions
from retrieval.answer.side_lines import not_stated
from retrieval.answer.thing_labels import thing_label
from retrieval.answer.totals import unit_note
from retrieval.query.about_answer import without_period_asks
from retrieval.query.asked_beside import without_clauses
from retrieval.query.field_lists import asked_in_turn, listed_after_colon, listed_after_field
from retrieval.query.measure import measured
from retrieval.query.noun_measures import doing_of_object
from retrieval.query.order import order_of
from retrieval.query.plan import Plan
from retrieval.query.things import parts
from retrieval.query.units import as_attendances
from retrieval.query.verdicts import asks_difference, asks_ratio, sum_only, without_sum
from retrieval.query.weights import weighty_words
from retrieval.schema import Answer
from retrieval.search.evidence import Found
from retrieval.text.lexicon import contains
from retrieval.text.numbers import measure_after, numbers_in
from retrieval.types import Passage, Vocabulary, report_name

__all__ = ["compare_parts"]

# What parts the items of a run ("评查2次、抽查案卷104份").
_ITEM_MARKS = "，,；;。、"
_SIZE_ONLY = re.compile(r"规模|力度|体量|工作量")
# A region's own thing, then the conjunction before the next region ("审查的发文和").
# ("A报告和B报告": each name's report, no thing of its own.)
_OWN_THING = re.compile(
    r"^(?!的?(?:报告|材料)(?:和|跟|与|同|及)$)[^，,。？?]{2,}(?:和|跟|与|同|及)$"
)


def compare_parts(plan: Plan, found: Sequence[Found], vocabulary: Vocabulary) -> Answer | None:
    """The comparison of every thing ``plan`` asks of each side; None unless it asks two or
    more things that each count, and asks every side the same (no side's own thing)."""
    # "对比…案卷评查：抽查的案卷数、整改的问题数": the field leads each thing listed after it.
    # "…差多少件？那个是一年的数吗": the period is told by the note on periods.
    topic = without_period_asks(plan.topic)
    # ("…接收了多少件，加起来一共多少件": a sum naming nothing is of the thing before it.)
    topic = without_clauses(topic, sum_only)
    listed = (
        listed_after_colon(topic)
        or listed_after_field(topic, vocabulary)
        # "…的情况，各受理多少件？调解和解情况？": a thing a sentence, of the field led with.
        or asked_in_turn(topic, led=True)
    )
    things = (
        asked_apart(topic, vocabulary)
        or [measured(thing) for thing in listed]
        or parts(measured(topic), vocabulary, either=False)
    )
    # "…案卷数量；整改问题数；哪一方的评查规模更大": a size asked beside the counts is
    # judged by them, no thing of its own.
    if len(things) > 2:
        things = [thing for thing in things if not _SIZE_ONLY.search(thing)] or things
    # "…多少件，两个加起来一共多少": the same thing asked again, summed, is one thing.
    named = {BARE_ASK.sub("", without_sum(thing)): thing for thing in reversed(things)}
    things = [thing for thing in things if thing in named.values()]
    if len(things) < 2 or any(group.group.topic for group in found) or _side_bound(plan):
        return None
    finders = [FigureFinder(t, vocabulary, named=True, whole=True, kinds=True) for t in things]
    if not all(finder.counts for finder in finders):
        return None
    things, finders = _objects_where_no_times(things, finders, found, vocabulary)
    lines = Lines()
    # Per thing: each side's figure, and where it is cited.
    sides: list[list[tuple[str, Figure | None]]] = [[] for _ in things]
    marks: list[dict[str, str]] = [{} for _ in things]
    silent: list[str] = []
    for group in found:
        label = group.group.label or (report_name(group.passages[0]) if group.passages else "")
        figures = _first_bound(
            [_found(finder, group.passages, vocabulary) for finder in finders], things, vocabulary
        )
        said: list[str] = []
        for i, (finder, figure) in enumerate(zip(finders, figures, strict=True)):
            sides[i].append((label, figure))
            if figure is not None:
                n = lines.cite(figure.pick.passage, figure.pick.start, figure.pick.end)
                marks[i][label] = f"[{n}]"
                quote = (with_companions if plan.companions else snippet)(figure, finder.asked)
                said.append(f"{quote}[{n}]")
        stated = [figure for figure in figures if figure is not None]
        if not stated:
            silent.append(not_stated(lines, label, group))
            continue
        # Two things stated by the same words are quoted once.
        lines.lines.append(f"{label}：{'；'.join(dict.fromkeys(said))}")
        values = "；".join(figure.written for figure in stated if figure.written) or None
        first = stated[0].pick
        lines.row(first.passage, values, lines.cite(first.passage, first.start, first.end))
    lines.lines.extend(silent)
    asked = judged_asked(plan.topic)
    # Unasked, only the things two sides state figures of are judged.
    judged = [
        (thing, thing_sides, thing_marks)
        for thing, thing_sides, thing_marks in zip(things, sides, marks, strict=True)
        if asked or weighable(thing_sides)
    ]
    if lines.citations and judged:
        units = {thing: finder.expected.unit for thing, finder in zip(things, finders, strict=True)}
        _verdicts(plan.topic, judged, lines, units)
    return comparison_answer(plan, lines, found)


def _found(
    finder: FigureFinder, passages: Sequence[Passage], vocabulary: Vocabulary
) -> Figure | None:
    """The figure ``finder`` finds; for people asked of no sentence counting them, the
    attendances of a sentence saying every word asked ("参加的有多少人": 41人次)."""
    found = finder.find(passages)
    attended = as_attendances(finder.asked) if found is None else None
    if attended is None:
        return _own_item(found, finder, vocabulary) if found is not None else None
    again = FigureFinder(attended, vocabulary, named=True, whole=True, kinds=True).find(passages)
    return again if again is not None and again.pick.coverage >= 1.0 else None


def _objects_where_no_times(
    things: list[str], finders: list[FigureFinder], found: Sequence[Found], vocabulary: Vocabulary
) -> tuple[list[str], list[FigureFinder]]:
    """``things`` and their finders, a doing no side counts in times ("卷宗评查，谁评得多")
    asked instead as the count of what it was done to, where a side counts that ("评查案卷66
    件")."""
    things, finders = list(things), list(finders)
    for at, (thing, finder) in enumerate(zip(things, finders, strict=True)):
        other = doing_of_object(thing)
        if other is None or any(finder.find(group.passages) for group in found):
            continue
        again = FigureFinder(other, vocabulary, named=True, whole=True, kinds=True)
        if again.counts and any(again.find(group.passages) for group in found):
            things[at], finders[at] = other, again
    return things, finders


def _own_item(figure: Figure, finder: FigureFinder, vocabulary: Vocabulary) -> Figure:
    """``figure``, or the figure of the one other item of its run ("、") that says the head of
    ``finder``'s thing (its last word) where its own item does not, in the measure asked
    ("…评查这块：抽了几份" of "开展…案卷评查2次、抽查案卷104份": 104份)."""
    text, thing, asked = figure.pick.text, finder.asked, finder.expected.unit
    words = [w for w in weighty_words(thing, vocabulary) if len(w) > 1]
    head = _head(thing, words)
    if not head or contains(_clause_at(text, figure.at, _ITEM_MARKS), head):
        return figure
    others = [
        m
        for m in numbers_in(text)
        if m.start != figure.at
        and m.percent == figure.percent
        and contains(_clause_at(text, m.start, _ITEM_MARKS), head)
        # (Only an item of the same run: "评查2次、抽查案卷104份".)
        and _clause_at(text, m.start) == _clause_at(text, figure.at)
        and (asked is None or asked.search(_clause_at(text, m.start, _ITEM_MARKS)) is not None)
    ]
    if len(others) != 1:
        return figure
    (other,) = others
    unit = measure_after(text, other.end) or None
    return replace(
        figure, written=f"{other.raw}{unit or ''}", value=other.value, at=other.start, unit=unit
    )


def _head(thing: str, words: Iterable[str]) -> str:
    """The thing's head: of its words, the one it says last ("抽查" of 案卷评查抽查)."""
    return max(words, key=thing.rfind, default="")


def _first_bound(
    figures: list[Figure | None], things: Sequence[str], vocabulary: Vocabulary
) -> list[Figure | None]:
    """``figures`` with a figure bound to a thing before left out for a later thing whose own
    words and head its clause never says: one figure is no figure of two things ("法宣在线方面
    的数据" is not the 12期 of 逢九必讲, "调解和解" not the 38件 of "接收行政复议案件38件，调解
    和解率…"), unless it says both ("发现并纠正问题22个": 发现问题, 整改问题)."""
    seen: dict[tuple[str, int, int], set[str]] = {}
    kept: list[Figure | None] = []
    for figure, thing in zip(figures, things, strict=True):
        if figure is None:
            kept.append(None)
            continue
        key = (figure.pick.passage.source, figure.pick.start, figure.at)
        words = weighty_words(thing, vocabulary)
        before = seen.get(key)
        own = words - before if before is not None else set()
        clause = _clause_at(figure.pick.text, figure.at)
        # The thing's head said in the clause ("问题" of 整改问题 in "发现并纠正问题22个") names it
        # there, with the doing said its own way.
        head = _head(thing, words)
        unsaid = (
            before is not None
            and bool(own)
            and not any(contains(clause, w) for w in own)
            and not (head and contains(clause, head))
        )
        kept.append(None if unsaid and figure.written else figure)
        seen.setdefault(key, set()).update(words)
    return kept


def _clause_at(text: str, at: int, marks: str = "，,；;。") -> str:
    """The clause of ``text`` (between ``marks``, pauses) holding position ``at``; with "、"
    among the marks, the item of a run."""
    start = max(text.rfind(mark, 0, at) for mark in marks) + 1
    ends = [end for mark in marks if (end := text.find(mark, at)) >= 0]
    return text[start : min(ends, default=len(text))]


def _side_bound(plan: Plan) -> bool:
    """True when the things are joined between the regions ("A帮办代办的业务量和B政务大厅的
    办件量"): each is what one side is asked, not a thing asked of both."""
    spans = sorted(plan.route.spans)
    return len(spans) >= 2 and bool(_OWN_THING.match(plan.asked[spans[0][1] : spans[1][0]]))


def _verdicts(
    topic: str,
    judged: Sequence[tuple[str, Sequence[tuple[str, Figure | None]], dict[str, str]]],
    lines: Lines,
    asked: Mapping[str, re.Pattern[str] | None],
) -> None:
    """A note when the figures cover different periods or measures, then one verdict line per
    thing judged (the thing, each side's figure, each side's citation mark): "参训人次：…"."""
    # Each side's period is read from its first stated figure, cited as that figure is.
    seen: dict[str, Figure] = {}
    cited: dict[str, str] = {}
    for _, thing_sides, thing_marks in judged:
        for label, figure in thing_sides:
            if figure is not None and figure.value is not None and label not in seen:
                seen[label], cited[label] = figure, thing_marks[label]
    periods = period_note(
        [(label, f.period, f.pick.passage.year) for label, f in seen.items()], cited
    )
    if periods:
        lines.lines.append(periods)
    order, by, times = order_of(topic), asks_difference(topic), asks_ratio(topic)
    # A thing no side states a figure of, beside things weighed, is no verdict to give: read
    # from the request's other words ("如有…也请附上"), it would only say nothing compares.
    weighed = [t for t in judged if any(f is not None and f.value is not None for _, f in t[1])]
    things = weighed or judged
    read = [
        frozenset((label, f.written) for label, f in sides if f is not None and f.value is not None)
        for _, sides, _ in things
    ]
    for at, (thing, thing_sides, thing_marks) in enumerate(things):
        stated = [(label, f) for label, f in thing_sides if f is not None and f.value is not None]
        # Two things read to the same figures ("问题数", asked again to order by) are judged once;
        # one read to some of another's ("评查案卷" without 003's "抽查案卷104份", which "查的案
        # 卷" reads) is judged in the other's fuller verdict.
        if any(read[at] < other or (read[at] == other and i < at) for i, other in enumerate(read)):
            continue
        units = unit_note(stated, thing_marks)
        if units:
            lines.lines.append(units)
        # ("今年领到执法证的有几人": 216人取得 and 25本 are both in the measure asked.)
        unit = asked.get(thing)
        in_asked = unit is not None and not like_measures(thing_sides, unit)[1]
        said = (
            UNLIKE_MEASURES
            if unlike(thing_sides) and not in_asked
            else verdict(thing_sides, order, topic, thing_marks, by, times)
        )
        lines.lines.append(f"{thing_label(thing)}：{said}")
