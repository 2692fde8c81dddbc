"""The share one thing of a report is of another ("行政职权多少项，行政处罚占了多少"): both
figures cited, the share computed from them only and said as computed, never as the report's."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import partial

from retrieval.answer.abstain import ABSTAIN
from retrieval.answer.apart import percent
from retrieval.answer.breakdown import side_by_side
from retrieval.answer.cite import own_citation, subject
from retrieval.answer.pick import Figure
from retrieval.answer.share_of_sum import PORTION, share_of_listed, sum_share
from retrieval.answer.share_wholes import part_named, parts_after, whole_said
from retrieval.answer.stated_figures import figure_label, figure_of, same_figure
from retrieval.answer.summed import POINTED, said_total
from retrieval.query.measure import HOW_MANY, THING_COUNTED
from retrieval.query.plan import Plan
from retrieval.query.units import comparable_units
from retrieval.query.verdicts import asks_difference, asks_sum, sum_only
from retrieval.schema import Answer
from retrieval.search.evidence import Found
from retrieval.text.words import shared_end
from retrieval.types import Vocabulary

__all__ = ["CLAUSE_BREAKS", "with_share"]

# "A占了多少", "A占B的比例", "A占几成": the share of A, in B or in the whole asked before.
_SHARE = re.compile(
    r"(?:其中)?(?P<part>[\u4e00-\u9fff]{2,12}?)的?占(?:了)?(?:(?:(?!比|多少|多大|百分)(?P<whole>[\u4e00-\u9fff]{2,12}?))?的?"
    r"(?:多大|多少)?的?(?:多少|几成|百分之几|百分之多少|百分比|比例|比重|比例是多少|比重是多少)"
    # "投诉占比", "投诉占比多少": the share in the whole its sentence counts it in.
    r"|比(?:例|重)?(?=(?:大概|大约|约)?(?:是|为|有)?(?:多少|几)?$))"
)
# "全部行政职权": the whole, said as all of it, is labelled by what the report calls it.
_ALL = re.compile(r"^(?:全部|所有|全体|总的?)")
_COUNT_WORD = re.compile(r"(?:件数|人数|次数|户数|数量|总数|总量)$")
_CJK = r"[\u4e00-\u9fff]{2,12}?"
# "投诉在全部办件中占多大比例", "投诉是全部办件的百分之多少": the part, then its whole.
_PART_IN = re.compile(
    rf"(?P<part>{_CJK})的?(?:在|是)(?P<whole>{_CJK})(?:中|里|当中|之中)?(?:所)?(?:占了?)?的?{PORTION}"
)
# "3415项": the whole's figure, stated by the question, no part of its name.
_STATED = r"\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff]?"
# "热线办件中投诉所占比例", "热线里投诉的比例": the whole, then the part within it.
_WHOLE_HOLDS = re.compile(
    rf"(?P<whole>{_CJK})(?:{_STATED})?(?:中|里|当中|之中)[，,]?(?P<part>(?:(?!占)[\u4e00-\u9fff]){{2,12}}?)"
    rf"(?:所)?(?:占了?)?的?{PORTION}"
)
# "多少项职权": a measure, then the noun it counts.
_NOUN_AFTER_COUNT = re.compile(r"[\u4e00-\u9fff]?[\u4e00-\u9fff]{2,}")
_ALTOGETHER = re.compile(r"一共|总共|共计")
# "纠错率25%": a rate its sentence states right after a figure.
_RATE_BESIDE = re.compile(
    r"[，,、]?(?P<word>[\u4e00-\u9fff]{1,6}率)(?:达到?|为|是)?(?P<value>\d+(?:\.\d+)?%)"
)
# What ends a clause of a question, where a share (or an average) is asked in one of them.
CLAUSE_BREAKS = re.compile(r"[，,；;。？?！!\s]+")


def with_share(plan: Plan, found: Found, vocabulary: Vocabulary, answer: Answer) -> Answer:
    """``answer`` with a line saying what share of the whole the part is, when the question
    asks it of two things of one report both stated exactly in one measure; else ``answer``."""
    listed = share_of_listed(plan, found, vocabulary, answer)
    if listed is not None:
        return listed
    clauses = _part_carried([c for c in CLAUSE_BREAKS.split(plan.topic) if c])
    asked = next((m for c in clauses if (m := _share_asked(c))), None)
    if asked is None or _SUMMED_BEFORE.search(plan.topic):
        # "A和B各多少户？合计多少户，A占几成": the share of the sum asked before it.
        kept = answer.model_copy(update={"answer": "\n".join(_share_answered(answer))})
        summed = sum_share(clauses, asked["part"] if asked else "", found, vocabulary, kept)
        if summed is not None or asked is None:
            return summed or answer
    # "投诉件数": the count of the part is its figure; the words counted are what it names.
    part = part_named(_COUNT_WORD.sub("", asked["part"]))
    # "投诉的占多少" after "…办件多少件": the whole is what the question before counted.
    if _SUMMED_WHOLE.fullmatch(asked["whole"] or ""):
        # "普法经费在总额里占多少": the whole is the sum of the run the part is listed in;
        # ("行政强制占总数几成": or the whole its sentence counts it in, where none is.)
        run = _share_of_run(part, found, vocabulary, answer)
        # (A sum asked before, in this question or the turn it follows, is the whole meant:
        # no other whole stands in.)
        asked_before = [c for c in clauses if c != asked.string] + [plan.context]
        if run or any(_ADDED_UP.search(c) for c in asked_before if c):
            return run or answer
        return _share_of_named(plan, found, vocabulary, answer, clauses, asked, part)
    shared = _share_of_named(plan, found, vocabulary, answer, clauses, asked, part)
    at = clauses.index(asked.string) if asked.string in clauses else 0
    # ("…合计多少万元，普法那块占几成": no whole named, after a bare sum.)
    # ("这三笔合起来是多少？普法那笔占几成": the items pointed at, added up.)
    before = clauses[at - 1] if at > 0 else ""
    pointed = asks_sum(before) and POINTED.search(before) is not None
    summed_before = not asked["whole"] and bool(before) and (sum_only(before) or pointed)
    if shared is answer and (_SUMMED_WHOLE.search(asked["whole"] or "") or summed_before):
        # "占法治经费总数的多少": no figure of the whole named; the run's sum is its total.
        return _share_of_run(part, found, vocabulary, answer) or answer
    return shared


def _share_of_named(
    plan: Plan,
    found: Found,
    vocabulary: Vocabulary,
    answer: Answer,
    clauses: list[str],
    asked: re.Match[str],
    part: str,
) -> Answer:
    """``with_share`` of a whole its own figure states."""
    context = [plan.context, asked.string] if plan.context else []
    named = _COUNT_WORD.sub("", asked["whole"] or "")
    # "全部办件": the whole said as all of what the part is counted in is the one its own
    # sentence counts it in, where it says one ("办件1020件,其中…投诉205件").
    # ("行政许可几项？在总数里占多少": the part counted in the measure its clause asks.)
    counted = re.search(rf"{re.escape(part)}{_COUNTED_IN}", plan.topic)
    # ("…办了多少件" then "行政处罚占总数的多少": the part is counted as the turn before
    # counted, in 件, not in another measure its name is counted in elsewhere.)
    measured = _MEASURE_BEFORE.search(plan.context) if plan.context else None
    unit = counted["unit"] if counted and counted["unit"] else (measured[1] if measured else "")
    whole_of = partial(whole_said, f"{part}多少{unit}")
    own = whole_of(found, vocabulary) if _ALL.match(named) else ""
    # (The clause before that counts the part itself names no whole.)
    before = _whole_before(clauses, asked.string)
    before = "" if part in before else before
    named_whole = own or named or before or _whole_before(context, asked.string)
    whole = named_whole or whole_of(found, vocabulary)
    large = figure_of(whole, found, vocabulary) if whole else None
    own_figure = figure_of(f"{part}多少", found, vocabulary) if named_whole else None
    if named_whole and (
        large is None
        or (own_figure and same_figure(large, own_figure) and not _shared_end(part, whole))
        # ("权责清单里…占比": a figure of the holder in no measure of the part's counts it not.)
        or (own_figure and not comparable_units(large.unit, own_figure.unit))
    ):
        # ("检查码库里企业占比": what holds the part states no figure of its own; the whole
        # its own sentence counts the part in does.)
        whole = whole_of(found, vocabulary)
        large = figure_of(whole, found, vocabulary) if whole else None
    if large is None or not large.value or large.percent:
        return answer
    # The part is counted in the whole's measure, where the whole is ("共梳理行政职权3415项，
    # 其中…行政处罚2407项"), else anywhere its measure is the whole's own.
    asked_part = f"{part}多少{large.unit or ''}"
    near = Found(found.group, [large.pick.passage])
    small = figure_of(asked_part, near, vocabulary) or figure_of(asked_part, found, vocabulary)
    if small is None or not small.value or small.percent or small.unit != large.unit:
        return answer
    if same_figure(small, large) and (shared := _shared_end(part, whole)):
        # "行政处罚职权占全部行政职权": the noun both end on binds the whole's own figure;
        # the part is what it says before that noun.
        part = part[: -len(shared)]
        small = figure_of(f"{part}多少{large.unit or ''}", near, vocabulary) or small
    if same_figure(small, large) or small.value >= large.value:  # type: ignore[operator]
        return answer
    answer = answer.model_copy(update={"citations": list(answer.citations)})
    # "1.4万户市场主体（个体工商户12914户、企业1856户）": a whole written round is worked
    # from the exact parts its sentence gives right after it.
    parts = parts_after(large)
    total = parts[0] if parts else large.value
    share = percent(small.value, total)  # type: ignore[arg-type]
    said = [
        f"{figure_label(t, f)}{f.written}[{own_citation(answer, f)}]"
        for t, f in ((part, small), (_ALL.sub("", whole), large))
    ]
    if parts:
        n = own_citation(answer, large)
        said[1] = f"{figure_label(_ALL.sub('', whole), large)}（{parts[1]}）[{n}]"
        line = f"{said[0]}占{said[1]}的{share}%（按所引数字计算；报告所写{large.written}为约数）"
    else:
        line = f"{said[0]}占{said[1]}的{share}%（按所引数字计算）"
    # "纠错行政行为3件，纠错率25%": the report's own rate of the part is of its own whole,
    # which may not be the one asked; it is said beside the share worked out.
    own_rate = _RATE_BESIDE.search(small.pick.text, small.at)
    if own_rate and own_rate["word"][-3:-1] in part:
        n = own_citation(answer, small)
        line += f"；报告所列{own_rate['word']}为{own_rate['value']}[{n}]（其计算口径报告未写明）"
    # The share clause, which no sentence answers, is answered by the line computed here.
    if answer.abstained:
        # No sentence states the share; the sentences of its two figures do.
        passage = small.pick.passage
        text = f"{subject(passage.region, passage.title, passage.source)}：{line}"
        return answer.model_copy(update={"answer": text, "abstained": False})
    return answer.model_copy(update={"answer": "\n".join([*_share_answered(answer), line])})


def _share_answered(answer: Answer) -> list[str]:
    """The lines of ``answer`` but those saying a share clause is not found, which the line
    worked out answers (the clause may be said in the words the question before lent it)."""
    return [
        row
        for row in answer.answer.split("\n")
        if not (
            row.endswith(f"：{ABSTAIN}")
            and (_share_asked(row[: -len(ABSTAIN) - 1]) or _PART_LEFT.match(row))
        )
    ]


def _whole_before(clauses: list[str], clause: str) -> str:
    """The thing the clause before the share's counts ("行政职权总数多少项" → 行政职权)."""
    at = clauses.index(clause) if clause in clauses else 0
    # ("…多少件，其中刑事的多少件，刑事占比多少": the whole is counted before "其中".)
    while at > 1 and clauses[at - 1].startswith("其中"):
        at -= 1
    if at == 0:
        return ""
    before = clauses[at - 1]
    if asks_difference(before):
        return ""  # "A比B多多少": two things apart, no whole
    count = HOW_MANY.search(before)
    if count is None:
        return ""
    # "共清理多少份文件": the noun after the count is what it counts; the clause is asked.
    if _NOUN_AFTER_COUNT.match(before, count.end()):
        return _ALTOGETHER.sub("", before)
    return re.sub(r"(?:总数|总量|数量|一共|总共|共)$", "", before[: count.start()])


