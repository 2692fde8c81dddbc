"""The parts of a question that asks several things at once.

"…受理多少件？办结几件？办结率多少？" asks three figures; each part is answered (and cited) on
its own. A clause that asks nothing ("在行政复议方面，") says what the next part is about, and
a part that names nothing of its own ("共多少名？") asks more of the part before it: neither is a
part by itself.
"""

from __future__ import annotations

import re
from functools import partial

from retrieval.query.counted_doing import trailing_verb
from retrieval.query.expected import Expected
from retrieval.query.frames import counts_each
from retrieval.query.measure import measured_as
from retrieval.query.units import comparable_units
from retrieval.query.verdicts import sum_only
from retrieval.query.weights import question_weights
from retrieval.types import Vocabulary

__all__ = [
    "ASKS",
    "HOW_FAR",
    "another_thing",
    "asks_means",
    "colon_list",
    "counted_likewise",
    "question_parts",
]

_SENTENCES = re.compile(r"[？?！!。]+")
# A space parts the keywords of a terse query ("述法 多少人 好评率") as a comma does.
_CLAUSES = re.compile(
    r"[，,；;]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
    # "考了几次多少人拿证": a count asked right after another begins a part of its own.
    r"|(?<=多少[次件项名人场家个期份本条户])(?=多少|几)|(?<=几[次件项名人场家个期份本条户])(?=多少|几)"
)
# "是哪个县？": asks which report answers, which the answer says by naming its region.
_WHICH_PLACE = re.compile(r"^[是在]?哪(?:一?个|里|儿)?(?:县|乡镇|镇|乡|地方|地区|区|市)呢?$")
_COUNTS = re.compile(r"多少|几")
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
# "建完没有": whether something is done, a part of its own though it names nothing new.
# "建到哪一步了", "进展如何", "建得怎么样了": how far something has got, which its sentence
# says.
HOW_FAR = (
    r"(?:到|在)(?:哪一?步|什么程度|啥程度|哪个阶段)|(?:进展|进度)(?:如何|怎样|怎么样|咋样)"
    r"|(?:建|修|盖|搞|弄|做)(?:得|的)(?:怎么样|怎样|如何|咋样)了"
)
_DONE = re.compile(rf"没有?$|{HOW_FAR}")
# "…办了多少件，里面投诉的有多少": a part of what the part before counts.
_WITHIN = re.compile(r"^(?:这|那)?(?:其中|里面|里头|当中)(?:的)?")
# Question words: a clause holding one asks something.
ASKS = re.compile(
    r"多少|几|哪|什么|啥|是否|是不是|有没有|有无|吗|怎么|怎样|咋|如何|谁|何时|比例|占比|率$|呢$|多大|多长|多久"
    # "现在建好没有", "都答复了没": whether it is done, asked at the clause's end.
    rf"|{_DONE.pattern}"
    # "顺便说下全年办件量": a request to tell an amount asks it.
    r"|(?:说|讲|报|介绍)(?:一)?下[^，,。？?！!]*(?:量|数|率)$"
    # "顺带把线上线下办件量也报一下": the amount, then the request to tell it.
    r"|把[^，,。？?！!]*(?:量|数|率)(?:也|都)?(?:说|讲|报|介绍|列|给)(?:一)?下$"
    # "…件数与办结率同时给出": the amounts named, then a request to give them.
    r"|(?:量|数|率)(?:也|都)?(?:请|麻烦)?(?:一并|一起|同时|顺便)?(?:给出|列出|提供|写出|报一下)"
)


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
    return any(_MEANS.match(clause.strip()) for clause in _CLAUSES.split(part))


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
        for clause in _clauses(sentence):
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
                parts.append(_counted_in(parts[-1]) + clause.strip())
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
                and _COUNTS.search(clause)
                and _HOW.search(parts[-1])
                and not _names_something(clause, vocabulary)
            ):
                # "诉前调解是咋搞的？办了多少件": how it is done is a part; the count asks of
                # what the part before names.
                parts.append(_HOW.sub("", parts[-1]) + clause)
            elif (
                parts and not pending and _MEANS.match(clause.strip()) and _COUNTS.search(parts[-1])
            ):
                parts[-1] += "，" + clause
            elif parts and not pending and _WITHIN.match(clause):
                parts.append(_counted_in(parts[-1]) + _WITHIN.sub("", clause))
            elif (
                parts
                and not pending
                and not _names_something(clause, vocabulary)
                and not _DONE.search(clause)
                and not _counts_otherwise(clause, parts[-1])
            ):
                parts[-1] += "，" + clause
            elif parts and not (pending or _names(vocabulary, clause)) and _COUNTS.search(clause):
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
    return parts or [topic]


