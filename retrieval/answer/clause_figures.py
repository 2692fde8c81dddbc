"""Which figure of a sentence counts the asked thing: the rules a ``FigureFinder`` applies
within the sentence it has chosen.

A sentence often states several figures ("受理…38件，办结36件，调解和解率71.43%"). The one
answering sits in a clause whose window binds the asked words (``Matcher.window_bounds``),
is of the asked measure, is no floor or target, counts the asked noun and not another one
touching it (``CountedThing``, ``Kinds``), and lies nearest to where the sentence names the
counted thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from retrieval.answer.adjacent import lead_in, share, touching
from retrieval.answer.counted import CountedThing
from retrieval.answer.figure_nouns import breakdown, document_titles, other_programme
from retrieval.answer.kinds import Kinds
from retrieval.answer.matching import UNBOUND, Matcher
from retrieval.answer.restrict import both_full
from retrieval.answer.stages import asked_stage, other_stage
from retrieval.query.amounts import said_as_change
from retrieval.query.expected import FLOORS, asks_target
from retrieval.query.units import asks_money, unit_family
from retrieval.query.windows import figure_clauses
from retrieval.text.numbers import NumberMention, measure_after, numbers_in
from retrieval.tuning import MIN_BOUND

__all__ = ["Bound", "ClauseFigures", "sets_floor"]

_PEOPLE_NOUN = re.compile(
    r"(?:人|员|者|干部|律师|法官|代表)(?:数|数量)?的?(?:有|是|为|共有?|一共|总共)?(?:多少|几)"
)
_PEOPLE_MEASURE = re.compile(r"^(?:余|多)?(?:人(?!次)|名|位)")
# A figure set as a floor or ceiling ("每月…不少于2次").
_TARGET = re.compile(f"(?:{'|'.join(FLOORS)})$")
# The questions that ask for a floor or target.


class Bound(NamedTuple):
    """The figure a sentence binds to the asked thing.

    Attributes:
        bound: its clause window's bound (``Matcher.window_bounds``).
        mention: the number.
        written: the figure as written with its measure ("38件").
        where: its offset in the sentence.
        clause: its clause.
        touched: the share of the asked words touching it.
    """

    bound: float
    mention: NumberMention
    written: str
    where: int
    clause: str
    touched: float


# "300万元以上标的", "50万元以下欠款": a figure that bounds the noun after it (a threshold)
# counts nothing; "300人以上，" ending its clause is an approximate count.
# "4个行政处罚案件入选…典型案例": how many were singled out, not how many there were; such a
# figure answers only a question about the honour itself.
_HONOURED = re.compile(r"入选|获评|评为|荣获|列入|获批|典型|示范|先进|荣誉|表彰")
_HONOURED_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:入选|获评|评为|荣获|列入|获批)")
_BOUND = re.compile(r"(?:及)?(?:以上|以下|以内)(?![，,。；;、：:）)\s]|$)")


def _binding_weight(word: str, weight: float) -> float:
    """What a question word counts for in binding a figure: one character (办 of "办了") is found
    inside many longer words (办理, 举办), so it counts half. (Light heads are halved once
    already, in ``Matcher.heads``.)"""
    return weight / 2 if len(word) == 1 else weight


class ClauseFigures:
    """The rules for one asked thing, built by ``FigureFinder``.

    Args:
        asked: the asked thing as a question.
        matcher: its words, with the answer it expects (measure, rates).
        nouns_named: a pattern per noun of the counted phrase (None for a noun without one).
        thing: the counted thing, when read across reports (None otherwise).
        kinds: the kinds a comparison's side weighs (None otherwise).
        whole: only a figure of the whole thing, not one of a breakdown by kind.
        named: read across reports: a clause naming asked words states their figure.
    """

    def __init__(
        self,
        asked: str,
        matcher: Matcher,
        nouns_named: list[re.Pattern[str] | None],
        thing: CountedThing | None,
        kinds: Kinds | None,
        whole: bool,
        named: bool,
    ) -> None:
        self.asked = asked
        self.matcher = matcher
        self.expected = matcher.expected
        self.nouns_named = nouns_named
        self.thing = thing
        self.kinds = kinds
        self.whole = whole
        self.named = named
        self.binding = {w: _binding_weight(w, x) for w, x in matcher.heads.items()}
        self.binding_total = sum(self.binding.values()) or 1.0
        self.forms = tuple((w, forms) for w, forms in matcher.forms if w in self.binding)
        # "每月…不少于2次" sets a target, it counts nothing done: such a figure answers only a
        # question about targets ("…的要求").
        self.no_targets = not asks_target(asked)
        self.no_honours = not _HONOURED.search(asked)
        self.people = bool(_PEOPLE_NOUN.search(asked))
        self.stage = asked_stage(asked)
        # "人民调解哪家调得多": a question asking no measure and no money counts what was done;
        # the money its sentence also states ("涉及资金1075万元") is no count of it.
        self.money_apart = self.expected.unit is None and not asks_money(asked)

    def own(self, clause: str, hits: dict[str, float] | None = None) -> float:
        """Share of the asked words in a figure's clause, weighed as they bind a figure."""
        hits = self.matcher.hits(clause) if hits is None else hits
        said = sum(w * hits[word] for word, w in self.binding.items() if word in hits)
        return said / self.binding_total

    def best(self, text: str, bounds: Sequence[float], heading: str = "") -> Bound | None:
        """The figure that counts the asked thing: in a clause whose window binds it, of the
        asked kind of measure (people for "…人员"), touched by the asked words, nearest to them.

        Returns:
            The figure with its clause; None when no clause binds one.
        """
        candidates = []
        spots: list[float] | None = None
        clauses = figure_clauses(text, self.expected.unit)
        mentions = [*numbers_in(text), *(both_full(text) if self.expected.rates else [])]
        # "《…15项评估指标问题清单》": a number in a document's title is part of its name.
        titles = document_titles(text)
        for bound, (start, end) in zip(bounds, clauses, strict=False):
            # A clause naming the asked rate itself ("…，成功率达100%") says what its
            # percentage measures, whatever clause before it names the rest; read across
            # reports, one naming the counted noun ("查出存在的问题173条") says what it counts.
            if bound == UNBOUND:
                continue
            if bound < MIN_BOUND and not (
                self._clause_names(text[start:end]) or self._done_in(text, start, end, heading)
            ):
                continue
            own: float | None = None
            for mention in mentions:
                if not start <= mention.start < end:
                    continue
                if any(a < mention.start < b for a, b in titles):
                    continue
                measure = measure_after(text, mention.end)
                written = mention.raw + measure
                if not self._fits(mention, measure, text):
                    continue
                where = mention.start
                target = _TARGET.search(text[max(start, where - 4) : where])
                if target and self.no_targets:
                    continue
                # A floor is stated as one ("不少于4次"): it is what the plan asks, not a count.
                written = f"{target.group()}{written}" if target else written
                after = text[mention.end + len(measure) : end]
                if _BOUND.match(after) or (self.no_honours and _HONOURED_AFTER.match(after)):
                    continue
                touched = share(
                    touching(text[start:where], after, self.forms, measure),
                    self.binding,
                    self.binding_total,
                )
                if self.whole and not touched and breakdown(text[start:end], measure):
                    continue
                # Rankings and comparisons weigh the field's figure, not one quoted programme's.
                if self.whole and other_programme(text[start:where], self.asked):
                    continue
                # "受理…38件" counts what was taken in, no answer to how many were closed.
                if other_stage(text[start:where], self.stage):
                    continue
                if self.thing and self.thing.other(
                    text[start:end], text[start:where], after, text[:start], measure
                ):
                    continue
                # A floor asked for ("培训有什么要求": "不少于4次") sets how often the asked
                # thing is done, whatever noun its clause leads with.
                if (
                    not target
                    and self.kinds
                    and self.kinds.other(text[start:where], after, measure, text, heading)
                ):
                    continue
                # Read across reports, a clause naming the asked words states their figure; a
                # later clause naming none of them ("其中…") breaks it down, whatever
                # characters it adds to the window. Both are read only for a figure that fits.
                own = self.own(text[start:end]) if own is None else own
                spots = self._spots(text) if spots is None else spots
                people = self.people and bool(_PEOPLE_MEASURE.match(measure))
                # Measured from where the words leading to the figure start: "公证案件1742件"
                # names 公证 as near its figure as "办理公证186件" does.
                led = start + len(lead_in(text[start:where], self.forms, measure))
                near = -min((abs(led - spot) for spot in spots), default=0.0)
                named = self.named and own > 0
                counted = not (self.money_apart and unit_family(mention.unit) == _MONEY_FAMILY)
                done = self.thing is not None and self.thing.done_to(
                    text[start:where], f"{text} {heading}"
                )
                key = (people, counted, named, done, round(bound, 1), round(touched, 2), own, near)
                candidates.append((key, bound, mention, written, where, text[start:end], touched))
        if not candidates:
            return None
        candidates = self._wholes_before_parts(text, candidates)
        return Bound(*max(candidates, key=lambda c: c[0])[1:])

    def _wholes_before_parts(self, text: str, candidates: list[Any]) -> list[Any]:
        """``candidates`` without the figures of a breakdown ("其中…") that name no asked word
        the figure of the whole before it does not: the whole is the asked thing's figure,
        whatever words the parts' windows borrow from the sentence's opening ("热线办件1020
        件，其中咨询815件" asked of 热线办件; 咨询 asked names its part)."""
        parts = _PARTS_FOLLOW.search(text)
        if parts is None:
            return candidates
        # A candidate is (key, bound, mention, written, where, clause, touched).
        wholes = [c for c in candidates if c[2].start < parts.start()]
        if not wholes:
            return candidates
        said = set().union(*(self.matcher.hits(c[5]) for c in wholes))
        if not said:
            return candidates
        return [c for c in candidates if c[2].start < parts.start() or self._names_more(c[5], said)]

    def _names_more(self, clause: str, said: set[str]) -> bool:
        """True when ``clause`` says, as asked (not by a synonym), an asked word not in
        ``said``."""
        return any(
            hit >= 1.0 and word not in said for word, hit in self.matcher.hits(clause).items()
        )

    def _done_in(self, text: str, start: int, end: int, heading: str) -> bool:
        """True when the clause's figure counts what the asked doing was done to
        (``CountedThing.done_to``)."""
        if self.thing is None:
            return False
        said = f"{text} {heading}"
        return any(
            self.thing.done_to(text[start : start + m.start], said)
            for m in numbers_in(text[start:end])
        )

    def _clause_names(self, clause: str) -> bool:
        """True when ``clause`` names the asked rate itself, or (read across reports) every
        noun of the counted phrase."""
        if self.expected.rates:
            return all(rate in clause for rate in self.expected.rates)
        named = self.nouns_named
        return bool(named) and all(p is not None and p.search(clause) for p in named)

    def _fits(self, mention: NumberMention, measure: str, text: str) -> bool:
        if self.expected.rates:
            return mention.percent
        if self.expected.change:
            # (Only a figure said as the change is one: "…检查码库1.4万户" changed nothing;
            # a share says by how much, whatever measure the thing is counted in.)
            if not said_as_change(text, mention.start):
                return False
            if mention.percent:
                return True
        if mention.percent:
            return False
        if not measure or measure.endswith(("年", "月", "日")):
            return False
        if self.expected.unit is None:
            return True
        # The measure may be told by the words after it ("216人取得执法证" counts certificates).
        end = mention.end + len(measure) + _MEASURE_TOLD
        fit = self.expected.unit.search(text, mention.start, end)
        return fit is not None and fit.start() < mention.end

    def _spots(self, text: str) -> list[float]:
        """Where ``text`` names the counted thing: the head of the asked phrase (its last word
        of two or more characters that ``text`` says), else any asked word."""
        present = [word for word in self.matcher.weights if word in text]
        heads = sorted(
            (word for word in present if len(word) > 1), key=self.asked.rfind, reverse=True
        )
        return [
            m.start() + len(m.group()) / 2
            for word in (heads[:1] or present)
            for m in re.finditer(re.escape(word), text)
        ]


_MONEY_FAMILY = unit_family("元")
# How far after a figure's measure the words telling what it counts may reach.
_MEASURE_TOLD = 12
# "热线办件1020件，其中咨询815件，投诉205件": the clauses from 其中 on break the figure
# before them down.
_PARTS_FOLLOW = re.compile(r"(?<=[，,；;：:])\s*其中")


def sets_floor(written: str) -> bool:
    """True when a figure as written is a floor or ceiling a plan sets ("不少于4次")."""
    return written.startswith(FLOORS)
