"""The share of things a question adds up ("A和B加起来多少项，占总数的比例是多少": the sum in
the whole the report states them in), or of one of them in their sum ("A和B各多少户？合计多少
户，B占几成"), worked out from the figures one sentence lists, never said as the report's."""

from __future__ import annotations

import re
from decimal import Decimal

from retrieval.answer.abstain import ABSTAIN
from retrieval.answer.apart import percent
from retrieval.answer.breakdown import side_by_side
from retrieval.answer.cite import own_citation, subject
from retrieval.answer.pick import Figure
from retrieval.answer.stated_figures import figure_of
from retrieval.answer.summed import said_total
from retrieval.answer.within import HELD_IN
from retrieval.query.measure import THING_COUNTED
from retrieval.query.plan import Plan
from retrieval.schema import Answer
from retrieval.search.evidence import Found
from retrieval.text.numbers import NumberMention, numbers_in
from retrieval.types import Vocabulary

__all__ = ["PORTION", "WHOLE_BEFORE", "share_of_listed", "stated_whole", "sum_share"]

PORTION = r"(?:多大|多少)?的?(?:比例|比重|份额|占比|百分比|百分之多少|百分之几|几成)"
# "办件1020件,其中咨询815件": the whole a part is counted in, its figure before "其中".
WHOLE_BEFORE = re.compile(
    r"(?P<whole>[^，,；;。、]{2,30}?)\d+(?:\.\d+)?(?:万|亿)?(?P<unit>[^\d\s，,；;。]{0,2})[，,；;]?其中"
)
# "占总数的比例是多少": a share asked of the clause before, naming no part of its own.
_BARE_SHARE = re.compile(
    r"^(?:那|这|合计|两者|二者|它们)?(?:大概|大约)?(?:占|在)了?"
    r"(?:总数|全部|总量|总体|整体|合计|总共)(?:中|里)?的?"
    rf"(?:{PORTION}|多少)(?:是多少|是|为|有多少)?$"
)
# "行政许可和行政检查加起来多少项", "个体工商户和企业各多少户": the things a clause adds up
# or counts each, before its question word.
_ADDED = re.compile(
    r"^(?P<things>[\u4e00-\u9fff、和与及]{4,40}?)(?:加起来|合起来|合计|一共|总共|各)"
    r"(?:有|是|为)?(?:多少|几)(?P<measure>[\u4e00-\u9fff]?)"
)
_FILLER = re.compile(r"(?:大概|大约|大致|约)$")
# "（强制）占审批、强制两类合计的比例": a share of the sum of things listed.
_IN_LISTED_SUM = re.compile(
    r"^(?:那|那么)?(?P<part>[\u4e00-\u9fff]{2,12}?)?(?:大概|大约)?占了?"
    r"(?P<things>[\u4e00-\u9fff]{2,12}?(?:[、和与及][\u4e00-\u9fff]{2,12}?)+)"
    r"(?:[这那]?[两三四五六几](?:类|项|种|个))?(?:加起来|合起来|合计|加在一起|总和|总数)的?"
    rf"(?:{PORTION}|多少)(?:是多少)?[？?。！!\s]*$"
)

_NOUN_AFTER = re.compile(
    r"(?:多少|几)[件个项人名次家户份条]?(?P<thing>[\u4e00-\u9fff]{2,12})[？?。！!\s]*$"
)


def share_of_listed(
    plan: Plan, found: Found, vocabulary: Vocabulary, answer: Answer
) -> Answer | None:
    """``answer`` with the share of a thing in the sum of things the question lists ("占审批、
    强制两类合计的比例", the thing named before 占 or counted by the turn before);
    None when the question asks no such share."""
    listed = _IN_LISTED_SUM.match(plan.topic.strip())
    if listed is None:
        return None
    # ("办了多少件行政强制案件": the thing counted may be named after its count.)
    counted = _NOUN_AFTER.search(plan.context) or THING_COUNTED.search(plan.context)
    part = listed["part"] or (counted["thing"] if counted else "")
    if not part:
        return None
    said = [f"{listed['things']}加起来多少", f"{part}占多少"]
    return sum_share(said, part, found, vocabulary, answer) or answer


