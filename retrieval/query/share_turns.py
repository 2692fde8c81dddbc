"""A follow-up on a ranking or a table asking one report's share of the whole ("额敏占合计的多少"):
every report's figure asked again and summed; the share is computed from the cited figures."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.measure import measured

__all__ = ["place_share"]

# "额敏占合计的多少", "普兰在总数里占几成", "它占全部的百分之几": a place, then its share.
_PLACE_SHARE = re.compile(
    r"^(?:那么?)?(?P<place>[^，,。？?！!\s]{1,20}?)的?(?:在|占)了?"
    r"(?:(?:这|以上|上面|前面)?(?:几家|几个县|[两三四五]家|各县|所有)?的?"
    r"(?:合计|总数|总量|全部|总共|一共|总和|加起来|总计)(?:数)?(?:的|中|里|里面)?)?(?:占|的)?"
    r"(?:多少|比例|比重|占比|百分比|百分之几|百分之多少|几成)(?:是多少|大概多少|有多少|多少)?"
    r"[？?。！!\s呢吗]*$"
)


def place_share(
    question: str, across: str | None, sources: Callable[[str], list[str]]
) -> tuple[str, str] | None:
    """The question to ask again (every report's figure of what ``across`` asked, summed) and
    the report whose share of the sum is asked, when ``question`` asks one place's share after
    a turn over every report; else None.

    Args:
        question: the follow-up as heard.
        across: the last question asked of every report (a ranking or a table), if any.
        sources: the reports a piece of text names.
    """
    found = _PLACE_SHARE.match(question.strip()) if across else None
    named = sources(found["place"]) if found else []
    if across is None or len(named) != 1:
        return None
    return f"各报告{measured(across)}，加起来一共多少", named[0]
