"""What a follow-up asks of the answer just given rather than of another thing: the reports'
own words again ("它们分别怎么说的"), the period its figures cover ("这是哪年的数"), or where
it is said ("写在第几部分").
"""

from __future__ import annotations

import re

from retrieval.query.asked_beside import without_clauses
from retrieval.query.weights import topic_words
from retrieval.types import Vocabulary

__all__ = [
    "CHECK_TAG",
    "CLUES",
    "asks_against_others",
    "asks_clues_of_place",
    "asks_its_figures",
    "asks_its_words",
    "asks_period",
    "asks_period_beside",
    "asks_their_words",
    "asks_verbatim",
    "asks_where",
    "data_of_context",
    "verbatim_only",
    "where_only",
    "without_period_asks",
    "without_where",
]

# "它们分别怎么说的", "这几份具体咋写的": the reports just named, pointed at; how they
# did it ("各自是怎么落实的") is told by what they wrote of it.
_THEIR_WORDS = re.compile(
    r"(?:那么?)?(?:它们|他们|这些报告|这几份|这几家|这两份|这两家)(?:分别|各自|具体|都)*"
    r"(?:是)?(?:怎么|如何|咋)(?:说|写|讲|表述|搞|做|干|落实|开展|推进|推行)的?(?:呢)?[？?。！!\s]*"
)


def asks_their_words(topic: str) -> bool:
    """True when ``topic`` asks how the reports just named word it ("它们分别怎么说的"): the
    question that named them, asked again."""
    return bool(_THEIR_WORDS.fullmatch(topic.strip()))


# "普兰那边具体是怎么写的": how the place named words what was just asked of.
_ITS_WORDS = re.compile(
    r"(?=.*(?:怎么|如何|咋|说|写|讲|原文|原话|原句))"
    r"(?:那么?)?(?:那边|那里|这边|那份|这份|的)?(?:里面|里头|里|中)?(?:那句话?|这句话?|那段|这段)?"
    r"(?:分别|各自|具体|都)*"
    r"(?:是)?(?:原文|原话|原句)?(?:是)?"
    # "003那份具体是怎么搞的，有啥数字": how it was done there, its figures with it.
    r"(?:(?:怎么|如何|咋)(?:说|写|讲|表述|搞|做|弄|干)的?|(?:说|写|讲)了?(?:些)?(?:什么|啥))?"
    r"(?:[，,]?(?:有|有没有)(?:啥|什么|哪些)?(?:具体的?)?(?:数字|数据))?(?:呢)?"
    r"[？?。！!\s]*"
)


def asks_its_words(topic: str) -> bool:
    """True when ``topic``, its place aside, asks only how that place words it ("普兰那边具体
    是怎么写的")."""
    return bool(_ITS_WORDS.fullmatch(topic.strip()))


# "和其他几家", "跟别的县": the other reports, which a figure is weighed against.
_WITH_OTHERS = (
    r"(?:跟|和|与|同)(?:(?:别的|别家|其他|其它|其余|另外)的?(?:几)?(?:家|县|份|个)?(?:报告|县|地方)?"
    # "能直接拿来跟它们比吗": the figures just told.
    r"|(?:它们|他们|这些|这几家|这两家|前面的?|上面的?)(?:的)?)"
)
# "可以跟别的几家直接比吗": whether a figure may be weighed against the others'.
_AGAINST_OTHERS = re.compile(
    rf"{_WITH_OTHERS}(?:的)?(?:数|数字|数据)?(?:直接)?(?:一起)?(?:比|比较|对比)"
)


def asks_against_others(topic: str) -> bool:
    """True when ``topic`` asks whether a figure compares with the other reports' ones."""
    return _AGAINST_OTHERS.search(topic) is not None


