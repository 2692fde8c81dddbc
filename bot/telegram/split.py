"""Splitting Telegram HTML into messages under the size limit, without breaking tags."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

__all__ = ["MAX_MESSAGE", "split_html", "utf16_len"]

# Telegram's limit on a message's text after entity parsing, in UTF-16 code units.
MAX_MESSAGE = 4096
_TOKEN = re.compile(r"<[^>]*>|&#?\w+;|[^<&]+|[<&]")
_EMPTY_TAG = re.compile(r"<(\w+)(?:\s[^>]*)?></\1>")
_SENTENCE_END = "。！？；!?;"


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit Telegram counts in."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


@dataclass
class _Cut:
    index: int  # number of pieces before the cut
    visible: int
    stack: list[tuple[str, str]]


@dataclass
class _Part:
    pieces: list[str] = field(default_factory=list)
    visible: int = 0
    stack: list[tuple[str, str]] = field(default_factory=list)
    newline: _Cut | None = None
    sentence: _Cut | None = None


def _closing(stack: Iterable[tuple[str, str]]) -> str:
    return "".join(f"</{name}>" for name, _ in reversed(list(stack)))


def _opening(stack: Iterable[tuple[str, str]]) -> str:
    return "".join(tag for _, tag in stack)


def split_html(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split Telegram HTML into messages of at most ``limit`` visible UTF-16 code units.

    Cuts fall on a line break where possible, else after a sentence end, else anywhere between
    two characters; never inside a tag, an entity or a surrogate pair. Tags open at a cut are
    closed at the end of one part and reopened at the start of the next.

    Args:
        text: well-formed Telegram HTML.
        limit: the most visible code units per part (tags do not count; entities count one).

    Returns:
        The parts, none empty or blank.
    """
    parts: list[str] = []
    part = _Part()
    for token in _TOKEN.findall(text):
        if token.startswith("<") and len(token) > 1:
            _append(part, token)
            continue
        pieces = [token] if token.startswith("&") and len(token) > 1 else token
        for piece in pieces:
            if part.visible + _width(piece) > limit:
                part = _cut(part, parts, limit)
            _append(part, escape(piece) if piece in "<&" else piece)
    _emit(parts, "".join(part.pieces) + _closing(part.stack))
    return parts


def _width(piece: str) -> int:
    if piece.startswith("<"):
        return 0
    return 1 if piece.startswith("&") else utf16_len(piece)


def _append(part: _Part, piece: str) -> None:
    part.pieces.append(piece)
    if piece.startswith("<"):
        _track_tag(part.stack, piece)
        return
    part.visible += _width(piece)
    if piece == "\n":
        part.newline = _Cut(len(part.pieces), part.visible, list(part.stack))
    elif piece in _SENTENCE_END:
        part.sentence = _Cut(len(part.pieces), part.visible, list(part.stack))


def _track_tag(stack: list[tuple[str, str]], tag: str) -> None:
    if tag.startswith("</"):
        name = tag[2:-1].strip().lower()
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == name:
                del stack[depth:]
                break
    elif not tag.endswith("/>"):
        stack.append((tag[1:-1].split(maxsplit=1)[0].lower(), tag))


def _cut(part: _Part, parts: list[str], limit: int) -> _Part:
    """Close ``part`` at its best cut point and return the next part holding the rest."""
    cut = None
    for candidate in (part.newline, part.sentence):
        if candidate is not None and candidate.visible >= limit // 2:
            cut = candidate
            break
    if cut is None:
        # Open tags not yet holding text move to the next part instead of closing empty.
        index, stack = len(part.pieces), list(part.stack)
        while index and stack and part.pieces[index - 1] == stack[-1][1]:
            index -= 1
            stack.pop()
        cut = _Cut(index, part.visible, stack)
    _emit(parts, "".join(part.pieces[: cut.index]) + _closing(cut.stack))
    following = _Part(pieces=[_opening(cut.stack)], stack=list(cut.stack))
    for piece in part.pieces[cut.index :]:
        _append(following, piece)
    return following


def _emit(parts: list[str], html_text: str) -> None:
    # A cut right before closing tags leaves them to reopen empty in the next part: drop those.
    previous = None
    while previous != html_text:
        previous, html_text = html_text, _EMPTY_TAG.sub("", html_text)
    visible = re.sub(r"<[^>]*>", "", html_text)
    if visible.strip():
        parts.append(html_text.strip("\n"))
