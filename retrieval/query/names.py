"""Names found in a question: stored names by length (``Names``), and the place names of
jieba's dictionary (``default_gazetteer``) that tell an unknown place from a word."""

from __future__ import annotations

import importlib.util
import itertools
import os
import re
import threading
from functools import lru_cache
from pathlib import Path

from retrieval.lexicons import place_suffixes
from retrieval.text.sounds import readings, sound
from retrieval.text.words import pos_tags, word_count
from retrieval.tuning import SLIP_RARE

__all__ = [
    "GENERIC",
    "SUFFIXES",
    "UNIT",
    "Names",
    "abbreviations",
    "bare_places",
    "default_gazetteer",
    "place_before",
    "places_in",
    "region_forms",
]

# Names this long or longer are recognised when typed by their sound with a wrong character.
_HEARD_NAME = 3
_CJK = re.compile(r"[\u4e00-\u9fff]+")


SUFFIXES = place_suffixes()
# One administrative unit of a region's name ("阿克陶县", then "克孜勒陶镇").
UNIT = re.compile(r".+?(?:" + "|".join(SUFFIXES) + ")")
# Words that end like a place name but are not one.
GENERIC = re.compile(r"^(?:全|我|本|各|该|此|每|乡|县|市|区|镇|城|省|两|多|几|一|个|哪)")


class Names:
    """Names and what each names, found in a text by length, not by one pattern of every
    name: a pattern of thousands of stored names took a tenth of a second to compile (and of
    20,000 file names a second), which a one-shot `govqa ask` paid.

    Args:
        owner: each name → what it names.
    """

    def __init__(self, owner: dict[str, str]) -> None:
        self.owner = owner
        self._sizes = sorted({len(name) for name in owner}, reverse=True)
        self._sounds: dict[int, dict[str, str]] | None = None

    def by_sound(self, text: str) -> list[tuple[str, str]]:
        """The names ``text`` writes with characters of the same sound ("叶成县" for 叶城县,
        "克孜勒套镇"), as (written, name) pairs; names this long or longer only, since shorter
        ones sound like everyday words ("克镇", "可真")."""
        if self._sounds is None:
            self._sounds = {}
            for name in self.owner:
                if len(name) >= _HEARD_NAME and _CJK.fullmatch(name):
                    # ("克孜勒陶镇": 勒 read le in the name, lei alone; either is heard.)
                    for reading in readings(name):
                        self._sounds.setdefault(len(name), {}).setdefault(reading, name)
        heard: list[tuple[str, str]] = []
        said = [sound(char) if _CJK.fullmatch(char) else "" for char in text]
        for size, names in sorted(self._sounds.items(), reverse=True):
            for start in range(len(text) - size + 1):
                written = text[start : start + size]
                cjk = all(said[start : start + size])
                meant = names.get(" ".join(said[start : start + size])) if cjk else None
                taken = any(written in w or w in written for w, _ in heard)
                # "额敏现在": a last character that makes a word with the next is typed as meant.
                after = text[start + size - 1 : start + size + 1]
                taken = taken or (len(after) == 2 and word_count(after) > SLIP_RARE)
                if meant and meant != written and written not in self.owner and not taken:
                    heard.append((written, meant))
        return heard

    def find(self, text: str) -> list[tuple[tuple[int, int], str]]:
        """The names ``text`` says, with where and what each names: left to right, the
        longest at each place, none overlapping another."""
        found: list[tuple[tuple[int, int], str]] = []
        start = 0
        while start < len(text):
            for size in self._sizes:
                value = self.owner.get(text[start : start + size])
                if value is not None and start + size <= len(text):
                    found.append(((start, start + size), value))
                    start += size
                    break
            else:
                start += 1
        return found


@lru_cache(maxsize=4)
def default_gazetteer(cache: Path | None = None) -> frozenset[str]:
    """Chinese place names from jieba's dictionary that end in an administrative suffix.

    Args:
        cache: a file to keep the list in; reading jieba's 5 MB dictionary on every cold
            start would cost most of a second.
    """
    if cache is not None and cache.is_file():
        return frozenset(cache.read_text(encoding="utf-8").split())
    names = _read_gazetteer()
    if cache is not None and cache.parent.is_dir():
        # Threads and processes may write it at once: each its own temp file, then an atomic move.
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text("\n".join(sorted(names)), encoding="utf-8")
        tmp.replace(cache)
    return names


