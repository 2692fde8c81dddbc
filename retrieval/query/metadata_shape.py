"""Whether a question asks for a report's own attributes: its title, dates, issuing body,
index number, year — what its header table or signature block states."""

from __future__ import annotations

import re

from retrieval.query.fields import (
    EXISTS,
    ISSUED_BY,
    asked_fields,
    asks_gap,
    asks_headings,
)
from retrieval.query.place_asked import PLACE_NAME_ASKED

__all__ = [
    "asks_attribute",
    "asks_if_stated",
    "asks_which_lack",
    "asks_which_state",
    "attribute_again",
    "fields_again",
]

_METADATA = re.compile(
    r"索引号|文号|发文字号|成文日期|成文时间|哪天成文|何时成文|发布日期|发布时间|发文机[构关]|"
    r"发文单位|发布机构|发布单位|落款|(?<![没未无不有])署名|签发|主题分类|有效性|公文时效|作者|"
    # "下发文件名称": the names of the documents a report says were issued, not its own.
    r"(?:报告|(?<![发台定布])(?<![发台定布]的)文件)(?:的)?(?:完整)?(?:标题|题目|名称|全称|全名|来源)|"
    r"所属(?:地区|县)"
    # "这个县叫啥": the name of the place a report is of.
    rf"|^{PLACE_NAME_ASKED}(?=[？?。！!\s]*$)"
)
# "…的那份报告是哪个县的": the region a report is of ("…工作室是哪个县的" asks which report
# says a thing).
_REGION_OF = re.compile(
    # "哪个市哪个县的": the place named at each level asked; "归哪个市管的": the level above.
    r"(?:是|属于)(?:哪个[市州省地])?(?:哪个县|哪个地方|哪个地区|哪里|哪个市|哪个州)的?"
    r"(?:(?:底下|下面|下辖|管)的?(?:县|地方)?)?"
    r"(?:报告|文件)?(?:呢|啊)?(?=[？?。！!\s]*$|[，,\s]+(?:是|属于)哪)"
)
_REPORT_BEFORE = re.compile(
    r"报告|文件|[这那该此本]一?[份篇]|(?:^(?:那么?)?[这那它该]?|的?[这那]个)[？?，,\s]*(?:到底|究竟)?$"
)
# ("督察意见来源的数目", "意见从几处来源反馈": a source of other things is no report's own.)
_TITLE = re.compile(
    r"(?:标题|题目|全称|全名)(?!的[\u4e00-\u9fff])|来源(?=是|为|呢|单位|[^\u4e00-\u9fff]|$)"
)
# "叫什么名字" of a report is its title; asked beside a count ("工作室有几个，叫啥名字"), it
# is the names of the things counted.
_NAMED = re.compile(r"叫(?:什么|啥)名(?:字|称)?")
# "这6项", "这几个", "分别": things counted or several, whose names a 叫啥名字 asks.
_THINGS_NAMED = re.compile(r"(?:这|那)?[\d一二三四五六七八九十几]+[项个条部类种家]|分别|各自")
_WHEN = re.compile(
    r"什么时候|啥时候|何时|哪天|哪一天|几号|日期|时间|哪个(?:单位|部门|机构|机关)|哪家单位|什么单位|谁"
    # "哪儿发的": where from, which the issuer or source says.
    r"|哪儿|哪里|哪(?=发)"
    # "是哪一级的": the level of government, which the region a report is of says.
    r"|哪一?级"
)
_RELEASE = re.compile(r"发布|印发|公开|发出|发的|出台|成文|写成|报送")
# "报告是哪一年的": the year a report covers is one of its attributes.
_WHICH_YEAR = re.compile(r"哪一?年|哪个年|年份|什么年")
# "报的是哪一年的工作", "总结的是哪年的情况": what year's work a report reports on.
_REPORTS_ON_YEAR = re.compile(
    r"(?:报|写|讲|总结|汇报|说)的?(?:是)?哪一?(?:年|个年度)(?:度)?的?(?:工作|情况)(?=[？?。！!\s]*$)"
)
# "叶城那份…来源是哪个单位", "那篇": a report pointed at by its measure word is asked about too.
_THAT_ONE = re.compile(r"(?:这|那|该)(?:一)?[份篇]")
# "它是哪个单位发的", "标题是什么": the report pointed at, or a title, which only a document has.
# ("有没有标题": whether the report has one.)
_POINTED_REPORT = re.compile(
    r"^(?:它|其)(?:的)?|^(?:标题|题目|全称|全名)|^(?:有没有|有无|是否有)(?:个)?(?:标题|题目)"
)
# "有县名吗", "有没有索引号": whether the report has an attribute.
_HAS_IT = re.compile(r"有[^，,。？?！!]{1,6}(?:吗|么|没有?)[？?。！!\s]*$|有没有|有无")
# "有没有写", "写没写", "是否载明": whether something is stated.
_STATES = re.compile(
    r"(?:有没有|是否|有无)(?:写|载明|标|注明|列)|[写标]没[写标]|写了[^，,。？?]{0,8}没有?"
)
# "哪些报告写了成文日期": which of the reports.
_WHICH_REPORTS = re.compile(r"哪些|哪几|哪(?:个|份|家)(?:报告|县)|各(?:份)?报告|谁")
# "哪些报告有X", "有X的是哪几份", "哪几份写了X": which reports have it.
# "哪些报告", "哪份", "哪些地方的报告里": which of the reports.
_WHICH = r"(?:哪些|哪几份?|哪一?(?:个|份))"
# ("哪些报告结尾处标了落款单位": where in the report it is written says which attribute.)
_WHICH_OF = (
    rf"{_WHICH}(?:(?:县|地方|地区|乡镇)的?)?(?:报告)?(?:里|中)?"
    r"(?:(?:的)?(?:文末|文尾|末尾|结尾|最后|开头|文首|落款处)(?:处|部分)?(?:都)?)?"
)
_HAS_FIELD = re.compile(
    # "哪些地方的报告写了落款日期": the places' reports.
    rf"{_WHICH_OF}(?:有|写了?|标了?|注明了?|载明了?|列了?)"
    rf"|(?:有|写了?|标了?|注明了?|载明了?)[^，,。？?]{{1,8}}?的(?:报告)?(?:是|有)?{_WHICH}"
    # "哪份是乡镇一级的": which reports have the attribute said.
    r"|^(?:[这那]?[几五六七八九十]份(?:报告)?(?:里|中|当中)?)?哪(?:份|个|些|几份)(?:报告)?是"
)

