"""A superlative asked after a comparison of several places, naming no place of its own ("哪家
整改的问题最多" after "额敏、普兰、003的案卷评查：各抽查多少卷、整改多少问题"): asked among
those places, in the field the comparison set out before its colon."""

from __future__ import annotations

import re

from retrieval.query.across_shape import SUPERLATIVE
from retrieval.query.routing import Route
from retrieval.schema import Conversation

__all__ = ["among_sides"]

# "…的行政执法案卷评查：各抽查多少卷": the field, set out before the things asked of it.
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
    if len(named) < 2 or found is None or not SUPERLATIVE.search(topic):
        return None
    field = found["field"]
    return None if field in topic else f"{places}{field}{topic}"
