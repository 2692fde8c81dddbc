"""What is left of a total, asked by what was not done: "受理、办结各多少件？没办结的几件？".

A report states the total and the part done ("累计受理…37116件，办结37082件"), seldom what is
left. Asked after both, "没办结的" is the first less the second, which the one-report
difference (``answer.within``) computes from the two cited figures; so the question is asked
so: "受理比办结多多少".
"""

from __future__ import annotations

import re

from retrieval.query.measure import THING_COUNTED

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
_JOINED = re.compile(r"(?<=多少[件个人项次条])(?:和|与|、|及|以及)")
_STATED = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:万|亿)?([件个人项次条])")


def as_remainder(question: str, before: str = "") -> str | None:
    """``question`` with its ask of what was not done put as the total less the done, when a
    sentence before it (in ``question``, else ``before``: the previous turn) asks both; else
    None."""
    sentences = _SENTENCE.findall(question)
    if not sentences:
        return None
    # ("…多少件，办结多少件，没办结的有多少件": the last clause asks it, after a comma.)
    last = re.split(r"[，,；;]", sentences[-1].strip())[-1]
    undone = _UNDONE.match(last.strip())
    if undone is None:
        return None
    done = undone["a"] or undone["b"]
    earlier = (
        question[: question.rfind(last)].rstrip("，,；; ") if last != sentences[-1].strip() else ""
    )
    earlier = earlier or "".join(sentences[:-1]) or before
    # "累计受理37116件和办结37082件，那没办结的…": figures the asker states are asked again,
    # so each is read from the report.
    earlier = _JOINED.sub("，", _STATED.sub(r"多少\1", earlier))
    pair = next((p for p in _PAIR.finditer(earlier) if p["done"] == done), None)
    total = pair["total"] if pair else _counted_before(earlier, done)
    if not total:
        return None
    # ("热线办件…，办结…": the done is of the field the total is counted in.)
    field = total[:-2] if not pair and len(total) > 2 else ""
    asked = f"{total}比{field}{done}多多少？"
    return f"{earlier.rstrip('。？?！!，, ')}？{asked}"


def _counted_before(earlier: str, done: str) -> str:
    """The thing counted in the clause before the one counting ``done`` ("办件" of "热线办件
    多少件，办结多少件"), or ""."""
    counted = [m["thing"] for m in THING_COUNTED.finditer(earlier)]
    at = next((i for i, thing in enumerate(counted) if thing.endswith(done)), None)
    return counted[at - 1][-4:] if at else ""
