"""Verdicts and rankings between labelled figures: "A多于B" holds only when the figures say so.

A comparison or ranking answer states relations between the figures of several reports (regions):
``额敏县多于叶城县``, ``额敏县比叶城县多12件``, ``额敏县与叶城县持平``, ``额敏县最多``,
``从高到低依次为额敏县、叶城县、普兰县``, ``额敏县是叶城县的2倍``. :func:`check_verdict` reads these
relations between the labels it is given and checks each against their figures. A sentence with a
comparison word it cannot read (a negated one, or one between things it has no figure for) is not
supported: a verdict that cannot be checked is not shown.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from retrieval.answer.claims import Figure, figures
from retrieval.query.names import region_forms
from retrieval.text.numbers import extract_numbers

__all__ = [
    "Verdict",
    "VerdictCheck",
    "check_verdict",
    "labelled_figures",
    "read_verdicts",
]

_MORE = "多于|高于|大于|超过|超出|领先于|领先|胜过|强于|优于|快于"
_LESS = "少于|低于|小于|不及|不如|落后于|落后|弱于|慢于"
_EQUAL = "相同|相等|一样多|一样|持平|相当|等同"
# 比 as "than", not inside 同比/环比/对比/比例/比重/比率/比较…
_THAN = r"(?<![同环对占相无好类评])比(?![例重率较赛对拼值])"
_UP = "多|高|大|强|快"
_DOWN = "少|低|小|弱|慢"
_MAX = "最多|最高(?!人民|检察)|最大|最快|居首|位居第一|排名第一|排第一"
_MIN = "最少|最低|最小|最慢|垫底|排名最后|排最后"
_DESCENDING = r"从多到少|由多到少|从高到低|由高到低|从大到小|由大到小|降序"
_ASCENDING = r"从少到多|由少到多|从低到高|由低到高|从小到大|由小到大|升序"
# A negation before a comparison word: the relation is not read (not shown unchecked either).
# "不少于4次", "不超过3天" bound one figure: they compare nothing with another region.
# An amount said to be approximate: it may be rounded to its last digit.
_ABOUT = re.compile(r"约|大约|大概|近|接近")
_NEGATED = re.compile(
    rf"(?:不|没有|未|并非|并不)\S{{0,2}}(?:{_MORE}|{_LESS}|{_EQUAL}|{_THAN}|{_MAX}|{_MIN})"
    r"(?!\s*[\d零〇一二两三四五六七八九十百千万])"
)


@dataclass(frozen=True)
class Verdict:
    """One relation a sentence states.

    Attributes:
        subject: the label the relation is about.
        relation: ``>``, ``<``, ``=``, ``max``, ``min``, ``diff`` (subject − other == amount) or
            ``ratio`` (subject == amount × other).
        other: the label compared with (None for ``max``/``min``).
        amount: the difference or ratio the sentence states (``diff``/``ratio`` only).
        rounded: the sentence says the amount is approximate ("约4.8倍").
    """

    subject: str
    relation: str
    other: str | None = None
    amount: Decimal | None = None
    rounded: bool = False


@dataclass(frozen=True)
class VerdictCheck:
    """The result of :func:`check_verdict`.

    Attributes:
        supported: every relation read holds for the figures (True when there is none).
        verdicts: the relations read from the sentence.
        reason: why it is not supported ("" when it is).
    """

    supported: bool
    verdicts: tuple[Verdict, ...] = ()
    reason: str = ""


def check_verdict(sentence: str, figures: Mapping[str, Decimal]) -> VerdictCheck:
    """Check the verdicts and rankings of ``sentence`` against the figures they compare.

    Args:
        sentence: one sentence of an answer, e.g. ``额敏县多于叶城县。`` or
            ``按数量从多到少依次为叶城县、额敏县、普兰县。`` (citation markers are ignored).
        figures: label → the figure of that label for the thing compared, all of one kind
            (e.g. each region's count of 行政复议案件, taken from the cited passages). Labels are
            matched as written and by their short form (``额敏县`` also matches ``额敏``).

    Returns:
        ``supported`` is True when the sentence holds no comparison, or when every relation it
        states between labels of ``figures`` holds; False when one does not hold, names a label
        without a figure, or cannot be read (e.g. a negated comparison).
    """
    verdicts = read_verdicts(sentence, figures)
    if verdicts is None:
        return VerdictCheck(False, (), "a comparison that cannot be read")
    for verdict in verdicts:
        reason = _fails(verdict, figures)
        if reason:
            return VerdictCheck(False, tuple(verdicts), reason)
    return VerdictCheck(True, tuple(verdicts))


def read_verdicts(sentence: str, labels: Iterable[str]) -> list[Verdict] | None:
    """The relations ``sentence`` states between ``labels`` (empty: it states none); None when
    it states one that cannot be checked: negated, or with something that is not a label."""
    found = _labels(sentence, labels)
    if not found:
        return []
    ranking = _ranking(sentence, found)
    if ranking is not None:
        return ranking
    if re.search(rf"(?:{_MORE}|{_LESS}|{_THAN})\s*$", sentence[: found[0][0]]):
        return None  # "乌苏市多于额敏县": the subject has no figure
    verdicts: list[Verdict] = []
    for i, (_, end, subject) in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        between = sentence[end : nxt[0]] if nxt else sentence[end:]
        if _NEGATED.search(between):
            return None
        if nxt is None:
            if re.match(rf"[^，。；]{{0,8}}?(?:{_MORE}|{_LESS}|{_THAN})", between):
                return None  # "额敏县多于乌苏市": the other side has no figure
            verdict = _extreme(subject, between)
        else:
            verdict = _relation(subject, between, nxt[2], sentence[nxt[1] :])
        if verdict is not None:
            verdicts.append(verdict)
    return verdicts


def _labels(sentence: str, labels: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of every label occurrence, longest names first, in order."""
    names = sorted(
        # Each label by every name it goes by (额敏县 and 额敏; a township by its own name too).
        {(form, label) for label in labels for form in region_forms(label)},
        key=lambda item: -len(item[0]),
    )
    taken: list[tuple[int, int, str]] = []
    for form, label in names:
        for match in re.finditer(re.escape(form), sentence):
            if all(match.end() <= s or match.start() >= e for s, e, _ in taken):
                taken.append((match.start(), match.end(), label))
    return sorted(taken)


def _ranking(sentence: str, found: list[tuple[int, int, str]]) -> list[Verdict] | None:
    """A ranking (``从高到低依次为A、B、C`` or ``A > B > C``) as a chain of relations; None when
    the sentence holds no ranking."""
    order = re.search(rf"{_DESCENDING}|{_ASCENDING}", sentence)
    symbols = re.findall(r"[>＞<＜]", sentence)
    if order:
        relation = ">" if re.fullmatch(_DESCENDING, order.group()) else "<"
        ranked = [label for start, _, label in found if start > order.start()]
    elif symbols and len({s in ">＞" for s in symbols}) == 1:
        relation = ">" if symbols[0] in ">＞" else "<"
        ranked = [label for _, _, label in found]
    else:
        return None
    return [Verdict(a, relation, b) for a, b in itertools.pairwise(ranked)]


def _relation(subject: str, between: str, other: str, after: str) -> Verdict | None:
    """The relation of ``subject`` to ``other`` stated by the words between them (and after)."""
    if re.search(rf"(?:{_MORE})\s*$", between):
        return Verdict(subject, ">", other)
    if re.search(rf"(?:{_LESS})\s*$", between):
        return Verdict(subject, "<", other)
    equal = re.match(rf"\s*(?:的\S{{0,8}}?)?(?:{_EQUAL})", after)
    if re.search(r"[与和同跟及]\s*$", between) and equal:
        return Verdict(subject, "=", other)
    if re.search(rf"{_THAN}\s*$", between):
        match = re.match(rf"[^，。；]*?(?P<dir>{_UP}|{_DOWN})(?P<amount>[^，。；]*)", after)
        return (
            _difference(subject, other, match.group("dir"), match.group("amount"))
            if match
            else None
        )
    ratio = re.match(r"\s*的\s*(?P<amount>[^，。；]*?倍)", after)
    if re.search(r"(?:是|为)\s*$", between) and ratio:
        # "是B的85件[2]的约4.8倍": the multiple is the number right before 倍, not B's figure.
        numbers = extract_numbers(ratio.group("amount"))
        if not numbers:
            return None
        rounded = bool(_ABOUT.search(ratio.group("amount")[: numbers[-1].start]))
        return Verdict(subject, "ratio", other, numbers[-1].value, rounded)
    return _extreme(subject, between)


def _extreme(subject: str, words: str) -> Verdict | None:
    """``额敏县的件数最多`` (the words right after the label)."""
    if re.match(rf"[^，。；]{{0,8}}?(?:{_MAX})", words):
        return Verdict(subject, "max")
    if re.match(rf"[^，。；]{{0,8}}?(?:{_MIN})", words):
        return Verdict(subject, "min")
    return None


def _difference(subject: str, other: str, direction: str, amount: str) -> Verdict:
    """``比…多12件`` is a difference of 12; ``比…多`` only an order."""
    up = direction in _UP.split("|")
    lead = re.match(r"\s*[了出]?\s*", amount)
    numbers = [n for n in extract_numbers(amount) if lead and n.start == lead.end()]
    if numbers:
        return Verdict(subject, "diff", other, numbers[0].value if up else -numbers[0].value)
    return Verdict(subject, ">" if up else "<", other)


def _fails(verdict: Verdict, figures: Mapping[str, Decimal]) -> str:
    """Why ``verdict`` does not hold ("" when it does)."""
    named = [verdict.subject] + ([verdict.other] if verdict.other else [])
    missing = [label for label in named if label not in figures]
    if missing:
        return f"no figure for {'、'.join(missing)}"
    a = figures[verdict.subject]
    b = figures[verdict.other] if verdict.other else Decimal(0)
    others = [v for label, v in figures.items() if label != verdict.subject]
    holds = {
        ">": lambda: a > b,
        "<": lambda: a < b,
        "=": lambda: a == b,
        "max": lambda: bool(others) and all(a > v for v in others),
        "min": lambda: bool(others) and all(a < v for v in others),
        "diff": lambda: a - b == verdict.amount,
        "ratio": lambda: verdict.amount is not None and _times(a, b, verdict),
    }[verdict.relation]()
    return "" if holds else f"the figures do not say {_describe(verdict)}"


def _times(a: Decimal, b: Decimal, verdict: Verdict) -> bool:
    """``a`` is ``amount`` × ``b``: exactly, or rounded to the amount's last digit when the
    sentence says it is approximate ("约4.8倍")."""
    amount = verdict.amount or Decimal(0)
    if a == amount * b:
        return True
    if not verdict.rounded or not b:
        return False
    step = Decimal(1).scaleb(amount.as_tuple().exponent)  # type: ignore[arg-type]
    return abs(a / b - amount) <= step / 2


def _describe(verdict: Verdict) -> str:
    a, b, amount = verdict.subject, verdict.other, verdict.amount
    return {
        ">": f"{a} > {b}",
        "<": f"{a} < {b}",
        "=": f"{a} = {b}",
        "max": f"{a} is the largest",
        "min": f"{a} is the smallest",
        "diff": f"{a} − {b} = {amount}",
        "ratio": f"{a} = {amount} × {b}",
    }[verdict.relation]


def labelled_figures(
    sentence: str, labels: Iterable[str], default: str | None = None
) -> dict[str, list[Figure]]:
    """The figures of ``sentence`` by the label they follow (``额敏县38件，叶城县52件``); a
    sentence naming no label gives its figures to ``default`` (the region of what it cites)."""
    found = _labels(sentence, labels)
    result: dict[str, list[Figure]] = {}
    stated = figures(sentence)
    if not found:
        if default is not None and stated:
            result[default] = stated
        return result
    for i, (start, _, label) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(sentence)
        mine = [f for f in stated if start <= f.mention.start < stop]
        if mine:
            result.setdefault(label, []).extend(mine)
    return result
