"""Report routing: which stored reports a question is about (region, year), and follow-ups."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from retrieval.query.asked_beside import BREAKDOWN
from retrieval.query.catalog import Catalog
from retrieval.query.names import GENERIC, bare_places, place_before, places_in
from retrieval.query.units import COUNTING_MEASURES

__all__ = ["PLACES_ASIDE", "Route", "resolve_followup", "route"]

# A year, not the digits of a code or a date written with dashes ("K45893645/2026-00379").
_YEAR = re.compile(r"(?<![A-Za-z0-9/／\-])(20\d{2})(?![0-9\-/／])\s*(?:年度?)?")
# What sets a year aside, said right before it.
_SET_ASIDE = re.compile(r"(?:不是|不属于|并非|非|除了?|以外的?)$")
# What may stand between a region and its own year: "普兰2025年", "叶城县报告（2023）".
_OWN_YEAR_GAP = re.compile(r"的?(?:报告)?[（(]?")
# What joins two names ("A和B", "A、B", "A跟B").
_JOINER = re.compile(
    r"(?:的?(?:报告|材料))?\s*(?:和|跟|与|同|及|以及|还有|再加上|加上|、|,|，|/)\s*"
)
_REPORT_AFTER = re.compile(r"^的?(?:报告|材料)(?:中|里|当中)?的?")
# What a region's name adds to the county named for it: a township ("(县)克孜勒陶镇").
_TOWN_OF = re.compile(r"(?:县|市|区|旗)?[\u4e00-\u9fff]{1,10}(?:镇|乡|街道)")
# "…，不含叶城": how a turn's places set aside are said after its question (``Planner``).
PLACES_ASIDE = "，不含"
# "普兰那份报告里，": where it is read ("分" a slip for 份, of the same sound).
_READ_IN = re.compile(r"^(?:那|这)?(?:份|分|个)?报告(?:里|中|里面|当中)[，,\s]+(?=\S)")
# "额敏呢？那边现在多少人持证": a sentence naming only the place, then the question of it.
_ONLY_PLACE = re.compile(
    r"^(?:那么?|还有)?的?(?:(?:那|这)(?:边|里|儿))?的?(?:情况)?呢[？?。！!，,\s]+(?=\S)"
)
# "两份", "这俩县", "两地的": how many places were just named, right after their names.
_SIDES_COUNTED = re.compile(
    r"^(?:这|那)?(?:两|俩|二|三|几)(?:份|家|地|县|镇|个(?=县|镇|地方|地区|报告))"
    r"(?:县|镇|地方|地区)?(?:报告)?(?:的|里|中)?"
)
# "那个镇", "这镇": a township pointed at, not named ("…的那个镇" describes one).
_THAT_TOWN = re.compile(r"(?<![的之])(?:那|这|该)(?:一?个)?(?:乡镇|镇|乡)(?!长)")
# "额敏县全县…": the whole of the place named, said again.
_APPOSITION = re.compile(
    r"(?:(?:这|那)?一?个(?:镇|乡|县|市|区|地方)|全(?:县|镇|乡|市|区))(?![长级委政])"
)
# "北边那个", "南部的": words between where a place lies and its name ("新疆西部那个叶城县").
_POINTING = re.compile(r"(?:[东南西北](?:边|部|面|头)|那边|这边)?的?(?:那个|这个|那|这)?$")
# A follow-up like "那普兰县呢？" holds nothing but a region, a year and these fillers.
# "克镇也搞了吗": the same doing, asked of the place named.
_ALSO_DOING = r"也(?:在)?(?:搞|做|干|抓|办|弄|开展|推行|推进|实行|建立|建|有)(?:了|过)?"
_FILLER = re.compile(
    # "额敏那份材料里呢": the report of the place named, pointed at.
    r"(?:(?:那|这)?一?[份个篇])?(?:报告|材料)(?:里面?|里头|中|上)?|"
    r"还有|另外|(?:那|这)(?:边|里|儿)|[那么呢吗又还的情况怎样如何这个方面请问呀啊吧和与及、？?，,。！!\s]|"
    r"怎么样|同样|也是|相比|对比|"
    # "那2023年以来呢": the year's reach, said with the year it follows.
    r"(?<=^那)以来|^以来|"
    # "好的谢谢！那额敏呢": thanks before the follow-up ask nothing of their own.
    r"好的|好嘞|谢谢|谢了|多谢|感谢|收到|明白了?|"
    # "换成叶城县呢", "换成普兰看看": the same question, of another place.
    r"(?:那)?(?:换成|改成|换作|换)|(?:再)?(?:看看|看一下|看下|瞧瞧|说说|说一下|说下|讲讲|讲一下)|"
    # "有没有这方面的数据": the same thing asked of the place named.
    r"有(?:没有)?(?:(?:这|那)(?:方面|块|个)|类似|同样|相同|一样)的?(?:数字|数据|数|情况)?(?:吗|么|没有?)?|"
    # "叶城的细分下": the same thing of the place named, broken down (``asks_companions``).
    rf"(?:{BREAKDOWN}|具体分类)(?:一下|下)?(?:数字|数据|情况)?|"
    # "那叶城本身的数据呢": the place's own figure of the same thing.
    r"(?:自己|本身|自身)的?(?:数字|数据|数)?|"
    rf"{_ALSO_DOING}|"
    # "那普兰定的呢": what its report sets of the same thing.
    r"(?:定|规定|要求|安排|写|说)的(?=呢|$)|"
    # "叶城写的几次": the count its report states of the same thing.
    r"(?:写|说|讲)的?(?:是)?(?:几|多少)[次件个人名项场条份家户]?"
)


@dataclass
class Route:
    """The outcome of routing one question."""

    regions: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    # Every place the question names, stored or not, in the question's order.
    named: list[str] = field(default_factory=list)
    unknown_regions: list[str] = field(default_factory=list)
    year: int | None = None
    year_span: tuple[int, int] | None = None
    # The previous question's topic, when a follow-up inherits its region.
    context: str = ""
    # True when ``regions`` were carried over from the previous question, not named.
    inherited: bool = False
    # Reports the question names by file name (as answers name a report without a title).
    files: list[str] = field(default_factory=list)
    # Where the question first names each region and file.
    where: dict[str, int] = field(default_factory=dict)
    # Regions named by the county they lie in ("阿克陶县" for 阿克陶县克孜勒陶镇): the report
    # is of a part of the place asked about.
    broader: dict[str, str] = field(default_factory=dict)
    # "普兰2025年、叶城2023年各…": a year said right after a region is its own.
    years: dict[str, int] = field(default_factory=dict)
    # The other years' mentions, cut from the topic as the first one is.
    year_spans: list[tuple[int, int]] = field(default_factory=list)

    def sources(self, catalog: Catalog) -> list[str] | None:
        """Reports to search, or None for all of them."""
        if self.files and not self.regions:
            return sorted(self.files)
        if not self.regions and self.year is None:
            return None
        if not self.regions:
            return catalog.sources_for(year=self.year)
        found: set[str] = set(self.files)
        for region in self.regions:
            found.update(catalog.sources_for(region, self.years.get(region, self.year)))
        return sorted(found)

    def places_said(self, question: str) -> str:
        """The places ``question`` (routed as this) names, as it wrote them, joined by 和."""
        return "和".join(question[start:end] for start, end in sorted(self.spans))

    def year_cuts(self) -> list[tuple[int, int]]:
        """The spans of the question's year mentions."""
        return [*([self.year_span] if self.year_span else []), *self.year_spans]

    def topic(self, question: str) -> str:
        """The question with region and year mentions removed: what is asked about."""
        return self._cut(question)[0]

    def topic_and_places(self, question: str) -> tuple[str, list[int]]:
        """The topic (``topic``) and where each place the question names (``spans``, in
        order) stood in it."""
        return self._cut(question)

    def _cut(self, question: str) -> tuple[str, list[int]]:
        cuts = sorted([*self.spans, *(_in_brackets(question, c) for c in self.year_cuts())])
        places = set(self.spans)
        out: list[str] = []
        offsets: list[int] = []
        cursor = 0
        for start, end in cuts:
            between = question[cursor:start]
            if (start, end) in places:
                # "…，不含叶城" (a turn's places set aside, kept with it): gone with the place.
                between = between.removesuffix(PLACES_ASIDE)
            # "额敏和叶城的…", "额敏县报告与叶城县报告…": the words joining two names go with them.
            out.append("" if out and _JOINER.fullmatch(between) else between)
            if (start, end) in places:
                offsets.append(sum(map(len, out)))
            cursor = max(cursor, end)
        rest = question[cursor:]
        if self.spans and cursor == max(end for _, end in self.spans):
            # "额敏那份报告里，…": where it is read, a clause of its own, asks nothing.
            rest = _READ_IN.sub("", rest)
        if len(self.spans) > 1:
            # "叶城和003两份各多少": the sides counted after their names are the sides; "…与叶城县
            # 报告中的X": the last name's report, before what is asked of both.
            rest = _REPORT_AFTER.sub("", _SIDES_COUNTED.sub("", rest))
        out.append(rest)
        joined = "".join(out)
        topic = _ONLY_PLACE.sub("", joined)
        shift = len(joined) - len(topic)
        return topic, [max(at - shift, 0) for at in offsets]


