"""How Chinese characters sound, tones aside: what a slip of pinyin typing keeps."""

from __future__ import annotations

import re
from functools import cache

__all__ = ["sound", "sounds", "spelling"]


@cache
def sound(char: str) -> str:
    """How ``char`` is usually read, tones aside ("布" and "部" both read "bu"), the sounds a
    fuzzy pinyin input takes for one another said alike ("组" zu as "助" zhu: zh/z, ch/c,
    sh/s; ang/an, eng/en, ing/in)."""
    from pypinyin import lazy_pinyin

    return _FUZZY_END.sub(r"\1n", _FUZZY_START.sub(r"\1", str(lazy_pinyin(char)[0])))


# Initials and finals a fuzzy pinyin input does not tell apart.
_FUZZY_START = re.compile(r"^([zcs])h")
_FUZZY_END = re.compile(r"([aei])ng$")


def sounds(text: str) -> str:
    """How ``text`` is read, a sound per character ("发部日期" and "发布日期" alike)."""
    return " ".join(sound(char) for char in text)


def spelling(word: str) -> str:
    """How ``word`` is read as a whole, tones aside and run together ("调解" → "tiaojie",
    where 调 alone reads "diao")."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(word))
