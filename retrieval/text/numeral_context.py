"""Where a numeral stands: before a measure word (a quantity), or in a marker or an idiom.

``三项`` counts three things; ``三、`` ``（三）`` ``一是`` ``第一`` ``周一`` order them, and in
``统一`` ``一体化`` ``之一`` ``十四五`` the numeral is part of a word. ``text.number_forms``
asks these questions of every Chinese numeral it finds (offsets index the text being read).
"""

from __future__ import annotations

import re

__all__ = ["APPROX", "UNIT_PATTERN", "heading_marker", "is_idiom", "is_quantity", "unit_at"]

# Units and measure words that make a Chinese numeral a quantity (longest first when matched).
_UNITS = [
    *("人次", "件次", "场次", "批次", "项次", "户次", "小时", "学时", "课时", "公里", "千米"),
    *("平方米", "万元", "亿元", "个月", "百分点"),
    *"个项次件人名场期份家所支批条户元年天日周轮届类种套块张级倍册座处部本篇台辆宗起位门间组队吨亩米岁%",
]
_UNITS_SORTED = tuple(sorted(_UNITS, key=len, reverse=True))
UNIT_PATTERN = "|".join(map(re.escape, _UNITS_SORTED))
_UNIT = re.compile(UNIT_PATTERN)
# After a lone 一 these are idiom far more often than a count (一个重要, 一项内容, 一次性 …).
_WEAK_FOR_ONE = set("个种次项批条道套年天步支张级方片体样些起点下面类轮门间组队位")
_NOT_BEFORE = ("第", "届", "周", "初", "星期", "礼拜", "其", "逐", "统", "唯", "同", "划")
_IDIOMS = (
    *("一件事", "一公里", "一站式", "一体化", "一揽子", "一盘棋", "一把手", "一律", "之一"),
    *("万一", "一窗", "一网", "一条龙", "一张网", "一次性", "一批", "十四五", "十三五", "十五五"),
    *("一成不变", "一波三折", "百折不挠"),
)
# Written between a number and its measure word: "400余场次" is about 400.
APPROX = "余多来几"


def unit_at(norm: str, end: int) -> str | None:
    """The measure word right after ``norm[:end]`` (after 余/多/来/几), if any."""
    # One pattern, longest unit first: every figure of every sentence read is looked up.
    found = _UNIT.match(norm[end : end + 8].lstrip(APPROX))
    return found.group() if found else None


def heading_marker(norm: str, start: int, end: int) -> bool:
    """``（三）``, ``三、`` opening a line or sentence, ``一是``, ``第一``: order, not quantity."""
    before = norm[start - 1] if start else "\n"
    after = norm[end] if end < len(norm) else ""
    if before in "（(" and after in "）)":
        return True
    if after == "、" and (before.isspace() or before in "。；：:;，,"):
        return True
    return after == "是" or _after_word(norm, start)


def _after_word(norm: str, start: int) -> bool:
    before = norm[max(0, start - 2) : start]
    return any(before.endswith(word) for word in _NOT_BEFORE)


def is_idiom(norm: str, start: int, end: int) -> bool:
    """True when the numeral at ``norm[start:end]`` is part of an idiom (一站式, 十四五…)."""
    window_start = max(0, start - 3)
    window = norm[window_start : end + 4]
    for idiom in _IDIOMS:
        at = window.find(idiom)
        while at != -1:
            if window_start + at < end and window_start + at + len(idiom) > start:
                return True
            at = window.find(idiom, at + 1)
    return False


def is_quantity(norm: str, start: int, end: int, run: str) -> bool:
    """True when the numeral ``run`` at ``norm[start:end]`` counts something (a unit follows)."""
    if _after_word(norm, start) or is_idiom(norm, start, end):
        return False
    unit = unit_at(norm, end)
    if unit is None:
        return False
    return not (run == "一" and unit in _WEAK_FOR_ONE)
