"""The parts of a question that asks several things at once.

"…受理多少件？办结几件？办结率多少？" asks three figures; each part is answered (and cited) on
its own. A clause that asks nothing ("在行政复议方面，") says what the next part is about, and
a part that names nothing of its own ("共多少名？") asks more of the part before it: neither is a
part by itself.
"""

from __future__ import annotations

import re
from functools import partial

from retrieval.query.asking_clauses import ASKS, CLAUSES, COUNTS, DONE, asking_clauses
from retrieval.query.counted_doing import trailing_verb
from retrieval.query.expected import Expected
from retrieval.query.frames import counts_each
from retrieval.query.measure import measured_as
from retrieval.query.rates import rates_asked
from retrieval.query.units import comparable_units
from retrieval.query.verdicts import sum_only
from retrieval.query.weights import question_weights
from retrieval.types import Vocabulary

__all__ = [
    "another_thing",
    "asks_means",
    "counted_likewise",
    "question_parts",
]

_SENTENCES = re.compile(r"[？?！!。]+")
# "是哪个县？": asks which report answers, which the answer says by naming its region.
_WHICH_PLACE = re.compile(r"^[是在]?哪(?:一?个|里|儿)?(?:县|乡镇|镇|乡|地方|地区|区|市)呢?$")
# "…是咋搞的", "…是怎么运作的": how something was done, asked at the end of a part.
_HOW = re.compile(r"(?:是|都)?(?:怎么|咋|如何|怎样)[\u4e00-\u9fff]{0,3}?的?$")
# "主要依托什么做法", "是怎么做到的": the means of the figure the part before asks, which
# the figure's own sentence says ("依托数字化手段…，实现涉企检查同比下降28.42%").
_MEANS = re.compile(
    r"^(?:这个?|那个?)?(?:主要|具体|都)?(?:是)?(?:依托|依靠|靠|通过|凭借|借助|采取|采用|用)(?:了|的是|的)?"
    r"(?:什么|哪些|啥|何种)(?:样的)?(?:做法|办法|方式|方法|措施|手段|举措|途径)?"
    # "靠啥降下来的": the means, then the change they brought.
    r"(?:[\u4e00-\u9fff]{1,3}?(?:下来|上来|起来|上去|到))?的?$"
    r"|^(?:这个?|那个?)?(?:主要|具体)?(?:是)?(?:怎么|怎样|如何|咋)"
    r"(?:做到|实现|达到|取得|(?:降|减|提|升|涨)[\u4e00-\u9fff]?(?:下来|上来|起来|上去))的?$"
)
# "有几个，叫啥名字": the names of what the part before counts, which its sentence names.
_NAMES_ASKED = re.compile(
    r"(?:都|分别|各)?(?:叫|是)(?:什么|啥)(?:名字|名称|名)?|(?:名字|名称)(?:都|分别)?(?:叫|是)(?:什么|啥)"
    r"(?:呢|啊)?"
)
# "…办了多少件，里面投诉的有多少": a part of what the part before counts.
_WITHIN = re.compile(r"^(?:这|那)?(?:其中|里面|里头|当中)(?:的)?")


# Question words (and a rate or an order asked): a clause holding one asks something of its own.
_ASKS_OWN = re.compile(f"{ASKS.pattern}|啥|么|怎|率|排")
# "调解矛盾纠纷呢？", "那下一步打算呢", "还有普法宣传的情况呢".
_BARE = re.compile(
    r"^(?:那么|那|还有|再|又|另外)?的?(?P<thing>[^，,。？?！!]{2,20}?)(?:的)?(?:情况)?呢[？?。！!\s]*$"
)
# "那其他县呢": places asked again, no thing.
_PLACE_WORD = re.compile(
    r"(?:县|镇|乡|市|区|地方|地区|报告|单位|其他|别的|几家)$|^(?:情况|还有|那个)$"
)
# "…有多少个": the count a part asks at its end, or "审查了多少件…": the count and its counter
# said before what is counted.
_COUNT_AT_END = re.compile(r"(?:有|是|为|共)?(?:多少|几)[\u4e00-\u9fff]?$")
_VERDICT_AT_END = re.compile(
    r"(?:谁|哪个|哪家|哪边|哪方)[^，,。？?]{0,8}?(?:更|较)?(?P<more>[多少高低])$"
)
_COUNT_BEFORE = re.compile(r"^.*?(?:多少|几)[个次件项名人场家所期份批支本位天条户]?")