def _in_brackets(question: str, span: tuple[int, int]) -> tuple[int, int]:
    """A year's ``span`` with the brackets it alone fills ("叶城县报告（2023）")."""
    start, end = span
    if question[start - 1 : start] in ("（", "(") and question[end : end + 1] in ("）", ")"):
        return start - 1, end + 1
    return span


def _own_years(question: str, ends: dict[str, int], result: Route) -> None:
    """Each region's own year, when the question names regions each with a year of its own
    right after it ("普兰2025年、叶城2023年各…", "叶城县报告（2023）"); the later years' spans."""
    found = list(_YEAR.finditer(question))
    if len({m.group(1) for m in found}) < 2:
        return
    for mention in found:
        for region, end in ends.items():
            if _OWN_YEAR_GAP.fullmatch(question[end : mention.start()]):
                result.years[region] = int(mention.group(1))
    result.year_spans = [m.span() for m in found[1:]]


def route(question: str, catalog: Catalog, gazetteer: frozenset[str] = frozenset()) -> Route:
    """Find the regions and year a question names.

    Args:
        question: the question.
        catalog: the stored reports.
        gazetteer: place names (e.g. 喀什市) that are not in the store, to recognise questions
            about a region with no report.
    """
    result = Route()
    taken = [False] * len(question)
    first_seen: dict[str, int] = {}
    ends: dict[str, int] = {}
    for (start, end), region in catalog.aliases.find(question):
        # "普兰一个县和额敏一个县": what kind of place it is, said after its name.
        said = _APPOSITION.match(question, end)
        stop = said.end() if said else end
        ends.setdefault(region, stop)
        if _TOWN_OF.fullmatch(region[end - start :]) and region.startswith(question[start:end]):
            result.broader[region] = question[start:end]
        taken[start:stop] = [True] * (stop - start)
        result.spans.append((start, stop))
        first_seen.setdefault(region, start)
    # "西藏普兰县", "新疆额敏": a place name right before a stored region is where it lies.
    # "新疆西部那个叶城县": where it lies, then words pointing at it.
    for start, _ in list(result.spans):
        at = _POINTING.search(question[:start]).start()  # type: ignore[union-attr]
        lying = place_before(question, at)
        begin = at - len(lying)
        if lying and not any(taken[begin:start]):
            taken[begin:start] = [True] * (start - begin)
            result.spans.append((begin, start))
    town = catalog.only_township
    if town and town not in first_seen:
        free = (m for m in _THAT_TOWN.finditer(question) if not any(taken[m.start() : m.end()]))
        if (pointed := next(free, None)) is not None:
            taken[pointed.start() : pointed.end()] = [True] * (pointed.end() - pointed.start())
            result.spans.append(pointed.span())
            first_seen[town] = pointed.start()
            ends.setdefault(town, pointed.end())
    # Regions in the order the question names them (a comparison answers in that order).
    result.regions = sorted(first_seen, key=first_seen.__getitem__)
    for name in [*places_in(question, gazetteer), *bare_places(question, gazetteer)]:
        start = question.find(name)
        if not any(taken[start : start + len(name)]) and not GENERIC.match(name):
            result.unknown_regions.append(name)
            result.spans.append((start, start + len(name)))
            first_seen.setdefault(name, start)
    result.named = sorted(first_seen, key=first_seen.__getitem__)
    for (start, end), source in catalog.files_named(question):
        # "第四份报告（003…）": one report named twice is one side.
        if source not in result.files:
            result.files.append(source)
        result.spans.append((start, end))
        first_seen.setdefault(source, start)
    result.where = first_seen
    # "003号2025年度报告与克镇2025年度报告": a year said with a report's number is part
    # of its name; the question's year is the one said beside the places.
    years = list(_YEAR.finditer(question))
    named = [span for (span, _) in catalog.files_named(question)] if result.files else []
    outside = [y for y in years if not any(a <= y.start() < b for a, b in named)]
    # "有没有不是2025年度的": a year set aside narrows nothing.
    outside = [y for y in outside if not _SET_ASIDE.search(question[: y.start()])]
    year = outside[0] if outside else None
    if year:
        result.year, result.year_span = int(year.group(1)), year.span()
        _own_years(question, ends, result)
    return result


