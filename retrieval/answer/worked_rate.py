"""A rate a report does not state but counts both sides of ("全年受理办结行政复议案件10件、促成
调解和解4件" for 调解和解率): worked out from the two cited figures and said as worked out, never
as the report's own rate."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from retrieval.answer.cite import own_citation, subject
from retrieval.answer.figures import FigureFinder
from retrieval.answer.pick import Figure
from retrieval.query.plan import Plan
from retrieval.query.units import COUNTING_MEASURES
from retrieval.schema import Answer
from retrieval.search.evidence import Found
from retrieval.text.numbers import NumberMention, measure_after, numbers_in
from retrieval.text.words import shared_end
from retrieval.types import Vocabulary

__all__ = ["count_before", "with_derivation", "with_worked_rate", "worked_rate"]

# "调解和解率": the doing whose rate is asked, before 率.
_RATE_OF = re.compile(r"([\u4e00-\u9fff]{2,8})率")
_SHARE_OF = re.compile(r"([\u4e00-\u9fff]{2,8}?)的?(?:比例|比率|占比)")
_COUNT_MEASURE = re.compile(rf"^(?:{COUNTING_MEASURES})$")


def count_before(text: str, at: int, unit: str | None = None) -> NumberMention | None:
    """The nearest count ``text`` states before offset ``at`` (in measure ``unit``, when
    given): what a rate or a part after it is of; None when there is none."""
    counts = [
        m
        for m in numbers_in(text[:at])
        if not m.percent
        and _COUNT_MEASURE.match(measure_after(text, m.end) or "-")
        and unit in (None, measure_after(text, m.end))
    ]
    return counts[-1] if counts else None


def worked_rate(topic: str, found: Found, vocabulary: Vocabulary) -> Figure | None:
    """The rate ``topic`` asks ("调解和解率"), worked out from a count of the doing and the count
    before it in its sentence that it is a part of ("…案件10件、促成调解和解4件" → 40%), its
    figure written as worked out; None when the report counts no such pair."""
    if _WRITTEN.search(topic):
        # ("哪份写到了满意率百分之百": the rate as a report writes it, none worked out.)
        return None
    # ("调解和解的比例": a rate asked as the share of a doing.)
    asked = _RATE_OF.search(topic) or _SHARE_OF.search(topic)
    # "额敏的调解和解率": the doing is what follows the last 的; "行政复议调解和解率": the
    # words right before 率 that a count of the sentence follows, longest first.
    said = asked[1].rsplit("的", 1)[-1] if asked else ""
    for at in range(len(said) - 1):
        worked = _worked(said[at:], found, vocabulary)
        # ("热线的办结率": the counts of a sentence on that line, not of other matters.)
        before = asked[1][: len(asked[1]) - len(said) + at] if asked else ""
        dropped = [w for w in vocabulary.words(before) if _WORD.fullmatch(w)]
        if worked is not None and all(w in worked.pick.text for w in dropped):
            return worked
    return None


_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
# "谁写了", "哪份提到": what a report writes is asked, not what its figures give.
_WRITTEN = re.compile(r"(?:写|提|报|载)(?:了|到|过|明)")


def _worked(doing: str, found: Found, vocabulary: Vocabulary) -> Figure | None:
    """The rate of ``doing`` worked out from its count and the count before it, or None."""
    part = FigureFinder(f"{doing}多少", vocabulary, named=True, whole=True).find(found.passages)
    if part is None or part.value is None or part.percent or not part.unit:
        return None
    text = part.pick.text
    if doing not in text[max(0, part.at - len(doing) - 4) : part.at]:
        return None
    whole = count_before(text, part.at, part.unit)
    if whole is None or not whole.value or whole.value < part.value:
        return None
    if _siblings(text, whole, part):
        # "行政许可案件9691件,行政处罚案件3532件": two kinds listed side by side, neither
        # a part of the other.
        return None
    rate = (Decimal(100) * part.value / whole.value).quantize(Decimal("0.01"), ROUND_HALF_UP)
    said = f"{rate.normalize():f}%（{part.written}÷{whole.raw}{part.unit}，按所引数字计算）"
    return replace(part, written=said, value=rate, percent=True, unit="%")


def _siblings(text: str, whole: NumberMention, part: Figure) -> bool:
    """True when the two counts are kinds listed side by side: the words before each end on
    the same noun ("…许可案件9691件,…处罚案件3532件") and no "其中" parts them."""
    between = text[whole.end : part.at]
    if "其中" in between:
        return False
    start = max(0, text.rfind("，", 0, whole.start), text.rfind(",", 0, whole.start))
    return len(shared_end(text[start : whole.start], between)) >= 2


# "是怎么算出来的", "计算方法": how a stated rate is arrived at.
# "跟件数对得上吗": whether the rate follows from the counts, which working it out says.
_HOW_WORKED = re.compile(
    r"(?:怎么|如何|咋)(?:计算|算|得出|得来|来)|计算(?:方法|依据|口径)|算法"
    r"|对得上|对不上|对的上|相符|吻合|(?:是否|是不是)一致|一致吗"
    # "是不是3除以4得来的": a way of working it out, put forward to be checked.
    r"|\d\s*[件个人次项份]?\s*(?:除以|除|÷)\s*\d"
)
# "成功率达100%": the rate a sentence states, by its name.
_RATE_STATED = re.compile(r"([\u4e00-\u9fff]{2,6}?率)(?:达到?|为|是)?\d")


def with_derivation(plan: Plan, found: Found, vocabulary: Vocabulary, answer: Answer) -> Answer:
    """``answer`` with how the rate it cites can be worked out from the counts its sentence
    states ("调解成功5726件÷调解矛盾纠纷5726件"), or that the report gives no such counts, when
    the question asks how the rate is arrived at; else ``answer``."""
    if answer.abstained or not _HOW_WORKED.search(plan.topic):
        return answer
    for cited in answer.citations:
        stated = _RATE_STATED.search(cited.excerpt)
        if stated is None:
            continue
        rate = stated[1]
        # Only the counts of the rate's own sentence work it out, no other passage's.
        own = [
            p
            for p in found.passages
            if p.source == cited.source and p.start <= cited.start and cited.end <= p.end
        ]
        worked = worked_rate(rate, replace(found, passages=own), vocabulary) if own else None
        said = _STATED_VALUE.search(cited.excerpt, stated.end() - 1)
        # ("16件…已履行14件，执行到位…，执行率87.5%": two counts of the sentence that give
        # the rate as stated, whatever they are named.)
        matching = _counts_giving(cited.excerpt[: stated.start()], Decimal(said[1])) if said else ""
        if worked is None and matching and said:
            line = f"按所引件数：{matching}，与报告所写{rate}{said[0]}一致；报告未写明算法。"
        elif worked is None:
            line = f"报告未写明{rate}的计算依据（未给出可据以计算的件数）。"
        elif said and worked.value is not None and Decimal(said[1]) != worked.value:
            # "按时办结率99.98%" beside 办结37082件÷37116件=99.91%: another measure of it.
            line = (
                f"按所引件数计算为{worked.written}，与报告所写{rate}{said[0]}不一致；"
                "报告未写明算法。"
            )
        else:
            line = f"{rate}{worked.written}；报告未写明算法。"
        return answer.model_copy(update={"answer": f"{answer.answer}\n{line}"})
    return answer


def _counts_giving(text: str, rate: Decimal) -> str:
    """ "14件÷16件=87.5%": the two counts of one measure in ``text`` whose ratio, at the
    precision ``rate`` is written to, is ``rate``; "" when no pair gives it."""
    counts = [m for m in numbers_in(text) if not m.percent and measure_after(text, m.end)]
    exponent = rate.as_tuple().exponent
    step = Decimal(1).scaleb(min(exponent, 0) if isinstance(exponent, int) else 0)
    for whole in counts:
        for part in counts:
            unit = measure_after(text, part.end)
            if part is whole or unit != measure_after(text, whole.end) or not whole.value:
                continue
            if part.value >= whole.value:
                continue
            share = (part.value / whole.value * 100).quantize(step, rounding=ROUND_HALF_UP)
            if share == rate:
                return f"{part.raw}{unit}÷{whole.raw}{unit}={rate}%"
    return ""


# The percentage a stated rate gives, right after its name.
_STATED_VALUE = re.compile(r"(?:达到?|为|是)?(\d+(?:\.\d+)?)%")


def with_worked_rate(plan: Plan, found: Found, vocabulary: Vocabulary, answer: Answer) -> Answer:
    """``answer``, or when it abstains on a rate its report does not state but counts both
    sides of ("调解和解率是多少": "…行政复议案件10件、促成调解和解4件"), that rate worked out
    from the cited counts and said as worked out."""
    asked = _RATE_OF.search(plan.topic) or _SHARE_OF.search(plan.topic)
    if not answer.abstained or not asked or _HOW_WORKED.search(plan.topic):
        return answer
    worked = worked_rate(plan.topic, found, vocabulary)
    if worked is None:
        return answer
    answer = answer.model_copy(update={"citations": []})
    n = own_citation(answer, worked)
    passage = worked.pick.passage
    who = subject(passage.region, passage.title, passage.source)
    line = f"{who}：报告未直接给出该比率，计算为{worked.written}[{n}]"
    return answer.model_copy(update={"answer": line, "abstained": False})
