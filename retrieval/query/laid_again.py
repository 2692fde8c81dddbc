"""Turns that ask the answer just told again, laid out otherwise ("列个清单", "换成表格", "去掉没
写的"), or one item of the list just told ("其中关于普法的是哪条")."""

from __future__ import annotations

import re

from retrieval.query.laid_out import asks_table, laid_out_only, stated_only
from retrieval.schema import Conversation

__all__ = ["item_of_list", "told_again_as"]


def told_again_as(heard: str, conversation: Conversation | None) -> tuple[str, bool, bool]:
    """The question to plan for ``heard``, whether it only lays out the turn before, and
    whether it leaves out the reports that state nothing ("去掉没写的").

    A table asked ("换成表格") is asked in the words every table question's answer reads, not
    the asker's ("…，列成表格")."""
    last = conversation.last_question if conversation else None
    if not last:
        return heard, False, False
    silent_dropped = stated_only(heard)
    if not (silent_dropped or laid_out_only(heard)):
        return heard, False, False
    if asks_table(heard) and not asks_table(last):
        return f"{last.rstrip('？?。！! ')}，列成表格", True, silent_dropped
    return last, True, silent_dropped


# "其中关于普法的是哪条": which item of the list just told is about a thing.
_WHICH_ITEM = re.compile(r"^其中(?:关于|针对|有关|涉及)?[^，,。？?]{2,12}?的?是哪(?:一)?[条项个]")


def item_of_list(heard: str, before: str | None) -> str:
    """``heard`` after the question before it when it asks which item of that list is about a
    thing ("其中关于普法的是哪条"), read as the list told more of under that item."""
    return (
        f"{before.rstrip('？?。！! ')}？{heard}" if before and _WHICH_ITEM.match(heard) else heard
    )
