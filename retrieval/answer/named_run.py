"""Documents a sentence names one by one before "等N项" ("《A》《B》《C》等6项制度"): asked which
they are, the ones named are listed, and how many of the N the report leaves unnamed is said,
so that a partial list is never taken for the whole."""

from __future__ import annotations

import re

from retrieval.query.plan import Plan
from retrieval.schema import Answer
from retrieval.text.digits import whole_number

__all__ = ["with_named_run"]

# "《A》《B》、《C》等6项制度": the titles, then how many there are in all.
_RUN = re.compile(
    r"(?P<titles>(?:《[^《》]{2,40}》[、，,和及与]?){1,12})等(?P<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3})"
    r"(?P<unit>项|个|部|件|份|类|条)(?P<what>[\u4e00-\u9fff]{0,6})"
)
_TITLE = re.compile(r"《[^《》]{2,40}》")
# "具体是哪6项", "名称是什么", "有哪些", "都列出来": the items asked by name.
_WHICH = re.compile(
    r"哪[些几\d一二三四五六七八九十]|名称|名字|叫什么|叫啥|是什么|有什么|列(?:出|一下|下|举)|罗列|逐一|逐项"
)


def with_named_run(plan: Plan, answer: Answer) -> Answer:
    """``answer`` with the documents its cited sentence names before "等N项", when the question
    asks which they are and the sentence names fewer than N: those named, and how many it
    leaves unnamed; else ``answer``."""
    if answer.abstained or not _WHICH.search(plan.topic):
        return answer
    for cited in answer.citations:
        run = _RUN.search(cited.excerpt)
        if run is None:
            continue
        titles = _TITLE.findall(run["titles"])
        total = whole_number(run["n"])
        if total is None or len(titles) >= total:
            continue
        unit, what = run["unit"], run["what"]
        said = "、".join(titles)
        line = (
            f"报告列出名称的有{len(titles)}{unit}：{said}[{cited.n}]；"
            f"其余{total - len(titles)}{unit}未列名称（原文为“等{run['n']}{unit}{what}”）。"
        )
        return answer.model_copy(update={"answer": f"{answer.answer}\n{line}"})
    return answer
