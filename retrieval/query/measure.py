"""What a question over several reports measures: the thing asked of each of them.

Comparisons ("A和B谁多"), rankings ("哪个县…最多", "从多到少排序") and tables ("各地…分别是
多少") ask for the same figure in several reports. Their cue words (which place, most,
each, respectively, compared with) say how to lay the figures out, not what is counted; what
is left is asked of every report as a count question, so that the figure found in each report
obeys the binding rules of single facts (``Expected``, ``Matcher.bound``).
"""

from __future__ import annotations

import re
from functools import cache

from retrieval.lexicons import count_noun_end, count_nouns
from retrieval.query.expected import asks_target
from retrieval.query.figures_asked import FIGURES_WHERE_GIVEN
from retrieval.query.layout import ORDER_ASKED, without_layout
from retrieval.query.places_asked import (
    FIRST_PLACE,
    FIRST_PLACES,
    LAST_PLACE,
    NTH_PLACE,
    TOP_PLACE,
)
from retrieval.query.units import comparable_units, measure_pattern
from retrieval.text.words import pos_tags

__all__ = [
    "BARE_COUNT",
    "BRACKETED",
    "COUNT",
    "HOW_MANY",
    "THING_COUNTED",
    "asks_count",
    "measured",
    "measured_as",
    "side_asked",
]

# The question words of a count, wherever they stand ("多少", "几次"; not "几乎").
HOW_MANY = re.compile(r"多少|几(?!乎)")
# "热线办件多少件", "办结了多少件": the thing a clause counts, before its question word.
THING_COUNTED = re.compile(r"(?P<thing>[\u4e00-\u9fff]{2,20}?)了?(?:是|有|为|共)?(?:多少|几)")

# "…的人数" counts what precedes it too: a report may count people in 人, 名 or the
# certificates they hold (本), so the measure is left open.
# "明白人数量": 数量 after a noun ending in 人 is the amount, not 人数 then 量.
# "人数规模": how many, in a word of size.
_AMOUNT = re.compile(r"的?(?:数量|数目|总数|个数|(?<!参与|参加)人数(?![量目]))(?:规模)?(?:上)?")
# "…的件数" counts in 件; "事项数" keeps its noun, which ends in the measure ("事项多少项").
_MEASURED_AMOUNT = re.compile(
    r"(?P<noun>[案文事款办](?=[件项]数))?的?(?P<measure>件|次|场次|人次|项|条|期|回|份|家|本|户|批)数(?![字据])"
)
# A measure word left before the added 多少 ("培训场次多少") counts in it ("培训多少场次").
# "办的件最多": the measure after a verb and 的 counts what was done ("办多少件").
_TRAILING_MEASURE = re.compile(
    r"(?:的?(场次|人次)|(?<=[办收接理处结查审抽评])的(件|次|起|卷|份))(?:是|为|有)?多少$"
)
_MEASURES = r"(?:人次|场次|件数|次数|人数|个数)"
_MEASURE_OFFERED = re.compile(
    rf"(?P<a>{_MEASURES})[（(](?P<b>{_MEASURES})[）)]"
    # "参训规模（人次或人数）": a size told in either of two measures.
    rf"|(?:的?规模)?[（(](?P<a2>{_MEASURES})(?:或者?|/)(?P<b2>{_MEASURES})[）)]"
)


def _wider_measure(found: re.Match[str]) -> str:
    """Of two measures offered ("人次（人数）"), the one whose figures include the other's
    ("人数": 400余人次 counts people too); a size told in them is asked as a count in it."""
    a, b = (found["a"], found["b"]) if found["a"] else (found["a2"], found["b2"])
    wide = measure_pattern(b)
    wider = b if wide is not None and wide.search(f"1{a.removesuffix('数')}") else a
    return wider if found["a"] else "多少" + wider


def _measure_alone(topic: str) -> str:
    """``topic`` with a measure ending the clause that names the thing asked as its count,
    before the clauses are run together, where no later clause counts ("普法活动场次，谁开展
    得多"; not "…场次，各自是多少", which the count after it asks)."""
    found = _MEASURE_ALONE.search(topic)
    if found is None or COUNT.search(topic, found.end()):
        return topic
    return f"{topic[: found.start()]}多少{found[1]}{topic[found.end() :]}"