def resolve_followup(
    question: str,
    result: Route,
    catalog: Catalog,
    last_question: str | None,
    last_regions: list[str],
    gazetteer: frozenset[str] = frozenset(),
) -> str | None:
    """Re-ask the previous question for a new region or year ("那普兰县呢？").

    Returns:
        The rewritten question, or None when ``question`` is not such an elliptical follow-up.
    """
    places = result.regions or result.unknown_regions or result.files
    if not last_question or not (places or result.year):
        return None
    if _FILLER.sub("", result.topic(question)):
        return None
    previous = route(last_question, catalog, gazetteer)
    # A report named by its number or file ("003那边呢") is named again as the question did.
    files = [question[a:b] for (a, b), _ in catalog.files_named(question)]
    new_place = "和".join([*result.named, *files] or last_regions or previous.regions)
    rewritten = previous.topic(last_question)
    if result.year is not None:
        rewritten = f"{result.year}年{rewritten}"
    # "A是不是比B多？" then "那C呢": with its places gone, the figure of C is asked.
    rewritten = _THAN_NONE.sub("多少", rewritten)
    if _WHETHER_TOO.search(question) and _COUNTED.search(rewritten):
        # "额敏也有吗" after a count: whether the place does it, which a count need not say.
        bare = _COUNTED.sub("", rewritten, count=1).rstrip("？?。！! ")
        return f"{new_place}{bare}吗"
    return f"{new_place}{rewritten}"


# "是不是比多": a comparative whose other side was a place, now taken out.
_THAN_NONE = re.compile(
    r"(?:是不是|是否)?(?:要|还|更)?比(?:更|还)?[多少高低](?:一些|一点)?(?:吗|么|呢)?"
)
# "克镇也搞了吗", "额敏也有吗": whether the place does the thing too.
_WHETHER_TOO = re.compile(rf"{_ALSO_DOING}(?:吗|么|没有?)")
# The count a question asks ("给多少家", "共有几个").
_COUNTED = re.compile(rf"(?:一共|总共|共)?有?(?:多少|几)(?:{COUNTING_MEASURES})?")