def asks_means(part: str) -> bool:
    """True when a clause of ``part`` asks by what means its figure was reached ("主要依托什么
    做法"): the figure's sentence says it before the figure."""
    return any(_MEANS.match(clause.strip()) for clause in CLAUSES.split(part))


def another_thing(topic: str) -> str | None:
    """The thing a "X呢" follow-up names, when it asks nothing else; None otherwise.

    Args:
        topic: the follow-up without its region and year mentions.
    """
    found = _BARE.match(topic.strip())
    if not found or _ASKS_OWN.search(found["thing"]) or _PLACE_WORD.search(found["thing"]):
        return None
    return found["thing"]


def counted_likewise(thing: str, previous: str) -> str | None:
    """``thing`` counted as the part before counts ("法律明白人有多少个？示范户呢" → "示范户有多少
    个"); None when that part counts nothing."""
    at_end = _COUNT_AT_END.search(previous)
    if at_end:
        return thing + measured_as(thing, at_end[0])
    # "谁办得多？结案的呢": which side has more of it too.
    verdict = _VERDICT_AT_END.search(previous)
    if verdict:
        return f"{thing}谁{verdict['more']}"
    before = _COUNT_BEFORE.match(previous)
    return measured_as(thing, before[0]) + thing if before else None


# "…哪些阵地 长廊宣传栏啥的": a clause of examples of the thing asked before it.
EXAMPLES = r"(?:啥的|什么的|之类的?|等等)"
_EXAMPLES_CLAUSE = re.compile(rf"[^，,。？?！!]{{1,12}}{EXAMPLES}[？?。！!\s]*$")


# "专题培训情况": a thing asked how it went, with no question word.
_SITUATION = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:的)?(?:情况|进展)"
    # "案卷评查情况一并说明": asked along.
    r"(?:(?:也|一并|同时|顺便)(?:请)?(?:说明|说|讲|介绍|列明)(?:一下|下)?)?[。！!，,]*$"
)


_REPORT_ONLY = re.compile(r"(?:那|这)?(?:份|个)?(?:报告)?的?呢?")


# A rate named by one doing alone ("通过率是多少", "办结率呢"), of no thing of its own.
_BARE_RATE = re.compile(
    r"^(?:那|其中)?的?[\u4e00-\u9fff]{2}率(?:是|为|有)?(?:多少|几)?(?:呢)?[？?。！!\s]*$"
)


