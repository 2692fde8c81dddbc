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

from retrieval.answer.admitted import admitted_verdict
from retrieval.answer.apart import difference, like_measures, ratio, relative_line
from retrieval.answer.clause_figures import sets_floor
from retrieval.answer.common_measure import in_common_measure, side_asked
from retrieval.answer.figures import FigureFinder
from retrieval.answer.like_figures import (
    NO_LIKE_FIGURES,
    one_count_each,
    weighed_alike,
    weighed_in_quotes,
)
from retrieval.answer.periods import period_note
from retrieval.answer.pick import Figure
from retrieval.answer.rows import NOT_STATED, Lines, snippet, with_companions
from retrieval.answer.side_lines import (
    COUNTED,
    HOW,
    asks_data,
    figures_line,
    kinds_line,
    not_stated,
    sentence_line,
)
from retrieval.answer.totals import average_of_total, share_of_total, total, unit_note
from retrieval.answer.worked_rate import worked_rate
from retrieval.query.across_shape import asks_order
from retrieval.query.annotations import asks_what_and_count
from retrieval.query.aspects import without_aspects
from retrieval.query.measure import BARE_COUNT, measured
from retrieval.query.order import Order, order_of
from retrieval.query.plan import Plan
from retrieval.query.verdicts import (
    asks_better,
    asks_difference,
    asks_ratio,
    asks_sum,
    asks_verdict,
    asks_which_more,
    without_sum,
)
from retrieval.query.weights import topic_words
from retrieval.schema import Answer
from retrieval.search.evidence import Found
from retrieval.types import Vocabulary, report_name

__all__ = [
    "comparison_answer",
    "compose_comparison",
    "judged_asked",
    "not_stated",
    "verdict",
    "weighable",
]

_HIGH_LOW = re.compile(r"[高低]|率|比例|占比")
_EARLY_LATE = re.compile(r"[早晚]")
# Measures that count people alike: a difference between 585人 and 9名 is in people.


