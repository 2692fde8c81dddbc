"""An average a report does not state ("平均每个调解员调解多少件"): the total and the number it
is spread over, both cited, and their quotient computed from them only and said as computed,
never as the report's."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from retrieval.answer.apart import said_over
from retrieval.answer.cite import own_citation, subject
from retrieval.answer.pick import Figure, Pick
from retrieval.answer.share import CLAUSE_BREAKS
from retrieval.answer.stated_figures import figure_at, figure_of, same_figure
from retrieval.query.expected import Expected
from retrieval.query.plan import Plan
from retrieval.schema import Answer
from retrieval.search.evidence import Found
from retrieval.text.numbers import numbers_in
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

__all__ = ["with_average"]

# "平均每个调解员调解了多少件", "调解员平均每人多少件": the total asked of each one of a count.
# "平均一个…", "每个调解员平均…", "调解员人均…": the same, however the average is said.
_AVERAGE = re.compile(
    r"(?:平均(?:下来)?(?:每一?|一(?=[个名位家户所支次场期份件项条本人]))|(?<=[\u4e00-\u9fff])人均"
    # "每分折合几元": what each one comes to, an average too.
    r"|每一?(?=[^，,。？?！!]{1,10}?(?:平均|折合|折算|合(?=多少|几))))"
    r"(?P<tail>[^，,。？?！!]*?(?:多少|几)[^，,。？?！!]*)"
)
_EACH_OF = re.compile(r"(?<![平人])([户件次场家所名])均(?![匀衡等])")
# The measure 每 may take before what it counts ("每个调解员", "每次考试").
_MEASURE = re.compile(r"^(?P<measure>个|名|位|家|户|所|支|次|场|期|人|件|起|项|份|条|本|分(?!钟))")
# "约折合几元": how each one's amount is said, no doing of its own.
_COMES_TO = re.compile(r"(?:大约|大概|约)?(?:折合|折算|合(?=多少|几))(?:成)?")


def with_average(plan: Plan, found: Found, vocabulary: Vocabulary, answer: Answer) -> Answer:
    """``answer`` with a line saying each average the question asks, when the report states
    both the total and the count it is spread over, each exactly; else ``answer``."""
    # ("件均多少钱", "户均兑换多少": each one of the measure before 均, an average.)
    clauses = [_EACH_OF.sub(r"平均每\1", c) for c in CLAUSE_BREAKS.split(plan.topic) if c]
    # ("以办结件数来平均，每件…": 平均 ending a clause goes with the 每 opening the next.)
    clauses = _each_joined(clauses)
    # ("每一分值几元，每户平均兑了多少": each average asked, one by one.)
    for asked in [m for c in clauses if (m := _AVERAGE.search(c))]:
        answer = _with_one(asked, clauses, plan, found, vocabulary, answer)
    return answer


def _with_one(
    asked: re.Match[str],
    clauses: list[str],
    plan: Plan,
    found: Found,
    vocabulary: Vocabulary,
    answer: Answer,
) -> Answer:
    """``with_average`` of the one average ``asked``."""
    tail = _COMES_TO.sub("", asked["tail"].replace("平均", ""))
    measure, per, rest = _spread_over(tail)
    # ("以办结的件数平均…": what the total is spread by is named before 平均.)
    spread_by = _SPREAD_BY.search(asked.string[: asked.start()]) is not None
    if measure and spread_by:
        # ("以办结的件数来平均，每件…": the count spread over is named before 平均; all
        # after the measure is the total's doing.)
        per, rest = _named_before(asked) or per, tail[len(measure) :]
    if not rest and measure and tail[len(measure) :].startswith(("多少", "几")):
        # "积分兑换平均每户多少钱": each of the measure's things (户), the thing before 平均.
        per, rest = measure, tail[len(measure) :]
    # "调解员平均每人…": the count named before 平均 when 每 names only its measure;
    # "平均一户兑换了多少钱": each of the measure's things, where nothing is named before.
    per = per or _named_before(asked) or (measure if measure != "人" else "")
    if per == "人" and (staff := _STAFF.search(plan.context)):
        # "平均每人查几件" after "…配了几名审核人员": each of the people the turn counted.
        per = staff[0]
    if not per or not rest:
        return answer
    # ("换算下来每一分合几元": a word of working it out names nothing.)
    before = _WORKING_OUT.sub("", asked.string[: asked.start()])
    # (What the total is spread by names the count, no word of the total.)
    asked_total = rest if spread_by else f"{before}{rest}"
    figures = _count_first(per, asked_total, rest, found, vocabulary)
    if figures is None and measure and len(per) == 1 and per != measure:
        # ("每户可以换到多少": one character cut off the doing is none of the thing counted.)
        per, rest = measure, per + rest
        asked_total = f"{before}{rest}"
        figures = _count_first(per, asked_total, rest, found, vocabulary)
    if figures is None and per == measure:
        # ("积分兑换，每一分折合多少钱": the total named in the clause before.)
        at = clauses.index(asked.string) if asked.string in clauses else 0
        # ("…减了多少钱？平均每件几元": asked apart, the clause before is the part before.)
        told = [c for c in _PIECES.split(plan.context) if c] if plan.context else []
        said = _ASKED_END.sub("", told[-1]) if told else ""
        prior = (clauses[at - 1] if at else said) if not before else ""
        figures = _total_first(f"{prior}{asked_total}", measure, found, vocabulary)
    if figures is None:
        return answer
    count, total = figures
    after = count.at + len(count.written)
    if not count.unit and measure and count.pick.text.startswith(measure, after):
        # ("72740分": a measure the reports' figures seldom take is still the count's.)
        count = replace(count, written=f"{count.written}{measure}", unit=measure)
    if count.unit == total.unit:
        # Spread over what is counted as it is: no average of one thing over another.
        return answer
    value = (Decimal(total.value) / Decimal(count.value)).quantize(  # type: ignore[arg-type]
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    answer = answer.model_copy(update={"citations": list(answer.citations)})
    said_figures = [f"{f.written}[{own_citation(answer, f)}]" for f in (total, count)]
    # "每人" of 调解员 is each 调解员, counted in the count's own measure (2186名 → 每名).
    each = f"{measure if measure and measure != '人' else count.unit or ''}{per}"
    # ("以办结的件数平均，每件…": each of the measure, whatever doing it was counted by.)
    each = measure if per == measure or (measure and spread_by) else each
    average = _amount(value, total)
    # ("400余件÷75名": a total said as more than its figure makes the average more, too.)
    about = f"{average}以上" if said_over(total.written) else f"约{average}"
    line = f"平均每{each}{about}（按所引数字计算：{said_figures[0]}÷{said_figures[1]}）"
    if answer.abstained:
        passage = total.pick.passage
        text = f"{subject(passage.region, passage.title, passage.source)}：{line}"
        return answer.model_copy(update={"answer": text, "abstained": False})
    return answer.model_copy(update={"answer": f"{answer.answer}\n{line}"})


def _each_joined(clauses: list[str]) -> list[str]:
    """``clauses`` with one ending in 平均 joined to the next when that one opens with 每."""
    joined: list[str] = []
    for clause in clauses:
        if joined and _SPREAD_END.search(joined[-1]) and clause.startswith("每"):
            joined[-1] = f"{joined[-1]}{clause}"
        else:
            joined.append(clause)
    return joined


_SPREAD_END = re.compile(r"平均(?:下来|一下)?$")


def _amount(value: Decimal, total: Figure) -> str:
    """ "61.12万元": ``value`` in the total's measure, in 万 where the total is written so."""
    unit = total.unit or ""
    if "万" in total.written and unit == "元" and value >= _TEN_THOUSAND:
        value = (value / _TEN_THOUSAND).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        unit = "万元"
    return f"{value.normalize():f}{unit}"