_MEASURE_ALONE = re.compile(r"(?<=[\u4e00-\u9fff])(?<!多少)的?(场次)(?=[，,。？?！!；;\s]|$)")
_MEASURE_FIRST = re.compile(r"的?(场次|人次)(?:是|为|有)多少$")
# A count asked of nothing named ("多少件", "是几"): the thing is the one asked before.
BARE_COUNT = re.compile(r"(?:是|有|为)?(?:多少|几)[\u4e00-\u9fff]?")
COUNT = re.compile(r"多少|几[个次件项名人场家所期份批支本位天条万元]|数量|数目|总数|比例")
_QUANTITY = re.compile(
    r"最(?:多|少|高|低|大|小|勤)|[更较](?:多|少|高|低|大|小)|(?:从|由|按)?(?:多|少|高|低|大|小)到|"
    r"谁(?:更)?(?:多|少|高|低|大|小)|哪(?:个|边|方)(?:数量)?(?:更)?(?:多|少|高|低|大|小)|"
    r"多于|少于|高于|低于|[多少高低]多少|[多少高低差]了?几|[多少高低差]了多少|"
    + f"{ORDER_ASKED}|{FIRST_PLACE}|{NTH_PLACE}|{FIRST_PLACES}|{TOP_PLACE}|{LAST_PLACE}|"
    # ("履职数据分别是什么": the figures a field states, no one count.)
    r"数(?!据)|量|率|倍|相等|持平|差距|差别|相差|差(?:多少|几)|"
    r"(?<![多最更较])[多少高低](?:一些|一点|点|些)?[吗么呢]?[？?。！!\s]*$"
)
_SLASH = re.compile(r"(?<=[\u4e00-\u9fff])/(?=[\u4e00-\u9fff])")
_DOINGS_OFFERED = re.compile(
    r"(受理|办理|办结|化解|调解|审查|收到|接收)/(?:受理|办理|办结|化解|调解|审查|收到|接收)"
)
_ASKED_AGAIN = re.compile(r"(多少[\u4e00-\u9fff]{0,2}?)(?:是|为|有)?多少")
# Collective nouns a report states by their members ("覆盖了多少单位": "8个镇、25个党政机关").
_COLLECTIVE = re.compile(r"(?<=多少)(?:个)?(?:单位|地方|部门|机构|主体)$")


def measured(topic: str) -> str:
    """``topic`` without its layout cues, asked as a count when it asks for a quantity.

    "哪个县办理的案件最多？" asks every report "办理的案件多少"; "对比…的数量" keeps its
    own count word.
    """
    # "“网格员”队伍规模", "关于…队伍，…的规模": a team's size is the number of its members.
    topic = _TEAM_SIZE.sub(r"\g<team>人数", topic)
    # "参训人次（人数）": a measure offered in another is asked in the one that takes both in.
    asked = _without_cues(_measure_alone(_MEASURE_OFFERED.sub(_wider_measure, topic)))
    # "每个县下面多少乡镇": the words saying where belong to the place the route took away.
    asked = _WHERE_FIRST.sub("", asked)
    # "场次是多少": counted in the measure named before the question word ("多少场次");
    # "普法宣传场次": the measure named alone, asked.
    asked = _MEASURE_FIRST.sub(lambda found: f"多少{found[1]}", asked)
    asked = _MEASURE_ALONE.sub(r"多少\1", asked)
    # "培训各有什么要求，有啥不一样": a requirement is set in figures ("不少于4次").
    side_by_side = _SET_SIDE_BY_SIDE.search(topic) and (_counted(asked) or asks_target(asked))
    quantity = _QUANTITY.search(re.sub(FIGURES_WHERE_GIVEN, "", topic)) or side_by_side
    if quantity and not COUNT.search(asked):
        # "哪个人多": the people are counted, whatever else the thing's sentences count.
        people = "人" if _PEOPLE_MORE.search(topic) else ""
        asked = _TRAILING_MEASURE.sub(
            lambda found: "多少" + (found[1] or found[2]), asked + "多少" + people
        )
    if asked.endswith(("多少人", "多少人数")):
        # "执法队伍多少人": the people of a team are its members, as reports count them.
        asked = _TEAM.sub(lambda found: "" if found["people"] is not None else "人员", asked)
    # "培训规模，按参训人次排": the size asked is told by the measure it is counted in.
    if _MEASURE_AFTER_SIZE.search(asked):
        asked = _SIZE.sub("", asked)
    return asked


