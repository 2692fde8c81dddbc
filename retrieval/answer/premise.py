"""A figure the asker states and asks to have checked ("据报告…按时办结率为99.8%。是否属实？",
"行政复议案件是38件吗"): the answer says whether the report states it, from the figure its
cited sentence gives for the same thing, so a wrong premise is never left standing beside the
right figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from retrieval.query.about_answer import CHECK_TAG
from retrieval.query.units import comparable_units
from retrieval.schema import Citation
from retrieval.text.numbers import NumberMention, extract_numbers, measure_after
from retrieval.tuning import CLAIM_ROUGHLY

__all__ = ["AGREES", "AGREES_ROUGHLY", "CHECKED", "CHECK_ASKED", "DIFFERS", "checked_premise"]

# How a line checking a figure the asker states opens; and the three verdicts, before the
# report's own words.
CHECKED = "核对："
AGREES = f"{CHECKED}与所述一致，报告原文："
DIFFERS = f"{CHECKED}与所述不符，报告原文："
AGREES_ROUGHLY = f"{CHECKED}与所述约数相符，报告原文："

# "是否属实", "对不对", "请核实", "是38件吗": the asker wants a stated figure checked.
CHECK_ASKED = re.compile(
    r"是否(?:属实|准确|正确|一致|无误)|(?:属实|准确|正确|对)(?:吗|不|么)|对不对|有没有错|有无出入"
    r"|核实|核对|(?:\d|%)[^，,。？?！!\d]{0,3}(?:吗|么|吧)[？?]?"
    # "原文是这个数吗": whether the figure put forward is the report's.
    r"|(?:原文|报告)?(?:就)?是(?:这个|这)(?:数字?|数据|说法)(?:吗|么|不|吧)"
    rf"|[，,\s]{CHECK_TAG.pattern}"
)
# What is said to be the figure, right before it ("按时办结率为", "受理了").
_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:为|是|达到?|有|共|约|了)?$")
_CLAUSE_MARKS = "，,。；;：:、"
# "…这个说法对吗", "…是吗": the asking after a claim, no part of what it is of.
_ASKING_AFTER = re.compile(
    r"(?:这个说法|这种说法|此说法)?(?:对|是|准确|属实|正确)?(?:吗|么|不|对不对|是不是)$"
)
# The most characters before a figure that say what it is of.
_THING_CHARS = 8
# What asks a statement to be checked, and whose words it is said to be, no part of it.
_ASKING = re.compile(
    r"是不是|是否|对不对|对吗|对么|准确吗|属实吗|正确吗|这个说法|这种说法|有没有错|吗"
    rf"|{CHECK_TAG.pattern}|^(?:我)?(?:记得|印象中|印象里)(?:好像)?"
    r"|(?:报告|文件|材料)?(?:里|中)?(?:说|写|提到|讲)(?:了|过)?(?=[\u4e00-\u9fff])"
)
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
# "无一起", "没有", "未": a clause saying it is not so.
_NEGATION = re.compile(r"无一|没有|未曾|从未|并未|(?<!来)未(?!来)|并非|不是|零")
# How many of the statement's character pairs a clause must share to be about it, and to say
# it (short of that, the clause is near it but the answer says nothing of agreeing).
_LEAST_SHARED = 4
_SHARE_SAID = 0.5
_SHARE_AGREED = 0.75
# Dates and years are no stated figure of a thing.
_NOT_COUNTED = ("年", "月", "日", "号")


def checked_premise(question: str, citations: Sequence[Citation]) -> str:
    """A line per figure ``question`` states and asks to have checked, saying what the cited
    excerpts state for the same thing and whether it agrees; "" when none is asked."""
    if not CHECK_ASKED.search(question):
        return ""
    # "…有一件被撤销了，对吗": the clause most like the statement denies it ("无一起被撤
    # 销"), whatever figure another clause gives.
    said = _statement_checked(question, citations)
    if said.startswith(DIFFERS):
        return said
    lines = []
    for claimed in extract_numbers(question):
        if (claimed.unit or "").startswith(_NOT_COUNTED):
            continue
        # ("12345热线": a name written in digits, no figure put forward.)
        if claimed.named:
            continue
        regions = [c.region for c in citations if c.region]
        # "说有20名干部持证": what the figure is of may follow it too.
        thing = _thing_before(question, claimed, regions) + _thing_after(question, claimed)
        if not thing:
            continue
        found = _stated_for(thing, claimed, citations)
        if found is None:
            continue
        stated, citation = found
        rough = _rough(question, claimed)
        agrees = stated.key == claimed.key or (
            rough is not None and stated.percent == claimed.percent and rough(stated.value)
        )
        verdict = (AGREES_ROUGHLY if rough and agrees else AGREES) if agrees else DIFFERS
        # (The asker's figure is not said again: every figure an answer states is quoted.)
        lines.append(f"{verdict}{_clause_of(citation.excerpt, stated)}[{citation.n}]")
    # "是不是建成了全区首个X，对不对": a statement with no figure, checked as said.
    return "\n".join(lines) or said


# "三万七千多件", "300余人": at least the figure, short of its next step; "约200条", "200条
# 左右": near it, within CLAIM_ROUGHLY of it.
_MORE_THAN = re.compile(r"[多余]")
_NEAR_BEFORE = re.compile(r"(?:大约|大概|约|近|将近|差不多)(?:是|为|有)?$")
_NEAR_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,2}?(?:左右|上下)")


def _rough(question: str, claimed: NumberMention) -> Callable[[Decimal], bool] | None:
    """Whether a stated value fits ``claimed`` when the asker puts it forward as a round
    figure ("三万七千多件", "约200条"); None when it is put forward exactly."""
    value = claimed.value
    if _MORE_THAN.match(question, claimed.end) and value == value.to_integral() and value > 0:
        digits = str(int(value))
        step = Decimal(10) ** (len(digits) - len(digits.rstrip("0")))
        return lambda stated: value <= stated < value + step
    near = _NEAR_BEFORE.search(question, 0, claimed.start) or _NEAR_AFTER.match(
        question, claimed.end
    )
    if near:
        return lambda stated: abs(stated - value) <= CLAIM_ROUGHLY * value
    return None


def _statement_checked(question: str, citations: Sequence[Citation]) -> str:
    """Whether the cited clause closest to the statement ``question`` puts forward says it
    ("建成塔城地区首个…" for "是不是建成了…首个…"), or says it is not so (a negation on one side
    only: "无一起被撤销" against "有一件被撤销"); "" when no clause says enough of it."""
    claim = _ASKING.sub("", question)
    for region in {c.region for c in citations if c.region}:
        # "额敏是不是…": the place asked of is no part of what it is said to have done.
        claim = claim.replace(region, "").replace(region[:-1], "")
    claim = max(re.split(r"[，,。；;？?！!]", claim.replace("了", "")), key=len)
    pairs = {
        claim[i : i + 2] for i in range(len(claim) - 1) if _CJK_PAIR.fullmatch(claim[i : i + 2])
    }
    best: tuple[int, str, Citation] | None = None
    for citation in citations:
        for clause in re.split(r"[，,。；;]", citation.excerpt):
            shared = sum(pair in clause for pair in pairs)
            if best is None or shared > best[0]:
                best = (shared, clause, citation)
    if best is None or best[0] < _LEAST_SHARED or best[0] < _SHARE_SAID * len(pairs):
        return ""
    _, clause, citation = best
    denied = bool(_NEGATION.search(clause)) != bool(_NEGATION.search(claim))
    if not denied and best[0] < _SHARE_AGREED * len(pairs):
        return ""
    return f"{DIFFERS if denied else AGREES}{clause}[{citation.n}]"


def _thing_before(text: str, figure: NumberMention, regions: Sequence[str]) -> str:
    """The words that say what ``figure`` is of, its place and the words of the request aside."""
    clause = re.split(r"[，,。；;：:？?！!\s]", text[: figure.start])[-1]
    for region in regions:
        clause = clause.replace(region, "")
    found = _BEFORE.search(clause.removeprefix("据报告"))
    return found[1][-_THING_CHARS:] if found else ""


def _thing_after(text: str, figure: NumberMention) -> str:
    """The words after ``figure`` and its measure up to the clause's end, the asking aside."""
    after = text[figure.end + len(measure_after(text, figure.end)) :]
    # ("收到120件、办完118件": the next item of a list is another figure's thing.)
    clause = re.split(r"[，,。；;：:？?！!、\s]", after)[0]
    return _ASKING_AFTER.sub("", clause)[:_THING_CHARS]


