"""An average a report does not state ("平均每个调解员调解多少件"): the total and the number it
is spread over, both cited, and their quotient computed from them only and said as computed,
never as the report's."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from retrieval.answer.cite import own_citation, subject
from retrieval.answer.pick import Figure, Pick
from retrieval.answer.share import CLAUSE_BREAKS
from retrieval.answer.within import figure_at, figure_of, same_figure
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
    r"(?:平均(?:下来)?(?:每一?|一(?=[个名位家户所支次场期]))|(?<=[\u4e00-\u9fff])人均"
    # "每分折合几元": what each one comes to, an average too.
    r"|每一?(?=[^，,。？?！!]{1,10}?(?:平均|折合|折算)))"
    r"(?P<tail>[^，,。？?！!]*?(?:多少|几)[^，,。？?！!]*)"
)
# The measure 每 may take before what it counts ("每个调解员", "每次考试").
_MEASURE = re.compile(r"^(?P<measure>个|名|位|家|户|所|支|次|场|期|人|件|起|项|份|条|本|分(?!钟))")
# "约折合几元": how each one's amount is said, no doing of its own.
_COMES_TO = re.compile(r"(?:大约|大概|约)?(?:折合|折算)(?:成)?")


def with_average(plan: Plan, found: Found, vocabulary: Vocabulary, answer: Answer) -> Answer:
    """``answer`` with a line saying the average the question asks, when the report states
    both the total and the count it is spread over, each exactly; else ``answer``."""
    clauses = [c for c in CLAUSE_BREAKS.split(plan.topic) if c]
    asked = next((m for c in clauses if (m := _AVERAGE.search(c))), None)
    if asked is None:
        return answer
    tail = _COMES_TO.sub("", asked["tail"].replace("平均", ""))
    measure, per, rest = _spread_over(tail)
    if not rest and measure and tail[len(measure) :].startswith(("多少", "几")):
        # "积分兑换平均每户多少钱": each of the measure's things (户), the thing before 平均.
        per, rest = measure, tail[len(measure) :]
    # "调解员平均每人…": the count named before 平均 when 每 names only its measure;
    # "平均一户兑换了多少钱": each of the measure's things, where nothing is named before.
    per = per or _named_before(asked) or (measure if measure != "人" else "")
    if not per or not rest:
        return answer
    before = asked.string[: asked.start()]
    asked_total = f"{before}{rest}"
    figures = _count_first(per, asked_total, rest, found, vocabulary)
    if figures is None and per == measure:
        # ("积分兑换，每一分折合多少钱": the total named in the clause before.)
        at = clauses.index(asked.string) if asked.string in clauses else 0
        prior = clauses[at - 1] if at and not before else ""
        figures = _total_first(f"{prior}{asked_total}", measure, found, vocabulary)
    if figures is None:
        return answer
    count, total = figures
    if count.unit == total.unit:
        # Spread over what is counted as it is: no average of one thing over another.
        return answer
    value = (Decimal(total.value) / Decimal(count.value)).quantize(  # type: ignore[arg-type]
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    answer = answer.model_copy(update={"citations": list(answer.citations)})
    said = [f"{f.written}[{own_citation(answer, f)}]" for f in (total, count)]
    # "每人" of 调解员 is each 调解员, counted in the count's own measure (2186名 → 每名).
    each = f"{measure if measure and measure != '人' else count.unit or ''}{per}"
    each = measure if per == measure else each
    average = f"{value.normalize():f}{total.unit or ''}"
    line = f"平均每{each}约{average}（按所引数字计算：{said[0]}÷{said[1]}）"
    if answer.abstained:
        passage = total.pick.passage
        text = f"{subject(passage.region, passage.title, passage.source)}：{line}"
        return answer.model_copy(update={"answer": text, "abstained": False})
    return answer.model_copy(update={"answer": f"{answer.answer}\n{line}"})


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
    return measure, "".join(w for w, _ in words[:cut]), "".join(w for w, _ in words[cut:])


_COUNT_ASKED = re.compile(r"(?:有|是|为|配|配了|配备)?(?:多少|几)")


def _named_before(asked: re.Match[str]) -> str:
    """The count a question names right before 平均 ("调解员平均每人…" → 调解员), or ""."""
    found = re.search(r"([\u4e00-\u9fff]{2,8}?)(?:的)?$", asked.string[: asked.start()])
    return found[1] if found else ""


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


# How far after a count the sum spread over it may be stated.
_NEAR = 16