_WHERE_FIRST = re.compile(
    r"^(?:下面|下辖|下属|底下|里面|辖区内?|境内)(?=(?:一共|总共|共)?[有设]?(?:多少|几))"
)
_SIZE = re.compile(r"的?规模(?!以上|以下)")
_TEAM_SIZE = re.compile(
    r"(?P<team>(?<=[\u4e00-\u9fff”」])队伍[^？?。！!]{0,20}?)的?规模(?!以上|以下)"
)
_MEASURE_AFTER_SIZE = re.compile(r"规模(?!以上|以下).*多少[\u4e00-\u9fff]")


# "执法队伍", "调解员队伍", "“法律明白人”队伍": a team, named by what its members do or are.
_TEAM = re.compile(
    r"(?<=[\u4e00-\u9fff”」])(?P<people>(?<=[员人])|(?<=[员人][”」]))?队伍(?=多少人)"
)


# "…队伍，哪个人多", "谁的人数多", "哪个地方人最多": a count of people asked in the words
# of the order.
_PEOPLE_MORE = re.compile(
    r"(?:谁|哪(?:个|边|家|方))(?:家|县|镇|乡镇?|地方|地区|单位|部门)?的?人数?(?:更|较|最)?[多少]"
)


# "X，A和B相比呢": sides set side by side on a thing counted by its number, not by its items;
# "覆盖范围有啥不一样" asks what each covers.
_SET_SIDE_BY_SIDE = re.compile(
    r"相比|对比|比较|比一[比下]|vs|VS|一样|相同"
    # "…跟B比呢", "…跟B比情况怎样": a 比 that ends the question.
    r"|比(?:起来)?(?:呢|的?情况)?(?:怎么样|怎样|如何|咋样)?(?=[？?。！!\s]*$)"
)


def _counted(asked: str) -> bool:
    """True when ``asked`` ends with a noun counted by its number (案件, 人员, 培训), not one
    whose items are read out (问题, 措施: counted in 项)."""
    return asked.endswith(tuple(noun for noun, unit in count_nouns().items() if unit != "项"))


# A time alone is no counted thing ("今年和…的那个县比").
_TIME_ONLY = re.compile(r"^(?:今年|去年|上年|全年|本年度?|当年|20\d\d年度?)$")


def side_asked(piece: str) -> str:
    """What one side of a comparison is asked, as a count ("现有法律明白人，是不是" →
    "现有法律明白人多少"); "" when ``piece`` names nothing but cues or a time."""
    asked = _without_cues(piece)
    if len(asked) < 2 or _TIME_ONLY.match(asked):
        return ""
    if COUNT.search(asked):
        return asked
    return _TRAILING_MEASURE.sub(lambda found: "多少" + (found[1] or found[2]), asked + "多少")


def _amount_asked(amount: re.Match[str]) -> str:
    """What an amount word asks: "多少", in whatever measure a report counts it; for the 人数
    of a thing counted in another measure ("参加资格考试的人数": 考试 counts in 次), the
    people who took part: "多少人"."""
    if not amount.group().removesuffix("上").removesuffix("规模").endswith("人数"):
        return "多少"
    before = amount.string[: amount.start()]
    other = [noun for noun, measure in count_nouns().items() if measure != "人"]
    return "多少人" if before.endswith(tuple(other)) else "多少人数"


# "…的情况，要写次数", "…，标上人数": a closing request to write a count in a measure.
_MEASURE_WANTED = re.compile(
    r"(?:的?(?:情况|工作|做法))?(?:汇总|整理|梳理|归纳)?(?:一?下)?[，,\s]+(?:要|请|需要|并|都)?"
    r"(?:写|标|注|带|列|附)(?:上|出|明)?(?:具体)?的?(?P<measure>人次|场次|次|人|件|场|期)数"
    r"[？?。！!\s]*$"
)


