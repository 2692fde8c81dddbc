"""Several terms asked about at once: which reports mention each.

"哪些报告提到X？Y呢", "X哪些报告有写，顺便问下有没有写Y的" and "有没有报告提A或者B" each ask
of two terms; each is answered as a question of its own ("哪些报告提到X", then Y). Terms
joined by 和 stay one ("提到X和Y的报告" may ask for the reports saying both).
"""

from __future__ import annotations

import re

from retrieval.query.mentioned import asks_both, mentioned_term
from retrieval.query.shape import shape_of
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

__all__ = ["each_term"]

# Where a later ask begins: a sentence's end, or a word that brings up another matter.
_NEXT_ASK = re.compile(
    r"[？?。！!；;]+\s*|[，,\s]+(?=(?:顺便|另外|还有|再|那)(?:问一?下|问问|请问|说一下)?)"
)
_LEAD = re.compile(r"^(?:顺便|另外|还有|再|那)(?:问一?下|问问|请问|说一下)?[，,\s]*")
# "Y呢": the same ask of another term.
_OF_ANOTHER = re.compile(r"^(?:那|还有)?(?P<term>[^，,。？?！!\s]{2,16}?)(?:的情况)?呢$")
# "A或者B": either term, each asked.
_EITHER = re.compile(r"或者|或是|或")
_TERM_WORDS = 2


def each_term(topic: str, vocabulary: Vocabulary) -> list[str]:
    """The questions, one per term, of a mentions question ``topic`` that asks of several
    terms (in sentences of their own, or joined by 或者); [] for one term.

    Args:
        topic: a mentions question without its region and year mentions.
        vocabulary: the reports' vocabulary.
    """
    pieces = [p.strip("，, ") for p in _NEXT_ASK.split(topic) if p.strip("，, ")]
    asks: list[str] = []
    for at, piece in enumerate(pieces):
        piece = _LEAD.sub("", piece) if at else piece
        another = _OF_ANOTHER.match(piece)
        if at and another:
            piece = f"哪些报告提到{another['term']}"
        elif at and (shape_of(piece, 0) != "mentions" or mentioned_term(piece, vocabulary) is None):
            # "…？列个表", "…？哪个没写": a later sentence naming no term of its own asks how
            # to lay out the answer about the first, or who lacks it.
            return []
        asks.extend(_either(piece, vocabulary))
    return asks if len(asks) > 1 else []


def _either(piece: str, vocabulary: Vocabulary) -> list[str]:
    """``piece`` asked of each of two terms it joins with 或者 (quoted or not), else
    ``piece``."""
    joint = _EITHER.search(piece)
    if joint is None:
        return [piece]
    first = mentioned_term(piece[: joint.start()], vocabulary)
    # "A或者B，哪些报告提到了": the second term ends its clause.
    after = re.split(r"[，,]", piece[joint.end() :])[0]
    second = mentioned_term(f"哪些报告提到{after}", vocabulary)
    terms = [t for t in (first, second) if t is not None and len(t.phrase) >= _TERM_WORDS]
    if len(terms) < 2 or _EITHER.search(terms[0].phrase + terms[1].phrase):
        return [piece]
    tags = pos_tags(terms[1].phrase)
    if len(tags) == 1 and tags[0][1].startswith("v"):
        # "用无人机执法或者巡查": a bare doing after 或者 shares what leads the first.
        return [piece]
    lacking = "，哪个没有" if asks_both(piece) else ""
    return [f"哪些报告提到{'“' + t.phrase + '”' if t.quoted else t.phrase}{lacking}" for t in terms]
