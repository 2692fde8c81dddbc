"""A question that asks who, and a sentence that names a person."""

from __future__ import annotations

import re

from retrieval.text.words import pos_tags

__all__ = ["asks_person", "names_person"]

_WANTS_PERSON = re.compile(r"是谁|叫什么|谁是|姓名|名字|哪位")
# "工作室叫什么": a name asked of a thing, not of a person ("负责人叫什么").
_THING_NAMED = re.compile(
    r"(?:室|中心|平台|品牌|机制|模式|活动|项目|站|号|栏目|厅|所|馆|园|廊|角|窗口|库|清单|制度|办法)"
    # ("…6项制度，是哪些，名字都给我": which they are, asked between.)
    r"[的，,\s]*(?:(?:是)?(?:哪些|哪几[项个条部类种])[，,\s]*)?(?:都|究竟|到底|具体|分别|各)?(?:叫什么|叫啥|的?名字|的?名称)"
    # "这3部各叫什么名字": things counted by a measure of things, named.
    r"|(?:这|那|[\d一二三四五六七八九十几])[\d一二三四五六七八九十几]*(?:项|条|部|份|件|类|种|家)"
    r"[的，,\s]*(?:(?:是)?(?:哪些|哪几[项个条部类种])[，,\s]*)?(?:都|究竟|到底|具体|分别|各)?(?:叫什么|叫啥|的?名字|的?名称)"
)
# Reports name people as "张三同志" or with a title before a 2-3 character name.
_PERSON = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2,3})同志|(?:书记|县长|镇长|乡长|局长|主任)[：:]?"
    r"(?P<b>[\u4e00-\u9fff]{2,3})(?:[，,、。]|$)"
)


def asks_person(topic: str) -> bool:
    """True when ``topic`` asks who, or the name of a person, not of a thing it names."""
    return bool(_WANTS_PERSON.search(topic)) and not _THING_NAMED.search(topic)


def names_person(text: str) -> bool:
    """True when ``text`` names a person: a name jieba knows as one (nr) by a title or 同志
    ("县长热线" names a hotline)."""
    for found in _PERSON.finditer(text):
        name = found["a"] or found["b"]
        if any(flag.startswith("nr") for _, flag in pos_tags(name)):
            return True
    return False
