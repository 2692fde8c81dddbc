"""How much each word of a question narrows the reports, and its content characters."""

from __future__ import annotations

import math
import re

from retrieval.text.lexicon import synonyms, terms
from retrieval.types import Vocabulary

__all__ = ["content_chars", "question_weights"]

# Characters that carry no topic: question words, particles, measure words.
_STOP_CHARS = frozenset(
    "的了和与及是在对为把被等并或其该这那哪呢吗吧啊有多少几个什么些如何怎样否请问一下况方面分别共计总全年度今去中上下个次项件名人报告提到介绍说明告诉我们你您啥各"
)


def question_weights(topic: str, lexical: Vocabulary) -> dict[str, float]:
    """The question's search words, each weighted by how much it narrows the reports (idf).

    Args:
        topic: the question (or part of it).
        lexical: the lexical index (word weights and the query tokenizer).
    """
    unseen = math.log1p(max(lexical.size, 1))
    words = lexical.words(topic)
    # Everyday words the reports never use ("村民", "换") come out of the tokenizer in pieces or
    # not at all; kept whole, they match the reports' synonyms ("群众", "兑换").
    whole = [
        t
        for t in terms(topic, lexical.knows)
        if not any(t in w for w in words) and not _cuts(t, topic, words, lexical)
    ]
    words = [w for w in words if not any(w in t for t in whole)] + whole
    weights = {}
    for word in words:
        # A paraphrase weighs what the reports' own word for it weighs.
        idf = lexical.idf(word) or max((lexical.idf(s) for s in synonyms(word)), default=0.0)
        if idf:
            weights[word] = idf
        elif len(word) > 1:
            # A word the reports never use weighs most: it is what they cannot answer.
            weights[word] = unseen
    return weights


def _cuts(term: str, topic: str, words: list[str], lexical: Vocabulary) -> bool:
    """True when ``term`` straddles a word of the reports ("行为|重点" read as 为重): the
    lexicon is scanned without regard to where the tokenizer cut the question."""
    start = topic.find(term)
    end = start + len(term)
    for word in words:
        if len(word) < 2 or not lexical.knows(word):
            continue
        at = topic.find(word)
        while at >= 0:
            overlaps = at < end and start < at + len(word)
            if overlaps and not (start <= at and at + len(word) <= end):
                return True
            at = topic.find(word, at + 1)
    return False


def content_chars(topic: str) -> list[str]:
    """The question's content characters (and Latin/number runs such as GDP or 12345)."""
    latin = [run.lower() for run in re.findall(r"[A-Za-z0-9]+", topic)]
    return [c for c in topic if "\u4e00" <= c <= "\u9fff" and c not in _STOP_CHARS] + latin
