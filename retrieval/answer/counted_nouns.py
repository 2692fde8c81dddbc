"""The nouns a count question counts ("网格" of "网格员配备多少"): what a figure read across
reports must name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.answer.counted_words import counts_in
from retrieval.answer.figure_nouns import compounded, recut
from retrieval.lexicons import LIGHT_HEADS, count_noun_end, count_nouns
from retrieval.query.counted_part import asked_part
from retrieval.query.units import unit_family
from retrieval.text.numeral_context import UNIT_PATTERN
from retrieval.text.words import pos_tags
from retrieval.tuning import COMMON_IDF

if TYPE_CHECKING:
    from retrieval.answer.matching import Matcher

__all__ = ["GATHERING", "MEASURE_NOUN", "counted_head", "counted_nouns", "counts_people_at"]

# Nouns that gather the counted members ("调解员队伍多少人" counts 调解员) or name an amount
# ("执行到位的金额" is what was recovered): no counted noun.
GATHERING = frozenset({"队伍", "规模", "总数", "数量", "人数", "金额", "数额", "总额", "情况"})
# A measure used as a noun ("培训的次数", "宣讲的场次") names the count, not the counted thing.
MEASURE_NOUN = re.compile(rf"(?:{UNIT_PATTERN})数?")


def counted_nouns(matcher: Matcher, asked: str) -> list[tuple[str, ...]]:
    """Each noun of the counted phrase of ``asked`` (of two or more characters; light and
    gathering heads aside) as the forms of the question's words it holds ("信息" of "政务信息"),
    words of half the passages left out: "网格" of "网格员配备多少"."""
    weights = matcher.weights
    named = [
        _suffixed(
            noun,
            tuple(
                form
                for word, forms in matcher.forms
                if len(word) > 1 and weights[word] > COMMON_IDF and word in noun
                for form in (word, *forms)
            ),
        )
        for noun, flag in _after_relative(compounded(recut(pos_tags(asked_part(asked)))))
        if (flag.startswith("n") or flag == "vn")
        and len(noun) > 1
        and noun not in LIGHT_HEADS | GATHERING
        and not MEASURE_NOUN.fullmatch(noun)
    ]
    return [forms for forms in named if forms]


def _after_relative(tagged: Sequence[tuple[str, str]]) -> Sequence[tuple[str, str]]:
    """The words after a clause that ends on a one-character verb and 的 ("体检提的建议" →
    建议): what a report says raised them need not be said beside their figure."""
    cut = [
        i + 2
        for i in range(len(tagged) - 2)
        if len(tagged[i][0]) == 1 and tagged[i][1] == "v" and tagged[i + 1][0] == "的"
    ]
    return tagged[cut[-1] :] if cut else tagged


def _suffixed(noun: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """The forms that name ``noun``: a verb made a noun by the one-character noun it ends with
    ("执法证": 执法 + 证) is named only whole; the verb alone names every other thing done
    (行政执法监督意见书)."""
    if forms and noun not in forms and noun[:-1] in forms and len(noun) > 2:
        first = pos_tags(noun[:-1])
        if len(first) == 1 and first[0][1] == "v":
            return (noun,)
    return forms


# Measures that count people.
_PEOPLE = ("人", "人次", "名", "位")


def counted_head(
    nouns: Sequence[str], tagged: Sequence[tuple[str, str]], asked_unit: str | None
) -> str:
    """The noun a count question counts, of the nouns it names in order: the last one, or,
    after a doing named as a noun (评查), the noun the asked measure ends ("案卷" of
    "案卷评查抽了多少卷"), or the doing's object right before it that the measure counts where
    it counts no doing ("案卷评查了多少件": 案卷 in 件, 评查 in 次)."""
    doing = bool(nouns) and dict(tagged).get(nouns[-1]) == "vn" and bool(asked_unit)
    measure = asked_unit or ""
    measured = [
        noun
        for i, noun in enumerate(nouns[:-1])
        if doing
        and (
            noun.endswith(measure)
            or (i == len(nouns) - 2 and _counts(noun, measure) and not _counts(nouns[-1], measure))
        )
    ]
    return (measured or list(nouns) or [""])[-1]


def counts_people_at(asked_unit: str | None, family: str | None) -> bool:
    """True when the asked measure counts people and the thing asked is counted otherwise
    (讲座 in 场次): the people at it are counted, not it."""
    return asked_unit in _PEOPLE and family is not None and not counts_in(asked_unit, family)


def _counts(word: str, measure: str) -> bool:
    """True when ``measure`` is one of the measures ``word`` is counted in."""
    end = count_noun_end(word)
    return counts_in(measure, unit_family(count_nouns().get(end or "")))
