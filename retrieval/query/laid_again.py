"""Turns that ask the answer just told again, laid out otherwise ("列个清单", "换成表格", "去掉没
写的"), or one item of the list just told ("其中关于普法的是哪条")."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.laid_out import (
    FIGURES_ONLY,
    asks_table,
    laid_out_only,
    stated_only,
    stated_only_then,
)
from retrieval.query.verdicts import orders_only
from retrieval.schema import Conversation

__all__ = ["item_of_list", "told_again_as"]


def told_again_as(
    heard: str,
    conversation: Conversation | None,
    sides: Callable[[str], list[str]] = lambda text: [],
) -> tuple[str, bool, bool]:
    """The question to plan for ``heard``, whether it only lays out the turn before, and
    whether it leaves out the reports that state nothing ("去掉没写的"). ``sides``: the
    places and reports a text names.

    A table asked ("换成表格") is asked in the words every table question's answer reads, not
    the asker's ("…，列成表格")."""
    last = conversation.last_question if conversation else None
    if not last or conversation is None:
        return heard, False, False
    remembered = conversation.last_sides
    if len(remembered) > 1 and not sides(last):
        # "克孜勒陶镇也算上" then "做成表格": the sides weighed, which that turn left unsaid.
        last = f"{'、'.join(remembered)}{last}"
    silent_dropped = stated_only(heard)
    then = stated_only_then(heard)
    if then and orders_only(then):
        # "去掉没写的，按从多到少排": the rows just told, stating ones only, in order.
        return f"{last.rstrip('？?。！! ')}，从多到少排序", True, True
    listed = bool(conversation.last_section)
    if listed and _FIGURES_WHETHER.match(heard.strip()) and not _COUNT_ASKED.search(last):
        # "这几点里面有没有具体的数字" after a list: the items' figures, where they give any.
        return f"{last.rstrip('？?。！! ')}，有哪些数字", True, False
    if then or not (silent_dropped or laid_out_only(heard)):
        return heard, False, False
    if asks_table(heard) and not asks_table(last):
        return f"{last.rstrip('？?。！! ')}，列成表格", True, silent_dropped
    if _FIGURES_ONLY.search(heard) and not _COUNT_ASKED.search(last):
        # "只要数字" after a list: the items' figures, which the list showed none of.
        return f"{last.rstrip('？?。！! ')}，有哪些数字", True, silent_dropped
    return last, True, silent_dropped


# "只要数字", "数字就行": the figures of what was just told.
_FIGURES_ONLY = re.compile(FIGURES_ONLY)
# "这几点里面有没有具体的数字", "里头有数据吗": whether the items just told give figures.
_FIGURES_WHETHER = re.compile(
    r"^(?:那)?(?:这|那)?(?:几|些)?(?:点|条|项|个)?(?:里面|里头|当中|中|里)?"
    r"(?:有没有|有无|是否有|有)(?:具体|相关)?的?(?:数字|数据)(?:[或和及、][^？?，,。]{1,8})?(?:吗|么)?[？?。！!]*$"
    # "把其中的数据都挑出来": the items' figures, set out.
    r"|^(?:把)?(?:这|那)?(?:几|些)?(?:点|条|项|个)?(?:里面|里头|当中|中|里)?的?(?:数字|数据)"
    r"(?:单独|都|全部|全)?(?:拎|列|挑|摘|提|拿)(?:出来|一下|出)?[？?。！!]*$"
)
# "…多少件": a question of figures, whose answer leads with them.
_COUNT_ASKED = re.compile(r"多少|几[个件人次项条场份名户]|比例|率")
# "其中关于普法的是哪条": which item of the list just told is about a thing.
_WHICH_ITEM = re.compile(r"^其中(?:关于|针对|有关|涉及)?[^，,。？?]{2,12}?的?是哪(?:一)?[条项个]")


def item_of_list(heard: str, before: str | None) -> str:
    """``heard`` after the question before it when it asks which item of that list is about a
    thing ("其中关于普法的是哪条"), read as the list told more of under that item."""
    return (
        f"{before.rstrip('？?。！! ')}？{heard}" if before and _WHICH_ITEM.match(heard) else heard
    )
