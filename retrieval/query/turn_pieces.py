"""Whether the sentences of one message are answered one after another, as turns: each asks
a question of its own that the message's one plan cannot answer whole."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.about_answer import CHECK_TAG, asks_period
from retrieval.query.mentioned import QUOTED
from retrieval.query.own_shape import ACROSS
from retrieval.query.plan import Plan
from retrieval.query.sentences_asked import (
    first_of_several,
    item_after_list,
    orders_in_turn,
    sentences_in_turn,
)
from retrieval.query.share_turns import first_share_after
from retrieval.query.superlatives import superlatives_each

__all__ = ["asked_apart", "which_otherwise"]

# "没有的话，哪几份写了": asked on the answer before it being no; what it asks names no term.
_IF_NOT = re.compile(
    r"^(?:那)?(?:如果|要是|若)?(?:没有|没写|没提|没有写|没提到)(?:的话)?(?:那)?[，,\s]*"
    r"(?P<rest>(?:哪些|哪几|哪(?:个|份|家))[^“”\"]*)$"
)


def which_otherwise(told: list[str]) -> list[str]:
    """The pieces of a message asking whether one report says a quoted term and, if not,
    which reports do ("额敏提没提“X”？如果没有，哪些提了"): the first as asked, the
    second with the term; [] for any other message."""
    if len(told) != 2:
        return []
    quoted = QUOTED.findall(told[0])
    second = _IF_NOT.match(told[1].strip())
    if len(quoted) != 1 or second is None:
        return []
    rest = second["rest"].rstrip("？?。！! ")
    return [told[0], f"{rest}“{quoted[0]}”？"]


def asked_apart(
    question: str, plan: Plan, abstained: bool, planned: Callable[[str, None], Plan]
) -> tuple[bool, list[str]]:
    """Whether ``question``'s sentences are asked one after another, and the pieces to ask
    when they are not its sentences as written ([] for those).

    Args:
        question: the message.
        plan: its plan, read whole.
        abstained: whether that plan's answer found nothing.
        planned: a piece's plan, read on its own.
    """
    # "…谁最多，排一下；按整改的问题数排呢", "…不足有哪几条？执法队伍那条具体怎么写的":
    # sentences that each ask, one after another.
    apart = abstained and plan.kind != "abstain"
    apart = apart or (plan.kind == "ranking" and len(orders_in_turn(question)) > 1)
    # "哪家最多？占总数百分之几": the ranking, then its first place's share.
    told = sentences_in_turn(question)
    apart = apart or first_share_after(told)
    # "…216人，对不对？另外…多少人": a statement checked, then another question.
    apart = apart or (len(told) > 1 and CHECK_TAG.search(told[0]) is not None)
    items = item_after_list(question) if plan.kind == "list" else []
    if not items and len(told) > 1 and asks_period(told[-1]):
        # "…各多少？能直接比吗": the figures, then whether their periods let them be weighed.
        items = [question[: question.rfind(told[-1])].rstrip("？?。！!，, "), told[-1]]
    # "额敏提没提“X”？如果没有，哪些提了": whether one report says it, then which do.
    otherwise = which_otherwise([s for s in re.split(r"(?<=[？?])", question) if s.strip()])
    if otherwise:
        return True, otherwise
    # "哪个县A最多、B最多": the places asked once, each thing ranked on its own.
    ranked = superlatives_each(question) if len(told) < 2 else []
    if ranked and planned(ranked[0], None).kind == "ranking":
        return True, ranked
    # "哪几个报告写了X？额敏那个…多少": which reports say it, then a figure of one.
    first = first_of_several(question) if plan.kind in ("fact", "list") else None
    apart = apart or (first is not None and planned(first, None).kind in ACROSS)
    return apart, items
