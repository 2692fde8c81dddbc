"""A question asking which place the report pointed at is of ("这到底是哪个县", "你能判断出是
哪个地方的吗"), not which place says or does something."""

from __future__ import annotations

import re

__all__ = ["CLAUSES", "PLACE_NAME_ASKED", "WHICH", "WHICH_PLACE", "asks_pointed_place"]

# "叫什么？哪个县、哪年的": a clause asking which place and nothing else asks the
# report's region (not where a figure is largest: "最多的是哪个县").
WHICH = r"(?:哪个|哪一个|什么)(?:县|地方|地区|乡镇|镇)"
# "这到底是哪个县", "报告里说没说是哪个县": the report asked about, pointed at.
_POINTER = re.compile(r"(?:这|那|它|报告)")
# "这个县叫啥": the place pointed at, asked its name.
PLACE_NAME_ASKED = (
    r"(?:这|那)个?(?:县|镇|乡镇|地方)(?:的)?(?:名字|名称)?"
    r"(?:到底|究竟)?(?:是|叫)(?:什么|啥)(?:名字)?"
)
# "这到底是哪个县": the report pointed at, asked its place.
WHICH_PLACE = re.compile(
    rf"(?:(?:这|那|它)(?:份|个)?(?:报告)?)?(?:报告)?(?:里|中)?(?:到底|究竟)?"
    # "报告里说没说是哪个县": whether the report says its place, which is its place or none.
    r"(?:(?:说没说|写没写|提没提|有没有(?:说|写|提)|是否(?:说|写|提|载明)|说了|写了)(?:过|明)?)?"
    # ("能推断出属于哪个县吗": whether its place can be told, which its place or none says.)
    r"(?:[你您]?(?:能|能不能|可以)?(?:看|判断|推断|推测|认)(?:得|不)?(?:出来|出)?)?"
    rf"(?:是|属于)?{WHICH}的?(?:报告)?[吗呢]?"
    rf"|{PLACE_NAME_ASKED}"
)
# "你能判断是哪个地方的吗": the bot asked to tell the place of the report just named.
_YOU_TELL = re.compile(r"(?:报告[，,]?)?[你您](?:能|能不能|可以)")
_REPORT_ONLY = re.compile(r"(?:这|那)?(?:份|个)?报告|(?:这|那)份")
_LEVEL_ABOVE = re.compile(r"(?:那|又)?(?:是)?(?:哪个|哪一个|什么)(?:市|省|州|地区)的?[吗呢]?")
# "谁发的、什么时候发布的": a 、 parts two asked attributes as a comma does.
# "叶城那份 哪家单位印发 哪天印发": a space between Chinese words parts clauses too.
CLAUSES = re.compile(r"[？?；;，,。！!、]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def asks_pointed_place(topic: str) -> bool:
    """True when ``topic`` asks only which place the report pointed at is of ("这到底是哪个
    县"), not which place says or does something."""
    topic = topic.strip("，,？?。！! ")
    # ("那份报告，你能判断…": the report named apart is the one pointed at.)
    clauses = [c for c in CLAUSES.split(topic) if c and not _REPORT_ONLY.fullmatch(c)]
    # ("到底是哪个县的，哪个市的": the level above asked too, which the place answers.)
    asked = clauses[:1] + [c for c in clauses[1:] if not _LEVEL_ABOVE.fullmatch(c)]
    return bool(
        (_POINTER.match(topic) or _YOU_TELL.match(topic))
        and len(asked) == 1
        and WHICH_PLACE.fullmatch(asked[0]) is not None
    )
