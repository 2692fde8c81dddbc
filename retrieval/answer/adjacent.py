"""What a figure counts, read from the words that touch it.

Chinese names what a figure counts right before the number ("受理法律援助案件543件",
"线上线下办件量为9938件") or right after its measure word ("370个村(社区)"). A figure that
an asked word touches counts that thing; one that touches another noun counts that noun
("村(社区)便民服务站327个" counts 服务站, not 村; "办理公证案件1742件" counts notarial cases,
not legal-aid ones), though the sentence names the asked words elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from retrieval.lexicons import whole_nouns
from retrieval.text.lexicon import SYNONYM_HIT

__all__ = ["LINK", "LINK_WORDS", "SHORT_BRACKET", "lead_in", "share", "touching"]

# Words between a noun and its figure that link them ("案件共9件", "办件量为9938件").
LINK_WORDS = "共计|总计|累计|合计|共有|共|达到|达|为|有|计|约|近|超过|逾|均"
LINK = re.compile(rf"(?:{LINK_WORDS})+$")
# A short bracketed alternative of a noun ("村(社区)", "单位（部门）", "图书室(角)").
SHORT_BRACKET = r"[（(]([^（()）]{1,8})[）)]"
_BRACKETED = re.compile(rf"{SHORT_BRACKET}$")
# How far after a measure word the counted noun may start ("28个县级行政执法部门").
AFTER_REACH = 4


def touching(
    before: str, after: str, forms: Sequence[tuple[str, tuple[str, ...]]], measure: str = ""
) -> dict[str, float]:
    """The asked words that touch a figure.

    Args:
        before: the figure's clause up to the number.
        after: the figure's clause from the end of its measure word.
        forms: each asked word with its synonyms.
        measure: the figure's measure word: the noun naming every thing it counts ("案件" of
            件) adds nothing, so "办理公证案件1742件" is touched by 公证 as "上门办理公证186件" is.

    Returns:
        Word → 1.0 (said as asked) or less (said by a synonym, as ``Matcher.hits`` weighs it).
    """
    found: dict[str, float] = {}
    tail = lead_in(before, forms, measure)
    while True:
        bracket = _BRACKETED.search(tail)
        tail = _BRACKETED.sub("", tail)
        hit = _ending(tail, forms)
        if hit is None and bracket:
            # "法律图书室(角)" reads "法律图书角" too.
            inner = bracket.group()[1:-1]
            hit = _ending(tail[: -len(inner)] + inner, forms)
            if hit is not None:
                found.setdefault(hit[0], 1.0 if hit[1] == hit[0] else SYNONYM_HIT)
                break
        if hit is None:
            break
        word, form = hit
        found.setdefault(word, 1.0 if form == word else SYNONYM_HIT)
        tail = tail[: -len(form)]
    # "宣传栏2159个、法律图书室(角)1478个": the noun after a list mark is the next item's.
    ahead = after.split("、", 1)[0]
    for word, others in forms:
        for form in (word, *others):
            at = ahead.find(form)
            if 0 <= at <= AFTER_REACH:
                found.setdefault(word, 1.0 if form == word else SYNONYM_HIT)
                break
    return found


def lead_in(before: str, forms: Sequence[tuple[str, tuple[str, ...]]], measure: str = "") -> str:
    """``before`` (a figure's clause up to its number) without the words that only lead to the
    figure: those linking a noun to it ("案件共9件") and, after an asked word, the noun naming
    every thing the figure's measure counts ("办理公证案件1742件")."""
    tail = LINK.sub("", before)
    whole = whole_nouns().get(measure, "")
    if whole and tail.endswith(whole) and _ending(tail, forms) is None:
        tail = LINK.sub("", tail[: -len(whole)])
    return tail


def _ending(text: str, forms: Sequence[tuple[str, tuple[str, ...]]]) -> tuple[str, str] | None:
    """The asked word (and the form of it) that ``text`` ends with, the longest form first."""
    words, longest = _by_form(tuple(forms))
    for size in range(min(longest, len(text)), 0, -1):
        word = words.get(text[-size:])
        if word is not None:
            return word, text[-size:]
    return None


@lru_cache(maxsize=64)
def _by_form(forms: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[dict[str, str], int]:
    """Each form of the asked words → its word (the word itself, else the first that has it as
    a synonym: 纠纷 asked beside 矛盾 is itself), and the longest form: a figure's every clause
    is read for the forms it ends with."""
    words = {word: word for word, _ in forms}
    for word, others in forms:
        for form in (word, *others):
            words.setdefault(form, word)
    return words, max(map(len, words), default=0)


def share(found: Mapping[str, float], weights: Mapping[str, float], total: float) -> float:
    """The weighted share of the asked words in ``found``."""
    return sum(weights[word] * hit for word, hit in found.items() if word in weights) / total
