"""A follow-up asking another place what one place named by its own quoted name ("额敏的
“每月双领域”评查查了几件卷宗" then "普兰呢"): the other report may do the same thing
under no such name, so the thing is asked again without it."""

from __future__ import annotations

import re

__all__ = ["without_own_name"]

# "推行的“每月双领域”评查": a quoted name, then the thing it names.
_NAMED_THING = re.compile(
    r"(?:搞的|开展的|推行的|实行的|建立的|创新的)?(?:那个|这个)?[“\"「]([^”\"」]{2,12})[”\"」]的?"
    r"(?=[\u4e00-\u9fff]{2})(?!多少|几|是|有|吗)"
)


def without_own_name(asked: str) -> tuple[str, str] | None:
    """``asked`` without the one quoted name that leads the thing it asks of, and the name;
    None when it quotes none so."""
    found = list(_NAMED_THING.finditer(asked))
    if len(found) != 1:
        return None
    name = found[0]
    return asked[: name.start()] + asked[name.end() :], name[1]
