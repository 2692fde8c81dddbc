"""What a question leaves out ("执法资格考试不算", "不包括…", "除了…以外"): the clause is no
part of what is asked, and a sentence naming every word of what is left out answers nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.types import Vocabulary

__all__ = ["left_out_words", "without_exclusions"]

_CLAUSE = r"[^，,。？?！!；;（()）]"
# "X不算", "X除外", "X不计入": the thing left out before the words; "不包括X", "除了X(以外)",
# "不含X", "排除X": after them.
_EXCLUDED = re.compile(
    # "（不算重大决策审查）": an aside in brackets.
    r"[（(](?:不算|不计|不含|不包括|除去?)(?P<inner>[^（()）]{2,20})[）)]"
    rf"|(?P<before>{_CLAUSE}{{2,20}}?)的?(?:不算|不计入?|除外|不包括在内|不统计)(?:在内)?"
    rf"(?=[，,。？?！!；;）)]|$)"
    rf"|(?:不包括|不包含|不含|除了|除去|排除)(?P<after>{_CLAUSE}{{2,20}}?)(?:以外|之外|在内)?"
    r"(?=还|也|[，,。？?！!；;）)]|$)"
)
_EDGES = "，,。？?！!；; "


def without_exclusions(topic: str) -> tuple[str, tuple[str, ...]]:
    """``topic`` without the clauses that leave something out, and what they leave out.

    Args:
        topic: the question without its places and year.
    """
    left_out = [m["inner"] or m["before"] or m["after"] for m in _EXCLUDED.finditer(topic)]
    if not left_out:
        return topic, ()
    kept = _EXCLUDED.sub("", topic)
    kept = re.sub(r"[，,；;]+(?=[？?。！!）)]|$)", "", kept)
    # "（只算实际开展的，不含计划）": the bracket closes on what it kept, or goes when empty.
    kept = re.sub(r"[（(][）)]", "", kept).strip(_EDGES) or topic
    return kept, tuple(phrase.strip(_EDGES) for phrase in left_out)


def left_out_words(phrases: Sequence[str], vocabulary: Vocabulary) -> list[list[str]]:
    """Each left-out phrase by its smallest words of two characters or more: a report says
    "资格认证考试" for the 资格考试 of "执法资格考试不算"."""
    found = []
    for phrase in phrases:
        words = [w for w in vocabulary.words(phrase) if len(w) > 1]
        found.append([w for w in words if not any(o != w and o in w for o in words)])
    return found
