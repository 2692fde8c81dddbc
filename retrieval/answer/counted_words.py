"""Small readings ``CountedThing`` makes of measures and nouns: whether a measure is of a
family, the last figure's measure, whether a text names a kind, the nouns naming every thing of
their measure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from retrieval.lexicons import LIGHT_HEADS, whole_nouns
from retrieval.text.numbers import measure_after, numbers_in
from retrieval.text.words import tokenize

__all__ = ["bare_measure", "counts_in", "doings_before", "generic_nouns", "last_measure", "said_in"]

# "次数", "人数", "数量": an amount of the doing before it, no thing done to.
_AMOUNT_WORD = re.compile(r"[数量]$")


def counts_in(measure: str, family: str | None) -> bool:
    """True when ``measure`` ("余条", "件") is one of the measures of ``family``."""
    bare = bare_measure(measure)
    return bool(bare and family) and re.fullmatch(f"(?:{family})", bare) is not None


def bare_measure(measure: str) -> str:
    """``measure`` without the approximation it opens with ("余条" → "条")."""
    return measure.lstrip("余多")


def last_measure(text: str) -> str:
    """The measure word of the last figure of ``text`` ("" for none)."""
    found = numbers_in(text)
    return measure_after(text, found[-1].end) if found else ""


def said_in(forms: Sequence[str], text: str, strict: bool = False) -> bool:
    """True when ``text`` names a form, or a word of one ("矛盾" of 化解矛盾); ``strict``: the
    word a form ends with, which says what the compound is (those before it say which)."""
    return any(form in text for form in forms) or any(
        word in text
        for form in forms
        for word in (tokenize(form)[-1:] if strict else tokenize(form))
        if len(word) > 1
    )


@cache
def generic_nouns() -> frozenset[str]:
    """The nouns naming every thing of their measure (``lexicons.whole_nouns``: "人员",
    "单位", "案件")."""
    # 活动 opens the line of 次: whatever is counted in times is done, but a light noun names
    # no thing of its own (a 宣传活动 is no 考试).
    return frozenset(whole_nouns().values()) - LIGHT_HEADS


def doings_before(tagged: Sequence[tuple[str, str]]) -> set[str]:
    """The doings said as nouns right before 的 and the thing counted ("服务的企业"): they say
    what was done to it (any report's verb may say it), not which kind it is; "培训的次数"
    counts the trainings themselves."""
    return {
        word
        for (word, flag), (after, _), (noun, _) in zip(tagged, tagged[1:], tagged[2:], strict=False)
        if flag == "vn" and after == "的" and not _AMOUNT_WORD.search(noun)
    }
