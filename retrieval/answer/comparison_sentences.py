"""A comparison asked in sentences of two kinds ("各受理了多少件…？办理成效有何不同？"): a
figure of each side, then how each side did something, which no figure states.

Each sentence is compared as a comparison of it alone would be, one block after the other,
the citations numbered on; a later sentence that names no thing of its own is asked of what
the counting one names ("办理成效" of the 行政复议案件 counted).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from retrieval.answer.list_sentences import joined_answer, shifted_rows
from retrieval.query.followup import verdict_only
from retrieval.query.layout import without_layout
from retrieval.query.measure import BARE_COUNT, COUNT, measured
from retrieval.query.plan import Plan
from retrieval.query.sentences_asked import ALSO_ASKED, asked_likewise
from retrieval.query.verdicts import asks_which_more
from retrieval.schema import Answer

__all__ = ["compare_sentences", "each_sentence"]

# "各受理了…": the word asking each side, no part of the field.
_ALSO = re.compile(ALSO_ASKED)
_AMOUNT = re.compile(r"的?(?:数量|总数|数|量)$")
# "请顺带写明各自的办结情况": the request to tell it, no part of what the block is about.
_TOLD = re.compile(
    r"^(?:请)?(?:顺带|顺便|另外|同时|再)?(?:写明|注明|说明|列出|列明|标明)(?:一下)?(?:各自)?的?"
)
_EACH = re.compile(r"^(?:各|都|分别|共)+")


def compare_sentences(plan: Plan, compose: Callable[[Plan], Answer]) -> Answer | None:
    """The comparison of each sentence of ``plan``'s question, joined; None unless it asks a
    figure in one sentence and something no figure states in another.

    Args:
        plan: the comparison's plan.
        compose: answers a comparison plan of one sentence.
    """
    asked = _sentences(plan)
    # "谁的规模大": a verdict asked is asked of the figures, in whichever sentence.
    counting = [bool(COUNT.search(measured(s))) or asks_which_more(s) for s in asked]
    if len(asked) < 2 or all(counting) or not any(counting):
        return None
    # What the counting sentence names, its count aside: the field the others are asked in.
    field = _EACH.sub("", BARE_COUNT.sub("", asked[counting.index(True)]))
    # "…案件量对比一下": the field is what is counted, its amount and the ask aside.
    field = _AMOUNT.sub("", without_layout(field)) or field
    topics = [s if counts else f"{field}{s}" for s, counts in zip(asked, counting, strict=True)]
    answers = [compose(replace(plan, topic=topic)) for topic in topics]
    answered = [(s, a) for s, a in zip(asked, answers, strict=True) if not a.abstained]
    if len(answered) < 2:
        return None
    return _joined(plan, answered)


def each_sentence(plan: Plan, compose: Callable[[Plan], Answer]) -> Answer | None:
    """The comparison of each sentence of ``plan``'s question, when every one is answered on
    its own: once when they all quote the same, else joined; None otherwise.

    Args:
        plan: the comparison's plan, which no answer of all its sentences at once fits.
        compose: answers a comparison plan of one sentence.
    """
    asked = _sentences(plan)
    if len(asked) < 2:
        return None

    def _chained(sentence: str) -> str:
        """A later sentence opening with a word of the first, with what the first says
        before that word ("法律顾问覆盖面…？覆盖的范围…" → "法律顾问覆盖的范围…")."""
        at = asked[0].find(sentence[:2])
        lead = asked[0][:at] if at > 0 else ""
        return sentence if lead in sentence else lead + sentence

    answers = [compose(replace(plan, topic=s)) for s in [asked[0], *map(_chained, asked[1:])]]
    if any(answer.abstained for answer in answers):
        return None
    if len({answer.answer for answer in answers}) == 1:
        # "覆盖到什么程度？覆盖范围有何不同": the same sentences answer both.
        return answers[0].model_copy(update={"question": plan.question})
    return _joined(plan, list(zip(asked, answers, strict=True)))


def _sentences(plan: Plan) -> list[str]:
    """The sentences of ``plan``'s question that ask something beyond how to lay it out."""
    asked: list[str] = []
    for sentence in asked_likewise(plan.topic):
        if asked and verdict_only(sentence):
            # "…哪个多？差多少？": how far apart is asked of the sentence before.
            asked[-1] = f"{asked[-1]}，{sentence}"
        elif without_layout(sentence).strip("，, "):
            asked.append(sentence)
    return asked


def _joined(plan: Plan, answered: Sequence[tuple[str, Answer]]) -> Answer:
    """One answer of the sentences' answers: the first as it is, each later one under what it
    asks of ("办理成效："), its citations numbered on."""
    answers = [answer for _, answer in answered]
    labels = [
        _TOLD.sub("", _ALSO.sub("", measured(s))).strip("，, ") or s.rstrip("，, ")
        for s, _ in answered
    ]

    def under_labels(texts: list[str]) -> list[str]:
        return [texts[0], *(f"{a}：\n{t}" for a, t in zip(labels[1:], texts[1:], strict=True))]

    # One row per report: the figure's, which the first block with rows (the counting one)
    # states, its citations numbered on as its text's are.
    rows = next((rows for rows in shifted_rows(answers) if rows), [])
    return joined_answer(plan.question, answers, rows, answers[0].abstained, under_labels)
