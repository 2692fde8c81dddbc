"""Parts of a report a list question is answered from by their text, where no heading says
what is asked: the sub-section whose items say the things named between them
(``spanned``), the items of an aspect's section that say it (``touching``), the work item
whose text says most of it (``told_by_text``)."""

from __future__ import annotations

from retrieval.answer.list_lines import Choice
from retrieval.answer.structure import Structure
from retrieval.query.aspects import Asked, aspects_in
from retrieval.text.lexicon import contains
from retrieval.text.words import tokenize
from retrieval.tuning import LIST_MIN_MATCH, SPANNED

__all__ = ["spanned", "text_share", "told_by_text", "touching"]


# Things a question must name to be asked of a sub-section by its items ("普法、调解、法援").
_SPANNED_THINGS = 3


def spanned(
    parsed: Structure, asked: Asked, total: float, wanted: frozenset[str] = frozenset()
) -> Choice | None:
    """ "普法、调解、法援这块干了啥": no heading names the things asked, but the items of one
    sub-section say them between them, each item some and none all: the innermost such
    sub-section (of the ``wanted`` aspects' sections, when any), or None (a thing one item
    tells is answered by its sentences)."""
    heads = [
        w for w in asked.weights if not any(w != other and w in other for other in asked.weights)
    ]
    if len(heads) < _SPANNED_THINGS:
        return None
    outline, found = parsed.outline, []

    def share(words: set[str]) -> float:
        return sum(asked.weights[word] for word in words) / total

    for node, ancestors in outline.walk():
        if node.level < 2:
            # A part of the report (二、重点工作) says most things between its sections.
            continue
        if wanted and not wanted & aspects_in(outline.heading(ancestors[0])):
            continue
        items = [outline.text[item.start : item.end] for item in node.children]
        saying = [{word for word in asked.weights if contains(item, word)} for item in items]
        said = share(set().union(*saying))
        alone = max((share(words) for words in saying), default=0.0)
        if said >= SPANNED > alone and sum(bool(words) for words in saying) >= 2:
            found.append((said, node.level, Choice(said, said, parsed, node, ancestors)))
    return max(found, key=lambda found: found[:2])[2] if found else None


def touching(
    parsed: Structure, asked: Asked, wanted: frozenset[str], total: float
) -> Choice | None:
    """ "执法上还差在哪些地方" where no heading of the problems names 执法: the items of the
    aspect's section whose text does, or None when none does."""
    outline = parsed.outline
    for section in outline.sections:
        if not wanted & aspects_in(outline.heading(section)):
            continue
        items = tuple(
            item
            for item in section.children
            if sum(
                w * contains(outline.text[item.start : item.end], word)
                for word, w in asked.weights.items()
            )
            >= LIST_MIN_MATCH * total
        )
        if items:
            return Choice(LIST_MIN_MATCH, 0.0, parsed, section, (), items)
    return None


def told_by_text(parsed: Structure, asked: Asked, total: float) -> Choice | None:
    """ "上级督察指出的问题如何改的", where no heading says it all: the item of the work
    sections whose text says most of it, or None when none says enough."""
    outline = parsed.outline
    found = [
        (
            text_share(outline.text[item.start : item.end], asked) / total,
            # Items that say as much are told apart by their headings ("问题整改").
            sum(w * contains(outline.heading(item), word) for word, w in asked.weights.items()),
            item,
            section,
        )
        for section in outline.sections
        if not any(name.endswith("!") for name in aspects_in(outline.heading(section)))
        # A section of one paragraph ("总体推进情况") is an item of its own.
        for item in section.children or [section]
    ]
    share, _, item, section = max(found, key=lambda f: f[:2], default=(0.0, 0.0, None, None))
    if item is None or section is None or share < LIST_MIN_MATCH:
        return None
    return Choice(share, share, parsed, item, () if item is section else (section,))


def text_share(text: str, asked: Asked) -> float:
    """The weight of the asked words ``text`` says as words (``contains``, where a word of
    ``text`` holds or is held by it): "中小学法治" holds the characters of 学法, not the word."""
    words = [w for w in tokenize(text) if len(w) > 1]
    return sum(
        weight * said
        for word, weight in asked.weights.items()
        if (said := contains(text, word)) and any(word in w or w in word for w in words)
    )