# "哪份报告没写X", "没有X的是哪几份": which reports leave it out.
_LACKS_FIELD = re.compile(
    rf"{_WHICH_OF}(?:没有?|未)(?:写明?|标明?|注明|载明|列|有)?"
    rf"|(?:没有?|未)(?:写明?|标明?|注明|载明|列)?[^，,。？?]{{1,8}}?的(?:报告)?(?:是|有)?"
    rf"{_WHICH}(?:报告)?(?:呢|啊|呀)?[？?。！!\s]*$"
)


def asks_if_stated(topic: str) -> bool:
    """True when ``topic`` asks whether a report states an attribute of its own ("有没有写
    发布日期"), of the report asked about rather than of which reports do."""
    return bool(_STATES.search(topic) and asked_fields(topic) and not _WHICH_REPORTS.search(topic))


def asks_which_state(topic: str) -> bool:
    """True when ``topic`` asks which reports state an attribute of their own ("哪些报告有
    索引号"): each report's header, laid out side by side."""
    stating = _HAS_FIELD.search(topic) or _LACKS_FIELD.search(topic)
    return bool(stating and asked_fields(topic))


def asks_which_lack(topic: str) -> bool:
    """True when ``topic`` asks which reports leave an attribute of their own unstated
    ("哪份报告没写索引号"): those are named first."""
    return bool(_LACKS_FIELD.search(topic) and asked_fields(topic))