def _shared_end(part: str, whole: str) -> str:
    """The words ``part`` and ``whole`` both end on ("职权"), where ``part`` says more."""
    shared = shared_end(part, whole)
    return shared if len(shared) >= 2 and len(part) - len(shared) >= 2 else ""


# "加起来", "A和B一共": things added up, whose sum is a whole the asker made.
_ADDED_UP = re.compile(
    r"加起来|合起来|加在一起|相加|合计|总和|[和、与及][^，,。？?]{1,12}?(?:一共|总共|共计)"
)
# "…多少件": the measure a turn before asked its count in.
_UNIT = "[件项人名次个元户家条份本场起所]"
_MEASURE_BEFORE = re.compile(rf"(?:多少|几)({_UNIT})")
# "行政许可几项": the measure the part is counted in, after its name in the question.
_COUNTED_IN = rf"[^，,；;。？?！!占]*?(?:多少|几)(?P<unit>{_UNIT}?)"
# "…几项？在总数里占多少": a share whose part is what the clause before counts.
_PART_LEFT = re.compile(
    r"^(?:那|这)?(?:它|其|这个|这些|这部分)?"
    r"(?:在(?P<whole>总数|全部|总量|合计|总额)(?:里|中|当中)?)?(?:所)?占"
)


def _part_carried(clauses: list[str]) -> list[str]:
    """``clauses`` with a share clause that names no part ("占总数的比例多少") led by the thing
    the clause before it counts ("行政许可几项" → "行政许可")."""
    carried = list(clauses)
    for at in range(1, len(carried)):
        counted = THING_COUNTED.search(carried[at - 1])
        left = _PART_LEFT.match(carried[at])
        # ("…加起来多少项，占总数的比例": the sum is the part, ``sum_share``'s.)
        if left and counted and not asks_sum(carried[at - 1]):
            # ("在总数里占多少": the whole said before 占 is said after it.)
            said = f"占{left['whole']}的" if left["whole"] else "占"
            carried[at] = counted["thing"] + said + carried[at][left.end() :]
    return carried


