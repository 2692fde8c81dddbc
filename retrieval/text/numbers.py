"""Numbers in Chinese text, normalised so that an answer's figures can be matched to evidence.

``extract_numbers`` finds the number mentions of a text and gives each a normalised
``Decimal`` value, whether it is a percentage, and the measure word after it, so that
``1.4万`` and ``14000``, ``百分之二十五``/``25%``/``25％``, ``三成``/``30%``, ``八折``/``80%``,
``１，２３４``/``1234``, ``⑨`` and ``nine`` compare equal (``retrieval.text.digits`` rewrites the
written forms of digits).

Rules (what counts as a number):

* Arabic numerals always count (years such as 2025 too), with ``,``/``，`` thousands separators
  (groups of exactly three digits), decimals, a ``万``/``亿``/``万亿``/``千`` multiplier and a
  ``%``, ``百分之``, ``成`` (tenths) or ``折`` (discount) percent form; ``X分之Y`` is the fraction
  Y/X. Markers are not figures: citation markers (``[1]``, ``[1,2]``, ``【3】``: one or two
  digits, so ``[2025]`` counts) and list markers (``1.``/``1、``/``1）`` at the start of a line,
  ``(1)``/``（2）``).
* Chinese numerals (``二十五``, ``一百零八``, ``两``, ``二〇二五``) count only when they are
  quantities: preceded by ``百分之``, or followed by a unit or measure word (``个 项 次 件 人 名
  …``, optionally after ``余``/``多``/``来``). Heading and ordinal markers are never counted
  (``一、`` ``（三）`` ``一是`` ``第一`` ``周一``), nor words in which a numeral is part of the
  vocabulary (``统一`` ``一体化`` ``之一`` ``十四五`` ``千家万户``). A lone ``一`` before a generic
  classifier (``一个`` ``一项`` ``一批`` …) is idiomatic far more often than a count.

``unsupported_numbers`` is the value-only check (evaluation uses it): a claim's number is
supported when its (value, percent) pair occurs in an evidence text read leniently (every
Chinese numeral that parses, except heading markers, and the mantissa of ``1.4万``). The
claim-level check, which also asks what a figure is said of, is ``retrieval.answer.claims``.
``unreadable_figures``
finds what looks like a figure but has no value (``三五个``, ``数十件``, ``⅓``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from retrieval.text.digits import Normalised, normalise, parse_chinese_numeral
from retrieval.text.numeral_context import (
    UNIT_PATTERN,
    heading_marker,
    is_idiom,
    is_quantity,
    unit_at,
)
from retrieval.tuning import READ_ONCE

__all__ = [
    "NumberMention",
    "evidence_keys",
    "evidence_numbers",
    "extract_numbers",
    "measure_after",
    "numbers_in",
    "parse_chinese_numeral",
    "unreadable_figures",
    "unsupported_numbers",
]

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
_APPROX = "余多来几"
_MEASURE = re.compile(f"[{_APPROX}]?(?:{UNIT_PATTERN})")
_COUNTING = set("一二两三四五六七八九十")
_CJK_NUMERALS = set("零〇一二两三四五六七八九十百千万亿")


@dataclass(frozen=True)
class NumberMention:
    """One number in a text: ``text[start:end] == raw``, ``value`` normalised.

    ``unit`` is the measure word right after it (``件``, ``人次``…), None when there is none.
    """

    raw: str
    value: Decimal
    percent: bool
    start: int
    end: int
    unit: str | None = None

    @property
    def key(self) -> tuple[Decimal, bool]:
        """What two mentions must share to state the same figure."""
        return (self.value, self.percent)


# Rankings and tables read the same sentences of thousands of reports for every question.
@lru_cache(maxsize=READ_ONCE)
def numbers_in(text: str) -> tuple[NumberMention, ...]:
    """``extract_numbers`` of ``text``, kept for the next question that reads it."""
    return tuple(extract_numbers(text))


def extract_numbers(text: str) -> list[NumberMention]:
    """Find the number mentions of ``text`` (see the module docstring for the rules).

    Args:
        text: any text (an answer sentence, an excerpt, a whole report).

    Returns:
        The mentions in order of position.
    """
    return _read(text, strict=True)


def evidence_numbers(text: str) -> list[NumberMention]:
    """The number mentions of an evidence text, read leniently.

    Adds to ``extract_numbers`` every Chinese numeral that parses, whatever follows it (heading
    and ordinal markers excepted), and the mantissa of a multiplied figure (``1.4`` of ``1.4万``).
    """
    return _read(text, strict=False)


def evidence_keys(text: str) -> set[tuple[Decimal, bool]]:
    """Every (value, percent) a text can be said to state (``evidence_numbers``' keys)."""
    return {m.key for m in evidence_numbers(text)}


@lru_cache(maxsize=READ_ONCE)
def measure_after(text: str, end: int) -> str:
    """The measure written right after a number that ends at ``end`` ("余场次" of "400余场次",
    "件次" of "61.28万件次"), or "" when none follows ("12345热线", "2025年" has 年)."""
    found = _MEASURE.match(normalise(text[end : end + 8]).text)
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


def unreadable_figures(text: str) -> list[str]:
    """What looks like a figure in ``text`` but has no value: ``三五个`` (a range), ``九九九亿``,
    ``数十件``, ``⅓``, ``Ⅲ``. Such a figure cannot be checked, so a claim holding one is not
    supported by a value.
    """
    norm = normalise(text)
    masked = _mask_markers(norm.text)
    found = [
        text[norm.at(i) : norm.at(i + 1)]
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
            found.append(text[norm.at(start) : norm.at(end)])
    found.extend(text[norm.at(m.start()) : norm.at(m.end())] for m in _VAGUE.finditer(masked))
    return found


# --- reading --------------------------------------------------------------------------------


def _read(text: str, *, strict: bool) -> list[NumberMention]:
    norm = normalise(text)
    masked = _mask_markers(norm.text)
    fractions, masked = _fractions(text, norm, masked)
    found = fractions + _arabic_mentions(text, norm, masked, mantissas=not strict)
    found += _chinese_mentions(text, norm, masked, strict=strict)
    return sorted(found, key=lambda m: m.start)


def _mask_markers(norm: str) -> str:
    # Markers become spaces: same length, so offsets stay valid, and their digits vanish.
    return _MARKERS.sub(lambda m: " " * len(m.group()), norm)


def _mention(
    text: str,
    norm: Normalised,
    span: tuple[int, int],
    value: Decimal,
    percent: bool,
    unit: str | None,
) -> NumberMention:
    start, end = norm.at(span[0]), norm.at(span[1])
    return NumberMention(text[start:end], _clean(value), percent, start, end, unit)


def _clean(value: Decimal) -> Decimal:
    # 1.4 × 10000 is Decimal("14000.0"): equal to 14000 already; this only tidies the repr.
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _value(run: str) -> Decimal | None:
    if run[0].isdigit():
        try:
            return Decimal(run.replace(",", ""))
        except ArithmeticError:
            return None
    return parse_chinese_numeral(run)


def _fractions(text: str, norm: Normalised, masked: str) -> tuple[list[NumberMention], str]:
    mentions = []
    for match in _FRACTION.finditer(masked):
        den, num = _value(match.group("den")), _value(match.group("num"))
        if den and num is not None:
            mentions.append(_mention(text, norm, match.span(), num / den, False, None))
            masked = masked[: match.start()] + " " * len(match.group()) + masked[match.end() :]
    return mentions, masked


def _tenths(norm: str, end: int, value: Decimal) -> Decimal | None:
    """The percentage of ``三成``/``八折``/``7.5折`` (a figure ending at ``end``), else None."""
    if not _TENTHS.match(norm, end):
        return None
    return value * 10 if value < 10 else value if value < 100 else None


def _arabic_mentions(
    text: str, norm: Normalised, masked: str, *, mantissas: bool
) -> list[NumberMention]:
    mentions = []
    for match in _ARABIC.finditer(masked):
        value = Decimal(match.group("int").replace(",", "") + (match.group("frac") or ""))
        start, end = match.start(), match.end()
        if match.group("mult"):
            if mantissas:
                mentions.append(_mention(text, norm, (start, end), value, False, None))
            value *= _MULTIPLIERS[match.group("mult")]
        percent = bool(match.group("pct"))
        if masked[max(0, start - 3) : start] == "百分之":
            percent, start = True, start - 3
        elif not percent and (tenths := _tenths(masked, end, value)) is not None:
            value, percent, end = tenths, True, end + 1
        unit = None if percent else unit_at(masked, end)
        mentions.append(_mention(text, norm, (start, end), value, percent, unit))
    return mentions


def _chinese_mentions(
    text: str, norm: Normalised, masked: str, *, strict: bool
) -> list[NumberMention]:
    mentions = []
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
        mentions.append(_mention(text, norm, (start, end), value, percent, unit))
    return mentions


def _is_ideograph(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
