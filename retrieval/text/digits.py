"""Written forms of digits → ASCII digits, keeping a map back to the original text.

Full-width (``１２３``), other scripts' decimal digits, enclosed and parenthesised numbers
(``⑨`` → ``9``, ``⑩`` → ``10``, ``⑴`` → ``(1)``), superscripts, and English number words
(``nine hundred ninety-nine`` → ``999``, ``twenty percent`` → ``20%``, read by ``text2num``) are
rewritten so that one set of patterns reads every form of a figure. The rewrite may change the
length of the text: :attr:`Normalised.origin` maps every offset back to the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

__all__ = ["CN_DIGITS", "Normalised", "normalise", "parse_chinese_numeral", "whole_number"]

# Full-width signs a figure is written with (``１，２３４．５％``); length-preserving.
_HALF_WIDTH = str.maketrans("％．，", "%.,")
# Characters that need rewriting: non-ASCII decimal digits (``\d`` matches every script's),
# full-width signs, enclosed/parenthesised/full-stop numbers, circled CJK numbers, super/subscripts.
_SPECIAL = re.compile(
    r"(?:(?![0-9])\d)|[％．，\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
    r"\u00b2\u00b3\u00b9\u2070-\u2089]"
)
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion trillion"
).split()
_NUMBER_WORD = rf"(?:{'|'.join(_NUMBER_WORDS)})"
# A number phrase: number words joined by spaces/hyphens, "and" or "point" (nine hundred and
# ninety-nine, seventy-one point four three), maybe followed by "percent".
_PHRASE = re.compile(
    rf"\b{_NUMBER_WORD}(?:(?:[ \t-]+(?:and|point)?)*[ \t-]*{_NUMBER_WORD})*"
    r"(?:[ \t]*(?:percent|per cent))?\b",
    re.IGNORECASE,
)
_HAS_NUMBER_WORD = re.compile(rf"\b{_NUMBER_WORD}\b", re.IGNORECASE)
_PERCENT_WORD = re.compile(r"(?<=\d)\s*(?:percent|per cent)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Normalised:
    """A text rewritten with plain digits.

    Attributes:
        text: the rewritten text.
        origin: ``origin[i]`` is the offset in the original text of ``text[i]``
            (``len(origin) == len(text) + 1``); None when nothing was rewritten.
    """

    text: str
    origin: list[int] | None = None

    def at(self, offset: int) -> int:
        """The original offset of ``offset`` in :attr:`text`."""
        return offset if self.origin is None else self.origin[offset]


def normalise(text: str) -> Normalised:
    """``text`` with every written form of a digit rewritten as ASCII digits.

    Args:
        text: any text.

    Returns:
        The rewritten text and the map back to ``text``.
    """
    pieces: list[tuple[int, int, str]] = []  # (start, end, replacement) in ``text``
    for match in _SPECIAL.finditer(text):
        replacement = _digit_form(match.group())
        if replacement != match.group():
            pieces.append((match.start(), match.end(), replacement))
    if _HAS_NUMBER_WORD.search(text):
        pieces.extend(_english_pieces(text))
    if not pieces:
        return Normalised(text)
    return _rewrite(text, sorted(pieces))


def _digit_form(char: str) -> str:
    if char in "％．，":
        return char.translate(_HALF_WIDTH)
    if unicodedata.category(char) == "Nd":
        return str(unicodedata.digit(char))
    form = unicodedata.normalize("NFKC", char)
    # ⑩ → "10", ⑴ → "(1)", ⒈ → "1."; anything else (⅓ → "1⁄3") is left for the caller to reject.
    return form if re.fullmatch(r"[0-9().]+", form) else char


def _english_pieces(text: str) -> list[tuple[int, int, str]]:
    pieces = []
    for match in _PHRASE.finditer(text):
        converted = _PERCENT_WORD.sub("%", _alpha2digit(match.group()))
        if converted != match.group():
            pieces.append((match.start(), match.end(), converted))
    return pieces


@lru_cache(maxsize=1024)
def _alpha2digit(run: str) -> str:
    from text_to_num import alpha2digit  # lazy: only English number words get here

    return str(alpha2digit(run, "en", threshold=0))


def _rewrite(text: str, pieces: list[tuple[int, int, str]]) -> Normalised:
    out: list[str] = []
    origin: list[int] = []
    cursor = 0
    for start, end, replacement in pieces:
        if start < cursor:
            continue  # overlapping pieces: the first one wins
        out.append(text[cursor:start])
        origin.extend(range(cursor, start))
        out.append(replacement)
        # Every character of a replacement maps to the start of what it replaces.
        origin.extend([start] * len(replacement))
        cursor = end
    out.append(text[cursor:])
    # The offset just past a replacement maps to the end of what it replaced.
    origin.extend(range(cursor, len(text) + 1))
    return Normalised("".join(out), origin)


# --- Chinese numerals -----------------------------------------------------------------------

CN_DIGITS = {
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
        value += Decimal("0." + "".join(str(CN_DIGITS[ch]) for ch in frac))
    return value


def _parse_integer(run: str) -> Decimal | None:
    if all(ch in CN_DIGITS for ch in run):
        if len(run) == 1:
            return Decimal(CN_DIGITS[run])
        if len(run) == 4 or any(ch in "〇零" for ch in run):
            return Decimal("".join(str(CN_DIGITS[ch]) for ch in run))
        return None
    total, wan, section, number, pending = 0, 0, 0, 0, False
    for ch in run:
        if ch in CN_DIGITS:
            if pending and CN_DIGITS[ch] != 0:
                return None  # 十四五: two digits with no unit between them
            number, pending = CN_DIGITS[ch], ch not in "零〇"
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


def whole_number(said: str) -> int | None:
    """The whole number ``said`` in digits or in Chinese ("3", "三", "十二"); None when it is
    neither, or zero."""
    value = int(said) if said.isdigit() else parse_chinese_numeral(said)
    return int(value) if value else None