def sum_share(
    clauses: list[str], part: str, found: Found, vocabulary: Vocabulary, answer: Answer
) -> Answer | None:
    """``answer`` with the share worked out of the things a clause adds up or counts each: of
    ``part`` (one of them, named by the share's clause) in their sum, or, when ``part`` is "",
    of their sum in the whole their sentence states before "其中" (else the sum of the run
    they are listed in); None when no clause before the share names two things one sentence
    counts in one run."""
    part = _FILLER.sub("", part)
    at = next(
        (
            i
            for i, c in enumerate(clauses)
            if (part and part in c and "占" in c) or _BARE_SHARE.match(c)
        ),
        None,
    )
    added = (
        next((m for c in reversed(clauses[:at]) if (m := _ADDED.match(c))), None) if at else None
    )
    # ("检查码库里企业和个体工商户": what holds the things is no part of their names.)
    named = re.split(r"[、和与及]", added["things"]) if added else []
    things = [t for t in (HELD_IN.sub("", t) for t in named) if len(t) >= 2]
    measure = added["measure"] if added else ""
    stated = _listed(things, measure, found, vocabulary)
    if not stated and part:
        # "法律援助和公证加起来多少件，法律援助占比多少": figures of separate sentences, each
        # cited, add up as well (no whole of theirs to hold them).
        return _apart_share(things, measure, part, found, vocabulary, answer, clauses[at or 0])
    if not stated:
        return None
    text = stated[0].pick.text
    run = next((r for r in side_by_side(text) if any(m.start == stated[0].at for m in r)), None)
    one_run = run is not None and len({m.unit for m in run}) == 1
    if not (one_run and run and all(any(m.start == f.at for m in run) for f in stated)):
        return (
            _apart_share(things, measure, part, found, vocabulary, answer, clauses[at or 0])
            if part
            else None
        )
    assert run is not None
    unit = run[0].unit or ""
    summed = sum((f.value for f in stated if f.value is not None), Decimal(0))
    answer = answer.model_copy(update={"citations": list(answer.citations)})
    n = own_citation(answer, stated[0])
    named_sum = "+".join(f"{t}{f.written}" for t, f in zip(things, stated, strict=True))
    if part:
        own = next(((t, f) for t, f in zip(things, stated, strict=True) if _names(part, t)), None)
        if own is None or own[1].value is None or not summed:
            return None
        share = percent(own[1].value, summed)
        line = f"{own[0]}{own[1].written}占{named_sum}={summed.normalize():f}{unit}[{n}]的{share}%"
    else:
        whole, label = _whole(text, run, unit)
        if not whole or summed >= whole:
            return None
        line = (
            f"{named_sum}={summed.normalize():f}{unit}，占{label}[{n}]的{percent(summed, whole)}%"
        )
    return _with_line(answer, f"{line}（按所引数字计算）", stated[0], clauses[at or 0])


def _apart_share(
    things: list[str],
    measure: str,
    part: str,
    found: Found,
    vocabulary: Vocabulary,
    answer: Answer,
    clause: str,
) -> Answer | None:
    """``sum_share`` of a part whose things are counted in sentences of their own, or None."""
    stated = [figure_of(f"{t}多少{measure}", found, vocabulary) for t in things]
    exact = [f for f in stated if f and f.value and not f.percent]
    if len(exact) != len(things) or len({f.unit for f in exact}) != 1:
        return None
    own = next(((t, f) for t, f in zip(things, exact, strict=True) if _names(part, t)), None)
    if own is None or own[1].value is None:
        return None
    answer = answer.model_copy(update={"citations": list(answer.citations)})
    summed = sum((f.value for f in exact if f.value is not None), Decimal(0))
    named_sum = "+".join(
        f"{t}{f.written}[{own_citation(answer, f)}]" for t, f in zip(things, exact, strict=True)
    )
    line = (
        f"{own[0]}{own[1].written}占{named_sum}={summed.normalize():f}{exact[0].unit or ''}的"
        f"{percent(own[1].value, summed)}%（按所引数字计算）"
    )
    return _with_line(answer, line, own[1], clause)


def _with_line(answer: Answer, line: str, figure: Figure, clause: str) -> Answer:
    """``answer`` with the worked ``line`` after it, answering the share's ``clause`` that no
    sentence answered; the line alone, said of ``figure``'s report, when nothing was."""
    if answer.abstained:
        passage = figure.pick.passage
        said = f"{subject(passage.region, passage.title, passage.source)}：{line}"
        return answer.model_copy(update={"answer": said, "abstained": False})
    kept = [row for row in answer.answer.split("\n") if row != f"{clause}：{ABSTAIN}"]
    return answer.model_copy(update={"answer": "\n".join([*kept, line])})


def _names(part: str, thing: str) -> bool:
    """True when ``part`` names ``thing``: either holds the other, or ``part`` is ``thing``
    shortened, its characters in order ("个体户" of 个体工商户)."""
    if part in thing or thing in part:
        return True
    rest = iter(thing)
    return len(part) > 1 and all(c in rest for c in part)


def _listed(things: list[str], measure: str, found: Found, vocabulary: Vocabulary) -> list[Figure]:
    """Each of ``things``' exact figure in ``measure``, all from one sentence (each looked for
    in every one's passage), or [] when no sentence states them all."""
    asked = [f"{t}多少{measure}" for t in things]
    for anchor in [figure_of(a, found, vocabulary) for a in asked] if len(things) > 1 else []:
        if anchor is None:
            continue
        near = Found(found.group, [anchor.pick.passage])
        each = [figure_of(a, near, vocabulary) for a in asked]
        stated = [f for f in each if f and f.value and not f.percent]
        if len(stated) == len(things) and all(f.pick.text == anchor.pick.text for f in stated):
            return stated
    return []


def stated_whole(found: re.Match[str]) -> NumberMention | None:
    """The figure of the whole a ``WHOLE_BEFORE`` match states right before "其中", or None."""
    return next((m for m in reversed(numbers_in(found.group())) if not m.percent), None)


def _whole(text: str, run: list[NumberMention], unit: str) -> tuple[Decimal, str]:
    """The whole a run of figures is counted in: the figure its sentence states before "其中"
    ("共梳理行政职权3415项,其中…"), else the run's sum; with its label."""
    before = [*WHOLE_BEFORE.finditer(text, 0, run[0].start)][-1:]
    named = stated_whole(before[0]) if before else None
    if named is not None and before[0]["unit"] == unit:
        whole = re.sub(r"^(?:共计|总共|一共|累计|共)", "", before[0]["whole"].strip())
        return named.value, f"{whole}{named.raw}{unit}"
    total = said_total([f"{m.raw}{unit}" for m in run], [m.value for m in run], unit)
    return sum((m.value for m in run), Decimal(0)), f"合计{total}"