def _clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence``; a 、 parts two of them where each side counts ("社会监督团
    多少人、企业联系点几个"), not a list of things counted together ("调解、化解多少件")."""
    clauses: list[str] = []
    for clause in filter(str.strip, _CLAUSES.split(sentence)):
        two = _TWO_COUNTS.match(clause.strip())
        if two:
            # "预警信息条数和应急演练次数是多少": two things, each counted in its measure.
            ask = two["ask"] or "是多少"
            clauses.extend([two["a"] + ask, two["b"] + ask])
            continue
        listed = _listed_after_colon(clause)
        if listed:
            clauses.extend(listed)
            continue
        pieces = clause.split("、")
        # "投了多少钱、建到哪一步了": each side asks its own thing.
        counted = len(pieces) > 1 and all(
            _COUNTS.search(piece) or (ASKS.search(piece) and _COUNTS.search(clause))
            for piece in pieces
        )
        clauses.extend(pieces if counted else [clause])
    return clauses


_COUNT_OF = r"(?:场次|人次|[条次人件个项场户家份])数"
_TWO_COUNTS = re.compile(
    rf"^(?P<a>[^和及与]{{2,}}?{_COUNT_OF})(?:和|及|以及|与)(?P<b>[^和及与]{{2,}}?{_COUNT_OF})"
    r"(?P<ask>(?:各|分别)?(?:是|为|有)?多少)?$"
)
# "取证人数", "金额": an amount named is asked in a list of asks.
_AMOUNT_NAMED = re.compile(r"(?:数|量|额)$")
# "X：a、b、c": what is asked about, a colon, then two things or more listed.
_COLON_LIST = re.compile(
    r"(?P<about>[^：:，,。？?]+)[：:](?P<listed>[^：:，,。？?、]+(?:、[^：:，,。？?、]+)+)"
)


def colon_list(text: str) -> tuple[str, list[str]] | None:
    """What ``text`` names before a colon and the things it lists after it ("执法队伍：在岗人
    数、考试"), or None when it lists none."""
    found = _COLON_LIST.search(text)
    if found is None:
        return None
    return found["about"], [piece for piece in found["listed"].split("、") if piece.strip()]


def _listed_after_colon(clause: str) -> list[str]:
    """ "培训情况：办了几期、参训人数、合格率": what the asks are about, then each ask (an
    amount named alone asks how much), or [] when ``clause`` is no such list."""
    listed = colon_list(clause)
    about, pieces = listed or ("", [])
    if not pieces or not all(ASKS.search(p) or _AMOUNT_NAMED.search(p) for p in pieces):
        return []
    return [about, *(p if ASKS.search(p) else f"{p}多少" for p in pieces)]


def _counts_otherwise(clause: str, part: str) -> bool:
    """True when ``clause`` counts in another measure than ``part`` does ("…赋了多少户，兑了
    多少钱"): another figure is asked, though the clause names no thing of its own."""
    mine, theirs = Expected.of(clause).unit_word, Expected.of(part).unit_word
    return bool(mine and theirs) and not comparable_units(mine, theirs)


def _counted_in(part: str) -> str:
    """What ``part`` counts, its count and the verb before it left out ("12345热线一年办了多少件"
    → "12345热线一年")."""
    count = _COUNTS.search(part)
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