def _read_gazetteer() -> frozenset[str]:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return frozenset()
    names = set()
    with Path(spec.origin).with_name("dict.txt").open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            # jieba tags some county names as person names (伽师县 nr): the suffix decides.
            if len(parts) != 3 or not 3 <= len(parts[0]) <= 8:
                continue
            tagged = parts[2] == "ns" or parts[0].endswith(("县", "自治州"))
            if tagged and parts[0].endswith(SUFFIXES) and not GENERIC.match(parts[0]):
                names.add(parts[0])
    return frozenset(names)


# jieba's tags of proper nouns: place (ns), person (nr, nrt: transliterated), other (nz).
_PROPER = frozenset({"ns", "nr", "nrt", "nz"})


def places_in(question: str, gazetteer: frozenset[str]) -> list[str]:
    """The place names ``question`` says: those of ``gazetteer``, and a proper noun followed
    by an administrative unit ("塔什库尔干县"), longest first where one holds another."""
    found = []
    for end in range(len(question), 1, -1):
        if not question[end - 1].endswith(SUFFIXES):
            continue
        for start in range(max(0, end - 8), end - 2):
            if question[start:end] in gazetteer:
                found.append(question[start:end])
                break
    # "塔什库尔干县": a proper noun jieba knows no place of, then an administrative unit.
    tagged = pos_tags(question)
    for at, (unit, _) in enumerate(tagged):
        # "布克赛/尔/县": the tagger may cut one proper noun in pieces.
        run = list(itertools.takewhile(lambda t: t[1] in _PROPER, reversed(tagged[:at])))
        word = "".join(w for w, _ in reversed(run))
        if unit in SUFFIXES and len(word) > 1:
            name = word + unit
            if name not in found and not any(name in other for other in found):
                found.append(name)
        elif (
            # "昆玉市": the tagger's own place name, its unit in it.
            tagged[at][1] == "ns"
            and len(unit) > 2
            and unit.endswith(SUFFIXES)
            and not any(unit in other for other in found)
        ):
            found.append(unit)
    return found


# A place said without its unit ("喀什去年…", "莎车的…"): the units it may drop, and how
# common a word it may be (jieba's count; 来宾, 互助 are words before they are places).
_DROPPED = ("县", "市", "地区", "州")
_RARE_PLACE = 100
_PROPER_RARE = 1000


@lru_cache(maxsize=4)
def _bare(gazetteer: frozenset[str]) -> frozenset[str]:
    return frozenset(
        name[: -len(unit)]
        for name in gazetteer
        for unit in _DROPPED
        if name.endswith(unit) and len(name) - len(unit) >= 2
    )


def bare_places(question: str, gazetteer: frozenset[str]) -> list[str]:
    """The places of ``gazetteer`` that ``question`` names without their unit: a word of its
    own there, tagged a proper noun or rare as a word."""
    bare = _bare(gazetteer)
    found = []
    for word, flag in pos_tags(question):
        if word not in bare or word in found:
            continue
        count = word_count(word)
        if (flag in _PROPER and count < _PROPER_RARE) or count < _RARE_PLACE:
            found.append(word)
    return found


def place_before(question: str, start: int) -> str:
    """The place name (jieba's "ns", two characters or more) ending right at ``start``, or "":
    "西藏" of "西藏普兰县", where the place after it lies."""
    tagged = pos_tags(question[max(0, start - 6) : start])
    if not tagged:
        return ""
    word, flag = tagged[-1]
    return word if flag == "ns" and len(word) > 1 else ""


def abbreviations(region: str) -> list[str]:
    """A township's everyday short names: its first character and its unit ("克镇" for
    克孜勒陶镇, a unit of "阿克陶县克孜勒陶镇")."""
    return [
        unit[0] + unit[-1]
        for unit in UNIT.findall(region) or [region]
        if unit.endswith(("镇", "乡")) and len(unit) >= 4
    ]


def region_forms(region: str) -> list[str]:
    """Names a region goes by.

    阿克陶县克孜勒陶镇 → itself, 阿克陶县, 克孜勒陶镇, 阿克陶, 克孜勒陶.
    """
    units = UNIT.findall(region) or [region]
    forms = [region, *units]
    for unit in units:
        short = unit
        for suffix in SUFFIXES:
            if unit.endswith(suffix):
                short = unit[: -len(suffix)]
                break
        if len(short) >= 2:
            forms.append(short)
    return list(dict.fromkeys(forms))