def compose_comparison(plan: Plan, found: Sequence[Found], vocabulary: Vocabulary) -> Answer:
    """One cited line per side, then the verdict when one is asked; abstains when no side
    answers."""
    left_out = plan.excluded
    topic = plan.topic
    asked = side_asked(topic)
    shared = FigureFinder(asked, vocabulary, named=True, whole=True, kinds=True, excluded=left_out)
    common = in_common_measure(plan, found, vocabulary, shared) if judged_asked(topic) else None
    if common is not None:
        # "评查这块哪边查得多": weighed in the measure every side counts the thing in.
        return compose_comparison(common, found, vocabulary)
    lines = Lines()
    loose = not COUNTED.search(topic)
    sides: list[tuple[str, Figure | None]] = []
    # The citation of each side's figure: the verdict and the note cite what they compare.
    marks: dict[str, str] = {}
    silent: list[str] = []
    # The sides' quotes of a field compared with no count asked.
    quotes: list[tuple[str, Found, str | None]] = []
    for group in found:
        label = group.group.label or (report_name(group.passages[0]) if group.passages else "")
        own = group.group.topic
        # A side asked its own thing ("A现有的X，是不是比B的Y多") binds its own figure.
        finder = (
            FigureFinder(own, vocabulary, named=True, whole=True, kinds=True, excluded=left_out)
            if own and shared.counts
            else shared
        )
        asked = finder.asked
        figure = finder.find(group.passages) if finder.counts else None
        if figure is None and finder is not shared and shared.counts:
            # A side's own words may be stricter than the report's ("审查的发文" for "以…名义
            # 发文,开展合法合规性审查,全年审查22件"): the question read whole binds it.
            finder, asked = shared, shared.asked
            figure = shared.find(group.passages)
        if figure is None and finder.counts and plan.context:
            # "这俩谁覆盖的企业多" after turns on 扫码入企: of what the turns were about.
            carried = topic_words(plan.context, vocabulary) + asked
            again = FigureFinder(
                carried, vocabulary, named=True, whole=True, kinds=True, excluded=left_out
            )
            figure = again.find(group.passages)
        if figure is None and shared.expected.rates:
            # "调解和解率比谁高" of a side counting the cases and those settled: its rate,
            # worked out from them.
            figure = worked_rate(topic, group, vocabulary)
        sides.append((label, figure))
        if figure is not None:
            n = lines.cite(figure.pick.passage, figure.pick.start, figure.pick.end)
            marks[label] = f"[{n}]"
            whole_run = asks_what_and_count(plan.question)
            # ("执法证方面写了什么数字": the field's figures, each side's run of them.)
            quote = (
                with_companions(figure, asked, before=whole_run)
                if plan.companions or asks_data(topic)
                else snippet(figure, asked)
            )
            lines.lines.append(f"{label}：{quote}[{n}]")
            lines.row(figure.pick.passage, figure.written or None, n)
            continue
        if finder.counts:
            # "案卷评查比一比": a side that does not count the thing as read, where no count
            # was asked in so many words, gives its figures of the field, weighed by none.
            field = BARE_COUNT.sub("", asked)
            if loose and figures_line(lines, label, group, field, vocabulary):
                continue
            # "…各办了多少", no verdict asked: a side counting only kind by kind shows them.
            if not judged_asked(topic) and kinds_line(lines, label, group, asked, vocabulary):
                continue
            silent.append(not_stated(lines, label, group, asked, vocabulary))
        else:
            # What each side did ("两边做法有啥不同"): the topic, layout and aspect words aside.
            asked = own or without_aspects(measured(topic)) or topic
            # ("写了什么数字": the figures are what is asked, however it is put.)
            figures = not HOW.search(topic) or asks_data(topic)
            said = figures_line(lines, label, group, asked, vocabulary) if figures else None
            quotes.append((label, group, said))
            if said is None:
                sentence_line(lines, label, group, asked, vocabulary)
    # ("满意度跟普兰比": a rate a side does not state is no field whose other counts weigh.)
    rated = bool(shared.expected.rates)
    if shared.counts and not rated and any(f is None for _, f in sides) and judged_asked(topic):
        # "X情况…跟Y比哪个多": no count of X a side states as read, the things every side
        # counts are weighed.
        told = [f for _, f in sides if f is not None]
        alike = weighed_alike(plan, found, vocabulary, verdict, told)
        if alike is not None:
            return comparison_answer(plan, alike, found)
    # Sides without a figure come after those with one: each cited line stays its own claim.
    lines.lines.extend(silent)
    if quotes and len(quotes) == len(found) >= 2:
        # "主动公开政府信息，A和B比一下": each side's field states one figure of one count.
        judged = one_count_each(quotes, measured(topic), lines, vocabulary, plan, verdict)
        if judged:
            lines.lines.append(judged)
            return comparison_answer(plan, lines, found)
        # ("各自怎样，谁干得好": how each did, then which did better, still weighed.)
        owned = any(group.group.topic for group in found) or (
            HOW.search(topic) and not asks_better(topic)
        )
        if asks_which_more(topic) and not owned and lines.citations:
            # "X情况对比": which is more is asked of a field each side counts in its own way;
            # the things both count are weighed, else the asker is told none is ("怎么写的，
            # 比较一下" asks how each says it; sides asked their own things are the asker's).
            alike = weighed_in_quotes(plan, found, lines, vocabulary, verdict)
            if alike is not None:
                return comparison_answer(plan, alike, found)
            # ("谁做得好": one side listing it among its problems is the worse of them.)
            better = admitted_verdict(lines, found) if asks_better(topic) else ""
            lines.lines.append(better or NO_LIKE_FIGURES)
    stated = [(label, f) for label, f in sides if f is not None and f.value is not None]
    # Figures of other periods ("2025年全年", "自启动以来") are said so before a sum or a
    # verdict; a floor a plan sets ("不少于4次") belongs to no period of counting.
    floors = any(sets_floor(f.written) for _, f in stated)
    periods = (
        ""
        if floors
        else period_note([(label, f.period, f.pick.passage.year) for label, f in stated], marks)
    )
    if asks_sum(topic) and shared.counts and len(sides) > 1:
        lines.lines.extend(note for note in (periods,) if note)
        lines.lines.append(total(sides, marks))
        # "…，额敏占多少", "…，平均每家多少": of the sum just told.
        shared_of = plan.share_of and share_of_total(sides, plan.share_of, marks)
        mean = plan.averaged and average_of_total(sides)
        lines.lines.extend(line for line in (shared_of, mean) if line)
        if judged_asked(without_sum(topic)) and weighable(sides):
            # "…合计多少，哪个更多": the sum, then which is more.
            lines.lines.append(_judged(plan, sides, shared, marks))
    # Sides set in order ("三地…排个序", "谁最多") are judged as a verdict ranks them; figures
    # set side by side unasked ("各审了多少") are judged too, once two are stated: which is
    # more is what a comparison is read for.
    elif asks_what_and_count(plan.question) and plan.companions:
        # "各建了些啥、多少个": each side's run of things, no one thing weighed for them all.
        lines.lines.extend(note for note in (periods,) if note)
    elif shared.counts and (judged_asked(topic) or weighable(sides)):
        lines.lines.extend(note for note in (periods, unit_note(stated, marks)) if note)
        lines.lines.append(_judged(plan, sides, shared, marks))
    return comparison_answer(plan, lines, found)


