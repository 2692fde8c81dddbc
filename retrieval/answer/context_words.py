"""The words of what the turn before asked of ("行政执法案卷评查" before "问题数各多少"): they
break ties between sentences that answer a follow-up alike, and never make one answer alone."""

from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.query.weights import question_weights
from retrieval.tuning import CONTEXT_SHARE
from retrieval.types import Vocabulary

__all__ = ["ContextWords"]


@dataclass(frozen=True)
class ContextWords:
    """The context's words and their weights, those the follow-up says itself aside."""

    weights: dict[str, float] = field(default_factory=dict)
    # Their sum, read once: a ranking scores a sentence of every report with it.
    total: float = 0.0

    @classmethod
    def of(cls, context: str, vocabulary: Vocabulary, asked: str = "") -> ContextWords:
        """The words of ``context`` not in ``asked``, weighted as question words are."""
        weights = question_weights(context, vocabulary) if context else {}
        kept = {word: w for word, w in weights.items() if word not in asked}
        return cls(kept, sum(kept.values()))

    def said(self, text: str) -> float:
        """The weight of the context's words ``text`` says."""
        return sum(w for word, w in self.weights.items() if word in text)

    def bonus(self, text: str) -> float:
        """What ``text`` gains for saying the context's words: ``CONTEXT_SHARE`` of their
        share of the context."""
        return CONTEXT_SHARE * self.said(text) / self.total if self.total else 0.0
