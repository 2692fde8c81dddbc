"""A figure broken down into parts side by side ("其中行政许可208项、行政处罚2407项…"): the
runs of such parts in an answer's text, and the part asked for by "哪一类最多"."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from retrieval.query.places_asked import first_places
from retrieval.query.plan import Plan
from retrieval.query.verdicts import PARTS_IN_ORDER
from retrieval.schema import Answer
from retrieval.text.numbers import NumberMention, extract_numbers

__all__ = ["approximate", "part_name", "side_by_side", "with_largest_part"]

# Parts of one whole are listed in one clause, joined by "、" or "及/和/以及"; figures of
# separate clauses or sentences count separate things.
_JOINED = re.compile(r"^[^，,；;。:：]*?(?:、|及|和)")
_CLAUSE = re.compile(r"[，,；;。:：]")
# Where a part's name starts: after the joiner or the clause mark before it.
_NAME_START = re.compile(r"[、，,；;。:：及和]|其中")
_DONE_IN_ALL = re.compile(r"(?:共|共计|累计|合计)(?:办理|开展|受理|组织|完成|审查|办结|化解|调解)")
# "其中": the parts of the whole just stated follow, up to the end of the sentence.
_PARTS = re.compile(r"其中[:：]?[^。；;]*$")
_SENTENCE = re.compile(r"[。；;]")
_SMALLER = ("最少", "最低", "最小")
_ABOUT = ("余", "多")


def side_by_side(text: str) -> list[list[NumberMention]]:
    """The runs of two or more exact figures in one measure that ``text`` lists side by side
    ("A2万元、B3万元", "其中咨询815件,投诉205件"), in order; percentages and approximate
    figures ("50余个") are no part."""
    mentions = [m for m in extract_numbers(text) if not m.percent and m.unit]
    runs: list[list[NumberMention]] = []
    for before, after in pairwise(mentions):
        gap = text[before.end + len(before.unit or "") : after.start]
        # After "其中" the parts of the whole named before may be set apart by commas.
        parted = _PARTS.search(text[: before.start]) is not None and not _SENTENCE.search(gap)
        joined = (
            before.unit == after.unit
            and ((_JOINED.match(gap) is not None and not _CLAUSE.search(gap)) or parted)
            and not approximate(text, before)
            and not approximate(text, after)
        )
        if not joined:
            continue
        if runs and runs[-1][-1] is before:
            runs[-1].append(after)
        else:
            runs.append([before, after])
    return runs


def approximate(text: str, mention: NumberMention) -> bool:
    """True for "50余个", "30多件" (after the number or after its measure)."""
    end = mention.end + len(mention.unit or "")
    return text[mention.end : mention.end + 1] in _ABOUT or text[end : end + 1] in _ABOUT


def with_largest_part(plan: Plan, answer: Answer) -> Answer:
    """``answer`` with a line naming the largest (or smallest) part when the question asks which
    part of a figure is ("哪一类最多") and its first line lists the parts side by side; else
    ``answer`` as it is."""
    most = plan.largest
    if answer.abstained or not most or len(plan.groups) != 1:
        return answer
    for cited in answer.citations:
        # The whole sentence cited: the line shown may stop before the parts.
        parts = _parts(cited.excerpt)
        if parts is None:
            continue
        if most == PARTS_IN_ORDER:
            # "各类从高到低排": every part, the largest first.
            ordered = sorted(parts, key=lambda part: part[1].value, reverse=True)
            said = "、".join(f"{name}（{m.raw}{m.unit}）" for name, m in ordered)
            line = f"其中各部分{most}：{said}[{cited.n}]"
            return answer.model_copy(update={"answer": f"{answer.answer}\n{line}"})
        top = first_places(plan.question)
        if top and top[1] > 1:
            # "哪几类最多？前三": the first parts, in order.
            ordered = sorted(parts, key=lambda p: p[1].value, reverse=most not in _SMALLER)
            said = "、".join(f"{name}（{m.raw}{m.unit}）" for name, m in ordered[: top[1]])
            many = "两三四五六七八九十"[top[1] - 2] if top[1] <= 10 else str(top[1])
            line = f"其中{most}的{many}类依次是：{said}[{cited.n}]"
            return answer.model_copy(update={"answer": f"{answer.answer}\n{line}"})
        ends = min if most in _SMALLER else max
        value = ends(m.value for _, m in parts)
        at = [(name, m) for name, m in parts if m.value == value]
        said = "、".join(f"{name}（{m.raw}{m.unit}）" for name, m in at)
        line = f"其中{'并列' if len(at) > 1 else ''}{most}的是{said}[{cited.n}]"
        return answer.model_copy(update={"answer": f"{answer.answer}\n{line}"})
    return answer


def _parts(sentence: str) -> list[tuple[str, NumberMention]] | None:
    """The named parts of the one breakdown ``sentence`` states, or None."""
    runs = [
        run
        for run in side_by_side(sentence)
        if len(run) > 2 or _PARTS.search(sentence[: run[0].start])
    ]
    if len(runs) != 1:
        runs = _summing(sentence)
    if len(runs) != 1:
        return None
    named = [(part_name(sentence, m), m) for m in runs[0]]
    return named if all(name for name, _ in named) else None


def _summing(sentence: str) -> list[list[NumberMention]]:
    """The runs of figures that follow a figure in its measure, clause by clause, and add up to
    it exactly ("受理…543件,指派刑事…177件,指派民事案件11件,认罪认罚案件355件"): its parts,
    though no "其中" or "、" says so."""
    mentions = [m for m in extract_numbers(sentence) if not m.percent and m.unit]
    runs = []
    for at, whole in enumerate(mentions):
        total = Decimal(0)
        for end in range(at + 1, len(mentions)):
            part = mentions[end]
            if part.unit != whole.unit or approximate(sentence, part):
                break
            total += part.value
            if total == whole.value and end - at >= 2:
                runs.append(mentions[at + 1 : end + 1])
                break
            if total > whole.value:
                break
    return runs


def part_name(text: str, mention: NumberMention) -> str:
    """The words naming a part, between the mark before it and its figure ("行政处罚")."""
    before = text[: mention.start]
    starts = [m.end() for m in _NAME_START.finditer(before)]
    name = before[starts[-1] if starts else 0 :].strip()
    # "共办理刑事案件律师辩护6件、认罪认罚9件": the run's doing, said before its first part.
    doing = _DONE_IN_ALL.match(name)
    return name[doing.end() :] if doing and len(name) - doing.end() > 1 else name
