"""The things of a question that asks each in a sentence or clause of its own ("企业法治体检，
谁覆盖的企业多？提的建议各多少条？"). Such a question names its field once and its things
after it, some only by their count ("各开了几次？参加的人多少"), so split as one phrase it would
lose the field or the thing a later sentence asks of; each sentence is read on its own, with
the field or the thing said before carried onto it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.lexicons import light_verbs
from retrieval.query.followup import verdict_only
from retrieval.query.layout import without_layout
from retrieval.query.measure import COUNT, measured
from retrieval.query.sentences_asked import asked_likewise
from retrieval.query.things import parts
from retrieval.query.verdicts import asks_verdict
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

__all__ = ["BARE_ASK", "asked_apart"]


def asked_apart(topic: str, vocabulary: Vocabulary) -> list[str]:
    """The things of a question that asks each in a sentence of its own ("企业法治体检，谁覆盖
    的企业多？提的建议各多少条？"), the first sentence's leading clause (its field) said
    again before each later one; [] for a question of one sentence."""
    # "…各开了几次？谁多？", "…？谁的规模大？": a sentence counting nothing names no thing.
    asked = _counting(asked_likewise(topic))
    if len(asked) < 2:
        # "成功率谁高，调解量谁大": a verdict asked per clause, as per sentence.
        asked = _counting(_judged_clauses(topic))
    if len(asked) < 2:
        return []
    # "企业法治体检，谁覆盖的企业多": a first clause counting nothing names the field.
    lead = asked[0].split("，")[0]
    field = lead if "，" in asked[0] and not COUNT.search(measured(lead)) else ""
    # ("在普法方面各办了几场？参加的干部有多少": the field the first sentence opens with
    # leads the later ones too.)
    opened = _FIELD_OPENING.match(asked[0])
    field = field or (opened.group().rstrip("，, ") if opened else "")
    # "逢九必讲各几期？参加的人多少": a later sentence naming no thing of its own asks of the
    # first one's thing.
    first = _thing_of(asked[0].split("，")[-1])
    sentences = [
        asked[0],
        *(
            f"{field}，{later}" if field or _names_noun(later) else f"{first}{later}"
            for later in asked[1:]
        ),
    ]
    # "…各多少件，相差多少": one thing asked twice is one thing.
    return list(
        dict.fromkeys(
            thing for s in sentences for thing in parts(measured(s), vocabulary, either=False)
        )
    )


def _thing_of(sentence: str) -> str:
    """What ``sentence`` counts, without its count and the light doing and particles before
    it ("逢九必讲分别办了几期" → 逢九必讲)."""
    counted = measured(sentence)
    count = COUNT.search(counted)
    thing = counted[: count.start()] if count else counted
    while True:
        bare = thing.removesuffix("了").rstrip("各都共")
        bare = next((bare[: -len(v)] for v in light_verbs() if bare.endswith(v)), bare)
        if bare == thing or not bare:
            return thing
        thing = bare


def _names_noun(sentence: str) -> bool:
    """True when ``sentence`` names a noun of two characters or more ("参加的人多少" does not)."""
    return any(
        (flag[0] == "n" or flag == "vn") and len(word) > 1
        for word, flag in pos_tags(BARE_ASK.sub("", sentence))
    )


def _counting(sentences: Sequence[str]) -> list[str]:
    # "…哪个多？各是多少？": a count naming nothing asks the figures of the thing before;
    # "…哪个多？相差几件？" asks how far apart they are, of the same thing.
    return [
        s
        for s in sentences
        if BARE_ASK.sub("", without_layout(s))
        and _names_thing(measured(s))
        and COUNT.search(measured(s))
        and not verdict_only(s)
        and not _WHY_SO.search(s)
    ]


# "在复议工作上…", "在普法方面…": a field the sentence opens with.
_FIELD_OPENING = re.compile(
    r"^在[^，,。？?！!]{2,16}?(?:上|方面|领域)(?=[，,\s]|各|都|分别|一共|共)"
)
# "差距咋这么大", "为什么差这么多": why the figures are as they are, which counts nothing.
_WHY_SO = re.compile(
    r"(?:咋|怎么|为什么|为啥|为何|凭什么)(?:会)?(?:差)?(?:这么|那么|如此)[多少大小高低]"
)


def _names_thing(counted: str) -> bool:
    """False for a count of nothing but a measure and a doing of no particular action
    ("哪家搞得次数多", read as "搞得多少次")."""
    bare = BARE_ASK.sub("", counted).removesuffix("得")
    return bool(bare) and bare not in light_verbs()


# "各多少件": a measure after the count names no thing either; nor do the sides pointed at
# and their sum ("两个加起来一共多少").
BARE_ASK = re.compile(
    r"(?:多少|几)[件个次人名项场份条家本期批户]?|[各都是有为呢吗啊，,。？?\s]|分别|"
    r"加起来|合计|总共|一共|共计|[这那]?[两俩二](?:个|家|者|边|地)?"
)


def _judged_clauses(topic: str) -> list[str]:
    """The clauses of ``topic`` that each ask a verdict of a thing they name, a clause asking
    none (or naming nothing: "对比") joined to the one after it; [] unless two or more do."""
    judged: list[str] = []
    pending = ""
    for clause in filter(str.strip, _CLAUSE.split(topic)):
        # "哪个做的企业多，提的建议多": a clause ending on a bare 多 after a verdict asks one too.
        again = bool(judged) and not pending and _MORE_AGAIN.search(clause) is not None
        if not ((asks_verdict(clause) or again) and without_layout(clause).strip("，, ")):
            pending += clause + "，"
            continue
        judged.append(pending + clause)
        pending = ""
    return judged if len(judged) >= 2 else []


_CLAUSE = re.compile(r"[，,；;]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_MORE_AGAIN = re.compile(
    r"[\u4e00-\u9fff]{2,}(?<![多最更较])[多少高低](?:一些|一点)?[？?。！!\s]*$"
)