_TEN_THOUSAND = Decimal(10000)


def _count_first(
    per: str, asked_total: str, rest: str, found: Found, vocabulary: Vocabulary
) -> tuple[Figure, Figure] | None:
    """The count spread over and the total, the count read first: it names its thing most
    closely, and the total is read where it is; None when either is not stated exactly."""
    count = figure_of(f"{per}多少", found, vocabulary)
    if count is None or not count.value or count.percent:
        return None
    if len(per) == 1 and count.unit != per:
        # ("每一分折合多少钱": a bare measure is a count in it; 957户 is none of 分.)
        return None
    near = Found(found.group, [count.pick.passage])
    total = figure_of(asked_total, near, vocabulary) or figure_of(asked_total, found, vocabulary)
    # ("以办结件数平均，每件执行回来几万": the doing of the total, after 每, alone.)
    total = total or (figure_of(rest, near, vocabulary) if rest != asked_total else None)
    # ("平均一户兑了多少钱": the doing in other words; the count's sentence in the measure.)
    total = total or _in_measure(count.pick, Expected.of(rest).unit)
    if total is None or not total.value or total.percent or same_figure(count, total):
        return None
    return count, total


def _total_first(
    asked_total: str, measure: str, found: Found, vocabulary: Vocabulary
) -> tuple[Figure, Figure] | None:
    """ "减免金额平均每件多少钱": the total read first, and the count its own sentence states in
    the measure ("办理减免责案件208件，减免金额33.9万元"); None when either is not stated."""
    total = figure_of(asked_total, found, vocabulary)
    unit = Expected.of(f"多少{measure}").unit
    count = _in_measure(total.pick, unit) if total else None
    if total is None or count is None or not count.value:
        return None
    if same_figure(total, count):
        # "每件减免多少": the doing's words bind its count too; the sum spread over the count
        # is the figure in another measure right after it ("减免金额33.9万元").
        other = _in_measure(total.pick, unit, apart=True, near=count.at)
        if other is None:
            return None
        total = other
    if not total.value or total.percent:
        return None
    return count, total


