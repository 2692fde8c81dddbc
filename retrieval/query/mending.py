"""A shortcoming named in a question that asks how it will be mended ("村里的法律顾问作用不够明
显，今后准备怎么补"): the plans are asked, of what the shortcoming is of."""

from __future__ import annotations

import re

from retrieval.text.words import up_to_last_noun

__all__ = ["mended_subject"]

# "怎么解决", "如何改进", "咋整改": a shortcoming's mending, asked of the plans.
_MENDING = re.compile(r"(?:咋|怎么|如何|怎样)(?:去)?(?:解决|改进|改|整改|弥补|补齐|补|应对|加强)")


def mended_subject(topic: str) -> str | None:
    """What the shortcoming ``topic`` asks the mending of is of: its words up to their last
    noun ("村里的法律顾问" of "村里的法律顾问作用不够明显，…怎么补"); None when no mending is
    asked."""
    mending = _MENDING.search(topic)
    if mending is None:
        return None
    before = topic[: mending.start()]
    return up_to_last_noun(before) or before
