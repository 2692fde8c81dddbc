"""An answer line from a cited sentence: the clauses that answer, figure first, nothing cut off.

Report sentences run several facts together ("全年接收行政复议案件38件，调解和解率71.43%；"). An
answer shows the clauses that state what was asked (every asked figure, for every part of the
question), joined by "…" where clauses between them are left out, without the sentence's
closing "；"; the citation keeps the whole sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from retrieval.answer.matching import Matcher
from retrieval.answer.named_items import asked_things, listed_things, named_items
from retrieval.query.expected import Expected, asked_measures
from retrieval.query.frames import counts_each
from retrieval.query.parts import asks_means
from retrieval.query.units import MONEY_WORDS, PEOPLE_WORDS
from retrieval.query.weights import question_weights
from retrieval.tuning import LONG_SENTENCE
from retrieval.types import Vocabulary

__all__ = ["asks_whole", "concise"]

_CLAUSE = re.compile(r"[，,；;：:]")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_ASKED_CLAUSE = re.compile(r"[，,；;？?]")
_CLOSING = "，,；;：:。、 "
# "分别拨了多少": every item of a run of figures is asked.
_EACH = re.compile(r"分别|各")
# A thing named before a run of figures in this many characters or more, as asked.
_WHOLE_NAME = 4
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# "…相关的数字", "给我几个数": every figure the sentence states of it.
_MANY = re.compile(
    r"哪些|哪几|些(?:啥|什么)|列一下|列出|列举|罗列|(?:相关|有关)的?(?:数字|数据)|的(?:数字|数据)(?=[？?。！!\s]*$)"
)
_BREAKDOWN = re.compile(r"构成|组成|按类别|分类|类别|各类|哪几类|哪些类|分成哪|分为哪|分几类")


def concise(text: str, topics: str | Sequence[str], vocabulary: Vocabulary) -> str:
    """The clauses of the sentence ``text`` that answer ``topics`` (one question, or its parts).

    For a question that asks a figure, a date or a rate, the clauses stating it (and the clause
    before, when that is where the counted thing is named); otherwise the whole sentence, cut
    around its best clause only when it is long. Clauses left out between two kept ones are
    marked "…".
    """
    asked = [topics] if isinstance(topics, str) else list(topics)
    if any(asks_whole(t) for t in asked):
        # "按类别的构成", "分成哪些类": the breakdown the sentence gives is the answer, whole;
        # "主要依托什么做法": so are the means it names before its figure; "存了哪些物资，
        # 设了几个点", "表彰列一下": the things asked for are named in clauses of their own.
        return text.strip(_CLOSING)
    clauses = _clauses(text)
    keep: set[int] = set()
    matchers = [_asking(topic, vocabulary) for topic in asked]
    for topic, matcher in zip(asked, matchers, strict=True):
        found = _answering(text, clauses, topic, matcher) if matcher else None
        if found is None:
            return _whole(text, clauses, asked, vocabulary)
        keep |= found
    # "…18份…进行清理,继续有效16份,失效文件2份": a figure between two kept ones is one of a
    # run of figures; leaving it out would read as if the report skipped it.
    keep |= {
        i
        for i, (a, b) in enumerate(clauses)
        if i - 1 in keep and i + 1 in keep and _FIGURE.search(text[a:b])
    }
    if len(asked) == 1 and len(keep) == 1 and not _EACH.search(asked[0]) and matchers[0]:
        (only,) = keep
        item = _listed_item(text[slice(*clauses[only])], matchers[0])
        if item is not None and not _whole_named(asked[0], text[: clauses[only][0]], item):
            return item
    cut = {}
    if len(asked) == 1 and len(keep) > 1 and not _EACH.search(asked[0]) and matchers[0]:
        cut = _items_kept(text, clauses, sorted(keep), matchers[0])
    # (A question asked in parts names one thing a part: "…认罚几件", "律师辩护有几件".)
    things = listed_things(asked[0]) if len(asked) == 1 else asked_things(asked)
    if len(things) > 1:
        # "A、B、C各办了几件" of a run of more: the items named, runs apart joined by "…".
        named = {i: named_items(text[slice(*clauses[i])].strip(_CLOSING), things) for i in keep}
        cut.update({i: items for i, items in named.items() if items})
    return _joined(text, clauses, sorted(keep), cut)


def _items_kept(
    text: str, clauses: list[tuple[int, int]], keep: list[int], matcher: Matcher
) -> dict[int, str]:
    """Kept runs of figures cut to their one item the question asks: "共梳理行政职权3415项，
    其中:行政许可208项、行政处罚2407项…" asked of 行政职权 and 行政处罚 keeps the whole
    and "行政处罚2407项". An item must name every asked word the other kept clauses do not."""
    cut: dict[int, str] = {}
    for i in keep:
        elsewhere = "".join(text[slice(*clauses[j])] for j in keep if j != i)
        item = _listed_item(text[slice(*clauses[i])], matcher, matcher.weight(elsewhere))
        if item is not None:
            cut[i] = item
    return cut


def _counts_word(clause: str, words: Iterable[str]) -> bool:
    """True when ``clause`` says one of ``words`` (two characters or more, as written) with a
    figure right after it ("意见建议73份")."""
    return any(
        len(w) > 1 and re.search(rf"{re.escape(w)}[^，,。；;：:\d]{{0,4}}\d", clause) for w in words
    )


def _listed_item(clause: str, matcher: Matcher, said_elsewhere: float = 0.0) -> str | None:
    """The one item of a run of figures listed with "、" that names every asked word, where
    no other item does as much ("拨付2万元、普法经费3万元、法律顾问经费8万元" asked of 普法
    经费: "普法经费3万元"); None when the clause is no such run."""
    items = [item for item in clause.strip(_CLOSING).split("、") if item]
    if len(items) < 2 or not all(_FIGURE.search(item) for item in items):
        return None
    weights = [matcher.weight(item) for item in items]
    unit = matcher.expected.unit
    fitting = [i for i, item in enumerate(items) if unit is None or unit.search(item)]
    if len(fitting) == 1 and unit is not None:
        # ("评查2次、抽查案卷104份" asked 多少份: the one item counted in the measure asked.)
        weights = [w if i in fitting else 0.0 for i, w in enumerate(weights)]
    best = max(range(len(items)), key=weights.__getitem__)
    others = [w for i, w in enumerate(weights) if i != best]
    if weights[best] + said_elsewhere < matcher.total or max(others) >= weights[best]:
        return None
    figure = _FIGURE.search(items[best])
    if best == len(items) - 1 and figure and matcher.weight(items[best][figure.end() :]):
        # "8个镇、25个机关…全覆盖": what the last item says after its figure
        # is said of every item.
        return None
    return items[best]


def _whole_named(topic: str, before: str, item: str) -> bool:
    """True when ``before`` (the sentence before a run of figures) names the thing ``topic``
    asks in its words as asked, and the item the run would be cut to does not: the run's
    items are its parts ("将法治经费纳入预算,…工作经费2万元、普法经费3万元…" asked of 法治经费)."""
    for size in range(len(topic), _WHOLE_NAME - 1, -1):
        for start in range(len(topic) - size + 1):
            name = topic[start : start + size]
            if _CJK_RUN.fullmatch(name) and name in before and name not in item:
                return True
    return False


def asks_whole(topic: str) -> bool:
    """True when ``topic`` asks for what a sentence names in clauses of their own (which
    things, a breakdown, the means): the answer is the sentence whole."""
    return bool(_BREAKDOWN.search(topic) or asks_means(topic) or _MANY.search(topic))


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text)]
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _asking(topic: str, vocabulary: Vocabulary) -> Matcher | None:
    """The matcher of ``topic``'s words, when it asks a figure, a date or a rate; else None."""
    expected = Expected.of(topic)
    if not (expected.number or expected.date or expected.rates):
        return None
    return Matcher(topic, vocabulary, expected)


