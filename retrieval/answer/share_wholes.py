"""The whole a part is counted in, read off the part's own sentence ("办件1020件,其中…投诉205件",
"1.4万户市场主体（个体工商户12914户、企业1856户）"), and the exact parts a whole written round
lists after it: what a share is worked out of when the question names no whole."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from retrieval.answer.pick import Figure, Pick
from retrieval.answer.share_of_sum import WHOLE_BEFORE
from retrieval.answer.stated_figures import figure_at, figure_of
from retrieval.answer.within import HELD_IN
from retrieval.search.evidence import Found
from retrieval.text.numbers import measure_after, numbers_in
from retrieval.text.sentences import split_sentences
from retrieval.types import Vocabulary

__all__ = ["part_named", "parts_after", "whole_said"]

# "顺便算下许可占比": a request to work the share out leads the part's name.
_WORK_OUT = re.compile(r"^(?:再|请|帮我|麻烦|顺便)*(?:算|计算|算算|求)(?:一)?下?")


def part_named(part: str) -> str:
    """The name of the part a share is asked of, without a request to work it out before it
    or what holds it ("清单里的许可" → 许可)."""
    named = _WORK_OUT.sub("", part)
    return HELD_IN.sub("", named) or named


def whole_said(part: str, found: Found, vocabulary: Vocabulary) -> str:
    """The whole the part's own sentence counts it in ("办件1020件,其中…投诉205件" → 办件),
    when the question names none; ``part`` may end on the question's ask ("投诉多少件"), whose
    measure the part is then counted in."""
    said = re.fullmatch(r"(?P<part>.+?)(?:多少|几)(?P<unit>[\u4e00-\u9fff]?)", part)
    name, unit = (said["part"], said["unit"]) if said else (part, "")
    # (With no measure asked, a name counted in two measures, cases and powers, may be
    # either: the part's figure is read as any figure is.)
    stated = [*_stated_parts(name, unit, found)] if unit else []
    small = figure_of(part if said else f"{part}多少", found, vocabulary)
    for figure in [*stated, *([small] if small is not None else [])]:
        whole = _holding(figure)
        if whole:
            return whole
    # ("行政处罚占比": the figure read first is of cases, no whole's; the one a "共…其中"
    # sentence lists it in, in any measure, is a part of a whole.)
    held = (_holding(f) for f in ([] if unit else _stated_parts(name, "", found)))
    return next((whole for whole in held if whole), "")


def _holding(small: Figure) -> str:
    """The whole ``small``'s sentence counts it in, in its measure, or ""."""
    if small.value is None:
        return ""
    # The nearest whole before the part: the last "…其中" its sentence opens before it.
    said = [*WHOLE_BEFORE.finditer(small.pick.text, 0, small.at)][-1:]
    if said and said[0]["unit"] == (small.unit or ""):
        return said[0]["whole"]
    # "1.4万户市场主体（…企业1856户）": the whole whose brackets the part is listed in.
    held = _BRACKETED_WHOLE.search(small.pick.text[: small.at])
    return held["whole"] if held and held["unit"] == (small.unit or "") else ""


def _stated_parts(name: str, unit: str, found: Found) -> Iterator[Figure]:
    """The figures sentences state right after ``name`` ("行政处罚2407项"), in ``unit`` when
    one is asked ("行政处罚案件3532件" is none of 项)."""
    for passage in found.passages:
        for start, end in split_sentences(passage.text, passage.start):
            text = passage.span(start, end)
            for at in (m.start() for m in re.finditer(re.escape(name), text)):
                near = text[at : at + len(name) + _NEAR]
                for mention in numbers_in(near):
                    measure = measure_after(text, at + mention.end)
                    if mention.percent or not measure or (unit and measure != unit):
                        continue
                    moved = replace(mention, start=at + mention.start, end=at + mention.end)
                    yield figure_at(Pick(passage, start, end, text, 1.0, 1.0), moved)
                    break


# How far after the part's name its figure may stand ("行政处罚2407项", "处罚类共2407项").
_NEAR = 12
_BRACKETED_WHOLE = re.compile(
    r"\d+(?:\.\d+)?(?:万|亿)?(?P<unit>[\u4e00-\u9fff]?)(?P<whole>[\u4e00-\u9fff]{2,8})[（(][^（()）]*$"
)


# "市场主体（个体工商户12914户、企业1856户）": the parts a figure's sentence gives right
# after it and what it counts.
_BRACKET = re.compile(r"[\u4e00-\u9fff]{0,8}?\s*[（(]([^（()）]{2,80})[）)]")


def parts_after(whole: Figure) -> tuple[Decimal, str] | None:
    """The sum of the exact parts given in brackets right after ``whole`` (written round, as
    "1.4万户"), and the sum as said ("12914户+1856户=14770户"); None when there are none or
    they add up to it."""
    text = whole.pick.text
    end = text.find(whole.written, whole.at)
    found = _BRACKET.match(text, end + len(whole.written)) if end >= 0 else None
    if found is None or not whole.unit:
        return None
    said = [m for m in numbers_in(found[1]) if not m.percent]
    if len(said) < 2 or any(measure_after(found[1], m.end) != whole.unit for m in said):
        return None
    total = sum((m.value for m in said), Decimal(0))
    if total == whole.value:
        return None
    written = "+".join(f"{m.raw}{whole.unit}" for m in said)
    return total, f"{written}={total.normalize():f}{whole.unit}"
