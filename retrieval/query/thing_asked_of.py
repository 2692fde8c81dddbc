"""A follow-up naming another thing of the places asked ("调解矛盾纠纷呢？", "满意度呢？"): the
previous question asked of that thing, as a list, a figure or a comparison of it."""

from __future__ import annotations

import re
from itertools import pairwise

from retrieval.lexicons import LIGHT_HEADS, count_noun_end, light_verbs
from retrieval.query.aspects import aspects_in
from retrieval.query.counted_doing import counted_action
from retrieval.query.measure import HOW_MANY, measured
from retrieval.query.plan import Kind
from retrieval.query.verdicts import asks_verdict
from retrieval.text.words import pos_tags

__all__ = ["asked_of"]

# What a count asks, said again of another thing.
_COUNT = "多少"

# "整改的问题", "发现的问题": problems a doing dealt with, which a report counts.
# ("存在的问题", "突出问题" are the report's own shortcomings.)
_DEALT_WITH = re.compile(r"^(?!存在|面临|主要|突出|工作|那|这)[\u4e00-\u9fff]{2,4}的?问题$")


# "满意度", "办结率": a rate, of what the question before asked of.
_RATE = re.compile(r"[\u4e00-\u9fff](?:率|度)$")
# Where a question's asking starts, after the thing it asks of.
_ASKING = re.compile(r"情况|工作|怎么|怎样|如何|咋|多少|几|哪|什么|啥|有没有|是否")
# "有几项", "多少件": the one-character measure a count is asked in.
_MEASURE_ASKED = re.compile(r"(?:多少|几)([项件条个人名次场份户家])")
_COUNT_NAMED = re.compile(r"(?<=[\u4e00-\u9fff])(?:数|数量|个数|总数)$")


def asked_of(thing: str, previous: str, kind: Kind) -> tuple[str, Kind]:
    """The previous question asked of ``thing``: its items for a list, else its figure (with the
    previous verdict for a comparison).

    Args:
        thing: what the follow-up names ("调解矛盾纠纷").
        previous: the previous question's topic (without its places).
        kind: the previous question's shape.
    """
    # "额敏县的问题呢？": a report's problems, plans or measures are listed, whatever was asked
    # (but "整改的问题呢" after a figure counts the problems so dealt with).
    # ("发现的问题数呢": a count of problems, no list of them.)
    field = _ASKING.split(previous, 1)[0].rstrip("的")
    if _RATE.search(thing) and field and thing not in previous:
        # "12345热线情况咋样？满意度呢": the rate of what was asked of.
        shape: Kind = "comparison" if kind == "comparison" else "fact"
        return f"{field if field not in thing else ''}{thing}{_COUNT}", shape
    counted = kind != "list" and (
        _DEALT_WITH.match(thing) is not None or _COUNT_NAMED.search(thing) is not None
    )
    if kind == "list" or (aspects_in(thing) and not counted):
        return f"{thing}有哪些", "list"
    if kind == "fact" and not measured(previous).endswith(_COUNT) and _COUNT not in previous:
        return _counted_as_before(thing, previous), "fact"
    verdict = "，谁多" if kind == "comparison" and asks_verdict(previous) else ""
    shape = "comparison" if kind == "comparison" else "fact"
    if _COUNT_NAMED.search(thing):
        # "案卷评查抽了多少卷？发现的问题数呢": a count of the same field's work.
        field = _subject(previous)
        return f"{field if field not in thing else ''}{thing}{verdict}", shape
    tags = pos_tags(thing)
    if len(tags) > 1 and tags[-1][1] == "v":
        # "人大代表建议征集了多少？出庭应诉呢": a doing of its own words, counted as it is.
        return f"{thing}{_COUNT}{verdict}", "comparison" if kind == "comparison" else "fact"
    # "审查了多少件规范性文件？合同呢": the thing the same action was done to.
    action = _action(previous)
    # "处罚的案件有几件？许可呢": the same kind of thing, counted as 案件 again.
    noun = _counted_noun(previous)
    thing = f"{thing}{noun}" if noun and not count_noun_end(thing) else thing
    done = f"{action}{thing}" if action and action not in thing else thing
    return f"{done}{_COUNT}{verdict}", "comparison" if kind == "comparison" else "fact"


def _counted_as_before(thing: str, previous: str) -> str:
    """``thing`` asked after a count said with 几 ("行政许可有几项？行政检查呢"): a thing of
    the same kind (its head said before) in the measure asked before; a doing ("执行法院判决")
    counted; else ``thing`` alone."""
    asked = _MEASURE_ASKED.search(previous)
    if asked and thing[:2] in previous:
        return f"{thing}{_COUNT}{asked[1]}"
    tags = pos_tags(thing)
    if HOW_MANY.search(previous) and len(tags) > 1 and tags[-1][1] == "v":
        return f"{thing}{_COUNT}"
    return thing


def _subject(previous: str) -> str:
    """The nouns the previous question opens with, before the doing it counts ("案卷评查" of
    "案卷评查抽了多少卷"), or ""."""
    words: list[str] = []
    for word, flag in pos_tags(previous):
        if flag.startswith("n") or flag == "vn":
            words.append(word)
            continue
        break
    return "".join(words) if len("".join(words)) > 1 else ""


def _counted_noun(previous: str) -> str | None:
    """The count noun of two characters or more that ends a compound the previous question
    counted ("案件" of 行政处罚案件), or None."""
    tagged = pos_tags(previous)
    ends = [
        word
        for (_, flag_before), (word, flag) in pairwise(tagged)
        if flag_before.startswith("n")
        and flag.startswith("n")
        and len(word) > 1
        and count_noun_end(word) == word
    ]
    return ends[-1] if ends else None


def _action(previous: str) -> str | None:
    """The action the previous question counted, said before its count ("审查了多少件…") or
    after it (``counted_action``)."""
    count = HOW_MANY.search(previous)
    before = pos_tags(previous[: count.start()]) if count else []
    # ("宪法宣传活动…多少场": 活动 and the doing it heads name the thing asked before, no
    # action done to the thing named now.)
    verbs = [
        w
        for at, (w, f) in enumerate(before)
        if f in ("v", "vn")
        and len(w) > 1
        and w not in light_verbs()
        and w not in LIGHT_HEADS
        and not (at + 1 < len(before) and before[at + 1][0] in LIGHT_HEADS)
    ]
    return verbs[-1] if verbs else counted_action(previous)
