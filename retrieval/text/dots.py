"""Middle dots: reports write one name with any of their look-alikes ("法治讲堂•逢九必讲" in one
report, "法治讲堂·逢九必讲" in another)."""

from __future__ import annotations

__all__ = ["DOT_CHARS", "one_dot"]

DOT_CHARS = "·•・‧∙"
_ONE_DOT = str.maketrans(dict.fromkeys(DOT_CHARS[1:], DOT_CHARS[0]))


def one_dot(text: str) -> str:
    """``text`` with every middle dot written as "·", to compare names however they are dotted."""
    return text.translate(_ONE_DOT)
