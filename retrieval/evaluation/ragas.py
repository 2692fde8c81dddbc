"""`govqa eval --export ragas FILE`: a run as a RAGAS evaluation dataset.

One JSON object per question, in the question file's order, with the field names of RAGAS's
``SingleTurnSample``, so ``ragas.EvaluationDataset.from_jsonl(FILE)`` loads it as it is:

- ``user_input``: the question; a follow-up's earlier questions come first, one per line;
- ``response``: govqa's answer text ("" when it gave none);
- ``retrieved_contexts``: the excerpts the answer put forward: its citations, then the
  "possibly related" passages of an abstention;
- ``retrieved_context_ids``: the report (file name) of each of those excerpts;
- ``reference``: the answer keys joined with "；" (the set's keys are short exact strings), or
  govqa's not-found sentence for a question that should not be answered;
- ``reference_context_ids``: the gold reports, so RAGAS's ID-based context precision and
  recall measure whether the passages came from the right reports.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from retrieval.answer.abstain import ABSTAIN

__all__ = ["NOT_FOUND", "ragas_jsonl", "ragas_rows"]

# The reference answer of a question the reports do not answer.
NOT_FOUND = f"{ABSTAIN}。"


def ragas_rows(outcomes: Iterable[Any]) -> list[dict[str, Any]]:
    """One RAGAS ``SingleTurnSample`` dict per evaluated question."""
    rows = []
    for outcome in outcomes:
        item, answer = outcome.item, outcome.answer
        passages = [*answer.citations, *answer.related] if answer is not None else []
        contexts = {p.excerpt: p.source for p in reversed(passages)}  # first one of each text
        excerpts = list(dict.fromkeys(p.excerpt for p in passages))
        rows.append(
            {
                "user_input": "\n".join([*item.history, item.question]),
                "response": answer.answer if answer is not None else "",
                "retrieved_contexts": excerpts,
                "retrieved_context_ids": [contexts[e] for e in excerpts],
                "reference": "；".join(item.answer_keys) if item.answerable else NOT_FOUND,
                "reference_context_ids": list(item.gold),
            }
        )
    return rows


def ragas_jsonl(outcomes: Iterable[Any]) -> str:
    """The JSON Lines text of ``ragas_rows``."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in ragas_rows(outcomes))
