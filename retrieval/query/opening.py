"""A report's first or last sentence asked for ("正文开头第一句原话是什么", "结尾最后一句")."""

from __future__ import annotations

import re

__all__ = ["asked_end"]

_FIRST = re.compile(
    r"(?:正文|报告|全文)?(?:的)?(?:开头|开篇|一开始|起首|开头部分)(?:的)?(?:第一句|头一句|那句|一句)"
    r"|(?:正文|报告|全文)(?:的)?(?:第一句|头一句)"
)
_LAST = re.compile(
    r"(?:正文|报告|全文)?(?:的)?(?:结尾|末尾|收尾)(?:的)?(?:最后一句|那句|一句)"
    r"|(?:正文|报告|全文)(?:的)?最后一句"
)


def asked_end(topic: str) -> str:
    """ "first" or "last" when ``topic`` asks for the first or last sentence of a report's body,
    else ""."""
    if _FIRST.search(topic):
        return "first"
    return "last" if _LAST.search(topic) else ""
