"""Routing by description: "设立7个行政执法监督联系点的那个县，选聘了几名社会监督员？".

A question may name its report by what the report says instead of by region. The description
is looked up on its own; when one report matches it clearly better than every other, the rest
of the question is answered from that report alone, even though the answer sits in another
passage than the description. When several reports match alike (reports that say the same
thing), nothing is routed and the question is answered as usual.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from retrieval.index.lexical import LexicalIndex
from retrieval.query.weights import question_weights
from retrieval.text.words import pos_tags
from retrieval.tuning import DESCRIPTION_CANDIDATES, DESCRIPTION_COVERAGE, DESCRIPTION_MARGIN

__all__ = ["described_report", "described_thing", "split_description"]

# "<description>的(那个)县，<question>" and "有报告提到<description>，<question>".
_RELATIVE = re.compile(
    r"^(?P<desc>.{4,}?)(?:的(?:那个|这个|那份|这份|那|这)?|那个|这个|那份|这份)"
    r"(?:县|镇|乡|区|市|报告)(?![级城域委直属镇村市区])"
    # "…那份报告里说，…": where the rest is said is no part of what is asked.
    r"(?:里面|里|中|当中)?(?:说|讲|提到|写到|写)?(?:的)?[，,：:]?(?P<rest>.{2,})$"
)
# "西藏那个县的普法…": a report named by the province or prefecture it lies in.
_PLACED = re.compile(
    r"^(?P<desc>[\u4e00-\u9fff]{2,4}?)(?:那边|那里|这边)?的?(?:那个|这个|那|这)(?:县|镇|乡|地方)"
    r"(?:里面|里|的)?[，,：:]?(?P<rest>.{2,})$"
)
_MENTION = re.compile(
    r"^(?:听说|据说|我听说|据了解)?有(?:个|一个|份|一份)?(?:报告|县|镇|乡)(?:提到|说|写到)?"
    r"(?P<desc>.{4,}?)的?(?:[，,]|\s+)(?P<rest>.{2,})$"
)
# "合格率为90%", "合格率90点多": a rate the description states, not one it asks.
_RATE_STATED = re.compile(
    r"[\u4e00-\u9fff]{0,2}(?:比例|率)(?:为|达到?|是)?(?:\d+点多|\d+(?:\.\d+)?%?)"
)
# "…，它那边涉企检查降了多少": the report pointed at again before what is asked of it.
_POINTED = re.compile(r"^(?:它|他们|它们|该县|那边|那里)(?:那边|这边|那里|那儿)?的?")
# A name the description quotes ("搞了“周一开讲”的那个县"): the report says it as quoted.
_QUOTED = re.compile(r"[“\"「『‘](?P<name>[^”\"」』’]{2,30})[”\"」』’]")
# What asks something of the report: a question word, or a request to read out or sum up.
_ASKS = re.compile(
    r"多少|几|什么|啥|哪|是否|吗|怎样|如何|怎么|咋|比例|率|概括|总结|归纳|梳理|列(?:一下|出|举)|说说|讲讲"
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def split_description(topic: str) -> tuple[str, str] | None:
    """``(description, question)`` when ``topic`` names its report by a description."""
    for pattern in (_RELATIVE, _MENTION):
        found = pattern.match(topic.strip())
        stated = _RATE_STATED.sub("", found["desc"]) if found else ""
        if found and _ASKS.search(found["rest"]) and not _ASKS.search(stated):
            return found["desc"].strip("，,、 "), _POINTED.sub("", found["rest"].strip("，,、 "))
    placed = _PLACED.match(topic.strip())
    if placed and _ASKS.search(placed["rest"]) and _place(placed["desc"]):
        return placed["desc"], _POINTED.sub("", placed["rest"].strip("，,、 "))
    return None


def described_thing(description: str) -> str:
    """What ``description`` is about, without the rates it states ("执法培训合格率为90%" →
    执法培训): the thing a question naming nothing else asks of."""
    return _RATE_STATED.sub("", description).strip("，,、的 ")


def _place(words: str) -> bool:
    """True when ``words`` are a place name alone (jieba's "ns")."""
    tags = pos_tags(words)
    return len(tags) == 1 and tags[0][1] == "ns"


def described_report(
    description: str,
    lexical: LexicalIndex,
    texts: Callable[[Sequence[str]], dict[str, str]],
    candidates: int = 40,
) -> str | None:
    """The one report whose passage matches ``description`` clearly best, or None.

    Args:
        description: what the question says the report says.
        lexical: the BM25 index (over every report).
        texts: chunk ids → their texts.
        candidates: passages looked at.
    """
    found = lexical.search(description, candidates)
    if _place(description):
        # "西藏那个县": the one report that names the place, or none when several do.
        sources = {lexical.source_of(chunk_id) for chunk_id, _ in found}
        return sources.pop() if len(sources) == 1 else None
    quoting = _quoting(description, found, lexical, texts)
    if quoting is not None:
        return quoting
    numbers = _NUMBER.findall(description)
    if numbers:
        # A figure in the description ("216人", "降了28%") must be the report's own: of the
        # passages saying it, each report's best is weighed.
        said = texts([chunk_id for chunk_id, _ in found])
        found = [
            (chunk_id, score)
            for chunk_id, score in found
            if all(_states(said.get(chunk_id, ""), number) for number in numbers)
        ]
    best: dict[str, tuple[float, str]] = {}
    for chunk_id, score in found:
        source = lexical.source_of(chunk_id)
        if source and source not in best:
            best[source] = (score, chunk_id)
    leaders = sorted(best.items(), key=lambda item: item[1][0], reverse=True)
    if not numbers:
        # Nothing but the score tells reports apart: the leader must stand out.
        if len(leaders) > 1 and leaders[0][1][0] < DESCRIPTION_MARGIN * leaders[1][1][0]:
            return None
        leaders = leaders[:1]
    passages = texts([chunk_id for _, (_, chunk_id) in leaders[:DESCRIPTION_CANDIDATES]])
    ranked = [
        (score, source, passages[chunk_id])
        for source, (score, chunk_id) in leaders[:DESCRIPTION_CANDIDATES]
        if chunk_id in passages
    ]
    if not ranked or (len(ranked) > 1 and ranked[0][0] < DESCRIPTION_MARGIN * ranked[1][0]):
        return None
    _, source, text = ranked[0]
    weights = question_weights(description, lexical)
    total = sum(weights.values())
    held = sum(weight for word, weight in weights.items() if word in text.lower())
    return source if total and held / total >= DESCRIPTION_COVERAGE else None


def _states(text: str, number: str) -> bool:
    """True when ``text`` states ``number`` as a figure of its own or rounded ("28" of
    28.42%), not inside another ("28" of 128)."""
    return re.search(rf"(?<![\d.]){re.escape(number)}(?:\.\d+)?(?![\d])", text) is not None


def _quoting(
    description: str,
    found: Sequence[tuple[str, float]],
    lexical: LexicalIndex,
    texts: Callable[[Sequence[str]], dict[str, str]],
) -> str | None:
    """The one report among ``found`` passages that says every name ``description`` quotes, as
    quoted; None when it quotes none, or when none or several reports say them: reports that
    share the words around a quoted name ("双随机、一公开" beside "信用+双随机") are told
    apart by the name itself."""
    names = [m["name"] for m in _QUOTED.finditer(description)]
    if not names:
        return None
    passages = texts([chunk_id for chunk_id, _ in found])
    saying = {
        lexical.source_of(chunk_id)
        for chunk_id, text in passages.items()
        if all(name in text for name in names)
    }
    return saying.pop() if len(saying) == 1 else None
