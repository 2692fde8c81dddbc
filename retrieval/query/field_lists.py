"""The things a question lists after naming the field they belong to: "执法队伍情况：在岗人数、
考试、评查" (after a colon) or "案卷评查，评查数量和发现问题数" (after a clause asking
nothing), each asked as a count with the field's words leading it."""

from __future__ import annotations

import re

from retrieval.query.joints import joined_pieces
from retrieval.query.measure import COUNT, HOW_MANY, measured
from retrieval.query.parts import colon_list
from retrieval.types import Vocabulary

__all__ = ["FIELD_END", "listed_after_colon", "listed_after_field"]

# "…的情况", "…方面": words ending a field's name that are no part of what it counts.
FIELD_END = re.compile(r"的?(?:情况|方面|工作)?$")
# "麻烦给我…", "帮咱们…": who asks, and asking politely, name no field.
_ASKER = re.compile(r"^(?:请|麻烦|劳驾)?(?:给|帮|替)?(?:我|咱)?们?")
_TABLE_WORD = re.compile(r"(?:汇总|对比|统计)?表$")
# "案卷评查，评查数量和发现问题数": a first clause naming a field and asking nothing.
_FIELD_FIRST = re.compile(r"^(?P<field>[\u4e00-\u9fff“”]{2,12})[，,](?P<rest>[^，,]+)")
# The count a comparison's cues add to a field named alone ("对比一下…案卷评查" → …多少).
_ADDED_COUNT = re.compile(r"(?:多少|几)$")


def listed_after_colon(topic: str) -> list[str]:
    """ "执法队伍情况：在岗人数、考试、评查": the field named before a colon, then each thing
    listed after it, asked as a count (the field's words lead each); [] for no such list, or
    for one after a colon that only says how to lay it out ("做个表：…")."""
    listed = colon_list(topic)
    if listed is None:
        return []
    field = _field(listed[0])
    kinds = listed[1]
    if not field:
        return []
    return [field + kind + ("" if HOW_MANY.search(kind) else "多少") for kind in kinds]


def listed_after_field(topic: str, vocabulary: Vocabulary) -> list[str]:
    """The things a clause after a field clause counts, the field's words leading each
    ("案卷评查，评查数量和发现问题数" → 案卷评查多少, 案卷评查发现问题多少项), or []."""
    found = _FIELD_FIRST.match(topic)
    if found is None or HOW_MANY.search(found["field"]) or COUNT.search(found["field"]):
        return []
    pieces = joined_pieces(measured(found["rest"]), vocabulary, either=False)
    # "列个表，…": a first clause saying only how to lay it out names no field.
    field = _field(found["field"])
    if not field or len(pieces) < 2 or not all(COUNT.search(piece) for piece in pieces):
        return []
    return [measured(field + piece) for piece in pieces]


def _field(clause: str) -> str:
    """The field ``clause`` names, without who asks, the table asked and a count the
    comparison cues add ("对比一下…案卷评查" → 案卷评查)."""
    named = _ASKER.sub("", measured(clause))
    return FIELD_END.sub("", _TABLE_WORD.sub("", _ADDED_COUNT.sub("", named)))
