"""Follow-ups after turns that ran through places one by one ("额敏…多少？" then "普兰呢"): a
report named by what it says, asked the question before ("那个全市首个X的县呢"), and a place
added to those the turns asked of, all weighed together ("再加上叶城，三家比比")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from retrieval.query.about_answer import (
    asks_against_others,
    asks_clues_of_place,
    asks_period,
    claimed_figure,
    verbatim_only,
    where_only,
)
from retrieval.query.added_places import place_added
from retrieval.query.plan import Kind
from retrieval.query.routing import Route
from retrieval.query.sides import UNNAMED
from retrieval.query.verdicts import asks_sum, sum_only, thing_summed
from retrieval.schema import Conversation

__all__ = [
    "THESE_TWO",
    "Chain",
    "adds_side",
    "clues_of_place_before",
    "period_asked",
    "turns_chained",
]

# "这两份", "两家", "它俩": the places of the last two turns, pointed at.
THESE_TWO = re.compile(
    r"(?:[这那][两俩][份个家地县镇]?|两边|两地|[二两]者|双方|它们?俩"
    # "成功率两家都写了没": the two just weighed, before what is asked of them.
    # "两个比一下哪个多": the two, set against each other.
    r"|(?<![一二三四五六七八九十\d])两[家份](?=都|也|各|分别|谁|哪|[？?，,。]|$)"
    r"|(?<![一二三四五六七八九十\d])两[个家份](?=比|对比|相比|放))(?:报告)?[的里中]?"
)
# "再加上…", "…也算上，": a place added to those told, before what is asked of them all.
_PLUS = re.compile(
    r"^(?:那|再)?(?:加上|算上|把)?的?(?:也|都)?(?:加上|算上|加进来|算进来|放进来|加进去)?"
    r"(?:以后|之后)?[，,\s]*"
)
# "…的县呢": a follow-up naming only the place it asks of.
_THAT_ONE = re.compile(r"呢[？?。！!\s]*$")
_POINTER_LEAD = re.compile(r"^(?:那|这)(?:份|个)?(?:报告)?(?:里|中)?")


class Chain(NamedTuple):
    """A follow-up and what came before it."""

    question: str
    # The follow-up without its places, and its route.
    topic: str
    routed: Route
    # The previous question without its places.
    before: str
    conversation: Conversation


def turns_chained(
    turn: Chain, asked_then: str, describes: Callable[[str], bool]
) -> tuple[str, Kind | None] | None:
    """The question ``turn`` asks whole, and the shape it is asked in (None: as its words
    read), when it names a report by description or adds a place to the turns before; None
    for any other follow-up.

    Args:
        turn: the follow-up and the turns before it.
        asked_then: what the turn before asked, without a description of its report.
        describes: whether a question names its report by what the report says.
    """
    routed, topic, conversation = turn.routed, turn.topic, turn.conversation
    placed = routed.regions or routed.unknown_regions or routed.files
    # ("这份报告由谁印发" before: its pointer goes, the report described stands for it.)
    described = _THAT_ONE.sub("", topic) + _POINTER_LEAD.sub("", turn.before)
    # (The follow-up describes the report, not the turn before: "普法那方面呢" after a
    # turn on a report described asks another thing of it.)
    described_here = describes(described) and not describes(turn.before)
    # ("那家不写县名的呢": the report that names no place is pointed at, not described.)
    if not placed and _THAT_ONE.search(topic) and described_here and not UNNAMED.search(topic):
        # "那个全市首个X的县呢": the question before, of the report so described.
        return described, None
    if not (routed.regions or routed.files) or not conversation.before:
        return None
    widened, summed = _widened(topic)
    if widened is None and not summed:
        return None
    # "再加上叶城，三家比比" after "额敏…多少？普兰呢": the places the turns ran through and
    # the one named, on the thing they were asked.
    asked_of = dict.fromkeys([*conversation.last_two(), *routed.regions, *routed.files])
    # ("…两个加起来多少" then "叶城的也加上": the sum asked before, of them all.)
    added_up = summed or asks_sum(topic) or (not (widened or ("",))[0] and asks_sum(asked_then))
    verdict = "，加起来一共多少" if added_up else (widened or ("",))[0]
    thing = thing_summed(asked_then)
    return "和".join(asked_of) + thing + (verdict or "，比一比"), "comparison"


def clues_of_place_before(topic: str, question: str) -> bool:
    """True when ``topic`` asks what tells the place of the report asked before ("文里有没有
    线索能看出是哪儿"); a follow-up describing a report of its own ("不署县名那家，看得出是
    哪儿吗", ``question``) asks of that one."""
    return asks_clues_of_place(topic) and UNNAMED.search(question) is None


def period_asked(turn: Chain, asked_then: str) -> str | None:
    """The question whose figures' period ``turn`` asks ("这是哪年的数"): "" for the question
    before as it was asked, the places of the last two turns with what it asked ("这两个数是
    同一年的吗"); None when it asks no period (or where it is said) of what was told."""
    routed, topic, conversation = turn.routed, turn.topic, turn.conversation
    # ("叶城那个数是哪年的" after a ranking or a turn on 叶城: a place the answer told of.)
    told_of = {*conversation.ranked, *conversation.regions}
    unnamed = not (routed.regions or routed.files) or (
        not routed.files and set(routed.regions) <= told_of and asks_period(topic)
    )
    # ("原文呢": the question before, its sentences quoted whole, ``Plan.verbatim``.)
    # ("你确定是38件？": the question before, its figures checked, ``Plan.claimed``.)
    again = asks_period(topic) or where_only(topic) or verbatim_only(topic)
    # ("文里有没有线索能看出是哪儿": the report's place asked again, its clues told.)
    again = again or clues_of_place_before(topic, turn.question)
    if not (unnamed and (again or claimed_figure(topic))):
        return None
    if conversation.before and THESE_TWO.search(topic) and not routed.regions:
        return "和".join(conversation.last_two()) + asked_then
    if conversation.across and asks_against_others(topic):
        # "叶城那个数…可以跟别的几家直接比吗": every report's figure again, each period said.
        return conversation.across
    return ""


def adds_side(heard: str, conversation: Conversation | None, route: Callable[[str], Route]) -> bool:
    """True when ``heard`` adds the places it names to those the last turns ran through ("叶城
    也加上，哪家最多"): no note on a table to set aside. ``route``: a text's route, read only
    after turns that ran through places."""
    if conversation is None or not conversation.before:
        return False
    routed = route(heard)
    if not (routed.regions or routed.files):
        return False
    widened, summed = _widened(routed.topic(heard))
    return widened is not None or summed


def _widened(topic: str) -> tuple[tuple[str, str] | None, bool]:
    """What ``topic`` (its places aside) asks of the places it adds (``place_added``), and
    whether it asks them all summed ("再加上叶城一共多少", "叶城也算上，总共多少")."""
    plus = _PLUS.match(topic)
    summed = plus is not None and bool(plus.group()) and sum_only(topic[plus.end() :])
    return place_added(topic, "comparison"), summed
