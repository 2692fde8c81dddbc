"""A part of a report named by its own heading ("五、其他需要报告的情况那部分讲了啥"): its heading's
words may all be common ones, which no weighing of topic words picks out, so the part whose
heading the question says word for word is the one asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.answer.list_lines import Choice
from retrieval.answer.structure import structure
from retrieval.query.catalog import Catalog
from retrieval.text.sentences import without_marker

__all__ = ["headed_choices"]

# A heading said this long or longer names its part (shorter ones, "工作开展情况"'s pieces, may
# be said of anything).
_NAMED_CHARS = 5
_TRIM = "。；;，,：: "
# A part's number is said this close before its heading ("第（二）条“").
_NUMBER_REACH = 6


def headed_choices(
    texts: dict[str, str], catalog: Catalog, topic: str, nth: Sequence[int] | None = None
) -> list[Choice]:
    """The parts of ``texts``' reports whose heading ``topic`` says whole, each a choice; with
    ``nth`` (the part's number said beside its heading, "第（二）条“…”"), only a part in that
    place among its siblings."""
    named: list[Choice] = []
    for source, text in texts.items():
        if source not in catalog.reports:
            continue
        parsed = structure(source, text)
        for node, ancestors in parsed.outline.walk():
            # ("闭环管理，推动行政执法精准化提升": the asker may drop the heading's quotes.)
            title = _unquoted(without_marker(parsed.outline.heading(node)).strip(_TRIM))
            if len(title) < _NAMED_CHARS or title not in _unquoted(topic):
                continue
            siblings = ancestors[-1].children if ancestors else parsed.outline.sections
            # ("第（二）条“…”": the number said right before the heading is its own; one
            # after it, "“存在的问题”第二条", numbers the part's items.)
            at = _unquoted(topic).find(title)
            before = _unquoted(topic)[max(0, at - _NUMBER_REACH) : at]
            if nth and ("第" not in before or list(nth) != [siblings.index(node) + 1]):
                continue
            named.append(Choice(1.0, float(len(title)), parsed, node, tuple(ancestors)))
    return named


def _unquoted(text: str) -> str:
    return _QUOTES.sub("", text)


_QUOTES = re.compile(r"[“”\"'‘’「」]")
