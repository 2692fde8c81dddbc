"""Whether a question asks for the items of a part of a report (its problems, plans, the
measures in some field), for a summary, or for a numbered part of one."""

from __future__ import annotations

import re

from retrieval.query.asked_beside import QUESTION_WORDS
from retrieval.query.documents_asked import asks_documents
from retrieval.query.figures_asked import FIELD_FIGURES, FIGURES_ASKED, FIGURES_LISTED
from retrieval.query.places_asked import FIRST_ITEMS

__all__ = [
    "EACH_PART_COUNTED",
    "ITEM_CONTENTS",
    "LIST_ASPECT",
    "ORDINAL_PART",
    "PART_UNIT",
    "SUB_ITEMS",
    "asks_outline",
    "field_alone",
    "lists_items",
    "names_heading",
    "without_outline",
]

# Lists: the aspects reports devote sections or item runs to, and list question words.
_LIST_ASK = re.compile(
    # "是哪三块": the number of items said with the question word.
    r"哪些|哪[几两二三四五六七八九十]大?(?:项|个|条|件|样|方面|块|类|种|点|部分)|有什么|是什么|[是有]啥|怎么|怎样|如何|有何|何种|"
    # "存在那些问题": 那些 typed for 哪些 (the pinyin is the same).
    r"(?:有|存在|是|了)那些|咋|"
    r"列出|列举|罗列|列(?:一下|一列|个|下)|逐条|逐项|分条|汇总|概括|总结|归纳|梳理|整理|介绍|说说|讲讲|谈谈|主要|"
    rf"{FIRST_ITEMS}"
)
LIST_ASPECT = re.compile(
    r"问题|不足|不够|不到位|短板|差距|困难|薄弱|毛病|缺点|打算|计划|安排|思路|下一步|明年|亮点|特色|经验|成效|成绩|"
    r"工作|措施|举措|做法|方面|任务|重点|情况|招数?|高招|实招|办法|法子|动作"
)
# "什么问题/什么打算": a question word before an aspect asks for its items.
_WHAT_ASPECT = re.compile(
    r"(?:什么|啥|何|哪方面的?|哪些方面的?)(?:" + LIST_ASPECT.pattern + ")"
    # "短板在哪", "问题主要出在哪里": where a report's shortcomings lie is told by listing them.
    r"|(?:问题|不足|短板|差距|困难|薄弱环节|弱项)(?:主要)?(?:在|出在|体现在|表现在)哪"
    # "哪里还不行", "哪些地方做得不够": where it falls short, asked of its items.
    r"|哪(?:里|儿|块|些地方)(?:还|仍|也)?(?:不行|不够|不足|不到位|欠缺|薄弱|做得不好|做得不够)"
)
# "做了些什么", "写的什么", "采取了哪些", "是怎么落实的": what was done (or will be), item by item.
_DID_WHAT = re.compile(
    r"(?:做|干|抓|弄|搞|办|出|采取|开展|推进|落实|建|讲|写|说|(?<=具体)指)[了的]?(?:一?些|点)?"
    r"(?:什么|哪些|啥|哪几(?:件|项|样|条)?)|"
    # "做了几件事": the things done, counted as they are listed.
    r"(?:做|干|抓|办)了?几(?:件|项|样)(?=事|实事|工作)|"
    # "怎样优化…的", "如何落实", "咋搞": how something is done is told by the measures taken.
    r"(?:怎么|怎样|如何|咋)(?!样|回事)(?:去|来)?[\u4e00-\u9fff]"
)
# "额敏亮点", "普兰明年打算": an aspect named alone, with no question word, asks its items.
_ALONE = r"亮点|特色|问题|不足|短板|打算|下一步打算|工作打算|计划|措施|举措|做法|经验"
_WHEN_PLANNED = r"(?:明年|来年|今后|下一步|下步|下阶段)?的?(?:工作)?"
# "普兰 亮点特色": two aspects named together ask both; "五家下一步打算": of every report.
_ASPECT_ALONE = re.compile(
    r"(?:那|那么)?(?:(?:各|每|五|这五|这几|几)个?(?:县|家|份|地|地方)(?:报告)?的?)?"
    r"(?:(?:这份|那份|该)?报告(?:里|中)?)?"
    rf"(?:的)?{_WHEN_PLANNED}(?:{_ALONE})(?:[和与及、]?{_WHEN_PLANNED}(?:{_ALONE}))?"
    # "下一步打算的标题": the items' headings, which the list shows.
    r"(?:的?(?:各条|条目)?(?:小标题|标题|题目))?(?:有哪些|是啥|呢)?[？?。]*"
)
# "规范执法行为 具体做法": a keyword query ending with the aspect it wants listed.
_ASPECT_TAIL = re.compile(
    r"(?:(?:具体|主要|有关|相关|的|存在)(?:"
    + LIST_ASPECT.pattern
    # "的问题与不足", "的问题短板": two aspects, as a report's heading pairs them.
    + r")(?:[和与及、]?(?:"
    + LIST_ASPECT.pattern
    # "2026年工作安排": the work a report plans (or a section it devotes) named at the end.
    # "的措施和数字": the items, with the figures they carry.
    + r"))?(?:[和与及、](?:相关|具体|主要)?的?(?:数字|数据))?"
    + r"|工作(?:安排|打算|计划|思路|重点|亮点|措施|举措|成效))[？?。.]*$"
)
# "有没有单列亮点", "专门写了问题部分吗": whether a part is given its own section, which its
# items answer (or the report's parts, where it has none).
_PART_OF_ITS_OWN = re.compile(r"单独|专门|单列|单设|独立成|另设")
# "报告的结构", "是什么样的框架": how a report is laid out, after what names the report.
_STRUCTURE = r"的?(?:整体|总体)?(?:结构|框架)|什么(?:样的?)?(?:结构|框架)"
# "概括一下…": a summary of a report or of one of its parts.
_SUMMARY = re.compile(
    r"概括|概述|总结|归纳|梳理|(?:主要|大致|哪些|什么)内容|几(?:个大|大个|大|个)?(?:部分|板块)|几大块"
    # "报告的结构是怎样的", "是什么结构": how a report is laid out, its parts.
    rf"|(?:报告|材料|文件|全文){_STRUCTURE}"
    # "理几个要点出来": its main points; "麻烦理一下": put in order.
    r"|要点|(?<![处管清办审治代受护])理(?:一下|一理|下)(?=[，,。？?！!\s]|$)"
)
# "第四部分讲的什么", "下一步计划的第3条": one numbered part of a report (or of a section).
# What an item of a report's outline is counted in ("第二部分", "第三条", "第二类", "第二个").
PART_UNIT = r"(?:部分|板块|大项|大?块|项|条|点|个?方面|大?类|个(?![县镇乡市区地报份]))"
ORDINAL_PART = re.compile(
    # "头一条": the first, said plainly.
    r"(?:第[（(]?|(?<=头)(?<!带头|领头|牵头)(?=一[条点项个]))([一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]?"
    + PART_UNIT
    +
    # "最后一部分讲了啥": the last part.
    r"|(最后)(?:一|那)?个?(?:部分|板块|大项|大?块|项|条|点|方面)"
)
# "每条简单说下具体表现", "每条主要内容简单概括", "都说一下": what each item says, beyond
# its heading.
ITEM_CONTENTS = re.compile(
    r"每一?(?:条|项|块|点|类|个方面|个问题)?(?:下)?(?:的)?(?:简单|简要|大致|主要|具体)?"
    r"(?:说下|说一下|讲讲|介绍下|概括)?(?:其)?(?:具体|主要|大致)?(?:内容|表现|情况|做法)(?:是什么|是啥|有哪些)?(?:简单|大致)?(?:概括|说下|说一下|介绍)?(?:一下)?"
    r"|(?:都|也|分别)(?:具体)?(?:说|讲|介绍)(?:一下|下)(?=[？?。！!\s]*$)"
    # "第三条展开一下", "原文是怎么表述的", "具体讲了什么": what an item says, in full.
    r"|(?<![不别])(?<!不用|无需|不必|不要)(?<!不需要)展开(?:说说|说明|讲讲|一下|下)?"
    r"|详细(?:说说|讲讲|说明|介绍|说一下|讲一下)"
    r"|具体(?:讲|说|写)了(?:什么|啥|哪些)|具体(?:是)?(?:怎么|如何)(?:写|说|讲|表述)的"
    # "这条具体指什么": what an item means, told by its contents.
    r"|具体(?:是)?指(?:的是)?(?:什么|啥|哪些)|指的是(?:什么|啥|哪些)"
    r"|原文(?:具体)?(?:是)?(?:怎么|如何)(?:表述|写|说)的?|(?:主要|具体)(?:是什么)?内容"
    # "那一段的原话给我看看": the part's own words, whole.
    r"|(?:原文|原话|全文)(?:发|给|贴)(?:给)?我|(?:发|给)我(?:看看)?(?:原文|原话|全文)"
    # "说具体点", "具体做了什么": each item's own words, not its heading alone.
    r"|(?:说|讲|写)得?具体(?:一)?(?:点|些)|具体(?:一)?(?:点|些)(?=[？?。！!\s]*$)"
    r"|具体(?:做|干|搞|抓)了(?:什么|啥|哪些)"
)
# "几大块和下面的小项都列出来": each item's own items are asked too.
_EACH_COUNTED = (
    r"(?:每|各)个?(?:大)?(?:部分|板块|方面|块)(?:下面|下边|底下|里面|里)?(?:各|分别)?(?:有|分)?"
    r"几(?:条|个|项|点)"
)
SUB_ITEMS = re.compile(
    r"(?:和|及|以及|连同|带上|包括)?(?:(?:下面|下边|其下|底下|里面|里头)的?)?(?:各个?|每个?|几个?)?"
    r"(?:小项|小点|小条|细项|子项|细目)(?:也|都)?"
    rf"|{_EACH_COUNTED}"
)
# "各个部分分别几项": each part's items, counted.
EACH_PART_COUNTED = re.compile(_EACH_COUNTED)


