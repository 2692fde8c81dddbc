"""The rates a question names ("持证率", "调解和解的比例", "满意度"), and whether a sentence
states one: a named rate is answered only by that rate, not by another one ("通过率")."""

from __future__ import annotations

import re

from retrieval.text.lexicon import synonyms
from retrieval.text.words import pos_tags

__all__ = ["rates_asked", "says_rate", "without_rates"]

# A named rate ("持证率") is answered only by that rate, not by another one ("通过率").
_RATE = re.compile(r"([\u4e00-\u9fff]{2})率")
_DEGREE = re.compile(r"[\u4e00-\u9fff]{2}度")
# "投资增速", "增幅": a growth, which reports state as a rate.
_GROWTH = re.compile(r"增速|增幅")
_SHARE = re.compile(r"([\u4e00-\u9fff]{2})的?(?:比例|比率|占比)")
# "办结占多少": the share of what was done is its rate (办结率); "宣传资金占多少" of a
# thing asks its amount.
_SHARE_OF = re.compile(r"([\u4e00-\u9fff]{2})占(?=了?(?:多少|几成|百分之?几))")


def rates_asked(topic: str) -> tuple[str, ...]:
    """The rates ``topic`` names: "…率", and a degree the reports also say as a rate
    ("满意度": 满意率, ``lexicons/synonyms.txt``)."""
    # "调解和解的比例": a share of a thing is its rate (和解率), as reports write it.
    named = [m + "率" for m in _SHARE.findall(topic)]
    named += [
        m[1] + "率" for m in _SHARE_OF.finditer(topic) if _done(_word_before(topic, m.end(1)))
    ]
    named += [m + "率" for m in _RATE.findall(_SHARE.sub(" ", topic))]
    for degree in [*_DEGREE.findall(topic), *_GROWTH.findall(topic)]:
        named.extend(other for other in synonyms(degree)[:1] if other.endswith("率"))
    return tuple(dict.fromkeys(named))


def _word_before(topic: str, end: int) -> str:
    """The word of ``topic`` that ends at ``end`` ("行政处罚" of "行政处罚占", not 处罚)."""
    at = 0
    for word, _ in pos_tags(topic[:end]):
        at += len(word)
        if at == end:
            return word
    return ""


def _done(word: str) -> bool:
    """True when ``word`` is a doing alone (jieba's "v": 和解, 办结), whose share is a rate."""
    tags = pos_tags(word)
    return len(tags) == 1 and tags[0][1] == "v"


def says_rate(text: str, rate: str) -> bool:
    """The rate itself, with a verb between its name and 率 ("成功化解率" says 成功率), or the
    reports' other word for it ("满意度" for 满意率, ``lexicons/synonyms.txt``)."""
    if rate in text or any(other in text for other in synonyms(rate)):
        return True
    return re.search(rf"{rate[:-1]}[\u4e00-\u9fff]{{1,2}}率", text) is not None


def without_rates(asked: str) -> str:
    """``asked`` without its clauses asking a rate ("化解了多少件、成功率多少" → "化解了多少
    件"): counts are added up or averaged, rates are not; ``asked`` when every clause asks one."""
    # (The marks between the clauses kept stay as asked: "…多少件，多少" is no list.)
    pieces = re.split(r"([、，,；;？?]+)", asked)
    clauses, marks = pieces[::2], [*pieces[1::2], ""]
    kept = [(c, m) for c, m in zip(clauses, marks, strict=True) if c and not rates_asked(c)]
    if not kept:
        return asked
    return "".join(c + m for c, m in kept).rstrip("、，,；; ")
