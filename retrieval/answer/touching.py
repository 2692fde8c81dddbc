"""The noun phrases touching a figure: the one ending right before its number and the one
starting right after its measure ("出具法律意见书21份", "4个行政处罚案件入选"), which say what
it counts (``kinds.Kinds``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from retrieval.answer.adjacent import LINK, SHORT_BRACKET
from retrieval.answer.figure_nouns import count_noun_end
from retrieval.lexicons import count_nouns
from retrieval.text.words import pos_tags

__all__ = ["REACH", "WRAP", "nounish", "touching_nouns"]

# What wraps a noun.
WRAP = re.compile(r"[“”\"'《》]")
# A bracketed alternative of a noun's last characters ("图书室(角)": 图书角).
_ALTERNATIVE = re.compile(SHORT_BRACKET)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# How much of a clause around a figure is read for its noun: a noun phrase is short.
REACH = 12


def nounish(word: str, flag: str) -> bool:
    """A word that may name a thing: a noun, or a set phrase ending with one ("意见建议")."""
    if len(word) < 2:
        return False
    named = flag.startswith("n") or flag in ("vn", "s") or word in count_nouns()
    return named or (flag == "l" and count_noun_end(word) is not None)


def _run(words: Iterable[tuple[str, str]]) -> list[str]:
    """The leading noun-like words of ``words``."""
    run = []
    for word, flag in words:
        if not nounish(word, flag):
            break
        run.append(word)
    return run


def _suffixed(tagged: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """``tagged`` with a last one-character word joined to the noun before it ("便民服务" +
    "站"): jieba cuts such suffixes off the nouns they end."""
    words = list(tagged)
    suffix = len(words) > 1 and len(words[-1][0]) == 1 and words[-1][1][0] in "nvaz"
    if suffix and nounish(*words[-2]):
        words[-2:] = [(words[-2][0] + words[-1][0], "n")]
    return words


def _counted_verb(word: tuple[str, str], after: str) -> bool:
    """A verb a measure counts, no object after the figure ("留言7条。", "申请1件，"), is used
    as a noun; one before "258项县级…事项" governs the object that follows."""
    text, flag = word
    return len(text) > 1 and flag.startswith("v") and not _CJK.match(after)


def touching_nouns(before: str, after: str) -> list[str]:
    """The noun phrases touching a figure: the one ending right before its number (links and
    quotes aside) and the one starting right after its measure. A bracketed alternative is
    read both ways ("法律图书室(角)" is "法律图书室 法律图书角")."""
    tail = LINK.sub("", WRAP.sub("", before[-REACH:]))
    bracket = _ALTERNATIVE.search(tail)
    alternative = ""
    if bracket and bracket.end() == len(tail):
        tail = tail[: bracket.start()]
        alternative = tail[: -len(bracket.group(1))] + bracket.group(1)
    ahead = WRAP.sub("", after[:REACH])
    tagged = _suffixed(pos_tags(tail))
    run = "".join(reversed(_run(reversed(tagged))))
    if not run and tagged and _counted_verb(tagged[-1], after):
        run = tagged[-1][0]
    if run and alternative:
        run = f"{run} {alternative[-len(run) :]}"
    runs = [run, *_listed_before(tail, run), _ahead(pos_tags(ahead))]
    return [run for run in runs if run]


def _ahead(tagged: Sequence[tuple[str, str]]) -> str:
    """The noun phrase right after a figure's measure: its leading noun-like words, and a verb
    with the noun that a mark right after it ends the clause with ("10个特色调解工作室,":
    jieba tags 调解 a verb); read cut at ``REACH``, a text's last words may go on."""
    run = _run(tagged)
    rest = tagged[len(run) :]
    ends = len(rest) > 2 and rest[2][1] == "x"
    if run and ends and _counted_verb(rest[0], "") and nounish(*rest[1]):
        run += [rest[0][0], rest[1][0]]
    return "".join(run)


def _listed_before(tail: str, run: str) -> list[str]:
    """The nouns listed with ``run`` before it ("专题学法、法治讲座2场次"): the figure after a
    list counts its items together, each of them as much as the last."""
    listed: list[str] = []
    rest = tail[: -len(run)] if run and tail.endswith(run) else ""
    while rest.endswith("、"):
        rest = rest[:-1]
        item = "".join(reversed(_run(reversed(_suffixed(pos_tags(rest))))))
        if not item:
            break
        listed.append(item)
        rest = rest[: -len(item)]
    return listed
