"""The report sentences that answer a question (or a part of one), best first: those of the
expected kind (a count in the asked measure, a rate, a date…) that say most of its words, with
the asked figure near them, in a focused sentence of a passage retrieval ranked high."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from retrieval.answer.breakdown import side_by_side
from retrieval.answer.clauses import concise as answering_clauses
from retrieval.answer.context_words import ContextWords
from retrieval.answer.counted import CountedThing
from retrieval.answer.fact_parts import asked_object
from retrieval.answer.matching import Matcher
from retrieval.answer.other_kinds import kinds_asked, other_kinds_only
from retrieval.answer.pick import Pick
from retrieval.answer.restrict import forms_pattern, rate_subject
from retrieval.answer.stages import asked_stage, later_stage_unsaid, other_stages_only
from retrieval.query.aspects import PLANS, aspects_in
from retrieval.query.expected import (
    NUMBER,
    Expected,
    asks_target,
    states_floor,
)
from retrieval.query.mentioned import QUOTED
from retrieval.query.noun_measures import counted_noun_measure
from retrieval.query.units import PEOPLE_WORDS
from retrieval.query.verdicts import asks_sum
from retrieval.text.numbers import measure_after, numbers_in
from retrieval.text.sentences import split_sentences
from retrieval.tuning import (
    FLOOR_ASKED,
    HEADING_SHARE,
    LENGTH_PENALTY,
    MIN_BOUND,
    MIN_COVERAGE,
    NEAR_FIGURE,
    OWN_CLAUSE_LESS,
    PLANNED,
    RANK_BONUS,
    SECOND_MARGIN,
)
from retrieval.types import Passage, Vocabulary

__all__ = ["concise", "focus_penalty", "pick_sentences"]

_CLAUSE_OR_LIST = re.compile(r"[，,：:、；;]")
# Any figure said in a measure ("9938件"); a bare number ("12345热线") counts nothing.
_ANY_MEASURE = re.compile(r"\d[^\d.%]")


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
    worded = _worded(topic, passages)
    if worded is not None:
        return [worded]
    expected = Expected.of(topic)
    matcher = Matcher(topic, lexical, expected)
    if not matcher.total or (expected.number and matcher.counts_unknown):
        return []
    carried = ContextWords.of(context, lexical)
    picks: list[Pick] = []
    # A requirement ("…的要求") is set where a report plans: no plan is set aside for it.
    targets = asks_target(topic)
    plans_asked = PLANS in aspects_in(topic) or targets
    thing = asked_object(topic, lexical)
    # "行政诉讼案件多少件": a sentence whose every such figure counts another kind of case
    # ("接收行政复议案件38件") does not answer, whatever words it shares.
    unit = expected.unit if expected.number else None
    # ("接收行政诉讼案件多少": no measure asked; the noun counted says it, 案件 in 件.)
    measure = counted_noun_measure(topic) if expected.number and unit is None else None
    unit = Expected.of(f"多少{measure}").unit if measure else unit
    unit_word = measure or expected.unit_word
    counted = CountedThing(topic, unit_word=unit_word) if unit else None
    # ("办结了多少": a stage is reached by matters, whatever measure they are counted in.)
    stage = asked_stage(topic) if unit or expected.number else None
    people = expected.number and unit_word in PEOPLE_WORDS
    # ("行政复议办结率": a rate is of the thing named with it; 办结率 of 人大建议 is none.)
    rate_of = forms_pattern(rate_subject(matcher, expected))
    kinds = kinds_asked(topic, lexical) if expected.number else []
    for rank, passage in enumerate(passages):
        planned = not plans_asked and PLANS in aspects_in(passage.section)
        for start, end in split_sentences(passage.text, passage.start):
            text = passage.span(start, end)
            if not expected.fits(text):
                continue
            if rate_of and not rate_of.search(text):
                continue
            # ("办件量多少": 件, the measure of the noun counted; "6项业务" counts no 办件.)
            if measure and unit and not unit.search(text) and _others_counted(text):
                continue
            # A sentence that names the question's words in one clause and counts something
            # else in another does not answer.
            if expected.number and matcher.bound(text) < MIN_BOUND:
                continue
            # ("网格员多少个": "42名新申领执法证人员…" counts no such people; people are
            # named by who they are, where things may be named in the asker's words.)
            if people and matcher.misses_counted(text):
                continue
            if counted and unit and counted.counts_others_only(text, unit):
                continue
            # ("法律援助经费多少": "普法经费3万元、法律顾问经费8万元" lists other kinds.)
            if expected.number and other_kinds_only(kinds, text):
                continue
            # "…办结了多少件": a sentence counting only the cases taken in does not answer.
            if later_stage_unsaid(text, stage) or other_stages_only(
                text, unit or _ANY_MEASURE, stage
            ):
                continue
            coverage, score = _scored(text, passage.section, matcher, rank)
            score += FLOOR_ASKED * (targets and states_floor(text)) - PLANNED * planned
            score += carried.bonus(text)
            picks.append(Pick(passage, start, end, text, coverage, score))
    # "配没配执法记录仪": a sentence naming the thing says whether, where one does, whoever
    # has it (the asked subject may be named in the sentence before).
    naming = [p for p in picks if thing and all(w in p.text for w in thing)]
    picks = sorted(naming or picks, key=lambda p: p.score, reverse=True)
    if not picks or (picks[0].coverage < MIN_COVERAGE and not naming):
        return []
    # "行政强制多少项": of sentences covering the question alike, one counting in the very
    # measure asked ("156项") answers before one counting in another of its family ("47件").
    exact = [p for p in picks if expected.in_measure_asked(p.text)]
    if exact and exact[0] is not picks[0]:
        alike = exact[0].coverage >= picks[0].coverage - SECOND_MARGIN
        picks = [exact[0], *(p for p in picks if p is not exact[0])] if alike else picks
    best = picks[0]
    chosen = [best]
    if asks_sum(topic) and any(len(run) > 1 for run in side_by_side(best.text)):
        # "几项经费加起来": the figures listed side by side are what is added; another
        # sentence would add another thing to them.
        return chosen

    for other in picks[1:3]:
        close = other.coverage >= max(best.coverage - SECOND_MARGIN, MIN_COVERAGE)
        # A follow-up's second sentence names what was carried over as the first does: "办结
        # 了多少" after the hotline is no count of another thing's 办结.
        close = close and carried.said(other.text) >= carried.said(best.text)
        close = close and not (
            expected.in_measure_asked(best.text) and not expected.in_measure_asked(other.text)
        )
        # A floor asked for ("一年要搞几次") is set by the sentence that sets one.
        close = close and not (targets and states_floor(best.text) and not states_floor(other.text))
        # A second figure only near the asked words through the clause before counts another
        # thing than the first, which its own clause names.
        # ("…多少": the measure of the noun counted says which figures count, not "12345".)
        close = close and not (
            expected.number
            and _near_number(other.text, matcher, unit)
            <= OWN_CLAUSE_LESS * _near_number(best.text, matcher, unit)
        )
        if close and not _overlaps(other, best) and other.text not in best.text:
            chosen.append(other)
            break
    return chosen


# "那句原话是怎么写的", "那段原文发我": the report's own words of a sentence it names.
_WORDING = re.compile(
    r"原句|原话|原文|怎么(?:写|说|表述|讲)的|那[句段](?:话)?(?:发|给|贴|是什么|怎么)"
)


def _worded(topic: str, passages: Sequence[Passage]) -> Pick | None:
    """The sentence holding every phrase ``topic`` quotes, when it asks for the report's own
    words of it ("…“收官之年”，那句原话是怎么写的"), in the best-ranked passage; else None."""
    quoted = [q for q in QUOTED.findall(topic) if len(q) > 1]
    # (A figure asked of what a quoted sentence says is no wording asked: "报告那句说“…”，具体
    # 多少人".)
    if not quoted or not _WORDING.search(topic) or Expected.of(topic).number:
        return None
    for passage in passages:
        for start, end in split_sentences(passage.text, passage.start):
            text = passage.span(start, end)
            if all(q in text for q in quoted):
                return Pick(passage, start, end, text, 1.0, 1.0)
    return None


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


def _near_number(text: str, matcher: Matcher, unit: re.Pattern[str] | None = None) -> float:
    """Weight of question words in the clause holding a number, or the clause before it.

    Report sentences list many figures; the one asked for sits next to the words of the
    question ("其中咨询815件"). Only figures of the asked unit count: "12345" in a hotline's
    name is no answer to "多少件".
    """
    figure = unit or matcher.expected.unit or NUMBER
    bounds = [0, *(m.end() for m in _CLAUSE_OR_LIST.finditer(text)), len(text)]
    clauses = [text[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]
    best = 0.0
    for i, clause in enumerate(clauses):
        if figure.search(clause):
            # A figure whose own clause names none of the asked words counts another thing
            # more often than the one named just before it ("…抽查，纠错行政行为3件").
            own = 1.0 if matcher.weight(clause) else OWN_CLAUSE_LESS
            best = max(best, own * matcher.weight((clauses[i - 1] if i else "") + clause))
    return best


def _overlaps(a: Pick, b: Pick) -> bool:
    return a.passage.source == b.passage.source and not (a.end <= b.start or b.end <= a.start)


def concise(pick: Pick, topic: str | Sequence[str], lexical: Vocabulary) -> str:
    """The pick's clauses that answer ``topic`` (a question, or its parts): see ``clauses``."""
    return answering_clauses(pick.text, topic, lexical)


# A figure and its measure, then the noun it counts ("6项业务").
_COUNTS_NOUN = re.compile(r"[\u4e00-\u9fff]{2}")


def _others_counted(text: str) -> bool:
    """True when every figure of ``text`` names, right after its measure, the thing it counts
    ("推动6项业务入驻…"): none is a count of a noun said before it."""
    mentions = [m for m in numbers_in(text) if not m.percent]
    return bool(mentions) and all(
        _COUNTS_NOUN.match(text, m.end + len(measure_after(text, m.end))) for m in mentions
    )
