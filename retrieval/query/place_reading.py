"""Where a question names places or reports, and what of it is left: read against one
catalog of stored reports (the planner's helpers)."""

from __future__ import annotations

import re

from retrieval.index.lexical import LexicalIndex
from retrieval.query.abbreviated import abbreviations_read
from retrieval.query.catalog import Catalog
from retrieval.query.excluded import year_reports, year_spans
from retrieval.query.homophones import heard_as
from retrieval.query.normalize import joined_verbs
from retrieval.query.pinyin_typed import typed_in_pinyin
from retrieval.query.routing import route
from retrieval.query.sides import UNNAMED_SAID, unnamed_report
from retrieval.query.social import named_share

__all__ = ["PlaceReading"]

# "的数字是多少", "的数据呢": the figure asked before, pointed at by a word for any figure.
_FIGURE_AGAIN = re.compile(
    r"^(?:那|那么)?(?:那边|这边|那里)?的?(?:数字|数据|数值|数|这个数字?|这项数据?|这个)"
    r"(?:是|有|为)?(?:多少|几|啥|什么)?"
    r"(?:呢|啊|呀)?[？?。！!\s]*$"
)


class PlaceReading:
    """The places a text names, read against ``catalog`` (and ``gazetteer``'s places that no
    stored report is of)."""

    catalog: Catalog
    lexical: LexicalIndex
    gazetteer: frozenset[str]

    def _vocabulary_share(self, text: str) -> float:
        # A stored place named is a report asked about.
        if self._places(text):
            return 1.0
        return named_share(text, self.lexical.words, self.lexical.knows)

    def _named_spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` names places, or the report that names none ("没写县名的")."""
        unnamed = [found.span() for found in UNNAMED_SAID.finditer(text)]
        return sorted([*self._place_spans(text), *unnamed, *year_spans(text, self.catalog)])

    def _named(self, text: str) -> list[str]:
        """The reports ``text`` names by place, or as the one that names none."""
        routed = route(text, self.catalog, self.gazetteer)
        if routed.regions or routed.files:
            return routed.sources(self.catalog) or []
        dated = year_reports(text, self.catalog)
        if dated is not None:
            return dated
        pointed = unnamed_report(text, self.catalog)
        return [pointed[0]] if pointed else []

    def _sources(self, text: str) -> list[str]:
        """The reports ``text`` names when it names places and nothing else."""
        if not self._place_only(text):
            return []
        return route(text, self.catalog, self.gazetteer).sources(self.catalog) or []

    def _place_spans(self, text: str) -> list[tuple[int, int]]:
        return route(text, self.catalog, self.gazetteer).spans

    def _place_only(self, text: str) -> bool:
        """True when ``text`` names places and nothing else."""
        spans = self._place_spans(text)
        return bool(spans) and not re.search(r"\w", _without(text, spans))

    def _place_again(self, text: str) -> str | None:
        """ "X呢" for ``text`` naming places and only a word for the figure asked before
        ("叶城的数字呢", "额敏那边的数据是多少"); None otherwise."""
        spans = self._place_spans(text)
        if not spans or not _FIGURE_AGAIN.match(_without(text, spans)):
            return None
        return "和".join(text[start:end] for start, end in spans) + "呢"

    def _places(self, text: str) -> list[str]:
        routed = route(text, self.catalog, self.gazetteer)
        named = [text[start:end] for start, end in routed.spans]
        return named or ([text] if routed.files else [])

    def _sides(self, text: str) -> list[str]:
        """The regions and the reports named by file that ``text`` names."""
        routed = route(text, self.catalog, self.gazetteer)
        return [*routed.regions, *routed.files]

    def _heard(self, normalized: str) -> tuple[str, str]:
        """``normalized`` as meant, its slips read (pinyin, a compound's first characters, a
        word of like sound) and a verb split by 了 joined; with the note of what was read."""
        typed, spelt = typed_in_pinyin(normalized, self.lexical)
        # "行复案件": a compound asked by its halves' first characters (行政复议).
        typed, short = abbreviations_read(typed, self.lexical)
        heard, slips = heard_as(
            typed, self.lexical, self._place_spans, self.catalog.aliases.by_sound
        )
        return joined_verbs(heard, self.lexical.knows), "；".join(
            filter(None, (spelt, short, slips))
        )


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the places at ``spans``."""
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text
