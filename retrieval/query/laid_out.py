"""A turn that says only how to lay an answer out ("列个清单", "用表格列出来"): every answer is
laid out a line an item or a row a report already, so such a clause asks nothing, and a
follow-up saying only this asks the turn before again."""

from __future__ import annotations

import re

from retrieval.query.asked_beside import REQUEST, without_clauses

__all__ = [
    "FIGURES_ONLY",
    "LAID_OUT",
    "asks_table",
    "laid_out_only",
    "stated_only",
    "stated_only_then",
    "without_laid_out",
]

# "只要数字", "数字就行": the figures of what was just told, nothing else.
FIGURES_ONLY = (
    r"(?:(?:只|光|就)(?:要|给|说|列)(?:个|一下)?(?:数字|数|数据)|(?:数字|数据)就(?:行|好|可以))"
)
# "列表呈现", "以表格形式展示", "列个清单": how the lines are laid out, which every answer
# lays out already.
LAID_OUT = re.compile(
    rf"^{REQUEST}(?:那|那就)?(?:你|您)?(?:再|帮我|给我|帮忙|能不能|能否|可以|可否)*"
    r"(?:把(?:它|这些|上面的?|刚才的?|这个|那些)?(?:内容|答案|回答)?)?"
    r"(?:(?:以|用|按)?(?:列表|表格|清单|条目|分条|分点|逐条|逐项)(?:的)?(?:形式|方式)?"
    r"(?:呈现|展示|列示|给出|罗列)"
    r"|(?:以|用|按|按照)?(?:清单|条目|要点|分条|分点|逐条|逐项|一条一条)(?:的)?(?:形式|方式|格式)?(?:地)?"
    r"(?:列|写|给|整理|排|说|讲)(?:出来|一下|下|给我|我|一遍)?"
    r"|(?:列|整理|写|做|弄|改|排)(?:成|个|一个|成一个)(?:清单|要点|条目)"
    # "分开说说是哪几笔", "具体是哪几项": the figures just told, one by one.
    r"|(?:分开|拆开|逐笔|一笔一笔)(?:说|讲|列)(?:说|讲|一下|下)?(?:[，,\s]*(?:都|分别|具体)?(?:是)?哪几(?:笔|项|块|类))?"
    r"|(?:分别|具体|都)(?:是)?哪几笔"
    # "只要数字", "数字就行": the figures just told, which every answer leads with.
    rf"|{FIGURES_ONLY}(?:就行|就好|即可)?"
    r")"
    r"(?:吧|呢|好吗|行吗|可以吗)?$"
)
# "用表格列出来", "列个表": a table asked, which a question over several reports is told as.
_TABLED = re.compile(
    rf"^{REQUEST}(?:那|那就)?(?:再|帮我|给我|帮忙)*(?:(?:以|用)(?:列表|表格)(?:的)?(?:形式|方式)?"
    r"(?:列|给|整理|做|排)(?:出来|一下|下|给我|我)?"
    r"|(?:列|整理|做|弄|改|换|转|变|搞|出)(?:成|个|一个|成一个|一张|张)(?:表格?|列表|表单)"
    # "放一张表里", "汇总到一个表格中": the rows put in one table.
    r"|(?:放|摆|填|汇总|合)(?:到|在|进|成)?(?:一张|一个|同一张|同一个)(?:表格?|列表)(?:里|中|上)?)"
    # "弄成表格看看", "换成表格我对照一下": what the reader will do with it.
    r"(?:(?:我|给我)?(?:看看|看一下|看下|瞧瞧|对照一下|对比一下))?"
    # "换成表格放一起": side by side, as a table's rows are.
    r"(?:(?:放|摆|列)(?:在)?(?:一起|一块))?"
    r"(?:吧|呢|好吗|行吗|可以吗)?$"
)


