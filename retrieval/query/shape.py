"""The shape of answer a question wants, read from Chinese question grammar.

Officials ask for one figure, a list (problems, plans, measures), a comparison of two places,
a ranking or a table over every report, which reports mention something, a report's own
metadata (dates, issuer, index number) — or they greet, thank, or type noise. The cues are
grammatical (question words, quantifiers, verbs of mentioning), never a question's wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.across_shape import (
    BARE_SUPERLATIVE,
    EACH,
    RESPECTIVELY,
    SUPERLATIVE,
    TABLE,
    TABLE_NAMED,
    WHICH_MORE,
)
from retrieval.query.aspects import own_sections
from retrieval.query.doing_shape import DOING, WHICH_PLACES, WHOSE
from retrieval.query.expected import asks_target
from retrieval.query.fields import asked_fields, asks_gap
from retrieval.query.figures_asked import FIELD_FIGURES, FIGURES_TOLD, POINTS_TOLD
from retrieval.query.list_shape import (
    LIST_ASPECT,
    ORDINAL_PART,
    asks_outline,
    lists_items,
    names_heading,
)
from retrieval.query.metadata_shape import asks_attribute, asks_if_stated, asks_which_state
from retrieval.query.opening import asked_end
from retrieval.query.parts import asks_means
from retrieval.query.place_asked import asks_pointed_place
from retrieval.query.places_asked import FIRST_PLACES, OTHER_PLACES, THRESHOLD
from retrieval.query.plan import Kind
from retrieval.query.presenting import ROW_EACH, without_presenting
from retrieval.query.social import is_noise, is_social
from retrieval.query.verdicts import asks_comparative, asks_which_part, names_verdict

__all__ = ["names_mention", "shape_of"]

# "Which reports mention X": a verb of mentioning, or "which places do X".
_SAYS = (
    r"提到|提及|讲到|说到|写到|涉及|谈到|出现|有写|有提|写有|[提说讲写]过|[提写]了|(?<=[没未])[提写]|"
    # "谁的报告里说了要…": what a report says, where it says it.
    r"(?<=[里中])(?:说|讲|写)了?|"
    # "有没有哪份报告讲了X": a report that says it.
    r"(?<=报告)(?:说|讲|写)了|"
    # "那份有没有说X的事": whether it says it, the verb bare after the question word.
    r"(?<=有没有)(?:说|讲|写)(?![明供升高解])"
)
_SAYING = re.compile(_SAYS)
_QUOTED_NAME = re.compile(r"“([^“”]{2,20})”")
# "“X”那部分": a quoted name the asker calls a part of the report.
_QUOTED_PART = re.compile(r"“[^“”]{1,20}”(?:那|这)?一?(?:部分|节|章|板块|大块|块)")
# "涉及哪些层级": which things, not which reports or places.
_WHICH_THING = re.compile(
    r"哪(?:些|几(?:个|类|种|项)?)(?!报告|县|地|乡镇|单位|份|家|个?(?:县|镇))[\u4e00-\u9fff]"
)
# "涉及哪些事项", "提到了哪几项措施": what is said asked, not which reports say it.
_WHAT_SAID = re.compile(rf"(?:{_SAYS})了?{_WHICH_THING.pattern}")
# "有哪几条", "逐条列出": the items of a part asked.
_ITEMS_OF_PART = re.compile(
    r"哪几条|哪些条|几条|逐条|各条|条目|哪几项|几项|哪几个方面|几个?(?:小)?标题|几个方面"
)
# "写到的参训人次": what the reports say, named by the thing after it (not "提到的报告").
_SAID_OF = re.compile(rf"(?:{_SAYS})的(?!报告|县|地方|地区|材料)")
# "X哪几份里有", "X谁的报告里有": which reports hold it (a table when one is asked for).
_MENTION_VERB = re.compile(
    rf"{_SAYS}|(?<=[份个家告][里中])有|"
    # "法治体检 哪几份有": which of them have it, asked after the thing.
    r"(?<=哪几[份个家])有(?=[？?。！!\s吗呢]*$)|"
    # "还有别的县写经费的吗": what other reports write.
    rf"{OTHER_PLACES}(?:也|还)?(?:有没有|有)?[写提讲说](?![明供升高解])"
)
_WHICH_MANY = re.compile(
    r"哪些|哪几(?:个|份|家)?|有没有|是否有|有无|有哪|列出|列举|列明|都有谁|谁(?:家)?(?:在|有)|谁(?:家)?的报告|"
    # "报告里有讲到X的吗": whether any report says it.
    r"(?<!没)有(?=[提讲说写谈涉](?:到|及|过))|"
    # "X这块有报告写到吗": whether any report says it, asked yes or no.
    r"(?<!没)有(?:报告|哪份报告)(?=[^，,。？?]*?(?:吗|么|没有?)[？?。！!\s]*$)|"
    r"各(?:份)?报告|"
    # "还有别的县写了X吗": whether reports other than the one asked of say it.
    rf"{OTHER_PLACES}"
)
# "各报告中关于X的表述": how the reports word something is where they mention it.
_WORDING = re.compile(r"表述|说法|提法|字样|原文")
# "有几份报告提到…": what is counted is the reports, not a figure of theirs.
_REPORT_COUNT = re.compile(
    r"(?:几|多少)(?:份|个|家)?(?:报告|县|地方|地区|乡镇)"
    # "五份报告里有几份提到": the reports counted, named before.
    r"|(?:几|多少)(?:份|个|家)(?=(?:都|也|还)?(?:提到|提及|写到|讲到|说到|涉及|提了|写了|有))"
)
_CLAUSE = re.compile(r"[，,。；;！!？?]")
_WHICH_ONE = re.compile(
    r"哪(?:个|份|里|家|一(?:个|份|家|地区|地方|县)|几|[两二三四五][个家份]|[俩仨])|谁|哪儿"
)
# What a question asks besides which reports say nothing: an order, a count, a table.
_ASKS_MORE = re.compile(r"最|排|多少|(?<!哪)几[个件次项人名家份条]|[数总]|表|比")
# "多少/几件" asks for a figure; "哪几项" asks for a list.
_ROW_EACH = re.compile(ROW_EACH)
# "各地执法证的数字", "（企业数、建议数）": the figures each report states of it.
_FIGURES_NAMED = re.compile(
    r"的(?:各项|相关|主要|具体)?(?:数字|数据)(?![\u4e00-\u9fff])|[\u4e00-\u9fff]数(?=[、）)/，,])"
    # "五份报告的普法宣传场次": a figure named by its measure (件数, 人数 are counts already).
    r"|(?:场次|人次)(?=[，,。？?！!\s]|$)"
)
_COUNT_ASK = re.compile(
    # "几个数据" are a few figures, no count; nor are "列几条", "理几个要点".
    r"多少|(?<![哪列说讲举挑捡理])几(?:[次件项名人场家所期份批支本位天年月条]|个(?!数据|数字|数(?![量目])|要点))|数量|[件人次项个家]数(?![据字])|比例|百分|"
    r"率是|占比|总数"
)
# "不足有几个方面，各是什么": a count of a report's own parts is told by listing them.
# "明年打算怎么干，有几条", "打算有几条": how many, asked of a part of a report that is no
# countable thing, counts the items the answer lists.
_PARTS_COUNT = re.compile(
    r"几个?大?(?:方面|部分|板块|大类)|几个?大?块|几大(?:条|点|项)|(?:方面|部分|板块|大类)(?:一共|总共|共)?(?:有|分)?几个|"
    # "有几个大标题": the report's parts, by their headings; "第二部分下面有几条": a part's
    # items, counted as they are listed.
    r"几个?(?:大标题|一级标题)|"
    r"(?:部分|板块|标题|块)(?:下面|下边|底下|里面|里头|里)?的?(?:一共|总共|共)?(?:有|分)?几(?:条|点|项|个)|"
    # "做了几件事": the things done, counted as they are listed.
    r"(?<=[做干抓办])了?几(?:件|项|样)(?=事|实事|工作)|"
    # "是分几条说的": how many items the part is told in.
    r"分(?:成|为)?几(?:条|点|项)(?:来)?(?=[说讲写列])|"
    r"(?:^|(?<=[，,？?。\s])|(?<=打算|计划|安排|思路|亮点|特色|不足|短板)的?)"
    r"(?:大概|大致|大约|一共|总共|共)?(?:有|分)?几(?:条|点|项|个)(?:吧|呢|啊)?(?=[？?。！!\s]*$|[，,、\s]|都|全|各)"
)


_FIGURES_GIVEN = re.compile(rf"{FIGURES_TOLD}(?:条数|件数|人数|次数|个数|数字|数据|数量)")


def shape_of(topic: str, regions: int, knows: Callable[[str], bool] = lambda word: False) -> Kind:
    """The shape of answer ``topic`` asks for.

    Args:
        topic: the question without its region and year mentions.
        regions: how many stored regions (or described reports) the question names.
        knows: whether a word occurs in the reports (Latin-only input is noise otherwise).

    Returns:
        ``chitchat`` for greetings and noise; ``metadata``, ``mentions``, ``ranking``,
        ``table``, ``comparison``, ``list``; else ``fact``.
    """
    if is_noise(topic, knows) or is_social(topic):
        return "chitchat"
    if regions < 2 and asked_end(topic):
        # "正文开头第一句原话是什么": a sentence of the report's own, read off its body.
        return "metadata"
    if asks_pointed_place(topic):
        # "这到底是哪个县": the place of the report pointed at, no report saying "这".
        return "metadata"
    # "…人数，每个报告一行", "一县一行": a row a report is a table, however it is laid out.
    rows = not regions and _ROW_EACH.search(topic) is not None
    if not regions:
        # "谁最少？哪家根本没写": how to lay the reports out is no shape of its own, beside
        # what else is asked; "X，哪几个没写" asks it alone ("一县一行" never does).
        rest = without_presenting(topic)
        if rest == topic or rows or _ASKS_MORE.search(rest) or lists_items(rest):
            topic = rest
    if not regions and asks_outline(topic):
        # "这几份报告都分几大块": the reports' own parts, each report's outline (a count of
        # reports or parts is no figure).
        return "list"
    if regions < 2 and asks_which_part(topic):
        # "哪一类最多": the parts of one figure, not the items of a list or a ranking.
        return "fact"
    if (
        regions == 1
        and _ITEMS_OF_PART.search(topic)
        and (
            any(own_sections(name) or names_heading(name) for name in _QUOTED_NAME.findall(topic))
            or _QUOTED_PART.search(topic)
        )
    ):
        # "报告中单列的“工作特色与亮点”有哪几条，…关键数字标出来": the part's items, with
        # whatever figures they carry; "“主要做法”里分几个小标题": a part named by
        # a heading's words.
        return "list"
    points = POINTS_TOLD.search(topic)
    if points and lists_items(topic[: points.start()]):
        # "…是怎么做的，网格、调解员、案件数都说说": a list, its items told with their figures.
        topic = topic[: points.start()]
    # "应急方面的几个数": the field's figures, not how many there are.
    counts = bool(_COUNT_ASK.search(_PARTS_COUNT.sub("", re.sub(FIELD_FIGURES, "", topic))))
    parts_counted = _PARTS_COUNT.search(topic) and LIST_ASPECT.search(topic)
    listing = not counts and (lists_items(topic) or bool(parts_counted))
    if regions >= 2:
        # "A和B分别存在哪些问题": each region's list; any verdict or figure is a comparison.
        # "A和B对培训分别是怎么要求的": requirements are set side by side, no list of items.
        verdict = names_verdict(topic) or asks_comparative(topic) or asks_target(topic)
        # "A和B有没有文号": each report's own attribute, read off its header (dates, which
        # may be put in order, are compared).
        fields = asked_fields(topic)
        by_name = any(cue in topic for f in fields for cue in f.cues)
        if fields and by_name and not verdict and not _IN_ORDER.search(topic):
            return "metadata"
        # "问题部分有啥不一样": how the sides' own sections differ is read off both lists.
        if not counts and own_sections(topic) and _DIFFERS.search(topic):
            return "list"
        return "list" if listing and not verdict else "comparison"
    # "有没有写发布日期": whether a report states an attribute of its own is asked of it.
    if asks_if_stated(topic):
        return "metadata"
    # "哪些报告有索引号": which reports state an attribute of their own is each report's
    # header, laid out as a table (a header is no passage a mentions search reads).
    if not regions and asks_which_state(topic) and not SUPERLATIVE.search(topic):
        return "table"
    # "这几份报告都是哪些地方的": the reports' own attributes, each report's row.
    # (Not "各报告中涉及X的报告名称": the reports that say a thing are its mentions.)
    other = _COUNT_ASK.search(_REPORT_COUNT.sub("", topic)) or SUPERLATIVE.search(topic)
    other = other or _MENTION_VERB.search(topic) or _WORDING.search(topic)
    fields = asked_fields(topic)
    # "分别是哪一年的": one attribute asked of each, no report named (two asked "分别" are
    # each one report's).
    each_one = RESPECTIVELY.search(topic) and len(fields) == 1
    if not (regions or other) and (EACH.search(topic) or each_one) and fields:
        return "table"
    # "额敏县报告提到了哪些问题" lists a part of one report, as "这份报告里提到的问题有哪些"
    # does of the report pointed at; "哪些报告提到…" asks for reports.
    pointed = regions or _THIS_REPORT.search(topic)
    # "是不是只有一家超过3次", "超过10件的有哪些县": the reports set against a bound.
    if not regions and THRESHOLD.search(topic) and _OF_REPORTS.search(topic):
        return "ranking"
    # "叶城县有没有出现过决策失误" asks whether it happened there, not whether a report says it.
    # "叶城县的清单涉及哪些层级": what one report's thing takes in, not which reports say it.
    of_thing = pointed and _WHICH_THING.search(topic)
    # "各报告写到的参训人次，从高到低排序": what the reports state, ordered.
    if not regions and "排" in topic and SUPERLATIVE.search(topic) and _SAID_OF.search(topic):
        return "ranking"
    # "几份报告提到的问题有哪些共同点": every report's own part on it, side by side.
    if not regions and _DIFFERS.search(topic) and own_sections(topic):
        return "table"
    # "X，哪些地方写了具体条数": each report's figure of X, where it gives one.
    if not regions and _asks_mentions(topic) and _FIGURES_GIVEN.search(topic):
        return "table"
    # ("叶城有没有提到X的情况": whether it says X, however X is worded.)
    listed = listing and not _WHETHER_SAID.search(topic)
    if _asks_mentions(topic) and not (
        (pointed and (listed or of_thing or _HAPPENED.search(topic))) or _IT.match(topic)
    ):
        return "mentions"
    # "X是哪份报告的做法": whose words X is, asked of no named report.
    whose = WHOSE.search(topic) and not asked_fields(topic)
    if not regions and whose and not (counts or SUPERLATIVE.search(topic)):
        return "mentions"
    doing = not regions and DOING.search(topic)
    # "额敏县还有哪些地方做得不够": of one region, 地方 are its parts, not places; "额敏县哪些
    # 单位被表彰" asks of its bodies, not of reports.
    places = WHICH_PLACES.search(topic)
    if places and regions and places.group().endswith(("地方", "单位")):
        places = None
    # "有几个县搞了X" counts the places: no figure of theirs is asked.
    counts_figure = bool(_COUNT_ASK.search(_REPORT_COUNT.sub("", topic)))
    if (places or doing) and not SUPERLATIVE.search(topic) and not counts_figure:
        # "X的数据，哪些报告有？列成表": each report's figures, laid out as a table.
        return "table" if TABLE.search(topic) and not regions else "mentions"
    # "最少的呢", "那最多的是？": a follow-up asking the other end of a ranking.
    if not regions and BARE_SUPERLATIVE.fullmatch(topic.strip()):
        return "ranking"
    # "…前两名": the first places over every report, asked without a which-word.
    ordered = _WHICH_ONE.search(topic) or "排" in topic or re.search(FIRST_PLACES, topic)
    if not regions and SUPERLATIVE.search(topic) and ordered:
        return "ranking"
    # "…人次谁多", "哪家的调解员多一些": with no side named, which of all reports leads.
    if not regions and WHICH_MORE.search(topic) and "比" not in topic:
        return "ranking"

    # "有讲到X的吗？分别多少人": each report's figure for what it mentions.
    if not regions and counts and _MENTION_VERB.search(topic) and RESPECTIVELY.search(topic):
        return "table"
    # A table of every report's figure, or of every report's metadata.
    # "执法队伍情况对比表：…": a table asked by name, with no report named, is of every report.
    each = not regions and (EACH.search(topic) or TABLE_NAMED.search(topic) or rows)
    # "法律援助案件 各县 对比": each report's figure, set side by side.
    # "成功率，是不是每份报告都说100%": a rate is a figure of each, as a count is.
    figure = counts or bool(_RATE.search(topic) or _FIGURES_NAMED.search(topic))
    # "…情况，一县一行": a row a report asked for lays out what each says, if no list.
    # "下一步打算的第一项，一家一行": one item of each report's list, a row each.
    laid = (rows and (not listing or ORDINAL_PART.search(topic))) or TABLE.search(topic)
    if each and (laid or figure or asked_fields(topic) or names_verdict(topic)):
        return "table"
    if asks_gap(topic) and len(asked_fields(topic)) > 1:
        # "成文和发布差了多少天": two dates of the report, how far apart.
        return "metadata"
    if names_verdict(topic):
        return "comparison"
    if asks_attribute(topic, counts):
        return "metadata"
    # "是怎么做到的": the means of a figure, which the figure's sentence says.
    return "list" if listing and not asks_means(topic) else "fact"


# Which or how many of the reports ("哪几家", "只有一家", "有几个县").
_OF_REPORTS = re.compile(r"哪|几[家个份]|[一两二三四五]家|只有|有没有|谁")
_RATE = re.compile(r"(?<=[\u4e00-\u9fff])率")
# "谁发布得晚", "哪个更早": the reports put in order, not each one's attribute.
_IN_ORDER = re.compile(r"[早晚先后]|最|更|较")
# ("共性问题", "共性、个性问题": problems of a kind, no likeness asked.)
_DIFFERS = re.compile(r"不一样|不同|区别|差异|异同|共同点|相同点|共性(?![、和与及]|问题)")
_WHETHER_SAID = re.compile(r"(?:有没有|是否|有无)(?:提到|提及|写到|讲到|说到|涉及)")
_HAPPENED = re.compile(r"(?:有没有|是否|有无)(?:出现|发生)")
# "这份报告", "该报告": one report, pointed at.
_THIS_REPORT = re.compile(r"(?:这|那|该|本|此)(?:一)?(?:份|个|篇)?报告")
# "它开头提到了哪些…": the report asked of before, pointed at.
_IT = re.compile(r"^(?:它|其(?![他它余]))(?:的|里|里面|开头|中|前面|后面)?")


def _asks_mentions(topic: str) -> bool:
    """True when one clause of ``topic`` asks which (or how many) reports say something:
    "有份报告提到X，它…" describes a report and asks something else of it; "X的数据，哪些报告有？
    列成表" asks for a table of them."""
    if _COUNT_ASK.search(_REPORT_COUNT.sub("", topic)):
        return False
    # "第三条再展开一下，原文讲了哪些方面": an item of the answer before, asked of.
    if ORDINAL_PART.match(topic.strip()):
        return False
    if TABLE.search(topic) and not (_SAYING.search(topic) or _WORDING.search(topic)):
        return False
    # "哪个县提到了X" asks for reports too, unless it ranks them or wants a verdict.
    one = not (SUPERLATIVE.search(topic) or names_verdict(topic, gaps=True))
    return any(
        (_MENTION_VERB.search(clause) or _WORDING.search(clause))
        and not _WHAT_SAID.search(clause)
        and bool(
            _WHICH_MANY.search(clause)
            or _REPORT_COUNT.search(clause)
            or (one and _WHICH_ONE.search(clause))
        )
        for clause in _CLAUSE.split(topic)
    )


def names_mention(text: str) -> bool:
    """True when ``text`` says a report mentions something ("提到…", "写过…")."""
    return bool(_MENTION_VERB.search(text))
