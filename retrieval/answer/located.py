"""Where in its report a cited sentence is said, when the question asks ("写在第几部分"):
the section path the citation carries, said after the answer."""

from __future__ import annotations

from retrieval.answer.cite import subject
from retrieval.query.plan import Plan
from retrieval.schema import Answer

__all__ = ["with_sections"]


def with_sections(plan: Plan, answer: Answer) -> Answer:
    """``answer`` with the report section of each cited sentence, when the question asks
    where it is said; else ``answer`` as it is."""
    if not plan.where or answer.abstained or not answer.citations:
        return answer
    said: dict[tuple[str, str], str] = {}
    for cited in answer.citations:
        if not cited.section or (cited.source, cited.section) in said:
            continue
        report = subject(cited.region, cited.title, cited.source)
        said[(cited.source, cited.section)] = f"见于{report}“{cited.section}”部分[{cited.n}]"
    if not said:
        return answer
    return answer.model_copy(update={"answer": "\n".join([answer.answer, *said.values()])})
