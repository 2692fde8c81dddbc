"""Things described in everyday words, asked by their official names.

People ask about "替穷人免费打官司" or "拨电话投诉的热线"; the reports write 法律援助 and
12345热线. Neither the lexical index nor the sentence matcher can join the two: they share no
word. The lexicon ``everyday_terms.txt`` lists, for each official name, the groups of cue words
that describe it; a clause that says a cue of every group is read with the official name in
place of the shortest run of words holding one cue of each group, widened over the other cues
within reach.
"""

from __future__ import annotations

import re
from itertools import product

from retrieval.lexicons import everyday_terms
from retrieval.text.lexicon import synonyms

__all__ = ["in_report_terms"]

# The clauses a description is read within.
_CLAUSE = re.compile(r"[^。？?！!；;]+")
# A description spans a few words: cues further apart describe no one thing.
_SPAN = 12
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_HELPED = re.compile(r"(?<![作成认因以行])[帮给为替][\u4e00-\u9fff]{1,4}$")

Spot = tuple[int, int]


def in_report_terms(question: str) -> str:
    """``question`` with each thing it describes in everyday words named as the reports name
    it ("替穷人免费打官司的案子" → "替法律援助的案子"); as it is when it describes none."""
    return _CLAUSE.sub(lambda m: _named(m.group()), question)


def _named(clause: str) -> str:
    # ("讲法律明白人": 法律明白人 is the reports' own term; no cue inside it names another.)
    own = [
        (m.start(), m.end())
        for name, _ in everyday_terms()
        for m in re.finditer(re.escape(name), clause)
    ]
    for name, groups in everyday_terms():
        # The name, or an official name of the same thing, said already.
        if any(said in clause for said in (name, *synonyms(name))):
            continue
        spots = [_spots(clause, group) for group in groups]
        if not all(spots):
            continue
        start, end = min(
            ((min(a for a, _ in run), max(b for _, b in run)) for run in product(*spots)),
            key=lambda span: span[1] - span[0],
        )
        if end - start > _SPAN or any(a < end and start < b for a, b in own):
            continue
        # The other cues within reach describe it too ("拨电话投诉求助的那条热线").
        for a, b in sorted(spot for found in spots for spot in found):
            if max(end, b) - min(start, a) <= _SPAN:
                start, end = min(start, a), max(end, b)
        # "对企业检查实行扫码": the 对 led the words the name takes the place of; "帮老百姓
        # 免费打官司": for whom it is done is part of what the name says.
        start -= clause[start - 1 : start] == "对"
        helped = _HELPED.search(clause[:start])
        start = helped.start() if helped else start
        start, end, halves = _without_halves(clause, name, start, end)
        part = "" if halves else _name_part(clause[start:end], name)
        at = clause.find(part, start) if part else -1
        if part and at + len(part) < end:
            # "热线投诉有多少件": a word of the name, then a cue after it, names a thing of its
            # own (the hotline's complaints), kept beside the whole name; cues before the
            # word ("对企业检查实行扫码") describe the thing, which the name replaces.
            clause = clause[:at] + name + clause[at + len(part) :]
        elif not halves:
            clause = clause[:start] + name + clause[end:]
    return clause


def _name_part(run: str, name: str) -> str:
    """The longest of ``name``'s first or last two characters or more that ``run`` says, or
    ""."""
    parts = [
        part
        for size in range(len(name) - 1, 1, -1)
        for part in (name[:size], name[-size:])
        if _CJK.fullmatch(part) and part in run
    ]
    return parts[0] if parts else ""


def _spots(clause: str, cues: tuple[str, ...]) -> list[Spot]:
    """Where ``clause`` says each cue of a group."""
    return [(m.start(), m.end()) for cue in cues for m in re.finditer(re.escape(cue), clause)]


def _without_halves(clause: str, name: str, start: int, end: int) -> tuple[int, int, bool]:
    """The run widened over the name's own first or last characters beside it ("翻卷宗查出"
    read as 案卷评查 keeps one 查), and whether a word of the name (two characters or more) is
    among them: "拖欠企业账款", "出庭应诉" say the thing by its name already."""
    halves = False
    for size in range(len(name) - 1, 0, -1):
        if clause[max(start - size, 0) : start] == name[:size]:
            start, halves = start - size, size > 1
            break
    for size in range(len(name) - 1, 0, -1):
        if clause[end : end + size] == name[-size:]:
            end, halves = end + size, halves or size > 1
            break
    return start, end, halves
