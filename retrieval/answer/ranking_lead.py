"""The first line of a ranking: the report in the place asked ("最多的是额敏县：38件[1]",
"排第二的是…", "前三是…"), or a header over the ranked lines ("从多到少排序：")."""

from __future__ import annotations

import re
from decimal import Decimal

from retrieval.answer.apart import difference
from retrieval.answer.pick import Figure
from retrieval.answer.rows import NAMED, Lines
from retrieval.query.order import Order, least_also
from retrieval.query.places_asked import THRESHOLD, first_places, nth_place
from retrieval.query.verdicts import asks_difference
from retrieval.types import report_name

__all__ = ["THRESHOLD", "lead", "places", "standing"]

_SUPERLATIVE = re.compile(r"最[多少高低大小早晚新老]")
_SPAN = re.compile(r"(?:从|由)?(?:多到少|少到多|高到低|低到高|大到小|小到大)")


def lead(topic: str, order: Order, lines: Lines, stated: list[Figure]) -> str:
    """The first line: the winner with its figure ("最多的是额敏县：38件[1]"), every report that
    shares the first place ("并列最多的是…"), the first places when asked by number ("前三是…"),
    or, when an order is asked ("从多到少排序"), a header over the ranked lines."""
    past = THRESHOLD.search(topic)
    if past is not None:
        return _past_lead(lines, stated, past)
    nth = nth_place(topic)
    if nth is not None:
        said = _nth_lead(lines, stated, nth, _NTH_WAY.search(topic))
        return said + _behind_first(lines, stated, nth) if asks_difference(topic) else said
    superlative = _SUPERLATIVE.search(topic)
    # ("最多的前三个", "前三是哪几个？最少的是谁": the first places asked by number lead.)
    top = first_places(topic)
    if top:
        asked, count = top
        said = f"{asked}是：" + "、".join(_named(lines, f) for f in stated[:count])
        least, last = least_also(topic), stated[-1]
        if least and len(stated) > count and last.value != stated[count - 1].value:
            # "前三和倒数各是谁": the last named too.
            said += f"；{least}的是{_cited(lines, last)}"
        return said
    span = None if superlative else _SPAN.search(topic)
    first = [f for f in stated if f.value == stated[0].value]
    # Many reports may share the first place: a few are named, the rest counted.
    more = f"等{len(first)}份报告" if len(first) > NAMED else ""
    if span:
        # "按多到少排一下" is answered "从多到少排序".
        span_said = span.group() if span.group()[0] in "从由" else f"从{span.group()}"
        shared = "、".join(report_name(f.pick.passage) for f in first[:NAMED]) + more
        header = f"{span_said}排序" + (f"（{shared}并列第一）" if len(first) > 1 else "")
        least, last = least_also(topic), stated[-1]
        if least and last.value != first[0].value:
            # "从多到少排一下，倒数第一是谁": the order, and the last named as asked.
            header += f"（{least}的是{_cited(lines, last)}）"
        return header + "："
    word = superlative.group() if superlative else "最多" if order == "desc" else "最少"
    if len(first) > 1:
        return f"并列{word}的是" + "、".join(_named(lines, f) for f in first[:NAMED]) + more
    said = f"{word}的是{_cited(lines, first[0])}"
    least, last = least_also(topic), stated[-1]
    if least and last.value != first[0].value:
        said += f"；{least}的是{_cited(lines, last)}"
    return said


def standing(asked: str, order: Order, lines: Lines, stated: list[Figure]) -> str:
    """ "额敏县在给出该数字的4份报告中排第1（从多到少）：38件[1]": where the place asked
    stands among the ranked figures, or "" when its report gives none (it is then listed
    among those that do not)."""
    ranked = places(stated)
    for figure, place in zip(stated, ranked, strict=True):
        if figure.pick.passage.region != asked:
            continue
        way = "从多到少" if order == "desc" else "从少到多"
        shared = "并列" if ranked.count(place) > 1 else ""
        n = lines.cite(figure.pick.passage, figure.pick.start, figure.pick.end)
        return (
            f"{report_name(figure.pick.passage)}在给出该数字的{len(stated)}份报告中"
            f"{shared}排第{place}（{way}）：{figure.written}[{n}]"
        )
    return ""


