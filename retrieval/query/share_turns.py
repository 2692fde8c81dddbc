"""A share or an average worked out from figures told or asked: one report's share of a ranking's
or table's sum ("额敏占合计的多少"), the average over its reports ("平均每家多少"), either asked
beside a sum ("…加起来多少，额敏占多少"), and the share of the last turn's figure in the one
before ("占比算一下"). Each is asked as the question whose figures it is worked from."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from retrieval.query.measure import HOW_MANY, measured
from retrieval.query.verdicts import asks_sum
from retrieval.schema import Conversation

__all__ = ["Derived", "derived_asked"]

# "额敏占合计的多少", "普兰在总数里占几成", "它占全部的百分之几": a place, then its share.
_PLACE_SHARE = re.compile(
    r"^(?:那么?)?(?P<place>[^，,。？?！!\s]{1,20}?)的?(?:在|占)了?"
    r"(?:(?:这|以上|上面|前面)?(?:几家|几个县|[两三四五]家|各县|所有)?的?"
    r"(?:合计|总数|总量|全部|总共|一共|总和|加起来|总计)(?:数)?(?:的|中|里|里面)?)?(?:占|的)?"
    r"(?:多少|比例|比重|占比|百分比|百分之几|百分之多少|几成|比)(?:是多少|大概多少|有多少|多少)?"
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


# "占比算一下", "那比例多少", "百分之几": a share asked of nothing named.
_BARE_SHARE = re.compile(
    r"^(?:那|那么|帮我|请|再)*(?:它|这个|其)?的?(?:算一?下|计算一下|算算)?"
    r"(?:占比|比例|比重|百分比|占多少|占几成|占多大比例|占多少比例|占百分之几)"
    r"(?:是|为|有)?(?:多少|多大|几)?(?:算一?下|计算一下|算算)?[？?。！!\s呢吗啊]*$"
)
# "行政处罚占多少项", "调解和解几件呢": the thing, without what asks its figure.
_COUNT_ASKED = re.compile(
    r"(?:占|有|是|为)?了?(?:多少|几)[\u4e00-\u9fff]?(?:呢|啊)?[？?。！!\s]*$|^(?:那|那么)"
)


def share_of_last(question: str, asked_before: list[str]) -> str | None:
    """The question to ask, when ``question`` asks a share of nothing named, or of the thing the
    last turn counted, after two turns that each asked a figure: the share of the last turn's
    thing in the one before it ("…梳理了多少项职权？行政处罚占多少项？占比算一下"); else None."""
    named = _NAMED_SHARE.match(question.strip())
    if len(asked_before) < 2 or not (_BARE_SHARE.match(question.strip()) or named):
        return None
    whole, last = asked_before[-2], asked_before[-1]
    part = _COUNT_ASKED.sub("", last.strip())
    if part == last.strip() or len(part) < 2 or not HOW_MANY.search(whole):
        return None
    # "纠错了几件？纠错的占多少": the thing the last turn counted, named again.
    if named and not (named["part"] in part or part in named["part"]):
        return None
    return f"{whole.strip().rstrip('？?。！! ')}，{part}占多少比例"


# "纠错的占多少", "那调解和解的占比呢": a share of a thing named.
_NAMED_SHARE = re.compile(
    r"^(?:那|那么)?(?P<part>[\u4e00-\u9fff]{2,8}?)的?"
    r"(?:占比|占多少|占几成|占多大比例|占多少比例|占百分之几|比例)(?:是|为|有)?(?:多少|多大|几)?"
    r"[？?。！!\s呢吗啊]*$"
)


# "平均每家多少", "平均下来一个县几件": the average over the reports just set out.
_AVERAGE_OF_ALL = re.compile(
    r"^(?:那|那么)?(?:这几家|各家|它们|这些)?的?平均(?:下来)?(?:每|一)"
    r"(?:家|份|个县|个地方|县|地|份报告|个报告)(?:是|有|大概)?(?:多少|几)[\u4e00-\u9fff]?"
    r"(?:呢|啊)?[？?。！!\s]*$"
)


def average_asked(question: str, across: str | None) -> str | None:
    """The question to ask again (every report's figure of what ``across`` asked, summed)
    when ``question`` asks the average over the reports of a ranking or table just told;
    else None."""
    if across is None or not _AVERAGE_OF_ALL.match(question.strip()):
        return None
    return f"各报告{measured(across)}，加起来一共多少"


# The clauses of a question.
_CLAUSES = re.compile(r"[，,；;]")


def derived_beside(
    question: str, sources: Callable[[str], list[str]]
) -> tuple[str, str, bool] | None:
    """``question`` without a closing clause that asks, of the sum it asks before, one place's
    share ("…加起来多少，额敏占多少") or the average ("…，平均每家多少"), with that place's report
    (or "") and whether the average is asked; None when it closes with neither."""
    clauses = [c for c in _CLAUSES.split(question.strip()) if c.strip()]
    if len(clauses) < 2 or not asks_sum("".join(clauses[:-1])):
        return None
    last = clauses[-1].strip()
    rest = question[: question.rfind(clauses[-1])].rstrip("，,；; ")
    if _AVERAGE_OF_ALL.match(last):
        return rest, "", True
    found = _PLACE_SHARE.match(last)
    named = sources(found["place"]) if found else []
    return (rest, named[0], False) if len(named) == 1 else None


class Derived(NamedTuple):
    """The question to ask, and what is worked out from its answer."""

    question: str
    # The report whose share of the sum is asked, or "".
    share_of: str
    # Whether the average over the reports summed is asked.
    averaged: bool


def derived_asked(
    heard: str, conversation: Conversation | None, sources: Callable[[str], list[str]]
) -> Derived:
    """``heard`` as the question whose figures a share or average it asks is worked out from,
    with what to work out; ``heard`` itself when it asks neither.

    Args:
        heard: the question as heard.
        conversation: the turns before, if any.
        sources: the reports a piece of text names.
    """
    across = conversation.across if conversation else None
    heard, share_of = place_share(heard, across, sources) or (heard, "")
    again = average_asked(heard, across)
    heard = again or heard
    heard, beside, averaged = derived_beside(heard, sources) or (heard, "", False)
    asked_before = [question for question, _ in conversation.history] if conversation else []
    heard = share_of_last(heard, asked_before) or heard
    return Derived(heard, share_of or beside, averaged or again is not None)