def _spread_over(tail: str) -> tuple[str, str, str]:
    """What follows 每: its measure, the thing counted (the words up to the doing whose amount
    is asked) and the rest ("个调解员调解了多少件" → 个, 调解员, 调解了多少件)."""
    found = _MEASURE.match(tail)
    measure = found["measure"] if found else ""
    words = pos_tags(tail[len(measure) :])
    cut = next(
        (
            i
            for i, (word, flag) in enumerate(words[:-1])
            if flag.startswith("v") and words[i + 1][0].startswith(("了", "过", "多少", "几"))
        ),
        None,
    )
    if cut is None:
        # "个网格几个人": no doing named; the thing counted is what stands before the count.
        body = tail[len(measure) :]
        count = _COUNT_ASKED.search(body)
        if count is None or count.start() < 2:
            return measure, "", ""
        return measure, body[: count.start()], body[count.start() :]
    # ("每户大概换了多少", "一户能兑多少": how or whether it is done names no thing counted.)
    thing = "".join(w for w, flag in words[:cut] if flag != "d" and w not in _MODALS)
    return measure, thing, "".join(w for w, _ in words[cut:])


# "法制审核人员", "调解员": people named by what they do.
_STAFF = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:人员|员)")
_MODALS = frozenset({"能", "能够", "可以", "可", "会", "要", "得", "该", "应"})
_COUNT_ASKED = re.compile(r"(?:有|是|为|配|配了|配备)?(?:多少|几)")


def _named_before(asked: re.Match[str]) -> str:
    """The count a question names right before 平均 ("调解员平均每人…" → 调解员; "以办结的件
    数来平均…" → 办结), or ""."""
    before = _COUNT_NAMED.sub("", asked.string[: asked.start()].removesuffix("来"))
    found = re.search(r"([\u4e00-\u9fff]{2,8}?)(?:的)?$", _SPREAD_BY.sub("", before))
    return found[1] if found else ""


# "以办结的件数": what the total is spread by, and the count word after the thing.
_SPREAD_BY = re.compile(r"^.*?(?:按照|按|以)")
_COUNT_NAMED = re.compile(r"的?(?:件数|人数|户数|次数|场数|数量)$")


def _in_measure(
    pick: Pick, unit: re.Pattern[str] | None, apart: bool = False, near: int | None = None
) -> Figure | None:
    """The one figure of ``pick``'s sentence in the measure ``unit`` matches (``apart``: in
    any other measure; ``near``: the nearest to that offset, in the clause after it), or
    None."""
    if unit is None:
        return None
    # (The measure pattern reads from a figure's last digit on.)
    figures = [m for m in numbers_in(pick.text) if not m.percent]
    inside = [m for m in figures if unit.match(pick.text, m.end - 1)]
    # ("apart": a figure in a measure of its own, not one stated bare.)
    said = [m for m in figures if m.unit and m not in inside] if apart else inside
    if near is not None:
        # "…案件208件，减免金额33.9万元": the figure right after the count, its next clause.
        said = [m for m in said if 0 < m.start - near <= _NEAR][:1]
    if len(said) != 1:
        return None
    return figure_at(pick, said[0])


_WORKING_OUT = re.compile(r"^(?:那|那么)?(?:再)?(?:折算|换算|计算|算)(?:一下|下来|下)?$")
# What ends one asked thing of a question ("…几件、金额多少"), and its question word.
_PIECES = re.compile(r"[，,、；;。？?！!\s]+")
_ASKED_END = re.compile(r"(?:分别|各自|各)?(?:是|有|为)?(?:多少|几)[\u4e00-\u9fff]?$")
# How far after a count the sum spread over it may be stated.
_NEAR = 16
