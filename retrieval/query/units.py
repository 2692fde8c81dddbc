"""Measure words by family: the measures that count the same kind of thing ("件", "起", "宗"),
so a figure in one answers a question asked in another, and figures in two can be compared."""

from __future__ import annotations

import re

from retrieval.lexicons import count_noun_end, count_nouns

__all__ = [
    "COUNTING_MEASURES",
    "MONEY_WORDS",
    "PEOPLE_WORDS",
    "as_attendances",
    "asks_money",
    "comparable_units",
    "figure_in",
    "measure_pattern",
    "unit_family",
    "unit_group",
]

# The measure words that count things (not money, days or shares).
COUNTING_MEASURES = r"人次|场次|[人名位次场期件起宗份项家户条本册个种批支所节块轮回面座处]"

# The measure words a count of people is asked in ("人数": people, however written).
PEOPLE_WORDS = frozenset({"人", "名", "位", "人数"})
_PEOPLE, _TIMES, _MONEY = "人(?!次)|名|位", "场次|次|场|期|轮|节", "元|万|亿"
# The words a sum of money is asked in ("多少钱", "金额"): money is stated in no other measure.
MONEY_WORDS = ("元", "万元", "钱", "费", "费用", "金额", "资金")
# The nouns that name a sum of money without its measure ("经费多少", "投入了多少").
_MONEY_NOUNS = (*MONEY_WORDS, "经费", "补贴", "款项", "投入", "奖金")
_UNIT_GROUPS = {
    **dict.fromkeys(("人", "名", "位"), _PEOPLE),
    "人次": "人次",
    # "…的人数" (``measure.measured``): people, as attendances or by the certificates they
    # hold, never sessions ("培训12期") or items.
    "人数": "人次|人|名|位|本",
    # Certificates asked in 本, which reports may count by the people who got them ("216人
    # 取得执法证"); the people who hold them ("持证人员585人") were not all issued one.
    "证件": "份|册|本|件|(?:人|名)(?=(?:取得|领取|获得|领到|拿到)[\u4e00-\u9fff]{0,4}证)",
    # "培训了几回": 回 is said for 次, which reports write.
    **dict.fromkeys(("次", "场", "场次", "期", "回"), _TIMES),
    # Not 个: "政务服务大厅22个" counts halls, not the matters handled there.
    **dict.fromkeys(("件", "起"), "件|起|宗"),
    # "接了多少单": orders taken, which reports count as 件.
    "单": "件|起|宗|个|单",
    **dict.fromkeys(("份", "本", "册"), "份|册|本|件"),
    # "评查了多少卷": case files, which reports count in 件 or 份.
    "卷": "卷|件|份",
    **dict.fromkeys(("项", "条"), "项|个|条|件"),
    # 户 counts households, which no 个 counts ("八个理事会" is no count of 户).
    "家": "家|个|户",
    "户": "户|家",
    **dict.fromkeys(MONEY_WORDS, _MONEY),
    "天": "天|日",
    "分": "分(?!钟|之)",
    # "抽检了多少批次": batches, which no count of sessions is.
    "批次": "批次|批",
}


def measure_pattern(measure: str, named: str = "") -> re.Pattern[str] | None:
    """A figure counted in ``measure``'s family ("件" → "38件", "1起"), or None for a measure
    word of no family; ``named``: the counted noun as asked ("行政处罚案件"), which a figure
    in 个 right before it counts too ("4个行政处罚案件"), and a figure right after its counted
    word (``count_nouns.txt``) in that word's own measure, when the two measures count alike
    ("案卷多少件": "抽查案卷104份", not "意见书22份")."""
    group = _UNIT_GROUPS.get(measure)
    if group is None:
        return None
    if named and not re.fullmatch(rf"(?:{group})", "个"):
        group = rf"{group}|个(?={re.escape(named)})"
    found = figure_in(group)
    head = count_noun_end(named) if named else None
    own = count_nouns()[head] if head else None
    if head and own and own != measure and own in _UNIT_GROUPS and comparable_units(measure, own):
        number = r"(?:[\d.]+|[一二三四五六七八九十百千万两]+)\s*(?:余|多)?[万亿]?"
        whole = rf"{number}(?:{_UNIT_GROUPS[own]})"
        found = re.compile(rf"{found.pattern}|(?<={re.escape(head)}){whole}")
    return found


def figure_in(group: str) -> re.Pattern[str]:
    """A figure counted in one of the measure words of ``group`` ("件|起|宗")."""
    # ("第一次会议", "第12次": an ordinal numbers one of them, it counts none. The pattern
    # reads from a figure's last digit on, as callers match it there.)
    return re.compile(
        rf"{_NOT_ORDINAL}(?:\d|[一二三四五六七八九十百千万两])\s*(?:余|多)?[万亿]?(?:{group})"
    )


_NUMERAL = "[\\d一二三四五六七八九十百千两]"
_NOT_ORDINAL = rf"(?<!第)(?<!第{_NUMERAL})(?<!第{_NUMERAL}{{2}})"


def asks_money(asked: str) -> bool:
    """True when ``asked`` names a sum of money ("减免的钱", "经费", "投入")."""
    return any(word in asked for word in _MONEY_NOUNS)


def unit_family(unit: str | None) -> str | None:
    """The family of a measure word: measures that count the same kind of thing share one
    (次, 场, 场次 → one family), so their figures can be compared."""
    if unit is None:
        return None
    return _UNIT_GROUPS.get(unit, unit)


def comparable_units(first: str | None, second: str | None) -> bool:
    """Whether figures in these measure words count the same kind of thing (件 and 份 may
    both count documents; 人 and 次 never do). A figure without a measure word fits any."""
    if first is None or second is None or first == second:
        return True
    return any(
        re.fullmatch(f"(?:{unit_family(a)})", b) is not None
        for a, b in ((first, second), (second, first))
    )


def unit_group(measure: str) -> str | None:
    """The measures of ``measure``'s family as a pattern ("件" → "件|起|宗"), or None for a
    measure word of no family."""
    return _UNIT_GROUPS.get(measure)


# "接待多少人": people, asked of a count the reports keep in attendances ("87.5余万人次").
_PEOPLE_ASKED = re.compile(r"(多少|几)(个)?(?:人)(?![次数员])")


def as_attendances(part: str) -> str | None:
    """``part`` asking its count of people in attendances ("接待多少人次"), for a report that
    counts them only so; None when ``part`` asks no count of people."""
    found = _PEOPLE_ASKED.search(part)
    return f"{part[: found.end()]}次{part[found.end() :]}" if found else None
