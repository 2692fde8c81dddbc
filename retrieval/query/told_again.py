"""Questions a turn asks one after another, each of a place of its own: a message whose
sentences each name their own place and thing ("003那份X下降了多少？额敏的Y覆盖了多少"), and a
request to lay out what the last turns told of the places it points at ("把这两家的情况换成
表格" after a turn on each)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from retrieval.query.asked_beside import CLAUSE
from retrieval.query.laid_out import laid_out_only
from retrieval.query.sentences_asked import sentences_in_turn
from retrieval.text.digits import whole_number

__all__ = ["places_apart", "things_apart", "told_again"]

# "把这两家的情况", "上面几个县的数据": the places of the turns before, pointed at, then how
# their answers are to be laid out.
_POINTED = re.compile(
    r"^(?:那|那就)?(?:你|再|帮我|给我)*(?:把|将)?(?:这|那|上面|上述|刚才|前面)?(?:的)?"
    r"(?P<count>[两二三四五六几俩仨])个?(?:家|份|县|镇|地方|报告)?(?:的)?"
    r"(?:情况|数据|数字|数|内容|结果|回答|答案)?"
)
# A sentence asking a figure of its own thing, not leaning on the one before ("那普兰呢").
_FIGURE_ASKED = r"(?:多少|几[个件项条份次名人家户])"
_OWN_FIGURE = re.compile(rf"^(?![那这它])(?!.*呢[？?。！!\s]*$).*{_FIGURE_ASKED}")
# What asks a count and nothing else ("有几个", "是多少呢").
_BARE_COUNT = re.compile(
    r"[的那这个]|(?:一共|总共|共)?(?:有|是|为)?(?:多少|几)[个件项条份次名人家户]?|[呢吗啊？?。！!\s，,]"
)
# What ``_POINTED`` counts, where a digit cannot.
_COUNTS = {"俩": 2, "仨": 3}


def told_again(
    question: str, history: Sequence[tuple[str, str]], places_of: Callable[[str], list[str]]
) -> list[str]:
    """The questions of the turns before that told of the places ``question`` points at, when
    it only asks them laid out ("把这两家的情况换成表格"): each place's latest turn, oldest
    first; none when one turn told of them all, or for any other question. A bare request
    ("做成表格") points at the last turns while each asks of a place of its own.

    Args:
        question: the turn as heard.
        history: the earlier turns (question as remembered, answer), oldest first.
        places_of: the places (regions, or reports named by file) a question names.
    """
    pointed = _POINTED.match(question.strip())
    # "做成表格" after "额敏…多少？" and "普兰呢": the places the last turns ran through.
    bare = laid_out_only(question)
    if not bare and (pointed is None or not laid_out_only(question.strip()[pointed.end() :])):
        return []
    said = pointed["count"] if pointed and not bare else "几"
    wanted = _COUNTS.get(said) or (None if said == "几" else whole_number(said))
    asked: list[str] = []
    seen: set[str] = set()
    for before, _ in reversed(history):
        places = places_of(before)
        if bare and (not places or seen.intersection(places)):
            break  # (a run of turns, each of a place of its own, up to the last)
        if not places or seen.issuperset(places):
            continue
        if len(places) > 1 and not asked:
            return []  # one turn told of them all: asking it again lays it out
        asked.insert(0, before)
        seen.update(places)
        if wanted is not None and len(seen) >= wanted:
            break
    enough = len(seen) >= (wanted or 2)
    return asked if len(asked) > 1 and enough else []


def places_apart(
    question: str, places_of: Callable[[str], list[str]], topic_of: Callable[[str], str]
) -> list[str]:
    """The sentences of ``question`` when each names a place of its own and no two the same
    ("003那份X下降了多少？额敏的Y覆盖了多少"): each is a question of its place; none else.
    ``topic_of``: a sentence without the places it names. One sentence may run such
    questions clause by clause ("执法证方面：额敏现有多少，普兰新增多少本，…并排列出来"), after
    a lead naming the field, which each is asked with."""
    # (Each question kept asks a figure of its own: with fewer than two asked, nothing is
    # routed.)
    if len(re.findall(_FIGURE_ASKED, question)) < 2:
        return []
    # ("…？并排列出来": a sentence of no place and no figure says how to lay them out.)
    sentences = [s for s in sentences_in_turn(question) if places_of(s) or _OWN_FIGURE.search(s)]
    if len(sentences) == 1:
        sentences = _clauses_apart(sentences[0], places_of)
    # ("…各是多少？普兰有没有写总数", "…多少人？克镇有几个": a sentence leaning on the one
    # before is no question of its own place.)
    own = [_OWN_FIGURE.search(s) and _BARE_COUNT.sub("", topic_of(s)) for s in sentences]
    if len(sentences) < 2 or not all(own):
        return []
    places = [frozenset(places_of(s)) for s in sentences]
    if not all(places) or len(set(places)) < len(places):
        return []
    return sentences if not any(a & b for i, a in enumerate(places) for b in places[:i]) else []


# "执法证方面：": the field the clauses after it ask of.
_LEAD = re.compile(r"^(?P<field>[^，,：:；;]{2,12}?)(?:方面|这块|这一块)?[：:]")


def _clauses_apart(sentence: str, places_of: Callable[[str], list[str]]) -> list[str]:
    """The clauses of ``sentence`` that each name a place, each after the field a lead names
    ("执法证方面：额敏…，普兰…" → "执法证方面，额敏…"), when no other clause asks a figure;
    [] else."""
    lead = _LEAD.match(sentence)
    body = sentence[lead.end() :] if lead else sentence
    clauses = [c.strip("，,；; ") for c in CLAUSE.findall(body) if c.strip("，,；; ")]
    placed = [c for c in clauses if places_of(c)]
    # A clause naming no place that asks a figure ("各多少") asks it of them all.
    if len(placed) < 2 or any(_OWN_FIGURE.search(c) for c in clauses if c not in placed):
        return []
    field = f"{lead['field']}方面，" if lead else ""
    return [f"{field}{c}" for c in placed]


# "在行政复议和行政应诉这两块", "A、B两个方面": things a list is asked of, each its own part.
_THING = r"(?:(?![在和与及这那])[\u4e00-\u9fff]){2,10}"
_THINGS = re.compile(
    rf"(?:^|(?<=[在就对于，,]))(?P<things>{_THING}(?:(?:和|与|及|、){_THING}){{1,3}}?)"
    r"(?:这|那)?(?:[两二三四]|几)(?:块|个方面|方面|项工作|方面工作|个领域|领域)(?:上|里|中)?"
)
_JOINS = re.compile(r"和|与|及|、")


def things_apart(question: str, answered: str) -> list[str]:
    """``question`` asked of each of the things it names as so many parts ("下一步在行政复议
    和行政应诉这两块有什么打算" → one question of each), when the list ``answered`` leaves one
    of them out (a part of the report that tells of all of them is the answer); else []."""
    found = _THINGS.search(question)
    if found is None:
        return []
    things = [t for t in _JOINS.split(found["things"]) if t]
    head, tail = question[: found.start()], question[found.end() :]
    head = head[:-1] if head.endswith(("在", "就", "对", "于")) else head
    if len(things) < 2 or len(set(things)) < len(things):
        return []
    if all(set(thing) <= set(answered) for thing in things):
        return []
    return [f"{head}在{thing}方面{tail}" for thing in things]