# "这是哪年的数", "算全年还是累计": the period the figures just given cover.
_PERIOD_ASKED = re.compile(
    r"^(?:那么?)?"
    # "叶城那个5726件是…", "叶城的数是不是…": a place's figure just given.
    r"(?:[\u4e00-\u9fff]{2,8}?(?=那个|这个|的数))?"
    r"(?:刚才|上面)?(?:这个|这些|那个|那些|有的|现有的|能查到的|上面的?|刚才的?|这|[上前]一?个|前面的?|上述|以上|前述"
    # "两家数据统计口径一样吗": the two figures just set side by side.
    r"|两家|两者|二者|[这那]?[两俩]个?|[这那]几个)?"
    # ("普兰那个一千多件": the figure said roughly, in words.)
    r"(?:(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千]+)(?:万|亿)?[余多]?[件人次项个名场期户家条份]{0,2})?"
    r"(?:的)?(?:数|数字|数据)?(?:的)?(?:统计)?(?:的)?(?:分别|各自)?(?:到底|究竟)?(?:是|算)?"
    r"(?:(?:哪一?年|哪个年度|什么时候|哪个时间段|什么时段)的?(?:口径|数据|数字|数|统计)?"
    # "刚才那个是全年的吗": whether it is one year's.
    r"|(?:不是)?(?:20\d\d年?度?)?(?:全年|一年|一整年|当年)的?(?:数|数字|数据|量|数量)?(?:吗|么|不|呢)"
    r"|(?:不是|否)(?:单一|单独)?(?:一个)?(?:年度|一年|全年|当年)的?(?:数|数字|数据)?"
    r"|(?:口径|时段|时间段|期间)(?:到底|究竟)?(?:是)?(?:什么|哪|怎么算)[^，,。]{0,6}"
    r"|(?:口径|时段|期间)(?:是否|是不是)?(?:一样|相同|一致|统一)(?:吗|么|不)?"
    # "这两个数是同一年的吗": whether they cover the same period.
    r"|(?:不是|是不是)?(?:同一年|同一个?年度|同一时期|同期|一个时期)的?(?:数|数字|数据)?(?:吗|么|不|呢)?"
    # "能直接放进来一起比吗": whether the figures cover the same period.
    # "跟别的能直接比不": with the other figures given.
    r"|(?:(?:跟|和|与)(?:别的|别家|其他|其它|其余)的?(?:县|家|报告)?)?"
    r"(?:能|可以|能不能|可不可以)(?:直接)?(?:放进来|放在一起|放一起|拿来)?(?:一起)?(?:比|比较|对比)(?:吗|么|不)?"
    # "可以跟别的几家直接比吗": the others named after the asking verb.
    rf"|(?:能|可以|能不能|可不可以)(?:直接)?(?:拿来)?{_WITH_OTHERS}(?:直接)?(?:一起)?(?:比|比较|对比)(?:吗|么|不)?"
    r"|(?:20\d\d年度?)?(?:全年|一年|一整年|当年|单年)的?(?:数|数字)?还是累计的?(?:数|数字)?"
    r"|累计的?(?:数|数字)?还是(?:20\d\d年度?)?(?:全年|一年|一整年|当年|单年)的?"
    # "截至什么时候": when the count stops.
    r"|截(?:至|止)(?:到)?(?:什么时候|何时|哪天|哪一?年|哪个时间)"
    # "以上哪些是2024年的": which of the figures are of a year.
    r"|(?:哪些|哪几个|哪个)(?:数|数字|数据)?(?:是|属于)(?:20\d\d年度?)?的(?:数|数字|数据)?"
    # "哪年的数也标一下": the year each figure is of, asked to be noted.
    r"|(?:把)?(?:哪一?年|年份|年度|统计时段)的?(?:数|数字|数据)?(?:也|都)?(?:标|注|写|说)(?:明|出来|上)?(?:一下|下)?)"
    r"[吗呢？?。！!\s]*$"
)
# A period asked clause by clause ("统计口径是什么？是2023年一年的数吗？").
_PERIOD_CLAUSES = re.compile(r"[^，,。？?！!；;]+")


def asks_period(topic: str) -> bool:
    """True when a follow-up asks only what period the figures just given cover."""
    clauses = _PERIOD_CLAUSES.findall(topic.strip())
    return bool(clauses) and all(_PERIOD_ASKED.match(clause.strip()) for clause in clauses)


def asks_period_beside(topic: str) -> bool:
    """True when a clause after the first asks only the period of the figures ("…收了多少件，
    是哪一年的"): a note on periods tells it, beside the figures asked."""
    clauses = [c for c in re.split(r"[，,？?。；;]+", topic) if c.strip()]
    return any(_PERIOD_ASKED.match(clause.strip()) for clause in clauses[1:])


def without_period_asks(topic: str) -> str:
    """``topic`` without its sentences asking only the period of the figures ("差多少件？那个
    是一年的数吗" → "差多少件？"), which a note on periods tells; else as it is."""
    sentences = re.findall(r"[^？?]+[？?]*", topic)
    kept = [s for s in sentences if not asks_period(s.rstrip("？? "))]
    return "".join(kept) if kept and len(kept) < len(sentences) else topic


