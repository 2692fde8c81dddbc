"""The questions one message asks one after another ("…有哪几块？…有哪些要求？"), each
answered and laid out on its own. A closing "Y呢" asks nothing in words of its own, so it is
read as asking of Y what the sentence before it asked ("谁办得多？结案的呢" → "结案的谁多")."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.lexicons import aspect_groups
from retrieval.query.about_answer import CHECK_TAG, asks_period
from retrieval.query.across_shape import SUPERLATIVE
from retrieval.query.asked_beside import QUESTION_WORDS
from retrieval.query.aspects import own_sections
from retrieval.query.fields import asked_fields
from retrieval.query.followup import names_item
from retrieval.query.instructions import instruction_only
from retrieval.query.item_asked import nth_item
from retrieval.query.list_shape import ORDINAL_PART
from retrieval.query.measure import HOW_MANY
from retrieval.query.order import AMONG_YEAR
from retrieval.query.parts import another_thing, counted_likewise
from retrieval.query.plan import Plan
from retrieval.query.weights import question_weights
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

__all__ = [
    "ALSO_ASKED",
    "asked_likewise",
    "asked_sentences",
    "fields_besides",
    "first_of_several",
    "item_after_list",
    "orders_in_turn",
    "sentences_in_turn",
    "shapes_apart",
    "typed_apart",
]


def asked_sentences(topic: str) -> list[str]:
    """The questions ``topic`` asks one after another ("…有哪几块？…有哪些要求？")."""
    return [s for s in _ASKED.split(topic) if s.strip("，, ")]


def sentences_in_turn(question: str) -> list[str]:
    """The sentences of a message, each of which may ask a question of its own ("…谁最多，排一
    下；按整改的问题数排又是什么顺序", "有没有报告写了X？003那边效果是多少")."""
    # ("…谁最多？2025年的里头呢": the same asked again of one year's reports.)
    sentences = [
        s
        for at, s in enumerate(_SENTENCE.split(question))
        if len(_CJK.findall(s)) >= _LEAST_ASKED
        and (_ASKS.search(s) is not None or (at > 0 and _NARROWED.match(s.strip())))
    ]
    # "哪几个报告写了X 额敏那个多少户": typed apart by a space, each asking.
    spaced = typed_apart(question)
    if len(sentences) < 2 and len(spaced) > 1 and all(_asks(s) for s in spaced):
        sentences = spaced
    # ("…占几成？文中有明确数字吗": a sentence saying only how to answer asks nothing.)
    return [s for at, s in enumerate(sentences) if not (at and instruction_only(s))]


# Shapes told as items (a list, each report's list) and as a value (a figure, an attribute).
_ITEMS = frozenset({"list", "table"})
# Shapes that answer of every report at once.
_OVER_ALL = frozenset({"ranking", "mentions"})
# Shapes answered apart from a question over every report beside them.
_APART_FROM_ALL = frozenset({"ranking", "mentions", "fact", "list"})
_COMMA = re.compile(r"[，,]")
# Words that ask, lay out or point, naming nothing a piece asks of ("数量列一下", "分别是什么").
_NO_THING = re.compile(
    r"多少|几[个条项块点次件人]?|哪些|哪天|哪一?年|什么|啥|是否|有没有|分别|各自|具体|都|是|有|的"
    r"|数量|数字|数据|情况|内容|列出来|列一下|列|逐条|逐项|说说|说|讲|一下|呢|吗|请|再|也|还"
)


def shapes_apart(
    question: str, plan: Callable[[str, None], Plan], vocabulary: Vocabulary
) -> list[str]:
    """The sentences (or clauses, each asking) of a message that ask a value beside a list
    ("…多少件？存在哪些问题？", "…是哪天发布的，下一步打算有哪些"), each answered in its own
    shape; [] when it asks in one shape, or a piece names nothing of its own ("逐条列出来",
    "挑几条主要的").

    Args:
        question: the message.
        plan: a piece's plan, read on its own.
        vocabulary: the reports' word weights.
    """
    pieces = sentences_in_turn(question)
    if len(pieces) < 2:
        clauses = [c for c in _COMMA.split(question) if c.strip()]
        asking = all(_ASKS.search(c) and len(_CJK.findall(c)) >= _LEAST_ASKED for c in clauses)
        pieces = clauses if asking else []
    own = [
        len(_CJK.findall(_NO_THING.sub("", piece))) >= _OWN_WORDS
        and any(len(w) > 1 and w not in _ASKING_WORDS for w in question_weights(piece, vocabulary))
        for piece in pieces
    ]
    if len(pieces) < 2 or not all(own):
        return []
    if len(pieces) > 2:
        # "…多少人，好评率多少，下一步打算有哪些": the figures asked first, then the list.
        pieces = ["，".join(pieces[:-1]), pieces[-1]]
    plans = [plan(piece, None) for piece in pieces]
    kinds = [one.kind for one in plans]
    # A report's attribute beside a list, in either order; a figure, then a part of the
    # report's own (its problems, its plans) that the figure is no part of. (Figures asked
    # after a list, "…打算有哪些，有没有量化指标", are the list's own: its items state them.)
    attribute = "metadata" in kinds and bool(set(kinds) & _ITEMS)
    part = kinds[0] == "fact" and kinds[1] in _ITEMS and bool(own_sections(pieces[1]))
    # "…打算列一下。另外…每年不少于几次": a count asked after the list, in its own sentence,
    # is a value of its own (the list may hold it, but not said as one).
    counted = kinds[0] in _ITEMS and kinds[1] not in _ITEMS and bool(HOW_MANY.search(pieces[1]))
    # ("普法这块做了些啥，宣讲团几个人": a count of a thing the list clause does not name is
    # a value of its own, said in a clause as well.)
    # ("“一企一法官”怎么搞的，服务了多少家企业": how one measure went, then its count, is
    # one question of it.)
    clause_apart = _WHAT_DONE.search(pieces[0]) and not _HOW_DONE.search(pieces[0])
    counted = counted and (
        len(sentences_in_turn(question)) == 2
        or bool(clause_apart and _names_own(pieces[1], pieces[0], vocabulary))
    )
    # "哪个县X最多，哪个县Y最多", "额敏X多少件？哪些报告提到Y": a question over every report
    # beside another of its own, which one reading of the whole would answer only in part.
    # (A verdict among the sides compared, or the period of each row, is the same question's;
    # a figure asked of no place is of the reports the other piece finds.)
    # Which reports say a thing, then an order of them, is one question of its figures.
    over_all = [kind in _OVER_ALL for kind in kinds]
    placed = [
        k in _OVER_ALL or bool(one.route.regions) for k, one in zip(kinds, plans, strict=True)
    ]
    across = set(kinds) <= _APART_FROM_ALL and all(placed)
    across = across and (kinds == ["ranking", "ranking"] or sum(over_all) == 1)
    if across and kinds == ["ranking", "ranking"]:
        # ("哪份最早，按时间排一下": one order asked twice, not two things ranked.)
        words = [{w for w in question_weights(p, vocabulary) if len(w) > 1} for p in pieces]
        across = bool(words[0] - words[1]) and bool(words[1] - words[0])
    if attribute or counted or across or (part and not own_sections(pieces[0])):
        return pieces
    return []


_WHAT_DONE = re.compile(r"哪些|什么|啥")
_HOW_DONE = re.compile(r"怎么|怎样|如何|咋")


def _names_own(piece: str, before: str, vocabulary: Vocabulary) -> bool:
    """True when ``piece`` names a noun of the reports that ``before`` does not say."""
    words = [w for w in question_weights(piece, vocabulary) if len(w) > 1 and w not in before]
    return any(
        vocabulary.knows(w)
        and w not in _ASKING_WORDS
        and all(f.startswith("n") for _, f in pos_tags(w))
        for w in words
    )


# Words that ask how, not of what ("主要", "具体", "数量"): no thing a piece names.
_ASKING_WORDS = frozenset({*aspect_groups()["ask"], "数量", "数字", "数据"})
# Characters a piece names of its own, its asking words aside, to be asked apart.
_OWN_WORDS = 3


def first_of_several(question: str) -> str | None:
    """The first of the sentences a message asks one after another, or None for one."""
    sentences = sentences_in_turn(question)
    return sentences[0] if len(sentences) > 1 else None


def _asks(piece: str) -> bool:
    # ("…发过东西 发了多少": a few words after a space ask on of the same thing.)
    return len(_CJK.findall(piece)) >= _SPACED_ASKED and _ASKS.search(piece) is not None


def typed_apart(topic: str) -> list[str]:
    """The clauses of a message typed apart by spaces ("明年啥打算 执法培训一年搞几次")."""
    return _SPACE.split(topic.strip())


def fields_besides(question: str) -> list[str]:
    """The question, then the closing clauses that ask the report's own attributes beside it
    ("列出…的主要安排，并说明这是哪一年度的报告"), each answered on its own; [] when no clause
    closes it so, or when the question before them asks an attribute too."""
    clauses = _CLAUSE.split(question)
    # The latest split whose question before asks no attribute: the shortest such close.
    for at in range(len(clauses) - 1, 0, -1):
        before, rest = "".join(clauses[:at]), "".join(clauses[at:])
        if (
            len(_CJK.findall(before)) >= _LEAST_ASKED
            # ("设了法治讲堂的那个报告，发布日期是哪天": a report described asks nothing.)
            and _ASKS.search(before)
            and _TOLD.search(rest)
            and not asked_fields(before)
            and not _CITED.search(rest)
            and all(asked_fields(clause) for clause in clauses[at:] if _CJK.search(clause))
            and not _ACROSS.search(rest)
            # ("…收了多少件，是哪一年的": the period of the figure, which a note tells.)
            and not asks_period(rest.strip("，,；;。？?！! "))
        ):
            return [before.rstrip("，,；; "), rest.lstrip("，,；; ")]
    return []


def orders_in_turn(question: str) -> list[str]:
    """The sentences of a message that each ask an order of their own ("抽查案卷数谁最多，排一
    下；按整改的问题数排又是什么顺序"): a ranking each."""
    sentences = sentences_in_turn(question)
    orders = [s for s in sentences if SUPERLATIVE.search(s)]
    # "…哪个县最多？2025年的里头呢": the order again, among one year's reports.
    narrowed = [s for s in sentences[1:] if _NARROWED.match(s.strip())]
    if orders and narrowed:
        return [*orders, *narrowed]
    # ("…情况需要排个序。请按抽查案卷数量从多到少排列": one order, asked again in its terms.)
    return orders if any(_ANOTHER.search(s) for s in orders[1:]) else []


def item_after_list(question: str) -> list[str]:
    """The list asked, then the one item of it a later sentence or closing clause asks of
    ("…不足有哪几条？执法队伍那条具体怎么写的", "…分几部分？标题列出来，最后一部分写了啥");
    [] when none does."""
    sentences = sentences_in_turn(question) or [question]
    at = next((i for i, s in enumerate(sentences) if i and (names_item(s) or nth_item(s))), 0)
    if at:
        # The sentences before the item's ask the list, as one question.
        return ["？".join(sentences[:at]), *sentences[at:]]
    tail = _COMMA.split(sentences[-1])[-1]
    # ("…有几个大标题，第二个下面有几条": a numbered part's items, counted.)
    counted = ORDINAL_PART.search(tail) and HOW_MANY.search(tail)
    if tail == question.strip() or not (names_item(tail) or nth_item(tail) or counted):
        return []
    head = question[: question.rfind(tail)].rstrip("，, ")
    return [head, tail] if _ASKS.search(head) else []


def asked_likewise(topic: str) -> list[str]:
    """``asked_sentences``, a bare "Y呢" after a sentence counting or judging something asked
    of Y in the same way ("谁办得多？结案的呢" → "结案的谁多")."""
    asked: list[str] = []
    # "谁抽查得多，整改问题呢": a closing "Y呢" clause is a question of its own too.
    # "…对比一下，调解和解情况也说下": a closing clause asking Y too is one as well.
    sentences = [
        piece
        for s in asked_sentences(topic)
        for part in _ABOUT_Y.split(s)
        for piece in _ALSO_Y.split(part)
        if piece
    ]
    for sentence in sentences:
        thing = another_thing(sentence) if asked else None
        asked.append((counted_likewise(thing, asked[-1]) if thing else None) or sentence)
    return asked


_ASKED = re.compile(r"[？?；;]+")
_SENTENCE = re.compile(r"[？?；;。！!]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# The marks a message's clauses are closed by, kept with the clause before them.
_CLAUSE = re.compile(r"(?<=[，,；;。？?！!])")
# A clause that tells, or asks, something besides ("并说明这是哪一年度的报告", "报告哪天发布的").
_TOLD = re.compile(rf"{QUESTION_WORDS}|说明|注明|写明|标明|列明|告知|附上|写上|标上")
# "并注明出处": where each line is from, which the citations tell (no attribute of a report).
_CITED = re.compile(r"出处|来源|依据|原文")
# "哪份报告体量更大": an order of the reports, which no attribute of one answers.
_ACROSS = re.compile(
    r"[更最][多少高低大小早晚]|比较|对比|相比|排序|排名|排个|哪(?:一)?(?:份|个|家)"
)
# "按整改的问题数排又是什么顺序": another order, asked after the first.
_NARROWED = re.compile(
    rf"^(?:那|那么)?(?:只看|只算|光看|单看)?20\d\d年度?{AMONG_YEAR}(?:呢|吧)?[？?。！!\s]*$"
)
_ANOTHER = re.compile(r"又|再|另外|另按|换成|其次|此外|同时|然后")
# A sentence of fewer characters asks nothing of its own ("好的。").
_LEAST_ASKED = 4
_SPACED_ASKED = 6
# What asks: a question word, an order, or a request to set something out (not "我们要写到
# 对比表里", which says what the answer is for).
_ASKS = re.compile(
    rf"{QUESTION_WORDS}|排(?:个|一下|序|名)|(?:请|麻烦|烦请)?(?:列出|列明|列一下|罗列|对比|比较|提供|说明|介绍)"
    # "…是95%，对不对": a statement asked to be checked.
    rf"|{CHECK_TAG.pattern}"
    # "X提没提", "写不写": asked A-not-A.
    r"|(?P<said>[提写讲说有])[没不](?P=said)"
)
# "…也说说", "顺便讲讲": Y asked too, after what was asked.
ALSO_ASKED = r"(?:也|顺便|再|一并|同时)(?:请)?(?:说|讲|谈|介绍|提|列)[^，,？?]{0,4}[。！!？?\s]*$"
_ALSO_Y = re.compile(rf"[，,\s]+(?=[^，,？?\s]{{2,14}}?{ALSO_ASKED})")
# "…，整改问题呢": a closing clause naming another thing ("跟普兰比呢" names a side).
_ABOUT_Y = re.compile(r"[，,\s]+(?=(?![跟和与同])[^，,？?\s比]{1,12}呢[。！!\s]*$)")