def question_parts(topic: str, vocabulary: Vocabulary) -> list[str]:
    """The parts of ``topic`` (the question without region and year), in order; one when it
    asks one thing."""
    parts: list[str] = []
    pending = ""
    for sentence in filter(str.strip, _SENTENCES.split(topic)):
        for clause in asking_clauses(sentence):
            # ("普兰那份呢，复议案件是多少": the report pointed at, once its place is gone.)
            if _WHICH_PLACE.match(clause.strip()) or _REPORT_ONLY.fullmatch(clause.strip()):
                continue
            if parts and not pending and _NAMES_ASKED.fullmatch(clause.strip()):
                continue
            if parts and not pending and sum_only(clause):
                # "…给了多少，加起来多少": the figures told are added up (``with_sum``).
                continue
            if parts and not pending and _EXAMPLES_CLAUSE.fullmatch(clause.strip()):
                # The examples say what to include; they ask nothing of their own.
                parts[-1] += "，" + clause
            elif not ASKS.search(clause):
                pending += clause + "，"
            elif parts and not pending and _BARE_RATE.match(clause.strip()):
                # "…考试多少人取得证件？通过率多少": the rate of what the part before
                # counts (no filing's 备案通过率).
                # ("…收了几件？和解率几成，纠错率呢": of the count, not of the rate before.)
                counted = next((p for p in reversed(parts) if not rates_asked(p)), "")
                parts.append((_counted_in(counted) if counted else "") + clause.strip())
            elif (
                parts
                and not pending
                and (thing := another_thing(clause))
                and (likewise := counted_likewise(thing, parts[-1]))
            ):
                parts.append(likewise)
            elif (
                parts
                and not pending
                and COUNTS.search(clause)
                and _HOW.search(parts[-1])
                and not _names_something(clause, vocabulary)
            ):
                # "诉前调解是咋搞的？办了多少件": how it is done is a part; the count asks of
                # what the part before names.
                parts.append(_HOW.sub("", parts[-1]) + clause)
            elif (
                parts and not pending and _MEANS.match(clause.strip()) and COUNTS.search(parts[-1])
            ):
                parts[-1] += "，" + clause
            elif parts and not pending and _WITHIN.match(clause):
                parts.append(_counted_in(parts[-1]) + _WITHIN.sub("", clause))
            elif (
                parts
                and not pending
                and not _names_something(clause, vocabulary)
                and not DONE.search(clause)
                and not _counts_otherwise(clause, parts[-1])
            ):
                parts[-1] += "，" + clause
            elif parts and not (pending or _names(vocabulary, clause)) and COUNTS.search(clause):
                # "积分兑换多少户，兑了多少钱": another measure of what the part before counts.
                parts.append(_counted_in(parts[-1]) + clause)
            elif parts and not pending and counts_each(clause, partial(_names, vocabulary)):
                # "…分哪几类？每类多少项": a count of each of what the part before names.
                parts[-1] += "，" + clause
            else:
                parts.append(pending + clause)
                pending = ""
    if pending and parts and _SITUATION.search(pending) and _names_something(pending, vocabulary):
        # "…多少名？专题培训情况。": a thing's situation, asked on its own at the end.
        parts.append(pending.rstrip("，"))
    elif pending and parts:
        parts[-1] += "，" + pending.rstrip("，")
    return _measured_alike(parts) or [topic]


# "行政检查呢": a thing asked bare, of the measure the question counts in next.
# (Not a rate, no count of anything; nor a field pointed at, "X那块呢", what the next part is
# about.)
_BARE_ASKED = re.compile(
    r"^(?P<lead>.*[，,])?(?P<thing>[\u4e00-\u9fff]{2,12}?)(?<!率)(?<!块|面|边|分|域)(?<!方面|部分|那里|这里)呢$"
)
# ("调解呢 成功了几件": the field, then what is asked of it; a total asked next is of
# all the things the bare one is one of.)
_MEASURE_NEXT = re.compile(
    r"(?:一共|总共|共计|合计|总计|共)(?:有|是)?(?:多少|几)(?P<measure>[件个项人次名场户家条份本])"
)


def _measured_alike(parts: list[str]) -> list[str]:
    """``parts`` with a part asking a thing bare ("行政检查呢") asked as a count in the measure
    of the part after it ("一共多少项职权" → "行政检查多少项")."""
    asked = list(parts)
    for at, part in enumerate(asked[:-1]):
        bare = _BARE_ASKED.match(part.strip())
        measure = _MEASURE_NEXT.search(asked[at + 1])
        if bare and measure:
            asked[at] = f"{bare['lead'] or ''}{bare['thing']}多少{measure['measure']}"
    return asked


def _counts_otherwise(clause: str, part: str) -> bool:
    """True when ``clause`` counts in another measure than ``part`` does ("…赋了多少户，兑了
    多少钱"): another figure is asked, though the clause names no thing of its own."""
    mine, theirs = Expected.of(clause).unit_word, Expected.of(part).unit_word
    return bool(mine and theirs) and not comparable_units(mine, theirs)


def _counted_in(part: str) -> str:
    """What ``part`` counts, its count and the verb before it left out ("12345热线一年办了多少件"
    → "12345热线一年")."""
    count = COUNTS.search(part)
    return trailing_verb(part[: count.start()]) if count else part


def _names(vocabulary: Vocabulary, text: str) -> bool:
    return _names_something(text, vocabulary)


def _names_something(clause: str, vocabulary: Vocabulary) -> bool:
    words = question_weights(clause, vocabulary)
    if any(len(word) > 1 for word in words):
        return True
    # "年审了多少人": the reports' dictionary cuts a word it lacks into characters that still
    # name it side by side.
    return any(f"{a}{b}" in clause for a in words for b in words if a != b)