def _clause_of(text: str, figure: NumberMention) -> str:
    """The clause of ``text`` that states ``figure``."""
    start = max(text.rfind(mark, 0, figure.start) for mark in _CLAUSE_MARKS) + 1
    ends = [at for mark in _CLAUSE_MARKS if (at := text.find(mark, figure.end)) >= 0]
    return text[start : min(ends, default=len(text))]


def _stated_for(
    thing: str, claimed: NumberMention, citations: Sequence[Citation]
) -> tuple[NumberMention, Citation] | None:
    """The figure a cited excerpt gives for ``thing`` in ``claimed``'s kind of measure: the
    one whose clause shares the most of its words, ending nearest the figure."""
    pairs = {thing[i : i + 2] for i in range(len(thing) - 1)}
    best: tuple[tuple[int, int], NumberMention, Citation] | None = None
    for citation in citations:
        for stated in extract_numbers(citation.excerpt):
            if stated.named or stated.dated:
                continue
            if stated.percent != claimed.percent or not comparable_units(stated.unit, claimed.unit):
                continue
            before = re.split(r"[，,。；;：:、]", citation.excerpt[: stated.start])[-1]
            after = re.split(r"[，,。；;：:、]", citation.excerpt[stated.end :])[0]
            # ("累计受理企业、群众办件37116件": the words of its whole clause, the list's
            # other items' aside, tell what a figure counts when its own item says none.)
            clause = re.split(r"[，,。；;：:]", citation.excerpt[: stated.start])[-1]
            shared = (
                sum(pair in before or pair in after for pair in pairs),
                sum(pair in clause for pair in pairs),
            )
            if any(shared) and (best is None or shared > best[0]):
                best = (shared, stated, citation)
    return (best[1], best[2]) if best else None
