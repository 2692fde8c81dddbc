"""Whether the parts a report lists after "其中" add up to the whole it states before them,
when the question asks so ("各类加起来是不是正好3415"): worked out from the cited excerpt
only, and said as worked out."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from retrieval.answer.share_of_sum import WHOLE_BEFORE, stated_whole
from retrieval.query.plan import Plan
from retrieval.query.verdicts import asks_adds_up
from retrieval.schema import Answer
from retrieval.text.numbers import NumberMention, numbers_in

__all__ = ["run_after", "with_parts_checked"]

# "跟总数对得上不", "和受理总量一致吗": the whole named by its word, not its figure.
_WHOLE_SAID = re.compile(r"总数|总量|总的|总件数|总人数")
# Where the parts run to: the clause after the last one ends the sentence's list.
_SENTENCE_END = re.compile(r"[。；;]")


def with_parts_checked(plan: Plan, answer: Answer) -> Answer:
    """``answer`` with a line saying whether the parts a cited excerpt lists after "其中" add
    up to the whole stated before them (in the whole's measure), when the question asks it;
    else ``answer``."""
    if answer.abstained or not asks_adds_up(plan.topic):
        return answer
    # ("加一块": no figure named, though 一块 reads as one.)
    named = [m for m in numbers_in(plan.topic) if not m.percent and m.raw[:1].isdigit()]
    # ("…合起来和总数一致吗": the whole said, not its figure; the first run of parts after a
    # figure of their measure is what is checked.)
    whole_said = not named and _WHOLE_SAID.search(plan.topic) is not None
    for cited in answer.citations:
        line = _checked(cited.excerpt, cited.n) or _after_named(cited.excerpt, named, cited.n)
        if not line and whole_said:
            every = [m for m in numbers_in(cited.excerpt) if not m.percent]
            line = _after_named(cited.excerpt, every, cited.n)
        if line:
            return answer.model_copy(update={"answer": f"{answer.answer}\n{line}"})
    return answer


def _after_named(text: str, named: list[NumberMention], n: int) -> str:
    """The line on the whole the question names ("能对上543吗") and the figures of its measure
    listed right after it in ``text`` ("…543件,指派刑事…177件,…11件,…355件"), up to one of
    another measure or the sentence's end; "" when ``text`` states no such whole and run."""
    mentions = [m for m in numbers_in(text) if not m.percent]
    for whole in mentions:
        if not whole.unit or not any(m.value == whole.value for m in named):
            continue
        parts = run_after(text, whole)
        if len(parts) < 2:
            continue
        line = _against(parts, whole, f"{whole.raw}{whole.unit}", whole.unit, rounded=False)
        return f"其后所列各项合计{line}[{n}]（按所引数字计算）。"
    return ""


def run_after(text: str, whole: NumberMention) -> list[NumberMention]:
    """The figures of ``whole``'s measure ``text`` lists right after it, up to one of another
    measure or the sentence's end: the parts it is broken down into, where it is."""
    end = _SENTENCE_END.search(text, whole.end)
    parts = []
    for mention in (m for m in numbers_in(text) if not m.percent and m.start > whole.start):
        if mention.unit != whole.unit or (end and mention.start > end.start()):
            break
        parts.append(mention)
    return parts


def _checked(text: str, n: int) -> str:
    """The line on ``text``'s first whole and its parts, or "" when it lists none."""
    bracketed = _bracketed(text, n)
    if bracketed:
        return bracketed
    for found in WHOLE_BEFORE.finditer(text):
        whole = stated_whole(found)
        unit = found["unit"]
        if whole is None or not unit:
            continue
        end = _SENTENCE_END.search(text, found.end())
        after = text[found.end() : end.start() if end else len(text)]
        parts = [m for m in numbers_in(after) if not m.percent and m.unit == unit]
        if len(parts) < 2:
            continue
        line = _against(parts, whole, f"总数{whole.raw}{unit}", unit, rounded=False)
        return f"其中所列各项合计{line}[{n}]（按所引数字计算）。"
    return ""


# "1.4万户市场主体（个体工商户12914户、企业1856户）": a whole, its parts in the brackets after.
_WHOLE_BRACKETED = re.compile(
    r"(?P<whole>\d+(?:\.\d+)?(?:万|亿)?)(?P<unit>[\u4e00-\u9fff])[\u4e00-\u9fff]{0,8}[（(](?P<parts>[^（()）]{4,60})[）)]"
)


def _bracketed(text: str, n: int) -> str:
    """The line on a whole whose parts its brackets list, or "": a whole written in 万 is
    rounded, so the parts' exact sum is said beside it and matched to its rounding."""
    for found in _WHOLE_BRACKETED.finditer(text):
        unit = found["unit"]
        parts = [m for m in numbers_in(found["parts"]) if not m.percent and m.unit == unit]
        whole = next(iter(numbers_in(found["whole"] + unit)), None)
        if len(parts) < 2 or whole is None:
            continue
        line = _against(parts, whole, f"{found['whole']}{unit}", unit, rounded=True)
        return f"括号中所列各项合计{line}[{n}]（按所引数字计算）。"
    return ""


_SCALES = {"万": Decimal(10**4), "亿": Decimal(10**8)}


def _against(
    parts: list[NumberMention], whole: NumberMention, written: str, unit: str, rounded: bool
) -> str:
    """The parts' sum ("14770户（12914+1856）") and whether it makes the ``written`` whole:
    exactly, or (``rounded``, a whole written in 万 or 亿) at the precision it is written to."""
    total = sum((m.value for m in parts), Decimal(0))
    said = f"{total.normalize():f}{unit}（{'+'.join(m.raw for m in parts)}）"
    scale = _SCALES.get(whole.raw[-1:]) if rounded else None
    if scale is None:
        apart = abs(whole.value - total).normalize()
        return f"{said}，与所写{written}" + (
            "一致" if not apart else f"不一致（相差{apart:f}{unit}）"
        )
    number = whole.raw[:-1]
    digits = len(number.split(".")[1]) if "." in number else 0
    shown = (total / scale).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    if shown == whole.value / scale:
        return f"{said}，与所写{written}按同样精度相符"
    return (
        f"{said}，按同样精度约为{shown.normalize():f}{whole.raw[-1]}{unit}，与所写{written}有出入"
    )
