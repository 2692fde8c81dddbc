"""What a report says of a topic it gives no section or item: its sentence that answers.

"额敏和克孜勒陶镇都搞了清理拖欠账款，两边情况有啥不一样": 额敏 devotes an item to it, while
克孜勒陶镇 says it in one sentence of another item ("加强预防和清理拖欠企业账款工作,50万元以
下欠款全部化解完毕"). That side answers with its sentence, as a single fact would, not "未提及".
"""

from __future__ import annotations

from retrieval.answer.sentence_pick import concise, pick_sentences
from retrieval.answer.structure import span_citation, structure
from retrieval.lexicons import light_verbs
from retrieval.query.across_shape import EACH
from retrieval.query.aspects import NO_WORK, section_aspects, without_aspects
from retrieval.query.catalog import Catalog
from retrieval.query.measure import measured
from retrieval.query.weights import weighty_words
from retrieval.schema import Citation
from retrieval.text.lexicon import contains
from retrieval.types import Passage, ReportInfo, Vocabulary

__all__ = ["said_in_passing"]


def said_in_passing(
    asked: str,
    held: dict[str, str],
    catalog: Catalog,
    vocabulary: Vocabulary,
    n: int,
    headed: bool = False,
) -> tuple[str, Citation] | None:
    """The first sentence of the reports ``held`` that answers ``asked``, cited as ``[n]``;
    None when none does.

    Args:
        asked: the list question's topic.
        held: the side's reports (file name → canonical text).
        catalog: the stored reports.
        vocabulary: the reports' word weights.
        n: the citation's number.
        headed: only a sentence saying the topic's head word answers (every report asked: a
            report saying a near topic is silent on this one).
    """
    # What is asked of each side, its list, layout and aspect words left out.
    topic = without_aspects(measured(asked)) or asked
    for source, text in held.items():
        said = _said(topic, catalog.reports[source], text, vocabulary, n, headed)
        if said is not None:
            return said
    return None


def _said(
    topic: str, info: ReportInfo, text: str, vocabulary: Vocabulary, n: int, headed: bool
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
    # A sentence on a near topic, sharing the words before its head ("领导干部" of 领导干部
    # 述法), says nothing of it: the report is silent on it.
    named = EACH.sub(" ", topic)  # ("各地": whose it is asked of, no word of the topic)
    # (A word no report uses, "打官司" said for 应诉, is no head a sentence must say.)
    # ("公职律师覆盖面": a light verb, who was reached, heads nothing; 法律顾问 does.)
    words = {
        word
        for word in weighty_words(named, vocabulary)
        if vocabulary.knows(word) and word not in light_verbs()
    }
    head = max(words, key=lambda word: named.rfind(word) + len(word), default="") if headed else ""
    picks = [p for p in pick_sentences(topic, [whole], vocabulary) if contains(p.text, head)]
    if not picks and len(head) > 1:
        # "述法报告" of a report saying it of no 领导干部: its sentences on the head itself.
        picks = [p for p in pick_sentences(head, [whole], vocabulary) if contains(p.text, head)]
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
