"""A follow-up that points at the kind of people or bodies the turn before named by a quoted
term ("“法律明白人”是干啥的？" then "叶城这样的人有多少"): the term said in their place."""

from __future__ import annotations

import re

__all__ = ["such_named"]

# "这样的人", "这种组织", "这些队伍": the kind pointed at.
_SUCH = re.compile(r"(?:这样|这种|这类|这些|那样|那种|那些)(?:的)?(?:人员|人|队伍|组织|机构|单位)")
# The term a turn quotes ("“法律明白人”").
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,16})[”\"」』]")


def such_named(heard: str, previous: str | None) -> str:
    """``heard`` with the kind it points at ("这样的人") said as the term the previous question
    quoted, when it quoted one term; ``heard`` otherwise."""
    terms = _QUOTED.findall(previous or "")
    if len(set(terms)) != 1 or not _SUCH.search(heard):
        return heard
    return _SUCH.sub(terms[0], heard, count=1)
