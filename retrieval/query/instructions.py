"""How the asker wants the answer given, said beside what they ask.

Formal requests add instructions to the question: where to cite ("并指明出自报告哪一部分"), what
to heed ("注意两份报告的年度口径"), which wording counts ("按报告口径"), how to lay it out
("请以表格形式列出…", "请按报告逐一列出…", "报告未提供的注明未提供"), which figures to include
("请列出报告中的场次、条数等数据"). Every answer already cites report, section and excerpt, says
when periods differ and which reports give nothing; so these ask nothing more, and their words
("部分", "口径", "年度", "数据") would be read as the thing asked. A request that names what is
asked ("请给出审查件数、出具意见建议份数") asks it, after the question it makes precise.
"""

from __future__ import annotations

import re

from retrieval.query.about_answer import CHECK_TAG
from retrieval.query.annotations import ANNOTATIONS, PARTS_OF, lacking_marked, without_bracketed
from retrieval.query.asked_beside import CLAUSE, ONE_EACH, QUESTION_WORDS, REQUEST, WHICH_PERIOD
from retrieval.query.counting_caveats import COMPARABLE, HEED, PERIODS, UNITS_NOTED, caveat
from retrieval.query.doing_shape import WHICH_PLACES
from retrieval.query.enumerated import enumerated
from retrieval.query.examples_asked import STATES_LISTED
from retrieval.query.handing_over import (
    FIGURES_LISTED,
    ONLY_FIGURED,
    PURPOSE,
    WORK_OUT,
    delivered,
    without_tell_too,
)
from retrieval.query.parts import EXAMPLES
from retrieval.query.requested import as_asked, held_apart, ordered_over

__all__ = ["instruction_only", "without_instructions"]

