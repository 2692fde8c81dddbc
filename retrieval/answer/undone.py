"""What is left undone of a total one sentence states with the part done ("16件民事案件已履行14
件"), asked by what was not done ("还有几件没履行"): the total less the done, worked out from
the cited figures and said as worked out."""

from __future__ import annotations

import re

from retrieval.query.amounts import UNDONE_ASKED
from retrieval.query.plan import Plan
from retrieval.schema import Answer

__all__ = ["with_undone"]

_FIGURE = r"(\d+)"


def with_undone(plan: Plan, answer: Answer) -> Answer:
    """``answer`` with a line saying how many were not done, when the question asks it and a
    cited sentence states the total and, in the same clause, the part done ("16件…已履行14件");
    else ``answer``."""
    asked = UNDONE_ASKED.search(plan.topic)
    if answer.abstained or asked is None:
        return answer
    doing = asked["doing"] or asked["doing2"]
    for cited in answer.citations:
        # The total, then (in its clause, or the next one) the part done, in one measure.
        stated = re.search(
            rf"{_FIGURE}(?P<unit>[件个人项条])[^，,。；;]{{0,24}}?(?:[，,](?:其中)?)?已?{doing}"
            rf"{_FIGURE}(?P=unit)",
            cited.excerpt,
        )
        if stated is None:
            continue
        total, done, unit = int(stated[1]), int(stated[3]), stated["unit"]
        if done > total:
            continue
        line = (
            f"未{doing}：{total - done}{unit}（按所引数字计算：{total}{unit}−{done}{unit}）"
            f"[{cited.n}]"
        )
        return answer.model_copy(update={"answer": f"{answer.answer}\n{line}"})
    return answer
