"""Lexicons as data files: stop words, synonyms, place-name suffixes, list aspects and report
attributes (one copy each).

Each file is plain UTF-8 text, one entry (or one group) per line, ``#`` starts a comment.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "LIGHT_HEADS",
    "Field",
    "aspect_groups",
    "count_noun_end",
    "count_nouns",
    "delivery_words",
    "english_cues",
    "everyday_terms",
    "generic_places",
    "joining_verbs",
    "kind_groups",
    "light_verbs",
    "matter_stage_of",
    "matter_stages",
    "metadata_fields",
    "place_suffixes",
    "stopwords",
    "synonym_groups",
    "whole_nouns",
]

# Nouns that only turn the word before them into a countable thing ("宣传活动" counts what
# "宣传" counts): a sentence naming the head alone names little of what is asked.
LIGHT_HEADS = frozenset({"活动", "工作"})


@cache
def _lines(name: str) -> tuple[str, ...]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    stripped = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in stripped if line)


@cache
def stopwords() -> frozenset[str]:
    """Search words that carry no topic (question words, particles, measure words)."""
    return frozenset(word for line in _lines("stopwords.txt") for word in line.split())


@cache
def everyday_terms() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """Official names with the groups of everyday cue words that describe each
    (``everyday_terms.txt``)."""
    terms = []
    for line in _lines("everyday_terms.txt"):
        name, _, cues = line.partition(":")
        groups = tuple(tuple(c.strip() for c in g.split("|") if c.strip()) for g in cues.split(";"))
        terms.append((name.strip(), tuple(g for g in groups if g)))
    return tuple(terms)


@cache
def matter_stages() -> tuple[frozenset[str], ...]:
    """The stages a matter passes through, each the words reports write it in
    (``matter_stages.txt``)."""
    return tuple(frozenset(line.split()) for line in _lines("matter_stages.txt"))


def matter_stage_of(word: str) -> frozenset[str]:
    """The words of the stage of a matter ``word`` writes (``matter_stages``), or none."""
    return next((stage for stage in matter_stages() if word in stage), frozenset())


def synonym_groups() -> tuple[tuple[str, ...], ...]:
    """Groups of words that say the same thing in questions and in reports."""
    return tuple(tuple(line.split()) for line in _lines("synonyms.txt") if ">" not in line)


def kind_groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Words that name a whole with the words of its kinds ("阵地 > 长廊 宣传栏 …"): a kind
    says the whole, the whole says no one kind, nor one kind another."""
    found = (line.partition(">") for line in _lines("synonyms.txt") if ">" in line)
    return tuple((whole.strip(), tuple(kinds.split())) for whole, _, kinds in found)


@cache
def place_suffixes() -> tuple[str, ...]:
    """Administrative-unit suffixes of place names (自治州, 县, 镇 …), longest first."""
    words = [word for line in _lines("place_suffixes.txt") for word in line.split()]
    return tuple(sorted(dict.fromkeys(words), key=len, reverse=True))


@cache
def generic_places() -> frozenset[str]:
    """Words that end in a place suffix but name no particular place (全县, 乡镇, 社区 …)."""
    return frozenset(word for line in _lines("generic_places.txt") for word in line.split())


@cache
def english_cues() -> tuple[tuple[str, str], ...]:
    """English question words → the Chinese words asking the same, longest phrase first."""
    pairs = (line.partition("|") for line in _lines("english_cues.txt"))
    cues = [(english.strip().lower(), chinese.strip()) for english, _, chinese in pairs]
    return tuple(sorted(cues, key=lambda cue: len(cue[0]), reverse=True))


@cache
def light_verbs() -> frozenset[str]:
    """Verbs that name no particular action (进行, 开展, 组织 …)."""
    return frozenset(word for line in _lines("light_verbs.txt") for word in line.split())


@cache
def delivery_words() -> frozenset[str]:
    """Words that only say how an answer is handed over (整理, 汇总, 一行, 带上 …)."""
    return frozenset(word for line in _lines("delivery_words.txt") for word in line.split())


@cache
def joining_verbs() -> frozenset[str]:
    """One-character verbs that only join a doer to the deed (进, 到, 让 …)."""
    return frozenset(word for line in _lines("joining_verbs.txt") for word in line.split())


@cache
def aspect_groups() -> dict[str, tuple[str, ...]]:
    """List aspects (problems!, plans!, work, ask …) → the words that name them."""
    groups = (line.split() for line in _lines("aspects.txt"))
    return {words[0]: tuple(words[1:]) for words in groups}


@cache
def count_nouns() -> dict[str, str]:
    """Count nouns → the measure word that counts them ("培训" → "次", "单位" → "家")."""
    groups = (line.split() for line in _lines("count_nouns.txt"))
    return {noun: words[0] for words in groups for noun in words[1:]}


def count_noun_end(noun: str) -> str | None:
    """The longest end of ``noun`` that ``count_nouns.txt`` lists ("人员" of 执法人员)."""
    nouns = count_nouns()
    return next((noun[-n:] for n in range(len(noun), 0, -1) if noun[-n:] in nouns), None)


@cache
def whole_nouns() -> dict[str, str]:
    """Measure words → the first noun of their line of ``count_nouns.txt``, the one naming every
    thing the measure counts ("件" → "案件", "人" → "人员")."""
    groups = (line.split() for line in _lines("count_nouns.txt"))
    return {words[0]: words[1] for words in groups if len(words) > 1}


@dataclass(frozen=True)
class Field:
    """A report attribute: its name, the labels reports state it under (its own, then those of
    attributes that stand in for it), the words asking it."""

    name: str
    labels: tuple[str, ...]
    cues: tuple[str, ...]
    stand_ins: tuple[str, ...] = ()


@cache
def metadata_fields() -> tuple[Field, ...]:
    """The report attributes a question may ask for (索引号, 成文日期, 落款单位 …)."""
    fields = []
    for line in _lines("metadata_fields.txt"):
        name, labels, cues = line.split("|")
        own, _, others = labels.partition(">")
        fields.append(
            Field(name.strip(), tuple(own.split()), tuple(cues.split()), tuple(others.split()))
        )
    return tuple(fields)
