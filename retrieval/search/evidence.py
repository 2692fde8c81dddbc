"""Retrieval: a plan → the passages its answer is drawn from, per group of reports."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from itertools import zip_longest

from retrieval.query.across_shape import lists_every_report
from retrieval.query.alternative_names import other_names
from retrieval.query.aspects import own_sections, section_aspects
from retrieval.query.described_terms import head_forms, undescribed_forms, without_actor
from retrieval.query.fields import asked_fields, quoted_code
from retrieval.query.list_shape import ORDINAL_PART, asks_outline
from retrieval.query.measure import measured
from retrieval.query.mention_scope import mention_scope
from retrieval.query.mentioned import Term, asks_what_said, beside, mentioned_term
from retrieval.query.plan import Group, Plan
from retrieval.query.resolver import ACROSS
from retrieval.query.sentences_asked import asked_sentences, typed_apart
from retrieval.query.things import parts
from retrieval.query.when import attribute_of
from retrieval.search.across import best_per_report, mentioning, whole_reports
from retrieval.search.first_listed import first_listed
from retrieval.search.hybrid import HybridSearch
from retrieval.search.near_forms import near_form
from retrieval.search.said_otherwise import content_words, said_otherwise
from retrieval.text.lexicon import domain_synonyms
from retrieval.text.numbers import other_line
from retrieval.text.sentences import split_sentences
from retrieval.tuning import (
    EACH_REPORT_LISTS,
    NEAR_BEST,
    STRUCTURED_REPORTS,
    STRUCTURED_TABLE,
    WITHIN_WIDER,
)
from retrieval.types import Passage

__all__ = ["Evidence", "Found", "retrieve"]

# Passages shown as "possibly related" when planning has already decided to abstain.
RELATED = 3
# Passages per report searched for the figure of a ranking or table.
PER_REPORT = 5
# Shapes answered from a report's own structure (its outline, header and signature).
STRUCTURED = frozenset({"list", "metadata"})


@dataclass(frozen=True)
class Found:
    """The passages found for one group of a plan, best first."""

    group: Group
    passages: list[Passage]


@dataclass
class Evidence:
    """What retrieval found for a plan.

    Attributes:
        found: one entry per group of the plan, in the plan's order.
        related: nearest passages for a plan that abstains (never cited, only shown).
        texts: list and metadata plans: the canonical texts of the reports they may be
            answered from (file name → text), most likely first.
        unread: attribute rankings and tables: the reports past those cited, not read (their
            rows come from the catalog).
        excluded: what the question leaves out (``Plan.excluded``).
        context: what the turn before asked of (``Plan.context``), which breaks ties between
            a report's sentences.
        near: a mentions plan whose term no report says as asked: the form with one
            character changed that ``found`` says instead ("法治体检" for 法律体检), or "".
        undescribed: a mentions plan whose term no report says as asked, nor near it: the
            term without its describing clause that ``found`` says ("领导干部法律法规清单"
            for 领导干部必须掌握的法律法规清单), or "".
        otherwise: a mentions plan whose term no report says in any form above: the term's
            words that ``found`` (each report's one sentence) says in its own words, or ().
        also: a mentions plan whose long term some reports say as asked: the other reports'
            sentences saying most of its words apart ("负责人参与…诉讼案件2件,出庭应诉率达
            100%" for 负责人出庭应诉率), one group each.
        also_words: the term's words the ``also`` sentences say.
    """

    found: list[Found] = field(default_factory=list)
    related: list[Passage] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    unread: list[str] = field(default_factory=list)
    excluded: tuple[str, ...] = ()
    context: str = ""
    near: str = ""
    undescribed: str = ""
    otherwise: tuple[str, ...] = ()
    also: list[Found] = field(default_factory=list)
    also_words: tuple[str, ...] = ()

    @property
    def passages(self) -> list[Passage]:
        """Every group's passages interleaved by rank, so a token budget cuts all groups alike."""
        ranked = zip_longest(*(f.passages for f in self.found))
        return [p for rank in ranked for p in rank if p is not None]


def retrieve(
    plan: Plan, search: HybridSearch, k: int, timings: dict[str, float] | None = None
) -> Evidence:
    """Search each group of ``plan`` for its ``k`` best passages.

    Args:
        plan: the question's plan.
        search: the hybrid search over the store.
        k: passages per group.
        timings: filled with the search stages' durations (ms).
    """
    if plan.kind == "abstain":
        related = search.search(plan.query, RELATED, None, timings) if plan.query else []
        return Evidence(related=related)
    # Two reports' dates or years are compared as an attribute ranking orders them.
    if plan.kind in ACROSS or (plan.kind == "comparison" and attribute_of(plan.topic)):
        started = time.perf_counter()
        evidence = _across(plan, search)
        if timings is not None:
            timings["across"] = round((time.perf_counter() - started) * 1000, 2)
        evidence.excluded, evidence.context = plan.excluded, plan.context
        return evidence
    query = measured(plan.query) if plan.kind == "comparison" else plan.query
    # Only what a report writes of the year asked answers for that year.
    said = f"{plan.year_said}年" if plan.year_said else ""
    found = []
    for group in plan.groups:
        # A side asked its own thing is searched for it.
        asked = f"{said}{group.topic or query}"
        passages = search.search(
            asked, k * WITHIN_WIDER if plan.within else k, group.sources, timings
        )
        # "12345热线": a passage on "12348" alone is about another line.
        kept = [p for p in passages if said in p.text and not other_line(p.text, asked)]
        # "里面…": the passages of the part just listed answer, where it has any.
        inside = [p for p in kept if plan.within and p.section.startswith(plan.within)]
        kept = (inside or kept)[:k]
        found.append(Found(group, kept))
    evidence = Evidence(found=found)
    # "…方面说了啥？评查了多少案卷": a fact asked beside a list of one report's section.
    beside_list = (
        plan.kind == "fact"
        and len(plan.sources or ()) == 1
        and (len(asked_sentences(plan.topic)) > 1 or len(typed_apart(plan.topic)) > 1)
    )
    if plan.kind in STRUCTURED or beside_list:
        started = time.perf_counter()
        evidence.texts = _texts(plan, evidence, search)
        if timings is not None:
            timings["texts"] = round((time.perf_counter() - started) * 1000, 2)
    return evidence


def _texts(plan: Plan, evidence: Evidence, search: HybridSearch) -> dict[str, str]:
    """The texts of the reports a list or metadata plan concerns: the ones it names, else the
    reports of its best passages."""
    named = plan.sources or []
    found = [p.source for p in evidence.passages]
    # "索引号K…/2026-00379是哪份": a code the question quotes is found where it is written
    # (headers are no passages).
    code = quoted_code(plan.question) if plan.kind == "metadata" and not named else None
    if code:
        found = [*search.store.sources_containing(code), *found]
    chosen = named if 0 < len(named) <= STRUCTURED_REPORTS else found
    chosen = [source for source in chosen if source in named] if named else chosen
    # "各地…是怎么做的": the part of each report whose best passage ranks high, not of one.
    every = lists_every_report(plan)
    if not named and plan.kind == "list" and asks_outline(plan.topic):
        # "这几份报告都分几大块": every report's outline, whatever its passages say.
        return {
            s: search.store.source_text(s)
            for s in sorted(search.store.reports())[:EACH_REPORT_LISTS]
        }
    if every:
        best = search.store.lexical().top_per_report(plan.query or plan.topic, 1, None, NEAR_BEST)
        chosen = sorted(best, key=lambda source: -best[source][0][1])
    sources = list(dict.fromkeys(chosen))[: EACH_REPORT_LISTS if every else STRUCTURED_REPORTS]
    return {source: search.store.source_text(source) for source in sources}


def _scoped(groups: list[Found], within: frozenset[str]) -> list[Found]:
    """``groups`` whose passage is in a section on the aspects ``within`` (all when none)."""
    return [g for g in groups if not within or within & section_aspects(g.passages[0].section)]


def _undescribed(term: Term, search: HybridSearch, sources: list[str] | None) -> Evidence:
    """The reports that say ``term`` without its describing clause, when any does."""
    if term.quoted:
        return Evidence()
    core = term.core or term.phrase
    # "领导干部旁听庭审": who did it, in the asker's words, is no part of what a report says.
    acted = [without_actor(core)] if without_actor(core) != core else []
    # "领导亲自到法院出庭应诉": the words before what the phrase names may be the asker's own;
    # what is left is looked for as written (no words inserted into so short a phrase).
    heads = [f"“{form}”" for form in head_forms(core)]
    lexical = search.store.lexical()
    for form in [*undescribed_forms(core), *acted, *heads]:
        shorter = mentioned_term(form, lexical)
        dropped = [w for w in content_words(core, lexical) if w not in form]
        # Of a report's passages saying the shorter form, the one saying most of the words
        # set aside is its own ("组织律师进企业开展法治体检", not "设立法治体检室").
        found = mentioning(search, shorter, sources, dropped) if shorter else {}
        if found and shorter is not None:
            # "要谋划新的普法规划" found as "普法规划": when most reports found also say the
            # words set aside ("谋划"), the others speak of another thing ("结合八五普法规划")
            # and are dropped; words only a few say ("领导…到法院") are incidental.
            fuller = {s: p for s, p in found.items() if _says_too(p, shorter, dropped)}
            found = fuller if 2 * len(fuller) > len(found) else found
            found_groups = [_one(p.source, [p]) for p in found.values()]
            return Evidence(found=found_groups, undescribed=form.strip("“”"))
    return Evidence()


# Terms of this many content words are long enough that reports say them in other words.
_LONG_TERM = 3


def _says_too(passage: Passage, term: Term, words: list[str]) -> bool:
    """True when a sentence of ``passage`` that says ``term`` also says one of ``words``."""
    return any(
        term.find(said) and any(word in said for word in words)
        for said in (passage.span(a, b) for a, b in split_sentences(passage.text, passage.start))
    )


def _across(plan: Plan, search: HybridSearch) -> Evidence:
    """One group per report: its best passages for the asked figure, the passage that
    mentions the asked term, or (for report attributes) its whole text."""
    sources = plan.sources
    if plan.kind == "mentions":
        lexical = search.store.lexical()
        term = mentioned_term(plan.topic, lexical)
        context = beside(plan.topic, term, lexical) if term else ()
        within = mention_scope(plan.topic)[1]
        found = mentioning(search, term, sources, context, within) if term else {}
        near = near_form(term, search, sources) if term and not found else None
        if near:
            form, found = near
            # "给企业做了法律体检": of the near form's sentences, those beside the question's
            # other words (a report's 法治体检 of companies, not its 法治体检室).
            nearer = mentioned_term(f"“{form}”", lexical) if context else None
            found = (mentioning(search, nearer, sources, context) if nearer else {}) or found
            return Evidence(
                found=_scoped([_one(p.source, [p]) for p in found.values()], within), near=form
            )
        if term and not found:
            undescribed = _undescribed(term, search, sources)
            if undescribed.found:
                return replace(undescribed, found=_scoped(undescribed.found, within))
            # "上门检查企业前扫码": the thing in a report's own words ("扫码入企").
            said = said_otherwise(term.core or term.phrase, lexical, sources)
            found_groups = [_one(source, [p]) for source, p in said.found.items()]
            return Evidence(found=_scoped(found_groups, within), otherwise=said.words)
        if found and sources and len(sources) == 1 and asks_what_said(plan.question):
            # "叶城有没有讲到X？讲了些啥": every passage of the one report that says it.
            said_all = (
                mentioning(search, term, sources, context, within, every=True) if term else {}
            )
            passages = list(said_all.values()) or list(found.values())
            return Evidence(found=[_one(passages[0].source, passages)])
        exact = [_one(p.source, [p]) for p in found.values()]
        phrase = (term.core or term.phrase) if term else ""
        if not found or len(content_words(phrase, lexical)) < _LONG_TERM:
            return Evidence(found=exact)
        # A long term is said apart too: the other reports' sentences holding every one of
        # its words are shown apart from those that say it as asked.
        said = said_otherwise(phrase, lexical, sources, share=1.0)
        also = _scoped([_one(s, [p]) for s, p in said.found.items() if s not in found], within)
        return Evidence(found=exact, also=also, also_words=said.words if also else ())
    fields = asked_fields(plan.topic) if plan.kind == "table" else []
    # "各报告问题的第一条": a numbered item of each report's section of an aspect.
    # "各县存在的问题分别有哪些", "问题写了几条": each report's part, from its outline.
    numbered = plan.sections or bool(
        plan.kind == "table" and ORDINAL_PART.search(plan.topic) and own_sections(plan.topic)
    )
    if (fields and (len(fields) > 1 or not attribute_of(plan.topic))) or numbered:
        # Every report's own attributes (索引号, 发布日期…): read from each report's header;
        # several asked at once ("发布日期、成文日期") are each stated, not one ranked.
        wanted = sources if sources is not None else sorted(search.store.reports())
        reports = whole_reports(search, wanted[:STRUCTURED_TABLE])
        return Evidence(texts={s: r.text for s, r in sorted(reports.items())})
    if attribute_of(plan.topic):
        wanted = sources if sources is not None else sorted(search.store.reports())
        read = first_listed(plan, wanted, search.store.reports())
        reports = whole_reports(search, read)
        return Evidence(
            found=[_one(s, [r.whole()]) for s, r in sorted(reports.items())],
            unread=[s for s in wanted if s not in reports],
        )
    asked = measured(plan.topic)
    lexical = search.store.lexical()
    merged: dict[str, dict[str, Passage]] = {}
    things = parts(asked, lexical) if plan.kind == "table" else [asked]
    # A table counts a thing named twice ("聘请（选聘）") under either name.
    others = [o for t in things for o in other_names(t, lexical)] if plan.kind == "table" else []
    # The reports' own words for what the question names find the passages that use them
    # ("镇(街道)" for 乡镇), besides those the question's words find.
    renamed = [" ".join(words) for t in things if (words := domain_synonyms(t))]
    # ("问题数各多少" after turns on case reviews: also where the reports say it of those.)
    carried = [f"{asked} {plan.context}"] if plan.context else []
    for thing in [*things, *others, *renamed, *carried]:
        for source, passages in best_per_report(search, thing, PER_REPORT, sources).items():
            kept = merged.setdefault(source, {})
            for passage in passages:
                kept.setdefault(passage.id, passage)
    return Evidence(found=[_one(s, list(p.values())) for s, p in sorted(merged.items())])


def _one(source: str, passages: list[Passage]) -> Found:
    first = passages[0]
    return Found(Group(first.region or first.title, [source]), passages)