def _past_lead(lines: Lines, stated: list[Figure], past: re.Match[str]) -> str:
    """ "超过3次的是…": the reports whose figure is past the bound asked, from their cited
    figures, or that none is."""
    bound = Decimal(past["n"]) * (10000 if past["wan"] else 1)
    above = past["way"] in _ABOVE
    inclusive = past["way"] in _INCLUSIVE
    kept = [
        f
        for f in stated
        if f.value is not None
        and (f.value > bound or (inclusive and f.value == bound) if above else f.value < bound)
    ]
    said = past.group()
    if not kept:
        return f"没有报告{said}（按所引数字比较）："
    named = "、".join(_named(lines, f) for f in kept[:NAMED])
    more = f"等{len(kept)}份报告" if len(kept) > NAMED else ""
    return f"{said}的是{named}{more}（按所引数字比较），各报告数字："


_ABOVE = ("超过", "超出", "高于", "多于", "大于", "不少于", "不低于", "达到")
_INCLUSIVE = ("不少于", "不低于", "达到")


def places(stated: list[Figure]) -> list[int]:
    """Each ranked figure's place; equal figures share one ("1. … 1. … 3. …")."""
    places: list[int] = []
    for place, figure in enumerate(stated, start=1):
        shared = place > 1 and figure.value == stated[place - 2].value
        places.append(places[-1] if shared else place)
    return places


def _nth_lead(lines: Lines, stated: list[Figure], nth: int, way: re.Match[str] | None) -> str:
    """ "排第二的是…", "第二少的是…" (``way``: the direction asked with the place): the
    reports in the place asked, or why no report is in it."""
    said = _ORDINALS[nth - 1] if nth <= len(_ORDINALS) else str(nth)
    at = [f for f, place in zip(stated, places(stated), strict=True) if place == nth]
    if len(at) == 1:
        placed = f"第{said}{way.group(1)}" if way else f"排第{said}"
        return f"{placed}的是{_cited(lines, at[0])}"
    if at:
        return f"并列第{said}的是" + "、".join(_named(lines, f) for f in at[:NAMED])
    # Fewer reports than places, or a tie across the place asked.
    return f"没有排第{said}的，给出该数字的报告名次如下"


def _behind_first(lines: Lines, stated: list[Figure], nth: int) -> str:
    """ "第二名…跟第一差多少": how far the one report in place ``nth`` is behind the first
    ("，比第一的额敏县少551件"), or ""."""
    ranked = places(stated)
    at = [f for f, place in zip(stated, ranked, strict=True) if place == nth]
    first = [f for f, place in zip(stated, ranked, strict=True) if place == 1]
    apart = difference(first[0], at[0]) if len(at) == 1 and len(first) == 1 and nth > 1 else ""
    if not apart:
        return ""
    way = "少" if (at[0].value or 0) < (first[0].value or 0) else "多"
    return f"，比第一的{_named(lines, first[0])}{way}{apart}"


_ORDINALS = "一二三四五六七八九十"
_NTH_WAY = re.compile(r"第(?:[二三四五六七八九十]|\d{1,2})([多少高低大小早晚])(?![到于])")


def _cited(lines: Lines, figure: Figure) -> str:
    """ "额敏县：38件[1]": a report named with its cited figure."""
    n = lines.cite(figure.pick.passage, figure.pick.start, figure.pick.end)
    return f"{report_name(figure.pick.passage)}：{figure.written}[{n}]"


def _named(lines: Lines, figure: Figure) -> str:
    """ "额敏县（3条[1]）": a report named with its cited figure."""
    n = lines.cite(figure.pick.passage, figure.pick.start, figure.pick.end)
    return f"{report_name(figure.pick.passage)}（{figure.written}[{n}]）"