_SENTENCE = re.compile(r"[^。？?！!]+[。？?！!]*")
# "各是哪个县的", "分别是哪里": the places of the reports a sentence before asks for.
_PLACES_OF_FOUND = re.compile(
    r"^(?:那)?(?:各|分别|各自|都)(?:是|在|属于)?(?:哪个|哪些|哪几个|哪里|哪儿)"
    r"(?:县|市|乡镇|镇|乡|地方|地区)?(?:的)?[？?。！!\s]*$"
)
# "并指明出自报告哪一部分", "注明出处", "附上原文": where the answer comes from, which every
# answer cites.
# "每个县摘一句原文", "要报告里的原话": the report's own words, which every line quotes.
_SOURCE = re.compile(
    rf"^{REQUEST}(?P<each>[每各一]个?(?:县|镇|乡镇|地方|家|份|报告))?(?:都|就)?"
    r"(?:指明|注明|标明|写明|说明|给出|列明|附上?|引用?|摘(?:录|抄)?|要|用|贴|给我?|(?:标|写|带|加)上)"
    r"[^，,；;。？?！!]{0,12}?"
    r"(?:出处|来源|原文|原话|原句|(?:那|这)句话|依据|出自|哪一?(?:部分|章节|节|段|条))[^，,；;。？?！!]{0,8}$"
)
# "出处标上", "原文也附上": the same request, its verb after what it asks for.
_SOURCE_AFTER = re.compile(
    rf"^{REQUEST}(?:出处|来源|原文|原话|依据)(?:也|都|要|请|一并)*"
    r"(?:标|注|写|附|给|带|列)(?:上|明|出|好|清楚)?(?:一下)?(?:来|出来)?$"
)
# "按报告口径", "按额敏县2025年报告口径": the reports' own wording; the report named stays.
_WORDING = re.compile(
    r"(?:请)?按(?:照)?(?P<report>[^，,；;。？?！!]{0,16}?报告)?(?:的)?(?:口径|表述|原文)(?:来看|而言|计算|统计)?"
)
_ANY_REPORT = re.compile(r"(?:各|每)?(?:份|个)?报告|")
# "请以表格形式列出…", "请列表汇总…", "表格形式给我": a table, however it is asked for.
# "用清单形式", "列个清单": a list however called ("权责清单" names a thing).
_TABLE = re.compile(
    r"(?:请)?(?:以|用)表格(?:的)?(?:形式|方式)?|(?:请)?列表(?=汇总|列出|说明)"
    r"|(?:请)?(?:以|用|按)(?:清单|列表|条目|要点)(?:的)?(?:形式|方式|格式)"
    r"|(?<=[\u4e00-\u9fff])(?:请)?(?:列|整理|写|做|弄)(?:成|个|一个)(?:清单|列表)(?=[，,。？?！!\s]|$)"
)
# "…，表格形式": a closing clause asking for a table says only that ("，列表").
_AS_TABLE = re.compile(
    r"[\s，,]表格(?:的)?(?:形式|方式)(?:给我|发我|发给我|列出来|列一下)?(?=[\s，,。？?！!]|$)"
)
# "请将X整理成表（指标｜数值）": a table of X, however its columns are said.
_MADE_TABLE = re.compile(
    r"(?:^|(?<=[，,]))(?:(?:请|烦请|麻烦)?(?:你)?(?:帮我|帮忙|给我)?(?:将|把))?(?P<x>[^，,]+?)"
    r"(?:[，,]?(?:给我|帮我|帮忙|麻烦))?"
    r"(?:整理|汇总|做|制|归纳|整|弄|排|列)成(?:一张|一个)?表(?:格)?"
    r"(?:[（(][^（()）]{0,20}[）)])?"
)
# "麻烦把各县…的件数分别列出来": what is to be listed, put before the verb by 把.
_DISPOSAL = re.compile(
    r"^(?:请|烦请|麻烦|劳驾)?(?:你)?(?:帮我|帮忙)?(?:顺带|顺便|同时|另外|再)?(?:把|将)(?=[^，,。？?！!]*(?:列|整理|统计|汇总|梳理|罗列))"
)
# "请按报告逐一列出…": one row per report.
_EACH_REPORT = re.compile(
    r"(?:请)?按(?:各|每份)?报告(?:逐(?:一|个|份|条)|分别|(?=列明|列出|给出|写明|说明))"
)
# "请给出…", "请分项列明…": a request whose object is what is asked.
_ASKED = re.compile(
    r"^(?:请|烦请|麻烦)(?:分项|逐项|逐一|逐条|分别|一并|同时)?(?:给出|提供|列出|列明|写明)(?:来)?"
)
# "请连同X一并列出": X asked with what the question asks, as "请列出X" asks it.
_ALONG = re.compile(
    r"(?:请|烦请|麻烦)?(?:连同|连带|附带)(?P<along>[^。？?！!]{1,60}?)"
    r"(?:一并|一起|一同)(?:列出|给出|列明|写明|写出|附上)"
)
# "文件名称", "各单位名单": the items the question before asks, by name.
_NAMES_ONLY = re.compile(
    r"^(?:其|各|具体|相关)?[\u4e00-\u9fff]{0,6}?的?(?:名称|名单|名字|全称|标题)$"
)
# "请按总体、禁止类、限制类分行列出…": the lines the figures asked are set out in.
_SPLIT_BY = re.compile(
    r"(?:请)?按[^，,。？?！!]{1,24}?(?:分行|分别|逐行|逐项|分类|分项)(?=列出|列明|给出|写明)"
)
# "…的数据", "场次、条数等量化数据": figures of what the sentence before asks of, nothing new.
_FIGURES_ONLY = re.compile(
    r"(?:等|的|相关|具体|各项|各类|各|量化|统计)*(?:数据|数字|明细|数量)[。？?！!]*$"
)
# "数量各是多少？": the figures of what the question before asks, asked again.
_FIGURES_ASKED = re.compile(
    r"^(?:其中)?(?:各项|各类|各自|具体|相关)?的?(?:数量|数字|数据|件数)(?:各|分别)?(?:是|为|有)?多少[？?。！!]*$"
)
# "请逐条归纳其要点", "并简要评述": how to put what is asked, which the answer's lines do.
_PRESENT = re.compile(
    rf"^{REQUEST}(?:逐条|逐项|分项|分条|分点|简要|简单|扼要|概要)?(?:地)?"
    r"(?:归纳|概括|总结|评述|点评|综述|梳理|提炼|说明)(?:其|一下|出)?(?:要点|要旨|主要内容|内容|异同)?$"
    # "帮领导理几个要点出来": the main points, for whoever they are for.
    r"|^(?:帮|给|替|为)?(?:我|我们|领导|局长|书记|县长|镇长|主任|科长)?"
    r"(?:理|整理|梳理|归纳|提炼|总结|列)(?:一下|下)?(?:出)?(?:几个|几条|几点|一些)?(?:要点|重点)(?:出来)?$"
)
# "总结一下主要内容", "请逐条列出": a summary or a list asked.
_SUMMARY_ASKED = re.compile(
    r"^(?:请|烦请|麻烦)?(?:简要|简单|逐条|逐项|分条|分点|一一)?"
    r"(?:归纳|概括|总结|综述|梳理|提炼|列出|列举|罗列)"
)
# "…，一起说下": all that is asked, told in one answer, as every answer does; "…，挨个说下":
# told one by one, as every row is; "…，麻烦查一下": a request to look, which every question is.
_TOGETHER = re.compile(
    rf"^{REQUEST}(?:(?:一起|一并|一块儿?|都|顺便|挨个儿?|逐个|逐一|一个个|一一|依次"
    # "一个一个县讲": the reports one after another, as the rows are.
    r"|一个一个(?:地方|县|报告|乡镇|来)?)"
    r"(?:说|讲|列|回答|答|告诉我)"
    r"|(?:帮我|帮忙)?(?:查|看|找|搜|核实|确认))(?:一下|下|说|讲|查|看)?(?:吧|呗)?$"
)
# "别光看口号", "不要念大话": how not to answer, which asks nothing.
_DONT = re.compile(
    r"^(?:请|麻烦|烦请)?(?:别|不要|不用|无需|甭|不需要|不必|切勿|勿)[^，,；;。？?！!]{1,10}$"
    # "不要用“积极落实”之类的表述代替": how not to answer, however it is worded.
    r"|^(?:请|麻烦|烦请)?(?:别|不要|切勿|勿)(?:用|拿|以)[^，,；;。？?！!]{1,24}(?:代替|替代|充数|凑数|顶替)$"
)
# "…和解比例并简要评述": how to put it, closing a request for what is asked.
_REMARK = re.compile(
    r"(?:并|再|然后|同时)?(?:简要|简单|扼要)?(?:地)?(?:评述|点评|评价|分析|评析)(?:一下)?"
    r"(?=[。？?！!]*$)"
)
# "就X而言", "以X为指标", "以X衡量…": the thing asked, framed in a written request.
_FRAMED = re.compile(
    r"(?:就|在|从|对于|关于)(?P<a>[^，,；;。？?！!]{2,30}?)(?:而言|来看|方面来看|这一[^，,；;。？?！!]{1,8}上)"
    r"|(?:如果|若|假如)?以(?P<b>[^，,；;。？?！!]{2,30}?)"
    # "以X衡量各报告…的程度": X is what is weighed, whatever it is said to weigh.
    r"(?:为(?:指标|标准|依据|口径)|(?:来)?衡量[^，,；;。？?！!]*)"
    # "请按各报告的X，对五份报告排序": what the order is by, said first.
    r"|^(?:请)?按(?:照)?(?P<c>[^，,；;。？?！!]{2,30}?)(?=[，,][^。？?！!]*(?:排序|排名|排列))"
)
# "各报告披露的", "报告所载的": what the reports state, which is what any figure is.
_DISCLOSED = re.compile(r"(?:所)?(?:披露|载明|记载|列示|反映)的")
# "…制度以构建…工作格局": what a measure was for, said after it, which names no other thing.
_IN_ORDER_TO = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:以|用以|借以)(?:构建|推动|实现|促进|提升|保障|加强|确保|推进|助力|服务|支撑)"
    r"[^，,；;。？?！!]*"
)
# "截至报告期", "报告期内": the period every report covers, which narrows nothing.
_REPORT_PERIOD = re.compile(r"截至(?:报告期末?|目前|当前|报告期)|报告期(?:内|末)?")
_ORDER_TOO = re.compile(r"^(?:排序|排名|排列|名次)(?:情况|结果)?(?:及|和|与|以及|并)")
# "…情况如何？": a vague question that a request after it makes precise.
_VAGUE = re.compile(r"(?:的)?(?:情况|工作)?(?:如何|怎么样|怎样|咋样)[？?。！!]*$")
_EXAMPLES_ONLY = re.compile(rf"^[^，,；;。？?！!]{{1,12}}{EXAMPLES}$")
_QUESTION = re.compile(QUESTION_WORDS)
# "普兰县和003号材料都写了2025年的热线数据，请对比…": that the reports state it, told before
# the request; the places named stay.
_BOTH_STATE = re.compile(
    r"(?<=[\u4e00-\u9fff\d])(?:的)?(?:材料|报告)?(?:都|均)(?:写了|写有|给出了?|提到了?|列了|载有|有)"
    r"(?:20\d\d年度?)?(?:的)?(?=[^，,；;。？?！!]{0,16}?(?:数据|数字)[，,])"
)


