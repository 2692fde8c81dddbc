"""Numbers in Chinese text, normalised so that an answer's figures can be matched to evidence.

``extract_numbers`` finds the number mentions of a text and gives each a normalised
``Decimal`` value plus whether it is a percentage, so that ``1.4万`` and ``14000``,
``百分之二十五`` and ``25%``/``25％``, ``１，２３４`` and ``1234`` compare equal.

Rules (what counts as a number):

* Arabic numerals always count (years such as 2025 too), full- or half-width, with ``,``/``，``
  thousands separators (groups of exactly three digits), decimals, a ``万``/``亿``/``万亿``/``千``
  multiplier and a ``%``/``％`` or ``百分之`` percent form. Two exceptions are markers, not
  figures: citation markers (``[1]``, ``[1,2]``, ``【3】``: one or two digits, so ``[2025]``
  counts) and list markers (``1.``/``1、``/``1）`` at the start of a line, ``(1)``/``（2）``).
* Chinese numerals (``二十五``, ``一百零八``, ``三千五百``, ``两``, ``二〇二五``) count only when
  they are quantities: preceded by ``百分之``, or followed by a unit or measure word (``个 项 次 件
  人 名 场 期 份 家 …``, optionally after ``余``/``多``/``来``). Enumeration and ordinal markers
  are therefore never counted (``一、`` ``（一）`` ``一是`` ``第一`` ``周一``), nor words in which a
  numeral is part of the vocabulary (``统一`` ``唯一`` ``一体化`` ``一站式`` ``一律`` ``之一``
  ``十四五`` ``千家万户``). A lone ``一`` before a generic classifier (``一个`` ``一项`` ``一次``
  ``一批`` ``一步`` …) is idiomatic far more often than it is a count, so it is not counted either.

``unsupported_numbers`` is the check the answer verifiers use: a claim's number is supported when
its (value, percent) pair occurs in an evidence text. Evidence is read leniently (every Chinese
numeral that parses, and the mantissa of ``1.4万``) so that rules meant to avoid false claims
never reject a figure that the evidence does state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

__all__ = [
    "NumberMention",
    "evidence_keys",
    "extract_numbers",
    "measure_after",
    "parse_chinese_numeral",
    "unsupported_numbers",
]

# Length-preserving, so offsets into the normalised text are offsets into the original.
_HALF_WIDTH = str.maketrans("０１２３４５６７８９％．，", "0123456789%.,")

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

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?")

# Units and measure words that make a Chinese numeral a quantity (longest first when matched).
_UNITS = [
    *("人次", "件次", "场次", "批次", "项次", "户次", "小时", "学时", "课时", "公里", "千米"),
    *("平方米", "万元", "亿元", "个月", "百分点"),
    *"个项次件人名场期份家所支批条户元年天日周轮届类种套块张级倍册座处部本篇台辆宗起位门间组队吨亩米岁%",
]
_UNITS_SORTED = tuple(sorted(_UNITS, key=len, reverse=True))
# After a lone 一 these are idiom far more often than a count (一个重要, 一项内容, 一次性 …).
_WEAK_FOR_ONE = set("个种次项批条道套年天步支张级方片体样些起点下面类轮门间组队位")
_NOT_BEFORE = ("第", "周", "初", "星期", "礼拜", "其", "逐", "统", "唯", "同", "划")
_IDIOMS = (
    *("一件事", "一公里", "一站式", "一体化", "一揽子", "一盘棋", "一把手", "一律", "之一"),
    *("万一", "一窗", "一网", "一条龙", "一张网", "一次性", "一批", "十四五", "十三五", "十五五"),
)
_APPROX = "余多来几"
_MEASURE = re.compile(f"[{_APPROX}]?(?:{'|'.join(map(re.escape, _UNITS_SORTED))})")
_COUNTING = set("一二两三四五六七八九十")


@dataclass(frozen=True)
class NumberMention:
    """One number in a text: ``text[start:end] == raw``, ``value`` normalised."""

    raw: str
    value: Decimal
    percent: bool
    start: int
    end: int

    @property
    def key(self) -> tuple[Decimal, bool]:
        """What two mentions must share to state the same figure."""
        return (self.value, self.percent)


def extract_numbers(text: str) -> list[NumberMention]:
    """Find the number mentions of ``text`` (see the module docstring for the rules).

    Args:
        text: any text (an answer sentence, an excerpt, a whole report).

    Returns:
        The mentions in order of position.
    """
    norm = text.translate(_HALF_WIDTH)
    masked = _mask_markers(norm)
    found = _arabic_mentions(text, masked) + _chinese_mentions(text, masked, strict=True)
    return sorted(found, key=lambda m: m.start)


def measure_after(text: str, end: int) -> str:
    """The measure written right after a number that ends at ``end`` ("余场次" of "400余场次",
    "件次" of "61.28万件次"), or "" when none follows ("12345热线", "2025年" has 年)."""
    found = _MEASURE.match(text[end : end + 8].translate(_HALF_WIDTH))
    return found.group() if found else ""


def unsupported_numbers(claim: str, evidence: Iterable[str]) -> list[NumberMention]:
    """The number mentions of ``claim`` whose value and percent-ness occur in no evidence text.

    Args:
        claim: the sentence to check (citation markers such as ``[1]`` are ignored).
        evidence: the texts the claim may rely on (e.g. its cited excerpts).

    Returns:
        The unsupported mentions of ``claim``, in order; empty when every number is supported.
    """
    mentions = extract_numbers(claim)
    if not mentions:
        return []
    known: set[tuple[Decimal, bool]] = set()
    for text in evidence:
        known |= evidence_keys(text)
    return [m for m in mentions if m.key not in known]


def evidence_keys(text: str) -> set[tuple[Decimal, bool]]:
    """Every (value, percent) a text can be said to state, read leniently.

    Adds to ``extract_numbers`` every Chinese numeral that parses, whatever follows it, and the
    mantissa of a multiplied figure (``1.4`` of ``1.4万``).
    """
    norm = _mask_markers(text.translate(_HALF_WIDTH))
    keys = {m.key for m in extract_numbers(text)}
    keys |= {m.key for m in _chinese_mentions(text, norm, strict=False)}
    for match in _ARABIC.finditer(norm):
        if match.group("mult"):
            keys.add((_clean(_arabic_value(match.group("int"), match.group("frac"))), False))
    return keys


def _mask_markers(norm: str) -> str:
    # Markers become spaces: same length, so offsets stay valid, and their digits vanish.
    return _MARKERS.sub(lambda m: " " * len(m.group()), norm)


def _arabic_value(integer: str, frac: str | None) -> Decimal:
    return Decimal(integer.replace(",", "") + (frac or ""))


def _clean(value: Decimal) -> Decimal:
    # 1.4 × 10000 is Decimal("14000.0"): equal to 14000 already; this only tidies the repr.
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _arabic_mentions(text: str, norm: str) -> list[NumberMention]:
    mentions = []
    for match in _ARABIC.finditer(norm):
        value = _arabic_value(match.group("int"), match.group("frac"))
        if match.group("mult"):
            value *= _MULTIPLIERS[match.group("mult")]
        start, end = match.start(), match.end()
        percent = bool(match.group("pct"))
        if norm[max(0, start - 3) : start] == "百分之":
            percent, start = True, start - 3
        mentions.append(NumberMention(text[start:end], _clean(value), percent, start, end))
    return mentions


def _chinese_mentions(text: str, norm: str, *, strict: bool) -> list[NumberMention]:
    mentions = []
    for match in _CN.finditer(norm):
        start, end, run = match.start(), match.end(), match.group()
        percent = norm[max(0, start - 3) : start] == "百分之"
        if not percent and not any(ch in _COUNTING for ch in run):
            continue  # a lone 百/千/万/亿/零: 百姓, 千家万户, 万余次, 零件, 零距离
        value = parse_chinese_numeral(run)
        if value is None:
            continue
        if strict and not percent and not _is_quantity(norm, start, end, run):
            continue
        if percent:
            start -= 3
        mentions.append(NumberMention(text[start:end], _clean(value), percent, start, end))
    return mentions


def _is_quantity(norm: str, start: int, end: int, run: str) -> bool:
    before = norm[max(0, start - 2) : start]
    if any(before.endswith(word) for word in _NOT_BEFORE):
        return False
    window_start = max(0, start - 3)
    window = norm[window_start : end + 3]
    for idiom in _IDIOMS:
        at = window.find(idiom)
        while at != -1:
            if window_start + at < end and window_start + at + len(idiom) > start:
                return False
            at = window.find(idiom, at + 1)
    after = norm[end : end + 6].lstrip(_APPROX)
    unit = next((u for u in _UNITS_SORTED if after.startswith(u)), None)
    if unit is None:
        return False
    return not (run == "一" and unit in _WEAK_FOR_ONE)


def parse_chinese_numeral(run: str) -> Decimal | None:
    """The value of a Chinese numeral (``二十五`` → 25, ``二〇二五`` → 2025), None if malformed.

    Positional numerals use 十/百/千/万/亿; a run of bare digits is read digit by digit only when
    it is four long or contains 〇/零 (a year), since ``三五`` is a range (three to five), not 35.
    """
    integer, _, frac = run.partition("点")
    value = _parse_integer(integer) if integer else Decimal(0)
    if value is None:
        return None
    if frac:
        value += Decimal("0." + "".join(str(_CN_DIGITS[ch]) for ch in frac))
    return value


def _parse_integer(run: str) -> Decimal | None:
    if all(ch in _CN_DIGITS for ch in run):
        if len(run) == 1:
            return Decimal(_CN_DIGITS[run])
        if len(run) == 4 or any(ch in "〇零" for ch in run):
            return Decimal("".join(str(_CN_DIGITS[ch]) for ch in run))
        return None
    total, wan, section, number, pending = 0, 0, 0, 0, False
    for ch in run:
        if ch in _CN_DIGITS:
            if pending and _CN_DIGITS[ch] != 0:
                return None  # 十四五: two digits with no unit between them
            number, pending = _CN_DIGITS[ch], ch not in "零〇"
        elif ch in _CN_SMALL:
            section += (number or 1) * _CN_SMALL[ch]
            number, pending = 0, False
        elif ch == "万":
            wan = ((section + number) or 1) * 10_000
            section, number, pending = 0, 0, False
        else:  # 亿
            total = ((total + wan + section + number) or 1) * 10**8
            wan, section, number, pending = 0, 0, 0, False
    return Decimal(total + wan + section + number)