def _share_asked(clause: str) -> re.Match[str] | None:
    """The part (and the whole, where said) whose share ``clause`` asks, or None."""
    return _PART_IN.search(clause) or _WHOLE_HOLDS.search(clause) or _SHARE.search(clause)


# "…合计多少户，企业占几成": a share asked after a sum.
_SUMMED_BEFORE = re.compile(
    r"(?:加起来|合起来|合计|一共|总共)[^，,。？?]*(?:多少|几)[^，,。？?]{0,3}[，,。？?].*占"
)
# "总数", "合计", "加起来的": the whole as the sum of the parts told.
_SUMMED_WHOLE = re.compile(r"(?:总数|合计|总额|总和|总计|加起来|一共|总共)的?$")


def _item_named(part: str, found: Found, vocabulary: Vocabulary) -> Figure | None:
    """The figure of the one item of a run whose name holds ``part`` ("法律顾问那块" of
    "…、法律顾问经费8万元"), asked by the item's own name; None when no single item does."""
    for passage in found.passages:
        for run in side_by_side(passage.text):
            names = [
                passage.text[
                    max(passage.text.rfind(mark, 0, m.start) for mark in "、，,：:") + 1 : m.start
                ]
                for m in run
            ]
            holding = [name for name in names if part in name]
            if len(holding) == 1:
                return figure_of(f"{holding[0]}多少", found, vocabulary)
    return None


