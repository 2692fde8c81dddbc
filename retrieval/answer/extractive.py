"""Extractive answers: the report sentences that answer the question, cited, or an abstention."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from retrieval.answer.abstain import ABSTAIN
from retrieval.answer.cite import citation, subject
from retrieval.answer.clauses import concise as answering_clauses
from retrieval.answer.effects import answer_effects, asks_effect, effect_pick
from retrieval.answer.fact_parts import (
    asked_object,
    asks_done,
    counts_any,
    each_thing,
    headed_by,
    names_nothing,
    states_part,
    tells_extent,
)
from retrieval.answer.matching import Matcher
from retrieval.answer.pick import Pick
from retrieval.answer.same_statement import SAME_STATEMENT, report_label, same_statement
from retrieval.query.aspects import PLANS, aspects_in
from retrieval.query.expected import NUMBER, Expected, asks_target, states_floor
from retrieval.query.measure import BARE_COUNT
from retrieval.query.parts import question_parts
from retrieval.query.plan import Plan
from retrieval.query.weights import question_weights
from retrieval.schema import Answer, Citation
from retrieval.search.evidence import Found
from retrieval.text.sentences import split_sentences
from retrieval.tuning import (
    CONTEXT_SHARE,
    FLOOR_ASKED,
    HEADING_SHARE,
    LENGTH_PENALTY,
    MIN_BOUND,
    MIN_COVERAGE,
    NEAR_FIGURE,
    PLANNED,
    RANK_BONUS,
    SECOND_MARGIN,
)
from retrieval.types import Passage, Vocabulary

__all__ = [
    "Pick",
    "compose_fact",
    "concise",
    "focus_penalty",
    "pick_sentences",
]

_CLAUSE_OR_LIST = re.compile(r"[，,：:、；;]")


def pick_sentences(
    topic: str, passages: Sequence[Passage], lexical: Vocabulary, context: str = ""
) -> list[Pick]:
    """Choose the sentence(s) of ``docs`` that answer ``topic``.

    Args:
        topic: the question with region and year mentions removed.
        passages: retrieved passages, best first.
        lexical: the lexical index (word weights and the query tokenizer).
        context: the previous question's topic, for follow-ups: it breaks ties between
            sentences but cannot make an answer out of a sentence that does not fit ``topic``.

    Returns:
        One or two picks, best first, or an empty list when no sentence answers: the caller
        then abstains.
    """
    expected = Expected.of(topic)
    matcher = Matcher(topic, lexical, expected)
    if not matcher.total or (expected.number and matcher.counts_unknown):
        return []
    context_weights = question_weights(context, lexical) if context else {}
    context_total = sum(context_weights.values()) or 1.0
    picks: list[Pick] = []
    # A requirement ("…的要求") is set where a report plans: no plan is set aside for it.
    targets = asks_target(topic)
    plans_asked = PLANS in aspects_in(topic) or targets
    thing = asked_object(topic, lexical)
    for rank, passage in enumerate(passages):
        planned = not plans_asked and PLANS in aspects_in(passage.section)
        for start, end in split_sentences(passage.text, passage.start):
            text = passage.span(start, end)
            if not expected.fits(text):
                continue
            # A sentence that names the question's words in one clause and counts something
            # else in another does not answer.
            if expected.number and matcher.bound(text) < MIN_BOUND:
                continue
            coverage, score = _scored(text, passage.section, matcher, rank)
            score += FLOOR_ASKED * (targets and states_floor(text)) - PLANNED * planned
            if context_weights:
                said = sum(w for word, w in context_weights.items() if word in text)
                score += CONTEXT_SHARE * said / context_total
            picks.append(Pick(passage, start, end, text, coverage, score))
    # "配没配执法记录仪": a sentence naming the thing says whether, where one does, whoever
    # has it (the asked subject may be named in the sentence before).
    naming = [p for p in picks if thing and all(w in p.text for w in thing)]
    picks = sorted(naming or picks, key=lambda p: p.score, reverse=True)
    if not picks or (picks[0].coverage < MIN_COVERAGE and not naming):
        return []
    best = picks[0]
    chosen = [best]

    def carried(pick: Pick) -> float:
        return sum(w for word, w in context_weights.items() if word in pick.text)

    for other in picks[1:3]:
        close = other.coverage >= max(best.coverage - SECOND_MARGIN, MIN_COVERAGE)
        # A follow-up's second sentence names what was carried over as the first does: "办结
        # 了多少" after the hotline is no count of another thing's 办结.
        close = close and carried(other) >= carried(best)
        # A floor asked for ("一年要搞几次") is set by the sentence that sets one.
        close = close and not (targets and states_floor(best.text) and not states_floor(other.text))
        if close and not _overlaps(other, best) and other.text not in best.text:
            chosen.append(other)
            break
    return chosen


def _scored(text: str, heading: str, matcher: Matcher, rank: int) -> tuple[float, float]:
    """A sentence's coverage of the question's words (its heading counts in part) and its score:
    coverage, a figure near the asked words, focus (short sentences) and retrieval rank."""
    weights, total = matcher.weights, matcher.total
    hits = matcher.hits(text)
    found = sum(weights[word] * hit for word, hit in hits.items())
    in_heading = sum(w for word, w in weights.items() if word not in hits and word in heading)
    coverage = ((found + HEADING_SHARE * in_heading) / total + matcher.char_share(text, hits)) / 2
    near = _near_number(text, matcher) / total if matcher.expected.number else 0.0
    return coverage, coverage + NEAR_FIGURE * near - focus_penalty(text, rank)


def focus_penalty(text: str, rank: int) -> float:
    """What a sentence loses for its length, less what it gains for its passage's retrieval
    rank: long sentences cover question words by chance, so the focused one is preferred."""
    return LENGTH_PENALTY * math.log2(max(len(text), 50) / 50) - RANK_BONUS / (rank + 1)


def _near_number(text: str, matcher: Matcher) -> float:
    """Weight of question words in the clause holding a number, or the clause before it.

    Report sentences list many figures; the one asked for sits next to the words of the
    question ("其中咨询815件"). Only figures of the asked unit count: "12345" in a hotline's
    name is no answer to "多少件".
    """
    figure = matcher.expected.unit or NUMBER
    bounds = [0, *(m.end() for m in _CLAUSE_OR_LIST.finditer(text)), len(text)]
    clauses = [text[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]
    best = 0.0
    for i, clause in enumerate(clauses):
        if figure.search(clause):
            best = max(best, matcher.weight((clauses[i - 1] if i else "") + clause))
    return best


def _overlaps(a: Pick, b: Pick) -> bool:
    return a.passage.source == b.passage.source and not (a.end <= b.start or b.end <= a.start)


def concise(pick: Pick, topic: str | Sequence[str], lexical: Vocabulary) -> str:
    """The pick's clauses that answer ``topic`` (a question, or its parts): see ``clauses``."""
    return answering_clauses(pick.text, topic, lexical)