def _answering(
    text: str, clauses: list[tuple[int, int]], topic: str, matcher: Matcher
) -> set[int] | None:
    """The clauses that state what ``topic`` asks for (its words read by ``matcher``), or None
    when none states it."""
    expected = matcher.expected
    # A figure the question states itself ("300万元以上标的…") describes, it does not answer.
    given = re.compile("|".join(map(re.escape, _FIGURE.findall(topic))) or r"(?!)")
    said = {
        i: matcher.weight(text[a:b])
        for i, (a, b) in enumerate(clauses)
        if expected.fits(given.sub("#", text[a:b]))
    }
    if not said:
        return None
    exact = any(expected.in_measure_asked(text[slice(*clauses[i])]) for i in said)
    if not any(said.values()) and not exact and expected.unit_word not in MONEY_WORDS:
        # "出了多少条意见建议" of "…共9件,出具各类意见建议73份": no clause names the thing, and
        # none counts in the very measure asked; the clause counting it in another does.
        counted = {
            i: matcher.weight(text[a:b])
            for i, (a, b) in enumerate(clauses)
            if _counts_word(text[a:b], matcher.weights)
        }
        if expected.unit_word in PEOPLE_WORDS:
            # ("工作室里安排了几人": people are counted by a figure of people, "工作人员3名",
            # not by one of the room the question names, "调解工作室1个".)
            counted = {i: w for i, w in counted.items() if i in said}
        top = max(counted.values(), default=0.0)
        said = {i: w for i, w in counted.items() if w == top} if top else said
    # Equal words, the clause saying more of the asked characters ("宣讲点" in "72个宣讲点位",
    # where "宣讲" alone ties it with "22人专业宣讲团").
    ranked = sorted(
        said, key=lambda i: (-said[i], -matcher.char_share(text[slice(*clauses[i])]), i)
    )
    best = ranked[0]
    best_text = text[slice(*clauses[best])]
    # "一共理了多少项": the clause naming the thing counts in another measure of the asked
    # one's family ("对25个部门权责清单…"); the clause beside it in the very measure asked
    # ("共梳理行政职权3415项") is the count asked.
    beside = [
        j
        for j in (best + 1, best - 1)
        if j in said
        and expected.in_measure_asked(text[slice(*clauses[j])])
        and not expected.in_measure_asked(best_text)
    ]
    # Figure clauses that name something asked which the clauses kept so far do not: "分别"/"各"
    # ask several figures, and "其中咨询815件" narrows the count the best clause gives.
    keep, named = {best, *beside[:1]}, set(matcher.hits(best_text))
    # "免掉多少费用": clauses the question's words fit alike and that open alike, parallel
    # ("减免公证费6700元", "减免现场费37200元"), each state part of what is asked.
    keep |= {
        i
        for i in said
        if said[i] == said[best] > 0 and text[slice(*clauses[i])][:2] == best_text[:2]
    }
    # "每类多少项": every figure of the asked kind is one of the counts asked.
    if any(counts_each(part) for part in _ASKED_CLAUSE.split(topic)):
        keep |= set(said)
    # "多少户…多少分…多少钱": a clause holding a figure of each measure asked is kept.
    measures = asked_measures(topic)
    if len(measures) > 1:
        keep |= {
            i for i, (a, b) in enumerate(clauses) if any(m.search(text[a:b]) for m in measures)
        }
    for i in ranked[1:]:
        new = set(matcher.hits(text[slice(*clauses[i])])) - named
        if new:
            keep.add(i)
            named |= new
    whole = matcher.weight(text)
    if best > 0 and whole and sum(said.get(i, 0.0) for i in keep) < 0.5 * whole:
        # "扩大法律援助范围，…代写文书95件": what is counted is named before the figure.
        keep.add(best - 1)
    return keep


