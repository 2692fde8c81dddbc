"""How a formal request asks the answer to be annotated, said beside what it asks: reports
without the figure ("没写的也请标出来"), ties ("有并列的照实写并列"), the figures each item
states ("有量化指标的一并写上"), and how each figure is counted ("统计口径不同的请备注"). A table
lists the silent reports as 未提及, a ranking shows ties as they are, items carry their figures
and notes say when periods or measures differ; so these clauses ask nothing more, and their words
("口径", "数据", "并列") would be read as the thing asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.asked_beside import BREAKDOWN, CLAUSE, ITEM_MARK, QUESTION_WORDS, REQUEST
from retrieval.query.laid_out import LAID_OUT
from retrieval.query.reports_apart import REPORTS_APART

__all__ = [
    "ANNOTATIONS",
    "PARTS_OF",
    "RESTATED",
    "asks_companions",
    "lacking_marked",
    "without_bracketed",
]

# "报告未提供的注明未提供": the reports without it, which a table lists as 未提及 ("没写的也请
# 标出来", "没有数据的注明未提及", "未写的填“未提及”", "没写成功率的单列").
_UNSTATED = re.compile(
    rf"^{REQUEST}(?:报告)?(?:未|没有?)(?:提供|提及|给出|载明|写明|涉及|写|提)?(?:相关)?"
    # What it lacks, not which report ("没写县名的那份" is a report described).
    r"(?:(?![那这份县镇])[^，,；;。？?！!]){0,6}?(?:数据|数字|信息)?的?(?:报告)?(?:请|也请|亦请)?"
    r"(?:也|都|一并)?(?:请)?"
    r"(?:注明|标明|写明|说明|标注|注|列明|指出|标出来?|填|写上|单列|列出来?)"
)
# "有量化指标的一并写上": the figures the items state, which every item carries.
_FIGURES_TOO = re.compile(
    rf"^{REQUEST}(?:有|涉及)?(?:量化指标|量化数据|具体数字|具体数据|数字|数据)的?(?:话)?(?:请|也请)?"
    r"(?:也|都|一并|一起|同时){0,2}(?:写上|列上|带上|附上|给出|写出来?|列出来?|注明|标明|写明)"
    # "有数据的写出来对照下": set side by side, as the answer sets them.
    r"(?:[，,]?(?:对比|比较|对照)(?:一下|下)?)?$"
)
# "有并列的照实写并列", "并列的请一并列出": ties, which a ranking shows as they are.
_TIES = re.compile(
    rf"^{REQUEST}(?:如)?(?:有)?并列的?(?:请|也请)?(?:照实|如实|一并|都)?(?:写|列|标|注)(?:明|出来?)?(?:并列)?$"
)
# "审查口径不同的备注一下", "统计期间不一致的请注明（…）", "口径（全年/…）注明": how each
# figure is counted, which the answer's notes on periods and measures say.
_COUNTED_APART = re.compile(
    r"^[^，,；;。？?！!]{0,12}?(?:口径|期间|时段|年度|单位)(?:[（(][^（()）]{0,20}[）)])?"
    r"(?:不同|不一致|不一样|不统一|有别)?(?:的地方|的)?(?:请|也请)?(?:在表后|在表格后|在后面|在备注中|在备注里)?"
    r"(?:备注|注明|标明|标注|说明|写明|说清楚|讲清楚|写清楚|标清楚|说明白|讲明白)(?:一下|下)?"
    r"(?:[（(][^（()）]{0,20}[）)])?$"
)

# What a clause asks of the reports, which an annotation never does.
# Verbs that mark the answer up, and verbs that ask a figure along with what is asked.
_MARKS = "注明|标注|标明|备注|标出"
_ALONG = "写上|列上|带上|附上|给出|列出"
# A character of a clause that begins no question word: what comes before a mark's verb.
_UNASKING = rf"(?:(?!{QUESTION_WORDS})[^，,；;。？?！!])"
_ASKING = rf"(?![^，,；;。？?！!]*(?:{QUESTION_WORDS}|排序|排名|排列))"
# "每项注明所属报告", "并注明每个数字是全年还是累计口径", "请在旁边标注一下": a clause whose verb
# marks the answer up asks no content of the reports, whatever it marks (every line names its
# report, quotes its figure with its period and is cited).
_MARKED = re.compile(
    rf"^{_UNASKING}{{0,8}}?(?<![没未不无])(?<!没有)(?:{_MARKS}|加注|区分清楚|区分开|加以区分)"
    # ("请注明成功率", "注明执行金额": a figure, asked.)
    r"(?![^，,；;。？?！!]{0,8}?(?:率|金额|人数|件数|次数)$)"
    # "层级差异在备注里说明即可": said in a note, which the answer's notes are.
    r"|^[^，,；;。？?！!]{0,12}?(?:在备注|备注)(?:里|中|栏)?(?:说明|注明|写明|写)(?:即可|就行)?$"
)
# "只写了次数、没写人数的请放在后面并注明", "完全没写的也请说明": how to mark the reports
# that lack it, told of them.
_LACKING_MARKED = re.compile(
    r"^(?:只|仅|完全|如|若|如果|有的|凡|对)?(?:没有?|未|只|仅)[^，,；;。？?！!]{0,20}?的(?:报告)?"
    rf"(?:请|也请|都|亦|也)?[^，,；;。？?！!]{{0,8}}?(?:{_MARKS}|说明)(?:一下|下)?$"
)
# "叶城那份是2023年的数据", "有的报告写的是累计数": what a report's figures are, told so the answer
# keeps them apart; it names a report without asking of it.
_TOLD_PERIOD = re.compile(
    rf"^{_ASKING}(?:另外|其中|注意|需要说明的是)?[^，,；;。？?！!]{{0,16}}?(?<![就也都还])(?:是|为|系|属于?)"
    r"[^，,；;。？?！!]{0,10}?(?:年度?|全年|累计|以来|口径)[”\"’」]?(?:的)?(?:数据|数字|数|口径|统计)?(?:吧|呢)?$"
)
# "是针对哪一年的": the year a part is for, which its heading (or its report's year) tells.
_PART_YEAR = re.compile(
    r"^(?:这)?(?:是|都是)?(?:(?:针对|对应|关于)(?:哪一?年|哪个年度|哪年)度?的?(?:打算|安排|计划)?"
    r"|(?:哪一?年|哪个年度|哪年)度?的?(?:打算|安排|计划))(?:吗|呢)?$"
)
# "没有数字的写未提及", "缺的填“无”": what to write for the reports without it, said by the
# words written.
_FILLED = re.compile(
    r"^[^，,；;。？?！!]{0,16}?(?:说明|注明|标注|写|填|标|记|注|列)(?:为|成|上)?[“\"'‘「]?(?:未提及|未提供|未给出|未载明|未涉及|未说明|未写|无|暂无|空着|空白|不详)"
    r"[”\"'’」]?(?:即可|就行|就好)?$"
    # "有数就写，没有就留空": a cell filled where a report states it, left empty where not.
    r"|^有(?:的|数)?就(?:填|写|列)上?[，,]?没有?(?:的|数)?就?(?:空着|不填|留空|空白|写未提及|不写)$"
    # "哪份没这个数就填无": what a report lacks, said so.
    r"|^[^，,；;。？?！!]{0,8}?(?:没有|没写|没提|无)(?:的|的话)?(?:就|则|请)(?:写|填|标|注明|说)(?:个|上)?(?:没有|无|没|未提及)$"
)
# "哪份报告没有给出复议案件数，请单独注明": which reports lack it, told before the mark asked.
_LACKING = re.compile(
    # "其中如有量化的目标，请单独标注": a condition on the items, told before the mark.
    # "如叶城县有刑事、民事等分项数字，请一并列出": the report named between.
    r"^(?:其中|另外|[^，,；;。？?！!]{0,12}?)(?:如|若|如果|假如)[^，,；;。？?！!有]{0,8}?(?:报告)?(?:中|里)?"
    r"(?:还|另|也)?(?:有|涉及)"
    r"[^，,；;。？?！!]{1,24}$|"
    # ("有没有报告提到X" asks which do.)
    r"^(?:其中|另外)?(?:如|若|如果|假如)?(?!有没有|有无)(?:哪|有)(?:份|个|家|些)?(?:报告|县|镇|地方|地区)?(?:里|中)?(?:没有?|未)"
    # "报告中没有写的，请注明未提及".
    r"|^(?:如|若|如果)?报告(?:里|中)?(?:没有?|未)(?:写|提|给出|载明|涉及)[^，,；;。？?！!]{0,6}$"
)
# "…，也请说明": a bare mark, after the clause saying which reports it is for.
_BARE_MARK = re.compile(
    rf"^(?:也|都|亦|并|请|另|一并)*(?:{_MARKS}|说明|写明|指出|{_ALONG})"
    r"(?:一下|下)?$"
)
# "请列出报告名称即可": only which reports, as every line names its report.
_REPORTS_NAMED = re.compile(
    rf"^{REQUEST}(?:只|仅)?(?:要|需)?(?:列出|给出|写出|说出|告诉我|列)?(?:报告|县|地方)(?:的)?(?:名称|名字|名|标题|题目|全称)?"
    r"(?:即可|就行|就好|就可以|便可)$"
)
# "有人数的把人数也带上": the figure of each line where its report states it, as quoted.
_WHERE_STATED = re.compile(
    r"^有(?P<x>[\u4e00-\u9fff]{1,6})的(?:请)?(?:把|将)?(?:(?P=x))?(?:也|都|一并|一起)?"
    r"(?:带上|写上|列上|附上|注明|标明|写出来?|列出来?)$"
)
# "如有调解和解等相关数字也一并对照", "003的通过率如果报告有也写上": figures asked where a
# report states them, which the quoted sentences carry.
_IF_STATED = re.compile(
    r"^(?:如|若|如果)(?:有|涉及)[^，,；;。？?！!]{1,20}?(?:的话)?(?:也|请|也请|亦)?(?:一并|一起|同时)?"
    rf"(?:{_ALONG}|对照|注明|说明|对比|比较)(?:一下|下)?$"
    r"|^[^，,；;。？?！!]{0,12}?(?:如果|如|若|要是)(?:报告)?(?:里|中)?(?:有|写了|提到)(?:的话)?"
    rf"(?:也|就|请|也请)?(?:一并)?(?:{_ALONG}|注明|写出来)$"
)
# "并给出明确结论", "最后给一句谁最多的结论": the verdict, which every comparison ends with.
_VERDICT_ASKED = re.compile(
    rf"^{REQUEST}(?:最后|再)?(?:给出?|下|作出|做出|得出)(?:一个|一句|个|句|明确|最终|简要|的)*"
    r"(?:[^，,；;。？?！!]{0,8}的)?(?:结论|判断)(?:一下)?$"
)
# "保持原有顺序", "每条用一句话概括即可": the order and length of the lines, which every list
# keeps (report order, one line an item).
_AS_WRITTEN = re.compile(
    rf"^{REQUEST}(?:保持|按照?|依)(?:报告的?|原报告的?|文件的?|文件编号的?|编号的?)?(?:原有|原来|原文|原)?的?"
    r"(?:顺序|次序)(?:和|及|与)?(?:编号|序号)?(?:排列|列出)?$"
    rf"|^{REQUEST}(?:每条|每项|每点|各条|逐条)?[^，,；;。？?！!]{{0,10}}?(?:用|以)(?:一句话|一两句话|一句|简短的话)"
    r"(?:概括|说明|描述|表述|总结)?(?:即可|就行|就好)?$"
    # "一句话一个", "每个一句话": a line an item.
    r"|^(?:一句话一(?:个|条|项|点)|(?:每个|每条|每项|每点)一句话?)(?:就行|即可|就好)?$"
)
# "…，谢谢": the courtesy closing a request.
# "…，谢谢配合", "请予支持", "…为盼", "特此说明": the courtesy closing a written request.
_COURTESY = re.compile(
    r"^(?:谢谢|多谢|感谢|辛苦了?|麻烦了|劳驾了?)(?:您|你)?(?:的)?(?:配合|支持|协助|帮助)?(?:啦|了|啊|哈)?$"
    r"|^(?:请予|敬请|恳请)(?:支持|协助|配合|办理|核实|反馈|帮助)$|^(?:特此|此致)[^，,；;。？?！!]{0,6}$"
    r"|^[^，,；;。？?！!]{0,12}为盼$"
)
# "我知道一个是乡镇一个是县": what the asker knows already, told beside the request.
_KNOWN = re.compile(r"^(?:我|我们)(?:也)?(?:知道|清楚|了解|明白|理解)[^，,；;。？?！!]{0,24}$")
# "列出每份报告的数字和单位": each row's figure, which every row quotes with its measure.
_EACH_FIGURE = re.compile(
    rf"^{REQUEST}(?:列出|给出|写出|注明|写明)?(?:每份|各份|各|每个|每家)(?:报告|县|地方|地区)?的?(?:原文)?"
    r"(?:数字|数据|数值|件数)(?:和|及|与)?(?:单位|口径|出处|原文)?$"
)
# "请在答复中予以提示": a note the answer gives where periods or levels differ.
_NOTED = re.compile(
    r"^(?:如|若|如果)?(?:不一致|不同|有差异|有出入)?(?:的话)?"
    rf"{REQUEST}(?:在答复中|在回答中|在答案中|在比较时|比较时|排序时|在?结论(?:中|后|里))?(?:予以|加以)?"
    r"(?:提示|提醒|说明|注明)(?:一下|下)?$"
)
# "条数相同的并列即可": ties, which a ranking shows as they are.
_TIED = re.compile(
    r"^[^，,；;。？?！!]{0,6}(?:相同|一样|相等)的?(?:请)?(?:并列|列为并列)(?:即可|就行|就好)?$"
)
# "叶城县为“2024年度主要安排”": what one report calls the part asked, told beside the request.
_CALLED = re.compile(
    r"^[^，,；;。？?！!]{1,12}?(?:为|叫|称|写作|写为|写的是|题为)[“\"「][^”\"」]{1,24}[”\"」]$"
)
# "尽量简练": how long each line is, which every line keeps short.
_BRIEF = re.compile(
    r"^(?:请)?(?:尽量|务必|力求)?(?:简练|简洁|精炼|简要|简短|扼要)(?:一些|些|点|一点)?$"
    # "捡主要的说", "挑重点讲": the main items, which a list's headings are.
    r"|^(?:请)?(?:捡|拣|挑|拿)(?:主要|重要|重点|关键)的?(?:说|讲|写|列)(?:说|讲|一下|下)?$"
)

# "（原文表述）", "引用原文": the report's own words, which every line quotes and cites.
_VERBATIM = re.compile(
    rf"^{REQUEST}(?:逐项|逐一|逐条)?(?:引用|摘录|照录|按|照|用|附|附上|列出|给出)?(?:报告)?的?原文"
    r"(?:表述|说法|措辞|写法|数字|数据)?(?:并?(?:注明|标明|写明)单位)?(?:为准|即可|就行)?$"
)

# "（含调解、信访、群众诉求）": the kinds a field takes in, listed beside it ("（含公职律师）"
# names one, which is part of the thing counted).
_TAKES_IN = re.compile(
    r"^(?:含|包括|包含)[^，,；;。？?！!、]{1,10}(?:、[^，,；;。？?！!、]{1,10})+$"
)
# "请分别列出报告名称及所在部分": each line's report and section, which every line names.
_WHERE_NAMED = re.compile(
    rf"^{REQUEST}(?:分别|逐一)?(?:列出|注明|写明|说明|标明)报告(?:的)?(?:名称|名字|标题)?"
    r"(?:及|和|以及)?(?:所在|所属|对应)?(?:的)?(?:部分|章节|段落|位置|出处)?$"
)
# "叶城县的分项（刑事、民事、认罪认罚）": the breakdown of a side's figure, which its
# sentence states beside it (``asks_companions``).
_BREAKDOWN_ALONG = re.compile(
    rf"^[^，,；;。？?！!]{{0,8}}?的?(?:{BREAKDOWN})(?:数字|数据|情况)?(?:[（(][^（()）]{{1,30}}[）)])?"
    r"(?:也请|请)?(?:一并)?(?:列出|注明|写上)?$"
)
# "格式同上": laid out as the answer before, as every answer is.
_AS_BEFORE = re.compile(
    rf"^{REQUEST}(?:格式|体例|口径|要求)?(?:同上|照旧|同前|与上面?相同|跟上面?一样)$"
    # "请同样列出": set out as the answer before.
    rf"|^{REQUEST}(?:同样|照样|一样|也)(?:列出|列一下|列|写出)(?:来)?$"
)
# "分别写明数字", "列明具体件数": each line's figure, which every line quotes.
_FIGURE_WRITTEN = re.compile(
    rf"^{REQUEST}(?:分别|逐一|逐个|各自)?(?:写明|列明|注明|给出|写出|列出)(?:各自的?|具体的?|各家的?)?"
    r"(?:数字|数据|件数|数量|数值)$"
)
# "…拨了多少钱，分几块": the parts a figure is made of, which the sentence stating it lists.
PARTS_OF = re.compile(
    r"^(?:具体|一共|都)?分(?:为|成)?了?(?:几|哪几|哪些)个?(?:块|部分|项|类|方面)(?:呢|吗)?$"
)

# "能不能换个说法，一句话给我讲清楚", "说得通俗点": the answer just given, told again.
_ONE_SENTENCE = r"(?:用)?一句话(?:给我|帮我)?(?:讲|说|概括|总结)(?:清楚|明白|一下)?"
# One way of saying it again: "换个说法", "说得通俗点", "每条一句话", "县长要看的".
_RESTATE = (
    r"(?:换(?:个|一种|一个)(?:说法|方式|讲法|角度)(?:说|讲)?(?:一下|下)?"
    r"|(?:说|讲|解释|写)得?(?:更)?(?:通俗|简单|明白|清楚|直白|简短|口语化)(?:一)?(?:点|些)?"
    r"|(?:更)?(?:通俗|简单|简短|直白)(?:一)?(?:点|些)"
    rf"|(?:每条|每项)?{_ONE_SENTENCE}|(?:每条|每项)(?:用)?一句话"
    r"|(?:是)?(?:给|让)?(?:县长|领导|书记|主任|老板)(?:要)?看的?)"
)
RESTATED = re.compile(
    r"^(?:那)?(?:能不能|能否|可不可以|可以|能|请|麻烦)?(?:再)?"
    rf"{_RESTATE}(?:吗|呢|吧)?(?:[，,\s]*(?:再)?{_RESTATE}(?:吗|呢|吧)?)*[？?。！!\s]*$"
)
# "我记得好像还有减免费用的，是不是": what the asker recalls, which the figures quoted confirm.
_RECALLED = re.compile(
    r"^(?:我)?(?:记得|印象中|印象里)(?:好像)?[^，,。？?！!]{0,24}?(?:是不是|对吗|对不对|是吧|吧)?$"
)

# "…占几成？文中有没有明确的数据": whether the figure asked is stated, which its answer says.
_FIGURE_STATED = re.compile(
    r"^(?:那)?(?:报告|文中|原文)?(?:里|中|上)?(?:面)?(?:有没有|有无|是否有|有)(?:写)?(?:具体|明确|确切)?的?"
    r"(?:数|数字|数据|数值)(?:吗|么|嘛|没有?)?$"
)

# Each matched from a clause's start.
ANNOTATIONS = (
    RESTATED,
    _FIGURE_STATED,
    _RECALLED,
    _UNSTATED,
    PARTS_OF,
    _FIGURES_TOO,
    _TIES,
    _COUNTED_APART,
    _MARKED,
    _TOLD_PERIOD,
    _PART_YEAR,
    _FILLED,
    LAID_OUT,
    _LACKING_MARKED,
    _REPORTS_NAMED,
    _WHERE_STATED,
    _IF_STATED,
    _VERDICT_ASKED,
    _AS_WRITTEN,
    _COURTESY,
    _KNOWN,
    _CALLED,
    _NOTED,
    _TIED,
    _EACH_FIGURE,
    _BRIEF,
    _VERBATIM,
    _AS_BEFORE,
    _WHERE_NAMED,
    _BREAKDOWN_ALONG,
    _TAKES_IN,
    *REPORTS_APART,
    _FIGURE_WRITTEN,
)


# "如有调解和解率、办结等配套数据也请注明": figures beside the asked one, where stated.
_COMPANIONS = re.compile(
    r"(?:配套|相关|其他|其它)(?:的)?(?:数据|数字)|(?:如|若|如果)(?:报告)?(?:中|里)?(?:还|另)?有"
)


# "各建了些啥、多少个": which things and how many, each figure of the run asked.
_WHAT_AND_COUNT = re.compile(
    r"(?:些|都|有)(?:啥|什么|哪些)[、，,\s]*(?:各|分别)?(?:有|建了?|是|搞了?)?(?:多少|几)"
)


def asks_what_and_count(question: str) -> bool:
    """True when ``question`` asks which things and how many of each ("各建了些啥、多少个"):
    the run of figures the asked one stands in, whole."""
    return _WHAT_AND_COUNT.search(question) is not None


def asks_companions(question: str) -> bool:
    """True when a clause of ``question`` asks the figures stated beside the asked one, where
    a report states them ("如有调解和解率等数据也请注明"): each side's line then quotes its
    sentence's figures that follow the asked one."""
    bodies = (c.strip().rstrip("，,；;。？?！! ") for c in CLAUSE.findall(question))
    clauses = [ITEM_MARK.sub("", body) for body in bodies]
    return asks_what_and_count(question) or any(
        (_COMPANIONS.search(clause) and any(p.match(clause) for p in (_IF_STATED, _FIGURES_TOO)))
        or _BREAKDOWN_ALONG.match(clause)
        or (_LACKING.match(clause) and i + 1 < len(clauses) and _BARE_MARK.match(clauses[i + 1]))
        for i, clause in enumerate(clauses)
    )


def lacking_marked(clauses: list[str], marked: list[bool]) -> list[bool]:
    """``marked`` with the clauses saying which reports lack it ("哪份报告没有给出X") marked too,
    when the clause after them is an annotation ("请单独注明")."""
    bodies = [c.strip().rstrip("，,；;。？?！! ") for c in clauses]
    lacking = [_LACKING.match(body) is not None for body in bodies]
    told = [
        flag or (bool(_BARE_MARK.match(body)) and i > 0 and lacking[i - 1])
        for i, (flag, body) in enumerate(zip(marked, bodies, strict=True))
    ]
    return [
        flag or (lacking[i] and i + 1 < len(clauses) and told[i + 1]) for i, flag in enumerate(told)
    ]


_BRACKETED = re.compile(r"[（(]([^（()）]{2,60})[）)]")


def without_bracketed(text: str, annotates: Callable[[str], bool]) -> str:
    """``text`` without the bracketed asides whose every clause ``annotates`` the answer
    ("（有的报告写的是累计数，请区分清楚）")."""

    def kept(found: re.Match[str]) -> str:
        clauses = CLAUSE.findall(found[1])
        return "" if clauses and all(annotates(c) for c in clauses) else found[0]

    return _BRACKETED.sub(kept, text)
