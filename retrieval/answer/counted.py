"""What a figure read across reports counts: the nouns of the asked phrase, and the figures
that count something else (a number in a document's title, one kind of a breakdown).

A ranking or a table reads every report for the same thing, so each report's figure must name
what it counts: "网格员配备多少" is no count of the 人员 another sentence 配备s.
"""

from __future__ import annotations

import math
import re

from retrieval.answer.matching import Matcher
from retrieval.query.expected import asked_part
from retrieval.text.numbers import extract_numbers, measure_after
from retrieval.text.words import pos_tags

__all__ = ["GATHERING", "LIGHT_HEADS", "breakdown", "counted_nouns", "document_titles"]

# Nouns that only turn the word before them into a countable thing ("宣传活动" counts what
# "宣传" counts): a sentence naming the head alone names little of what is asked.
LIGHT_HEADS = frozenset({"活动", "工作"})
# Nouns that gather the counted members ("调解员队伍多少人" counts 调解员): no counted noun.
GATHERING = frozenset({"队伍", "规模", "总数", "数量", "人数", "情况"})
# BM25 idf of a word found in half the passages: such a noun (法治, 政府) names no particular
# thing a count could be of.
_COMMON = math.log(2)
_DOCUMENT_TITLE = re.compile(r"《[^《》]*》")
_BRACKET = re.compile(r"[（(][^（()）]*[）)]")
# Figures in one measure a clause lists one after another to break a whole down by kind.
_BREAKDOWN = 3


def counted_nouns(matcher: Matcher, asked: str) -> list[tuple[str, ...]]:
    """Each noun of the counted phrase of ``asked`` (of two or more characters; light and
    gathering heads aside) as the forms of the question's words it holds ("信息" of "政务信息"),
    words of half the passages left out: "网格" of "网格员配备多少"."""
    weights = matcher.weights
    named = [
        tuple(
            form
            for word, forms in matcher.forms
            if len(word) > 1 and weights[word] > _COMMON and word in noun
            for form in (word, *forms)
        )
        for noun, flag in pos_tags(asked_part(asked))
        if (flag.startswith("n") or flag == "vn")
        and len(noun) > 1
        and noun not in LIGHT_HEADS | GATHERING
    ]
    return [forms for forms in named if forms]


def document_titles(text: str) -> list[tuple[int, int]]:
    """The spans of the document titles ``text`` names ("《…15项评估指标问题清单》"): a number
    inside one is part of a name, no count."""
    return [m.span() for m in _DOCUMENT_TITLE.finditer(text)]


def breakdown(clause: str, measure: str) -> bool:
    """True when ``clause`` lists three figures or more in ``measure`` ("刑事案件律师辩护6件、
    认罪认罚9件、修改合同26件"): each counts one kind of the thing, none the whole of it."""
    # "1.4万户市场主体（个体工商户12914户、企业1856户）": the parts a bracket lists after a
    # whole break down that whole, which itself is no part.
    clause = _BRACKET.sub("", clause)
    if "、" not in clause or not measure:
        return False
    found = [m for m in extract_numbers(clause) if measure_after(clause, m.end) == measure]
    return len(found) >= _BREAKDOWN
