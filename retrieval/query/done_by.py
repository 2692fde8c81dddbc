"""A verb before 得 in "谁X得多" that names what is counted: "案卷评查这块，谁抽查得多" counts
抽查, said nowhere else; it is asked as "抽查谁多" in a clause of its own."""

from __future__ import annotations

import re

__all__ = ["done_by"]

# "案卷评查这块，谁抽查得多": a verb before 得 that the question says nowhere else names what is
# counted (抽查), no repeat of the thing.
_DONE_BY = re.compile(
    r"(?P<who>谁家?|哪一?(?:个|家|边|方))(?![县镇乡地市区份])(?P<verb>[\u4e00-\u9fff]{2})得"
    r"(?=(?:更|较|最)?[多少高低])"
)


def done_by(topic: str) -> str:
    """``topic`` with "谁X得多" said as "X谁多" in a clause of its own, where X is said nowhere
    else in it."""

    def moved(found: re.Match[str]) -> str:
        verb, before = found["verb"], topic[: found.start()]
        # Only in a clause of its own after the thing's ("X这块，谁Y得多"): in one clause
        # ("矛盾纠纷谁化解得最多") the verb repeats what the thing is counted by.
        own_clause = bool(re.search(r"[，,]", before))
        elsewhere = before + topic[found.end() :]
        return f"{verb}{found['who']}" if own_clause and verb not in elsewhere else found.group()

    return _DONE_BY.sub(moved, topic)
