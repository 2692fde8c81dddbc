"""Follow-ups on an answer about every report: a table's figures added up ("剩下的加起来一共
多少"), another figure asked beside them ("再加上办结率"), or the figures of the reports just
found to mention a thing ("各自多少人")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from retrieval.query.about_answer import asks_period
from retrieval.query.across_shape import REQUIREMENTS, SUPERLATIVE
from retrieval.query.added_places import new_thing, place_added, with_places_of
from retrieval.query.catalog import Catalog
from retrieval.query.field_lists import led_field
from retrieval.query.followup import asks_item_titles, asks_those_items
from retrieval.query.laid_out import without_laid_out
from retrieval.query.measure import BARE_COUNT, measured
from retrieval.query.mentioned import mentioned_term
from retrieval.query.order import AGAIN, AMONG_YEAR, ORDERED_CLAUSE, SUPPOSING
from retrieval.query.places_asked import FIRST_PLACE, FIRST_PLACES, LAST_PLACE, NTH_PLACE, TOP_PLACE
from retrieval.query.plan import Kind
from retrieval.query.presenting import without_presenting
from retrieval.query.rates import rates_asked
from retrieval.query.routing import Route
from retrieval.query.swapped_thing import thing_swapped, with_thing
from retrieval.query.verdicts import asks_sum, names_verdict
from retrieval.query.weights import topic_words
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

Routed = tuple[str, Route, Kind]

__all__ = ["Turn", "across_again", "table_again"]

# "再加上办结率", "把办结率也加上", "再加一列办结率": another figure, a column beside the table's.
_ADDED = re.compile(
    r"^(?:那)?(?:请)?(?:再|也|顺便)?(?:加上|添上|补上|带上|列上|(?:增?加|添|补)(?:一|个)?[列栏项][：:]?)"
    r"(?P<a>[\u4e00-\u9fff\d]{2,20}?)(?:吧|呢|一起)?$"
    # "换个口径 看办结率": another figure of the same reports.
    r"|^(?:那)?(?:换个口径|换个指标|换一个)?[\s，,]*(?:看看?|换成|看一下)(?P<c>[\u4e00-\u9fff\d]{2,12}?)(?:吧|呢)?$"
    r"|^(?:那)?(?:把)?(?P<b>[\u4e00-\u9fff\d]{2,12}?)(?:也|再)(?:加上|列上|带上|加进去|列进去)(?:吧|呢)?$"
)
_CLOSE = "？?。！! "
# "只要2025年的", "只看2025年": the table again, of one year's reports.
# "仅限2025年度的报告再排一次", "2025年的再排一下": ranked again, of that year's reports.
# "如果只看2025年度的报告呢？请重新排一下", "考虑到可比性，只保留2025年度的再排一次": a
# supposition or a reason before the year, a request to order again after it.
_SUPPOSED = (
    rf"(?:{SUPPOSING}|那|那么)?"
    r"(?:(?:考虑到|出于|基于|为了)[^，,。？?！!]{1,8}[，,\s]*)?(?:那|那么)?"
    # ("…那是几年合起来的吧？只排2025年的": a doubt about the order just given, then the
    # year.)
    r"(?:[^，,。？?！!]{2,14}?(?:吧|吗)[？?。！!，,\s]+)?(?:那|那么)?"
)
_YEAR_ONLY = re.compile(
    rf"^{_SUPPOSED}(?:(?:只要|只看|只算|只列|只比|只排|仅限|就看|光看|单看|只保留|仅保留|只留|只统计)"
    r"(?:的)?(?:[那这]?[两三四五六几](?:份|个|家))?(?:报告|数|材料)?(?:的话)?(?:呢|吧)?"
    rf"(?:[？?。！!\s，,]*{AGAIN})?"
    rf"|的?(?:报告)?[\s，,]*{AGAIN}"
    # "2025年的里头呢": among that year's reports.
    rf"|{AMONG_YEAR}(?:呢|吧))"
    # "仅限2025年度报告，第一名是谁": a place of that order asked.
    rf"(?:[？?。！!\s，,]*(?P<place>(?:{FIRST_PLACE}|{NTH_PLACE}|{FIRST_PLACES}|{TOP_PLACE}|{LAST_PLACE}|最后一名|末位"
    r"|(?:哪个|哪家|哪份|谁)(?:最多|最少|最高|最低)"
    # "顺序是怎样的": the order again.
    r"|(?:顺序|排序|排名|名次)(?:会|又)?(?:是)?(?:怎样|怎么样|如何|什么样|啥样)的?)"
    r"(?:是谁|是哪个|是哪家|是哪份|是哪里|是什么)?(?:呢|吧)?))?$"
)
# "那按整改的问题数排呢", "换成按参训人次排": another thing to order the reports by.
_BY_OTHER = re.compile(
    r"^(?:那|那么)?(?:再|换成|改成|改)?按(?:照)?(?P<thing>[^，,。？?！!]{2,16}?)(?:来|的多少)?"
    r"(?:排|排序|排个序|排一下|排名|排一排)(?:一下|呢|吧|看看)*$"
)
# "的办结、调解和解情况也说一下": what is asked of the doings named before it.
_OF_DOINGS = re.compile(
    r"(?:的)?(?:情况|数据|数字)?(?:也|都)?(?:说一下|说说|讲讲|列一下|列上|呢)?[？?。！!\s]*$"
)
# "按多少排", "按数量": by the figure asked before.
_MEASURE_ONLY = re.compile(r"多少\w{0,2}")
# "那普兰县呢": a place named and nothing else asked.
# "是不是都是…", "均达到…": a figure asked of every report alike.
_ALL_OF = re.compile(r"都|均|全都|全部|全(?=为|是|达)")
_PLACE_ONLY = re.compile(r"^[\s那么的]*(?:呢|吗|啊)?[？?。！!\s]*$")
_YEARS = re.compile(r"20\d\d年度?的?")
# "还有哪份报告给了述法的数字": which reports give a figure of the thing, each one's.
_OTHERS_FIGURES = re.compile(
    r"^(?:那)?(?:还有|另外|其他|别的)(?:哪|哪些|哪几)(?:份|个|家)?(?:报告|县|地方)?(?:也)?"
    r"(?:给了|给出了?|写了|列了|有)(?P<thing>[^，,。？?！!]{0,12}?)(?:数字|数据)(?:吗|呢)?$"
)

# "这个数据有哪些县没写": the reports silent on the figures just set out, which the answer
# asked again lists.
SILENT_ONES = re.compile(
    r"^(?:那)?(?:这个|这项|该|这些|这几家|这几份|这几个|它们|其中)?(?:数据|数字|数)?(?:有)?(?:哪些|哪几|哪)"
    r"(?:个|份|家)?(?:县|报告|地方)?(?:没有?|未)(?:写|给|提|列|报)(?:出)?(?:这个|该)?(?:具体)?的?"
    # ("有哪份没写复议案件数的": the figure just set out, named again by its thing.)
    r"(?:(?P<thing>[\u4e00-\u9fff]{1,8}?)的?(?:数据|数字|数)|(?:数据|数字|数)?)的?(?:呢|啊)?[？?。！!\s]*$"
)


# "各自多少人", "分别有多少", "那人数各是多少": each report's count, of the thing just asked.
_EACH_COUNT = re.compile(
    r"^(?:那)?(?:它们|这几份|这些|这几个|这几家)?的?(?:(?P<measure>人次|场次|件次|[人件次场个])数|数量)?"
    # "分别培养了多少名": the doing said before the count counts the thing too.
    r"(?:各自|分别|各)(?:是|有|为|[\u4e00-\u9fff]{1,2}了)?(?P<count>多少[\u4e00-\u9fff]?|几[\u4e00-\u9fff])(?:呢|啊)?$"
)


# "这几家里哪家给了具体人数", "其中哪个写了数字": which of the reports found gives a figure.
# "它们分别写的件数是多少": each, then what it wrote, then the count.
_EACH_THEN_COUNT = re.compile(
    r"^(?:那)?(?:它们|这几份|这些|这几个|这几家)?(?:各自|分别|各)(?:写的|提到的|给的|说的|报的)?的?"
    r"(?:(?P<measure>人次|场次|件次|[人件次场个])数|数量)(?:是|有|为)?"
    r"(?P<count>多少[\u4e00-\u9fff]?|几[\u4e00-\u9fff])(?:呢|啊)?$"
)
_WHICH_GIVES = re.compile(
    r"^(?:那)?(?:这几家|这几个|这几份|这些|它们|他们|其中|这里面|里面|这[两三四五]家)?(?:里|中|当中)?"
    r"(?:哪|谁)(?:家|个|份|些|几家|几个|几份)?(?:报告)?(?:给了|给出了?|写了|有|提供了|列了|报了)"
    r"(?:具体|详细)?的?(?P<measure>人数|件数|次数|场次|人次|户数|数量|数字|数据)(?:吗|呢)?$"
)


_REQUIRED = re.compile(rf"{REQUIREMENTS}(?=[？?。！!\s吗呢]|$)")


def table_again(
    topic: str, previous: str, shape: Kind, vocabulary: Vocabulary, year: int | None = None
) -> str | None:
    """The question over every report ``previous`` (of ``shape``) asked again as ``topic``, a
    follow-up naming no place, changes it; None for any other follow-up.

    Args:
        topic: the follow-up, its places aside.
        previous: the question just answered.
        shape: its shape, read without its places.
        vocabulary: the reports' words.
        year: the year the follow-up names ("只要2025年的"), or None.
    """
    # ("每家一行，带上成功率": how the rows are laid out asks nothing new.)
    topic = without_laid_out(without_presenting(topic)).strip(_CLOSE + "，,")
    others = _OTHERS_FIGURES.match(topic)
    if others:
        # "还有哪份报告给了述法的数字": every report's figure of the thing, in a table.
        thing = others["thing"].strip("的 ") or topic_words(previous, vocabulary)
        return f"各报告{thing}分别多少" if thing else None
    each = _EACH_COUNT.match(topic) or _EACH_THEN_COUNT.match(topic)
    gives = _WHICH_GIVES.match(topic)
    if shape == "mentions":
        term = mentioned_term(previous, vocabulary) if each or gives else None
        if term and gives:
            # "这几家里哪家给了具体人数": each report's figure of the term, where it gives one.
            return f"{term.phrase}的{gives['measure']}，各报告分别多少"
        if not (term and each):
            return None
        # ("那人数各是多少": the measure named before 各 counts it.)
        measure = each["measure"] if each["count"] == "多少" else None
        count = each["count"] + (measure or "")
        return f"{term.phrase}各报告分别{count}"
    if shape not in ("table", "ranking"):
        return None
    # "2025年那四份加起来多少": the reports of that year only.
    of_year = f"{year}年" if year else ""
    # ("…件数，按多少排": the order the figures were put in adds nothing up.)
    counted = measured(ORDERED_CLAUSE.sub("", previous))
    if asks_sum(topic) and shape == "ranking":
        # "加起来一共多少" after "…哪个县最多": every report's figure, summed, no order.
        return f"{of_year}各报告{counted}，加起来一共多少"
    if asks_sum(topic):
        # (A table summed before is asked as it was: its sum is asked once.)
        # ("…多少件，统计下": its layout words are no part of what is summed.)
        summed = previous if asks_sum(previous) else f"各报告{counted}，加起来一共多少"
        return f"{of_year if str(year) not in summed else ''}{summed}"
    if _REQUIRED.search(topic):
        # "那以后每年培训有什么要求": what each report sets for the thing just set out.
        return f"各报告{BARE_COUNT.sub('', measured(previous))}，{topic}"
    if year and (only := _YEAR_ONLY.match(topic)):
        # "只要2025年的": the reports of that year only.
        place = f"，{only['place']}" if only["place"] else ""
        return f"{year}年{_YEARS.sub('', previous).rstrip(_CLOSE)}{place}"
    by_other = _BY_OTHER.match(topic)
    # ("按件数从多到少排": a measure alone, the figures just given ordered by it.)
    if by_other and not _MEASURE_ONLY.fullmatch(measured(by_other["thing"])):
        # "那按整改的问题数排呢": the same reports, ordered by another thing.
        # ("行政执法案卷评查，谁最多…": the field the first question led with leads it too.)
        lead = led_field(previous)
        field = lead if lead not in by_other["thing"] else ""
        return f"各报告{field}{by_other['thing']}从多到少排序"
    added = _ADDED.match(topic)
    if added:
        column = added["a"] or added["b"] or added["c"]
        kept = [c for c in re.split(r"[，,？?；;]", previous) if c and not SUPERLATIVE.search(c)]
        if shape == "ranking" and kept:
            # "再加上成功率" after "…多少件，哪家最多": both figures side by side, a table (a
            # ranking orders by one).
            return f"各报告{measured('，'.join(kept))}，{column}多少，列成表格"
        return f"{previous.rstrip(_CLOSE)}，{column}"
    return None


_PLACING = re.compile(rf"{FIRST_PLACE}|{NTH_PLACE}|{TOP_PLACE}|{LAST_PLACE}|第一|垫底|倒数")


class Turn(NamedTuple):
    """A follow-up: as asked, its topic and route, and the turn before it (its route, its
    question and its shape)."""

    question: str
    topic: str
    routed: Route
    before: Route
    previous: str
    earlier: Kind


def _field_of(asked: str) -> str:
    """The field noun a question over every report leads its thing with ("按行政复议案件数量…"
    → 行政复议), or ""."""
    nouns = [word for word, tag in pos_tags(asked) if tag.startswith("n") and len(word) > 1]
    return nouns[0] if nouns and nouns[0] not in ("报告", "各县", "各地") else ""


def _done(doings: str) -> bool:
    """True when ``doings`` ("办结、调解和解") is verbs alone, joined by marks."""
    tags = [tag for _, tag in pos_tags(doings) if tag not in ("x", "c")]
    return 2 <= len(doings) <= 20 and bool(tags) and all(tag.startswith("v") for tag in tags)


# "那…呢": a place named alone, nothing asked of it.
_BARE_PLACE = re.compile(r"^(?:那|那么)?(?:的)?(?:呢|的呢)?[？?。！!\s]*$")


def across_again(
    turn: Turn, vocabulary: Vocabulary, catalog: Catalog, routed: Callable[[str], Routed]
) -> Routed | None:
    """``turn`` asked again of the reports an answer about every report set out: with a place
    added ("把叶城也加进来"), of the places it names ("叶城跟普兰差多少" after a ranking: the
    thing ranked), or as a table asked again (``table_again``); None for any other follow-up."""
    question, topic, now, before, previous, earlier = turn
    named = bool(now.regions or now.files)
    # "额敏和叶城…各多少" is set side by side, whatever its shape without its places.
    sides = len(before.regions) + len(before.files)
    added = place_added(topic, "comparison" if sides > 1 else earlier) if named else None
    if named and added is None and sides > 1 and _BARE_PLACE.match(topic):
        # "那克孜勒陶镇呢" after "A和B比谁多": the place weighed with them, as one more side.
        added = ("", "") if names_verdict(before.topic(previous)) else None
    if added is not None:
        asked = before.topic(previous).rstrip(_CLOSE)
        if new_thing(added[1], asked):
            # "三家按抽查案卷数排一下" after two things were asked: the thing named alone.
            asked = with_thing(asked, added[1], vocabulary) or added[1]
        asked, again, kind = routed(asked + added[0])
        # ("…两个加起来多少" then "叶城的也加上": its places gone, the question reads as one
        # report's fact; with the sides before and the one added, it weighs them.)
        kind = "comparison" if kind == "fact" else kind
        return asked, with_places_of(again, before, now, catalog), kind
    doings = _OF_DOINGS.sub("", topic).strip("的那 ")
    across = named and earlier in ("ranking", "table")
    field = _field_of(before.topic(previous)) if across and _done(doings) else ""
    if field:
        # "前两名的办结、调解和解情况" after a ranking of review cases: those doings of the
        # field the ranking was of (行政复议办结, 行政复议调解和解).
        places = now.places_said(question)
        return routed(f"{places}{field}{doings}情况")
    # "额敏、普兰、003这三家里谁第一": a verdict among places, naming no thing of its own.
    own = _PLACING.sub("", SUPERLATIVE.sub("", topic_words(topic, vocabulary)))
    if across and not own and asks_period(topic):
        # "叶城那个数是一年的吗" after a ranking: that place's figure, its period said.
        thing = _ranked_thing(before.topic(previous), vocabulary)
        return routed(f"{now.places_said(question)}{thing}多少") if thing else None
    if across and not own and not (asks_those_items(topic) or asks_item_titles(topic)):
        # ("…谁家最多" then "那普兰县呢": the place's own figure, no order.)
        thing = _ranked_thing(before.topic(previous), vocabulary)
        if thing and _PLACE_ONLY.match(topic) and not (before.regions or before.files):
            places = now.places_said(question)
            return routed(f"{places}{thing}多少")
        return routed(f"{thing}，{question}") if thing else None
    every = not (named or before.regions or before.files)
    if every and earlier in ("ranking", "table") and rates_asked(topic) and _ALL_OF.search(topic):
        # "办结率是否全是100%" after a ranking of cases: the rate of the thing ranked,
        # of every report.
        thing = BARE_COUNT.sub("", _ranked_thing(before.topic(previous), vocabulary))
        return routed(f"各地{thing}{topic.lstrip('那么 ')}") if thing else None
    if every and (swapped := thing_swapped(topic, previous, earlier, vocabulary)):
        # "那法律援助案件呢": the same question of another thing.
        return routed(swapped)
    # ("额敏和003号报告…各多少" then "合计呢": the sides named, not every report.)
    sides_named = sides > 1
    tabled = (
        None
        if named or sides_named
        else table_again(topic, previous, earlier, vocabulary, now.year)
    )
    return routed(tabled) if tabled else None


def _ranked_thing(asked: str, vocabulary: Vocabulary) -> str:
    """What the ranking or table ``asked`` set out, its superlative left out ("化解矛盾纠纷件数"
    of "哪个县化解矛盾纠纷的件数最多")."""
    return SUPERLATIVE.sub("", topic_words(asked, vocabulary))
