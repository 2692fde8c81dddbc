"""The difference between two figures of one report, asked by 比 between two things.

"法律顾问经费比普法经费多几万", "热线受理的比办结的多几件": both figures are the report's,
each cited to its own sentence; the difference is computed from them only, as a comparison's
verdict is, and said after the fact answer.
"""

from __future__ import annotations

import re
from decimal import Decimal

from retrieval.answer.cite import own_citation, subject
from retrieval.answer.comparison import verdict
from retrieval.answer.pick import Figure
from retrieval.answer.stated_figures import (
    figure_at,
    figure_label,
    figure_of,
    stated_after,
)
from retrieval.answer.summed import in_multiple_asked, said_total
from retrieval.answer.thing_labels import thing_label
from retrieval.query.joints import joined_pieces
from retrieval.query.measure import THING_COUNTED
from retrieval.query.order import order_of
from retrieval.query.plan import Plan
from retrieval.query.units import comparable_units
from retrieval.query.verdicts import TOTAL_OF_TWO
from retrieval.schema import Answer
from retrieval.search.evidence import Found
from retrieval.text.numbers import numbers_in
from retrieval.text.words import names_noun, pos_tags
from retrieval.types import Vocabulary

__all__ = [
    "HELD_IN",
    "with_difference",
    "with_total",
]

# "A比B多多少", "A比B少了几件", "A比B高出多少": two things of one report and how far apart.
_WITHIN = re.compile(
    r"(?P<a>[^，,。？?；;！!]{2,40}?)比(?P<b>[^，,。？?；;！!\s]{2,30}?)[多少高低]出?了?(?:多少|几)"
    # "A和B差多少", "A与B相差几件": how far apart, in either order.
    r"|(?P<a2>[^，,。？?；;！!]{2,40}?)(?:和|与|跟|同)(?P<b2>[^，,。？?；;！!\s]{2,30}?)"
    r"(?:之间)?(?:相)?差(?:了|距|额)?(?:是|有)?(?:多少|几)"
    # "A是B的几倍": how many times the other one is.
    r"|(?P<a3>[^，,。？?；;！!]{2,40}?)(?:是|为|相当于)(?P<b3>[^，,。？?；;！!\s]{2,30}?)的(?:几|多少)倍"
    # "A和B各多少件，哪个多": which is more.
    r"|(?P<a4>[^，,。？?；;！!]{2,40}?)(?:和|与|跟)(?P<b4>[^，,。？?；;！!\s]{2,30}?)(?:各|分别)(?:[\u4e00-\u9fff]了)?(?:是|有)?"
    r"(?:多少|几)[\u4e00-\u9fff]?[，,？?\s]*(?:哪个|哪样|哪项|谁)(?:更)?[多少高低]"
)
# "…多少件，…多少件，两者差多少": the two things counted just before, how far apart.
_BOTH_APART = re.compile(
    r"^(?:那)?(?:两者|二者|它俩|这两个|这俩|两个|两项)(?:之间)?(?:相)?差(?:了|距)?(?:是|有)?(?:多少|几)"
)


def _pair_pointed(topic: str) -> str:
    """``topic`` asked as "A和B差多少" when its last clause asks how far apart the two things
    its clauses before count are ("公证办理了多少件，法律援助多少件，两者差多少"); else ""."""
    clauses = [c for c in re.split(r"[，,；;？?。]+", topic) if c.strip()]
    if len(clauses) < 3 or not _BOTH_APART.match(clauses[-1].strip()):
        return ""
    things = [m["thing"] for c in clauses[-3:-1] if (m := THING_COUNTED.match(c.strip()))]
    return f"{things[0]}和{things[1]}差多少" if len(things) == 2 else ""


# "办件里咨询", "检查码库里企业": what holds a thing, no part of its name.
HELD_IN = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:里面|里|当中|之中)(?=[\u4e00-\u9fff]{2})")
_COUNT_OF = re.compile(r"的?(?:件数|个数|人数|数量|次数)$")
# What leads a question, not the thing it asks of.
_LEAD = re.compile(r"^(?:请问|那么?|还有)?(?:(?:\d{4}年?)?以来)?的?")


