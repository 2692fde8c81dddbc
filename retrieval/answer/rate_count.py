"""A count a report gives only as a rate of another count ("全年接收行政复议案件38件，调解和解率
71.43%" for 调解和解了多少件): both figures cited, the count worked out from them and said as
worked out, never as the report's."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from retrieval.answer.cite import own_citation, subject
from retrieval.answer.share import CLAUSE_BREAKS
from retrieval.answer.stated_figures import figure_of
from retrieval.answer.worked_rate import count_before
from retrieval.query.plan import Plan
from retrieval.query.units import COUNTING_MEASURES
from retrieval.schema import Answer
from retrieval.search.evidence import Found
from retrieval.text.numbers import measure_after
from retrieval.types import Vocabulary

__all__ = ["with_rate_count"]

# "调解和解了多少件", "那调解和解的有几件": the thing counted and the measure asked.
_COUNT_ASKED = re.compile(
    r"^(?:那|那么|其中)?(?P<thing>[\u4e00-\u9fff]{2,8}?)(?:了|的)?(?:有|是)?(?:多少|几)"
    rf"(?P<measure>{COUNTING_MEASURES})?(?:呢|啊)?$"
)


def with_rate_count(plan: Plan, found: Found, vocabulary: Vocabulary, answer: Answer) -> Answer:
    """``answer`` when it states the count; else, where the report states the thing's rate
    ("调解和解率71.43%") beside the count it is a rate of ("案件38件"), the count worked out
    from both, said as an estimate."""
    if not answer.abstained:
        return answer
    clauses = [c for c in CLAUSE_BREAKS.split(plan.topic) if c]
    asked = _COUNT_ASKED.match(clauses[-1]) if clauses else None
    if asked is None:
        return answer
    thing = asked["thing"]
    rate = figure_of(f"{thing}率", found, vocabulary)
    if rate is None or not rate.percent or rate.value is None:
        return answer
    text = rate.pick.text
    if f"{thing}率" not in text:
        return answer
    # The count the rate is of: the nearest counted figure before it in its sentence.
    base = count_before(text, rate.at)
    if base is None:
        return answer
    unit = measure_after(text, base.end)
    if asked["measure"] and asked["measure"] != unit:
        return answer
    worked = Decimal(base.value) * rate.value / 100
    about = worked.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    exact = worked.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    answer = answer.model_copy(update={"citations": list(answer.citations)})
    n = own_citation(answer, rate)
    passage = rate.pick.passage
    line = (
        f"{subject(passage.region, passage.title, passage.source)}：报告未直接给出{thing}的"
        f"{unit}数；按所引数字推算约{about}{unit}（{base.raw}{unit}×{thing}率{rate.written}"
        f"≈{exact:f}{unit}）[{n}]"
    )
    return answer.model_copy(update={"answer": line, "abstained": False})
