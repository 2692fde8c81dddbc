"""Several terms asked about at once: which reports mention each.

"哪些报告提到X？Y呢", "X哪些报告有写，顺便问下有没有写Y的", "有没有报告提A或者B" and
"哪些报告提到A和B" each ask of two terms; each is answered as a question of its own ("哪些报告
提到X", then Y): the reports saying both are those in both answers. Names listed with 、
alone ("公职律师、法律顾问") are names offered for one thing, unless each is asked ("分别").
"""

from __future__ import annotations

import re

from retrieval.query.joints import joined_pieces
from retrieval.query.lacking import asks_both, without_lacking
from retrieval.query.mentioned import HOW_WORDED, mentioned_term
from retrieval.query.shape import shape_of
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

__all__ = ["each_term"]

# Where a later ask begins: a sentence's end, or a word that brings up another matter.
_NEXT_ASK = re.compile(
    r"[？?。！!；;]+\s*|[，,\s]+(?=(?:顺便|另外|还有|再|那)(?:问一?下|问问|请问|说一下)?)"
)
# "哪些报告提到X，哪些提到Y": a second which-question after a comma, of a term of its own.
_NEXT_WHICH = re.compile(r"[，,]\s*(?=哪些|哪几(?:份|个|家))")
_LEAD = re.compile(r"^(?:顺便|另外|还有|再|那)(?:问一?下|问问|请问|说一下)?[，,\s]*")
# "Y呢": the same ask of another term.
_OF_ANOTHER = re.compile(r"^(?:那|还有)?(?P<term>[^，,。？?！!\s]{2,16}?)(?:的情况)?呢$")
# "A或者B": either term, each asked.
_EITHER = re.compile(r"或者|或是|或")
_TERM_WORDS = 2
# "A和B": two terms; "分别", "各自": each asked of.
_AND = re.compile(r"[和及与]|以及")
_EACH = re.compile(r"分别|各自")
# "A与B衔接", "A和B相结合": a tie between the things joined, which names one thing.
_RELATION = re.compile(r"(?:衔接|结合|融合|对接|联动|协同|配合|互认|互通|并重|并举|一体化)$")
# "A、B分别…", "A、B这些诉调对接的内容": several things listed, each asked, then their kind;
# "A、B这些" alone names examples of one thing.
_SEVERAL = re.compile(
    r"分别|各自|(?:这些|这几[项个种类]|这类)(?!事|内容|工作)(?=[\u4e00-\u9fff]{2})"
)


_SPACED = re.compile(
    r"(?<=[\u4e00-\u9fff]{3})\s+(?=[\u4e00-\u9fff]{3})(?!哪|有|是|都|在|各|分别|具体)"
)
# "“首个”“首届”“率先”": quoted words one after another, each a term.
_QUOTED = re.compile(r"“([^“”]{1,12})”")
_QUOTED_RUN = re.compile(r"(?:“[^“”]{1,12}”[、，,和或及与\s]*){2,}")
_FIRST_PIECE = re.compile(r"[？?。！!\s]+")
# "诉讼和调解对接（诉调对接）": its short name, in brackets after it.
_NAMED_AFTER = re.compile(r"[（(][^（()）]{1,12}[)）]$")
_OTHER_NAME = re.compile(r"[（(](?:或|或者|即|又称)[^（()）]{1,24}[)）]")


def each_term(topic: str, vocabulary: Vocabulary) -> list[str]:
    """The questions, one per term, of a mentions question ``topic`` that asks of several
    terms (in sentences of their own, or joined by 或者); [] for one term.

    Args:
        topic: a mentions question without its region and year mentions.
        vocabulary: the reports' vocabulary.
    """
    # "突发事件应对（或依法处置突发事件）": one term, given another name in brackets.
    topic = _OTHER_NAME.sub("", topic)
    quoted = _QUOTED_RUN.search(topic)
    if quoted:
        # "“首个”“首届”“率先”这类说法": each quoted word asked of on its own.
        return [f"哪些报告提到“{term}”" for term in _QUOTED.findall(quoted.group())]
    if shape_of(_FIRST_PIECE.split(topic.strip())[0], 0) == "list":
        # "…有啥安排 X提没提": a list asked first, then whether it says X; no terms.
        return []
    asks = _each_piece(_NEXT_ASK.split(topic), vocabulary)
    if len(asks) < 2:
        asks = _each_piece(_NEXT_WHICH.split(topic), vocabulary)
        # Only where each of them asks which reports mention a term: "枫桥经验或者法律明白人，
        # 哪些报告提到了" names its terms before the which-question.
        every = all(shape_of(a, 0) == "mentions" and mentioned_term(a, vocabulary) for a in asks)
        asks = asks if every else []
    return asks if len(asks) > 1 else []


