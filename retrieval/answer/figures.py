"""One report's figure for the thing a comparison, ranking or table asks about.

The figure obeys the binding rules of single facts: its sentence fits what is asked
(``Expected``), covers the question's words, and the counted thing sits around the figure
(``Matcher.bound``). Reports state a figure under the item that names its topic ("四是推进
乡村…培养工程。…建成了一支1166名…队伍"): a sentence that names nothing of the counted thing
binds to its item's title instead. Within the bound clause the figure nearest to the asked
words is taken, with its measure ("400余场次"), its value normalised (万/亿, %) and the period
its sentence states ("全年", "2023年以来").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from retrieval.answer.asked_said import AskedSaid, said_in
from retrieval.answer.clause_figures import ClauseFigures, sets_floor
from retrieval.answer.context_words import ContextWords
from retrieval.answer.counted import CountedThing
from retrieval.answer.counted_nouns import counted_nouns
from retrieval.answer.figure_nouns import QUOTED, quotes_asked
from retrieval.answer.kinds import Kinds
from retrieval.answer.matching import Matcher
from retrieval.answer.periods import period_of
from retrieval.answer.pick import (
    NUMBER_NAME,
    WHOLE_SAID_SO,
    Candidate,
    Figure,
    Pick,
    is_heading,
)
from retrieval.answer.read_sentences import sentences_of, without_lists
from retrieval.answer.restrict import (
    counted_clauses,
    forms_pattern,
    head_forms,
    joined,
    rate_subject,
)
from retrieval.answer.sentence_pick import focus_penalty
from retrieval.query.alternative_names import alternative_names
from retrieval.query.counted_doing import counted_action, counted_measure
from retrieval.query.exclusions import left_out_words
from retrieval.query.expected import Expected, recounted
from retrieval.query.units import measure_pattern
from retrieval.query.weights import telling_words
from retrieval.query.windows import figure_clauses
from retrieval.text.dots import undotted
from retrieval.text.lexicon import synonyms
from retrieval.tuning import (
    FIGURE_MORE,
    FIGURED,
    FIGURES_WEIGHED,
    FLOOR_ASKED,
    ITEM_PENALTY,
    MIN_COVERAGE,
    TOUCHING,
    WHOLE_SAID,
)
from retrieval.types import Passage, Vocabulary

__all__ = ["FigureFinder"]


class FigureFinder(AskedSaid):
    """Finds the asked figure (or, for questions that count nothing, the answering sentence).

    Args:
        asked: the asked thing as a question ("行政复议案件多少件").
        vocabulary: the reports' vocabulary.
        named: a counted figure's sentence (or its item's title) must name the noun the
            question gives two names for (``head_forms``), not only the words around it: a
            sentence of 调解 and 工作室 that counts 调解员 is no count of 调解室（调解工作室）.
        figured: of sentences answering a question that counts nothing ("…情况"), one that
            states a figure is preferred (``FIGURED``): a table lays reports' figures side by side.
        whole: only a figure of the whole thing answers, not one of a breakdown by kind
            (``counted.breakdown``): a ranking orders wholes.
        kinds: a figure whose touching noun names another kind of thing than the asked one
            answers nothing (``kinds.Kinds``): a comparison's verdict weighs like with like.
        excluded: what the question leaves out: a sentence naming every word of one answers
            nothing.
        context: what the turns before asked of ("行政执法案卷评查" before "问题数各多少"): its
            words break ties between sentences, never make one answer.
    """

    def __init__(
        self,
        asked: str,
        vocabulary: Vocabulary,
        named: bool = False,
        figured: bool = False,
        whole: bool = False,
        kinds: bool = False,
        excluded: Sequence[str] = (),
        context: str = "",
        recount: bool = True,
    ) -> None:
        # "案卷…多少件": where no figure in the measure asked answers, one in the measure of
        # the noun counted may ("104份"); read (before the question is cut down) only then,
        # and once (a question counting twice would be recounted back and forth).
        again = recounted(asked) if asked and recount else None
        self._again = (
            FigureFinder(
                again, vocabulary, named, figured, whole, kinds, excluded, context, recount=False
            )
            if again
            else None
        )
        asked, alternatives = alternative_names(asked)
        self._context = ContextWords.of(context, vocabulary, asked)
        self._excluded = left_out_words(excluded, vocabulary)
        # Read across reports, a name quoted or written as a number ("12345") must be said.
        quoted = [*QUOTED.findall(asked), *NUMBER_NAME.findall(asked)]
        self._quoted = [undotted(q) for q in quoted] if named else []
        self.asked = asked
        self.alternatives = alternatives
        self.figured = figured
        self.named = named
        self.expected = Expected.of(asked)
        if self.expected.number and self.expected.unit is None and not self.expected.change:
            # "培训多少" counts trainings: a figure in another measure counts something else.
            measure = counted_measure(asked, vocabulary)
            self.expected = replace(
                self.expected, unit=measure_pattern(measure) if measure else None
            )
        self.matcher = Matcher(asked, vocabulary, self.expected, alternatives)
        self._telling = telling_words(self.matcher.heads)
        self._total = sum(self.matcher.heads.values()) or 1.0
        said = [form for word, forms in self.matcher.forms for form in (word, *forms)]
        self._named = re.compile("|".join(map(re.escape, said)) or "$^")
        # (A row of a table that counts nothing says the thing named twice, too.)
        twice = self.counts or (figured and bool(alternatives))
        head = self.head_forms() if named and twice and not self.expected.rates else ()
        self._head = forms_pattern(head)
        # Read across reports, a count names what it counts: "网格员多少" is no count of the
        # 人员 another sentence 配备s. Where the question brackets no second name, a noun of
        # the counted phrase stands in for the bracketed head.
        nouns = (
            counted_nouns(self.matcher, asked)
            if named and (self.counts or figured) and not self.expected.rates
            else []
        )
        if nouns and not head:
            self._head = forms_pattern(tuple(form for forms in nouns for form in forms))
        # Read across reports, a figure touching another countable thing ("4个行政处罚案件"
        # for 法律援助案件) is no count of the asked one, whatever else its sentence names.
        # A comparison reads its two sides more strictly (``kinds``): its qualifiers too.
        thing = (
            CountedThing(
                asked,
                [n for names in alternatives.values() for n in names],
                self.expected.unit_word,
            )
            if named and self.counts and not self.expected.rates and not kinds
            else None
        )
        self._rate_of = forms_pattern(rate_subject(self.matcher, self.expected) if named else ())
        # A rate by another name answers only where its sentence names what it is a rate of.
        self._any_rate = replace(self.expected, rates=()) if self._rate_of else None
        # A count of a thing no report names has no figure anywhere ("财政收入最多").
        self._unknown = self.counts and self.matcher.counts_unknown
        # Figures found, by the passages they were found in (kept, so their ids stay theirs):
        # a comparison reads each side once to see whether the sides count alike, then again.
        self._seen: dict[tuple[int, ...], tuple[tuple[Passage, ...], Figure | None]] = {}
        # "审查规范性文件多少" counts reviews: a sentence (or item title) that never says 审查
        # counts the documents in another respect ("继续有效规范性文件16份").
        action = counted_action(asked) if self.counts else None
        self._action = (action, *synonyms(action)) if action else ()
        self._clauses = ClauseFigures(
            asked,
            self.matcher,
            nouns_named=[forms_pattern(forms) for forms in nouns],
            thing=thing,
            kinds=Kinds(self.matcher, asked) if kinds and self.expected.number else None,
            whole=whole,
            named=named,
        )

    def head_forms(self) -> tuple[str, ...]:
        """The forms of the counted noun the question names twice (``restrict.head_forms``)."""
        return head_forms(self.matcher, self.alternatives)

    @property
    def asks_targets(self) -> bool:
        """True when the question asks for a floor or target ("…的要求"), which plans set."""
        return not self._clauses.no_targets

    @property
    def counts(self) -> bool:
        """True when the question asks for a figure."""
        return self.expected.number or bool(self.expected.rates)

    def find(self, passages: Sequence[Passage]) -> Figure | None:
        """The best figure (or sentence) of ``passages``, or None when none answers; none in
        the measure asked, the one in the measure of the noun counted ("案卷…多少件": 104份)."""
        key = tuple(map(id, passages))
        if key not in self._seen:
            self._seen[key] = (tuple(passages), self._find(passages))
        return self._seen[key][1]

    def _find(self, passages: Sequence[Passage]) -> Figure | None:
        found = self._found(passages)
        if found is None and self._again is not None:
            found = self._again._found(passages)
            # (A figure in the measure asked was read and ruled out already.)
            asked = self.expected.unit
            if found is not None and asked is not None and asked.search(found.written):
                return None
        return found

    def _found(self, passages: Sequence[Passage]) -> Figure | None:
        if not self.matcher.total or self._unknown:
            return None
        candidates = sorted(self._candidates(passages), key=lambda c: c.upper, reverse=True)
        best: tuple[float, Figure] | None = None
        for candidate in candidates:
            # Sentences are read best first by what they can score at most: binding a figure
            # (the costly part) is skipped once none of the rest can win.
            if best is not None and candidate.upper <= best[0]:
                break
            found = self._scored(candidate)
            if found and (best is None or found[0] > best[0]):
                best = found
        return best[1] if best else None

    def find_first(self, *groups: Sequence[Passage]) -> Figure | None:
        """The figure of the first group of one report's passages that has one, each group's
        passages joined where they follow one another (``restrict.joined``)."""
        for passages in groups:
            found = self.find(joined(passages)) if passages else None
            if found is not None:
                return found
        return None

    def _candidates(self, passages: Sequence[Passage]) -> Iterator[Candidate]:
        """The sentences that say enough of the question, with what they can score at most."""
        for rank, passage in enumerate(passages):
            for start, end, text, item, others in sentences_of(passage):
                # Read across reports, the rest of a sentence's item may name its topic.
                others = without_lists(others) if self.named else ""
                if any(ws and all(w in text for w in ws) for ws in self._excluded):
                    continue
                exact = self.expected.fits(text)
                if not (exact or self._other_rate(text)) or (not self.counts and text == item):
                    continue
                titled = f"{item} {others}"
                # Read across reports, what the question quotes names the thing asked.
                quoted = self._quoted
                if quoted and not any(q in undotted(f"{text} {titled}") for q in quoted):
                    continue
                named = said_in(self._head, text, titled) or quotes_asked(text, self.asked)
                if not named or not said_in(self._rate_of, text, titled):
                    continue
                # Most sentences name none of the asked words: one search rules them out.
                hits = self.matcher.hits(text) if self._named.search(text) else {}
                penalty = focus_penalty(text, rank)
                penalty += 0.0 if exact else ITEM_PENALTY
                # A section's heading names what its body tells: the body says how it went.
                if not self.counts and is_heading(passage, text):
                    penalty += ITEM_PENALTY
                if self._action and not any(f in text or f in item for f in self._action):
                    # Read across reports, an amount of no named thing ("减免的金额") is
                    # only what the asked action did: another sentence's money is no row.
                    if self.named and self._head is None and not self.expected.rates:
                        continue
                    penalty += ITEM_PENALTY
                if hits:
                    coverage = self._coverage(text, f"{passage.section} {titled}", hits)
                elif self.counts and item and item != text:
                    # Nothing of the counted thing in the sentence: its item's title may name it.
                    coverage, penalty = self._coverage(item), penalty + ITEM_PENALTY
                else:
                    continue
                if coverage >= MIN_COVERAGE:
                    own = self._clauses.own(text, hits)
                    reach = 0.5 + (0.5 + TOUCHING) * own + WHOLE_SAID if self.counts else 0.0
                    reach += FLOOR_ASKED * self.asks_targets
                    if self.figured and not self.counts:
                        # Of two sentences that say the asked words alike, the one stating
                        # a figure of the thing (in a clause naming it) is the row, and of two
                        # such, the one stating more.
                        clauses = counted_clauses(text)
                        stated = min(len(clauses), FIGURES_WEIGHED)
                        of_thing = any(map(self._names_thing, clauses))
                        penalty -= FIGURED * of_thing + FIGURE_MORE * max(stated - 1, 0)
                    penalty -= self._context.bonus(text)
                    pick = Pick(passage, start, end, text, coverage, coverage - penalty)
                    yield Candidate(pick, hits, pick.score + reach)

    def _scored(self, candidate: Candidate) -> tuple[float, Figure] | None:
        pick = candidate.pick
        if not self.counts:
            return pick.score, Figure(pick)
        text = pick.text
        if candidate.hits:
            bounds = self.matcher.window_bounds(text)
        else:
            bounds = [1.0] * len(figure_clauses(text, self.expected.unit))
        figure = self._clauses.best(text, bounds, f"{pick.passage.section} {pick.passage.text}")
        if figure is None:
            return None
        bound, mention, written, where, clause, touched = figure
        # The asked words in the figure's own clause ("…矛盾纠纷963件"), not only in the
        # opening clause that every figure of the sentence shares, and those touching it.
        score = pick.score + 0.5 * bound + 0.5 * self._clauses.own(clause) + TOUCHING * touched
        score += FLOOR_ASKED * (self.asks_targets and sets_floor(written))
        score += WHOLE_SAID * bool(WHOLE_SAID_SO.search(text[:where]))
        period = period_of(text[:where])
        # Not ``dataclasses.replace``: a ranking scores a sentence of every report.
        scored = Pick(pick.passage, pick.start, pick.end, text, pick.coverage, score)
        return score, Figure(
            scored, written, mention.value, mention.percent, period, where, mention.unit
        )