# "写在第几部分", "出自哪一项": where in the report something is said.
_WHERE = re.compile(
    r"(?:在|出自|出现在|位于|写在|见于)?(?:报告)?(?:的|里|中)?"
    r"(?:哪一?个?(?:部分|章节|章|节|项|条|段|板块|块)|第几(?:部分|项|章|条|段|块))"
)
# "这段内容写在哪个章节": nothing but where what was just told is said.
_WHERE_ONLY = re.compile(
    r"^(?:那么?|谢谢[，,。！!]?)?(?:这个|这些|这句话?|这段|这一?[条项点]|它|上面的?)?(?:数字|数据|内容|说法|原文|原话)?"
    rf"(?:具体|分别|都)?(?:是)?(?:{_WHERE.pattern})(?:、(?:{_WHERE.pattern}))*(?:里|的)?[吗呢？?。！!\s]*$"
)


# "原文呢", "这一段原文给我看看", "原话是怎么写的": the sentence just quoted, whole.
_VERBATIM = r"(?:完整的?)?(?:原文|原话|原句|全文|完整(?:的)?(?:句子|表述|段落|一段))"
_VERBATIM_ONLY = re.compile(
    r"^(?:那么?|那就)?(?:请)?(?:把|请把)?(?:这个|这|那|这一?段|那一?段|这句话?|那句话?|它|上面的?)?的?"
    rf"{_VERBATIM}(?:呢|是什么|是啥|(?:是)?怎么(?:写|说|表述)的?|(?:给我|发我|贴出来|贴一下)"
    r"(?:看看|看一下|看下)?)?[吗呢？?。！!\s]*$"
)


def asks_verbatim(question: str) -> bool:
    """True when ``question`` asks for the report's own words, whole ("原文呢", "要原话")."""
    return re.search(_VERBATIM, question) is not None


def verbatim_only(topic: str) -> bool:
    """True when a follow-up asks only for the sentences just quoted, whole ("原文呢"; "原本
    咋写的，原文发我")."""
    clauses = [c for c in re.split(r"[，,；;]", topic.strip()) if c.strip()]
    return (
        bool(clauses)
        and any(_VERBATIM_ONLY.match(c.strip()) for c in clauses)
        and all(_VERBATIM_ONLY.match(c.strip()) or _HOW_SAID.match(c.strip()) for c in clauses)
    )


# "具体怎么写的", "原本是怎么说的": how it was put, beside asking its words.
_HOW_SAID = re.compile(
    r"^(?:那)?(?:具体|原本|原来|到底)?(?:是)?(?:怎么|如何|咋)(?:写|说|讲|表述)的?[？?。！!\s]*$"
)


def asks_where(topic: str) -> bool:
    """True when ``topic`` asks where in the report something is said ("在哪一部分")."""
    return bool(_WHERE.search(topic))


def where_only(topic: str) -> bool:
    """True when a follow-up asks only where the figures just given are said."""
    return bool(_WHERE_ONLY.match(topic.strip()))


def without_where(topic: str) -> str:
    """``topic`` without its clauses asking only where it is said ("…，在哪段"), which every
    answer's citations tell; ``topic`` itself when nothing else is asked."""
    return without_clauses(topic, where_only)


# "它们各自的数据是多少": the sides pointed at and their figures asked, no thing of their own.
_THEIR_DATA = re.compile(r"数据|数字")
_THEM = re.compile(r"它们|他们|这些|这几[家份个]|两家|各自|分别|数据|数字")


# "它的数字是多少", "具体数据呢": the figures of what was just found, naming nothing else.
_ITS_FIGURES = re.compile(
    r"^(?:那么?)?(?:(?:如果)?有的话[，,]?(?:就)?)?(?:把|请把)?(?:它|这|那|其)?(?:个|份|里)?的?(?:具体)?(?:的)?"
    r"(?:数字|数据|数量|人数)(?:是|有|分别是|各是)?(?:多少|几个|啥|什么)?"
    # ("有的话把具体数字列一下": the figures, laid out.)
    r"(?:列一下|列出来|列下|说一下|说说|给我)?(?:呢|啊)?[？?。！!\s]*$"
)


def asks_its_figures(topic: str) -> bool:
    """True when ``topic`` asks only the figures of what was just found ("它的数字是多少")."""
    return _ITS_FIGURES.match(topic.strip()) is not None


def data_of_context(topic: str, context: str, vocabulary: Vocabulary) -> str | None:
    """The figures of what the turn before asked about ("扫码入企的数据"), when ``topic`` asks
    the figures of the sides pointed at and names no thing of its own ("哪几份报告提到X？它们
    各自的数字是多少"); else None."""
    if not (context and _THEIR_DATA.search(topic)) or topic_words(_THEM.sub("", topic), vocabulary):
        return None
    term = topic_words(context, vocabulary)
    return f"{term}的数据" if term else None


