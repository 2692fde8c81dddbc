"""The things the last turns asked of ("行政处罚案件…行政许可案件呢"), for a follow-up that
weighs or adds them up ("它们差多少", "两家合计多少")."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.counted_doing import trailing_verb
from retrieval.query.measure import BARE_COUNT, HOW_MANY, measured
from retrieval.query.routing import Route
from retrieval.schema import NOT_FOUND, Conversation

__all__ = ["last_two_things", "own_things"]

# "那…呢", "的呢": a follow-up that names no thing of its own.
_BARE_FOLLOW = re.compile(r"^(?:那么|那|还有)|(?:的)?(?:呢|吗)$")


def last_two_things(
    conversation: Conversation, routing: Callable[[str], Route]
) -> tuple[str, str] | None:
    """The things the last two turns counted, when they differ ("行政处罚案件",
    "行政许可案件"), or None."""
    if len(conversation.history) < 2:
        return None
    asked = [question for question, _ in conversation.history[-2:]]
    things = [trailing_verb(BARE_COUNT.sub("", measured(routing(q).topic(q)))) for q in asked]
    counted = all(HOW_MANY.search(q) for q in asked)
    return (things[0], things[1]) if counted and all(things) and things[0] != things[1] else None


def own_things(
    conversation: Conversation, routing: Callable[[str], Route]
) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The place and thing each of the last two turns asked, when each asked one place,
    the places differ and each turn named, in words of its own, a thing it found; else
    None."""
    if len(conversation.history) < 2:
        return None
    asked: list[tuple[str, str]] = []
    for question, answer in conversation.history[-2:]:
        if answer.startswith(NOT_FOUND):
            return None  # its own words found nothing: the other turn's words are tried
        routed = routing(question)
        thing = _BARE_FOLLOW.sub("", routed.topic(question).strip("？?。！! "))
        if len(routed.regions) != 1 or len(thing) < 2:
            return None
        asked.append((routed.regions[0], thing))
    places = {place for place, _ in asked}
    things = {thing for _, thing in asked}
    return (asked[0], asked[1]) if len(places) == 2 and len(things) == 2 else None
