"""What is left of a total, asked by what was not done: "受理、办结各多少件？没办结的几件？".

A report states the total and the part done ("累计受理…37116件，办结37082件"), seldom what is
left. Asked after both, "没办结的" is the first less the second, which the one-report
difference (``answer.within``) computes from the two cited figures; so the question is asked
so: "受理比办结多多少".
"""

from __future__ import annotations

import re

__all__ = ["as_remainder"]

_WORD = r"[\u4e00-\u9fff]{2,4}"
# "受理、办结各多少件", "受理和办结分别是多少": two things asked together, the second the done.
_PAIR = re.compile(
    rf"(?P<total>{_WORD})(?:、|和|与|及|以及)(?P<done>{_WORD}?)的?(?=(?:各|分别|都)?(?:是|有|为)?(?:多少|几))"
)
# "没办结的几件", "未办结的有多少", "还有多少件没办结": what was not done.
_UNDONE = re.compile(
    r"^(?:那么?|其中)?(?:没有?|未|尚未|还没有?)(?P<a>[\u4e00-\u9fff]{2,4}?)的?(?:还有|有|是|为)?"
    r"(?:多少|几)[件个人项次条]?[？?。！!\s]*$"
    r"|^(?:那么?|其中)?(?:还有|剩下?|尚有|仍有)(?:多少|几)[件个人项次条]?(?:没有?|未|尚未)"
    r"(?P<b>[\u4e00-\u9fff]{2,4}?)的?[？?。！!\s]*$"
)
_SENTENCE = re.compile(r"[^。？?！!]+[。？?！!]*")


def as_remainder(question: str, before: str = "") -> str | None:
    """``question`` with its ask of what was not done put as the total less the done, when a
    sentence before it (in ``question``, else ``before``: the previous turn) asks both; else
    None."""
    sentences = _SENTENCE.findall(question)
    if not sentences:
        return None
    undone = _UNDONE.match(sentences[-1].strip())
    if undone is None:
        return None
    done = undone["a"] or undone["b"]
    earlier = "".join(sentences[:-1]) or before
    pair = next((p for p in _PAIR.finditer(earlier) if p["done"] == done), None)
    if pair is None:
        return None
    asked = f"{pair['total']}比{done}多多少？"
    return f"{earlier.rstrip('。？?！! ')}？{asked}"