def with_difference(plan: Plan, found: Found, vocabulary: Vocabulary, answer: Answer) -> Answer:
    """``answer`` with a line stating how far apart two things of its report are, when the
    question asks it ("A比B多多少") and the report states both in one family of measures."""
    asked = _WITHIN.search(plan.topic) or _WITHIN.search(_pair_pointed(plan.topic))
    if asked is None:
        return answer
    times = asked["a3"] is not None
    which = asked["a4"] is not None
    either = asked["a"] is None and not (times or which)
    a, b = (
        (asked["a3"], asked["b3"])
        if times
        else (asked["a4"], asked["b4"])
        if which
        else (asked["a2"], asked["b2"])
        if either
        else (asked["a"], asked["b"])
    )
    if answer.abstained and not (either or times or which):
        return answer
    # ("办件里咨询的件数": what holds the thing, and the count word, name no thing of theirs.)
    first, second = _things(*(_COUNT_OF.sub("", HELD_IN.sub("", x.strip())) for x in (a, b)))
    found_figures = [figure_of(thing, found, vocabulary) for thing in (first, second)]
    figures = [f for f in found_figures if f is not None and f.value is not None and not f.percent]
    if len(figures) < 2 or not comparable_units(figures[0].unit, figures[1].unit):
        return answer
    # ("注销…执法证件57人，…持证执法人员585人": a figure whose clause misses the thing's own
    # words gives way to the one of its sentence whose clause says them.)
    figures = [
        _in_own_clause(thing, other, f, vocabulary)
        for thing, other, f in ((first, second, figures[0]), (second, first, figures[1]))
    ]
    pairs = ((first, second, figures[0]), (second, first, figures[1]))
    if not all(_own_clause(thing, other, f, vocabulary) for thing, other, f in pairs):
        return answer
    # The figures' sentences are cited on from the fact answer's citations, in a copy.
    answer = answer.model_copy(update={"citations": list(answer.citations)})
    # "受理的": the thing's label without the 的 the verdict adds itself.
    labels = [thing_label(first).rstrip("的"), thing_label(second).rstrip("的")]
    marks = {
        label: f"[{own_citation(answer, f)}]" for label, f in zip(labels, figures, strict=True)
    }
    # The clause asking the difference says more or less (not a rate asked beside it).
    clause = asked.group()
    sides = list(zip(labels, figures, strict=True))
    judged = verdict(sides, order_of(clause), clause, marks, by=not (times or which), times=times)
    if answer.abstained:
        # No one sentence answers the joined question; the figures' sentences do.
        passage = figures[0].pick.passage
        text = f"{subject(passage.region, passage.title, passage.source)}：{judged}"
        return answer.model_copy(update={"answer": text, "abstained": False})
    return answer.model_copy(update={"answer": f"{answer.answer}\n{judged}"})


_SHARED_OPENING = re.compile(r"^[^、，,]*的(?=[\u4e00-\u9fff]{2})")


def with_total(plan: Plan, found: Found, vocabulary: Vocabulary, answer: Answer) -> Answer:
    """``answer`` with a line adding up things of its report, when the question asks it ("A和B
    加起来一共多少", "A、B和C合计多少") and the report states each, exactly, in one measure:
    each figure cited to its own sentence, the total said as added here, never as the
    report's."""
    each = _EACH_THEN_SUM.search(plan.topic)
    # ("A和B各多少户？合计多少户": the things of the clause before, added up.)
    joined = f"{each['things']}合计多少{each['measure']}" if each else ""
    asked = TOTAL_OF_TWO.search(plan.topic) or TOTAL_OF_TWO.search(joined)
    if asked is None:
        return answer
    # "行政职权里A、B、C": the things added are named after what holds them, which the
    # sentence counting them names too.
    first_named = asked["a"].strip().lstrip("的")
    holder = _HOLDER.match(first_named)
    # "全县办的A、B、C": what opens the list before 的 says of them all, no part of the first;
    # of one thing ("自治区督察反馈的问题和地区…") it may be its own ("上门免收的现场费跟…"
    # reads 现场费 when the whole is not found).
    opened = _SHARED_OPENING.sub("", first_named)
    tried = [first_named] if holder else [opened] if "、" in first_named else [first_named, opened]
    for named in dict.fromkeys(tried):
        summed = _summed(named, asked["b"].strip(), holder, found, vocabulary)
        # (Read without its opening, the first thing's sentence still says the opening's words:
        # "上门办理…减免现场费", not another feedback's "述法反馈的5条".)
        opening = first_named[: len(first_named) - len(named)]
        words = [w for w in vocabulary.words(opening) if len(w) > 1]
        if summed is not None and all(w in summed[1][0].pick.text for w in words):
            break
    else:
        return answer
    things, exact = summed
    answer = answer.model_copy(update={"citations": list(answer.citations)})
    said = [
        f"{figure_label(t, f)}{f.written}[{own_citation(answer, f)}]"
        for t, f in zip(things, exact, strict=True)
    ]
    values = [f.value for f in exact if f.value is not None]
    total = said_total([f.written for f in exact], values, exact[0].unit or "")
    again = in_multiple_asked(plan.topic, sum(values, Decimal(0)), total)
    line = f"{'、'.join(said[:-1])}与{said[-1]}合计{total}{again}（按所引数字相加）"
    if answer.abstained:
        # No one sentence answers the joined question; the figures' sentences do.
        passage = exact[0].pick.passage
        text = f"{subject(passage.region, passage.title, passage.source)}：{line}"
        return answer.model_copy(update={"answer": text, "abstained": False})
    return answer.model_copy(update={"answer": f"{answer.answer}\n{line}"})


