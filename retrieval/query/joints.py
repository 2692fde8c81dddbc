"""Where a question joins the things it asks ("受理和办结", "文件或合同", "调解员、调解室"):
its joining characters, cut only where they are no part of a word the reports use (和解,
与会)."""

from __future__ import annotations

import re

from retrieval.types import Vocabulary

__all__ = ["BOTH", "JOIN", "joined_pieces"]

JOIN = re.compile(r"[和及与、或跟]|以及|或者")
# Weighed against each other, 或 joins two names of one thing ("调解或化解矛盾纠纷谁多"),
# except as the last joint of a list ("审查、评估或清理").
BOTH = re.compile(r"[和及与、跟]|以及")


def joined_pieces(text: str, vocabulary: Vocabulary, either: bool) -> list[str]:
    """``text`` cut at its joining characters, where they are no part of a word of the reports;
    ``either``: 或 joins two things too."""
    pieces, start = [], 0
    joints = JOIN if either or "、" in text else BOTH
    for join in joints.finditer(text):
        at, end = join.start(), join.end()
        joined = text[max(at - 1, 0) : at + 1], text[end - 1 : end + 1]
        if any(len(word) == 2 and vocabulary.knows(word) for word in joined):
            continue
        pieces.append(text[start:at])
        start = end
    pieces.append(text[start:])
    return pieces
