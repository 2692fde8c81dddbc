"""An asker introducing themselves before asking what the bot does ("我县人大的，近期要搞调研，
想问问这几个报告"): statements about the asker, or that ask nothing, then a wish to ask that
names nothing asked, or a question about the bot."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["introduces"]

# "我县人大的，近期要搞调研，想问问这几个报告": clauses about the asker, then a wish to ask
# that names nothing asked.
_ABOUT_ASKER = re.compile(
    r"^(?:最近|近期|近来|这两天|这阵子|今天|目前|现在)?(?:我|咱|本人|准备|正在|正|在|想|要|打算|刚)"
)
# "这块还是个新手": the asker saying they are new to the matter, which asks nothing.
_NEW_TO_IT = re.compile(
    r"(?:还是|是)?(?:个|一个)?(?:新手|外行|小白|门外汉|生手)(?:一个|一枚)?$|不太?(?:懂|熟悉?)$"
)
# "你能帮我干点啥", "都能查些什么": what the bot can do, asked as a what.
_CAPABILITY = re.compile(r"[你您].{0,6}?(?:能|会|可以).{0,6}?(?:啥|什么|哪些)")
# A clause that asks a question of its own ("…多少件", "有没有…").
_ASKS_HERE = re.compile(r"多少|哪|吗|是否|有没有|什么|怎么|如何|谁|[？?]")
_VAGUE_ASK = re.compile(
    r"^(?:想|要|准备|打算)?(?:问问|问一下|问下|了解|咨询|请教|看看|查查)(?:一下|下)?"
    r"(?:[这那](?:几|些)?(?:个|份)?)?(?:报告|材料|问题|情况|事)?(?:的情况)?$"
)
_CLAUSE_BREAK = re.compile(r"[，,。！!；;？?~～\s]+")


def introduces(text: str, social: Callable[[str], bool]) -> bool:
    """True when ``text`` says who the asker is or what they do, then only that they wish to
    ask ("我县人大的，近期要搞调研，想问问这几个报告") or what the bot does. ``social``: whether a
    clause is one social phrase or a question about the bot."""
    clauses = [c for c in _CLAUSE_BREAK.split(text.strip()) if c]
    if len(clauses) < 2 or not (_VAGUE_ASK.match(clauses[-1]) or social(clauses[-1])):
        return False
    if _CAPABILITY.search(clauses[-1]) and not any(_ASKS_HERE.search(c) for c in clauses[:-1]):
        # "下月要交一份汇总，你都能帮忙做点啥": what the bot does, after statements asking
        # nothing.
        return True
    # ("…，这个助手会做什么？可以直接出表格吗": several asks of the bot, one by one.)
    about_asker = [bool(_ABOUT_ASKER.match(c) or _NEW_TO_IT.search(c)) for c in clauses[:-1]]
    return any(about_asker) and all(
        about or social(c) for about, c in zip(about_asker, clauses[:-1], strict=True)
    )