def _joined(
    text: str, clauses: list[tuple[int, int]], keep: list[int], cut: dict[int, str] | None = None
) -> str:
    pieces: list[str] = []
    for n, i in enumerate(keep):
        a, b = clauses[i]
        piece = text[a:b]
        if cut and i in cut:
            pieces.append(cut[i] + ("…" if n + 1 < len(keep) else ""))
        elif n + 1 < len(keep) and keep[n + 1] == i + 1:
            pieces.append(piece)
        else:
            pieces.append(piece.rstrip(_CLOSING) + ("…" if n + 1 < len(keep) else ""))
    return "".join(pieces).strip(_CLOSING) or text.strip(_CLOSING)


def _whole(
    text: str, clauses: list[tuple[int, int]], topics: list[str], vocabulary: Vocabulary
) -> str:
    """The sentence, or around its best clause when it is long."""
    if len(text) <= LONG_SENTENCE:
        return text.rstrip(_CLOSING)
    weights = question_weights(" ".join(topics), vocabulary)
    scored = [sum(w for word, w in weights.items() if word in text[a:b]) for a, b in clauses]
    best = max(range(len(clauses)), key=lambda i: scored[i])
    first, last = max(0, best - 1), min(len(clauses) - 1, best + 1)
    snippet = text[clauses[first][0] : clauses[last][1]].strip(_CLOSING)
    return ("…" if first > 0 else "") + snippet + ("…" if last < len(clauses) - 1 else "")
