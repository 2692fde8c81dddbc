"""What a report says of a topic it gives no section or item: its sentence that answers.

"额敏和克孜勒陶镇都搞了清理拖欠账款，两边情况有啥不一样": 额敏 devotes an item to it, while
克孜勒陶镇 says it in one sentence of another item ("加强预防和清理拖欠企业账款工作,50万元以
下欠款全部化解完毕"). That side answers with its sentence, as a single fact would, not "未提及".
"""

from __future__ import annotations

from retrieval.answer.sentence_pick import concise, pick_sentences
from retrieval.answer.structure import span_citation, structure
from retrieval.query.aspects import NO_WORK, section_aspects, without_aspects
from retrieval.query.catalog import Catalog
from retrieval.query.measure import measured
from retrieval.schema import Citation
from retrieval.types import Passage, ReportInfo, Vocabulary

__all__ = ["said_in_passing"]


def said_in_passing(
    asked: str, held: dict[str, str], catalog: Catalog, vocabulary: Vocabulary, n: int
) -> tuple[str, Citation] | None:
    """The first sentence of the reports ``held`` that answers ``asked``, cited as ``[n]``;
    None when none does.

    Args:
        asked: the list question's topic.
        held: the side's reports (file name → canonical text).
        catalog: the stored reports.
        vocabulary: the reports' word weights.
        n: the citation's number.
    """
    # What is asked of each side, its list, layout and aspect words left out.
    topic = without_aspects(measured(asked)) or asked
    for source, text in held.items():
        said = _said(topic, catalog.reports[source], text, vocabulary, n)
        if said is not None:
            return said
    return None


def _said(
    topic: str, info: ReportInfo, text: str, vocabulary: Vocabulary, n: int
) -> tuple[str, Citation] | None:
    whole = Passage(
        id=f"{info.source}:0-{len(text)}",
        source=info.source,
        title=info.title,
        text=text,
        start=0,
        end=len(text),
        region=info.region,
        year=info.year,
    )
    picks = pick_sentences(topic, [whole], vocabulary)
    if not picks:
        return None
    parsed = structure(info.source, text)
    # What a report did is told by its work, not by the plans or problems that name the topic
    # too ("谋划“九五”普法规划" is no account of its 普法); a report saying it only there is.
    sections = ((pick, parsed.section_at(pick.start)) for pick in picks)
    pick, section = next(
        ((p, s) for p, s in sections if not section_aspects(s) & NO_WORK),
        (picks[0], parsed.section_at(picks[0].start)),
    )
    return concise(pick, topic, vocabulary), span_citation(
        n, info, text, (pick.start, pick.end), section
    )
