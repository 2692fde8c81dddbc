"""Whether every report giving a figure gives the one the asker names ("办结率是否都达到100%"):
said from the rows' cited figures only, those stating none set apart."""

from __future__ import annotations

import re

from retrieval.answer.cite import subject
from retrieval.query.plan import Plan
from retrieval.schema import Answer
from retrieval.text.numbers import extract_numbers

__all__ = ["with_all_alike"]

# "是否都达到100%", "是否均为100%", "都是100%吗": the figure every report is said to give.
_ALL_ASKED = re.compile(
    r"(?:是不是|是否)[^，,。？?\d]{0,8}?(?:都|均|全)(?:是|为|达到?)?(?P<value>\d+(?:\.\d+)?%?)"
    r"|(?:都|均|全)(?:是|为|达到?)(?P<value2>\d+(?:\.\d+)?%?)(?:吗|么|不)"
)


def with_all_alike(plan: Plan, answer: Answer) -> Answer:
    """``answer`` opened by whether every row stating a figure states the one ``plan`` names
    ("给出该数字的报告都是100%[1][2][3]"), when it asks so; else ``answer``."""
    asked = _ALL_ASKED.search(plan.question) or _ALL_ASKED.search(plan.asked)
    if asked is None or answer.abstained or not answer.rows:
        return answer
    claimed = extract_numbers(asked["value"] or asked["value2"])
    stated = [row for row in answer.rows if row.value]
    if not claimed or not stated:
        return answer
    value = claimed[0]
    others = []
    for row in stated:
        figures = extract_numbers(row.value or "")
        if not figures or figures[0].value != value.value or figures[0].percent != value.percent:
            others.append(f"{subject(row.region, row.title, row.source)}为{row.value}[{row.n}]")
    said = asked["value"] or asked["value2"]
    if others:
        line = f"并非都是{said}：" + "；".join(others)
    else:
        marks = "".join(f"[{row.n}]" for row in stated)
        line = f"给出该数字的报告都是{said}{marks}（按所引数字）"
    return answer.model_copy(update={"answer": f"{line}\n{answer.answer}"})