_FIGURES_AT_END = re.compile(rf"{FIGURES_ASKED}[？?。！!\s]*$")
# "有哪些数", "有什么数据": which figures, not whether there are any ("有没有数据").
_WHICH_FIGURES = re.compile(r"哪些|什么|啥")
_FIGURES_LISTED = re.compile(rf"{FIGURES_LISTED}[？?。！!\s]*$|{FIELD_FIGURES}")
_OUTCOME = re.compile(r"(?<=[\u4e00-\u9fff])结果(?:是|为)?(?:什么|啥)?(?:情况|样子?)?")


# "分几大块", "报告的结构", "怎么分结构的": how a whole report is laid out, its top parts.
_OUTLINE = re.compile(
    r"(?:分|分成|分为)?(?:几|哪几)(?:个大|大|个)?(?:的)?(?:部分|板块|块)"
    # "由哪几个大的部分组成", "包括哪些部分": the parts it is made of.
    r"|(?:由|包括|包含)(?:哪几|哪些|几)(?:个)?(?:大的?)?(?:部分|板块|块)"
    rf"|(?:报告|材料|全文){_STRUCTURE}|分结构|一级标题|大标题"
)


_REPORT_NAMED = re.compile(r"(?:工作|年度)报告")
# "一级标题有哪些": a report's top-level parts, by their headings.
_TOP_HEADINGS = re.compile(r"一级标题|大标题")


