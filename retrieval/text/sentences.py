"""Sentence spans and heading patterns for Chinese official reports, shared by every stage."""

from __future__ import annotations

import re

__all__ = [
    "HEADING_1",
    "HEADING_2",
    "ITEM",
    "RESIDUE",
    "char_pairs",
    "printable",
    "split_sentences",
    "without_marker",
]

# 一、 / 二、 … (top level) and （一） / (一) … (second level), at the start of a paragraph.
HEADING_1 = re.compile(r"^[一二三四五六七八九十]{1,3}、")
HEADING_2 = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")
# An item of a section, at the start of a sentence: 一是… / 1. / ①.
ITEM = re.compile(r"^(?:[一二三四五六七八九十]{1,3}是|[0-9]{1,2}[.、．]|[①-⑳])")
_MARKED = re.compile(f"{HEADING_1.pattern}|{HEADING_2.pattern}|{ITEM.pattern}")


def without_marker(text: str) -> str:
    """``text`` without the heading or item marker it opens with ("（三）", "一是")."""
    return _MARKED.sub("", text, count=1)


# A sentence ends at 。！？； (full- or half-width), optionally followed by closing quotes or
# brackets, or at a line break.
_SENTENCE_END = re.compile(r"[。！？；!?;][”’」』）)]*|\n+")


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans.

    Args:
        text: the text to split.
        offset: added to every span, so spans can index a larger document.

    Returns:
        ``(start, end)`` pairs, whitespace trimmed, empty sentences dropped.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group().strip() else match.start()
        _append_trimmed(text, start, end, offset, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), offset, spans)
    return spans


def _append_trimmed(
    text: str, start: int, end: int, offset: int, spans: list[tuple[int, int]]
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start + offset, end + offset))


# Terminal escape sequences (CSI, OSC, DCS… and two-byte ones), then any C0/C1 control other than
# tab and newline, and the bidirectional overrides that make text read other than it is.
_ESCAPE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|[ -/]*[0-~])?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


# Residue that web pages and Word exports leave inside the text ("[bookmark: _GoBack]").
RESIDUE = re.compile(r"\[bookmark:[^\]]*\]|[⠼]?\w*fontface=\"[^\"]*\">|<[a-zA-Z/][^<>\n]{0,80}>")


def printable(text: str) -> str:
    """``text`` without terminal escape sequences and control characters (tabs and newlines
    are kept): what may reach a terminal from a report, a file name or a model.

    Titles and metadata are cleaned at ingest; excerpts keep their exact text in the JSON
    (``excerpt == text[start:end]``) and are cleaned where they are printed.
    """
    return _ESCAPE.sub("", text)


_NOT_WORD = re.compile(r"[\W_]+")


def char_pairs(text: str) -> set[str]:
    """The adjacent character pairs of ``text``'s words (punctuation and spaces left out): how
    much two stretches of Chinese share, without a tokenizer."""
    chars = _NOT_WORD.sub("", text)
    return {chars[i : i + 2] for i in range(len(chars) - 1)}