def _share_of_run(part: str, found: Found, vocabulary: Vocabulary, answer: Answer) -> Answer | None:
    """``answer`` with the part's share of the sum of the figures its sentence lists beside it
    ("拨付2万元、普法经费3万元、法律顾问经费8万元": 8万元 of 13万元), or None."""
    # ("普法那块": the item of a run its name holds, before any other figure of the word.)
    small = _item_named(part, found, vocabulary) or figure_of(f"{part}多少", found, vocabulary)
    if small is None or small.value is None or small.percent:
        return None
    text = small.pick.text
    run = next((r for r in side_by_side(text) if any(m.start == small.at for m in r)), None)
    if run is None or len({m.unit for m in run}) != 1:
        return None
    written = [f"{m.raw}{m.unit or ''}" for m in run]
    total = said_total(written, [m.value for m in run], run[0].unit or "")
    whole = sum((m.value for m in run), Decimal(0))
    share = percent(small.value, whole)
    answer = answer.model_copy(update={"citations": list(answer.citations)})
    n = own_citation(answer, small)
    line = (
        f"{figure_label(part, small)}{small.written}[{n}]占合计{total}（{'+'.join(written)}）"
        f"的{share}%（按所引数字计算）"
    )
    if answer.abstained:
        passage = small.pick.passage
        line = f"{subject(passage.region, passage.title, passage.source)}：{line}"
    text = line if answer.abstained else f"{answer.answer}\n{line}"
    return answer.model_copy(update={"answer": text, "abstained": False})
