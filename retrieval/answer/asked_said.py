"""How much of the asked thing a sentence says, by which a ``FigureFinder`` ranks the
sentences that may state its figure before binding any: the share of the asked words it names
(those only in its heading or item title counting half), whether it names a telling word of the
thing, the noun or rate subject the question insists on, or the asked rate by another name.
Binding a figure is the costly part, so these cheap readings decide which sentences are bound.
"""

from __future__ import annotations

import re

from retrieval.answer.matching import Matcher
from retrieval.answer.restrict import akin_rate
from retrieval.query.expected import Expected

__all__ = ["AskedSaid", "said_in"]


class AskedSaid:
    """The readings of a sentence against the asked words ``FigureFinder`` sets: its matcher
    and the answer it expects, the telling words of the thing, the rate by another name that
    may answer, and the total weight of the asked words."""

    matcher: Matcher
    expected: Expected
    _telling: set[str]
    _any_rate: Expected | None
    _total: float

    def _names_thing(self, clause: str) -> bool:
        """True when ``clause`` names a telling word of the asked thing (``telling_words``):
        its figure is one of the thing ("累计抽查案卷126件" of 行政执法案卷评查, not
        "纠错行政行为3件")."""
        return any(word in clause for word in self._telling)

    def _other_rate(self, text: str) -> bool:
        """A sentence stating the asked rate by another name ("及格率" for 通过率), when those
        may answer: a rate of another thing ("出庭应诉率" for 败诉率) answers nothing."""
        loose = self._any_rate
        return loose is not None and loose.fits(text) and akin_rate(text, self.expected.rates)

    def _coverage(
        self, text: str, heading: str = "", hits: dict[str, float] | None = None
    ) -> float:
        """Share of the asked words (``Matcher.heads``: a word is not counted again through
        its pieces) and characters that ``text`` says; words only in ``heading`` count half."""
        matcher = self.matcher
        hits = matcher.hits(text) if hits is None else hits
        heads = matcher.heads
        titled = sum(w for word, w in heads.items() if word not in hits and word in heading)
        said = self._said(text, hits) + 0.5 * titled / self._total
        return (said + matcher.char_share(text, hits)) / 2

    def _said(self, text: str, hits: dict[str, float] | None = None) -> float:
        """Share of the asked words (not counted again through their pieces) in ``text``."""
        hits = self.matcher.hits(text) if hits is None else hits
        heads = self.matcher.heads
        return sum(w * hits[word] for word, w in heads.items() if word in hits) / self._total


def said_in(pattern: re.Pattern[str] | None, text: str, item: str) -> bool:
    """True when ``text`` or its item's title says ``pattern`` (always, for no pattern)."""
    return pattern is None or bool(pattern.search(text) or pattern.search(item))
