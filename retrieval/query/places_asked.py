"""How a question asks for places in an order: the first few ("前三", "top2", "哪两个"), a
place after the first ("排第二", "第三名"), the first or the last in a written request
("位居首位", "居末位")."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.catalog import Catalog
from retrieval.query.laid_out import laid_out_only
from retrieval.text.digits import whole_number
from retrieval.tuning import OTHERS_LISTED

# "别的县", "其他报告": the places other than one asked of before; and the same, as a place a
# verb follows ("还有别的县写了…"), each a lookbehind of its own width.
_OTHER = ("别的", "其他", "其它", "其余")
_PLACE_OTHER = ("县", "地方", "地区", "乡镇", "报告", "家")
# (其余的县: 的 after the last only.)
OTHER_PLACES = rf"(?:{'|'.join(_OTHER)}的?)(?:{'|'.join(_PLACE_OTHER)})"
AFTER_OTHER_PLACES = "|".join(f"(?<={o}{p})" for o in _OTHER for p in _PLACE_OTHER)

__all__ = [
    "AFTER_OTHER_PLACES",
    "FIRST_ITEMS",
    "FIRST_PLACE",
    "FIRST_PLACES",
    "LAST_PLACE",
    "NTH_PLACE",
    "OTHER_PLACES",
    "PLACES_COUNTED",
    "THRESHOLD",
    "TOP_PLACE",
    "WHICH_FEW",
    "each_other_place",
    "first_places",
    "nth_place",
]

# "三家查出来的问题", "这三个地方一共多少": places pointed at by how many of them there are.
PLACES_COUNTED = re.compile(
    r"^(?:那|那么)?(?:这|那)?(?P<n>[两二三四五六七八九])(?:家|个县|个地方|份报告|份|个)(?:的|里|中)?"
)

# "那另外几个县呢", "其他县呢": the question before, asked of the places not asked of then.
_OTHERS_TOO = re.compile(
    rf"^(?:那么?)?(?:还有|再加上|加上|再把|把)?(?:另外|剩下|{'|'.join(_OTHER)})的?(?:[这那]?几)?(?:个|家|份)?"
    rf"(?:{'|'.join(_PLACE_OTHER)})?(?:的)?"
    # "再加上另外几家", "把其他县也算上": the same, all set out together.
    r"(?:也|都)?(?:加上|算上|加进来|算进来|放进来|放一起)?"
    r"(?:呢|怎么样|咋样|情况呢|是多少|有多少|多少)?[？?。！!\s]*$"
)


# Where a question's first clause ends.
_FIRST_CLAUSE = re.compile(r"[，,？?。]\s*")


def each_other_place(
    topic: str, before: str, catalog: Catalog, asked_of: list[str], shape: Callable[[str], str]
) -> str | None:
    """ "那另外几个县呢" after a question of places (``asked_of``; ``before``, its topic): that
    question asked of every report, laid out as a table, or (a list) of each other place; None
    for any other question. ``shape``: the shape a question is read in."""
    asked = before.strip("，,。？?！! ")
    first, _, rest = _FIRST_CLAUSE.sub("，", topic.strip(), count=1).partition("，")
    if laid_out_only(rest):
        # "其他几家呢？列成表": how to lay them out asks nothing of them.
        topic, rest = first, ""
    if rest.strip("，,。？?！! ") and _OTHERS_TOO.match(first):
        # "那另外几家呢，复议案件各多少件": the thing named after, of the other places.
        topic, asked = first, rest.strip("，,。？?！! ")
    if not _OTHERS_TOO.match(topic.strip()) or not asked:
        return None
    if shape(each := f"各县{asked}") == "table":
        return each
    regions = dict.fromkeys(info.region for info in catalog.reports.values() if info.region)
    others = [region for region in regions if region not in asked_of]
    # A store of many places lists none: a table is how their figures are read.
    listed = "和".join(others) + asked
    few = 1 < len(others) <= OTHERS_LISTED
    return listed if few and shape(listed) == "list" else None


# "前三", "前2名", "top2": the first places asked.
FIRST_PLACES = r"前(?:[二两三四五六七八九十]|\d{1,2})(?:名|位)?|(?i:top)\s*\d{1,2}"
# "前三条给我", "top3": a list's first items (no place: the words of no thing asked).
FIRST_ITEMS = (
    r"(?:前[两二三四五六七八九十\d]|(?i:top)\s*\d)(?:项|个|条|点)?"
    r"(?=给|发|列|是|有|[，,。？?！!\s]|$)"
)
# "排第二", "第三名", "第二多": a place after the first, asked by its number ("第二条" is an
# item of a list, so a bare ordinal needs a word of placing or of the order).
NTH_PLACE = (
    r"(?:排名?|排在|位居|位列|名列)第?(?:[二三四五六七八九十]|\d{1,2})(?:名|位)?"
    r"|第(?:[二三四五六七八九十]|\d{1,2})(?:名|位|[多少高低大小早晚](?![到于]))"
)
# "排第一", "第一名", "谁是第一": the first place ("第一责任人" is a title, "第一条" an item).
FIRST_PLACE = (
    r"(?:排名?|排在|是|居|跟|和|与|比|同)第一(?:名|位)?|第一(?:名|位|[多少高低大小早晚](?![到于]))"
    r"|第一(?=的|差|[？?。！!，,、\s]|$)"
)
# "位居首位", "最为突出": the first place, in the words of a written request; "居末位" the last.
TOP_PLACE = r"(?:位居|居于|居|排在|排|名列|位列)(?:首位|第一位|榜首)|首位|最为突出|最突出"
LAST_PLACE = r"(?:位居|居于|居|排在|排|位列)(?:末位|末尾|最后一位)|末位"
# "哪两个地方", "哪三类": as many first places (or parts), asked by which.
WHICH_FEW = r"哪(?:[两二三四五](?:个|家|份|类|种|项)|[俩仨])"

_NTH = re.compile(NTH_PLACE)
_TOP = re.compile(f"{FIRST_PLACES}|{WHICH_FEW}")
_PLACES = re.compile(r"[二两三四五六七八九十俩仨]|\d{1,2}")
_NUMBER = re.compile(r"[二三四五六七八九十]{1,2}|\d{1,2}")


def nth_place(topic: str) -> int | None:
    """The place after the first that ``topic`` asks for ("排第二的是哪个" → 2), or None."""
    found = _NTH.search(topic)
    if found is None:
        return None
    number = _NUMBER.search(found.group())
    if number is None:
        return None
    value = whole_number(number.group())
    return value if value and value > 1 else None


def first_places(topic: str) -> tuple[str, int] | None:
    """The first places ``topic`` asks for by number, as asked and counted ("前三" → ("前三",
    3), "哪两个" → ("前两名", 2)), or None."""
    top = _TOP.search(topic)
    if top is None:
        return None
    number = _PLACES.findall(top.group())[0].replace("俩", "两").replace("仨", "三")
    count = whole_number(number) or 1
    return (top.group() if top.group().startswith("前") else f"前{number}名"), count


# "超过3次", "不少于10件", "不到5个": a bound the figures are set against.
THRESHOLD = re.compile(
    r"(?P<way>超过|超出|高于|多于|大于|不少于|不低于|达到|不到|不足|低于|少于|小于)"
    r"(?P<n>\d+(?:\.\d+)?)(?P<wan>万)?[\u4e00-\u9fff]?"
)