# "如报告另有西藏政务服务网留言的数据，请一并列出": a figure of a thing named, asked where
# the report states it (figures "等配套数据" are those beside the asked one: ``asks_companions``).
_IF_HAS_THING = re.compile(
    r"(?:如|若|如果)(?:报告)?(?:中|里)?(?:另|还)?有(?P<x>[^，,；;。？?！!]{2,16}?)的?(?:数据|数字)"
    r"[，,]?(?:也)?(?:请)?(?:一并|一起|同时|也)(?:列出|给出|写上|附上|列明)"
)
_GENERIC = re.compile(r"配套|相关|其他|其它|等")
# "把…数字也一并摘出来": the request's verb after what it asks for, asking nothing more.
_VERB_LAST = re.compile(
    r"(?<=[\u4e00-\u9fff”])(?:(?:也|都|亦)(?:请)?(?:一并|一起|同时)?|(?:一并|一起|同时))"
    r"(?:摘出来|摘录出来|列出来|写出来|罗列出来|整理出来|找出来|摘录)(?=[，,。；;！!？?]|$)"
)


def _thing_if_stated(found: re.Match[str]) -> str:
    return found.group() if _GENERIC.search(found["x"]) else f"{found['x']}是多少"


def without_instructions(question: str) -> str:
    """``question`` without what it says about how to answer (see the module), or as it is."""
    # "以下数据：1、…；2、…": each numbered item asked in turn.
    question = enumerated(question, _instruction)
    text = _EACH_REPORT.sub(
        "各报告",
        _TABLE.sub("", _MADE_TABLE.sub(lambda m: f"{m['x'].rstrip('，, ')}，列表", question)),
    )
    text = _BOTH_STATE.sub("的", _AS_TABLE.sub("，列表", text))
    text = _VERB_LAST.sub("", _IF_HAS_THING.sub(_thing_if_stated, text))
    text = as_asked(_DISCLOSED.sub("", _IN_ORDER_TO.sub("", _DISPOSAL.sub("", text))))
    text = ordered_over(text)
    text = _ALONG.sub(lambda m: f"请列出{m['along']}", _REPORT_PERIOD.sub("", text))
    text = STATES_LISTED.sub("", _SPLIT_BY.sub("请", text))
    text = _FRAMED.sub(lambda m: m["a"] or m["b"] or m["c"] or "", text)
    text = _WORDING.sub(
        lambda m: "" if _ANY_REPORT.fullmatch(m["report"] or "") else m["report"], text
    )
    text = without_bracketed(text, _instruction)
    kept: list[str] = []
    for sentence in _SENTENCE.findall(text):
        # A caveat may close the sentence after a "；".
        parts = re.split(r"(?<=[；;])", sentence)
        sentence = "".join(p for p in parts if not caveat(p.strip().lstrip("；;，, ")))
        # "每个县摘一句原文": a line a report, each quoting its own words (which every line does).
        raw = [_quoting_each(c) for c in CLAUSE.findall(sentence)]
        marked = lacking_marked(raw, [_instruction(c) for c in raw])
        # "普兰县那份报告，总结一下主要内容", "…工作，请逐条列出": a summary or list asked of
        # what is named alone is what is asked, no way to put an answer.
        alone = not kept and not any(
            _QUESTION.search(c) for c, m in zip(raw, marked, strict=True) if not m
        )
        # ("…的那一部分，分了哪几个方面": the parts of a part named, no figure's parts.)
        marked = [
            m
            and not (
                alone and (_SUMMARY_ASKED.match(c.strip()) or PARTS_OF.match(c.strip(" ，,？?")))
            )
            for c, m in zip(raw, marked, strict=True)
        ]
        clauses = [
            without_tell_too(_spaced(c))
            for i, c in enumerate(raw)
            if not marked[i] and not delivered(raw, i, bool(kept))
        ]
        # "合法性审查，文件合同啥的，各报告分别审了多少": examples between what is asked and
        # how narrow nothing.
        clauses = [
            c
            for i, c in enumerate(clauses)
            if i + 1 == len(clauses) or not _EXAMPLES_ONLY.match(c.strip("，,；; "))
        ]
        clauses = [c for i, clause in enumerate(clauses) for c in held_apart(clause, i)]
        said = re.sub(r"[，,；;]+？", "？", "".join(clauses))
        if not said.strip("，,；;。？?！! "):
            continue
        if kept and _PLACES_OF_FOUND.match(said.strip()) and WHICH_PLACES.search(kept[-1]):
            # "…有哪几份报告？各是哪个县的": the reports found are named by their places.
            continue
        if _FIGURES_ASKED.match(said.strip()) and kept and _QUESTION.search("".join(kept)):
            # "办理了哪些事项？数量各是多少？": the items asked carry their figures.
            continue
        if _ASKED.match(said) and kept and _QUESTION.search("".join(kept)):
            if _FIGURES_ONLY.search(said):
                # "做了哪些工作？请列出…等数据": the items asked already carry their figures.
                continue
            # "请列出排序及培训次数": the order is the ranking's own; the count is asked.
            said = _REMARK.sub("", _ORDER_TOO.sub("", _ASKED.sub("", said)))
            if not said.strip("，,；;。？?！! "):
                # "请逐一列出": how to lay out what the question before asks.
                continue
            if _NAMES_ONLY.match(said.strip("，,；;。？?！! ")):
                # "请逐一列出文件名称": the items asked, by their names.
                continue
            if _VAGUE.search(kept[-1]):
                # "…情况如何？请给出件数、金额": the request says which figures.
                kept[-1] = _VAGUE.sub("，", kept[-1])
            if not _QUESTION.search(said):
                # "件数、执行到位金额和执行率": each named figure is asked.
                said = said.rstrip("。？?！! ") + "各是多少？"
        kept.append(said)
    cleaned = "".join(kept).strip("，,；; ")
    # ("我记得…52本，没记错吧": what is recalled is the statement the tag asks about.)
    return question if CHECK_TAG.match(cleaned) or not cleaned.strip("。？?！! ") else cleaned


