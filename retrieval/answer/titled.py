"""A figure of a thing that only its item's title names: "四是推进乡村“法律明白人”培养工程。
在全县370个村(社区)建成了一支1166名…队伍" counts 法律明白人 though its sentence never says so."""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.answer.counted import CountedThing
from retrieval.answer.figures import FigureFinder
from retrieval.answer.other_kinds import kinds_asked, other_kinds_only
from retrieval.answer.pick import Pick
from retrieval.types import Passage, Vocabulary

__all__ = ["titled_figure"]


def titled_figure(part: str, passages: Sequence[Passage], vocabulary: Vocabulary) -> list[Pick]:
    """The sentence stating the figure ``part`` counts where its item's title names the thing,
    bound as a comparison binds a side's (the thing named, no figure of another kind); [] for
    none."""
    finder = FigureFinder(part, vocabulary, named=True, kinds=True)
    figure = finder.find(passages) if finder.counts else None
    if figure is None or not figure.written:
        return []
    # A figure of another kind of the asked thing ("行政复议案件38件" for 行政诉讼案件).
    unit = finder.expected.unit
    counted = CountedThing(part, unit_word=finder.expected.unit_word)
    if unit and counted.counts_others_only(figure.pick.text, unit):
        return []
    # ("普法经费3万元、法律顾问经费8万元" lists other kinds of 法律援助经费.)
    return (
        [] if other_kinds_only(kinds_asked(part, vocabulary), figure.pick.text) else [figure.pick]
    )
