"""The parts of a fact question answered each in its own way: each of several things joined
("A和B各多少"), whether something is done ("建好没有"), and a part whose figure another part's
sentence states."""

from __future__ import annotations

import re

from retrieval.answer.breakdown import side_by_side
from retrieval.lexicons import count_noun_end, count_nouns, whole_nouns
from retrieval.query import things
from retrieval.query.asking_clauses import HOW_FAR
from retrieval.query.expected import NUMBER, Expected
from retrieval.query.measure import measured
from retrieval.query.units import unit_family
from retrieval.query.weights import question_weights, weighty_words
from retrieval.text.lexicon import synonyms
from retrieval.text.words import pos_tags
from retrieval.tuning import MIN_COVERAGE
from retrieval.types import Passage, Vocabulary

__all__ = [
    "asked_object",
    "asks_done",
    "asks_parts",
    "counts_any",
    "counts_named",
    "each_thing",
    "headed_by",
    "names_nothing",
    "says_part",
    "states_part",
    "tells_extent",
]

# "A和B各多少万元": each of the things joined is asked on its own.
_EACH = re.compile(r"各(?:自)?(?:是|有|为)?(?:多少|几)|分别")


# "网格 数量 网格员 人数", "网格数量、网格员人数": each thing named, then its amount.
_AMOUNT = re.compile(
    r"[^、，,\s和及]+?(?:[\s]*)(?:数量|人数|个数|次数|件数|总数|(?<=[\u4e00-\u9fff]{2})率(?=[、，,和及\s？?]|是|为|多少|分别|各|$))"
)


_POINTED_FIGURES = re.compile(r"(?:这|那|这两|那两|两|这几|几|这些|那些)?个?数(?:字|据)?")


def each_thing(part: str, lexical: Vocabulary) -> list[str]:
    """``part`` as the things it asks each of ("一案一补和补贴各多少" → two), or as it is."""
    amounts = [m.group().replace(" ", "") for m in _AMOUNT.finditer(part)]
    # ("这个数", "两个数": the figures just told, pointed at, no thing asked.)
    amounts = [a for a in amounts if not _POINTED_FIGURES.fullmatch(a)]
    if len(amounts) > 1:
        return amounts
    if not _EACH.search(part):
        return _apart_counted(part) or [part]
    asked = things.parts(measured(part), lexical)
    return asked if len(asked) > 1 else [part]


# "调解组织和调解员有多少": two things joined, then one bare count.
_JOINED = re.compile(
    r"^(?P<a>[\u4e00-\u9fff]{2,8}?)(?:和|与|及|以及|、)(?P<b>[\u4e00-\u9fff]{2,8}?)"
    r"(?:都|一共|共)?(?:有|是|为)?(?:多少|几)[？?。！!\s]*$"
)


def _apart_counted(part: str) -> list[str]:
    """The two things of "A和B有多少" asked each on its own when each is counted in a
    measure of another family (调解组织 in 家, 调解员 in 人): no one count holds both."""
    joined = _JOINED.match(part.strip())
    if joined is None:
        return []
    measures = [count_nouns().get(count_noun_end(joined[k]) or "") for k in ("a", "b")]
    families = {unit_family(m) for m in measures}
    if None in measures or len(families) < 2:
        return []
    return [f"{joined['a']}有多少", f"{joined['b']}有多少"]


_YES_NO = re.compile(r"没有?[？?。！!\s]*$|(?:了|好|完)吗[？?。！!\s]*$" + f"|{HOW_FAR}")


def asks_done(part: str) -> bool:
    """True when ``part`` asks whether something is done ("建好没有", "答复了吗")."""
    return bool(_YES_NO.search(part))


def asks_done_of_before(part: str) -> bool:
    """True when ``part`` asks whether something is done and names nothing but the doing
    ("建成了没有", "整改完了吗"): it asks of the thing the question before named."""
    tagged = [(w, f) for w, f in pos_tags(part) if f not in ("x", "ul", "y", "t", "a", "d")]
    return asks_done(part) and all(f.startswith("v") for _, f in tagged)


def states_part(part: str, text: str, lexical: Vocabulary) -> bool:
    """True when ``text`` holds the figure of the particular kind ``part`` asks: a count in
    its measure ("多少户": 957户) or its rate ("通过率几成": 通过率88.16%)."""
    expected = Expected.of(part)
    specific = expected.unit_word or expected.rates
    if specific:
        return expected.fits(text)
    if expected.number and _states_kind(part, text):
        return True
    if expected.number or expected.date:
        return False
    # "现在建好没有": whether the thing of the part before is done, which its sentence says.
    if asks_done(part):
        return True
    # "又是怎么对外公开的": what the sentence says of the words asked (those the reports use),
    # where it says most of them.
    asked = question_weights(part, lexical).items()
    weights = {w: v for w, v in asked if len(w) > 1 and lexical.knows(w)}
    said = sum(v for w, v in weights.items() if w in text)
    return bool(weights) and said >= MIN_COVERAGE * sum(weights.values())


def says_part(part: str, text: str, lexical: Vocabulary) -> bool:
    """True when ``text`` states the figure ``part`` asks (``states_part``) and says every word
    of it the reports use ("受理、办结分别几件": "累计受理…办件37116件,办结37082件")."""
    words = [w for w in weighty_words(part, lexical) if len(w) > 1 and lexical.knows(w)]
    return bool(words) and all(w in text for w in words) and states_part(part, text, lexical)


