"""An average asked of the places' figures in one clause ("额敏和普兰复议案件平均每家多少件"):
read as their sum, then the average of it, as the two are asked one after the other."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["PER_PLACE", "average_split"]

# "平均每家多少件", "各县…平均多少": the average over places, not over months or cases ("平均
# 每月" asks a rate in time, which no report's figure is summed for).
# "平均下来每家", "平均一份": an average over the places or reports.
PER_PLACE = r"平均(?:下来)?(?:(?:每|一)(?:家|份|个县|个地方|县|地|份报告|个报告))?"
_AVERAGE = re.compile(
    rf"的?(?:{PER_PLACE}|均值)(?:是|有|大概)?"
    r"(?P<count>多少|几)(?P<unit>[\u4e00-\u9fff]?)(?P<end>(?:呢|啊)?[？?。！!\s]*)$"
)
# "各县", "五份报告": every report, named by no place.
_EVERY = re.compile(
    r"各(?:县|地|家|报告|份报告)|[两三四五六几](?:家|份报告|个县)|所有报告|全部报告"
)


def average_split(question: str, sources: Callable[[str], list[str]]) -> str | None:
    """``question`` as its sum, then the average of it ("…一共多少件，平均每家多少"), when it
    asks the average of two places or more, or of every report, in one clause; else None."""
    found = _AVERAGE.search(question.strip())
    if found is None or len(question.strip()[: found.start()]) < 2:
        return None
    if len(sources(question)) < 2 and not _EVERY.search(question):
        return None
    lead = question.strip()[: found.start()]
    return f"{lead}一共{found['count']}{found['unit']}，平均每家多少{found['end']}"
