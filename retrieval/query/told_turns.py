"""Follow-ups about the answer just given: its reports in their own words again ("它们分别怎么
说的"), the table or ranking asked again for who said nothing ("这个数据有哪些县没写"), the
turn restated, an unnamed report's place asked again for its clues, a term's follow-ups after
which reports say it, and whether the one report asked of says a thing."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from retrieval.query.about_answer import asks_their_words
from retrieval.query.annotations import RESTATED
from retrieval.query.chained_turns import clues_of_place_before
from retrieval.query.mention_turns import of_report_asked, term_followed
from retrieval.query.mentioned import mentioned_term
from retrieval.query.plan import Kind
from retrieval.query.routing import Route
from retrieval.query.table_turns import SILENT_ONES
from retrieval.query.term import Term
from retrieval.schema import Conversation
from retrieval.text.numbers import extract_numbers
from retrieval.text.sentences import char_pairs
from retrieval.types import Vocabulary

__all__ = ["Told", "figure_told", "told_again_of"]

Resolved = tuple[str, Route, Kind]

# "有没有写原因", "原因呢", "说没说为什么": why the thing just told is so, naming no thing.
_REASONS_OF_IT = re.compile(
    r"^(?:那)?(?:报告)?(?:里)?(?:有没有|有无|是否|说没说|写没写)?(?:写|说|讲|提|分析|交代)?(?:了|到)?"
    r"(?:具体)?(?:的)?(?:原因|为什么)(?:是什么|是啥|呢|吗)?[？?。！!\s]*$"
)


class Told(NamedTuple):
    """A follow-up: as asked, its places aside (``said``), its route and own shape, and the
    turns before it."""

    question: str
    said: str
    routed: Route
    kind: Kind
    conversation: Conversation


def told_again_of(
    turn: Told,
    routed: Callable[[str], Resolved],
    own: Callable[[str], Resolved],
    vocabulary: Vocabulary,
) -> Resolved | None:
    """The question ``turn`` asks of what the turn before told, resolved; None for any other
    follow-up. ``routed``: a text routed and shaped; ``own``: the same, shaped by its own
    words (a report described, "没写县名的那份…")."""
    question, said, route, kind, conversation = turn
    last = conversation.last_question or ""
    # "它们分别怎么说的": the reports just found, each in its own words, again; "这个数据有
    # 哪些县没写": the table or ranking just given, which lists them.
    shown = {"mentions"} if asks_their_words(said) else set()
    silent = SILENT_ONES.match(said)
    # (The thing named, if any, is the one just set out: it shares a word with that question.)
    thing = silent["thing"] if silent else ""
    if silent and (not thing or any(pair in last for pair in char_pairs(thing))):
        shown |= {"ranking", "table"}
    if shown and (repeated := routed(last))[2] in shown:
        return repeated
    if RESTATED.match(said):
        return routed(last)
    if _REASONS_OF_IT.match(said) and last:
        # "有没有写原因" after an item or a figure: why it is so, as the report says it.
        return routed(f"{last.rstrip('？?。！! ')}，原因是什么")
    if clues_of_place_before(said, question):
        # "正文里有啥线索能推测出是哪里": the place asked before, its clues told.
        return own(last)

    def term_of() -> Term | None:
        found = routed(last)[2] == "mentions"
        return mentioned_term(last, vocabulary) if found else None

    told = term_followed(said, route.places_said(question), term_of, conversation)
    if told is not None:
        # "没提到的有哪些", "普兰那边具体是怎么写的", "它的数字是多少" after which reports
        # say X: of X.
        return routed(told)
    if kind == "mentions" and of_report_asked(said, route, conversation):
        # "到底有没有写执法方面的问题" after a turn on one report: whether that one says it.
        return question, route, kind
    return None


# A report's file name ("003_fb75….txt"): its digits are no figure.
_FILE_NAME = re.compile(r"\d+_[0-9a-f]+\.txt")
# An answer line's label and citation marks, no words of the thing told.
_LINE_MARKS = re.compile(r"^[^：\n]{1,60}：|\[\d+\]")


def figure_told(question: str, history: list[tuple[str, str]]) -> str:
    """The words of the latest answer line stating a figure ``question`` quotes ("普兰各项相加
    对得上1020吗" after "…热线办件1020件"), which say what the figure counts; "" when
    it quotes none told before."""
    # (A year, "只看2025年度的", or a report's number, "003", quotes no figure told.)
    quoted = {
        m.raw
        for m in extract_numbers(_FILE_NAME.sub("", question))
        if len(m.raw) > 1
        # ("12345热线", "003": a name written in digits, no figure.)
        and not m.named
        and not m.dated
        and not (m.unit or "").startswith(("年", "月", "日"))
    }
    for _, answer in reversed(history):
        for line in answer.splitlines():
            said = {m.raw for m in extract_numbers(line)}
            if quoted & said:
                return _LINE_MARKS.sub("", line).replace("…", "")
    return ""
