"""The things a question names one by one ("公证、法律援助、诉前调解各办了多少件")
and the items of a sentence's run of figures that name them ("共办理刑事案件律师辩护6件、认罪认罚
9件、修改合同26件、代写文书95件…"): quoted, and added, alone."""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = ["asked_things", "listed_things", "named_items", "one_each"]

# Where an item's figure starts, after the words naming it.
_DIGIT = re.compile(r"\d")


# "…代写文书办了几件": what the last thing listed is asked, no part of its name.
_ASKED_AFTER = re.compile(
    r"(?:各|分别|都|共)?(?:办理|受理|开展|处理|办|做|搞|干)?了?(?:有|是|为)?(?:几|多少).*$"
)
# "公证、法律援助、诉前调解": things the question lists by name.
_LISTED = re.compile(r"[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})+")


def listed_things(topic: str) -> list[str]:
    """The things ``topic`` lists by name with 、, without what it asks of the last."""
    listed = _LISTED.search(topic)
    return [_ASKED_AFTER.sub("", t) for t in listed.group().split("、")] if listed else []


def _same_end(thing: str, label: str) -> bool:
    """True when ``thing`` and ``label`` end alike, over the shorter's length or 4 characters
    ("法律援助刑事案件律师辩护" and "共办理刑事案件律师辩护"; the words before name its field)."""
    label = label.strip("、，,；; ")
    shared = 0
    while shared < min(len(thing), len(label)) and thing[-1 - shared] == label[-1 - shared]:
        shared += 1
    return shared >= min(_NAME_END, len(thing), len(label))


# Characters two names of one thing end alike in.
_NAME_END = 4


def asked_things(parts: list[str]) -> list[str]:
    """The thing each part of a question asked in parts names ("…认罚几件" → "…认罚")."""
    return [_ASKED_AFTER.sub("", part) for part in parts]


def one_each(things: list[str], labels: list[str]) -> list[int] | None:
    """For each of ``things``, the one of ``labels`` (the words before each figure of a run)
    that names it, in run order; None when any is named by none or by several."""
    picked = [[i for i, label in enumerate(labels) if _same_end(t, label)] for t in things]
    if any(len(p) != 1 for p in picked):
        return None
    return sorted(p[0] for p in picked)


def named_items(clause: str, things: list[str]) -> str | None:
    """The items of a run of figures (``clause``, its closing marks off) that ``things`` name,
    one each, when they are fewer than the run's; None otherwise."""
    items = clause.split("、")
    if len(items) <= len(things) or not all(_DIGIT.search(item) for item in items):
        return None
    labels = [item[: m.start()] if (m := _DIGIT.search(item)) else item for item in items]
    chosen = one_each(things, labels)
    if chosen is None:
        return None
    pieces = [items[chosen[0]]]
    for before, at in pairwise(chosen):
        pieces.append(("、" if at == before + 1 else "…") + items[at])
    return "".join(pieces)
