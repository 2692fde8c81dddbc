"""Why the asker asks, said before the question: "下个月我们要定培训制度，想看看别人的标准。…".

A statement about the asker (我, 我们, 咱们, 领导) that asks nothing names what they are doing,
not what they ask: its words ("制度", "标准") would be read as the thing asked. It is left out
when it is followed by the question; a place it names that the rest does not ("我是额敏县的。今年
行政复议收了多少件？") is kept, as the place the question is about. A clause saying who the asker is
("我是…司法所的，", "我在…管…这块，") is such a statement though it ends on a comma.

A question passed on from someone else ("有群众问，…", "市民想知道…") is asked as its own words;
a sentence after it saying what that someone said ("有老乡说想找…") asks nothing either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.lexicons import stopwords
from retrieval.query.mentioned import QUOTED
from retrieval.text.words import full_jieba

__all__ = ["without_preamble"]

# "正在写…", "在准备…": what the asker is busy with.
_DOING = r"(?:正在|正|在)(?:准备|写|整理|筹备|赶|弄|做)"
# A statement ends on 。 or ！ (a question ends on ？); one saying who the asker is or where
# they work may end on a comma ("我们镇去年…" asks, and is no such clause).
_WHO_I_AM = (
    # "我们科正在整理…，": the asker's office, then what it is busy with.
    # ("我们镇打算请人给商户做普法，": what the asker's own place means to do.)
    r"(?:我|咱|本人)们?(?:科|办|局|所|队|组|室|乡|镇|村|单位)?(?:也)?(?:是|正在|在|刚|负责|分管|管|从事|来自|这边|要|想|需要|准备|打算|拟|计划|写|起草)"
    r"[^，,。！!？?]*[，,]"
    # "写材料要参考，…": why the asker asks, its subject left unsaid.
    r"|[^，,。！!？?]{0,12}(?:参考|借鉴)(?:一下|下)?[，,]"
    # "在准备年终会的材料，…": what the asker is doing, its subject left unsaid.
    rf"|{_DOING}[^，,。！!？?]*[，,]"
    # "为配合…专项督察，…": what the asker means to do with the answer.
    r"|为了?(?:配合|准备|起草|撰写|写好?|做好|完成|迎接|筹备|编写|形成|汇总|归纳|汇编|编制|整理)[^，,。！!？?]*[，,]"
    # "在编制…专题材料时，…", "按照州里的安排，…": the work the request serves.
    r"|在(?:编制|汇总|整理|起草|准备|撰写|编写|汇编)[^，,。！!？?]*(?:时|中|过程中)[，,]"
    r"|(?:按照|根据)[^，,。！!？?]{1,16}(?:安排|要求|部署|通知)[，,]"
)
# "来信内容：“…”", "来访人说：“…”": someone's words pasted before the question.
_PASTED = re.compile(r"^[^“”\n：:]{0,20}[：:]\s*“(?P<quote>[^“”]{4,})”[。！!…\s]*")
_STATEMENT = re.compile(rf"[^。！!？?]*[。！!]|{_WHO_I_AM}")
# "我是刚调来的综治干部，…帮忙列一下。": a request ending on 。 is no statement; its opening
# clause saying who asks still is.
_CLAUSE_OF_ASKER = re.compile(_WHO_I_AM)
# A statement about the asker names them, or why they ask (参考, 借鉴).
# "常委会要求各地对照查找短板。", "会上要讲法律援助工作。": what the asker's superiors want.
_ASKER = re.compile(
    rf"我|咱|本人|领导|参考|借鉴|^{_DOING}|常委会|会上|会议|上级|批示|(?:要求|部署)(?:各地|各单位|各部门)"
    # "按照州里的安排，…需要汇编成册。", "在汇总问题清单时发现…。": the work the request serves.
    r"|汇编|起草|编制|考评表|简报|台账|汇报材料|专题材料|清单时|^现需|^按照|^根据"
)
# "我们镇去年…": the asker's own place, which a place the question names says already ("我镇"
# in a report's sentence is no word of the thing asked).
_OWN_PLACE = re.compile(r"(?:我们|咱们|咱|本)(?:县|镇|乡|市|区)(?:里|的)?")
# "我们跟额敏比", "和我们县比": the asker's own place set beside another.
_WE = re.compile(
    r"(?:我们|咱们|咱|我)(?:县|镇|乡)?(?=跟|和|与|同|比)|(?<=[跟和与同比])(?:我们|咱们|咱|我)(?:县|镇|乡)?"
)
# "报告第三部分是…的情况，这块是我们督察的重点。": a statement naming the part of a report the
# question is about says what is asked.
_CLAUSES = re.compile(r"[，,。！!；;]+")
_PART_NAMED = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:部分|章|节|块|个?方面)")
# (An order or a table asked for is asked: "需要对五份报告…进行排序。", "请按表格列出：…")
# ("索引号也告诉我": a request to be told is asking.)
# ("请人给几个商户讲课", "好几个地方都做了": 几 after a verb of doing for others, or 好,
# is "a few", asking nothing.)
_ASKS = re.compile(
    r"多少|(?<![给请找选搞做帮为好])几|哪|什么|啥|吗|么|怎|谁|是否|有没有|是不是|[？?]|排序|排名|列出|告诉我"
)
# "您好，…": a greeting before the question says nothing of what is asked.
_GREETING = re.compile(
    # "在吗 额敏县…": whether the bot is there, asked before the question.
    r"^(?:(?:尊敬的)?(?:老师|同志|领导|小?助手|机器人)?[你您]好|(?:早上|上午|中午|下午|晚上)好|嗨|哈喽|在吗|在不在|有人吗)(?:呀|啊)?"
    r"[，,！!。？?~～\s]+(?=\S)"
    # "对了，这到底是哪个县": a turn to another question, before it.
    r"|^(?:哦|噢|啊)?对了[，,！!。~～\s]+(?=\S)"
    # "谢谢上次的回复。再问一下…": thanks for what came before, and a lead-in to the question.
    r"|^(?:谢谢|多谢|感谢)[^，,。！!？?]{0,12}[，,！!。~～\s]+(?=\S)"
    # "好的。另外…": the last answer taken, before the next question.
    r"|^(?:好的|好|嗯嗯?|收到|明白了?|了解了?|知道了)[，,！!。~～\s]+(?=\S)"
)
_LEAD_IN = re.compile(
    r"^(?:(?:再|还|另外|我|先)?想?(?:先)?(?:问|请教)(?:一下|下)"
    # "我想了解一下…", "想知道…": a wish to know, which every question is.
    r"|(?:我|我们)?(?:想|要)(?:了解|咨询|知道)(?:一下|下)?"
    # "我想要…的总结", "我要看…": what the asker wants, which every question is.
    r"|(?:我|我们)?想(?:要|看看?)(?:一下|下)?|(?:我|我们)要看看?(?:一下|下)?"
    # "现需掌握…": what the writer of a request needs, which every question is.
    r"|(?:现|现在|目前)?(?:急需|需|需要|亟需)(?:了解|掌握|核实|摸清|知道|查询|汇总)(?:一下|下)?"
    r"|(?:现|现在|目前)(?:急需|需|需要|亟需|拟)(?=对)|(?:急需|需要|亟需|现需)(?=对)"
    # "需要五份报告的…进行排序": a need, then what is to be set out.
    r"|(?:急需|需要|亟需|现需)(?=[^，,。？?！!]{2,30}(?:排序|排名|排列|汇总|统计|对比|比较))"
    # "请协助对比…": help asked for, which every question is.
    r"|(?:请|烦请|麻烦)(?:您)?(?:协助|帮忙|帮助)(?:一下|下)?(?=[\u4e00-\u9fff])"
    # "烦请按…排个序": asking politely, which every request does.
    r"|(?:烦请|敬请|恳请|劳驾)(?:您|你)?(?=[\u4e00-\u9fff])"
    # "帮我查下 叶城…": a request to look, which every question is.
    r"|(?:请|麻烦)?(?:你)?(?:(?:帮我|帮忙)(?:查|看|找)(?:一下|下|查|看)?|(?:查|看|找)(?:一下|下)))"
    r"[，,：:\s]*(?=\S)"
)

# "现需对比两地行政复议工作量。请协助查一下…各是多少件": what the request is about, said
# in a sentence of its own before the one that asks.
_FIELD_SENTENCE = re.compile(
    r"^(?:现|现在)?(?:需|需要|拟|想)?(?:对比|比较|了解|掌握|汇总|统计)[^。？?！!，,]{2,24}。"
    r"(?=[^。？?！!]*(?:多少|几|哪|谁))"
)

# "有群众问，…", "有个职工来电问…", "市民想知道…": who passed the question on, and how. The
# asker is a few words naming no question ("有多少人问" counts people); 问题, 问卷, 顾问 are no
# asking.
_ASKER_WORDS = r"[^，,。！!？?：:\s多少几哪什么啥谁吗呢]{1,10}?"
_RELAYED = re.compile(
    rf"^有?(?:个|位|名|些)?(?P<who>{_ASKER_WORDS})"
    r"(?:来电|致电|打(?:来)?电话|留言|私信|在热线里?|通过热线|反映说?)?"
    r"(?:想问问?|想知道|想了解|(?<![顾学访慰询提疑审追过反质盘请首])问(?!题|卷|责)|打听|咨询(?=[，,：:]))(?:一下|下|说|道|到)?[，,：:]?"
)
# "…多少人？有老乡说想找他们帮忙": what someone said, after the question, asking nothing
# ("另外说下…" asks to be told more).
_HEARSAY = re.compile(r"(?<=[？?])\s*有(?:个|位|名|些)?[^，,。！!？?]{1,10}?(?:说|反映|讲)[^？?]*$")

# "另外那个县呢，…": another place pointed at before the question names it.
_OTHER_PLACE = re.compile(
    r"^(?:那么?)?(?:另外|另一|其他|别的)(?:那|一)?个?(?:县|镇|乡|地方|报告)(?:呢|的呢)?[，,。？?\s]+(?=\S)"
)
# "…做了哪些工作 我们也是山区的想学学": why the asker asks, said after the question (the
# asker's own place set beside another, "我们县呢", asks).
_ASIDE_AFTER = re.compile(
    r"(?<=[\u4e00-\u9fff])[\s，,。！!]+(?:我们|咱们|我|咱|俺们?)(?![县镇乡市区])[^？?呢]*$"
    # "…各多少件？我们要写进简报，…": after a question mark too, unless it asks for something
    # ("我记得有…，请把…给我").
    r"|(?<=[？?])\s*(?:我们|咱们|我|咱|俺们?)(?![县镇乡市区])[^？?呢把]*$"
)

# Where an aside after the question may start.
_ASIDE_START = re.compile(r"(?<=[\u4e00-\u9fff？?])[\s，,。！!]*(?=我们|咱们|我|咱|俺)")
# "…有哪几条？给领导列一下。": a last sentence asking it be told to someone, asking nothing.
_TELL = "列|说|讲|汇报|报|介绍|整理|梳理|理|念"
_TOLD_TO = re.compile(
    r"(?<=[，,。？?！!])\s*(?:请|麻烦|劳驾)?(?:你|您)?(?:帮我|帮忙)?(?:给|向|跟|替|为)"
    rf"(?:领导|上级|我|我们|大家|同事|群众)(?:{_TELL})"
    # "给我列个表" asks how it is laid out, which is kept.
    r"[^，,。？?！!表]{0,6}[。！!？?\s]*$"
)

# A last sentence after a question that asks nothing and requests no layout.
_WHY_AFTER = re.compile(r"(?<=[？?])\s*[^？?呢]+$")
_LAID_OUT = re.compile(r"列|排|表格|列表|一张表|对比|标明|注明|写明")
# "索引号顺便给我": a thing asked to be handed over, no reason for asking.
# ("一句话给我": how it is handed over, no thing.)
# ("文号也顺带帮我查查": a thing to be looked up as well.)
_HANDED = re.compile(
    r"[\u4e00-\u9fff]{2}(?<!句话)(?<!一下)(?:也|顺便|一起|一并)?(?:给|发|告诉)我"
    r"|[\u4e00-\u9fff]{2}(?:也|顺便|一起|一并)+(?:帮我|给我|帮忙)?(?:看|查|找|核)(?:一下|下|看|一看)"
)

# "帮我给领导列一下…": whom it is told to, before the verb of telling.
_AUDIENCE = re.compile(rf"(?:给|向|替|为)(?:领导|上级|同事|大家)(?=(?:{_TELL}|写))")


def _said_again_after(question: str) -> str:
    """``question`` without a first sentence that asks nothing and whose words the request
    after it says again ("新取得执法证人员数量是考评的加分项之一。请比较…新取得执法证的人数")."""
    first = _FIRST_SENTENCE.match(question)
    if first is None or _ASKS.search(first.group()):
        return question
    rest = question[first.end() :]
    words = [
        w
        for w in full_jieba().lcut(first.group(), HMM=False)
        if len(w) > 1 and w not in stopwords()
    ]
    said = [w for w in words if w in rest]
    # Its words that name the thing are said again; what it adds (考评, 加分项) is why it is
    # asked, told as what the thing is ("…是…之一").
    again = len(said) >= _SAID_AGAIN and _WHAT_IT_IS.search(first.group())
    return rest if again and _REQUESTED.match(rest) else question


_FIRST_SENTENCE = re.compile(r"^[^。？?！!]{4,40}。")
_SAID_AGAIN = 2
_WHAT_IT_IS = re.compile(r"是[^。]*(?:之一|重点|内容|指标|要求)")
_REQUESTED = re.compile(r"^(?:请|烦请|麻烦|现需|需要)")


def without_preamble(question: str, places: Callable[[str], list[str]]) -> str:
    """``question`` without the statements about its asker that lead it, or as it is.

    Args:
        question: the question.
        places: the stored places a text names, as written; a text that names a report in
            other words (its file) gives itself.
    """
    # "你好 在吗 我想问下…": greetings may come one after another.
    while (greeted := _GREETING.sub("", question, count=1)) != question:
        question = greeted
    question = _LEAD_IN.sub("", _FIELD_SENTENCE.sub("", _said_again_after(question)))
    pasted = _PASTED.match(question)
    if pasted and _ASKS.search(question[pasted.end() :]):
        # "来信内容：“…”\n请问…": the words passed on say why it is asked; a
        # place they name that the question does not is kept.
        rest = question[pasted.end() :]
        question = "".join([] if places(rest) else places(pasted["quote"])[:1]) + rest
    pointing = _OTHER_PLACE.match(question)
    if pointing and places(question[pointing.end() :]):
        # "另外那个县呢 普兰的第三条": the place pointed at, then named.
        question = question[pointing.end() :]
    question = _relayed(question, places)
    told = _TOLD_TO.search(question)
    if told and not _ASKS.search(told.group()):
        question = question[: told.start()]
    # ("…。…列一下，我照着学学": the last aside, which asks nothing.)
    asides = (_ASIDE_AFTER.match(question, at.start()) for at in _ASIDE_START.finditer(question))
    aside = next((a for a in asides if a and not _ASKS.search(a.group())), None)
    if aside and _ASKS.search(question[: aside.start()]):
        question = question[: aside.start()]
    # "…都有哪几个？推进会上想表扬一下。": why the asker's superiors want it, said after.
    why = _WHY_AFTER.search(question)
    said = why.group() if why else ""
    if _ASKER.search(said) and not (
        _ASKS.search(said) or _LAID_OUT.search(said) or _HANDED.search(said)
    ):
        question = question[: len(question) - len(said)]
    question = _AUDIENCE.sub("", question)
    rest, lead = question, ""
    while (found := _statement(rest)) is not None and found.end() < len(rest):
        said = found.group()
        if not _ASKER.search(said) or _ASKS.search(said):
            break
        quoted = [m.group() for m in QUOTED.finditer(said)]
        if quoted and not QUOTED.search(rest[found.end() :]):
            # "想做一期“X”的节目，哪几家写过": the thing quoted is what the rest asks of.
            rest = "、".join(quoted) + rest[found.end() :]
            question = lead + rest
            break
        if _PART_NAMED.search(said):
            # Its clauses about the asker go; the part of the report named stays.
            kept = "，".join(c for c in _CLAUSES.split(said) if c and not _ASKER.search(c))
            rest = kept.rstrip("，") + "。" + rest[found.end() :]
            question = lead + rest
            break
        lead, rest = lead + said, rest[found.end() :]
    if not lead or not rest.strip():
        return _own_place(question, places)
    # "…。请协助列出…": the request after the statements opens as a question may.
    rest = _LEAD_IN.sub("", rest.lstrip("，, "))
    named = places(lead)
    if named and _WE.search(rest):
        # "我是普兰县的，…我们跟额敏比谁多": the asker's place is a side the rest points at.
        return _WE.sub(named[0], rest, count=1)
    return _own_place(_placed(named, rest, places), places)


def _relayed(question: str, places: Callable[[str], list[str]]) -> str:
    """``question`` as asked by whoever passed it on: without "有群众问，" before it or what
    they said after it; a place naming the asker ("额敏县的群众问") is kept when the rest
    names none."""
    hearsay = _HEARSAY.search(question)
    if hearsay and not _ASKS.search(hearsay.group()):
        question = question[: hearsay.start()]
    frame = _RELAYED.match(question)
    rest = question[frame.end() :] if frame else ""
    if frame is None or not rest.strip() or not _ASKS.search(rest):
        return question
    return _placed(places(frame.group("who")), rest, places)


def _placed(named: list[str], rest: str, places: Callable[[str], list[str]]) -> str:
    """``rest`` about the places a statement before it ``named``, when it names none itself."""
    return "、".join(named) + "，" + rest if named and not places(rest) else rest


def _statement(text: str) -> re.Match[str] | None:
    """The statement opening ``text``: a sentence, or a clause saying who asks when the
    sentence is all of ``text``."""
    found = _STATEMENT.match(text)
    if found is not None and found.end() >= len(text.rstrip()):
        return _CLAUSE_OF_ASKER.match(text)
    return found


def _own_place(question: str, places: Callable[[str], list[str]]) -> str:
    """``question`` without the words pointing at the asker's own place when it names one."""
    if not _OWN_PLACE.search(question) or not places(question):
        return question
    return _OWN_PLACE.sub("", question)
