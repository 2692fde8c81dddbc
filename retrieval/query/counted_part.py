"""The part of a question that names what it counts. A count question says more than the
thing counted (which report it means, who benefited, what the count is set against), and a
report may say those in another clause than its figure: whatever reads a count (its measure,
its doing, the sentence that holds it) reads this part alone."""

from __future__ import annotations

import re

from retrieval.lexicons import light_verbs
from retrieval.query.expected import ASKS_TARGET, COUNTED, WANTS_NUMBER
from retrieval.query.for_whom import without_for_whom
from retrieval.query.frames import counts_each, without_kinds
from retrieval.text.words import pos_tags

__all__ = ["asked_part"]

# A topic, then a light verb of one character: "行政复议收了", "人民调解办了".
# A time may stand before the topic or between it and the verb ("去年行政复议收了").
_WHEN = r"(?:一共|总共|共|全年|今年|去年|本年度?|当年|20\d\d年度?)"
_TOPIC_VERB = re.compile(
    rf"^{_WHEN}?(?P<topic>[\u4e00-\u9fff]{{2,8}}?){_WHEN}?[办收接发搞做查开](?:了|过|得)?$"
)
# "自启动以来", "从去年以来", "2023年以来": since when it is counted, naming nothing counted.
_SINCE = re.compile(r"(?:自|从)[^，,；;。？?]{1,8}?以来|(?:19|20)\d\d年以来")
# What ends a clause of a question.
_QUESTION_CLAUSE = re.compile(r"[，,；;]")
# Words that can name a thing, beyond question particles.
_CONTENT = re.compile(r"[^\s\W的了吗呢啊吧？?是有]")
# "培训几次是怎么要求的": what follows the count asks how it is set, it names nothing counted.
_HOW_SAID = re.compile(r"(?:各|都|分别)?(?:是|为)?(?:怎么|怎样|如何|咋)")


def _names_noun(clause: str) -> bool:
    """True when ``clause`` names a thing: a noun, or a measure word standing for one."""
    rest = COUNTED.sub(" ", clause)
    return any(flag[:1] == "n" or flag == "vn" for _, flag in pos_tags(rest))


def _nouns_only(text: str) -> bool:
    """True when ``text`` is nouns alone ("法律援助", "行政复议")."""
    tagged = pos_tags(text)
    return bool(tagged) and all(
        (flag[:1] == "n" and flag != "ns") or flag == "vn" for _, flag in tagged
    )


def _deed(before: str) -> str:
    """What a doer named before a verb of no particular action did ("法院设的调解室开展诉前调解"
    → "开展诉前调解"): the count counts the deed; the doer may be named in another clause."""
    words = [word for word, _ in pos_tags(before)]
    for at in range(len(words) - 2, 0, -1):
        deed = "".join(words[at + 1 :])
        if len(words[at]) > 1 and words[at] in light_verbs() and _CONTENT.search(deed):
            doer = "".join(words[:at])
            return before[len(doer) :] if len(doer) > 1 and len(deed) > 1 else before
    return before


def asked_part(topic: str) -> str:
    """The part of the question that names what is counted.

    Only the clause that asks counts; earlier ones say which report is meant ("设立监督联系点的
    那个县，选聘了多少名社会监督员"). In that clause, "多少名行政执法人员参加了培训" counts what
    follows the measure, "法律明白人一共多少人" what precedes it; the rest ("为企业开了几场
    座谈会") says who or why, and a report may say it in another clause.
    """
    # "帮老百姓干了几件": who benefited is said in the report's words, maybe in another clause.
    topic = _SINCE.sub("", topic)
    clauses = [c for c in _QUESTION_CLAUSE.split(without_for_whom(topic)) if c.strip()]
    asking = [c for c in clauses if WANTS_NUMBER.search(c)]
    # "…职权分哪几类，每类多少项": a count of each, the thing named in the clause before
    # (its sorting into kinds aside).
    if asking and counts_each(asking[-1]) and clauses.index(asking[-1]) > 0:
        return without_kinds(clauses[clauses.index(asking[-1]) - 1])
    clause = (asking or clauses or [topic])[-1]
    at = clauses.index(clause) if clause in clauses else 0
    if at > 0 and not WANTS_NUMBER.search(clauses[at - 1]) and not _names_noun(clause):
        # "法治经费，各给了多少": a clause of verbs and the count alone counts what the
        # clause before names.
        return f"{clauses[at - 1]}，{clause}"
    counted = list(COUNTED.finditer(clause))
    if not counted:
        return clause
    after = clause[counted[-1].end() :]
    # "培训多少次的要求": a noun joined by 的 after the count qualifies the count, not what is
    # counted (which precedes it).
    before = clause[: counted[-1].start()]
    joined = after.startswith("的") and _CONTENT.search(before)
    # "培训几次，要求一样吗": the requirement is what the count is, not a thing counted.
    required = not _CONTENT.search(ASKS_TARGET.sub("", after))
    if not _CONTENT.search(after) or joined or required or _HOW_SAID.match(after):
        return _deed(before)
    # "行政复议收了多少案子": the topic a light verb of one character follows names which of
    # the counted things (行政复议的案子).
    lead = _TOPIC_VERB.match(before)
    return f"{lead['topic']}{after}" if lead and _nouns_only(lead["topic"]) else after
