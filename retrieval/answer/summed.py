"""A total asked of one report's figures that it states only one by one ("总共给了多少经费":
工作经费2万元、普法经费3万元、法律顾问经费8万元): the cited figures added up, said as a sum
of them, never as the report's own figure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from retrieval.answer.breakdown import approximate, side_by_side
from retrieval.answer.named_items import listed_things, one_each
from retrieval.answer.premise import CHECK_ASKED, CHECKED
from retrieval.query.expected import Expected
from retrieval.query.noun_measures import counted_noun_measure
from retrieval.query.plan import Plan
from retrieval.query.units import comparable_units
from retrieval.query.verdicts import asks_adds_up, asks_sum, asks_total, without_sum
from retrieval.schema import NOT_FOUND, Answer
from retrieval.text.markers import MARKER
from retrieval.text.numbers import NumberMention, extract_numbers
from retrieval.text.sentences import char_pairs
from retrieval.text.words import shared_end

__all__ = ["POINTED", "in_multiple_asked", "said_total", "with_like_clauses", "with_sum"]

# A total the report states itself ("共计…", "合计…"): nothing is added ("共办理A6件、B9件"
# lists the parts it adds up). 共 of a word ("共性问题", "公共") states no total.
_STATED_TOTAL = re.compile(
    r"(?:(?<![公])共(?![性同享建治商识])|合计|总计|累计)[^，,。；;\d]{0,10}(?>\d[\d.]*(?:余|多)?[万亿]?[^\d\s，,；;。、]{0,2})(?!、)"
)
# What a figure's written number may end in, multiplying it.
_MULTIPLES = {"亿": Decimal(10**8), "万": Decimal(10**4)}


def with_sum(plan: Plan, answer: Answer) -> Answer:
    """``answer`` with a line adding up its figures when the question asks a total of one
    report and its cited figures are all exact and in one measure; else ``answer`` as it is."""
    if answer.abstained or not asks_sum(plan.topic) or len(plan.groups) != 1:
        return answer
    if asks_adds_up(plan.topic):
        # ("…加起来跟总数对得上吗": the parts set against their whole add them up there.)
        return answer
    if asks_total(plan.topic):
        # "A和B一共多少": the two things named are added (``within.with_total``), not every
        # figure of their sentence.
        return answer
    answer = _with_like_clauses(plan.topic, answer)
    # (A line checking a figure the asker states opens the answer, before the figures.)
    first = next((ln for ln in answer.answer.splitlines() if not ln.startswith(CHECKED)), "")
    shown = MARKER.sub("", first.split("：", 1)[-1])
    mentions = [
        m for m in extract_numbers(shown) if not m.percent and not m.dated and not _year(shown, m)
    ]
    # "合计多少件": the figures in the measure asked, those in another ("50余人次") set apart.
    # ("这几项合起来是多少件": the measure the total is asked in, not the pointer's 项.)
    last = [*_MEASURE_ASKED.finditer(plan.topic)][-1:]
    bare = POINTED.sub("", plan.topic)
    # ("复议案件合计多少": no measure asked; the noun added up says it, 案件 in 件.)
    asked = last[0]["unit"] if last else Expected.of(bare).unit_word
    # ("合计多少万元", "那两笔加在一起", "两项合计多少" after "多少钱", "公证费、现场费，
    # 合计多少": money, whatever multiple the total is asked in; fees listed are money.)
    # ("两笔减免一共多少" after "减免多少钱": the money the turn before asked.)
    money = asked in (*_MONEY_MULTIPLES, "钱") or (
        not asked
        and (
            any(Expected.of(t).unit_word in ("元", "钱") for t in (plan.topic, plan.context))
            or bool(_FEES_LISTED.search(bare))
        )
    )
    asked = "元" if money else asked
    asked = asked or counted_noun_measure(without_sum(bare)) or ""
    # (A measure no figure is in, "多少钱" of 元, sets none apart.)
    asked = asked if any(m.unit == asked for m in mentions) else ""
    apart = [m for m in mentions if asked and not comparable_units(m.unit, asked)]
    mentions = [m for m in mentions if m not in apart]
    written = [shown[m.start : m.end] + (m.unit or "") for m in mentions]
    if len(mentions) < 2 or len({m.unit for m in mentions}) != 1 or not mentions[0].unit:
        return answer
    # A total the report states of these ("共…件") is the answer, no sum of its parts; one of
    # another measure ("累计参会人员达27.4万余人次" beside 场次) is of something else.
    unit = mentions[0].unit
    stated = (m.group() for c in answer.citations for m in _STATED_TOTAL.finditer(c.excerpt))
    if any(unit in total[-len(unit) - 2 :] for total in stated):
        return answer
    # Parts of one whole are listed side by side; figures of separate clauses count separate
    # things, and an approximate figure ("50余个") adds to no exact total.
    runs = [[m for m in run if m not in apart] for run in side_by_side(shown)]
    # ("…A6件、B9件…C95件": the things named, quoted apart from the rest of their run.)
    named = _named_among(plan.topic, shown, mentions)
    whole = [run for run in runs if run] == [mentions] or len(named) == len(mentions)
    # ("减免的钱一共多少": "减免公证费6700元,…,减免现场费37200元", each clause the doing asked.)
    whole = whole or _done_alike(without_sum(bare), shown, mentions)
    # "约1.2万户（甲类8000户、乙类4100户）": a round figure broken down in the
    # brackets after it; its parts are what adds up, the round one is said beside.
    rounded = "" if whole else _broken_down(shown, mentions, runs)
    if rounded:
        mentions = [m for run in runs for m in run]
        written = [shown[m.start : m.end] + (m.unit or "") for m in mentions]
    if len(MARKER.findall(first)) != 1 or not (whole or rounded):
        return answer
    if named:
        # "A、B、C各办了几件，加起来多少": the things named, not every part of the run.
        apart = []
        written = [w for m, w in zip(mentions, written, strict=True) if m in named]
        mentions = named
    said = said_total(written, [m.value for m in mentions], mentions[0].unit or "")
    # ("50余人次": as written, up to its measure.)
    others = "、".join(
        shown[m.start : shown.find(m.unit or "", m.end) + len(m.unit or "")] for m in apart
    )
    left = f"；另有{others}未计入" if others else ""
    left += f"；报告所写总数为{rounded}" if rounded else ""
    line = f"合计{said}（{'+'.join(written)}，按所引数字相加{left}）"
    again = in_multiple_asked(plan.topic, sum((m.value for m in mentions), Decimal(0)), said)
    line = line.replace(f"合计{said}", f"合计{said}{again}", 1)
    # The total asked as a part of its own ("…，加起来一共多少") is this line.
    kept = [
        said_line
        for said_line in answer.answer.splitlines()
        if not (said_line.endswith(NOT_FOUND) and asks_sum(said_line.split("：", 1)[0]))
    ]
    total = sum((m.value for m in mentions), Decimal(0))
    checked = _claim_checked(plan.question, total, said, mentions[0])
    if checked:
        # "一共15万，对不对": the stated total set against the sum, not against one part.
        kept = [k for k in kept if not k.startswith(CHECKED)]
    return answer.model_copy(update={"answer": "\n".join([*kept, *checked, line])})


def _claim_checked(question: str, total: Decimal, said: str, part: NumberMention) -> list[str]:
    """A line saying whether the total ``question`` puts forward to be checked ("一共15万，
    对不对") is the sum ``said``, or [] when it puts none forward."""
    if not CHECK_ASKED.search(question):
        return []
    claims = [
        m
        for m in extract_numbers(question)
        if not (m.percent or m.dated or m.named)
        and (m.unit is None or comparable_units(m.unit, part.unit or ""))
        and (m.unit is not None or m.raw[-1:] in _MULTIPLES)
    ]
    if len(claims) != 1:
        return []
    claim = claims[0]
    written = question[claim.start : claim.end] + (claim.unit or "")
    verdict = "一致" if claim.value == total else "不符"
    return [f"{CHECKED}所述{written}与报告所列各项之和{said}{verdict}"]


def with_like_clauses(plan: Plan, answer: Answer) -> Answer:
    """``answer`` with the clauses of its one sentence that do the same in the same measure
    ("县级层面开展培训25场次" beside "乡镇层面开展培训368场次") shown beside the one it quotes,
    when a count of one report is asked and no sum (``with_sum`` adds them)."""
    if answer.abstained or len(plan.groups) != 1 or asks_sum(plan.topic):
        return answer
    if not Expected.of(plan.topic).number or len(_MEASURE_ASKED.findall(plan.topic)) > 1:
        return answer
    return _with_like_clauses(plan.topic, answer, kinds_apart=True)


def in_multiple_asked(topic: str, total: Decimal, said: str) -> str:
    """ "，即4.39万元": a sum of money ``said`` in 元, said again in the multiple ``topic``
    asks it in ("合计多少万元"); "" when it asks none, or ``said`` is in it already."""
    last = [*_MEASURE_ASKED.finditer(topic)][-1:]
    multiple = last[0]["unit"] if last and last[0]["unit"] in _MONEY_MULTIPLES else ""
    if not multiple or said.endswith(multiple) or not said.endswith("元"):
        return ""
    scaled = (total / _MULTIPLES[multiple[0]]).normalize()
    return f"，即{scaled:f}{multiple}"


def said_total(written: Sequence[str], values: Sequence[Decimal], unit: str) -> str:
    """The sum of figures said in the multiple all of them are written in ("2万元", "3万元" →
    "5万元"), else in ``unit`` alone."""
    scale = next((mark for mark in _MULTIPLES if all(mark in w for w in written)), "")
    total = (sum(values, Decimal(0)) / _MULTIPLES.get(scale, Decimal(1))).normalize()
    return f"{total:f}{scale}{unit}"


_MEASURE_ASKED = re.compile(r"多少(?P<unit>[万亿]元|[件人次项个名户家条元场期份])")
_MONEY_MULTIPLES = ("万元", "亿元")
_FEES_LISTED = re.compile(r"(?:费|费用|经费|资金|款项)[、，,和与及]")
# "那几项加起来": the items pointed at, whose measure is no measure of the total.
POINTED = re.compile(r"(?:那|这)(?:几|些|[两三四五六七八九十])?(?:项|个|类|笔|样|条|块)")
# A clause of a sentence, and the words of a question.
# (A part listed after 、 is a clause of its own: "…2万元、普法经费3万元".)
_CLAUSE = re.compile(r"[^，,；;。、]+")
_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")


def _with_like_clauses(topic: str, answer: Answer, kinds_apart: bool = False) -> Answer:
    """``answer`` whose one line quotes one clause of its one cited sentence ("减免公证费6700
    元") with the sentence's other clauses of the same doing in the same measure added ("减免
    现场费37200元"), which a total of the doing adds up; else ``answer``."""
    if len(answer.citations) != 1 or len(answer.answer.splitlines()) != 1:
        return answer
    line = answer.answer
    label, _, shown = line.partition("：")
    body = MARKER.sub("", shown)
    # ("2023以来": a year, counting nothing.)
    said = [m for m in extract_numbers(body) if not m.percent and not _year(body, m)]
    if len(said) != 1 or not said[0].unit or body not in answer.citations[0].excerpt:
        return answer
    # The doing opens the shown clause and each like one, and the question says it ("减免");
    # or it stands right before the figure in each ("县级层面开展培训25场次", "乡镇层面开展
    # 培训368场次").
    doing = body[:2]
    # ``kinds_apart``: no total asked, a clause of a kind the question names on its own
    # ("行政处罚案件" beside "行政强制案件") is another thing; only clauses told apart by words
    # the question does not say ("县级层面…", "乡镇层面…") are the count asked.
    opens = bool(_WORDS.fullmatch(doing)) and doing in topic and not kinds_apart
    before = body[: said[0].start]

    def alike(clause: str) -> bool:
        figures = [
            m for m in extract_numbers(clause) if not m.percent and not _YEAR.fullmatch(m.raw)
        ]
        if [m.unit for m in figures] != [said[0].unit] or clause in body:
            return False
        if opens:
            return clause.startswith(doing)
        lead = clause[: figures[0].start]
        shared = shared_end(before, lead)
        own = before[: len(before) - len(shared)]
        if len(shared) > 1:
            if kinds_apart and any(own[i : i + 2] in topic for i in range(len(own) - 1)):
                return False
            return any(shared[i : i + 2] in topic for i in range(len(shared) - 1))
        # "工作经费由…拨付2万元、普法经费3万元": the noun closing each part's words is the
        # shown clause's noun, which the question asks (and no kind of it the question
        # names on its own: "法律顾问经费多少" asks that one).
        noun = lead[-2:]
        if len(lead) <= 2 or noun not in before or noun not in topic:
            return False
        kind = before[: before.rfind(noun)][-2:]
        return not (kinds_apart and (kind in topic or lead[-4:-2] in topic))

    like = [clause for clause in _CLAUSE.findall(answer.citations[0].excerpt) if alike(clause)]
    if not like:
        return answer
    joined = "、".join([body, *like])
    return answer.model_copy(
        update={"answer": f"{label}：{joined}{line[len(label) + 1 + len(body) :]}"}
    )


def _named_among(topic: str, shown: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """The figures of ``shown`` whose own words name one of the things ``topic`` lists, one
    each; [] when any is named by none or by several."""
    things = listed_things(topic)
    if len(things) < 2 or len(things) > len(mentions):
        return []
    starts = [0, *(m.end + len(m.unit or "") for m in mentions)]
    labels = [shown[a : m.start] for a, m in zip(starts, mentions, strict=False)]
    chosen = one_each(things, labels)
    return [mentions[i] for i in chosen] if chosen is not None else []


def _done_alike(topic: str, shown: str, mentions: list[NumberMention]) -> bool:
    """True when the clause before each figure of ``shown`` opens, or closes, with one same
    word of ``topic``: each counts the doing or the thing asked ("减免公证费…、减免现场费…",
    "许可案件…、处罚案件…"), in its own clause."""
    starts = [0, *(m.end + len(m.unit or "") for m in mentions)]
    clauses = [
        _CLAUSE_MARK.split(shown[a : m.start])[-1] for a, m in zip(starts, mentions, strict=False)
    ]
    pairs = {p for p in char_pairs(topic) if _WORDS.fullmatch(p) and not _ASKING.search(p)}
    return bool(clauses) and any(
        all(c.startswith(p) for c in clauses) or all(c.endswith(p) for c in clauses) for p in pairs
    )


_ASKING = re.compile(r"多|少|几|是|的|了|哪|什么")
_CLAUSE_MARK = re.compile(r"[，,、；;：:]")
_YEAR = re.compile(r"(?:19|20)\d\d")
# What may stand between a figure and the brackets breaking it down: its noun.
_BEFORE_BRACKETS = re.compile(r"[^，,；;。、（(\d]{0,8}[（(]")


def _broken_down(shown: str, mentions: list[NumberMention], runs: list[list[NumberMention]]) -> str:
    """The one approximate figure of ``shown`` ("1.4万户") whose parts are the one run listed in
    the brackets right after it, as written; "" when ``shown`` is no such breakdown."""
    if len(runs) != 1:
        return ""
    rest = [m for m in mentions if m not in runs[0]]
    if len(rest) != 1 or rest[0].value is None or rest[0].value < runs[0][0].value:
        return ""
    end = rest[0].end + len(rest[0].unit or "")
    opened = _BEFORE_BRACKETS.match(shown, end)
    if opened is None or runs[0][0].start < opened.end():
        return ""
    closing = shown.find("）" if shown[opened.end() - 1] == "（" else ")", opened.end())
    rounded = "." in rest[0].raw and rest[0].raw[-1:] in _MULTIPLES
    if closing < runs[0][-1].end or not (rounded or approximate(shown, rest[0])):
        return ""
    return shown[rest[0].start : end]


def _year(text: str, mention: NumberMention) -> bool:
    """True when ``mention`` is a year ("2023以来", "2023年"), which counts nothing."""
    return bool(_YEAR.fullmatch(mention.raw)) and text[mention.end : mention.end + 1] in (
        "以",
        "年",
    )
