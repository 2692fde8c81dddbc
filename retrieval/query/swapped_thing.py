"""Another thing named alone ("那法律援助案件呢") after an answer about every report (a table,
a ranking, which reports mention something): the same question, of that thing."""

from __future__ import annotations

import re

from retrieval.query.across_shape import SUPERLATIVE
from retrieval.query.aspects import aspects_in
from retrieval.query.weights import topic_words
from retrieval.types import Vocabulary

__all__ = ["thing_swapped", "with_thing"]

_THING_ONLY = re.compile(
    r"^(?:那|那么)?(?:换成|改成|如果是|要是)?(?P<thing>[^，,。？?！!\s]{2,16}?)"
    r"(?:的情况|的数据|的数字|方面的?|这一?块)?(?:呢|怎么样|咋样|如何)[？?。！!\s]*$"
)
# "加上没写县名那份呢", "去掉叶城呢": reports added or set aside, not a thing.
_REPORTS = re.compile(r"^(?:加上?|算上|去掉|除了|除去|不算|把|剔除|只看|只要)|报告|那份|这份|县名")
# "那人数呢", "那办结率呢": another measure of the same thing, not another thing.
_MEASURE = re.compile(r"(?:率|比例|占比|人数|次数|件数|数量|人次|金额|总数|多少)$")
_QUOTES = re.compile(r"[“”\"'‘’]")
# "多少件": the unit of the thing asked before, which the new thing may not be counted in.
_UNIT = re.compile(r"(?<=多少)(?:人次|场次|万元|[件个次人名份条场家项元户期])")
# "有无报告写到X？如有，请列明人数": which reports say the thing, whatever they count of it.
_SAID_BY = re.compile(
    r"(?:哪些|哪几份?|哪个|有无|有没有)(?:报告|县|地方)?(?:也)?(?:提到|写到|提及|写了|说到)"
)
# Which reports say a thing, asked where the thing asked before is not written out whole.
_MENTIONS = "哪些报告提到{}"


def thing_swapped(topic: str, previous: str, earlier: str, vocabulary: Vocabulary) -> str | None:
    """``previous`` (a question shaped ``earlier``) asked of the thing ``topic`` names alone
    instead of its own; None when ``topic`` names more than a thing, or a measure of it.

    Args:
        topic: the follow-up, its places aside.
        previous: the question before, which names no place.
        earlier: the shape of the question before, read without its places.
        vocabulary: the reports' words, which tell a thing from a pointer ("那最少的呢").
    """
    if earlier not in ("table", "ranking", "mentions"):
        return None
    found = _THING_ONLY.match(topic.strip())
    if found is None:
        return None
    thing = _QUOTES.sub("", found["thing"])
    if _MEASURE.search(thing) or SUPERLATIVE.search(thing) or _REPORTS.search(thing):
        return None
    if not topic_words(thing, vocabulary):
        return None
    if earlier == "mentions" or _SAID_BY.search(previous):
        return _MENTIONS.format(thing)
    # ("那问题呢" after each report's plans asks their problems, a part of each report.)
    return None if aspects_in(thing) else with_thing(previous, thing, vocabulary)


def with_thing(asked: str, thing: str, vocabulary: Vocabulary) -> str | None:
    """``asked`` of ``thing`` instead of the thing it names, its unit left out (the new thing
    may be counted in another); None when its thing is not written out whole."""
    old = SUPERLATIVE.sub("", topic_words(asked, vocabulary))
    if not old or old not in asked:
        return None
    return _UNIT.sub("", asked.replace(old, thing, 1))
