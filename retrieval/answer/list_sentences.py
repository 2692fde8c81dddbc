"""A list question asked in two sentences ("主要安排有哪几块？学法方面有啥硬性要求？").

Each sentence asks the items of its own part of the report: each is listed as a list question
of its own would be, one after the other, the citations numbered on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from retrieval.query.plan import Plan
from retrieval.query.shape import shape_of
from retrieval.schema import Answer, Citation
from retrieval.types import Vocabulary

__all__ = ["compose_lists"]

_SENTENCES = re.compile(r"[？?]+")
_MARK = re.compile(r"\[(\d+)\]")


def compose_lists(
    plan: Plan, vocabulary: Vocabulary, compose: Callable[[Plan], Answer | None]
) -> Answer | None:
    """The lists of each sentence of ``plan``'s question, joined; None unless it asks two or
    more lists, each of which ``compose`` answers."""
    asked = [s for s in _SENTENCES.split(plan.topic) if s.strip("，, ")]
    if len(asked) < 2 or any(shape_of(s, 1, vocabulary.knows) != "list" for s in asked):
        return None
    answers: list[Answer] = []
    for sentence in asked:
        answer = compose(replace(plan, topic=sentence))
        if answer is None or answer.abstained:
            return None
        answers.append(answer)
    texts: list[str] = []
    citations: list[Citation] = []
    searched: list[str] = []
    for answer in answers:
        shift = len(citations)
        texts.append(_renumbered(answer.answer, shift))
        citations += [c.model_copy(update={"n": c.n + shift}) for c in answer.citations]
        searched += [s for s in answer.searched if s not in searched]
    notices = dict.fromkeys(a.notice for a in answers if a.notice)
    return Answer(
        question=plan.question,
        answer="\n".join(texts),
        abstained=False,
        kind="list",
        citations=citations,
        searched=searched,
        notice="；".join(notices) or None,
    )


def _renumbered(text: str, shift: int) -> str:
    """``text`` with each citation mark ``[n]`` made ``[n + shift]``."""
    return _MARK.sub(lambda found: f"[{int(found.group(1)) + shift}]", text)