# "几个乡镇": a count of a thing named right after the question word ("13个乡镇").
_COUNTED_NOUN = re.compile(r"(?:几|多少)个?(?P<noun>[\u4e00-\u9fff]{2,4}?)(?=[、，,？?。！!]|$)")
# "减少了百分之几": a percentage, said with the change it measures ("下降28.42%").
_PERCENT = re.compile(r"(?P<verb>[升降增减涨跌])了?(?:百分之(?:多少|几)|多少个?百分点)")
# "分类别各多少": the parts of the figure, which the sentence lists side by side.
_BY_KIND = re.compile(r"按(?:类别|类型|种类|类)|各类|分类|分别是多少")


def _states_kind(part: str, text: str) -> bool:
    """True when ``text`` states the particular figure ``part`` asks of no measure word: a
    count of the noun it names ("几个乡镇": 13个乡镇), a change in per cent ("减少了百分之几":
    下降28.42%), or the parts of a figure (3415项，其中行政许可208项、…)."""
    counted = _COUNTED_NOUN.search(part)
    if counted and re.search(rf"\d+(?:余|多)?个?{re.escape(counted['noun'])}", text):
        return True
    percent = _PERCENT.search(part)
    if percent and re.search(rf"{percent['verb']}[^，,。；;\d]{{0,4}}\d+(?:\.\d+)?%", text):
        return True
    return bool(_BY_KIND.search(part)) and any(len(run) > 2 for run in side_by_side(text))


def counts_named(part: str, text: str, lexical: Vocabulary) -> bool:
    """True when ``part`` asks a count and ``text`` names every word of its thing with a figure
    right after one of them, in whatever measure ("出了多少条意见建议": "意见建议73份")."""
    expected = Expected.of(part)
    if not expected.number:
        return False
    words = [w for w in weighty_words(part, lexical) if lexical.knows(w)]
    if words and all(w in text for w in words):
        return any(re.search(rf"{re.escape(w)}[^，,。；;：:\d]{{0,4}}\d", text) for w in words)
    # "服务了多少家企业": the things counted in the measure asked ("42家重点企业"), whatever
    # doing the question says them with.
    nouns = [w for w, flag in pos_tags(part) if flag.startswith("n") and w in words]
    unit = re.escape(expected.unit_word or "")
    return bool(unit and nouns) and all(
        re.search(rf"\d(?:余|多)?{unit}[^，,。；;：:\d]{{0,4}}{re.escape(w)}", text) for w in nouns
    )


def asks_parts(part: str) -> bool:
    """True when ``part`` asks the parts of a figure ("分类别各是多少")."""
    return bool(_BY_KIND.search(part))


def counts_any(part: str, text: str) -> bool:
    """True when ``part`` asks a count of nothing it names ("数量各是多少") and ``text``
    states one."""
    expected = Expected.of(part)
    return expected.number and not expected.unit_word and expected.fits(text)


# "配没配执法记录仪", "有没有执法记录仪": whether there is the thing after the choice.
_WHETHER = re.compile(
    r"(?:(?P<verb>[\u4e00-\u9fff])没(?P=verb)|有没有|是否有?)(?P<thing>[^，,。？?！!\s]{2,12})"
)


def asked_object(part: str, lexical: Vocabulary) -> list[str]:
    """The report words of the thing a yes/no question asks whether there is ("执法记录仪"
    of "配没配执法记录仪"): a sentence that never names it cannot say yes or no."""
    found = _WHETHER.search(part)
    if found is None:
        return []
    # ("有没有次数要求": a requirement is stated by a floor, "不少于2次", not by its name.)
    words = lexical.words(found["thing"])
    return [w for w in words if len(w) > 1 and lexical.knows(w) and w not in _SET_BY_FLOOR]


_SET_BY_FLOOR = frozenset({"要求", "标准", "指标", "目标", "规定"})


# An item's heading is said this close before the sentences under it.
_HEADING_REACH = 40
_FIELD_LEAD = re.compile(r"^(?:请问)?(?:在|对|就|关于)")
_COUNT_WORDS = re.compile(r"(?:各|分别)?(?:是|有|为)?(?:多少|几)[\u4e00-\u9fff]?$")


def headed_by(part: str, passage: Passage, start: int) -> bool:
    """True when the thing ``part`` asks of ("保障群众合法权益多少") is the heading of the
    item whose sentence starts at report offset ``start`` of ``passage`` ("三是保障群众合法
    权益。扩大…"): the sentence's figures are the item's."""
    thing = _FIELD_LEAD.sub("", _COUNT_WORDS.sub("", part.strip("，,。？? ")))
    at = start - passage.start
    return len(thing) >= 4 and thing in passage.text[max(0, at - _HEADING_REACH) : at]


# "多大", "怎么样": how far or how well, which the figures of a sentence on the thing tell.
_EXTENT = re.compile(r"多(?:大|广)|怎么样|怎样|如何|咋样")


def tells_extent(part: str, text: str, lexical: Vocabulary) -> bool:
    """True when ``part`` asks how far or how well something went ("覆盖面多大") and ``text``
    names its thing and states figures."""
    if not _EXTENT.search(part) or not NUMBER.search(text):
        return False
    named = [w for w in question_weights(part, lexical) if len(w) > 1 and lexical.knows(w)]
    return any(word in text for word in named)


def says_no_word(part: str, lexical: Vocabulary) -> bool:
    """True when ``part`` says no word of two characters or more ("减了多少钱"): a lone
    character is a piece of many words, and names no thing."""
    return not any(len(word) > 1 for word in question_weights(part, lexical))


def names_nothing(part: str, lexical: Vocabulary) -> bool:
    """True when ``part`` names no thing of its own: its only nouns name every thing of
    their measure ("全年接到几个案子": 案子 are any 案件), so it counts what the part before
    names."""
    generic = set(whole_nouns().values())
    words = [w for w in question_weights(part, lexical) if len(w) > 1]
    return bool(words) and all(
        w in generic or any(other in generic for other in synonyms(w)) for w in words
    )
