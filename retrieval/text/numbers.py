"""Numbers in Chinese text, normalised so that an answer's figures can be matched to evidence.

``extract_numbers`` finds the number mentions of a text and gives each a normalised
``Decimal`` value, whether it is a percentage, and the measure word after it, so that
``1.4万`` and ``14000``, ``百分之二十五``/``25%``/``25％``, ``三成``/``30%``, ``八折``/``80%``,
``１，２３４``/``1234``, ``⑨`` and ``nine`` compare equal (``retrieval.text.digits`` rewrites the
written forms of digits; ``retrieval.text.number_forms`` reads each written form of a figure).

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
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from retrieval.text.digits import Normalised, normalise, parse_chinese_numeral
from retrieval.text.number_forms import (
    Figure,
    arabic,
    chinese,
    fractions,
    mask_markers,
    valueless,
)
from retrieval.text.numeral_context import APPROX, UNIT_PATTERN
from retrieval.tuning import READ_ONCE

__all__ = [
    "NumberMention",
    "evidence_keys",
    "evidence_numbers",
    "extract_numbers",
    "measure_after",
    "numbers_in",
    "other_line",
    "parse_chinese_numeral",
    "unreadable_figures",
    "unsupported_numbers",
    "without_lines",
]

# "12345", "12348": a public service line named by its number, no figure ("12345件").
_HOTLINE = re.compile(r"(?<![\d.])1\d{4}(?![\d.%年月日万亿件人次项个名场期户家条份])")


def without_lines(text: str) -> str:
    """``text`` without the service lines it names by number ("12345热线"): no figure."""
    return _HOTLINE.sub("", text)


def other_line(text: str, asked: str) -> bool:
    """True when ``text`` names a service line by its number and none that ``asked`` names,
    while ``asked`` names one ("12348法律服务热线" for 12345热线): it is about another line."""
    named = set(_HOTLINE.findall(asked))
    said = set(_HOTLINE.findall(text))
    return bool(named) and bool(said) and not named & said


_MEASURE = re.compile(f"[{APPROX}]?(?:{UNIT_PATTERN})")


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

    @property
    def named(self) -> bool:
        """True for a name written in digits: a long number with no measure ("12345热线"), or
        one led by a zero ("003那份"), which numbers a file."""
        numbered = self.raw[:1] == "0" and self.raw[1:2].isdigit()
        long = self.raw.isdigit() and len(self.raw) >= _NAME_DIGITS
        return numbered or (self.unit is None and long)

    @property
    def dated(self) -> bool:
        """True for a part of a date ("2024年", "5月"), which counts nothing."""
        return self.unit in _DATE_UNITS


_DATE_UNITS = frozenset("年月日")
# A number this long with no measure names something ("12345热线") rather than counting.
_NAME_DIGITS = 5


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
    return [
        text[norm.at(start) : norm.at(end)] for start, end in valueless(mask_markers(norm.text))
    ]


# --- reading --------------------------------------------------------------------------------


def _read(text: str, *, strict: bool) -> list[NumberMention]:
    norm = normalise(text)
    found, masked = fractions(mask_markers(norm.text))
    found += arabic(masked, mantissas=not strict)
    found += chinese(masked, strict=strict)
    return sorted((_mention(text, norm, figure) for figure in found), key=lambda m: m.start)


def _mention(text: str, norm: Normalised, figure: Figure) -> NumberMention:
    start, end = norm.at(figure.start), norm.at(figure.end)
    return NumberMention(
        text[start:end], _clean(figure.value), figure.percent, start, end, figure.unit
    )


def _clean(value: Decimal) -> Decimal:
    # 1.4 × 10000 is Decimal("14000.0"): equal to 14000 already; this only tidies the repr.
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
