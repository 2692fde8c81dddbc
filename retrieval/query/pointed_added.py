"""Things a question points at rather than names: the items just told, added up ("几项经费加起来
多少", "公证费、现场费，两笔合计多少"), and a side pointed at, then described in brackets
("另一个镇（即…的那个）"). Each is written as the plainer question reads it."""

from __future__ import annotations

import re

__all__ = ["pointed_read"]

# "另一个镇（即…的那个）": the side is the one described.
_BRACKET_DESCRIBED = re.compile(
    r"(?:另外|另一)?(?:那|这)?[个份](?P<kind>县|镇|乡|地方|报告)[（(](?:就是|即|也就是)?"
    r"(?:报告里|报告中)?(?:说|写|提到)?的?(?P<desc>[^（()）]{4,40}?)的(?:那个|那份|那家|那)?"
    r"(?:县|镇|乡|地方|报告)?[）)]"
)
_ADDED = r"(?:加起来|合起来|加在一起|合计|一共|总共)"
# "几项经费加起来多少", "两笔补贴一共多少": the items pointed at ("这几项"), no count asked
# of them.
_SEVERAL_ADDED = re.compile(
    r"(?:(?<![这那哪])几|(?:^|(?<=[，,。？?！!；;]))(?:两|[三四五六七八九十]))"
    rf"(?=[项笔类样种个][\u4e00-\u9fff]{{0,4}}?{_ADDED}[^，,。？?]{{0,4}}?(?:多少|几))"
)
# "公证费、现场费，两笔合计多少": the things listed, counted again before their sum.
_LISTED_COUNTED = re.compile(
    r"(?P<listed>[\u4e00-\u9fff]、[\u4e00-\u9fff]{2,12}[，,\s])"
    rf"(?:这|那)?(?:两|几|[三四五六七八九十])[笔项样类种](?=钱?{_ADDED})"
)


def pointed_read(question: str) -> str:
    """``question`` with the side it describes in brackets said as described, and the items
    it adds up pointed at as "这几", not counted again."""
    question = _BRACKET_DESCRIBED.sub(r"\g<desc>的那个\g<kind>", question)
    question = _SEVERAL_ADDED.sub(lambda m: "这" + m.group(), question)
    return _LISTED_COUNTED.sub(r"\g<listed>", question)
