"""What an unnamed report's body says of its place ("我县…", "全市首个…", "省委、市委…"), shown
as possibly related when its place is asked, and as the answer when the clues are asked for
("文里有没有线索能看出是哪儿"): never said to name the place."""

from __future__ import annotations

import re

from retrieval.answer.header_values import region_clues
from retrieval.answer.structure import span_citation
from retrieval.query.about_answer import CLUES
from retrieval.query.catalog import Catalog
from retrieval.schema import Answer

__all__ = ["place_clues"]

# "文里有没有线索能看出是哪儿": what the body says of its place, asked for itself.
_CLUES_ASKED = re.compile(CLUES)


def place_clues(
    unplaced: Answer, question: str, sources: list[str], texts: dict[str, str], catalog: Catalog
) -> Answer:
    """``unplaced`` (the place of one report asked, which it states nowhere) showing the
    clauses of its body that speak of its place: as possibly related, never as its answer;
    as the answer, each cited, when ``question`` asks for the clues themselves."""
    if len(sources) != 1:
        return unplaced
    source = sources[0]
    info, text = catalog.reports[source], texts[source]
    clues = region_clues(source, text)
    unplaced.related = [
        span_citation(n, info, text, span) for n, (_, span) in enumerate(clues, start=1)
    ]
    if not (_CLUES_ASKED.search(question) and unplaced.related):
        return unplaced
    cited = [c.model_copy(update={"n": n}) for n, c in enumerate(unplaced.related, start=1)]
    lines = [f"{c.excerpt.strip()}[{c.n}]" for c in cited]
    said = "报告未写明所属地区；正文中可作线索的表述如下（据此不能确定具体县名）：\n"
    return unplaced.model_copy(
        update={
            "answer": said + "\n".join(lines),
            "abstained": False,
            "citations": cited,
            "related": [],
        }
    )
