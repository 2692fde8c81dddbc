"""For whom a thing was done ("帮老百姓干了几件", "给企业搞了法治体检"): who benefited is no part
of what was done, and reports name them in words of their own ("困难群众", "重点企业")."""

from __future__ import annotations

import re

__all__ = ["FOR_WHOM", "without_for_whom"]

# The verbs that name no particular deed: what was done is said by what they count or govern.
_DOING = r"(?:搞|做|干|办|弄|开展|推行|实行)"
# 作为, 成为, 认为, 因为, 以为, 行为: 为 of a word of its own.
FOR_WHOM = rf"(?<![作成认因以行])[给为帮替向对][\u4e00-\u9fff]{{1,6}}?(?={_DOING})"
_FOR_WHOM = re.compile(FOR_WHOM)


def without_for_whom(text: str) -> str:
    """``text`` without its "帮X" before a light verb ("法律援助帮老百姓干了" → "法律援助干了")."""
    return _FOR_WHOM.sub("", text, count=1)
