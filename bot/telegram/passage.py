"""The passage behind an 「原文 [n]」 button: whole sentences around the cited span."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from bot.telegram.render import cited_name
from retrieval.schema import Citation
from retrieval.text.sentences import HEADING_1, split_sentences

__all__ = ["PASSAGE_CHARS", "Window", "render_passage"]

# About this many characters of report text behind a 「原文」 button.
PASSAGE_CHARS = 600


@dataclass(frozen=True)
class Window:
    """Report text around a cited span.

    Attributes:
        text: the text (a slice of the report).
        start: where the cited span starts in ``text``.
        end: where it ends.
        cut_left: ``text`` starts inside the report (its first sentence may be partial).
        cut_right: ``text`` ends inside the report.
    """

    text: str
    start: int
    end: int
    cut_left: bool
    cut_right: bool


def _bounds(window: Window, budget: int) -> tuple[int, int]:
    """Whole sentences around the cited span, about ``budget`` characters in all: from its own
    paragraph first, from the neighbouring ones of its part of the report (under the same
    一、/二、 heading) only when that paragraph is short."""
    text = window.text
    spans = split_sentences(text)
    if window.cut_left and spans and spans[0][0] < window.start:
        spans = spans[1:]
    if window.cut_right and spans and spans[-1][1] > window.end:
        spans = spans[:-1]
    inside = [i for i, (a, b) in enumerate(spans) if b > window.start and a < window.end]
    if not inside:
        return window.start, window.end
    first, last = inside[0], inside[-1]
    span = (first, last, min(spans[first][0], window.start), max(spans[last][1], window.end))
    paragraph = (text.rfind("\n", 0, window.start) + 1, _find(text, "\n", window.end))
    span = _grow(spans, span, budget, paragraph)
    if span[3] - span[2] < budget // 2:
        span = _grow(spans, span, budget, _part(text, window.start, window.end))
    return span[2], span[3]


def _part(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the top-level part holding ``[start, end)`` begins (its heading) and ends."""
    heads = [
        at
        for at in (0, *(i + 1 for i, ch in enumerate(text) if ch == "\n"))
        if HEADING_1.match(text[at : at + 5])
    ]
    before = [at for at in heads if at <= start]
    after = [at for at in heads if at >= end]
    return (before[-1] if before else 0), (after[0] if after else len(text))


def _find(text: str, what: str, start: int) -> int:
    at = text.find(what, start)
    return len(text) if at < 0 else at


def _grow(
    spans: list[tuple[int, int]],
    span: tuple[int, int, int, int],
    budget: int,
    limits: tuple[int, int],
) -> tuple[int, int, int, int]:
    """Add whole sentences after, then before, while the text stays within ``budget`` and
    ``limits``. ``span`` is (first sentence, last sentence, begin, finish)."""
    first, last, begin, finish = span
    grew = True
    while grew:
        grew = False
        if last + 1 < len(spans):
            after = spans[last + 1][1]
            if after <= limits[1] and after - begin <= budget:
                last, finish, grew = last + 1, after, True
        if first > 0:
            before = spans[first - 1][0]
            if before >= limits[0] and finish - before <= budget:
                first, begin, grew = first - 1, before, True
    return first, last, begin, finish


def render_passage(citation: Citation, window: Window, budget: int = PASSAGE_CHARS) -> str:
    """The passage around a citation, cut at sentence ends, the cited span in bold, shown open.

    Args:
        citation: the citation (report and section for the header).
        window: report text around the cited span.
        budget: about how many characters of text to show.
    """
    begin, finish = _bounds(window, budget)
    text, start, end = window.text, window.start, window.end
    body = f"{escape(text[begin:start])}<b>{escape(text[start:end])}</b>{escape(text[end:finish])}"
    header = f"<b>[{citation.n}] {escape(cited_name(citation))}</b>"
    if citation.section:
        header += f"\n{escape(citation.section)}"
    return f"{header}\n<blockquote>{body.strip()}</blockquote>"
