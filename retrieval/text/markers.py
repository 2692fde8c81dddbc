"""Citation markers: the one grammar of ``[n]`` in answers, model replies and others' answers.

``[1]`` ``[1,2]`` ``[1、3]`` ``[1-3]`` ``【2】`` ``［2］``: one or two digits, so a bracketed year
(``[2025]``) stays text. A range names every number in it, up to ``MAX_RANGE`` apart (a wider
one is two numbers, not a range).
"""

from __future__ import annotations

import re

__all__ = [
    "LEADING_MARKERS",
    "MARKER",
    "SPACED_MARKER",
    "marker_numbers",
    "parse_markers",
    "strip_markers",
]

MARKER = re.compile(r"[\[【［]\s*(\d{1,2}(?:\s*[,，、\-–~]\s*\d{1,2})*)\s*[\]】］]")
# Markers that open a sentence belong to the sentence before ("…38件。[1]").
LEADING_MARKERS = re.compile(rf"^(?:\s*{MARKER.pattern})+")
SPACED_MARKER = re.compile(rf"[ \t]*{MARKER.pattern}")
MAX_RANGE = 20


def marker_numbers(group: str) -> list[int]:
    """The numbers one marker names: ``MARKER``'s group ("1-3" → 1, 2, 3; "1,4" → 1, 4)."""
    numbers: list[int] = []
    for part in re.split(r"\s*[,，、]\s*", group.strip()):
        bounds = [int(x) for x in re.split(r"\s*[\-–~]\s*", part) if x]
        if len(bounds) == 2 and bounds[0] <= bounds[1] <= bounds[0] + MAX_RANGE:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return numbers


def parse_markers(text: str) -> list[int]:
    """The citation numbers the markers of ``text`` name, in order, each once."""
    found: list[int] = []
    for match in MARKER.finditer(text):
        found.extend(n for n in marker_numbers(match.group(1)) if n not in found)
    return list(dict.fromkeys(found))


def strip_markers(text: str) -> str:
    """``text`` without its markers."""
    return MARKER.sub("", text).strip()
