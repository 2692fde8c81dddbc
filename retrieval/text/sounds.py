"""How Chinese characters sound, tones aside: what a slip of pinyin typing keeps."""

from __future__ import annotations

import itertools
import re
from functools import cache

__all__ = ["readings", "sound", "sounds", "spelled_in_pinyin", "spelling"]


@cache
def sound(char: str) -> str:
    """How ``char`` is usually read, tones aside ("布" and "部" both read "bu"), the sounds a
    fuzzy pinyin input takes for one another said alike ("组" zu as "助" zhu: zh/z, ch/c,
    sh/s; ang/an, eng/en, ing/in)."""
    from pypinyin import lazy_pinyin

    return _fuzzy(str(lazy_pinyin(char)[0]))


# Initials and finals a fuzzy pinyin input does not tell apart.
_FUZZY_START = re.compile(r"^([zcs])h")
_FUZZY_END = re.compile(r"([aei])ng$")


def readings(text: str, most: int = 16) -> list[str]:
    """The ways ``text`` may be read (``sounds``), each character by any of its readings ("勒"
    as lei or le): the first ``most`` of them, the usual reading first."""
    from pypinyin import Style, pinyin

    said = [
        dict.fromkeys([sound(char), *(_fuzzy(r) for r in pinyin(char, Style.NORMAL, True)[0])])
        for char in text
    ]
    return [" ".join(one) for one in itertools.islice(itertools.product(*said), most)]


def _fuzzy(reading: str) -> str:
    return _FUZZY_END.sub(r"\1n", _FUZZY_START.sub(r"\1", reading))


def sounds(text: str) -> str:
    """How ``text`` is read, a sound per character ("发部日期" and "发布日期" alike)."""
    return " ".join(sound(char) for char in text)


def spelling(word: str) -> str:
    """How ``word`` is read as a whole, tones aside and run together ("调解" → "tiaojie",
    where 调 alone reads "diao")."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(word))


@cache
def _syllables() -> frozenset[str]:
    """Every syllable pinyin spells, tones aside (ü typed as v, as input methods take it)."""
    from pypinyin import lazy_pinyin

    read = lazy_pinyin([chr(code) for code in range(0x4E00, 0x9FA6)])
    return frozenset(p.replace("ü", "v") for p in read if p.isalpha())


def spelled_in_pinyin(letters: str) -> bool:
    """True when ``letters`` run together syllables of pinyin ("xingzheng"); False for a word
    no pinyin spells ("review")."""
    syllables = _syllables()
    # Whether each prefix of the run ends on a syllable's end.
    ends = [True] + [False] * len(letters)
    for end in range(1, len(letters) + 1):
        ends[end] = any(
            ends[start] and letters[start:end] in syllables for start in range(max(0, end - 6), end)
        )
    return ends[-1]