# "A和B各多少户？合计多少户": the things asked each, then their sum asked alone.
_EACH_THEN_SUM = re.compile(
    r"(?P<things>[^，,。？?；;！!]{4,40}?)各(?:有|是|为)?(?:多少|几)(?P<measure>[\u4e00-\u9fff]?)"
    r"[？?，,；;\s]*(?:那|那么|再)?(?:合计|一共|总共|加起来|合起来)(?:一共|共)?(?:有|是)?(?:多少|几)"
)
# A verb or a noun of doing (咨询, 投诉): what a count of matters is of.
_DOING = re.compile(r"vn?$")
_INSIDE = re.compile(r"(?:里面|里头|当中|里|中)$")
# "50余件", "近百人": approximate figures add up to no exact total.
_APPROXIMATE = re.compile(r"[余多约近]")


def _summed(
    first_named: str,
    second_named: str,
    holder: re.Match[str] | None,
    found: Found,
    vocabulary: Vocabulary,
) -> tuple[list[str], list[Figure]] | None:
    """The things a sum names (the first of them ``first_named``, what holds them ``holder``)
    and each one's figure, when the report states each, exactly, in one measure, in a clause
    of its own; None else."""
    *before, last = _listed(_HOLDER.sub("", first_named), vocabulary)
    first, *after = _listed(second_named, vocabulary)
    things = [*before, *_things(last, first), *after]
    held = figure_of(_HOLDER_END.sub("", holder.group()), found, vocabulary) if holder else None
    near = Found(found.group, [held.pick.passage]) if held else found
    figures = [
        stated_after(t, near) or figure_of(t, near, vocabulary) or figure_of(t, found, vocabulary)
        for t in things
    ]
    exact = [f for f in figures if f is not None and f.value is not None and not f.percent]
    if len(exact) < len(things) or len({f.unit for f in exact}) != 1 or not exact[0].unit:
        return None
    spots = {(f.pick.passage.source, f.pick.start, f.at) for f in exact}
    if any(_APPROXIMATE.search(f.written) for f in exact) or len(spots) < len(exact):
        return None
    others = ["".join(t for t in things if t != thing) for thing in things]
    pairs = zip(things, others, exact, strict=True)
    if not all(_own_clause(t, o, f, vocabulary) for t, o, f in pairs):
        return None
    return things, exact


def _things(first: str, second: str) -> tuple[str, str]:
    """The two things, the field the first names before a space or comma said of the second
    too when the second names none of its own ("热线 受理的" 比 "办结的")."""
    first = _LEAD.sub("", first)
    field, _, own = first.rpartition(" ")
    named = names_noun(second)
    if field and not named:
        return f"{field}{own}", f"{field}{second}"
    tagged = pos_tags(first)
    alone = pos_tags(second)
    # "12345热线咨询比投诉": one word against the last of a longer phrase, whose words before
    # (the hotline) are said of both.
    if (
        not field
        and len(alone) == 1
        and len(tagged) > 1
        and _DOING.match(alone[0][1])
        and _DOING.match(tagged[-1][1])
        and len(tagged[-1][0]) > 1
    ):
        lead = _INSIDE.sub("", first[: len(first) - len(tagged[-1][0])])
        return f"{lead}{tagged[-1][0]}", f"{lead}{second}"
    return first.replace(" ", ""), second


# "行政职权里…", "办件当中…": what holds the things a question adds up.
_HOLDER = re.compile(r"^[^，,、]{2,12}?(?:里面|里头|当中|之中|里|中)(?=[\u4e00-\u9fff]{2})")
_HOLDER_END = re.compile(r"(?:里面|里头|当中|之中|里|中)$")

_CLAUSE_END = re.compile(r"[，,；;。：:]")


def _in_own_clause(thing: str, other: str, figure: Figure, vocabulary: Vocabulary) -> Figure:
    """``figure``, or the figure of its sentence in its measure whose clause says the words
    that set ``thing`` apart from ``other``, where ``figure``'s own clause does not."""
    if _own_clause(thing, other, figure, vocabulary):
        return figure
    for mention in numbers_in(figure.pick.text):
        moved = figure_at(figure.pick, mention)
        if moved.unit == figure.unit and _own_clause(thing, other, moved, vocabulary):
            return moved
    return figure


def _own_clause(thing: str, other: str, figure: Figure, vocabulary: Vocabulary) -> bool:
    """True when the clause stating ``figure`` says the words that set ``thing`` apart from
    ``other`` ("注销执法" of 注销执法证的人数 beside 参加考试的人数): a figure bound to a clause
    missing one may be a third thing's ("现有持证执法人员585人"), and a difference of it none."""
    text, at = figure.pick.text, figure.at
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    end = _CLAUSE_END.search(text, at)
    clause = text[(starts[-1] if starts else 0) : end.start() if end else len(text)]
    own = [w for w in set(vocabulary.words(thing)) - set(vocabulary.words(other)) if len(w) > 1]
    # ("资格考试" said with a word between, "资格认证考试", is said.)
    return bool(own) and all(
        word in clause or (len(word) > 2 and all(c in clause for c in word)) for word in own
    )


def _listed(things: str, vocabulary: Vocabulary) -> list[str]:
    """The things of "A、B和C" one by one (``things.joined_pieces``: a 和 inside a word of the
    reports, 和解, joins nothing)."""
    return [p for p in joined_pieces(things, vocabulary, either=False) if p.strip()] or [things]
