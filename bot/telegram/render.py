"""Telegram HTML for answers, sources and passages, and safe splitting under the size limit.

Everything that comes from a report or a model goes through :func:`html.escape`; the only tags
produced here are ``<b>``, ``<i>`` and ``<blockquote expandable>``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape

from retrieval.schema import Answer, Citation, SourceInfo
from retrieval.text.sentences import split_sentences

__all__ = [
    "MAX_MESSAGE",
    "NOT_FOUND",
    "bold_support",
    "citation_header",
    "render_answer",
    "render_passage",
    "render_sources",
    "split_html",
    "utf16_len",
]

# Telegram's limit on a message's text after entity parsing, in UTF-16 code units.
MAX_MESSAGE = 4096
# Up to this many characters an excerpt is treated as the supporting span itself.
_SHORT_EXCERPT = 150
NOT_FOUND = "没有在报告中找到这个问题的答案。"
_MAX_RELATED = 3
_MARKER = re.compile(r"\[\d+\]")
_TOKEN = re.compile(r"<[^>]*>|&#?\w+;|[^<&]+|[<&]")
_EMPTY_TAG = re.compile(r"<(\w+)(?:\s[^>]*)?></\1>")
_SENTENCE_END = "。！？；!?;"


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit Telegram counts in."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def citation_header(citation: Citation) -> str:
    """``[n] title · section`` (escaped HTML)."""
    header = f"[{citation.n}] {escape(citation.title)}"
    if citation.section:
        header += f" · {escape(citation.section)}"
    return header


def _bigrams(text: str) -> set[str]:
    chars = [ch for ch in text if ch.isalnum()]
    return {a + b for a, b in itertools.pairwise(chars)}


def bold_support(excerpt: str, answer_text: str) -> str:
    """Escape ``excerpt`` and put the supporting sentence(s) in ``<b>``.

    A short or single-sentence excerpt is the supporting span itself and is bolded whole. In a
    longer one, the sentence(s) sharing the most character pairs with the answer are bolded.

    Args:
        excerpt: the cited text, exactly as in the report.
        answer_text: the answer the excerpt supports (``[n]`` markers are ignored).

    Returns:
        Telegram HTML.
    """
    spans = split_sentences(excerpt)
    if len(excerpt) <= _SHORT_EXCERPT or len(spans) <= 1:
        return f"<b>{escape(excerpt)}</b>" if excerpt.strip() else ""
    wanted = _bigrams(_MARKER.sub("", answer_text))
    scores = [len(_bigrams(excerpt[start:end]) & wanted) for start, end in spans]
    best = max(scores)
    if best == 0:
        return f"<b>{escape(excerpt)}</b>"
    out: list[str] = []
    cursor = 0
    for (start, end), score in zip(spans, scores, strict=True):
        out.append(escape(excerpt[cursor:start]))
        sentence = escape(excerpt[start:end])
        out.append(f"<b>{sentence}</b>" if score == best else sentence)
        cursor = end
    out.append(escape(excerpt[cursor:]))
    return "".join(out)


def _quote(body: str) -> str:
    return f"<blockquote expandable>{body}</blockquote>"


def render_answer(answer: Answer, titles: dict[str, str] | None = None) -> str:
    """The whole reply for one answer, before splitting.

    Args:
        answer: the service's answer.
        titles: report file name -> title, used to name the reports searched when abstaining.

    Returns:
        Telegram HTML: the answer with ``[n]`` markers, then each citation's header and excerpt;
        for an abstention, a plain "not found", the reports searched and possibly related passages.
    """
    if answer.abstained:
        return _render_abstention(answer, titles or {})
    parts = [escape(answer.answer.strip())]
    for citation in answer.citations:
        parts.append(
            f"{citation_header(citation)}\n{_quote(bold_support(citation.excerpt, answer.answer))}"
        )
    if answer.notice:
        parts.append(f"<i>{escape(answer.notice)}</i>")
    return "\n\n".join(part for part in parts if part)


def _render_abstention(answer: Answer, titles: dict[str, str]) -> str:
    # The service's statement says why (e.g. no report for that county); the reports searched
    # are listed unless that statement already names them.
    said = answer.answer.strip()
    parts = [escape(said) if said else NOT_FOUND]
    searched = answer.searched or list(titles)
    unnamed = [titles.get(source, source) for source in searched]
    unnamed = [title for title in unnamed if title not in said]
    if unnamed:
        names = "\n".join(f"• {escape(title)}" for title in unnamed)
        parts.append(f"已检索的报告：\n{names}")
    related = answer.related[:_MAX_RELATED]
    if related:
        quoted = "\n".join(f"{citation_header(c)}\n{_quote(escape(c.excerpt))}" for c in related)
        parts.append(f"可能相关的段落（不是答案）：\n{quoted}")
    if answer.notice:
        parts.append(f"<i>{escape(answer.notice)}</i>")
    return "\n\n".join(parts)


def render_sources(sources: Sequence[SourceInfo]) -> str:
    """The ``/sources`` reply: one line per report with its region and year."""
    if not sources:
        return "还没有导入任何报告。"
    lines = [f"共 {len(sources)} 份报告："]
    for number, info in enumerate(sources, start=1):
        facts = [str(value) for value in (info.region, info.year) if value]
        suffix = f"（{escape('，'.join(facts))}）" if facts else ""
        lines.append(f"{number}. {escape(info.title)}{suffix}")
    return "\n".join(lines)


def render_passage(header: str, passage: str, excerpt: str) -> str:
    """The wider passage around a citation, with the cited excerpt in bold.

    Args:
        header: the citation header (already HTML).
        passage: source text around the excerpt.
        excerpt: the cited text; bolded where it occurs in ``passage``.
    """
    at = passage.find(excerpt) if excerpt else -1
    if at < 0:
        body = escape(passage)
    else:
        end = at + len(excerpt)
        body = f"{escape(passage[:at])}<b>{escape(excerpt)}</b>{escape(passage[end:])}"
    return f"{header}\n{_quote(body)}"


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