def _judged(
    plan: Plan,
    sides: Sequence[tuple[str, Figure | None]],
    shared: FigureFinder,
    marks: Mapping[str, str],
) -> str:
    """The verdict line on the sides' figures, of those counted alike."""
    topic = plan.topic
    weighed, apart = like_measures(sides, shared.expected.unit)
    judged = verdict(
        weighed, order_of(topic), topic, marks, asks_difference(topic), asks_ratio(topic)
    )
    share_apart = relative_line(weighed, marks) if plan.relative else ""
    judged = f"{judged}\n{share_apart}" if share_apart else judged
    if apart and not weighed:
        # No two sides count alike: which is more is no question their figures answer.
        return f"{'、'.join(apart)}的数字计量单位不同，无法直接比较。"
    if apart:
        # Figures in measures of another family ("60学时" beside "4次") are not ordered.
        return f"{judged[:-1]}；{'、'.join(apart)}的数字计量单位不同，未参与比较。"
    return judged


def judged_asked(topic: str) -> bool:
    """True when the question asks a verdict or an order of its sides."""
    return asks_verdict(topic) or asks_order(topic)


def weighable(sides: Sequence[tuple[str, Figure | None]]) -> bool:
    """True when two sides or more state a figure, which a verdict can weigh."""
    return sum(1 for _, f in sides if f is not None and f.value is not None) >= 2


def comparison_answer(plan: Plan, lines: Lines, found: Sequence[Found]) -> Answer:
    """The comparison's answer from its lines (an abstention when they cite nothing)."""
    return Answer(
        question=plan.question,
        answer="\n".join(lines.lines),
        abstained=not lines.citations,
        kind="comparison",
        rows=lines.rows,
        citations=lines.citations,
        searched=[source for group in found for source in group.group.sources or ()],
    )


def verdict(
    sides: Sequence[tuple[str, Figure | None]],
    order: Order,
    topic: str,
    marks: Mapping[str, str] | None = None,
    by: bool = False,
    times: bool = False,
) -> str:
    """The verdict line from the sides' figures: the winner first ("A为38件[1]，多于B的11件[2]。"),
    "相同" when equal, or why there is none (sides stating a figure are weighed though another
    states none); ``marks`` cite each side's figure. ``by``: the
    question asks by how much, and two exact figures in one measure state the difference
    ("A为38件[1]，比B的11件[2]多27件。"). ``times``: it asks how many times one is the other,
    and the larger is a multiple of the smaller ("A为963件[1]，是B的85件[2]的约11.3倍。")."""
    mark = (marks or {}).get
    missing = [label for label, f in sides if f is None or f.value is None]
    known = [(label, f) for label, f in sides if f is not None and f.value is not None]
    if missing and len(known) >= 2:
        # Three sides or more, one silent: the others are still weighed.
        judged = verdict(known, order, topic, marks, by, times)
        return f"{judged[:-1]}；{'、'.join(missing)}{NOT_STATED}可比较的数字。"
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
        multiple = ratio(a, b) if times and not _EARLY_LATE.search(topic) else ""
        apart = difference(a, b) if by and not _EARLY_LATE.search(topic) else ""
        if multiple and apart:
            # Both asked ("差多少？是几倍？"): the difference, then the multiple of the same other.
            other = f"{second}的{b.written}{mark(second, '')}"
            return f"{first_part}，比{other}{word[0]}{apart}；{first}是{second}的{multiple}倍。"
        if multiple:
            return f"{first_part}，是{second}的{b.written}{mark(second, '')}的{multiple}倍。"
        if apart:
            return f"{first_part}，比{second}的{b.written}{mark(second, '')}{word[0]}{apart}。"
        return f"{first_part}，{word}{second}的{b.written}{mark(second, '')}。"
    # Sides stating the same figure share a place: none of them leads the others.
    tied = [label for label, f in ranked if f.value == a.value]
    if len(tied) == len(ranked):
        cited = "".join(mark(label, "") for label in tied)
        return f"{'、'.join(tied)}相同，均为{a.written}{cited}。"
    rest = "、".join(f"{label}（{f.written}{mark(label, '')}）" for label, f in ranked[len(tied) :])
    if len(tied) > 1:
        cited = "".join(mark(label, "") for label in tied)
        return f"{'、'.join(tied)}并列最{word[0]}，均为{a.written}{cited}；其后依次为{rest}。"
    return f"{first}为{a.written}{mark(first, '')}，最{word[0]}；其后依次为{rest}。"


def _words(topic: str, percent: bool) -> tuple[str, str]:
    if _EARLY_LATE.search(topic):
        return "晚于", "早于"
    if percent or _HIGH_LOW.search(topic):
        return "高于", "低于"
    return "多于", "少于"
