"""Which part of a report a list question is answered from: the section (or item) whose
heading holds most of the question's words, among the sections on the asked aspect; a numbered
part of it when one is asked ("第二部分第3条")."""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.answer.list_lines import Choice
from retrieval.answer.section_texts import spanned, text_share, told_by_text, touching
from retrieval.answer.structure import Structure, structure
from retrieval.ingest.outline import ordinal
from retrieval.query.aspects import PLANS, Asked, aspects_in
from retrieval.query.catalog import Catalog
from retrieval.query.list_shape import ORDINAL_PART
from retrieval.text.lexicon import contains
from retrieval.text.words import word_count
from retrieval.tuning import ITEM_NAMES_TOPIC, LIST_MIN_MATCH, SYNONYM_HIT, TOUCHED

__all__ = ["counts_parts", "paragraphs_told", "part_numbers", "section_choices"]

# A compound of two two-character words.
_COMPOUND = 4

# Ties between headings that hold the question's words alike (or none of them) go to a node in
# a section about the asked aspect, then to one with items to list, then to the higher level.
ASPECT_BONUS, ITEMS_BONUS, LEVEL_COST = 0.1, 0.05, 0.01


def _choose(parsed: Structure, asked: Asked) -> Choice | None:
    """The node of one report that the question asks about, or None."""
    outline = parsed.outline
    total = sum(asked.weights.values())
    if not outline.sections:
        return None
    if not total and not asked.aspects:
        # "概括一下…的报告": the report's top-level sections.
        return Choice(0.0, 0.0, parsed, None)
    # "经验做法" names highlights, but a report with no section of highlights states its
    # practices among its work: an aspect only narrows the reports that give it a section.
    wanted = asked.exclusive & held_aspects(parsed)
    if asked.exclusive and not wanted and not asked.done:
        # "有哪些亮点" of a report with no section of highlights: its work is no answer
        # ("经验做法" asks for practices too: the work sections state them). "在X方面有啥
        # 亮点": the highlights of a field a heading names are that field's work.
        best = _best(parsed, asked, frozenset(), total) if total else None
        return best if best and best.share >= LIST_MIN_MATCH else None
    best = _best(parsed, asked, wanted, total)
    if wanted and total and best.share < LIST_MIN_MATCH and asked.done and PLANS not in wanted:
        # "问题整改是怎么抓的" names problems but asks about work: a topic that no section of
        # the aspect holds is looked for in the other sections ("在X方面存在哪些问题" asks
        # for problems only, and plans are never told by the work done).
        best = _best(parsed, asked, frozenset(), total)
        if best.share < LIST_MIN_MATCH:
            # "督察反馈的问题是怎么整改的": the work item whose text, not its heading, says it.
            return told_by_text(parsed, asked, total)
    elif wanted and total and best.share < LIST_MIN_MATCH:
        # "明年在调解、复议、应诉上有什么打算": the plans' sub-section whose items say them.
        return spanned(parsed, asked, total, wanted) or touching(parsed, asked, wanted, total)
    if total and best.share < LIST_MIN_MATCH:
        return None if wanted else spanned(parsed, asked, total)
    return _widened(best, asked) if total else best


def held_aspects(parsed: Structure) -> set[str]:
    """The aspects the report's top-level section headings name."""
    outline = parsed.outline
    return {name for node in outline.sections for name in aspects_in(outline.heading(node))}


def _widened(choice: Choice, asked: Asked) -> Choice:
    """The item's whole run when the topic its heading names runs through most items of it.

    "应急管理方面干了什么": one item's heading may name 应急 ("强化应急队伍建设") while the
    sub-section that holds it ("健全突发事件应对体系") is about it throughout; an item about
    its own matter ("法治宣传深度不够" among problems of 法治意识) stays alone.
    """
    node, ancestors = choice.node, choice.ancestors
    if node is None or node.level < 3 or not ancestors:
        return choice
    outline = choice.structure.outline
    text, parent = outline.text, ancestors[-1]
    total = sum(asked.weights.values())
    # Each item's share of the topic, read once: how many say most, some or all of it.
    shares = {id(item): text_share(text[item.start : item.end], asked) for item in parent.children}
    held = sum(share >= LIST_MIN_MATCH * total for share in shares.values())
    # "在应急、突发事件这块做了哪些事": a sub-section whose own heading names the topic
    # ("健全突发事件应对体系") is about it throughout, whatever its items' words.
    titled = sum(w * contains(outline.heading(parent), word) for word, w in asked.weights.items())
    # "化解纠纷这块都做了啥": a sub-section whose heading names part of the topic
    # ("健全化解机制") and most of whose items tell of it is about it throughout.
    touched = sum(share >= TOUCHED * total for share in shares.values())
    # (An item whose own heading says nearly all of the topic is the part asked.)
    named = choice.share >= ITEM_NAMES_TOPIC
    spread = not named and titled > 0 and touched >= 2 and 2 * touched > len(parent.children)
    # "规范行政执法这块": when one item's own heading says the whole topic, the run is asked
    # only if another item says it whole too, or every item says most of it.
    whole = sum(share >= ITEM_NAMES_TOPIC * total for share in shares.values())
    alone = named and whole < 2 and held < len(parent.children)
    if whole == 1 and held == 1 and shares.get(id(node), 0.0) >= total:
        # "基层治理 调解这一块": the one item whose text says the whole topic, no other
        # saying most of it, is the part asked, whatever its section's heading names.
        return choice
    if titled < LIST_MIN_MATCH * total and (
        alone or ((held < 2 or 2 * held < len(parent.children)) and not spread)
    ):
        return choice
    return Choice(choice.share, choice.score, choice.structure, parent, ancestors[:-1])


