"""The written forms of a figure: the grammar ``retrieval.text.numbers`` reads figures with.

Arabic numerals (thousands separators, decimals, 万/亿 multipliers, ``%`` and ``百分之``),
``X分之Y`` fractions, Chinese numerals that count something, ``三成``/``八折`` tenths, markers
that look like numbers, and quantities no value can be given to (``数十件``). ``numbers`` states
the rules and hands out mentions of the original text; everything here reads the text after
``retrieval.text.digits`` has rewritten it (and after ``mask_markers``) and answers with offsets
into that text, so one mapping back to the original serves every form.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import NamedTuple

from retrieval.text.digits import parse_chinese_numeral
from retrieval.text.numeral_context import (
    UNIT_PATTERN,
    heading_marker,
    is_idiom,
    is_quantity,
    unit_at,
)

__all__ = ["Figure", "arabic", "chinese", "fractions", "mask_markers", "valueless"]

_MULTIPLIERS = {
    "万亿": Decimal(10) ** 12,
    "亿": Decimal(10) ** 8,
    "万": Decimal(10_000),
    "千": Decimal(1000),
}
_ARABIC = re.compile(
    r"(?<![\d.])(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?P<frac>\.\d+)?"
    r"(?P<mult>万亿|亿|万|千(?!米|克|瓦))?(?P<pct>\s?%)?"
)
# Markers that look like numbers but are not figures of the text.
_MARKERS = re.compile(
    r"[\[【]\s*\d{1,2}(?:\s*[,，、\-–~]\s*\d{1,2})*\s*[\]】]"
    r"|[（(]\d{1,2}[）)]|(?m:^[ \t]*\d{1,2}[.、)）](?![\d]))"
)
_CN = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?")
_FRACTION = re.compile(
    r"(?P<den>[\d.]+|[零〇一二两三四五六七八九十千万]+)分之(?P<num>[\d.]+|[零〇一二两三四五六七八九十百千万]+)"
)
# 三成 is 30%, 八折 80%; 成/折 starting a word (成员, 成立, 折合) are not that.
_TENTHS = re.compile(r"[成折](?![员立为果效本功绩就长熟型交年都片风体规网链势品合算旧叠射])")

# Quantities no one can give a value to: 数十件, 几百人, 上千名, 近万人.
_VAGUE = re.compile(rf"[数几若上近][十百千万亿]+[余多]?(?:{UNIT_PATTERN})")
_COUNTING = set("一二两三四五六七八九十")
_CJK_NUMERALS = set("零〇一二两三四五六七八九十百千万亿")


class Figure(NamedTuple):
    """A figure at ``[start, end)`` of the text read: its value, whether it is a percentage,
    and the measure word right after it (None when there is none)."""

    start: int
    end: int
    value: Decimal
    percent: bool
    unit: str | None


def mask_markers(norm: str) -> str:
    """``norm`` with citation and list markers (``[1]``, ``（2）``, ``3、`` opening a line)
    blanked out."""
    # Markers become spaces: same length, so offsets stay valid, and their digits vanish.
    return _MARKERS.sub(lambda m: " " * len(m.group()), norm)


def fractions(masked: str) -> tuple[list[Figure], str]:
    """The ``X分之Y`` fractions of ``masked``, and ``masked`` with them blanked out (their
    numerals are not figures of their own)."""
    found = []
    for match in _FRACTION.finditer(masked):
        den, num = _value(match.group("den")), _value(match.group("num"))
        if den and num is not None:
            found.append(Figure(match.start(), match.end(), num / den, False, None))
            masked = masked[: match.start()] + " " * len(match.group()) + masked[match.end() :]
    return found, masked


def arabic(masked: str, *, mantissas: bool) -> list[Figure]:
    """The Arabic-numeral figures of ``masked`` (``mantissas``: ``1.4`` of ``1.4万`` as well)."""
    found = []
    for match in _ARABIC.finditer(masked):
        value = Decimal(match.group("int").replace(",", "") + (match.group("frac") or ""))
        start, end = match.start(), match.end()
        if match.group("mult"):
            if mantissas:
                found.append(Figure(start, end, value, False, None))
            value *= _MULTIPLIERS[match.group("mult")]
        percent = bool(match.group("pct"))
        if masked[max(0, start - 3) : start] == "百分之":
            percent, start = True, start - 3
        elif not percent and (tenths := _tenths(masked, end, value)) is not None:
            value, percent, end = tenths, True, end + 1
        unit = None if percent else unit_at(masked, end)
        found.append(Figure(start, end, value, percent, unit))
    return found


def chinese(masked: str, *, strict: bool) -> list[Figure]:
    """The Chinese-numeral figures of ``masked``: with ``strict``, only quantities (a measure
    word follows); else every numeral that parses. Heading markers and idioms never count."""
    found = []
    for match in _CN.finditer(masked):
        start, end, run = match.start(), match.end(), match.group()
        percent = masked[max(0, start - 3) : start] == "百分之"
        if not percent and not any(ch in _COUNTING for ch in run):
            continue  # a lone 百/千/万/亿/零: 百姓, 千家万户, 万余次, 零件, 零距离
        value = parse_chinese_numeral(run)
        if value is None or heading_marker(masked, start, end) or _VAGUE.match(masked, start - 1):
            continue
        if not percent and is_idiom(masked, start, end):
            continue
        if not percent and (tenths := _tenths(masked, end, value)) is not None:
            value, percent, end = tenths, True, end + 1
        elif strict and not percent and not is_quantity(masked, start, end, run):
            continue
        if percent and masked[max(0, start - 3) : start] == "百分之":
            start -= 3
        unit = None if percent else unit_at(masked, end)
        found.append(Figure(start, end, value, percent, unit))
    return found


def valueless(masked: str) -> list[tuple[int, int]]:
    """Spans of ``masked`` that look like a figure but have no value: numeric symbols
    (``⅓``, ``Ⅲ``), numerals that do not parse (``三五个``), vague quantities (``数十件``)."""
    found = [
        (i, i + 1)
        for i, ch in enumerate(masked)
        if not ch.isascii()
        and ch not in _CJK_NUMERALS
        and not _is_ideograph(ch)
        and unicodedata.numeric(ch, None) is not None
    ]
    for match in _CN.finditer(masked):
        start, end, run = match.start(), match.end(), match.group()
        counting = any(ch in _COUNTING for ch in run)
        if counting and parse_chinese_numeral(run) is None and is_quantity(masked, start, end, run):
            found.append((start, end))
    found.extend(match.span() for match in _VAGUE.finditer(masked))
    return found


def _value(run: str) -> Decimal | None:
    if run[0].isdigit():
        try:
            return Decimal(run.replace(",", ""))
        except ArithmeticError:
            return None
    return parse_chinese_numeral(run)


def _tenths(norm: str, end: int, value: Decimal) -> Decimal | None:
    """The percentage of ``三成``/``八折``/``7.5折`` (a figure ending at ``end``), else None."""
    if not _TENTHS.match(norm, end):
        return None
    return value * 10 if value < 10 else value if value < 100 else None


def _is_ideograph(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
