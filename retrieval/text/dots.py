"""Middle dots: reports write one name with any of their look-alikes ("法治讲堂•逢九必讲" in one
report, "法治讲堂·逢九必讲" in another), and askers often write none."""

from __future__ import annotations

__all__ = ["DOT_CHARS", "undotted"]

DOT_CHARS = "·•・‧∙"
_NO_DOT = str.maketrans(dict.fromkeys(DOT_CHARS))


def undotted(text: str) -> str:
    """``text`` without its middle dots, to compare names however they are dotted, if at all."""
    return text.translate(_NO_DOT)
