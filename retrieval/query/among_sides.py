"""A superlative asked after a comparison of several places, naming no place of its own ("哪家
整改的问题最多" after "额敏、普兰、003的案卷评查：各抽查多少卷、整改多少问题"): asked among
those places, in the field the comparison set out before its colon."""

from __future__ import annotations

import re

from retrieval.query.across_shape import SUPERLATIVE, asks_every
from retrieval.query.routing import Route
from retrieval.schema import Conversation

__all__ = ["among_sides"]

# "…的行政执法案卷评查：各抽查多少卷": the field, set out before the things asked of it.
# "哪个县", "哪份报告": a kind of place, of which every report holds one.
_PLACE_KIND = re.compile(r"县|镇|乡|地方|地区|报告|份")
_FIELD = re.compile(r"^[的之]?(?P<field>[^：:，,？?。！!]{2,20}?)[：:]")


def among_sides(topic: str, before: Route, previous: str, conversation: Conversation) -> str | None:
    """The superlative ``topic`` asked of the places the turn before set side by side (as it
    named them, else as remembered: "叶城也放进来" adds a place its words do not say), in
    the field it led with; None when it set out one place, names no field or ``topic`` asks
    no superlative.

    Args:
        topic: the follow-up, naming no place.
        before: the route of the question before.
        previous: that question.
        conversation: the turns before.
    """
    named = conversation.last_sides
    places = before.places_said(previous) or "、".join(named)
    found = _FIELD.match(before.topic(previous).strip())
    if len(named) < 2 or not SUPERLATIVE.search(topic) or asks_every(topic):
        return None
    if found is None:
        # "额敏县、叶城县与003号报告各审查了多少件" then "哪个最多": the question before,
        # which names its places, with the superlative after it ("哪个县最多" asks of
        # every county).
        sides = len(before.regions) + len(before.files)
        # (Only when those are all the places the turns asked of: a place asked of before
        # and left out since, "叶城和003…" then "普兰呢", is one of those weighed.)
        every = not set(conversation.asked_of) - set(named)
        among = sides > 1 and every and not _PLACE_KIND.search(topic)
        return f"{previous.rstrip('？?。！! ')}，{topic}" if among else None
    field = found["field"]
    return None if field in topic else f"{places}{field}{topic}"
