"""What a verdict or "未提及" note says it is about. The question names its thing in the words of
asking ("培训多少次", "问题又各是多少", a request's "烦请将…放在一起"), which read wrongly once a
line states the figure; the label says the thing as a noun of its count ("培训次数"), in a few
words, so the lines of every shape of answer about several reports name it alike.
"""

from __future__ import annotations

import re

from retrieval.query.measure import HOW_MANY

__all__ = ["COUNT_WORDS", "named_thing", "thing_label"]

# The count words ending or opening an asked thing ("…多少件", "多少个村").
COUNT_WORDS = re.compile(r"(?:是|有)?多少[件个人名次项家条场]?$")
_LEADING_COUNT = re.compile(r"^(?:是|有)?(?:多少|几)[件个人名次项家条场]?")


def named_thing(thing: str) -> str:
    """The asked thing without its count words ("多少个村" → "村")."""
    return _LEADING_COUNT.sub("", COUNT_WORDS.sub("", thing)) or thing


_COUNTED = re.compile(
    r"(?:是|有)?(?:多少|几)(?:个(?=[人名]))?(?P<measure>人次|场次|件次|[件个人名次项家条场期份卷本户])$"
)
# "培训做了几次": a doing that says no more than that the thing was done.
_LIGHT_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:做|搞|弄|干|整|办)(?:了|过)?$")
# "多少人参加", "多少家参与": the measure of those counted, then what they did.
_MEASURE_THEN_DOING = re.compile(
    r"^个?(?P<measure>人次|[人名位家])(?P<doing>参加|参与|参训|出席|到场|受益|受训|听课)$"
)
_MEASURE_FIRST = re.compile(r"^(?:名|位|个|件|项|家|条|次|场|份)")
_PARTICLES = re.compile(r"(?:[了又各都是的有共]|一共|分别)+$")
# Measures whose number is no noun ("项数", "企业家数"): the counted noun takes 数 itself.
_NO_NUMBER_NOUN = frozenset("家项")
# What the sides' removal leaves of "A跟B比…" and a field's "…情况，" before its things.
_LEFT_OVER = re.compile(r"^(?:跟|和|与|同)?比(?![例重率较])|情况(?=.)")
# "执法人员培训，…培训次数": the field said again before the thing.
_TWICE = re.compile(r"([\u4e00-\u9fff]{2})\1")


def thing_label(thing: str) -> str:
    """What a verdict or "未提及" note is about: the thing with its count said as a noun
    ("培训多少次" → "培训次数", "多少人次" → "人次", "问题多少项" → "问题数"), a word the
    question said twice said once."""
    counted = _COUNTED.search(thing)
    if counted:
        measure = counted["measure"]
        noun = _LIGHT_VERB.sub("", thing[: counted.start()].rstrip("了的"))
        # A number named already stays ("卷宗数项数" names no thing), and 家 and 项 make no
        # number noun ("企业家数" reads as entrepreneurs): the noun is numbered as itself.
        if noun.endswith("数"):
            thing = noun
        elif len(measure) == 1:
            thing = noun + ("数" if measure in _NO_NUMBER_NOUN else f"{measure}数")
        else:
            thing = noun + measure
    else:
        # "抽查了多少卷", "问题又各是多少": what precedes the count, its particles left out,
        # and the noun it counts when one follows ("整改多少问题").
        asked = HOW_MANY.search(thing)
        if asked:
            after, before = thing[asked.end() :], _PARTICLES.sub("", thing[: asked.start()])
            before = _LIGHT_VERB.sub("", before)
            doing = _MEASURE_THEN_DOING.match(after)
            if doing:
                # "多少人参加": the count of those doing it, "参加人数".
                measure = "人" if doing["measure"] in "人名位" else doing["measure"]
                after, before = "", f"{before}{doing['doing']}{measure}数"
            # "聘请了多少名法律顾问": the measure before the noun counts it, no part of it.
            after = _MEASURE_FIRST.sub("", after) if len(after) > 1 else after
            # ("多少村": a one-character noun is all there is to name.)
            noun = after if len(after) > 1 or not before else ""
            thing = before + noun
    return _shortened(_TWICE.sub(r"\1", _LEFT_OVER.sub("", named_thing(thing))))


# A label longer than this carries words of the request around the thing ("烦请将…的放在一起…").
_LONGEST_LABEL = 14
_SHORTEST_LABEL = 3
_GATHERED = re.compile(r"^(?:放在一起|一起|对比|比较|分别|各自|写出|给出)+")


def _shortened(label: str) -> str:
    """``label``, or when long, the noun phrase ending it: what follows its last "的"."""
    if len(label) <= _LONGEST_LABEL:
        return label
    tail = _GATHERED.sub("", label.rsplit("的", 1)[-1])
    return tail if len(tail) >= _SHORTEST_LABEL else label