def asks_attribute(topic: str, counts: bool) -> bool:
    """True when ``topic`` asks for an attribute of a report: its title, dates, issuer, year.

    Args:
        topic: the question without its region and year mentions.
        counts: whether the question asks how many of something (a year asked beside a
            count is the period of a figure, not the report's own).
    """
    # "它是哪个单位发的", "标题是什么": the report just named, pointed at; only a document
    # has a title.
    about_report = bool("报告" in topic or _THAT_ONE.search(topic) or _POINTED_REPORT.match(topic))
    # "报的是哪一年的工作": the year a report covers, said by what it reports on.
    about_report = about_report or bool(_REPORTS_ON_YEAR.search(topic))
    # ("这3部各叫什么名字": the names of the things counted, not the report's.)
    things = _THINGS_NAMED.search(topic) is not None
    named = _TITLE.search(topic) or (_NAMED.search(topic) and not (counts or things))
    titled = named and not asks_headings(topic)
    region = _REGION_OF.search(topic)
    if region and _REPORT_BEFORE.search(topic[: region.start()]):
        return True
    if _METADATA.search(topic) or (about_report and (titled or EXISTS.search(topic))):
        return True
    if not about_report or counts:
        return False
    # "报告由哪个单位发文": when or by whom, of an attribute the lexicon names.
    field = _RELEASE.search(topic) or asked_fields(topic)
    # ("文里有县名吗": whether the report states it, which its header says.)
    asked = _WHEN.search(topic) or ISSUED_BY.search(topic) or _HAS_IT.search(topic)
    return bool((field and asked) or _WHICH_YEAR.search(topic))


def attribute_again(topic: str, before: str = "") -> str | None:
    """ "网上是哪天发的" after a report's attribute was asked (in ``before``): an attribute of
    the same report, though the follow-up names no report ("…，相差几天": with the date
    asked before, how far apart); None when ``topic`` asks no attribute."""
    dated = [f.name for f in asked_fields(before)] if asks_gap(topic) else []
    # ("中间隔了几天" after two dates of a report: how far apart those are.)
    dates = [name for name in dated if name.endswith("日期")]
    if len(dates) < 2 and not asks_attribute(f"报告{topic}", counts=False):
        return None
    if len(dates) >= 2:
        return f"报告的{'和'.join(dates)}相差几天"
    return f"报告的{'、'.join(dated)}和{topic}" if dated else f"报告{topic}"


# "普兰县那份的呢？同样几项，另外请把落款也写上", "…那份呢？成文日期也要": the attributes asked
# before, of another report, and any added to them.
_SAME_FIELDS = re.compile(
    r"^(?:那)?(?:那份|这份|的)*(?:呢)?[？?，,。\s]*(?:也是|还是)?(?:同样|一样|同上|这)?(?:的)?(?:几项|几个)?(?:呢)?"
    # "有落款日期的话也一并写上": one added where the report states it.
    r"[，,。\s]*(?:(?:另外|再|并|顺便|顺带|还有)?(?:请)?(?:把|有)?(?P<extra>[^，,。？?！!]{1,10}?)(?:的话)?(?:也|一并){0,2}"
    r"(?:写上|列上|加上|带上|写出来|要|给我|说下|说一下|说|讲|讲下|讲一下|报一下)"
    # "顺便把索引号(也说下)": one added, its verb read as how to answer.
    r"|[，,。\s]*(?:另外|再|并|顺便|顺带|还有)?(?:请)?把(?P<put>[^，,。？?！!]{1,10}?)"
    # "普兰那份呢 落款日期是哪天": one more, asked after the others.
    r"|[，,。\s]+(?P<asked>[^，,。？?！!]{2,8}?)(?:是|为)?(?:哪天|哪一天|什么时候|什么|多少|哪个|谁))?"
    r"[。？?！!\s]*$"
)


def fields_again(topic: str, previous: str) -> str | None:
    """The attributes ``previous`` asked, with those ``topic`` adds, when ``topic`` asks them
    again of another report ("…那份的呢？同样几项，另外请把落款也写上"); None otherwise."""
    found = _SAME_FIELDS.match(topic.strip())
    if found is None:
        return None
    names = [f.name for f in asked_fields(previous)]
    added = asked_fields(found["extra"] or found["asked"] or found["put"] or "")
    if (found["asked"] or found["put"]) and not added:
        # ("普兰那份呢，复议案件是多少": a figure of the report, no attribute.)
        return None
    names += [f.name for f in added if f.name not in names]
    return f"报告的{'、'.join(names)}" if names else None