# "分别说的是什么事", "各自怎么写的": what is said asked, naming nothing.
_SAID_ONLY = re.compile(
    r"^(?:那)?(?:分别|各自|都|各)?(?:说|讲|写|提)(?:的|了)?(?:是)?(?:什么事|什么|啥事|啥|哪些事)$"
    rf"|^(?:那)?(?:分别|各自|都|各)?{HOW_WORDED}的$"
    # "分别是哪个县": where the reports found are from, which their answer names.
    r"|^(?:那)?(?:分别|各自|都|各)?(?:是|在|属于)?(?:哪个|哪些|哪几个|哪里|哪儿)"
    r"(?:县|市|乡镇|镇|乡|地方|地区|单位)?(?:的)?$"
)


def _each_piece(split: list[str], vocabulary: Vocabulary) -> list[str]:
    """The questions, one per term, of the pieces of a mentions question."""
    pieces = [p.strip("，, ") for p in split if p.strip("，, ")]
    asks: list[str] = []
    for at, piece in enumerate(pieces):
        piece = _LEAD.sub("", piece) if at else piece
        another = _OF_ANOTHER.match(piece)
        if at and _SAID_ONLY.match(piece.strip("？?。！! ")):
            # "…？分别说的是什么事": what the sentences found say, which they show.
            continue
        if at and another:
            piece = f"哪些报告提到{another['term']}"
        elif at and (
            shape_of(piece, 0) != "mentions"
            or not without_lacking(piece).strip("？?。！! ")
            or mentioned_term(piece, vocabulary) is None
        ):
            # "…？列个表", "…？哪个没写": a later sentence naming no term of its own asks how
            # to lay out the answer about the first, or who lacks it.
            return []
        asks.extend(_either(piece, vocabulary) or _joined(piece, vocabulary))
    return asks


def _joined(piece: str, vocabulary: Vocabulary) -> list[str]:
    """``piece`` asked of each term its term joins with 和 (or lists with 、 and asks of
    each: "A、B、C分别在哪些报告里"), else ``piece``; "A、B" alone offers names of one thing."""
    # "法治副校长 网格员 哪个报告有写": names typed apart by a space, each a term.
    term = mentioned_term(_SPACED.sub("和", piece), vocabulary)
    if term is None or term.quoted:
        return [piece]
    phrase = _EACH.sub("", term.phrase)
    if not (_AND.search(phrase) or ("、" in phrase and _SEVERAL.search(piece))):
        return [piece]
    if _RELATION.search(_NAMED_AFTER.sub("", phrase)):
        # "行政执法与刑事司法衔接": the tie between the two is one thing.
        return [piece]
    parts = [part.strip("的 ") for part in joined_pieces(phrase, vocabulary, True)]
    if len(parts) < 2 or any(len(part) < _TERM_WORDS for part in parts) or _bare_doing(parts[-1]):
        return [piece]
    doings = [any(flag == "v" for _, flag in pos_tags(part)) for part in parts]
    if doings[-1] and not any(doings[:-1]):
        # "领导干部和执法人员旁听庭审": 和 joins who did one doing, not two terms; "诉前调解、
        # 司法确认" are two doings, each a term.
        return [piece]
    return [f"哪些报告提到{part}" for part in parts]


def _bare_doing(term: str) -> bool:
    """True for a single verb ("巡查"): it shares what leads the term before it."""
    tags = pos_tags(term)
    return len(tags) == 1 and tags[0][1].startswith("v")


def _either(piece: str, vocabulary: Vocabulary) -> list[str]:
    """``piece`` asked of each of two terms it joins with 或者 (quoted or not), else []."""
    joint = _EITHER.search(piece)
    if joint is None:
        return []
    first = mentioned_term(piece[: joint.start()], vocabulary)
    # "A或者B，哪些报告提到了": the second term ends its clause.
    after = re.split(r"[，,]", piece[joint.end() :])[0]
    # ("A或者B在哪些报告中见到": the second term is asked in the words that ask of both.)
    own = mentioned_term(after, vocabulary) if shape_of(after, 0) == "mentions" else None
    second = own or mentioned_term(f"哪些报告提到{after}", vocabulary)
    terms = [t for t in (first, second) if t is not None and len(t.phrase) >= _TERM_WORDS]
    if len(terms) < 2 or _EITHER.search(terms[0].phrase + terms[1].phrase):
        return []
    if _bare_doing(terms[1].phrase):
        # "用无人机执法或者巡查": a bare doing after 或者 shares what leads the first.
        return []
    lacking = "，哪个没有" if asks_both(piece) else ""
    return [f"哪些报告提到{'“' + t.phrase + '”' if t.quoted else t.phrase}{lacking}" for t in terms]