# A layout asked in words of any order ("能不能整理成表格", "表格形式给我", "用表格展示一下"):
# a form to lay out in, and only words of asking and laying out beside it.
_FORM = re.compile(r"表格|列表|清单|表|条目|要点")
_ASKING_ONLY = re.compile(
    # "改成表格，注明出处": every line cites its report anyway.
    r"(?:(?:标|注|附|带|写|加)(?:上|明)?)?(?:出处|来源|原文)|"
    r"能不能|能否|可不可以|可以|可否|麻烦|请你?|帮我|帮忙|给我|你|再|把|它们?|这些|上面的?|刚才的?"
    r"|这个|那些|内容|答案|回答|结果|整理|做|弄|改|换|转|变|搞|出|列|制作?|画|成|一个|一张|个|张|能|一览|汇总"
    r"|统计"
    r"|用|以|按|的|形式|方式|格式|展示|呈现|显示|给出|出来|一下|下|看看|看|吧|呢|吗|好吗|行吗"
    r"|对比|对照|放|一起|一块|表格|列表|清单|表|条目|要点|[，,。？?！!\s]"
)


def laid_out_only(turn: str) -> bool:
    """True when ``turn`` says only how to lay out an answer ("列个清单", "用表格列出来"): a
    follow-up so put asks the turn before again."""
    body = turn.strip().rstrip("？?。！! ")
    if LAID_OUT.match(body) or _TABLED.match(body):
        return True
    return bool(body and _FORM.search(body)) and not _ASKING_ONLY.sub("", body)


def without_laid_out(text: str) -> str:
    """``text`` without its clauses saying only how to lay the answer out ("做成表，加一列X"
    → "加一列X"); ``text`` itself when nothing else is said."""
    return without_clauses(text, laid_out_only)


# "列个表", "做成表格", "表格形式", "对比表": a table asked for.
_TABLE_ASKED = re.compile(
    r"表格|列表|(?:列|做|制|画|弄|出|整理|整理成|做成|弄成|列成)(?:个|一个|张|一张)?表(?!彰|现|示|明|达)"
    r"|对比表|一览表|汇总表"
    # "放一张表里": the rows in one table.
    r"|(?:放|摆|填|汇总)(?:到|在|进)?(?:一张|一个|同一张|同一个)表"
)


def asks_table(question: str) -> bool:
    """True when ``question`` asks in so many words for a table ("列个表", "做成表格"), not
    when its words only hold 表 ("管理表现", "表彰")."""
    return bool(_TABLE_ASKED.search(question))


# "去掉没写的", "没写的不用列", "只看有数字的": the rows just told, those stating nothing left out.
_STATED_ONLY = re.compile(
    r"^(?:那)?(?:把)?(?:去掉|删掉|不要|不用列|不列|别列)(?:那些|掉)?(?:没写|没有写|没提|未提及|没数字|没有数字)的?"
    r"(?:报告|县|家)?(?:吧|呢)?$"
    r"|^(?:那)?(?:没写|没有写|没提|未提及|没数字|没有数字)的?(?:报告|县|家)?(?:就)?(?:去掉|删掉|不要|不用列|不列|别列)"
    r"(?:了|吧)?$"
    r"|^(?:那)?(?:只看|只要|只列|光看)(?:有|写了)(?:数字|数据|数)的?(?:报告|县|家)?(?:吧|呢)?$"
)


def stated_only(turn: str) -> bool:
    """True when ``turn`` asks the rows just told without those that state nothing ("去掉
    没写的"): the turn before, asked again, its silent reports left out."""
    return bool(_STATED_ONLY.match(turn.strip().rstrip("？?。！! "))) or bool(
        stated_only_then(turn)
    )


def stated_only_then(turn: str) -> str:
    """What ``turn`` asks after a clause leaving out the reports that state nothing ("去掉没写
    的，按从多到少排" → "按从多到少排"), or "" when it has no such clause or nothing after."""
    clauses = [c for c in re.split(r"[，,；;。？?！!\s]+", turn) if c]
    rest = [c for c in clauses if not _STATED_ONLY.match(c)]
    return "，".join(rest) if rest and len(rest) < len(clauses) else ""
