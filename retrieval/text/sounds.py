"""How Chinese characters sound, tones aside: what a slip of pinyin typing keeps."""

from __future__ import annotations

from functools import cache

__all__ = ["sound"]


@cache
def sound(char: str) -> str:
    """How ``char`` is usually read, tones aside ("布" and "部" both read "bu")."""
    from pypinyin import lazy_pinyin

    return str(lazy_pinyin(char)[0])
