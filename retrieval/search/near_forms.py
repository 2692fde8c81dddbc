"""A term no report says, said by some with one character changed: "法律体检" ~ "法治体检".

Askers often write a term in their own near-spelling ("以案释法" for a report's "以案述法",
"扫码进企" for "扫码入企"). When no report says the term as asked, the reports are read for
the same term with any one of its characters changed. The answer says the term was not found
as asked and names the form that was, so the asker judges whether it is what they meant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from retrieval.query.mentioned import Term
from retrieval.search.across import passage_of
from retrieval.search.hybrid import HybridSearch
from retrieval.types import Passage

__all__ = ["near_form"]

# A term this long at least: in a shorter one, one character in two or three is another word.
_SHORTEST = 4
_LONGEST = 10
# Passages read per end of the term: a common end ("法律") is held by most of a large store.
_PASSAGES = 2000
_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]+")


def near_form(
    term: Term, search: HybridSearch, sources: Sequence[str] | None = None
) -> tuple[str, dict[str, Passage]] | None:
    """The form of ``term`` with one character changed that the most reports say, and per
    report the first passage saying it; None when the term is too short or no report does."""
    core = term.core or term.phrase
    if not _SHORTEST <= len(core) <= _LONGEST or not _IDEOGRAPHS.fullmatch(core):
        return None
    lexical = search.store.lexical()
    # One character changed leaves one of the term's two ends whole: passages holding either
    # as a search word are where a near form is looked for.
    words = {core[:2], core[-2:]}
    alternatives = "|".join(
        f"{re.escape(core[:i])}([\u4e00-\u9fff]){re.escape(core[i + 1 :])}"
        for i in range(len(core))
    )
    pattern = re.compile(alternatives)
    said: dict[str, dict[str, Passage]] = {}
    for word in sorted(w for w in words if lexical.knows(w)):
        for chunk in islice(lexical.passages_with([word], sources), _PASSAGES):
            found = passage_of(chunk)
            for match in pattern.finditer(found.text):
                form = match.group()
                if form != core:
                    kept = said.setdefault(form, {}).get(found.source)
                    if kept is None or found.start < kept.start:
                        said[form][found.source] = found
    if not said:
        return None
    form = max(said, key=lambda each: len(said[each]))
    return form, said[form]
