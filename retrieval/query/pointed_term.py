"""A follow-up asking whether a report says "this" ("那个县写到这个了吗"): the term the
conversation was about, named in its place."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from retrieval.query.mentioned import mentioned_term
from retrieval.types import Vocabulary

__all__ = ["term_pointed"]

# "有没有提这个", "也写了这事吗": a saying verb, then a word pointing back at what was asked.
_SAYS_POINTED = re.compile(
    r"(?P<verb>提到?|提及|写到?|说到?|讲到?|涉及)(?:了|过)?"
    r"(?P<pointer>这个|这事|这件事|这一点|这一块|这块|这些|这项|这方面)"
)


def term_pointed(
    question: str,
    asked_before: Sequence[str],
    topic_of: Callable[[str], str],
    vocabulary: Vocabulary,
) -> str:
    """``question`` with the word pointing back at a term replaced by the latest term the
    questions ``asked_before`` (oldest first) asked which reports mention; as it is when it
    points at none or they asked of none.

    Args:
        question: the follow-up.
        asked_before: the conversation's questions.
        topic_of: a question without its places and years.
        vocabulary: the reports' vocabulary.
    """
    pointed = _SAYS_POINTED.search(question)
    if pointed is None:
        return question
    for before in reversed(asked_before):
        term = mentioned_term(topic_of(before), vocabulary)
        if term is not None and term.quoted:
            said = f"“{term.phrase}”"
            return f"{question[: pointed.start('pointer')]}{said}{question[pointed.end() :]}"
    return question
