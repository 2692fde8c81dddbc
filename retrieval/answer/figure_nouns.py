"""The nouns that touch a figure, read with jieba's parts of speech: the run ending right
before its number or starting after its measure, the verb done to it, a compound cut in
two, and a programme's quoted name; and the figures that are no count of one thing (a number
in a document's title, one kind of a breakdown).

Chinese names what a figure counts right before it ("受理法律援助案件543件") or right after its
measure ("4个行政处罚案件入选"); ``CountedThing`` and ``Kinds`` judge what these nouns count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from retrieval.answer.adjacent import LINK_WORDS, SHORT_BRACKET
from retrieval.lexicons import count_noun_end, light_verbs
from retrieval.query.expected import CLAUSE
from retrieval.query.measure import BRACKETED
from retrieval.text.dots import DOT_CHARS
from retrieval.text.lexicon import synonyms
from retrieval.text.numbers import measure_after, numbers_in
from retrieval.text.words import in_dictionary, pos_tags
from retrieval.tuning import READ_ONCE

__all__ = [
    "QUOTED",
    "breakdown",
    "carried_noun",
    "compounded",
    "count_noun_end",
    "document_titles",
    "glued_verb",
    "named_programme",
    "nounlike",
    "other_programme",
    "quotes_asked",
    "recut",
    "touching_noun",
    "word_forms",
]

# Words between a noun and the figure that counts it ("案件共9件"), and the 量 of an amount
# ("办件量为9938件").
_LINK = re.compile(rf"(?:{LINK_WORDS}|量)+$")
_SHORT_BRACKETED = re.compile(SHORT_BRACKET)
_NAME_PARTS = re.compile(rf"[{DOT_CHARS}、\s]")
QUOTED = re.compile(r"[“\"‘]([^”\"’]{2,24})[”\"’]")
# A quoted name, then at most a short noun, right before a figure.
_PROGRAMME = re.compile(rf"{QUOTED.pattern}[\u4e00-\u9fff]{{0,6}}$")
# "“送法下乡”活动": a quoted programme of activities, right before its count.
_ACTIVITY = re.compile(rf"{QUOTED.pattern}(?:系列)?(?:活动|行动|专项行动|工程)$")
# How many characters of the clause on either side of a figure are read for its noun.
_NOUN_REACH = 10


def recut(tagged: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """``tagged`` with each verb jieba guessed across a noun's last character and the verb
    after it cut apart ("执法证发了": 执法|证发|了 → 执法|证|发|了): a guessed word that its
    dictionary lacks, whose characters cut alone are a noun and a verb."""
    out: list[tuple[str, str]] = []
    for word, flag in tagged:
        if len(word) == 2 and flag == "v" and not in_dictionary(word):
            pieces = pos_tags(word, guess=False)
            if [f[:1] for _, f in pieces] == ["n", "v"]:
                out.extend(pieces)
                continue
        out.append((word, flag))
    return out


def compounded(tagged: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """``tagged`` with each one-character noun joined to the word before it ("执法" + "证",
    "文化" + "墙"): jieba cuts such nouns off the compounds they end, and the compound is the
    thing named. A 数 or 量 after a noun ("案件数") names its amount, and stays apart."""
    words: list[tuple[str, str]] = []
    for word, flag in tagged:
        suffix = len(word) == 1 and flag[:1] in ("n", "z") and word not in "数量"
        if suffix and words and len(words[-1][0]) > 1 and words[-1][1][:1] in ("n", "v", "l"):
            words[-1] = (words[-1][0] + word, "n")
        else:
            words.append((word, flag))
    return words


def glued_verb(tagged: Sequence[tuple[str, str]]) -> list[str]:
    """A verb written right before the counted noun phrase, with no 的 between ("持证执法人员"):
    it says which of them are counted, as a noun before the head does ("法律援助案件")."""
    at = len(tagged)
    while at and nounlike(tagged[at - 1][1]):
        at -= 1
    if at == len(tagged) or not at:
        return []
    return [tagged[at - 1][0]] if _glued(*tagged[at - 1]) else []


def nounlike(flag: str) -> bool:
    """A part-of-speech tag of a word that may be part of a counted noun phrase."""
    return flag.startswith("n") or flag in ("vn", "l")


def _glued(word: str, flag: str) -> bool:
    """A verb that, written onto the nouns after it, says which of them are meant."""
    return flag == "v" and len(word) > 1 and word not in light_verbs()


def named_programme(before: str, asked: str) -> bool:
    """True when the figure after ``before`` counts the sessions of a programme ``asked``
    names: its quoted name, one part of which the question says, then at most a short noun
    of what it holds ("“法治讲堂•逢九必讲”培训12期", "…”专题法治讲座36期")."""
    found = _PROGRAMME.search(before)
    return found is not None and _says_part(found.group(1), asked)


def other_programme(before: str, asked: str) -> bool:
    """True when the figure after ``before`` counts the sessions of a programme named in
    quotes that ``asked`` does not name ("“送法下乡”活动12场次" of 普法活动): one programme
    of the field, no count of the whole."""
    found = _ACTIVITY.search(before)
    return found is not None and not _says_part(found.group(1), asked)


def quotes_asked(text: str, asked: str) -> bool:
    """True when ``text`` quotes a name one part of which ``asked`` says ("逢九必讲" of
    “法治讲堂•逢九必讲”): it names the programme asked, whatever its sessions are called."""
    return any(_says_part(m.group(1), asked) for m in QUOTED.finditer(text))


def _says_part(name: str, asked: str) -> bool:
    return any(len(part) > 2 and part in asked for part in _NAME_PARTS.split(name))


def touching_noun(before: str, after: str) -> tuple[tuple[str, ...], str]:
    """The run of nouns touching a figure: the one ending right before it (and its reading
    with a bracketed ending: "法律图书室(角)" is 法律图书角 too), else the one starting right
    after its measure word; and the verb of the action done to the one before it ("审核" of
    审核案件), or ""."""
    return _noun_between(before[-_NOUN_REACH:], after[:_NOUN_REACH])


def carried_noun(earlier: str) -> tuple[tuple[str, ...], str]:
    """The noun the last figure of the clause before counts: a clause with a figure and no
    noun of its own counts it again ("受理行政复议案件11件，已办结11件")."""
    last = CLAUSE.split(earlier.rstrip("，,：:；; "))[-1]
    found = numbers_in(last)
    if not found:
        return (), ""
    end = found[-1].end
    return touching_noun(last[: found[-1].start], last[end + len(measure_after(last, end)) :])


# Tagging parts of speech is the costly part, and a ranking reads the same figures again for
# every question over the same thing.
@lru_cache(maxsize=READ_ONCE)
def _noun_between(before: str, after: str) -> tuple[tuple[str, ...], str]:
    linked = _LINK.sub("", before)
    ending = _SHORT_BRACKETED.search(linked)
    tail = _SHORT_BRACKETED.sub("", linked)
    following = "".join(_noun_run(list(pos_tags(after)))[0]) if after else ""
    if following and count_noun_end(following) and not count_noun_end(tail):
        # "标的16件民事案件": a thing counted right after the measure, where the noun before
        # the figure counts nothing, is the thing counted.
        return (following,), ""
    if tail:
        run, acted = _noun_run(list(reversed(pos_tags(tail))), glued=True)
        if run:
            noun = "".join(run[::-1])
            if ending and ending.end() == len(linked):
                other = ending.group(1)
                return (noun, noun[: -len(other)] + other), acted
            return (noun,), acted
    return ((following,) if following else ()), ""


def _noun_run(tags: list[tuple[str, str]], glued: bool = False) -> tuple[list[str], str]:
    """The nouns ``tags`` starts with, and ""; ``glued`` (read backwards from a figure): with
    the verb written onto them within a compound ("行政强制案件": cases of enforcement), as
    the question's own ``glued_verb`` is, and the verb opening the phrase ("发放宣传资料"),
    which says what was done to the thing, apart."""
    run: list[str] = []
    for at, (word, flag) in enumerate(tags):
        # A place ("叶城县行政案卷") says whose things they are, not which kind.
        if flag == "ns" and run:
            break
        if nounlike(flag):
            run.append(word)
            continue
        if glued and run and _glued(word, flag):
            if at + 1 < len(tags) and nounlike(tags[at + 1][1]):
                run.append(word)
                break
            return run, word
        break
    return run, ""


_DOCUMENT_TITLE = re.compile(r"《[^《》]*》")
# Figures in one measure a clause lists one after another to break a whole down by kind.
_BREAKDOWN = 3


def document_titles(text: str) -> list[tuple[int, int]]:
    """The spans of the document titles ``text`` names ("《…15项评估指标问题清单》"): a number
    inside one is part of a name, no count."""
    return [m.span() for m in _DOCUMENT_TITLE.finditer(text)]


@lru_cache(maxsize=READ_ONCE)
def breakdown(clause: str, measure: str) -> bool:
    """True when ``clause`` lists three figures or more in ``measure`` ("刑事案件律师辩护6件、
    认罪认罚9件、修改合同26件"): each counts one kind of the thing, none the whole of it."""
    # "1.4万户市场主体（个体工商户12914户、企业1856户）": the parts a bracket lists after a
    # whole break down that whole, which itself is no part.
    clause = BRACKETED.sub("", clause)
    if "、" not in clause or not measure:
        return False
    found = [m for m in numbers_in(clause) if measure_after(clause, m.end) == measure]
    return len(found) >= _BREAKDOWN


@lru_cache(maxsize=READ_ONCE)
def word_forms(word: str) -> tuple[str, ...]:
    """``word`` and its synonyms: the ways a report may name it."""
    return (word, *synonyms(word))
