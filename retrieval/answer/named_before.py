"""A figure stated in the sentence after the one naming what it counts ("…积分管理机制。全年累计
为957户群众赋分72740分"): the count answers where the naming sentence names the kind of thing
asked, and the figure's sentence states the part asked."""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.answer.effects import effect_pick
from retrieval.answer.fact_parts import states_part
from retrieval.answer.matching import Matcher
from retrieval.answer.pick import Pick
from retrieval.answer.sentence_pick import pick_sentences
from retrieval.answer.stages import asked_stage, other_stages_only
from retrieval.lexicons import count_nouns
from retrieval.query.expected import Expected
from retrieval.query.measure import BARE_COUNT
from retrieval.text.words import pos_tags
from retrieval.types import Passage, Vocabulary

__all__ = ["named_before"]


def named_before(part: str, passages: Sequence[Passage], lexical: Vocabulary) -> list[Pick]:
    """The sentence stating ``part``'s figure in its measure right after the sentence that
    names what it counts ("…积分管理机制。全年累计为957户群众赋分72740分"), or []."""
    expected = Expected.of(part)
    if not expected.unit_word:
        return []
    thing = BARE_COUNT.sub("", part)
    matcher = Matcher(thing, lexical, Expected.of(thing))
    if matcher.unknown_kind or matcher.unknown_body:
        # "行政赔偿案件": a kind no report names is named before no figure, nor is what a
        # body no report names did.
        return []
    # ("受理了行政复议案件": a sentence naming no 行政复议, "支持法院依法受理和审理行政案件",
    # names no such cases; the figure after it counts something else.)
    kind = _kind_counted(thing)
    # (The naming sentence says the thing itself: "网络学法" names no 网格员.)
    named = [
        p
        for p in pick_sentences(thing, passages, lexical)[:1]
        if kind in p.text and not matcher.misses_core(p.text)
    ]
    after = [f for pick in named if (f := effect_pick(pick)) is not None]
    # "加强与行政复议、行政诉讼等工作的协作": a thing named among others in a list is no topic
    # of its own; the figure that follows may count any of them, and answers only where its
    # sentence names the thing too.
    listed = any(_in_list(_heaviest_said(matcher, pick.text), pick.text) for pick in named)
    return [
        f
        for f in after
        if states_part(part, f.text, lexical)
        and not (listed and matcher.misses_core(f.text))
        # "…办结全流程。全年接收…38件": the figure after counts another stage of the matters.
        and not (expected.unit and other_stages_only(f.text, expected.unit, asked_stage(part)))
    ]


def _kind_counted(thing: str) -> str:
    """The kind of the matters ``thing`` counts, the word before its counted noun ("行政复议"
    of "受理了行政复议案件"), or "" when it names no counted noun."""
    tags = pos_tags(thing)
    for at, (word, _) in enumerate(tags):
        if at and word in count_nouns() and len(tags[at - 1][0]) > 1:
            return tags[at - 1][0]
    return ""


def _heaviest_said(matcher: Matcher, text: str) -> str:
    """The weightiest of the question's words that ``text`` says ("" when none)."""
    said = [word for word in matcher.heads if len(word) > 1 and word in text]
    return max(said, key=matcher.heads.__getitem__, default="")


def _in_list(word: str, text: str) -> bool:
    """True when ``text`` names ``word`` as an item of a list ("…、行政诉讼等")."""
    at = text.find(word) if word else -1
    return at >= 0 and "、" in text[at - 1 : at] + text[at + len(word) : at + len(word) + 1]
