"""A follow-up that points at the kind of people or bodies the turn before named by a quoted
term ("“法律明白人”是干啥的？" then "叶城这样的人有多少"): the term said in their place."""

from __future__ import annotations

import re

from retrieval.query.mentioned import QUOTED

__all__ = ["such_named"]

# A quoted term this long or shorter names a kind of people or body (longer, a sentence).
_TERM_MOST = 16

# "这样的人", "这种组织", "这些队伍": the kind pointed at.
_SUCH = re.compile(r"(?:这样|这种|这类|这些|那样|那种|那些)(?:的)?(?:人员|人|队伍|组织|机构|单位)")


def such_named(heard: str, previous: str | None) -> str:
    """``heard`` with the kind it points at ("这样的人") said as the term the previous question
    quoted, when it quoted one term; ``heard`` otherwise."""
    terms = [t for t in QUOTED.findall(previous or "") if 2 <= len(t) <= _TERM_MOST]
    if len(set(terms)) != 1 or not _SUCH.search(heard):
        return heard
    return _SUCH.sub(terms[0], heard, count=1)
