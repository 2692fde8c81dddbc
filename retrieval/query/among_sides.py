"""A superlative asked after a comparison of several places, naming no place of its own ("哪家
整改的问题最多" after "额敏、普兰、003的案卷评查：各抽查多少卷、整改多少问题"): asked among
those places, in the field the comparison set out before its colon."""

from __future__ import annotations

import re

from retrieval.query.across_shape import SUPERLATIVE, WHICH_MORE, asks_every
from retrieval.query.followup import verdict_only
from retrieval.query.rates import rates_asked
from retrieval.query.routing import Route
from retrieval.schema import Conversation
from retrieval.text.words import pos_tags

__all__ = ["among_sides"]

# "…的行政执法案卷评查：各抽查多少卷": the field, set out before the things asked of it.
# "哪个县", "哪份报告": a kind of place, of which every report holds one.
_PLACE_KIND = re.compile(r"县|镇|乡|地方|地区|报告|份")
# "那…", "那么…": a follow-up's opening, no word of what it asks.
_THEN = re.compile(r"^(?:那么?|再|还有)(?=[\u4e00-\u9fff]{2})")
_FIELD = re.compile(r"^[的之]?(?P<field>[^：:，,？?。！!]{2,20}?)[：:]")


def among_sides(topic: str, before: Route, previous: str, conversation: Conversation) -> str | None:
    """The superlative ``topic`` asked of the places the turn before set side by side (as it
    named them, else as remembered: "叶城也放进来" adds a place its words do not say), in
    the field it led with; or which of them is more in another thing ``topic`` names; None
    when it set out one place, names no field or ``topic`` asks no such verdict.

    Args:
        topic: the follow-up, naming no place.
        before: the route of the question before.
        previous: that question.
        conversation: the turns before.
    """
    named = conversation.last_sides
    places = before.places_said(previous) or "、".join(named)
    found = _FIELD.match(before.topic(previous).strip())
    every = not set(conversation.asked_of) - set(named)
    # (Sides the turn before set out itself: a report named by place and by file is one.)
    sides = len(before.regions) + len(before.files)
    if (
        sides > 1
        and every
        and WHICH_MORE.search(topic)
        and not (SUPERLATIVE.search(topic) or verdict_only(topic) or _PLACE_KIND.search(topic))
        # ("办结率谁高": a rate of the thing before, which its words alone do not name.)
        and not rates_asked(topic)
    ):
        # "那受理的信访哪个多" after two places set side by side: another thing of those
        # two weighed ("哪个多" alone weighs the same thing again, ``weighed_again``).
        # (The sides as remembered: a report named by what it lacks is named by its file.)
        thing = _THEN.sub("", topic.strip())
        return f"{'和'.join(named)}{_narrowed(thing, before.topic(previous))}"
    if len(named) < 2 or not SUPERLATIVE.search(topic) or asks_every(topic):
        return None
    if found is None:
        # "额敏县、叶城县与003号报告各审查了多少件" then "哪个最多": the question before,
        # which names its places, with the superlative after it ("哪个县最多" asks of
        # every county).
        # (Only when those are all the places the turns asked of: a place asked of before
        # and left out since, "叶城和003…" then "普兰呢", is one of those weighed.)
        among = sides > 1 and every and not _PLACE_KIND.search(topic)
        return f"{previous.rstrip('？?。！! ')}，{topic}" if among else None
    field = found["field"]
    return None if field in topic else f"{places}{field}{topic}"


# The kinds of word that name a thing ("执法人员", "培训"), which may narrow another.
_NAMING = ("n", "vn", "nz", "nr")


def _narrowed(thing: str, previous: str) -> str:
    """``thing`` with the words the question before said right before its first word ("培训次数
    谁多" after "两地调解员培训分别几场" → 调解员培训次数谁多): a follow-up says the thing
    it weighs again in short."""
    words = pos_tags(thing)
    if not words or len(words[0][0]) < 2 or not words[0][1].startswith(_NAMING):
        return thing
    said = pos_tags(previous)
    at = next((i for i, (word, _) in enumerate(said) if word == words[0][0]), None)
    if at is None:
        return thing
    lead = ""
    for word, flag in reversed(said[max(0, at - 2) : at]):
        if not flag.startswith(_NAMING):
            break
        lead = word + lead
    return thing if not lead or lead in thing else f"{lead}{thing}"
