"""The effect of a measure, when a question asks how it was done and what it achieved.

Reports state a measure, then what it achieved, in the next sentence of the same item ("建立…
联动调解机制…。全年化解矛盾纠纷168件,成功化解率100%…"). A question asking the effect
("效果如何", "有啥成效") is answered by that sentence: one whose words match the question best
is usually the measure again, or a plan to keep it up.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from retrieval.answer.pick import Pick
from retrieval.answer.read_sentences import sentences_of
from retrieval.answer.restrict import states_figure
from retrieval.text.sentences import ITEM
from retrieval.tuning import EFFECT_REACH
from retrieval.types import Passage

__all__ = ["answer_effects", "asks_contents", "asks_effect", "contents_pick", "effect_pick"]

_EFFECT = re.compile(r"效果|成效|成果|实效")
# "宣讲了哪些内容", "覆盖哪些方面": what a measure took in.
_CONTENTS = re.compile(
    r"(?:哪些|什么|啥|哪几类|哪几个)(?:内容|方面|领域|主题|类别|事项)|[讲教]了?(?:些|点)?(?:什么|啥|哪些)"
    r"|内容(?:是|有)?(?:什么|哪些|啥)"
)
# Three things or more joined by "、": a list of what was taken in.
_LISTED = re.compile(r"[^、，,。；;]+(?:、[^、，,。；;]+){2,}")
# A chosen sentence: its report and where it stands.
Chosen = tuple[str, int, int]


def asks_effect(part: str) -> bool:
    """True when ``part`` asks what something achieved ("效果如何", "取得了哪些成效")."""
    return bool(_EFFECT.search(part))


def effect_pick(measure: Pick) -> Pick | None:
    """The sentence after ``measure`` in its item that states a figure of what it achieved, or
    None (a new item starts, or no figure follows within ``EFFECT_REACH`` sentences)."""
    read = sentences_of(measure.passage)
    at = next((i for i, s in enumerate(read) if s[0] <= measure.start < s[1]), None)
    if at is None:
        return None
    for start, end, text, _, _ in read[at + 1 : at + 1 + EFFECT_REACH]:
        if ITEM.match(text):
            return None
        if states_figure(text):
            return replace(measure, start=start, end=end, text=text)
    return None


def answer_effects(asked: Sequence[str], chosen: dict[Chosen, tuple[Pick, list[str]]]) -> None:
    """Parts asking what the measure achieved ("效果如何") are answered by the figure that
    follows the measure's sentence (``effect_pick``), else by that sentence itself: the words
    效果 or 成效 in another sentence say nothing of this measure."""
    if not asked:
        return
    measure = next(iter(chosen.values()))[0]
    result = None if states_figure(measure.text) else effect_pick(measure)
    said = measure if result is None else result
    key = (said.passage.source, said.start, said.end)
    chosen.setdefault(key, (said, []))[1].extend(asked)


def asks_contents(part: str) -> bool:
    """True when ``part`` asks what a measure took in ("宣讲了哪些内容")."""
    return bool(_CONTENTS.search(part))


def contents_pick(
    measure: Pick, words: Collection[str], passages: Sequence[Passage]
) -> Pick | None:
    """The sentence after ``measure`` in its item that lists what it took in ("聚焦交通安全、
    土地草场林地纠纷、反电诈…等17大类…宣讲") and names one of ``words``, when ``measure``
    lists nothing itself; else None. The sentence may open the next of ``passages``."""
    if _LISTED.search(measure.text):
        return None
    own = measure.passage
    after = [p for p in passages if p.source == own.source and own.start < p.start <= own.end + 1]
    read = [(own, s) for s in sentences_of(own)]
    read += [(p, s) for p in after[:1] for s in sentences_of(p)]
    at = next(
        (i for i, (p, s) in enumerate(read) if p is own and s[0] <= measure.start < s[1]), None
    )
    if at is None:
        return None
    seen = {measure.start}
    for passage, (start, end, text, _, _) in read[at + 1 : at + 1 + EFFECT_REACH]:
        if start in seen or ITEM.match(text):
            return None
        seen.add(start)
        if _LISTED.search(text) and any(word in text for word in words):
            return replace(measure, passage=passage, start=start, end=end, text=text)
    return None
