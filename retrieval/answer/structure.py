"""A stored report's structure at answer time: header fields, signature and outline.

Lists and metadata are answered from the report's canonical text as the store keeps it, parsed
again with the ingest loader (a few milliseconds for one report), so the spans they cite are
those of the text every other citation indexes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from retrieval.answer.cite import citation
from retrieval.ingest.loading import Report, parse_report
from retrieval.ingest.outline import Node, Outline, outline
from retrieval.schema import Citation
from retrieval.types import Passage, ReportInfo

__all__ = ["Structure", "span_citation", "structure"]


@dataclass(frozen=True)
class Structure:
    """One report's parsed text and outline."""

    report: Report
    outline: Outline

    def section(self, ancestors: tuple[Node, ...], node: Node | None = None) -> str:
        """The heading path of a node ("二、… > （三）…"), as chunk sections are written."""
        nodes = [*ancestors, *([node] if node is not None and node.level < 3 else [])]
        return " > ".join(self.outline.heading(n) for n in nodes if n.level < 3)

    def section_at(self, at: int) -> str:
        """The heading path of the innermost section holding offset ``at``."""
        held = ""
        for node, ancestors in self.outline.walk():
            if node.start <= at < node.end:
                held = self.section(ancestors, node)
        return held


@lru_cache(maxsize=32)
def structure(source: str, text: str) -> Structure:
    """The structure of the stored report ``source`` whose canonical text is ``text``."""
    report = parse_report(source, text)
    signed = [report.spans[key][0] for key in ("落款单位", "落款日期") if key in report.spans]
    return Structure(report, outline(text, report.body, min(signed, default=None)))


def span_citation(
    n: int, info: ReportInfo, text: str, span: tuple[int, int], section: str = ""
) -> Citation:
    """Citation ``[n]`` of ``text[start:end]`` of the report ``info`` describes."""
    start, end = span
    passage = Passage(
        id=f"{info.source}:{start}-{end}",
        source=info.source,
        title=info.title,
        text=text[start:end],
        start=start,
        end=end,
        section=section,
        region=info.region,
        year=info.year,
    )
    return citation(n, passage, start, end, score=1.0)