def _named_before(part: str, passages: Sequence[Passage], lexical: Vocabulary) -> list[Pick]:
    """The sentence stating ``part``'s figure in its measure right after the sentence that
    names what it counts ("…积分管理机制。全年累计为957户群众赋分72740分"), or []."""
    if not Expected.of(part).unit_word:
        return []
    named = pick_sentences(BARE_COUNT.sub("", part), passages, lexical)[:1]
    after = [f for pick in named if (f := effect_pick(pick)) is not None]
    return [f for f in after if states_part(part, f.text, lexical)]


def compose_fact(
    plan: Plan,
    found: Found,
    lexical: Vocabulary,
    searched: list[str],
    titled: Callable[[str, Sequence[Passage]], list[Pick]] | None = None,
) -> Answer:
    """The extractive answer from one group's passages; ``abstained`` when no sentence fits.

    Each part of a question that asks several things is answered by its own sentence; the
    answer names the report's region first ("额敏县：…"), and says so when the region was
    carried over from the previous question. ``titled``: the figure of a part that no sentence
    names but its item's title does (``titled.titled_figure``).
    """
    parts = [
        each for part in question_parts(plan.topic, lexical) for each in each_thing(part, lexical)
    ]
    chosen: dict[tuple[str, int, int], tuple[Pick, list[str]]] = {}
    unanswered = []
    effect = [part for part in parts if asks_effect(part)] if len(parts) > 1 else []
    for part in parts:
        if part in effect:
            continue
        if asks_done(part) and chosen:
            # "建完没有": whether the thing just asked of is done, said in its sentence.
            next(reversed(chosen.values()))[1].append(part)
            continue
        stating = next(
            (k for k, (pick, _) in chosen.items() if states_part(part, pick.text, lexical)), None
        )
        if stating is not None and names_nothing(part, lexical):
            # "设了什么机构？全年接到几个案子": the cases of the thing the part before names.
            chosen[stating][1].append(part)
            continue
        others = [other for other in parts if other != part]
        picks = pick_sentences(part, found.passages, lexical, " ".join([plan.context, *others]))
        if not picks and titled is not None:
            picks = titled(part, found.passages)
        if not picks:
            picks = _named_before(part, found.passages, lexical)
        if not picks and plan.context and asks_done(part):
            # "建好没有" after a question about the thing: whether the thing is done.
            picks = pick_sentences(plan.context, found.passages, lexical)[:1]
        if len(parts) > 1:
            picks = picks[:1]
        if not picks:
            unanswered.append(part)
        for pick in picks:
            key = (pick.passage.source, pick.start, pick.end)
            chosen.setdefault(key, (pick, []))[1].append(part)
    # "给多少户赋了分": a sentence chosen for another part may state this one's figure.
    for part in list(unanswered):
        stating = next(
            (
                k
                for k, (pick, _) in reversed(chosen.items())
                if states_part(part, pick.text, lexical)
            ),
            None,
        )
        # "在A、B方面办了哪些事，各多少": A may head the item whose sentence B's answer is.
        stating = stating or next(
            (k for k, (p, _) in chosen.items() if headed_by(part, p.passage, p.start)), None
        )
        if stating is not None:
            chosen[stating][1].append(part)
            unanswered.remove(part)
    # "积分管理搞得咋样，给多少户赋了分": the figures follow the measure's sentence.
    for part in list(unanswered):
        after = [f for pick, _ in chosen.values() if (f := effect_pick(pick)) is not None]
        # A count of nothing named ("数量各是多少") is any count the next sentence gives.
        stated = next(
            (f for f in after if states_part(part, f.text, lexical) or counts_any(part, f.text)),
            None,
        )
        if stated is not None:
            key = (stated.passage.source, stated.start, stated.end)
            chosen.setdefault(key, (stated, []))[1].append(part)
            unanswered.remove(part)
    # "培训范围多广？几个部门…": an extent asked before its details is told by the
    # sentence that answers them, where it names the thing.
    for part in list(unanswered):
        told = next(
            (k for k, (pick, _) in chosen.items() if tells_extent(part, pick.text, lexical)), None
        )
        if told is not None:
            chosen[told][1].append(part)
            unanswered.remove(part)
    if not chosen:
        return Answer(question=plan.question, answer=ABSTAIN, abstained=True, searched=searched)
    answer_effects(effect, chosen)
    picks = [pick for pick, _ in chosen.values()]
    if same_statement(picks):
        # Reports that say the same thing with other figures (another county, another year):
        # joining their figures into one answer would state neither report's fact.
        citations = [citation(i + 1, p.passage, p.start, p.end) for i, p in enumerate(picks)]
        text = SAME_STATEMENT + "".join(
            f"\n{report_label(c)}：{concise(p, plan.topic, lexical)}[{c.n}]"
            for p, c in zip(picks, citations, strict=True)
        )
    else:
        text, citations = _by_report(list(chosen.values()), plan, lexical)
    text += "".join(f"\n{part}：{ABSTAIN}" for part in unanswered)
    return Answer(
        question=plan.question,
        answer=text,
        abstained=False,
        citations=citations,
        searched=searched,
    )


def _by_report(
    chosen: list[tuple[Pick, list[str]]], plan: Plan, lexical: Vocabulary
) -> tuple[str, list[Citation]]:
    """One line per report: its region, then each answering sentence's clauses, cited."""
    by_source: dict[str, list[tuple[Pick, list[str]]]] = {}
    for pick, parts in chosen:
        by_source.setdefault(pick.passage.source, []).append((pick, parts))
    lines: list[str] = []
    citations: list[Citation] = []
    for picks in by_source.values():
        quoted = []
        for pick, parts in picks:
            citations.append(citation(len(citations) + 1, pick.passage, pick.start, pick.end))
            quoted.append(f"{concise(pick, parts, lexical)}[{len(citations)}]")
        first = picks[0][0].passage
        label = subject(first.region, first.title, first.source, plan.route.inherited)
        lines.append(f"{label}：" * bool(label) + "，".join(quoted))
    return "\n".join(lines), citations
