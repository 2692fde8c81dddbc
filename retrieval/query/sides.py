"""The sides of a comparison, where a question names them other than by one region each.

A side may be named by what its report says ("跟那个建成法治文化公园的县比", "没写县名的那份
报告"), and each side may be asked its own thing ("A现有的X，是不是比…的那个县的Y多", "A办了
几期，B参加了几期").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from retrieval.index.lexical import LexicalIndex
from retrieval.query.catalog import Catalog
from retrieval.query.described import described_report, described_thing, split_description
from retrieval.query.measure import BARE_COUNT, side_asked
from retrieval.query.plan import Group
from retrieval.query.routing import Route
from retrieval.query.weights import question_weights
from retrieval.types import report_name

__all__ = [
    "UNNAMED",
    "UNNAMED_SAID",
    "Texts",
    "comparison_sides",
    "described_source",
    "own_clauses",
    "region_at",
    "unnamed_report",
]

Texts = Callable[[Sequence[str]], dict[str, str]]

# A clause asking a count of its own ("办了几期"), and where the question asked ends.
_ASKS_COUNT = re.compile(r"几|多少")
_ASKED_END = re.compile(r"[？?。！!]")
# A side's own thing: a noun phrase of two or more characters after its 的 ("的合同件数").
_REPORT_WORDS = re.compile(r"^的?(?:报告|材料)(?:中|里|当中)?(?:的)?(?:与|和|跟|同|及)?")
_THING = re.compile(r"^(?:的|[^，,。？?]{0,6}?的)?[\u4e00-\u9fff“”\d]{2,}")
# What ends a description: 的, a demonstrative, or both, then the place ("没写县名那份报告",
# "没写县名那县"); a demonstrative with its measure may stand for the place ("没写县名的那份，").
_THAT = r"(?:的(?:那个|这个|那份|这份|那家|这家|那|这)?|(?:那个|这个|那份|这份|那家|这家|那|这))"
_PLACE = r"(?:县|镇|乡|区|市|地方|地区|报告)(?![级城域委直属镇村市区])"
_AFTER_SIDE = r"[，,、。？?比和跟与同是各谁哪一相对怎多少高低的都也还在]"
# "没写县名报告", "未署名县": a description of the unnamed report runs into its place noun.
# "…的那个县（216人取得执法证）": a bracketed aside describes the same side.
_ENDS = (
    rf"(?:{_THAT}{_PLACE}|(?<=[名题])(?:县|报告)(?![级城域委直属])"
    rf"|的?(?:那个|这个|那份|这份|那家|这家)(?={_AFTER_SIDE}|[（(]))(?:[（(][^（()）]{{1,30}}[）)])?"
)
# A side of a comparison named by what its report says, after a conjunction or the comparative
# 比 ("和实现…的那个县", "跟那个建成法治文化公园的县", "比建成…的那个县") or before one
# ("实现…的那个县和…").
_SIDE_AFTER = re.compile(
    r"(?:和|跟|与|同|(?:对|相)?比|还是|还有|以及|、|\s*[Vv][Ss]\s*"
    # "A是…的那个县的几倍": the side a multiple is of.
    r"|是(?=[^，,。？?]{2,40}?的?(?:几|多少)倍))"
    r"(?:那个|这个|那份|这份)?(?P<desc>[^，,。？?：:；;]{2,40}?)"
    rf"{_ENDS}"
)
# A conjunction joining sides, not the 和 of 和解 or the 与 of 参与: a description before the
# comparative names no other side.
_AND = r"(?:和(?![解谐睦])|跟|(?<![参给赋])与)"
_SIDE_BEFORE = re.compile(
    # A space between Chinese words parts clauses as a comma does ("公证案件 未署名那份…").
    r"(?:^|(?<=[，,：:\s]))(?![、和跟与同比]|对比|相比|还是|还有|以及)(?:那个|这个|那份|这份)?"
    rf"(?P<desc>(?:(?!{_AND})[^，,。？?：:；;\s]){{2,40}}?)"
    rf"{_ENDS}(?=和|跟|与|同|比|是|[，,])"
)
# "没写县名的那份报告", "不知道是哪个县的": the stored reports whose region is unknown.
UNNAMED = re.compile(
    # "没写县", "无标题": a place noun alone is lacked only where a verb says so ("有没有县在搞"
    # asks which places do something). "说没说是哪个县" asks it, A-not-A, describing nothing.
    # ("有没有标题" asks whether it has one, A-not-A, describing nothing.)
    r"(?<![说写提标注有])[不没未无](?:有)?(?:写|注明|标明|提|署|标|带)明?(?:县名|地名|名字|名称|名|地区|县|地方|标题|题目)"
    r"|(?<!有)[不没未无](?:有)?(?:地区|县|地方|地)?(?:名称|名字|名|标题|题目)"
    r"|(?<![说写提标注点])(?:没|(?<!有)没有|未)(?:写|写明|注明|标明|标注|署|提|说|点)出?是?(?:哪一?个)?"
    r"(?:县|地区|地方|乡镇|镇|地)(?:名称|名字|名)?|不知道(?:是)?哪个(?:县|地方)|[不没未无](?:有)?(?:署名|具名)"
)
# A description of the unnamed report said before its name ("无标题的003号报告").
# "没写县名那家": and the pointer and measure word standing for it after.
UNNAMED_SAID = re.compile(
    rf"(?:{UNNAMED.pattern})的?(?:[那这]?(?:个|份|家)(?:县|报告|地方|材料)?|[那这]?(?:县|报告))?"
)

# Where in the report the rest is said ("…的报告里面说，"), or the clause's end.
_IN = r"(?:里面|里头|里|中|当中)(?:说|讲|写)?的?[，,：:]?|[，,：:]"
# What closes a description of the unnamed report ("…没写是哪个县的报告里面，"): its place noun
# and where in it the rest is said.
# "没写县名那份（提到…的）里头": an aside in brackets describing the report further.
_ASIDE = r"(?:[（(][^（()）]{1,30}[）)])?"
_UNNAMED_END = re.compile(
    # "没写县名、建了检务中心的报告": a further description joined to it.
    rf"^(?:[、和][^，,。？?]{{0,24}}?|[^，,。？?]{{0,12}}?)"
    rf"(?:{_THAT}{_PLACE}{_ASIDE}(?:{_IN})?|(?:报告|县){_ASIDE}(?:{_IN}|(?=[？?。呢吗]|$))"
    # "没写县名那份都在搞…": the measure word of a report stands for it.
    rf"|的?(?:那份|这份){_ASIDE}(?:{_IN})?"
    # "那份不带县名的，…": the pointer before it, the clause closed after 的 (and an aside).
    rf"|的{_ASIDE}(?:[，,：:]|\s+))"
    r"(?:(?:里面|里头|其中)(?:说|讲|写)?(?:的|道)?)?"
)
# "围绕X，那个没写县名的": a clause of its own before the description, its opening
# demonstrative (and 的) left out.
# "公证案件 未署名那份…": a space between Chinese words parts clauses too.
_CLAUSE_BEFORE = re.compile(
    r"^(?P<topic>.+?)(?:[，,]\s*|\s+)(?:那个|这个|那份|这份|那|这)?(?:的)?$"
)

_A_REPORT = re.compile(r"(?:还)?有(?:一)?(?:个|份|篇)(?:报告|材料)")

# "和没写县名那份出庭应诉率…", "和那个没写县名的，", "普兰 还有没县名那个": a side said to name
# no place needs no 的 or place noun after it; a clause may open with it ("…35条，那个没写县名的
# 县发了多少").
_UNNAMED_AFTER = re.compile(
    rf"(?:和|跟|与|同|、|还是|还有|以及|\s*[Vv][Ss]\s*|(?:对|相)?比|(?<=[，,。？?！!\s]))"
    rf"(?:那个|这个|那份|这份)?(?P<desc>{UNNAMED.pattern})(?:的)?(?:那份|这份|那个|这个)?"
    # "没写县名建了智慧检务中心的县": a further description, closed by its place noun.
    rf"(?:{_PLACE}|[^，,。？?！!\s]{{0,14}}?{_THAT}{_PLACE})?"
)


def _unplaced(catalog: Catalog) -> str | None:
    """The one stored report that names no place, or None when there is none or several."""
    unnamed = [source for source, info in catalog.reports.items() if not info.region]
    return unnamed[0] if len(unnamed) == 1 else None


def unnamed_report(topic: str, catalog: Catalog) -> tuple[str, str] | None:
    """The one stored report with no place when ``topic`` names it so ("没写县名的那份报告"),
    and what is asked of it: what follows the description ("" when nothing closes it; the
    description may hold a which-word, "没写是哪个县的报告"); else None."""
    said = UNNAMED.search(topic)
    source = _unplaced(catalog) if said else None
    if said is None or source is None:
        return None
    end = _UNNAMED_END.match(topic[said.end() :])
    after = topic[said.end() + end.end() :].strip("，,、 ") if end else ""
    # "围绕X，那个没写县名的报告干了啥": what is said before the description is asked too.
    # Only a clause of its own before the description is asked; words leading into the
    # description ("那份开头就是…、没写县名的") describe the report too.
    led = _CLAUSE_BEFORE.match(topic[: said.start()])
    before = led["topic"].strip("，,、 ") if led else ""
    # ("有份材料 没写县名的": a report said to be, no clause asking anything.)
    before = "" if _A_REPORT.fullmatch(before) else before
    rest = f"{before}，{after}" if before and after else after
    # "没写县名那份呢？": a particle after the description asks nothing of its own.
    return source, rest if len(after.rstrip("呢吗吧？?。！! ")) >= 2 else ""


def comparison_sides(
    topic: str,
    routed: Route,
    catalog: Catalog,
    lexical: LexicalIndex,
    texts: Texts,
    region_at: int | None = None,
) -> tuple[list[Group], str] | None:
    """The groups of a comparison whose sides are named by region or by description, and the
    topic without the described sides; None unless two sides are found.

    A description names one report when ``described_report`` finds it, or when it says the
    report names no place and exactly one stored report has no region. ``region_at``: where
    in ``topic`` the one named region stood; what follows it up to the conjunction is asked of
    that region alone when the described side is asked something else.
    """
    groups = [Group(region, catalog.sources_for(region, routed.year)) for region in routed.regions]
    rest = topic
    for pattern in (_SIDE_BEFORE, _SIDE_AFTER, _UNNAMED_AFTER):
        found = pattern.search(rest)
        if found is None:
            continue
        source = _described_side(found["desc"], catalog, lexical, texts)
        if source is None or any(source in (g.sources or ()) for g in groups):
            return None
        side = Group(report_name(catalog.reports[source]), [source])
        if pattern is _SIDE_BEFORE:
            groups = [side, *groups]
        else:
            groups = _own_things(groups, side, rest, found, region_at)
        # The comparative 比 (对比, 相比, and the choice 还是) stays: it asks which side is
        # more ("…是不是比，…多", "…高还是，…高").
        kept = ("比", "对比", "相比", "还是")
        joined = next((f"{w}，" for w in kept if found.group().startswith(w)), "，")
        before, after = rest[: found.start()], rest[found.end() :]
        if joined == "，" and (before.endswith(("，", ",")) or after.startswith(("，", ","))):
            joined = ""
        rest = before + joined + after
    return (groups, rest.strip("，, ")) if len(groups) >= 2 else None


def _own_things(
    groups: list[Group], side: Group, topic: str, found: re.Match[str], region_at: int | None
) -> list[Group]:
    """``groups`` and then ``side`` (named after a conjunction in ``topic``), each side asked
    its own thing when both say one: "A现有的X，是不是比…的那个县的Y多" asks X of A (what
    follows A's name) and Y of the described side. When one says nothing ("相比之下，A和…的
    那个县，Y谁多"), all are asked the same."""
    if len(groups) != 1 or region_at is None or region_at > found.start():
        return [*groups, side]
    before = side_asked(topic[region_at : found.start()])
    after = side_asked(topic[found.end() :])
    if not (before and after):
        return [*groups, side]
    return [replace(groups[0], topic=before), replace(side, topic=after)]


def region_at(routed: Route) -> int | None:
    """Where the one region a question names stood in its topic (mentions removed); None
    unless it names one region once."""
    places = _in_topic(routed)
    return places[0] if len(places) == 1 else None


def own_clauses(topic: str, routed: Route, groups: list[Group], asked: str = "") -> list[Group]:
    """``groups`` of two named regions, each asked its own clause when each region leads one
    that asks a count: "逢九必讲，A办了几期，B参加了几期" asks A what it 办 and B what it
    参加 of 逢九必讲, what comes before the first region; ``asked``: the question ``topic`` was
    cut from, which places the regions in it exactly."""
    places = _placed(topic, routed, asked) if asked else _in_topic(routed)
    if len(groups) != 2 or len(places) != 2:
        return groups
    first, second = places
    pieces = [topic[first:second], _ASKED_END.split(topic[second:])[0]]
    # "A2025年度报告与B2023年度报告中的X": each place's report is no thing of its own.
    pieces = [_REPORT_WORDS.sub("", piece) for piece in pieces]
    shared = topic[:first]
    if side_asked(shared):
        # The thing both are asked of is named before them ("A办了几期逢九必讲，B参加了几期"
        # names it in A's clause alone: not split).
        if not all(_ASKS_COUNT.search(p) for p in pieces):
            return groups
    elif not all(_THING.search(p) for p in pieces):
        # Nothing before them: each side names its own thing ("A审查的合同件数，跟B…审查的
        # 合同协议件数比") or none is split ("A和B的X谁多", "A的X比B多吗").
        return groups
    # "额敏县持证执法的有多少人，克镇有几个": a bare count asks the first side's thing.
    if any(BARE_COUNT.fullmatch(piece.strip("，,？?。 ")) for piece in pieces):
        return groups
    owns = [side_asked(shared + piece) for piece in pieces]
    if not all(owns):
        return groups
    return [replace(group, topic=own) for group, own in zip(groups, owns, strict=True)]


def _placed(topic: str, routed: Route, asked: str) -> list[int]:
    """Where each place stood in ``topic``, cut from ``asked``: found by the words that follow
    it, as its topic went on to lose instructions and layout cues."""
    full, offsets = routed.topic_and_places(asked)
    if full == topic:
        return offsets
    placed = []
    for at in offsets:
        # The words after the place, its pause aside ("，各自法律" of a cut "查阅，").
        after = full[at : at + _ANCHOR].lstrip("，,、；; ")
        found = topic.find(after) if after else -1
        if found < 0:
            # The place cannot be found again: no side is asked its own clause.
            return []
        placed.append(found)
    return placed


# The characters after a place that find it again in a shortened topic.
_ANCHOR = 4


def _in_topic(routed: Route) -> list[int]:
    """Where each place the question names stood in its topic (mentions removed), in order."""
    cuts = sorted([*routed.spans, *routed.year_cuts()])
    return [
        at - sum(min(end, at) - start for start, end in cuts if start < at)
        for at, _ in sorted(routed.spans)
    ]


def _described_side(
    description: str, catalog: Catalog, lexical: LexicalIndex, texts: Texts
) -> str | None:
    if UNNAMED.search(description):
        return _unplaced(catalog)
    return described_report(description, lexical, texts)


_OTHERS = re.compile(
    r"(?:别的|其他|其它|其余|另外)的?(?:几个|几家|几份)?(?:地方|县|乡镇|镇|地区|单位|报告)?"
)


def described_source(
    topic: str, catalog: Catalog, lexical: LexicalIndex, texts: Texts
) -> tuple[list[str] | None, str]:
    """The report a question names by description, and what it asks of it (or no change)."""
    parts = split_description(topic)
    unnamed = unnamed_report(topic, catalog)
    if unnamed:
        return [unnamed[0]], unnamed[1] or (parts[1] if parts else topic)
    if parts is None:
        return None, topic
    description, rest = parts
    if _OTHERS.fullmatch(description.strip("的 ")):
        # "别的地方的报告": the others, every report but none in particular.
        return None, rest
    source = described_report(description, lexical, texts)
    if source is None:
        return None, topic
    # "培训合格率为90%的那个县办了几期": a rest that names nothing of its own asks of the
    # thing the description names.
    named = any(len(word) > 1 for word in question_weights(rest, lexical))
    return [source], rest if named else f"{described_thing(description)}，{rest}"
