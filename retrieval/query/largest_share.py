"""Whose share of the sum just told is largest ("谁的份额最大，约占多少" after "…合计
多少件"): the report with the largest figure has the largest share, so the sum is asked again
with that report's share worked out (``answer.totals.share_of_total``, ``LARGEST``)."""

from __future__ import annotations

import re

from retrieval.query.measure import measured
from retrieval.query.verdicts import asks_sum

__all__ = ["LARGEST", "largest_share_asked"]

# ``Plan.share_of`` when the share asked is the largest one's, whichever report that is.
LARGEST = "*"

# "谁的份额最大", "哪个县占比最高，占多少": the largest share, and maybe how large it is.
_LARGEST_SHARE = re.compile(
    r"^(?:那|那么)?(?:哪家|哪个县|哪个地方|哪份|哪个|谁)(?:的)?(?:所?占的?)?"
    r"(?:比例|比重|份额|占比)最(?:大|高|多)"
    r"(?:[，,\s]*(?:大概|大约|约)?(?:占了?)?(?:多少|百分之几|百分之多少|几成|多大比例)?)?"
    r"[？?。！!\s呢啊]*$"
)


def largest_share_asked(question: str, across: str | None) -> tuple[str, str] | None:
    """Every report's figure of what ``across`` (the last turn over every report) asked,
    summed, and ``LARGEST``, for ``question`` asking whose share is largest; None otherwise."""
    if across is None or not _LARGEST_SHARE.match(question.strip()):
        return None
    # (A sum asked before is asked again as it was.)
    return across if asks_sum(across) else f"各报告{measured(across)}，加起来一共多少", LARGEST
