"""A ranking or table follow-up that names no thing of its own ("哪个县最多？", "最少的呢",
"只看2025年的谁化解得最多"): the thing the question before asked of, over every report."""

from __future__ import annotations

import re

from retrieval.query.fields import asked_fields
from retrieval.query.followup import CLAUSE_END
from retrieval.query.measure import BARE_COUNT, measured
from retrieval.query.rates import rates_asked, without_rates
from retrieval.query.verdicts import asks_sum, thing_summed
from retrieval.query.when import attribute_of

__all__ = ["every_report_summed", "over_every_report"]

_THEN = re.compile(r"^那么?")
_COUNT = "多少"
# "最少的呢", "那最晚的是哪个": the other end of the order asked before.
_OTHER_END = re.compile(
    r"^(?:那|那么)?最(?P<end>[多少高低早晚大小])的?(?:呢|是谁|是哪个|是哪家|是哪份)?"
)
_SUPERLATIVE_SAID = re.compile(r"最[多少高低早晚大小]")
# "只看2025年的谁最多", "剩下那四家谁第一": the reports narrowed to (their year read apart),
# or counted, before what is asked.
_NARROWED = re.compile(
    r"^(?:(?:只看|只要|光看|只算|仅看|剩下|其余|余下)的?)?(?:那|这)?(?:[两二三四五六几\d](?:家|个|份))?"
    # "五份里", "所有报告当中": among every report.
    r"(?:(?:所有|全部|这些)?(?:报告)?(?:里面|里头|当中|之中|里|中))?[，,\s]*"
)
# "哪份最早", "最晚的是哪份": an order in time.
_IN_TIME = re.compile(r"最(?:早|晚|新|迟)|[早晚]到")
_DONE_SO = re.compile(r"(?<=谁|家|个)(?P<doing>[\u4e00-\u9fff]{1,2})得(?=最|更|多|少)")


_MOST_OR_LEAST = re.compile(r"最[多少]|[多少]到[多少]")


def over_every_report(topic: str, previous: str) -> str | None:
    """A ranking or table follow-up that names no thing of its own ("哪个县最多？") asked of
    the previous question's thing; None when it names one.

    Args:
        topic: the follow-up (a ranking or table question).
        previous: the previous question's topic (without its places).
    """
    topic = _NARROWED.sub("", _THEN.sub("", topic.strip(" ，,")))
    # "谁化解得最多": the doing of the thing asked before, told again, names no other thing.
    done = _DONE_SO.search(topic)
    if done and done["doing"] in previous:
        topic = topic[: done.start("doing")] + topic[done.end() :]
    other_end = _OTHER_END.match(topic)
    said = _SUPERLATIVE_SAID.search(previous)
    if other_end and said:
        # "…谁列得最多？" then "最少的呢": the same question, of the other end.
        swapped = previous[: said.start()] + f"最{other_end['end']}" + previous[said.end() :]
        rest = topic[other_end.end() :].strip(CLAUSE_END + "，, ")
        return swapped.rstrip(CLAUSE_END) + (f"，{rest}" if rest else "")
    # "哪份最早" after every report's publication date: that date, put in order.
    fields = [f.name for f in asked_fields(previous)]
    if _IN_TIME.search(topic) and fields and attribute_of(previous):
        return f"{fields[0]}{topic}"
    # "按件数从多到少排": a measure alone names no thing.
    if measured(topic) != _COUNT and not BARE_COUNT.fullmatch(measured(topic)):
        return None
    # "…加起来一共多少" then "哪家最多": the thing summed, asked of each report again.
    # ("办件量…、满意度…" then "哪家最多": most is of the counts, not of a rate beside them.)
    rated = _MOST_OR_LEAST.search(topic) and rates_asked(previous)
    counts = without_rates(previous) if rated else previous
    thing = measured(thing_summed(counts if measured(counts) != _COUNT else previous))
    return f"{thing}，{topic}" if thing and thing != _COUNT else None


# "各家加起来一共多少件", "所有报告合计多少", "2025年度的几份加起来" (its year read apart):
# every report's figure of the thing asked before, summed ("两家", "这几家" point at places
# the turns named).
_ALL_SUMMED = re.compile(
    r"^(?:那|那么)?(?:把)?的?(?:所有|全部|各|每|五|几)(?:家|份|个县|个地方|个报告|份报告|报告|县)?"
    r"(?:报告)?的?(?:都|全)?(?:加起来|加在一起|加一起|合起来|合在一起|汇总)?"
    r"(?:一共|总共|合计|总计|共)?(?:是|有)?(?:多少|几)[\u4e00-\u9fff]?[？?。！!\s]*$"
)


def every_report_summed(topic: str, previous: str) -> str | None:
    """The question to ask when ``topic`` asks every report's figure of the thing ``previous``
    asked of one place, added up ("各家加起来一共多少件"); else None."""
    if not (_ALL_SUMMED.match(topic.strip()) and asks_sum(topic)):
        return None
    thing = measured(thing_summed(previous))
    return f"各报告{thing}，加起来一共多少" if thing and thing != _COUNT else None