def asks_outline(topic: str) -> bool:
    """True when ``topic`` asks how a whole report is laid out ("这几份报告都分几大块"), naming no
    part of it."""
    # ("这份工作报告的框架": the 工作 of a report's name names no part of it.)
    return bool(_OUTLINE.search(topic)) and not LIST_ASPECT.search(_REPORT_NAMED.sub("", topic))


def without_outline(topic: str) -> str:
    """``topic`` without its ask of how a whole report is laid out ("报告的整体框架"): those
    words name no part of it."""
    return _OUTLINE.sub(" ", topic) if asks_outline(topic) else topic


def lists_items(topic: str) -> bool:
    """True when ``topic`` asks for the items of a part of a report (its problems, plans,
    measures in some area) or for a summary."""
    # "审查结果如何", "结果是啥情况": the outcome of one thing, which its sentence states.
    topic = _OUTCOME.sub("", topic)
    if asks_outline(topic):
        # "这份报告由哪几个大的部分组成": its parts, listed.
        return True
    if (_FIGURES_AT_END.search(topic) and _WHICH_FIGURES.search(topic)) or _FIGURES_LISTED.search(
        topic
    ):
        # "普法方面有哪些数", "执法的几个数据列出来": the figures of a field are those of
        # its items.
        return True
    if (_LIST_ASK.search(topic) or _PART_OF_ITS_OWN.search(topic)) and LIST_ASPECT.search(topic):
        return True
    return any(
        pattern.search(topic)
        for pattern in (_WHAT_ASPECT, _SUMMARY, _DID_WHAT, _ASPECT_TAIL, ORDINAL_PART)
    ) or bool(
        _ASPECT_ALONE.fullmatch(topic.strip())
        or asks_documents(topic)
        or _TOP_HEADINGS.search(topic)
    )


# "工作开展情况", "主要做法", "存在的问题与不足": words a report's headings end with.
_HEADING_END = re.compile(r"(?:情况|做法|成效|举措|措施|问题|不足|打算|计划|安排|亮点|特色)$")


def names_heading(name: str) -> bool:
    """True when ``name`` (quoted by the asker) reads as a heading of a report's part
    ("“主要做法”"), which asks that part, not a term."""
    return len(name.strip("“”\"'")) >= 4 and bool(_HEADING_END.search(name.strip("“”\"'")))


# "应急方面", "普法这块": a field named alone, with nothing asked of it.
_FIELD_ALONE = re.compile(
    r"^(?:在)?(?P<field>[\u4e00-\u9fff]{2,12}?)(?:方面|这块|这一块|这方面|领域)(?:的)?(?:工作|情况)?"
    r"(?:呢)?[？?。！!\s]*$"
)


def field_alone(topic: str) -> str | None:
    """What a field named alone asks ("应急方面" → its 做了哪些工作): the work done in it,
    as a terse asker means; None when ``topic`` asks something of its own."""
    found = _FIELD_ALONE.match(topic.strip())
    if found is None or re.search(QUESTION_WORDS, found["field"]):
        # ("是哪几个领域的": which fields, asked.)
        return None
    return f"{found['field']}方面做了哪些工作"
