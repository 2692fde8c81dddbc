"""What a right answer is, per question shape, beyond "has every key and a gold citation".

- ``chitchat``: no citation at all.
- ``out_of_scope``, ``unanswerable``, ``expect: abstain`` and a ``mentions`` item no report
  matches: no citation (an abstention, or an answer saying nothing mentions it).
- ``comparison``, ``ranking``, ``table``, ``mentions``: every gold report is cited;
  ``mentions``, ``comparison``: no ``absent`` report is cited (a comparison's ``absent`` side
  states no figure of the asked thing), and such a comparison gives no verdict.
- ``winner``: for a ranking, the first report the answer names is the winner (``tie``: its first
  line says the first place is shared); for a comparison, the verdict (the answer's last line)
  names the winner before the other side, or says the two are equal (``tie``). Reports are
  named as the answer's ``rows`` name them (region, else title).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.evaluation.records import AnswerRecord
from retrieval.schema import Row

__all__ = ["NO_CITATION", "expects_citation", "shape_reasons"]

# Types whose right answer cites nothing.
NO_CITATION = frozenset({"chitchat", "out_of_scope", "unanswerable"})
_TIE = re.compile(r"相同|相等|一样|持平|并列|均为|都是")
_ACROSS = frozenset({"comparison", "ranking", "table", "mentions"})
# A verdict that orders or equates two sides' figures.
_VERDICT = re.compile(r"多于|少于|高于|低于|早于|晚于|相同|相等|持平")


def expects_citation(type_: str, gold: Sequence[str], expect: str | None) -> bool:
    """False for items whose right answer carries no citation."""
    return type_ not in NO_CITATION and bool(gold) and expect != "abstain"


def shape_reasons(
    type_: str,
    answer: AnswerRecord,
    gold: Sequence[str],
    winner: str | None = None,
    absent: Sequence[str] = (),
) -> list[str]:
    """Why ``answer`` fails the rules of its shape (empty when it passes them)."""
    reasons: list[str] = []
    cited = {c.source for c in answer.citations}
    if type_ in _ACROSS and len(gold) > 1:
        uncited = sorted(set(gold) - cited)
        if uncited:
            reasons.append("gold report(s) not cited: " + "、".join(uncited))
    wrong = sorted(set(absent) & cited)
    if wrong:
        reasons.append("cites report(s) that do not mention it: " + "、".join(wrong))
    if winner and type_ in ("ranking", "comparison"):
        reasons.extend(_winner_reasons(type_, answer, winner))
    if absent and type_ == "comparison" and _VERDICT.search(answer.answer):
        reasons.append("gives a verdict though a side states no figure")
    return reasons


def _names(row: Row) -> list[str]:
    return [name for name in (row.region, row.title, row.source) if name]


def _first_named(text: str, rows: Sequence[Row]) -> Row | None:
    found = [(text.find(name), row) for row in rows for name in _names(row) if text.find(name) >= 0]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _is(row: Row | None, winner: str) -> bool:
    # A winner is named as in the report's title: "克孜勒陶镇" is region "阿克陶县克孜勒陶镇".
    return row is not None and (
        winner == row.source or any(winner in name for name in (row.region, row.title) if name)
    )


def _winner_reasons(type_: str, answer: AnswerRecord, winner: str) -> list[str]:
    rows = answer.rows or []
    if not rows:
        return ["no rows to name a winner by"]
    lines = [line for line in answer.answer.splitlines() if line.strip()]
    if type_ == "ranking" and winner == "tie":
        lead = lines[0] if lines else ""
        return [] if _TIE.search(lead) else ["ranking does not say the first place is shared"]
    if type_ == "ranking":
        first = _first_named(answer.answer, rows)
        return [] if _is(first, winner) else [f"ranking does not name {winner} first"]
    verdict = lines[-1] if lines else ""
    if winner == "tie":
        return [] if _TIE.search(verdict) else ["verdict does not say the two are equal"]
    first = _first_named(verdict, rows)
    return [] if _is(first, winner) else [f"verdict does not name {winner} first"]