def _spaced(clause: str) -> str:
    """``clause`` without the instructions typed after a space instead of a comma ("减免金额呢
    单位是啥")."""
    pieces = _SPACE.split(clause)
    kept = [piece for piece in pieces if not _instruction(piece)]
    return " ".join(kept) if len(pieces) > 1 and kept else clause


_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _quoting_each(clause: str) -> str:
    """``clause`` asking each report's own words ("每个县摘一句原文") as the line a report it
    asks for ("每个县一行"); any other clause as it is."""
    found = _SOURCE.match(clause.strip().rstrip("，,；;。？?！! "))
    if not found or not found["each"]:
        return clause
    return f"{found['each']}一行{clause[len(clause.rstrip('，,；;。？?！! ')) :]}"


def instruction_only(text: str) -> bool:
    """True when every clause of ``text`` only says how to answer ("文中有明确数字吗", "请注明
    出处"), asking nothing of its own."""
    clauses = [c for c in CLAUSE.findall(text) if c.strip("，,；;。？?！! ")]
    return bool(clauses) and all(_instruction(c) for c in clauses)


def _instruction(clause: str) -> bool:
    body = clause.strip().rstrip("，,；;。？?！! ")
    return (
        any(
            pattern.match(body)
            for pattern in (
                _SOURCE,
                _SOURCE_AFTER,
                HEED,
                PERIODS,
                COMPARABLE,
                PURPOSE,
                _PRESENT,
                _TOGETHER,
                UNITS_NOTED,
                ONLY_FIGURED,
                FIGURES_LISTED,
                WORK_OUT,
            )
        )
        or any(pattern.match(body) for pattern in ANNOTATIONS)
        or any(pattern.fullmatch(body) for pattern in (WHICH_PERIOD, ONE_EACH))
        or bool(_DONT.match(body) and not _QUESTION.search(body))
    )
