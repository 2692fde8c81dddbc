"""The measure a count asked without one is in, read off the noun it counts ("现在有多少持证
执法人员" → 人, "评查了多少案卷" → 份, "有多少个“法律明白人”" → 人): ``count_nouns.txt``
says which measure counts a noun by its end."""

from __future__ import annotations

import re

from retrieval.lexicons import count_noun_end, count_nouns
from retrieval.text.words import pos_tags

__all__ = [
    "TIMES",
    "counted_noun_measure",
    "doing_of_object",
    "noun_after",
    "noun_measure",
    "nouns_before",
    "people_by_ge",
    "people_taking_part",
]

# "现在有多少持证执法人员": a stock asked before its noun, with no measure, is in the measure
# that counts the noun (``count_nouns.txt``): a 人次 counts attendances, never who there is.
# "评查了多少案卷": a count before the noun that ends the question is in its measure too;
# "持证执法人员有多少": so is a count after it.
# Done to people ("覆盖了多少干部职工"), the count may be of attendances (人次): no measure.
_BEFORE_NOUN = re.compile(
    r"(?:(?:现有|现在|目前|如今|当前)[^，,。？?]{0,6}?(?:多少|几)(?P<noun>[\u4e00-\u9fff]{2,10}?)"
    r"|(?<=[了过])多少(?P<done>[\u4e00-\u9fff]{2,10}?)"
    # "普兰有多少调解员": had, then counted right after the question word.
    r"|(?<=有)多少(?P<had>[\u4e00-\u9fff]{2,10}?)"
    r"|(?P<before>[\u4e00-\u9fff]{2,10}?)(?:一共|总共|共|现有|有)+多少)"
    r"(?:呢|啊|吗)?[？?。！!\s]*$"
)

# The noun right after an asked measure ("多少件案卷"), closing its clause.
_NOUN_AFTER = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?=[，,。？?！!、和及与\s]|$)")


def noun_after(topic: str, at: int) -> str | None:
    """The measure of the noun the asked measure ending at ``at`` counts, when that noun
    follows it ("多少件案卷" → 份), or None."""
    found = _NOUN_AFTER.match(topic, at)
    return _measure_of(found[1]) if found else None


def nouns_before(topic: str, at: int) -> list[str]:
    """The measures of the nouns the clause before the asked measure starting at ``at``
    names, the last first ("案卷各评查了多少件" → 次 of 评查, 份 of 案卷)."""
    opened = max(topic.rfind(mark, 0, at) for mark in "，,。？?！!；;") + 1
    measures = (_measure_of(topic[opened:end]) for end in range(at, opened + 1, -1))
    return [measure for measure in measures if measure]


def noun_measure(topic: str) -> str | None:
    """The measure of the noun a stock asked before it ends the question with ("现在有多少
    持证执法人员" → 人), or None."""
    found = _BEFORE_NOUN.search(topic)
    if found is None:
        return None
    measure = _measure_of(found["noun"] or found["done"] or found["had"] or found["before"])
    return None if found["done"] and measure == "人" else measure


# "办件量", "案件数": the amount of a noun, counted as the noun is.
_AMOUNT = re.compile(r"(?:总量|数量|总数|量|数)$")
# The noun a count asks of, right before its question word ("…案件多少").
_COUNTED_NOUN = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)(?:有|是|为|共|一共|总共)?(?:多少|几)(?=[？?。！!，,\s呢]|$)"
)


def counted_noun_measure(topic: str) -> str | None:
    """The measure that counts the noun ``topic`` asks a count of right before its question
    word, where it names no measure ("接收行政诉讼案件多少" → 件), or None."""
    found = _COUNTED_NOUN.search(topic)
    return _measure_of(found[1]) if found else None


def _measure_of(noun: str) -> str | None:
    """The measure that counts ``noun`` by its end ("执法人员" → 人; "办件量": its amount, 件),
    or None."""
    head = count_noun_end(noun) or count_noun_end(_AMOUNT.sub("", noun))
    return count_nouns()[head] if head else None


# "法律明白人一共多少个", "明白人培养了几个": people counted with 个, said, which reports
# write in 名 or 人; a verb of one or two characters may stand between ("配了多少个").
# "法制审核人员配了多少": a verb done to them, then the count alone, counts them too.
# "有多少个“法律明白人”": the noun after 个, closing the question.
_GE_THEN = re.compile(
    r"(?:多少|几)个[“\"「]?(?P<noun>[\u4e00-\u9fff]{2,8}?)[”\"」]?(?:呢|啊|吗)?[？?。！!\s]*$"
)
_BY_GE = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{2,10}?)(?:一共|总共|共|有|大概|大约|约|都)*"
    r"(?:(?:[\u4e00-\u9fff]{1,2}了)?(?:多少|几)个|[\u4e00-\u9fff]了(?:多少|几))"
    r"(?:呢|啊|吗)?[？?。！!\s]*$"
)


def people_by_ge(topic: str) -> str | None:
    """人 when the question counts people with 个 ("明白人有几个", "有多少个“法律明白人”"),
    else None."""
    after = _GE_THEN.search(topic)
    if after and _measure_of(after["noun"]) == "人":
        return "人"
    found = _BY_GE.search(topic)
    if found is None:
        return None
    # "审核人员配了": the shortest noun may leave its last character to the verb.
    longer = topic[found.start("noun") : found.end("noun") + 1]
    return "人" if "人" in (_measure_of(found["noun"]), _measure_of(longer)) else None


# "多少学生参加了", "几个干部参训": people counted by taking part, as heads or attendances.
_TOOK_PART = re.compile(
    r"(?:多少|几)(?:个|名|位)?(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:来|去)?"
    r"(?:参加|参与|参训|出席|听课|听讲|到场|受益|受教育)"
)


def people_taking_part(topic: str) -> str | None:
    """人数 (people, as heads or attendances) when the question counts people who took part
    ("那几节课多少学生参加了"), else None."""
    found = _TOOK_PART.search(topic)
    return "人数" if found and _measure_of(found["noun"]) == "人" else None


# The measures a doing is counted in by times ("评查2次", "培训3场次").
TIMES = frozenset({"次", "场次", "场", "期", "轮"})


def doing_of_object(thing: str) -> str | None:
    """``thing`` asked as the count of what its doing is done to, where it names a counted
    noun right before a doing counted in times ("执法案卷评查多少" → "执法评查案卷多少"): a
    report giving no times of the doing may count what it was done to; None else."""
    tags = pos_tags(thing)
    nouns = count_nouns()
    for at in range(1, len(tags)):
        (noun, noun_flag), (doing, doing_flag) = tags[at - 1], tags[at]
        objects = noun_flag[:1] == "n" and noun in nouns and nouns[noun] not in TIMES
        if objects and doing_flag in ("v", "vn") and nouns.get(doing) in TIMES:
            before = "".join(word for word, _ in tags[: at - 1])
            after = "".join(word for word, _ in tags[at + 1 :])
            return f"{before}{doing}{noun}{after}"
    return None
