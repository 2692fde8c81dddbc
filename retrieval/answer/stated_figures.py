"""Where a report states the figure of a thing a question names: the figure a sentence
states after the thing's words in its clause (``stated_after``), the one a figure finder binds
to it (``figure_of``), and what a worked-out line calls a figure (``figure_label``)."""

from __future__ import annotations

import re

from retrieval.answer.figures import FigureFinder
from retrieval.answer.pick import Figure, Pick
from retrieval.answer.thing_labels import thing_label
from retrieval.query.measure import side_asked
from retrieval.search.evidence import Found
from retrieval.text.numbers import NumberMention, measure_after, numbers_in
from retrieval.text.sentences import split_sentences
from retrieval.text.words import names_noun, pos_tags
from retrieval.types import Vocabulary

__all__ = ["LISTED_END", "figure_at", "figure_label", "figure_of", "same_figure", "stated_after"]

# Where a thing's clause in a run of things ends ("…拨付2万元、普法经费3万元").
LISTED_END = re.compile(r"[、，,；;。：:]")


def figure_of(thing: str, found: Found, vocabulary: Vocabulary) -> Figure | None:
    finder = FigureFinder(side_asked(thing) or thing, vocabulary, named=True, whole=True)
    return finder.find(found.passages) if finder.counts else None


def stated_after(thing: str, found: Found) -> Figure | None:
    """The figure a sentence states after ``thing`` within the clause naming it ("工作经费由
    县级财政部门拨付2万元、普法经费3万元" → 2万元 for 工作经费), or None."""
    # ("顾问工作经费" of "顾问的工作经费": its words in order, a few characters between.)
    words = [re.escape(word) for word, _ in pos_tags(thing)]
    spread = re.compile(f"[^{LISTED_END.pattern[1:-1]}]{{0,{_SPREAD}}}?".join(words))
    sentences = [
        (passage, start, end, passage.span(start, end))
        for passage in found.passages
        for start, end in split_sentences(passage.text, passage.start)
    ]
    # The thing said word for word anywhere first, then said in the longer way.
    for loose in (False, True):
        for passage, start, end, text in sentences:
            said = spread.search(text) if loose else None
            at, after = (said.start(), said.end()) if said else (text.find(thing), -1)
            if at < 0:
                continue
            after = after if after >= 0 else at + len(thing)
            close = LISTED_END.search(text, after)
            clause_end = close.start() if close else len(text)
            for mention in numbers_in(text[:clause_end]):
                unit = measure_after(text, mention.end)
                if mention.start >= after and unit and not mention.percent:
                    return figure_at(Pick(passage, start, end, text, 1.0, 1.0), mention)
    return None


# How many characters may stand between the words of a thing said in the report's longer way.
_SPREAD = 4


def figure_at(pick: Pick, mention: NumberMention) -> Figure:
    """The figure ``mention`` states in ``pick``'s sentence, written with the measure after it
    ("97496元"); no period of its own is read."""
    unit = measure_after(pick.text, mention.end)
    return Figure(
        pick, f"{mention.raw}{unit}", mention.value, False, "", mention.start, unit or None
    )


def figure_label(thing: str, figure: Figure) -> str:
    """What a computed line calls ``figure``: the report's own words leading to it in its
    clause ("梳理行政职权" of "共梳理行政职权3415项"), when few; else the asked ``thing``."""
    text = figure.pick.text
    lead = _ALTOGETHER_SAID.sub("", _CLAUSE_START.split(text[: figure.at])[-1])
    # "建立涵盖1.4万户市场主体": a lead-in ending in a doing; the noun after names it.
    after = _NOUN_AFTER.match(text, figure.at + len(figure.written))
    tags = pos_tags(lead) if lead else ()
    if after and tags and tags[-1][1].startswith("v") and names_noun(after.group()):
        return after.group()
    if 2 <= len(lead) <= _LEAD_MOST and lead != text[: figure.at]:
        return lead
    return thing_label(thing).rstrip("的")


_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,6}(?=[（(，,；;。、]|$)")
# What a report's clause starts after, and the longest lead-in that labels a figure.
_CLAUSE_START = re.compile(r"[，,；;、：:。（(]")
_LEAD_MOST = 16
# "共梳理…": "altogether" opening a lead-in reads wrongly after 占 or 与.
_ALTOGETHER_SAID = re.compile(r"^(?:共计|累计|合计|总计|共)")


def same_figure(one: Figure, other: Figure) -> bool:
    """True when both are the one figure of one sentence."""
    return (one.pick.passage.source, one.pick.start, one.at) == (
        other.pick.passage.source,
        other.pick.start,
        other.at,
    )
