"""The questions one message asks one after another ("…有哪几块？…有哪些要求？"), each
answered and laid out on its own. A closing "Y呢" asks nothing in words of its own, so it is
read as asking of Y what the sentence before it asked ("谁办得多？结案的呢" → "结案的谁多")."""

from __future__ import annotations

import re

from retrieval.query.parts import another_thing, counted_likewise

__all__ = ["ALSO_ASKED", "asked_likewise", "asked_sentences"]


def asked_sentences(topic: str) -> list[str]:
    """The questions ``topic`` asks one after another ("…有哪几块？…有哪些要求？")."""
    return [s for s in _ASKED.split(topic) if s.strip("，, ")]


def asked_likewise(topic: str) -> list[str]:
    """``asked_sentences``, a bare "Y呢" after a sentence counting or judging something asked
    of Y in the same way ("谁办得多？结案的呢" → "结案的谁多")."""
    asked: list[str] = []
    # "谁抽查得多，整改问题呢": a closing "Y呢" clause is a question of its own too.
    # "…对比一下，调解和解情况也说下": a closing clause asking Y too is one as well.
    sentences = [
        piece
        for s in asked_sentences(topic)
        for part in _ABOUT_Y.split(s)
        for piece in _ALSO_Y.split(part)
        if piece
    ]
    for sentence in sentences:
        thing = another_thing(sentence) if asked else None
        asked.append((counted_likewise(thing, asked[-1]) if thing else None) or sentence)
    return asked


_ASKED = re.compile(r"[？?；;]+")
# "…也说说", "顺便讲讲": Y asked too, after what was asked.
ALSO_ASKED = r"(?:也|顺便|再)(?:请)?(?:说|讲|谈|介绍|提|列)[^，,？?]{0,4}[。！!？?\s]*$"
_ALSO_Y = re.compile(rf"[，,\s]+(?=[^，,？?\s]{{2,14}}?{ALSO_ASKED})")
# "…，整改问题呢": a closing clause naming another thing ("跟普兰比呢" names a side).
_ABOUT_Y = re.compile(r"[，,\s]+(?=(?![跟和与同])[^，,？?\s比]{1,12}呢[。！!\s]*$)")
