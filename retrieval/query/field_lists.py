"""The things a question lists after naming the field they belong to: "执法队伍情况：在岗人数、
考试、评查" (after a colon) or "案卷评查，评查数量和发现问题数" (after a clause asking
nothing), each asked as a count with the field's words leading it."""

from __future__ import annotations

import re

from retrieval.query.asked_beside import READ_VERBS
from retrieval.query.asking_clauses import colon_list
from retrieval.query.joints import joined_pieces
from retrieval.query.measure import BARE_COUNT, COUNT, HOW_MANY, measured
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

__all__ = ["FIELD_END", "asked_in_turn", "led_field", "listed_after_colon", "listed_after_field"]

# "…的情况", "…方面": words ending a field's name that are no part of what it counts.
# "…相关数字（a、b）": the figures of a field, named by the things listed.
FIELD_END = re.compile(r"的?(?:相关|有关)?(?:情况|方面|工作|数字|数据)?$")
# "麻烦给我…", "帮咱们…": who asks, and asking politely, name no field.
_ASKER = re.compile(r"^(?:请|麻烦|劳驾)?(?:给|帮|替)?(?:我|咱)?们?")
_TABLE_WORD = re.compile(r"(?:汇总|对比|统计)?表$")
# "案卷评查，评查数量和发现问题数": a first clause naming a field and asking nothing.
# "各地执法人员培训情况。列出培训次数和参训人数": the field, a sentence of its own.
_FIELD_FIRST = re.compile(
    r"^(?:各地|各县|各报告|各份报告)?(?P<field>[\u4e00-\u9fff“”]{2,12})[，,。]"
    r"(?:请)?(?:逐一|分别|逐项)?(?:列出|给出|提供|统计)?(?P<rest>[^，,。]+)"
)
# "请协助列出", "请按报告分别列出": a request to list, naming no field.
_LISTING = re.compile(
    r"^(?:请|烦请|麻烦)?(?:协助)?(?:按报告)?(?:分别|逐一|逐项)?(?:列出|列明|给出|提供|统计)$"
)
_SENTENCE_BEFORE = re.compile(
    r"^(?:各地|各县|各报告)?(?P<field>[^。？?！!：:]{2,24})[。](?=[^。]*[：:])"
)
_READ_ONLY = re.compile(rf"(?:{READ_VERBS}|说明|核实)")
# The count a comparison's cues add to a field named alone ("对比一下…案卷评查" → …多少).
_ADDED_COUNT = re.compile(r"(?:多少|几)$")


def listed_after_colon(topic: str) -> list[str]:
    """ "执法队伍情况：在岗人数、考试、评查": the field named before a colon, then each thing
    listed after it, asked as a count (the field's words lead each); [] for no such list, or
    for one after a colon that only says how to lay it out ("做个表：…")."""
    listed = colon_list(topic)
    if listed is None:
        return []
    field = _field(_LISTING.sub("", listed[0]))
    kinds = listed[1]
    if not field:
        # "各地法律顾问覆盖情况。请协助列出：a、b": the field, in the sentence before.
        before = _SENTENCE_BEFORE.match(topic)
        field = _field(before["field"]) if before else ""
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


def led_field(topic: str) -> str:
    """The field a first clause names and asks nothing of ("行政执法案卷评查，谁最多" →
    行政执法案卷评查), or ""."""
    found = _FIELD_FIRST.match(topic)
    if found is None or HOW_MANY.search(found["field"]) or COUNT.search(found["field"]):
        return ""
    return _field(found["field"])


def _field(clause: str) -> str:
    """The field ``clause`` names, without who asks, the table asked and a count the
    comparison cues add ("对比一下…案卷评查" → 案卷评查)."""
    named = _ASKER.sub("", measured(clause))
    field = FIELD_END.sub("", _TABLE_WORD.sub("", _ADDED_COUNT.sub("", named)))
    # "在行政复议上的情况", "关于行政复议方面": the field, without the words that frame it.
    field = _FRAMED.sub(r"\g<field>", field)
    # "查阅，各自…多少": a request to read names no field.
    return "" if _READ_ONLY.fullmatch(field) else field


_FRAMED = re.compile(r"^(?:在|关于|对于|就)(?P<field>[\u4e00-\u9fff]{2,10}?)(?:上|方面)?$")
# "…收案数是多少？办结情况如何？有无调解和解数据？": one thing asked a sentence; a situation or
# the data asked of a thing, or whether there are any, is asked as its figures.
_SENTENCE = re.compile(r"[？?。！!；;]+")
_WHETHER = re.compile(r"^(?:有无|有没有|是否有|是否)")
_SITUATION = re.compile(r"的?(?:情况|数据|数字)?(?:有哪些|如何|怎么样|怎样|是什么|有)?$")
# "…，在行政复议上的情况，各受理多少件": the last clause before the count names its field.
_LEAD = re.compile(r"^(?:.*[，,：:])?(?P<field>[^，,：:]{2,14})[，,：:](?P<rest>[^，,：:]+)$")
# A thing of no more characters than a doing ("办结", "调解和解") is a doing of the first's field.
_DOING_ALONE = 4


def asked_in_turn(topic: str, led: bool = False) -> list[str]:
    """The things ``topic``'s sentences ask one after another, each as a count, a bare doing
    asked of the first's field ("行政复议收案数是多少？办结情况如何" → …, 行政复议办结多少);
    [] for fewer than two, or (``led``) unless a clause naming the field leads the first count
    ("在行政复议上的情况，各受理多少件？…")."""
    asked = [
        measured(_SITUATION.sub("", _WHETHER.sub("", s.strip()))) for s in _SENTENCE.split(topic)
    ]
    # "…？数量列一下": a sentence naming no thing asks the figures of the one before.
    named = [t for t in asked if len(BARE_COUNT.sub("", COUNT.sub("", t))) > 1]
    things = [t if COUNT.search(t) or t.endswith("率") else f"{t}多少" for t in named]
    # "…收案数是多少？办结情况…": a count asked first, then what else each sentence asks; "怎么
    # 写的？有数字的话附上" asks no count first.
    if len(things) < 2 or not COUNT.search(asked[0]):
        return []
    tags = pos_tags(things[0])
    field = tags[0][0] if tags and tags[0][1].startswith("n") and len(tags[0][0]) > 1 else ""
    lead = _LEAD.match(_SENTENCE.split(topic)[0])
    if lead and (COUNT.search(lead["field"]) or not COUNT.search(lead["rest"])):
        lead = None
    if led and lead is None:
        return []
    if lead:
        # "在行政复议上的情况，各受理多少件": the field of a clause before the first count.
        field = _field(lead["field"]) or field
        things[0] = measured(field + _SITUATION.sub("", lead["rest"]))
    return [
        things[0],
        *(
            field + thing
            if field not in thing and len(COUNT.split(thing)[0]) <= _DOING_ALONE
            else thing
            for thing in things[1:]
        ),
    ]
