"""A place added to the reports a comparison, ranking or table set out ("把叶城也加进来，再排个
序", "那叶城县的呢，跟它们比怎么样"): the question before asked again, of those and the place."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.catalog import Catalog
from retrieval.query.laid_out import asks_table, without_laid_out
from retrieval.query.order import AGAIN, SUPPOSING
from retrieval.query.plan import Kind
from retrieval.query.routing import Route
from retrieval.query.shape import shape_of
from retrieval.query.sides import UNNAMED_SAID

__all__ = ["new_thing", "place_added", "unnamed_added", "with_places_of"]

_CLOSE = "？?。！! "
_WIDENED = ("table", "ranking", "comparison")
_HOW_MUCH = re.compile(r"多少|数量|数字|数")
_DIRECTION = re.compile(r"(?:从|由)?(?:多到少|少到多|高到低|低到高|大到小|小到大)|的?多少$")

# "把叶城也加进来，再排个序", "叶城也算上": a place added to the reports set out, its name
# aside; ranked when asked to be.
_PLACE_ADDED = re.compile(
    rf"^(?:{SUPPOSING}|那)?(?:再)?(?:把|将)?(?:号?报告|那份|这份|那个|的[^，,。？?！!]{{1,8}}?)?(?:也|都|一并|一起|同时){{0,2}}"
    r"(?:能不能|能否|可否|可以|能)?"
    # "再加一个叶城呢", "叶城也加一下": 加 with a measure word or 一下 adds a side.
    r"(?:加进来|加进去|加上|算上|算进来|放进来|放进去|补上|带上|纳入(?:进来)?|包括进来|算进去"
    r"|加(?:一个|一家|一份|个|一下))(?:吗|吧|呢)?"
    rf"(?P<again>[\s，,]*{AGAIN})?"
    # "再把叶城县加进来三家一起比呢": weighed together with the places before.
    r"(?:[\s，,]*(?:[两三四五六几](?:家|者|方)|[两三四五六几]个(?:县|地方|报告)?)?(?:一起|一块儿?|一并)?"
    # "三家按案卷数比一下谁最多": by the figure asked before.
    r"(?:按(?P<by>[^，,。？?！!]{1,8}?))?(?:比|比较|对比|排|排序|排个序)(?:一下|下|一比|比)?"
    # "…比比法律援助案件呢": weighed by another thing.
    r"(?:(?<=[比下])(?P<thing>[\u4e00-\u9fff]{2,12}?))??(?:谁最多|谁多|哪家最多|哪个最多)?(?:吗|吧|呢)?)?"
    # "…，按多少排个序": ordered as the comparison's verdict orders them.
    r"(?:[\s，,]*(?:按(?P<order>[^，,。？?！!]{1,8}?)|从多到少|从高到低)?(?:排个序|排序|排一下|排名|排出先后|排个先后))?"
    # "把普兰也加进来，谁最少": which of them is asked.
    r"(?:[\s，,]*(?P<which>(?:谁|哪家|哪个|哪里)(?:最)?[多少高低](?:些|一些)?))?"
    r"(?:[\s，,]*(?:可以吗|行吗|好吗|行不行|可不可以))?$"
    # "那跟额敏比呢": set against the sides before.
    r"|^(?:那|那么)?(?:再)?(?:跟|和|与|同)(?:比|比较|比一比|对比|相比)(?:一下|下)?(?:呢|吧)?"
    r"(?:[\s，,]*(?:谁|哪个|哪家)?最?(?:多|少|高|低)?(?:呢|吧)?)?$"
    # "那额敏县呢？三家放在一起看，哪家最多": added, all weighed together.
    r"|^(?:那)?(?:呢)?[？?，,\s]*(?:[两三四五六几](?:家|者|方|个))?(?:放在一起|放一起|一起|放进来)"
    r"(?:看|比|比较|排)(?:一下|看)?(?:[，,\s]*(?:哪家|谁|哪个)(?:最多|最少|多|少))?(?:呢|吧)?$"
    # "那叶城呢 是不是比他俩都多": set against the sides before, all together.
    r"|^(?:那)?(?:呢)?[\s，,]*(?:是不是|是否|会不会)?比(?:他俩|它俩|他们|它们|这两个|这两家|前两个|两个|两家)"
    r"(?:都)?(?:还)?(?:多|高|大|少|低|小|强)(?:吗|呢|些|一些)?$"
)

_AGAINST_THEM = re.compile(
    r"(?:跟|和|与|同)(?:它们|他们|它|他|前面|上面|之前|刚才|这|那)(?:的|说的)?(?:[两几三四]|俩)?(?:家|个|份|者)?"
    r"(?:比|相比|比较|对比)"
)


def place_added(topic: str, shape: Kind) -> tuple[str, str] | None:
    """What to ask again of the reports set out before (of ``shape``), once the places a
    follow-up names are added to them ("把叶城也加进来，再排个序" → "，从多到少排序"; "" to ask
    as before), and the other thing they are weighed by, if one is named ("…比比法律援助案件呢");
    None when ``topic`` (its places aside) adds nothing."""
    # "改成表格，叶城也放进来": laid out as a table, which every side set out reads as.
    bare = without_laid_out(topic)
    tabled = "，列成表格" if bare != topic and asks_table(topic) else ""
    found = _PLACE_ADDED.match(bare.strip(_CLOSE)) if shape in _WIDENED else None
    if found is None:
        # "那叶城县的呢，跟它们比怎么样": weighed against the sides before, as one of them.
        return ("", "") if shape in _WIDENED and _AGAINST_THEM.search(topic) else None
    # "三家按抽查案卷数排一下": ordered by a thing named, not only by how many.
    named = (_DIRECTION.sub("", b or "") for b in (found["by"], found["order"]))
    by = next((b for b in named if b and not _HOW_MUCH.fullmatch(b)), "")
    # "再排个序", "三家一起排一下": ordered as asked; "谁最少": the verdict asked so.
    if found["which"]:
        return f"，{found['which']}{tabled}", found["thing"] or by
    ordered = "，从多到少排序" if found["again"] or "排" in bare else tabled
    return ordered, found["thing"] or by


def new_thing(thing: str, asked: str) -> bool:
    """True when ``thing`` is no count of what ``asked`` already names ("按案卷数排" after
    "抽了多少卷宗案卷", "按件数排")."""
    core = _COUNT_END.sub("", thing)
    return len(core) > 1 and core not in asked


_COUNT_END = re.compile(r"(?:数量|数|量)$")


def with_places_of(again: Route, before: Route, named: Route, catalog: Catalog) -> Route:
    """``again`` over the reports ``before`` covered and those of the places ``named``."""
    again.inherited = False
    if before.regions and not named.files:
        # Places named before stay places, whom a follow-up after this one asks again.
        again.regions = list(dict.fromkeys([*before.regions, *named.regions]))
        again.files = sorted({*before.files, *named.files})
        return again
    kept = set(before.sources(catalog) or catalog.reports)
    again.regions = []
    again.files = sorted(kept | set(named.sources(catalog) or ()))
    return again


def unnamed_added(
    topic: str, asked: str, before: Route, knows: Callable[[str], bool]
) -> str | None:
    """``asked`` (the question before) asked again with the report described by what it lacks
    added to its sides ("没写县名那家也算上"); None when ``topic`` adds nothing."""
    sides = len(before.regions) + len(before.files)
    earlier: Kind = "comparison" if sides > 1 else shape_of(asked, 0, knows)
    added = place_added(UNNAMED_SAID.sub("", topic), earlier)
    return asked.rstrip(_CLOSE) + added[0] if added is not None else None