# "你确定是38件？", "会不会是18件", "不是40件吗", "我记得是12期": a figure the asker puts
# forward, to be checked against the one just told.
_CLAIMED = re.compile(
    r"^(?:那|可是|但是?)?(?:你|您)?(?:确定|肯定|真的)?(?:是|有)?"
    r"(?:会不会是|是不是|难道不是|不是|我记得是?|我印象中是?|我算的是|我算出来是|我算下来是|应该是|好像是"
    r"|我(?:这边|这里)?(?:看到|看|查到|查|听说|了解|统计|算|数)(?:出来|下来|到)?的?(?:是|有)"
    r"|(?:材料|文件|报告)(?:上|里)(?:写的)?是)?"
    # (A number led by 0 is a report's: "003那份呢".)
    r"(?P<figure>(?!0\d)\d+(?:\.\d+)?(?:%|[万亿]?(?:元|人次|场次|学时|[件个人名次项条场份本户家期所批轮天])?))"
    # ("543这个数没错吧", "…36件，哪个对"): the figure, then the doubt.
    r"(?:这个数字?|这个)?(?:吧|吗|嘛|么|呢|啊|才对"
    r"|[，,]?(?:对吗|对不对|是吧|没错吧|没错吗|对吧|准吗|准不准|没问题吧|哪个对|谁对))?[？?。！!\s]*$"
)


# "这个数准吗", "数据可靠吗", "没搞错吧": the figures just told, doubted.
_DOUBTED = re.compile(
    r"^(?:那|可是|但是?)?(?:这个|这些|这|那个|上面的?|你说的)?(?:数|数字|数据|说法)?(?:真的)?"
    r"(?:准|准确|准不准|对|对不对|靠谱|可靠|没错|没搞错|确定|属实|是真的)(?:吗|么|吧|不|嘛|呢)?"
    r"[？?。！!\s]*$"
)
_DOUBT_FIRST = re.compile(
    r"^(?:(?:你|您)?(?:确定|肯定)(?:吗|么|嘛)?|真的吗|不对吧|是吗|不会吧)[？?，,。！!\s]+"
)
# "…，对吧", "…，没记错吧": a tag asking whether what was just said is so; the statement
# before it is what is asked.
CHECK_TAG = re.compile(
    # ("这两个数我没记错吧": the figures just stated, pointed at.)
    # ("报告是这么写的吗": the report's words asked after.)
    r"(?:(?:(?:这|那)[两几些]?个?(?:数字?|数据|说法)|报告(?:里|上|中)?)?(?:我)?"
    r"(?:没记错|没说错|没弄错|没错|对|是|准|是这样|是这么(?:写|说|讲)的)(?:吧|吗|么|嘛|不|没)"
    r"|对不对|是不是|准不准|准确吗|属实吗)[？?。！!\s]*$"
    # "帮着核一下", "请核实": a request to check it, then (or without) the tag.
    r"|(?:麻烦|请|烦请|帮忙|帮我)*(?:(?:核|查|对)(?:一下|下)|核对|核实)(?:一下|下)?(?:对不对|是否属实|有没有错)?[？?。！!\s]*$"
)
# ``claimed_figure`` of a doubt that puts no figure forward: the ones told are checked.
TOLD = "*"


# "文里有没有什么线索能看出是哪儿": what in the report tells its place, after it was asked.
# The words that ask for clues of what a report does not state ("线索", "看出", "推测").
CLUES = r"线索|迹象|蛛丝马迹|看出|看得出|推断|推测|判断出?|猜"
_CLUES_OF_PLACE = re.compile(
    r"(?:线索|迹象|蛛丝马迹)[^，,。？?]{0,10}(?:哪儿|哪里|哪个县|哪|什么地方)"
    r"|(?:能|可以)?(?:看出|推断|推测|判断)(?:出)?(?:是|在)?(?:哪儿|哪里|哪个县|什么地方)"
)


def asks_clues_of_place(topic: str) -> bool:
    """True when ``topic`` asks what in the report tells where it is from."""
    return _CLUES_OF_PLACE.search(topic) is not None


def claimed_figure(topic: str) -> str:
    """The figure a follow-up puts forward to be checked ("你确定是38件？" → "38件"), ``TOLD``
    when it doubts the figures just told ("这个数准吗"), or "" when it does neither."""
    if _DOUBTED.match(topic.strip()):
        return TOLD
    # ("你确定？我看到的是5762件": the doubt said first, then the figure put forward.)
    found = _CLAIMED.match(_DOUBT_FIRST.sub("", topic.strip()))
    if found is None or found.group() == found["figure"]:
        # ("38件" alone is a figure, no doubt of one.)
        return ""
    return found["figure"]
