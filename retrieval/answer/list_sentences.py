"""A list question asked in two sentences ("主要安排有哪几块？学法方面有啥硬性要求？").

Each sentence asks the items of its own part of the report: each is listed as a list question
of its own would be, one after the other, the citations numbered on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import accumulate

from retrieval.answer.cite import CARRIED
from retrieval.answer.list_answers import list_answer
from retrieval.query.aspects import (
    PLANS,
    asked_aspects,
    asks_item_figures,
    aspects_in,
    without_aspects,
)
from retrieval.query.measure import HOW_MANY
from retrieval.query.plan import Plan
from retrieval.query.sentences_asked import asked_sentences, typed_apart
from retrieval.query.shape import shape_of
from retrieval.query.weights import topic_words
from retrieval.schema import NOT_FOUND, Answer, Citation, Row
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

__all__ = [
    "compose_lists",
    "distinct_answers",
    "joined_answer",
    "joined_answers",
    "renumbered",
    "shifted_rows",
]

_MARK = re.compile(r"\[(\d+)\]")
_WHICH = re.compile(r"哪些|哪几")
_CLAUSE = re.compile(r"[，,；;]")
# A clause that asks something of its own.
_ASKS = re.compile(r"哪些|哪几|什么|啥|怎么|如何|咋|多少|是不是|有没有|是否|几")


def compose_lists(
    plan: Plan,
    vocabulary: Vocabulary,
    compose: Callable[[Plan], Answer | None],
    stated: Callable[[Plan], Answer | None],
    mixed: bool = False,
) -> Answer | None:
    """The lists of each sentence of ``plan``'s question, joined; None unless it asks two or
    more lists, each of which ``compose`` answers. A sentence asking which things without
    being a list question ("存了哪些物资") may be answered by the sentences that name them
    (``stated``); ``mixed``: a list beside figures ("说了啥，评查了多少案卷"), each figure
    answered so."""
    asked = asked_sentences(plan.topic)
    # "…都干了啥？分条总结一下。": a sentence naming no aspect or topic only asks how to tell
    # the list the others ask.
    asked = [s for s in asked if _names_something(s, vocabulary)]
    if len(asked) < 2:
        # "应急这块做了啥，存了哪些物资": clauses that each ask, one after the other.
        # A clause naming no thing of its own ("取得了什么成效") asks of the one before.
        clauses = [c for c in _CLAUSE.split(plan.topic) if _ASKS.search(c)]
        # ("…有哪些不足，明年咋改": a part of the report asked, of the field named before.)
        read = [asked_aspects(c, vocabulary) for c in clauses]
        if len(clauses) > 1 and read[0].weights and all(a.weights or a.aspects for a in read):
            asked = _field_carried(clauses, vocabulary)
        # "明年啥打算 执法培训一年搞几次": typed apart by a space, a list then what else asks.
        spaced = typed_apart(plan.topic)
        if len(asked) < 2 and len(spaced) > 1 and all(_ASKS.search(c) for c in spaced):
            asked = spaced if shape_of(spaced[0], 1, vocabulary.knows) == "list" else asked
    fields = len(asked) < 2
    if fields:
        # "在执法监督和行政复议上干了些啥": two fields, each its own item of the report.
        asked = _fields(plan.topic)
    lists = [shape_of(s, 1, vocabulary.knows) == "list" for s in asked]
    # "学法上面有哪些硬要求" reads as a fact alone: which items, after a list, is a list too.
    listed = [is_list or bool(_WHICH.search(s)) for s, is_list in zip(asked, lists, strict=True)]
    # "降了多少？靠的是什么办法？": a sentence after a figure asks of that figure; a list
    # asked first stands alone, and what is asked after it ("执法装备是不是不够") is answered
    # by the sentences that say it.
    if len(asked) < 2 or not (lists[0] or (all(listed) and not mixed)):
        return None
    if any(asks_item_figures(f"。{sentence}") for sentence in asked[1:]):
        # "…做了哪些工作？相关数据也要。": the items' own figures, which their text gives;
        # the first sentence's list, when the whole question names more than its part does.
        first = compose(replace(plan, topic=asked[0])) if lists[0] else None
        return None if first is None or first.abstained else first
    # "明年的安排分几块？学法上面有哪些硬要求？": what the first asks of (the plans) the later
    # ones ask of too.
    planned = PLANS in aspects_in(asked[0])
    asked = [asked[0], *(_of_plans(s) if planned else s for s in asked[1:])]
    # ("审计指出的问题怎么改的 共有几条问题": a count naming only the aspect is of the
    # thing the first sentence names.)
    aspect_only = [_counts_aspect_only(s, vocabulary) for s in asked[1:]]
    field = topic_words(asked[0], vocabulary) if any(aspect_only) else ""
    asked = [
        asked[0],
        *(
            f"{field}{s}" if only and field else s
            for s, only in zip(asked[1:], aspect_only, strict=True)
        ),
    ]
    answers: list[Answer] = []
    for sentence, is_list, listing in zip(asked, lists, listed, strict=True):
        answer = compose(replace(plan, topic=sentence)) if listing else None
        if (answer is None or answer.abstained) and not is_list:
            answer = stated(replace(plan, topic=sentence))
        if answer is None or answer.abstained:
            if fields:
                # "在精简审批、便民服务上": a field no part is about may be a side of
                # the one a part is about; that part answers.
                continue
            return None
        answers.append(answer)
    if fields and not answers:
        # "在人民调解和法律援助方面做了啥" of a report no part of which is on either: each
        # field by the sentences that tell it, so the second is not lost to the first.
        told = (stated(replace(plan, topic=sentence)) for sentence in asked)
        answers = [answer for answer in told if answer is not None and not answer.abstained]
        if len(answers) < 2:
            return None
    if not answers:
        return None
    if len(answers) == 1:
        return answers[0]
    cited = [{(c.source, c.start) for c in a.citations} for a in answers]
    if any(a <= b for i, a in enumerate(cited) for j, b in enumerate(cited) if i != j):
        # Both answered by the same part (one with its items' own items): it is listed once,
        # as asked whole.
        return None
    texts, citations, searched = joined_answers(answers)
    notices = dict.fromkeys(a.notice for a in answers if a.notice)
    return list_answer(plan, texts, citations, searched, "；".join(notices) or None)


def _field_carried(clauses: list[str], vocabulary: Vocabulary) -> list[str]:
    """``clauses`` with a later one that names only a doing ("下步咋整改") led by the field
    the first names ("调解这块有什么短板" → 调解): it does that to what was named."""
    field = _ASK_LEFT.sub("", without_aspects(clauses[0]))
    if len(field) < _FIELD_WORDS:
        return clauses
    carried = [clauses[0]]
    for clause in clauses[1:]:
        words = asked_aspects(clause, vocabulary).weights
        doing = all(any(f.startswith("v") for _, f in pos_tags(w)) for w in words)
        carried.append(f"{field}方面{clause}" if doing and field not in clause else clause)
    return carried


# What is left of a clause asking a part of a report once its aspect is out ("在…方面有哪些").
_ASK_LEFT = re.compile(r"\s+|^(?:在|对)|(?:方面|上面|这块|工作)?(?:有|的|存在)?(?:啥|什么|哪些)?$")
_FIELD_WORDS = 2


# "在A和B上/方面/这块…": two fields joined before the frame that marks them as the topic.
_FIELDS = re.compile(
    # ("下一步A和B准备咋搞": the plans asked of each.)
    r"^(?P<lead>(?:下一步|明年|今后|接下来|来年)?)"
    r"(?:在|对)?(?P<a>[\u4e00-\u9fff]{2,12}?)(?:和|及|与|、|以及)(?P<b>[\u4e00-\u9fff]{2,12}?)"
    r"(?:上面|上|方面|这块|这一块|领域"
    # "调解和普法写了啥": the fields, then what was done or written of them.
    r"|(?=(?:都|分别|各)?(?:做|干|写|搞|开展|说|讲)了?(?:些)?(?:啥|什么|哪些))"
    r"|(?=(?:都|分别|各)?(?:准备|打算|计划)(?:咋|怎么|如何|怎样)))(?P<rest>.+)$"
)


def _fields(topic: str) -> list[str]:
    """Each field of a list question asking about two joined ones, asked on its own; [] for
    any other question."""
    found = _FIELDS.match(topic.strip())
    if found is None:
        return []
    return [f"{found['lead']}在{found[side]}方面{found['rest']}" for side in ("a", "b")]


def joined_answers(answers: Sequence[Answer]) -> tuple[list[str], list[Citation], list[str]]:
    """Answers said one after another: each text with its citation marks numbered on from the
    answers before it, the citations so numbered, and the reports searched (each once)."""
    texts: list[str] = []
    citations: list[Citation] = []
    searched: list[str] = []
    for at, answer in enumerate(answers):
        shift = len(citations)
        # A place the message's own sentence before named is carried over from no question.
        text = answer.answer.replace(CARRIED, "") if at else answer.answer
        if answer.abstained and not text.startswith(NOT_FOUND):
            # "额敏县报告未载明发布日期。": what is missing, said once, without the search.
            text = text.split(NOT_FOUND)[0].rstrip()
        texts.append(renumbered(text, shift))
        citations += [c.model_copy(update={"n": c.n + shift}) for c in answer.citations]
        searched += [s for s in answer.searched if s not in searched]
    return texts, citations, searched


def joined_answer(
    question: str,
    answers: Sequence[Answer],
    rows: list[Row],
    abstained: bool,
    lay_out: Callable[[list[str]], list[str]] | None = None,
) -> Answer:
    """One answer to ``question`` of ``answers`` said one after another (``joined_answers``),
    their texts laid out by ``lay_out``, with ``rows``."""
    texts, citations, searched = joined_answers(answers)
    return answers[0].model_copy(
        update={
            "question": question,
            "answer": "\n".join(lay_out(texts) if lay_out else texts),
            "citations": citations,
            "rows": rows,
            "searched": searched,
            "abstained": abstained,
        }
    )


def shifted_rows(answers: Sequence[Answer]) -> list[list[Row]]:
    """Each answer's rows, their citation numbers numbered on as ``joined_answers`` numbers
    its citations."""
    shifts = accumulate((len(answer.citations) for answer in answers), initial=0)
    return [
        [r.model_copy(update={"n": None if r.n is None else r.n + shift}) for r in a.rows or ()]
        for a, shift in zip(answers, shifts, strict=False)
    ]


def renumbered(text: str, shift: int) -> str:
    """``text`` with each citation mark ``[n]`` made ``[n + shift]``."""
    return _MARK.sub(lambda found: f"[{int(found.group(1)) + shift}]", text)


def _names_something(sentence: str, vocabulary: Vocabulary) -> bool:
    asked = asked_aspects(sentence, vocabulary)
    return bool(asked.aspects or asked.weights)


def _counts_aspect_only(sentence: str, vocabulary: Vocabulary) -> bool:
    """True when ``sentence`` asks a count of nothing but an aspect word ("一共多少条问题")."""
    return bool(HOW_MANY.search(sentence)) and not asked_aspects(sentence, vocabulary).weights


def _of_plans(sentence: str) -> str:
    """``sentence`` asked of the plans, unless it names an aspect of its own."""
    return sentence if aspects_in(sentence) else f"下一步{sentence}"


# Characters a line says that make it the same line when another one holds it.
_QUOTED_LINE = 12


def distinct_answers(answers: list[Answer]) -> list[Answer]:
    """``answers`` without one saying, from spans cited before, what those before it said (one
    sentence answers both "写进了什么" and "谁来审核"; a later one may name its place
    otherwise, "（按上一问）")."""
    cited: set[tuple[str, int, int]] = set()
    told: set[str] = set()
    kept: list[Answer] = []
    for answer in answers:
        spans = {(c.source, c.start, c.end) for c in answer.citations}
        said = _lines_said(answer)
        # "…各多少？能直接比吗": a later answer that says an earlier one whole and adds to it
        # (the verdict on its figures) stands in its place.
        kept = [
            before
            for before in kept
            if not (
                before.citations
                and {(c.source, c.start, c.end) for c in before.citations} <= spans
                and _lines_said(before) < said
            )
        ]
        # (A line quoted within a longer one before it is told; a short one must be one.)
        again = all(
            line in told or (len(line) >= _QUOTED_LINE and any(line in t for t in told))
            for line in said
        )
        if spans and spans <= cited and again:
            continue
        cited |= spans
        told |= said
        kept.append(answer)
    return kept


def _lines_said(answer: Answer) -> set[str]:
    """Each line of ``answer`` as quoted, its marks and the place it is said of aside."""
    return {_MARK.sub("", line.split("：", 1)[-1]) for line in answer.answer.splitlines()}
