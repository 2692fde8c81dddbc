"""A question asking why ("为什么拖到2025年才发"): answered only by a sentence that states a
reason; a sentence that merely shares its words says nothing of why."""

from __future__ import annotations

import re

from retrieval.schema import Answer

__all__ = ["asks_why", "states_no_reason"]

_WHY = re.compile(r"为什么|为何|什么原因|啥原因|原因是什么|原因何在|怎么会")
# The words a sentence gives a reason with.
_REASON = re.compile(r"因为|由于|为了|原因|导致|所以|因此|鉴于|致使|以致|为此|从而")


def asks_why(topic: str) -> bool:
    """True when ``topic`` asks why something is so."""
    return _WHY.search(topic) is not None


def states_no_reason(topic: str, answer: Answer) -> bool:
    """True when ``topic`` asks why and no excerpt ``answer`` cites gives a reason."""
    return (
        asks_why(topic)
        and not answer.abstained
        # ("存在的不足和原因": a part the report gives as the reasons says them, each item.)
        and not any(_REASON.search(f"{c.section} {c.excerpt}") for c in answer.citations)
    )