def _without_cues(topic: str) -> str:
    # One clause: the counted thing may sit in a clause before the one that asks ("…办件量，谁多").
    # "天气/灾害预警": a slash between words offers either, as 或 does.
    # "X的情况，要写次数": the measure a closing clause asks to be written is what X counts in.
    topic = _MEASURE_WANTED.sub(lambda m: f"多少{m['measure']}", topic)
    # "受理/办理的件数": two doings offered for one count, which reports say either way.
    asked = _SLASH.sub("或", _DOINGS_OFFERED.sub(r"\1", without_layout(topic)))
    # "…的数量" counts what precedes it, as "…多少" does; "…的件数" as "…多少件".
    asked = _MEASURED_AMOUNT.sub(
        lambda m: (m["noun"] + m["measure"] if m["noun"] else "") + "多少" + m["measure"],
        _AMOUNT.sub(_amount_asked, asked),
    )
    asked = _COLLECTIVE.sub("", _noun_amount().sub(_noun_counted, asked))
    asked = _DOING_AMOUNT.sub(_doing_counted, asked)
    # "参训规模": how many took part, which reports count in 人次.
    asked = _TAKING_PART.sub("参训多少人次", asked)
    # "各项经费及金额": a sum of money, named.
    asked = _MONEY_NAMED.sub("多少金额", asked)
    # "参加的人多少": the people counted, as "参加的有多少人" counts them.
    asked = _PEOPLE_ASKED.sub("的有多少人", asked)
    # "…的数量分别是多少": the amount asked again; "案卷评查，评查数量": a word said again as the
    # clauses run together.
    return _SAID_TWICE.sub(r"\1", _ASKED_AGAIN.sub(r"\1", asked))


_SAID_TWICE = re.compile(r"([\u4e00-\u9fff]{2,4})\1")


@cache
def _noun_amount() -> re.Pattern[str]:
    """ "企业数", "案件数": a count noun (``count_nouns.txt``) and 数, its number."""
    nouns = sorted(count_nouns(), key=len, reverse=True)
    return re.compile(rf"(?P<noun>{'|'.join(nouns)})数(?![量目据字额])")


_PEOPLE_ASKED = re.compile(r"的人(?:有|是)?多少(?![\u4e00-\u9fff])")
_MONEY_NAMED = re.compile(
    r"(?<!多少)(?:的|及|和)?(?:金额|数额)(?:分别|各自?)?(?:是|为|有)?(?:多少)?(?=[和及与、，,。？?！!\s]|$)"
)
_TAKING_PART = re.compile(r"的?(?:参训|参与|参加|参会)(?:的)?(?:规模|人次规模)")
# "纠纷化解数", "办结数": the matters a doing dealt with, which reports count in 件 (a
# doing counted in sessions, 培训数, is a count noun, read before).
_DOING_AMOUNT = re.compile(r"(?P<doing>[\u4e00-\u9fff]{2})数(?=[和及与、，,。？?！!\s]|$)")


def _doing_counted(found: re.Match[str]) -> str:
    """ "化解数" asked as "化解多少件" when 化解 is a verb; else as written."""
    tags = pos_tags(found["doing"])
    doing = len(tags) == 1 and tags[0][1] in ("v", "vn")
    return f"{found['doing']}多少件" if doing else found.group()


def _noun_counted(found: re.Match[str]) -> str:
    """ "企业数" asked as "企业多少家": the number of a noun, in the measure that counts it."""
    return f"{found['noun']}多少{count_nouns()[found['noun']]}"


# A bracketed alternative name ("单位（部门）"): the noun before it is the counted one.
# A bracketed aside ("（含…）", "村(社区)").
BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


def asks_count(topic: str) -> bool:
    """True when what ``topic`` asks of each report, its layout cues taken out, is a count."""
    return COUNT.search(_without_cues(topic)) is not None


def measured_as(thing: str, count: str) -> str:
    """``count`` ("多少条") without its measure word when ``thing`` is counted in a measure of
    its own ("预警信息发了多少条，应急演练呢": 演练 is counted in 次; "抽查案卷和整改问题数": 案卷
    is no count of 项)."""
    own = count_noun_end(thing)
    unit = _MEASURE_AFTER.search(count)
    apart = own and unit and not comparable_units(count_nouns()[own], unit[1])
    return count[:-1] if apart else count


_MEASURE_AFTER = re.compile(r"(?:多少|几)([\u4e00-\u9fff])$")
