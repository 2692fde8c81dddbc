"""`govqa eval`: run a question set (or read another system's answers) and score it.

Per question: answer-key accuracy (every key occurs in the answer text, compared after NFKC
and with whitespace removed), gold-report citation (a citation's source is a gold report),
retrieval recall@k and reciprocal rank of the gold report (the ranking is the answer's
``citations`` in order, then its ``related`` passages: the passages the answer put forward),
abstention (unanswerable items are those typed ``unanswerable`` or with no gold report), the
citation recall/precision/fidelity of ``evaluation.check``, and latency (``timings_ms["total"]``,
else the wall time measured around ``ask``). A question *passes* when it is answerable, not
abstained, has every key and a gold citation; or unanswerable and abstained.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retrieval.errors import InputError
from retrieval.evaluation.check import AnswerCheck, check_answer, iter_jsonl
from retrieval.evaluation.metrics import WARM_UP
from retrieval.evaluation.records import AnswerRecord, parse_answer
from retrieval.evaluation.shapes import expects_citation, shape_reasons
from retrieval.evaluation.sources import SourceStore
from retrieval.schema import Answer, Conversation

__all__ = [
    "Item",
    "Outcome",
    "load_items",
    "outcomes_from_answers",
    "outcomes_from_service",
    "score",
    "warm_up",
]


@dataclass(frozen=True)
class Item:
    """One dev-set question."""

    id: str
    question: str
    answer_keys: tuple[str, ...]
    gold: tuple[str, ...]
    type: str
    history: tuple[str, ...] = ()
    winner: str | None = None
    absent: tuple[str, ...] = ()
    expect: str | None = None

    @property
    def answerable(self) -> bool:
        """False for items whose right answer cites nothing (abstain, or chitchat)."""
        return expects_citation(self.type, self.gold, self.expect)

    @property
    def chitchat(self) -> bool:
        """True for greetings and noise: the right reply is neither an answer nor an abstention."""
        return self.type == "chitchat"


@dataclass
class Outcome:
    """One item's answer (or the error that prevented it) and its scores."""

    item: Item
    answer: AnswerRecord | None
    latency_ms: float | None = None
    error: str | None = None
    check: AnswerCheck | None = None
    scores: dict[str, float | None] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when the answer is right (see module docstring)."""
        return not self.reasons


def load_items(path: Path, errors: list[str]) -> list[Item]:
    """Read a question set; unusable lines are appended to ``errors`` and skipped.

    Raises:
        InputError: the file cannot be read or holds no usable question.
    """
    items: list[Item] = []
    for line, record, error in iter_jsonl(path):
        if record is None:
            errors.append(f"{path.name}: {error}")
            continue
        try:
            items.append(_item(record, line))
        except InputError as e:
            errors.append(f"{path.name}: {e}")
    if not items:
        raise InputError(f"{path}: no usable question (one JSON object per line, see data/eval)")
    return items


def _item(record: dict[str, Any], line: int) -> Item:
    missing = [k for k in ("id", "question", "type") if not record.get(k)]
    if missing:
        raise InputError(f"line {line}: missing field `{missing[0]}`")
    keys, gold, history = (record.get(k) or [] for k in ("answer_keys", "gold", "history"))
    if not all(
        isinstance(v, list) and all(isinstance(x, str) for x in v) for v in (keys, gold, history)
    ):
        raise InputError(f"line {line}: answer_keys, gold and history must be lists of strings")
    absent = record.get("absent") or []
    return Item(
        str(record["id"]),
        str(record["question"]),
        tuple(keys),
        tuple(gold),
        str(record["type"]),
        tuple(history),
        winner=record.get("winner"),
        absent=tuple(str(a) for a in absent),
        expect=record.get("expect"),
    )


def warm_up(items: list[Item], ask: Callable[[str, Conversation], Answer]) -> float | None:
    """Ask the first ``WARM_UP`` questions once before the timed run and return the first
    one's wall time in ms (the cold start; None when it failed).

    The first question loads the indexes and models; the next few are still slow while the
    embedder warms up (about 100–200 ms against 15 ms on a 2-core machine), so they are asked
    too and none of them counts in the latencies.
    """
    cold = None
    for number, item in enumerate(items[:WARM_UP]):
        began = time.perf_counter()
        try:
            ask(item.question, Conversation())
        except InputError:
            continue
        if number == 0:
            cold = round((time.perf_counter() - began) * 1000, 1)
    return cold


def outcomes_from_service(
    items: Iterable[Item], ask: Callable[[str, Conversation], Answer]
) -> Iterator[Outcome]:
    """Ask every item (its history first, in one conversation); yields as each finishes."""
    for item in items:
        conversation = Conversation()
        try:
            for earlier in item.history:
                ask(earlier, conversation)
            began = time.perf_counter()
            answer = ask(item.question, conversation)
            wall = (time.perf_counter() - began) * 1000
        except InputError as e:
            yield Outcome(item, None, error=str(e))
            continue
        record = AnswerRecord.of(answer)
        yield Outcome(item, record, latency_ms=answer.timings_ms.get("total", wall))


def outcomes_from_answers(items: list[Item], path: Path, errors: list[str]) -> Iterator[Outcome]:
    """Pair items with the answers of a JSONL file, by ``id`` (else by question text).

    The file is read at once (unusable lines go to ``errors``); outcomes are then yielded.

    Raises:
        InputError: the answers file cannot be read.
    """
    by_id: dict[str, AnswerRecord] = {}
    by_question: dict[str, AnswerRecord] = {}
    for line, record, error in iter_jsonl(path):
        if record is None:
            errors.append(f"{path.name}: {error}")
            continue
        try:
            answer = parse_answer(record, line)
        except InputError as e:
            errors.append(f"{path.name}: {e}")
            continue
        if record.get("id") is not None:
            by_id[str(record["id"])] = answer
        by_question.setdefault(answer.question, answer)
    return _paired(items, by_id, by_question, path.name)


def _paired(
    items: list[Item],
    by_id: dict[str, AnswerRecord],
    by_question: dict[str, AnswerRecord],
    name: str,
) -> Iterator[Outcome]:
    for item in items:
        found = by_id.get(item.id) or by_question.get(item.question)
        if found is None:
            yield Outcome(item, None, error=f"no answer for {item.id} in {name}")
        else:
            yield Outcome(item, found, latency_ms=found.timings_ms.get("total"))


def score(outcome: Outcome, store: SourceStore, k: int) -> Outcome:
    """Fill in ``outcome.scores``, ``check`` and ``reasons`` (why it failed, if it did)."""
    item, answer = outcome.item, outcome.answer
    if answer is None:
        outcome.reasons.append(outcome.error or "no answer")
        outcome.scores = {"abstained": 0.0}
        return outcome
    outcome.check = check_answer(answer, store, id=item.id)
    scores: dict[str, float | None] = {"abstained": float(answer.abstained)}
    if item.answerable:
        rank = _gold_rank(answer, item.gold)
        scores["accuracy"] = float(_has_keys(answer.answer, item.answer_keys))
        scores["gold_cited"] = float(any(c.source in item.gold for c in answer.citations))
        scores["recall_at_k"] = float(rank is not None and rank <= k)
        scores["mrr"] = 1 / rank if rank else 0.0
        _answerable_reasons(outcome, scores)
        outcome.reasons.extend(
            shape_reasons(item.type, answer, item.gold, item.winner, item.absent)
        )
    elif item.chitchat:
        if answer.citations:
            outcome.reasons.append("cited passages in reply to chitchat")
    elif not answer.abstained and (answer.citations or item.type != "mentions"):
        # "No report mentions it" is the one right answer to a mentions item besides abstaining.
        outcome.reasons.append("answered an unanswerable question")
    scores.update(_citation_scores(outcome.check))
    outcome.scores = scores
    return outcome


def _answerable_reasons(outcome: Outcome, scores: dict[str, float | None]) -> None:
    assert outcome.answer is not None
    if outcome.answer.abstained:
        outcome.reasons.append("abstained on an answerable question")
    if not scores["accuracy"]:
        missing = [k for k in outcome.item.answer_keys if not _has_keys(outcome.answer.answer, [k])]
        outcome.reasons.append("answer lacks key(s): " + "、".join(missing))
    if not scores["gold_cited"]:
        outcome.reasons.append("no citation from a gold report")


def _citation_scores(check: AnswerCheck) -> dict[str, float | None]:
    detail = check.to_dict()
    return {k: detail[k] for k in ("citation_recall", "citation_precision", "excerpt_fidelity")}


def _normal(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _has_keys(text: str, keys: Iterable[str]) -> bool:
    normal = _normal(text)
    return all(_normal(key) in normal for key in keys)


def _gold_rank(answer: AnswerRecord, gold: Iterable[str]) -> int | None:
    wanted = set(gold)
    for rank, passage in enumerate([*answer.citations, *answer.related], start=1):
        if passage.source in wanted:
            return rank
    return None
