"""The effect of a measure, when a question asks how it was done and what it achieved.

Reports state a measure, then what it achieved, in the next sentence of the same item ("建立…
联动调解机制…。全年化解矛盾纠纷168件,成功化解率100%…"). A question asking the effect
("效果如何", "有啥成效") is answered by that sentence: one whose words match the question best
is usually the measure again, or a plan to keep it up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.answer.pick import Pick
from retrieval.answer.read_sentences import sentences_of
from retrieval.answer.restrict import states_figure
from retrieval.text.sentences import ITEM
from retrieval.tuning import EFFECT_REACH

__all__ = ["answer_effects", "asks_effect", "effect_pick"]

_EFFECT = re.compile(r"效果|成效|成果|实效")
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
