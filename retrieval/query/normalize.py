"""Question text as the reports write it: simplified characters, half-width letters and digits."""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["normalize"]

# Full-width ASCII letters and digits (Ａ, ９) → their half-width forms; punctuation stays.
_HALF_WIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}


@cache
def _to_simplified() -> Any:
    # OpenCC's own phrase tables (bundled with the wheel): 葉城縣 → 叶城县, 復議 → 复议.
    import opencc

    return opencc.OpenCC("t2s")


def normalize(question: str) -> str:
    """``question`` in simplified characters with half-width letters and digits."""
    return _to_simplified().convert(question.translate(_HALF_WIDTH))
