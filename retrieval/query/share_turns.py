"""A share or an average worked out from figures told or asked: one report's share of a ranking's
or table's sum ("额敏占合计的多少"), the average over its reports ("平均每家多少"), either asked
beside a sum ("…加起来多少，额敏占多少"), and the share of the last turn's figure in the one
before ("占比算一下"). Each is asked as the question whose figures it is worked from."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from retrieval.query.across_shape import SUPERLATIVE
from retrieval.query.averages import PER_PLACE, average_split
from retrieval.query.measure import HOW_MANY, measured
from retrieval.query.order import ORDERED_CLAUSE
from retrieval.query.rates import without_rates
from retrieval.query.verdicts import asks_sum, sum_only, thing_summed, without_sum
from retrieval.schema import Conversation

__all__ = ["Derived", "derived_asked", "first_share_after", "share_named"]

# "额敏占合计的多少", "普兰在总数里占几成", "它占全部的百分之几": a place, then its share.
_PLACE_SHARE = re.compile(
    r"^(?:那么?)?(?P<place>[^，,。？?！!\s]{1,20}?)(?:一家|一个县|一份|自己|单独|本身|那部分|那块|那一块|那份)?的?(?:在|占)了?"
    r"(?:(?:这|以上|上面|前面)?(?:几家|几个县|[两三四五]家|各县|所有)?的?"
    r"(?:合计|总数|总量|全部|总共|一共|总和|加起来|总计)(?:数)?(?:的|中|里|里面)?)?(?:占|的)?"
    r"(?:大概|大约|约)?(?:多少(?:比例|比重)?|多大(?:的)?(?:比例|比重)|比例|比重|占比|百分比|百分之几|百分之多少|几成|比)"
    r"(?:是多少|大概多少|有多少|多少)?[？?。！!\s呢吗]*$"
)
# "谁最多？它在合计里占多少": the place just ranked first, its share of the sum.
_FIRST_SHARE = re.compile(
    r"^(?:那|那么)?(?:它|其|第一名?|最多的|最高的|这家)?的?(?:在|占)了?(?:20\d\d年度?的?)?"
    r"(?:总数|合计|全部|总量|总和|总计)"
    r"(?:的|中|里)?(?:所?占了?)?(?:大概|大约|约)?"
    r"(?:多少|比例|比重|占比|百分比|百分之几|百分之多少|几成|多大(?:的)?比例)"
    r"(?:是多少|多少)?[？?。！!\s呢吗]*$"
)


def first_share_after(sentences: list[str]) -> bool:
    """True when a sentence after the first asks the share of the place it ranks first ("谁
    最多？它在合计里占多少"), which is worked out once the ranking is told."""
    firsts = [SUPERLATIVE.search(s) for s in sentences[:-1]]
    return any(firsts) and bool(_FIRST_SHARE.match(sentences[-1].strip()))


def place_share(
    question: str,
    across: str | None,
    sources: Callable[[str], list[str]],
    ranked: list[str] | None = None,
) -> tuple[str, str] | None:
    """The question to ask again (every report's figure of what ``across`` asked, summed) and
    the report whose share of the sum is asked, when ``question`` asks one place's share after
    a turn over every report; else None.

    Args:
        question: the follow-up as heard.
        across: the last question asked of every report (a ranking or a table), if any.
        sources: the reports a piece of text names.
        ranked: the places the last turn ranked, first first.
    """
    found = _PLACE_SHARE.match(question.strip()) if across else None
    named = sources(found["place"]) if found else []
    if across and ranked and _FIRST_SHARE.match(question.strip()):
        named = sources(ranked[0])
    if across is None or len(named) != 1:
        return None
    return f"各报告{measured(across)}，加起来一共多少", named[0]


def _side_share(
    question: str, conversation: Conversation | None, sources: Callable[[str], list[str]]
) -> tuple[str, str] | None:
    """The sum the turn before asked of the places it named, asked again, and the report of
    the one of them whose share ``question`` asks ("叶城那份占几成" after "额敏和叶城的
    法律援助一共多少件"); None otherwise."""
    last = conversation.last_question if conversation else None
    found = _PLACE_SHARE.match(question.strip())
    if conversation is None or not last or not found or not asks_sum(last):
        return None
    named = sources(found["place"])
    sides = {
        *(report for place in conversation.regions for report in sources(place)),
        *conversation.sources,
        *conversation.files_too,
    }
    return (last, named[0]) if len(named) == 1 and len(sides) > 1 and named[0] in sides else None


# "，帮我算一下": the share asked to be worked out, after it is asked.
_WORK_IT_OUT = r"(?:[，,\s]*(?:帮我|请|麻烦)?(?:算一?下|计算一下|算算|算出来))?"
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
        return _named_of_whole(named, asked_before)
    # "纠错了几件？纠错的占多少": the thing the last turn counted, named again.
    part = part.rstrip("的")
    if named and not (named["part"] in part or part in named["part"]):
        return None
    # ("咨询和求助各几件？求助占几成": the part named, of those the turn counted.)
    part = named["part"] if named else part
    return f"{whole.strip().rstrip('？?。！! ')}，{part}占多少比例"


def share_named(clause: str) -> str | None:
    """The part whose share ``clause`` asks ("普法经费占几成" → 普法经费), or None."""
    found = _NAMED_SHARE.match(clause.strip())
    return found["part"] if found else None


def _named_of_whole(named: re.Match[str] | None, asked_before: list[str]) -> str | None:
    """ "许可占全部的比例" after a whole was counted (and its parts, perhaps, put in
    order): the named part's share of the last figure asked; None when none was asked."""
    wholes = [asked for asked in asked_before if HOW_MANY.search(asked)]
    if named is None or not wholes:
        return None
    whole = ORDERED_CLAUSE.sub("", wholes[-1].strip().rstrip("？?。！! "))
    # ("…，总数多少，办案经费占几成": the part's share of the sum just asked.)
    # (Only a bare sum closing it: "共清理多少份文件" counts a whole of its own.)
    of = "占总数的多少" if sum_only(re.split(r"[，,]", whole)[-1]) else "占多少比例"
    return f"{whole}，{named['part']}{of}"


# "叶城那个里面认罪认罚占多大比例": a part's share of the figure just told of the place.
_SHARE_WITHIN = re.compile(
    r"^(?:那|那么)?(?P<place>[^，,。？?！!\s]{2,12}?)(?:那个|这个|那|这)?的?"
    r"(?:里面|里头|当中|之中|中间|中|里)(?P<part>[\u4e00-\u9fff]{2,10}?)的?"
    r"(?:占比|占多少|占几成|占多大比例|占多少比例|占百分之几|比例)(?:是|为|有)?(?:多少|多大|几)?"
    r"[？?。！!\s呢吗啊]*$"
)


def share_within(
    question: str, asked_before: list[str], topic_of: Callable[[str], str]
) -> str | None:
    """The question to ask when ``question`` asks a part's share of the figure the last turn
    told ("叶城那个里面认罪认罚占多大比例"): that figure asked of the place named, and the
    part's share of it; else None. ``topic_of``: a question without its places."""
    found = _SHARE_WITHIN.match(question.strip())
    if found is None or not asked_before:
        return None
    thing = thing_summed(topic_of(asked_before[-1]))
    if not HOW_MANY.search(thing):
        return None
    return f"{found['place']}{thing.rstrip('？?。！! ')}，{found['part']}占多少比例"


# "纠错的占多少", "那调解和解的占比呢": a share of a thing named.
_NAMED_SHARE = re.compile(
    r"^(?:那|那么)?(?:帮我|请|再)?(?:算一?下|计算一下|算算)?(?P<part>[\u4e00-\u9fff]{2,8}?)的?"
    # ("办案那一块占几成": the part pointed at by its words.)
    r"(?:那块|这块|那一块|这一块|那项|这项|那部分|这部分|那个|这个)?"
    # ("处罚大概占了总数的百分之几": the whole is the figure asked before.)
    r"(?:大概|大约|大致|约)?(?:占比|占了?(?:总数|全部|总量|总体|合计)?的?"
    r"(?:多少|几成|多大比例|多少比例|百分之几|比例)|比例)"
    r"(?:是|为|有)?(?:多少|多大|几)?"
    # ("…，帮我算一下": the asker asks it worked out.)
    rf"{_WORK_IT_OUT}[？?。！!\s呢吗啊]*$"
)


# "平均每家多少", "平均下来一个县几件": the average over the reports just set out.
_AVERAGE_OF_ALL = re.compile(
    # ("把叶城那份去掉，只算2025年的四份，平均多少": the reports set aside said first.)
    r"^(?:如果|要是|假如)?(?P<aside>(?:把)?[^，,。？?]{2,12}?(?:去掉|剔除|不算|别算|除外)[，,\s]*)?"
    # ("只算2025年的四份": the reports of that year alone.)
    r"(?:(?:如果|要是|假如)?(?:只算|只看|光算)(?P<only>[^，,。？?]{0,14}?)[两三四五六几\d](?:家|份|个)"
    r"[，,\s]*)?"
    rf"(?:那|那么)?(?:这几家|各家|它们|这些)?的?{PER_PLACE}"
    # ("一共多少件，平均呢": the average, its count word left to the sum before it.)
    r"(?:(?:是|有|大概)?(?:多少|几)[\u4e00-\u9fff]?|(?:值|数)?(?=呢))"
    r"(?:呢|啊)?[？?。！!\s]*$"
)


def average_asked(question: str, across: str | None, whole: bool = False) -> str | None:
    """The question to ask again (every report's figure of what ``across`` asked, summed; or
    ``across`` itself, a sum asked, when ``whole``) when ``question`` asks the average over
    the reports of a ranking, table or sum just told; else None."""
    found = _AVERAGE_OF_ALL.match(question.strip()) if across else None
    if across is None or found is None:
        return None
    counted = measured(without_sum(without_rates(across)))
    asked = across if whole else f"各报告{counted}，加起来一共多少"
    year = re.search(r"20\d\d年", found["only"] or "")
    if year and not whole and year[0] not in asked:
        asked = year[0] + asked
    aside = (found["aside"] or "").strip("，, ")
    return f"{asked}，{aside}" if aside else asked


# The clauses of a question.
_CLAUSES = re.compile(r"[，,；;？?]")


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


# "叶城调解的纠纷占五家总数的多少": a place's figure, its share of every report's summed.
_SHARE_OF_ALL = re.compile(
    r"^(?P<lead>[^，,。？?！!]{3,30}?)(?:在|占)了?(?:这|那)?"
    r"(?:[两三四五六几]家|[两三四五六几]份报告|各县|各地|各报告|所有报告|全部报告)的?"
    r"(?:总数|合计|总量|总和|总计)的?(?:多少|比例|比重|占比|百分比|百分之几|几成)(?:是多少|多少)?"
    r"[？?。！!\s呢吗]*$"
)


# "五份报告调解纠纷总数里 叶城占百分之几": the whole of every report, then one place's share.
_ALL_THEN_SHARE = re.compile(
    r"^(?:在)?(?:[两三四五六几]份报告|[两三四五六几]家|各报告|各县|所有报告|全部报告)的?(?:里|中)?的?"
    r"(?P<thing>[^，,。？?！!\s]{2,20}?)的?(?:总数|合计|总量|总和|总计)(?:里|中|当中|里面)?[，,\s]*"
    r"(?P<place>[^，,。？?！!\s]{2,12}?)(?:的)?(?:占了?|所占)(?:的)?"
    r"(?:多少|比例|比重|占比|百分比|百分之几|几成|多大比例)(?:是多少|多少)?[？?。！!\s呢吗]*$"
)


def share_of_all(
    question: str, sources: Callable[[str], list[str]], topic_of: Callable[[str], str]
) -> tuple[str, str] | None:
    """The question to ask (every report's figure of the thing, summed) and the report whose
    share of the sum is asked, when ``question`` asks one place's share of all in one breath
    ("叶城调解的纠纷占五家总数的多少"); else None."""
    whole_first = _ALL_THEN_SHARE.match(question.strip())
    if whole_first:
        # "五份报告调解纠纷总数里，叶城占百分之几": the whole named first, then the place.
        named = sources(whole_first["place"])
        thing = whole_first["thing"].strip("的 ")
        return (f"各报告{thing}，加起来一共多少", named[0]) if len(named) == 1 and thing else None
    found = _SHARE_OF_ALL.match(question.strip())
    if found is None:
        return None
    lead = found["lead"]
    thing = topic_of(lead).strip("的 ")
    # ("叶城调解的纠纷": the place named before the thing.)
    named = sources(lead[: lead.find(thing)].rstrip("的 ")) if thing in lead else []
    return (f"各报告{thing}，加起来一共多少", named[0]) if len(named) == 1 and thing else None


class Derived(NamedTuple):
    """The question to ask, and what is worked out from its answer."""

    question: str
    # The report whose share of the sum is asked, or "".
    share_of: str
    # Whether the average over the reports summed is asked.
    averaged: bool


def derived_asked(
    heard: str,
    conversation: Conversation | None,
    sources: Callable[[str], list[str]],
    topic_of: Callable[[str], str],
    sides: Callable[[str], list[str]] = lambda text: [],
) -> Derived:
    """``heard`` as the question whose figures a share or average it asks is worked out from,
    with what to work out; ``heard`` itself when it asks neither.

    Args:
        heard: the question as heard.
        conversation: the turns before, if any.
        sources: the reports a piece of text names.
        topic_of: a question without the places it names.
        sides: the places and reports a text names, among other words.
    """
    across = conversation.across if conversation else None
    heard, share_of = (
        place_share(heard, across, sources, conversation.ranked if conversation else None)
        or _side_share(heard, conversation, sources)
        or share_of_all(heard, sources, topic_of)
        or (heard, "")
    )
    # ("两个加起来" then "平均每家多少": the sum just told, of the places it added.)
    summed = conversation.last_question if conversation else None
    summed = summed if summed and asks_sum(summed) else None
    again = average_asked(heard, across) or average_asked(heard, summed, whole=True)
    heard = again or average_split(heard, sides) or heard
    heard, beside, averaged = derived_beside(heard, sources) or (heard, "", False)
    asked_before = [question for question, _ in conversation.history] if conversation else []
    # "…受理了几件？促成调解和解的有几件，占比多少": the share of the last count asked in the
    # one before, in one message as across turns.
    clauses = [c for c in _CLAUSES.split(heard.strip()) if c.strip()]
    own = share_of_last(clauses[-1], clauses[:-1]) if len(clauses) > 2 else None
    # ("X分项列一下，合计多少，Y占几成": the clauses before the whole still ask, and name.)
    kept = [c.strip() for c in clauses[:-1] if c.strip() not in (own or "")]
    own = "，".join([*kept, own]) if own and kept else own
    heard = (
        own
        or share_of_last(heard, asked_before)
        or share_within(heard, asked_before, topic_of)
        or heard
    )
    return Derived(heard, share_of or beside, averaged or again is not None)
