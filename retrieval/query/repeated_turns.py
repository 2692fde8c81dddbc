"""A follow-up that asks the previous question again, whole: of another thing ("调解矛盾纠纷
呢？") or one item of its list ("具体说说第四条"), against another place ("跟普兰比呢？"), or
with each side asking its own thing ("那和普兰县新增的执法证相比，哪个多"). Such a turn says
only what changed, so the question before it is rebuilt around the change and then routed and
shaped as if it had been asked outright."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.against_place import against, own_against, set_against
from retrieval.query.aspects import aspects_in
from retrieval.query.followup import asked_again, asks_item_titles, verdict_only
from retrieval.query.measure import measured
from retrieval.query.mentioned import QUOTED
from retrieval.query.plan import Kind
from retrieval.query.routing import Route
from retrieval.query.shape import shape_of
from retrieval.schema import Conversation

__all__ = ["whole_again"]

# "那和普兰县…相比": the 那 leading a follow-up on.
_LEAD = re.compile(r"^(?:那么|那)")


def whole_again(
    question: str,
    routed: Route,
    before: Route,
    conversation: Conversation,
    asked: str,
    knows: Callable[[str], bool],
    routed_as: Callable[[str], tuple[str, Route, Kind]],
) -> tuple[str, Route, Kind] | None:
    """A follow-up asking the previous question (routed as ``before``) again of another
    thing or against another place (``followup``), whole; None for any other question.

    Args:
        question: the follow-up as asked, routed as ``routed``.
        routed: its route.
        before: the previous question's route.
        conversation: the turns before it.
        asked: what the turn before asked (``Resolver._asked_before``).
        knows: whether a word occurs in the reports.
        routed_as: a question routed and shaped as any question is.
    """
    previous = conversation.last_question or ""
    topic = routed.topic(question)
    shape = shape_of(asked, len(before.regions) + len(before.files), knows)
    # The places asked before: regions, or reports named by number ("003号报告").
    said = [previous[a:b] for a, b in sorted(before.spans)]
    # ("额敏和003那个…": regions and a report named by number, each as it was named.)
    earlier = (said if conversation.files_too else conversation.regions) or (
        conversation.sources or said
    )
    # "换成003那个县说说": a report named by number is a place named, as a region is.
    now = (
        list(dict.fromkeys(question[a:b] for a, b in sorted(routed.spans)))
        if routed.files
        else routed.regions
    )
    places = now or earlier
    if now and asks_item_titles(topic) and aspects_in(asked):
        # "只看普兰和003，把标题列出来" after every report's plans: the items' headings, of
        # the places named, not their reports' titles.
        titled, of_places, _ = routed_as("和".join(now) + asked)
        return titled, of_places, "list"
    if routed.regions and earlier and own_against(topic):
        # "那和普兰县新增的执法证相比，哪个多": each side asked its own thing.
        mine = "和".join(earlier) + asked.lstrip("中里的，, ").rstrip("？?。！! ")
        return routed_as(mine + "，" + _LEAD.sub("", question))
    # ("叶城和003加一起多少件" after a table: both sides named, none asked of before.)
    if routed.regions and (earlier or len(now) > 1) and verdict_only(topic):
        # "普兰呢？两家差几件": the place named beside those before, on the previous thing.
        # "额敏县是它的几倍" after 额敏 was asked: 它 is the place asked before it.
        # "那叶城和003那份呢，叶城比003多多少": two places named are the sides themselves.
        before_now = conversation.last_two() if len(now) < 2 else []
        sides = list(dict.fromkeys([*before_now, *now]))
        return routed_as("和".join(sides) + measured(asked) + "，" + topic.lstrip("呢？?，, "))
    if routed.regions and earlier and set_against(topic):
        # "跟普兰比呢？": the previous places and the named one, on the previous thing.
        sides = list(dict.fromkeys([*earlier, *routed.regions]))
        return routed_as("和".join(sides) + against(asked, topic))
    again = asked_again(topic, asked, shape)
    # (A name quoted is no aspect: "“枫桥经验”" is no 经验 of a report.)
    aspect = aspects_in(QUOTED.sub("", topic))
    if again is not None and not places and shape == "table" and aspect:
        # "那问题呢" after every report's plans: every report's problems, a row each.
        return routed_as(f"各报告{again[0]}")
    if again is None or not places:
        return None
    whole, own = again
    inherited = not now
    question, routed, kind = routed_as("和".join(places) + whole)
    routed.inherited = inherited
    return question, routed, "list" if own == "list" else kind
