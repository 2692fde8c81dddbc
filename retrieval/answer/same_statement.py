"""Reports that say the same thing with other figures (another county, another year): joining
their figures into one answer would state neither report's fact, so each is quoted apart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from retrieval.answer.pick import Pick
from retrieval.schema import Citation

__all__ = ["SAME_STATEMENT", "report_label", "same_statement"]

SAME_STATEMENT = "多份报告有相同的表述，数字不同（指明地区或年份可只看一份）："
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def same_statement(picks: Sequence[Pick]) -> bool:
    """Picks from different reports whose sentences differ only in their figures."""
    if len(picks) < 2 or len({p.passage.source for p in picks}) < 2:
        return False
    masked = [_FIGURE.sub("#", p.text) for p in picks]
    texts = {p.text for p in picks}
    return len(texts) > 1 and all(
        SequenceMatcher(None, masked[0], other).ratio() >= 0.9 for other in masked[1:]
    )


def report_label(c: Citation) -> str:
    """The report a citation cites, by its title (its file name when it has none)."""
    return f"《{c.title}》" if c.title != c.source else c.source
