"""A report's outline: its sections (一、), sub-sections (（一）) and item runs (一是…二是…).

Reports are written to a fixed plan: top-level sections for the work done, the problems and the
next year's plans, each split into numbered sub-sections, whose paragraphs often enumerate their
measures as 一是…二是…. The outline gives each of these its exact span in the report text, so an
answer can list a section's items one by one, each cited to its own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from retrieval.text.sentences import HEADING_1, HEADING_2

__all__ = ["Node", "Outline", "ordinal", "outline"]

# Items start a sentence: after a sentence end, a colon, or at a paragraph start.
_NUMERAL = "一二三四五六七八九十"
_ITEM_STYLES = (
    re.compile(rf"([{_NUMERAL}]{{1,3}})是"),
    re.compile(r"[（(]([0-9]{1,2})[）)]"),
    re.compile(r"([0-9]{1,2})[.、．](?![0-9])"),
    re.compile(r"([①-⑳])"),
)
_ITEM_LEAD = re.compile(r"[。；;！？!?：:]\s*|^\s*", re.MULTILINE)
# A heading is a node's first sentence; its closing mark is not part of it.
_HEAD_END = re.compile(r"[。；;！？!?]|[:：](?=\s*$)|\n")
_MARKDOWN = "#＃ \t"


@dataclass(frozen=True)
class Node:
    """One section, sub-section or item of a report.

    Attributes:
        level: 1 for 一、, 2 for （一）, 3 for an item of a run (一是, （1）, 1., ①).
        start: where the node begins in the report text (its marker).
        end: where it ends (trailing white space left out).
        head: the span of its heading: the first sentence, without its closing mark.
        children: its sub-sections, or else the items of its run(s), in report order.
    """

    level: int
    start: int
    end: int
    head: tuple[int, int]
    children: tuple[Node, ...] = ()


@dataclass(frozen=True)
class Outline:
    """The outline of one report text.

    Attributes:
        text: the report's canonical text (spans index it).
        sections: the top-level nodes in report order.
    """

    text: str
    sections: tuple[Node, ...]

    def heading(self, node: Node) -> str:
        """The node's heading text."""
        return self.text[node.head[0] : node.head[1]]

    def walk(self) -> Iterator[tuple[Node, tuple[Node, ...]]]:
        """Every node with its ancestors (outermost first), in report order."""
        stack: list[tuple[Node, tuple[Node, ...]]] = [(n, ()) for n in reversed(self.sections)]
        while stack:
            node, ancestors = stack.pop()
            yield node, ancestors
            stack.extend((child, (*ancestors, node)) for child in reversed(node.children))


def outline(text: str, body: Sequence[tuple[int, int]], end: int | None = None) -> Outline:
    """The outline of a report from its text and body spans (``Report.body``).

    Args:
        text: the report's canonical text.
        body: the body's spans (header and web residue left out), in order.
        end: where the body ends for the outline (the signature block's start), if earlier.
    """
    stop = len(text) if end is None else end
    paragraphs = [(s + _markdown(text, s, e), e) for s, e in body if s < stop]
    paragraphs = [(s, min(e, stop)) for s, e in paragraphs if s < min(e, stop)]
    levels = [_level(text, s, e) for s, e in paragraphs]
    return Outline(text, tuple(_nodes(text, paragraphs, levels, 0, len(paragraphs), 1)))


def _markdown(text: str, start: int, end: int) -> int:
    segment = text[start:end]
    return len(segment) - len(segment.lstrip(_MARKDOWN))


def _level(text: str, start: int, end: int) -> int:
    line = text[start:end]
    if HEADING_1.match(line):
        return 1
    return 2 if HEADING_2.match(line) else 0


def _nodes(
    text: str,
    paragraphs: list[tuple[int, int]],
    levels: list[int],
    first: int,
    last: int,
    level: int,
) -> list[Node]:
    """Nodes of ``level`` (or deeper, when a report skips a level) in paragraphs [first, last)."""
    starts = [i for i in range(first, last) if levels[i] == level]
    if not starts:
        return [] if level >= 2 else _nodes(text, paragraphs, levels, first, last, level + 1)
    nodes = []
    for n, i in enumerate(starts):
        until = starts[n + 1] if n + 1 < len(starts) else last
        # Paragraphs of a deeper level end at the next heading of this level or a higher one.
        until = next((j for j in range(i + 1, until) if 0 < levels[j] < level), until)
        nodes.append(_node(text, paragraphs, levels, i, until, level))
    return nodes


def _node(
    text: str,
    paragraphs: list[tuple[int, int]],
    levels: list[int],
    first: int,
    last: int,
    level: int,
) -> Node:
    start, end = paragraphs[first][0], paragraphs[last - 1][1]
    children: list[Node] = []
    if level < 2:
        children = _nodes(text, paragraphs, levels, first + 1, last, level + 1)
    if not children:
        children = _items(text, start, end)
    return Node(level, start, end, _head(text, start, end), tuple(children))


def _head(text: str, start: int, end: int) -> tuple[int, int]:
    found = _HEAD_END.search(text, start, end)
    stop = found.start() if found else end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop


def _items(text: str, start: int, end: int) -> list[Node]:
    """The first item run (一是, 二是, … in order, two or more) of ``text[start:end]``."""
    for style in _ITEM_STYLES:
        markers = _run(text, start, end, style)
        if len(markers) >= 2:
            # The last item ends with its paragraph: what follows closes the section.
            line_end = text.find("\n", markers[-1], end)
            bounds = [
                *markers[1:],
                _trimmed_end(text, markers[-1], end if line_end < 0 else line_end),
            ]
            return [
                Node(3, m, _trimmed_end(text, m, b), _head(text, m, _trimmed_end(text, m, b)))
                for m, b in zip(markers, bounds, strict=True)
            ]
    return []


def _run(text: str, start: int, end: int, style: re.Pattern[str]) -> list[int]:
    """Start offsets of the markers 1, 2, 3… of ``style`` that open sentences, in order."""
    markers: list[int] = []
    for lead in _ITEM_LEAD.finditer(text, start, end):
        found = style.match(text, lead.end(), end)
        if found and ordinal(found.group(1)) == len(markers) + 1:
            markers.append(found.start())
    return markers


def ordinal(token: str) -> int:
    """The number a marker's numeral stands for: "三" → 3, "十二" → 12, "4" → 4, "②" → 2."""
    if token.isdigit():
        return int(token)
    if "①" <= token <= "⑳":
        return ord(token) - ord("①") + 1
    if token == "十":
        return 10
    tens, _, units = token.rpartition("十")
    value = (_NUMERAL.index(tens) + 1 if tens else 1) * 10 if "十" in token else 0
    return value + (_NUMERAL.index(units) + 1 if units else 0)


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