def _best(parsed: Structure, asked: Asked, wanted: frozenset[str], total: float) -> Choice:
    """The best-scoring node in the sections of the ``wanted`` aspects (else in the work
    sections first)."""
    outline = parsed.outline
    scored: list[tuple[Choice, bool]] = []
    for node, ancestors in outline.walk():
        top = outline.heading(ancestors[0] if ancestors else node)
        sections = aspects_in(top)
        exclusive = {name for name in sections if name.endswith("!")}
        if wanted and not wanted & exclusive:
            continue
        heading = outline.heading(node)
        match = sum(w * _heading_says(heading, word) for word, w in asked.weights.items())
        share = match / total if total else 0.0
        score = (
            share
            + ASPECT_BONUS * bool(asked.aspects & sections)
            + ITEMS_BONUS * bool(node.children)
            - LEVEL_COST * node.level
        )
        choice = Choice(share, score, parsed, node, ancestors)
        scored.append((choice, bool(exclusive) and not wanted))
    # A question about none of the exclusive aspects is answered from the work sections first.
    preferred = [choice for choice, other in scored if not other] or [c for c, _ in scored]
    return max(preferred, key=lambda choice: choice.score)


def _heading_says(heading: str, word: str) -> float:
    """How far ``heading`` says ``word``: as ``contains`` does, or (a compound of two words,
    "执法监督") by both its halves, each word of its own ("提升执法质效,健全规范监督体系")."""
    said = contains(heading, word)
    if said or len(word) != _COMPOUND:
        return said
    halves = (word[:2], word[2:])
    return SYNONYM_HIT if all(word_count(h) > 0 and h in heading for h in halves) else 0.0


def part_numbers(topic: str) -> tuple[int, ...]:
    """The numbered parts ``topic`` asks for, outermost first ("第二部分第三点" → (2, 3));
    -1 for the last ("最后一部分")."""
    return tuple(
        -1 if found.group(2) else ordinal(found.group(1)) or 0
        for found in ORDINAL_PART.finditer(topic)
    )


def counts_parts(topic: str) -> bool:
    """True when the first number ``topic`` asks counts the report's parts ("第四部分")."""
    found = ORDINAL_PART.search(topic)
    return found is not None and found.group().endswith(("部分", "大部分", "板块"))


def section_choices(
    texts: dict[str, str],
    catalog: Catalog,
    asked: Asked,
    nth: Sequence[int] | None = None,
    top: bool = False,
) -> list[Choice]:
    """The node each report of ``texts`` answers the question from (reports with none left
    out); ``nth``: the numbered parts of it asked for, outermost first ("第二部分第3条");
    ``top``: the first number counts the report's parts ("第四部分"), so it may name the
    chosen part itself."""
    chosen: list[Choice | None] = []
    for source, text in texts.items():
        choice = _choose(structure(source, text), asked) if source in catalog.reports else None
        if choice is not None:
            chosen.append(_nth(choice, _left(choice, nth) if top else nth))
    return [choice for choice in chosen if choice is not None]


def paragraphs_told(texts: dict[str, str], catalog: Catalog, asked: Asked) -> list[Choice]:
    """The work item of each report of ``texts`` whose one paragraph says most of ``asked``,
    where no heading names it ("在普法方面写了啥" of a report that tells it in passing); an
    item of items names it in one of them, which its sentence answers."""
    total = sum(asked.weights.values())
    found: list[Choice] = []
    for source, text in texts.items():
        told = told_by_text(structure(source, text), asked, total) if total else None
        if told and told.node and told.ancestors and not told.node.children:
            found.append(told)
    return found


def _left(choice: Choice, nth: Sequence[int] | None) -> Sequence[int] | None:
    """The numbers left to go in by: "叶城县第四部分的安排" names the plans part when it is
    the report's fourth, and asks no fourth plan."""
    node, sections = choice.node, choice.structure.outline.sections
    if nth and node is not None and node in sections and sections.index(node) + 1 == nth[0]:
        return nth[1:] or None
    return nth


def _nth(choice: Choice, nth: Sequence[int] | None) -> Choice | None:
    """The numbered part of the chosen node (of the report, for a summary), each number of
    ``nth`` a level further in; None when a level has fewer parts."""
    for number in nth or ():
        node, outline = choice.node, choice.structure.outline
        parts = outline.sections if node is None else node.children
        ancestors = () if node is None else (*choice.ancestors, node)
        at = len(parts) if number == -1 else number
        if not 0 < at <= len(parts):
            return None
        choice = Choice(choice.share, choice.score, choice.structure, parts[at - 1], ancestors)
    return choice
