"""Whether a figure counts another kind of thing than the one asked, read from the nouns that
touch it.

Chinese names what a figure counts right before it ("出具法律意见书21份") or right after its
measure ("4个行政处罚案件入选…"), and puts the counted thing last in the asked phrase (the head:
合同 of "审查的合同", 案件 of "法律援助案件"). A figure whose touching noun does not name the head
counts something else ("法律意见书21份" is no count of 合同, "普法考试248场次" none of 普法宣传),
unless the report names the head its own way in the head's own measure (``count_nouns.txt``:
"群众诉求520余件" in a sentence of the 12345 hotline counts its 办件). The nouns compounded with
the head and a clause qualifying it are named around the figure: "行政处罚案件" keeps the head of
法律援助案件 but not what makes it one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from retrieval.answer.adjacent import LINK, SHORT_BRACKET
from retrieval.answer.counted import GATHERING, count_noun_end, word_forms
from retrieval.answer.figure_nouns import glued_verb, named_programme
from retrieval.answer.matching import Matcher
from retrieval.lexicons import LIGHT_HEADS, count_nouns
from retrieval.query.expected import asked_part, comparable_units
from retrieval.text.words import pos_tags
from retrieval.tuning import COMMON_IDF

__all__ = ["Kinds"]

# What wraps a noun.
_WRAP = re.compile(r"[“”\"'《》]")
# A bracketed alternative of a noun's last characters ("图书室(角)": 图书角).
_ALTERNATIVE = re.compile(SHORT_BRACKET)
# Nouns that gather, make countable or name an extent or area: no head of the asked thing.
_NO_HEAD = LIGHT_HEADS | GATHERING | {"方面", "领域"}
_EXTENT = frozenset({"范围", "覆盖面"})
_AMOUNT = re.compile(r"(?<=..)(?:数量|量|数)$")
# "余件", "件次": the measure itself, without "about" or "times of".
_MEASURE_ONLY = re.compile(r"^[余多]|(?<=.)次$")
_PEOPLE = frozenset({"人", "名", "位"})
# Words joining two asked things ("A的X和B的Y").
_JOINING = frozenset({"和", "与", "及", "跟", "同", "以及"})
_CJK = re.compile(r"[\u4e00-\u9fff]")
# How much of a clause around a figure is read for its noun: a noun phrase is short.
_REACH = 12


def _nounish(word: str, flag: str) -> bool:
    """A word that may name a thing: a noun, or a set phrase ending with one ("意见建议")."""
    if len(word) < 2:
        return False
    named = flag.startswith("n") or flag in ("vn", "s") or word in count_nouns()
    return named or (flag == "l" and count_noun_end(word) is not None)


def _run(words: Iterable[tuple[str, str]]) -> list[str]:
    """The leading noun-like words of ``words``."""
    run = []
    for word, flag in words:
        if not _nounish(word, flag):
            break
        run.append(word)
    return run


def _suffixed(tagged: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """``tagged`` with a last one-character word joined to the noun before it ("便民服务" +
    "站"): jieba cuts such suffixes off the nouns they end."""
    words = list(tagged)
    suffix = len(words) > 1 and len(words[-1][0]) == 1 and words[-1][1][0] in "nvaz"
    if suffix and _nounish(*words[-2]):
        words[-2:] = [(words[-2][0] + words[-1][0], "n")]
    return words


def _counted_verb(word: tuple[str, str], after: str) -> bool:
    """A verb a measure counts, no object after the figure ("留言7条。", "申请1件，"), is used
    as a noun; one before "258项县级…事项" governs the object that follows."""
    text, flag = word
    return len(text) > 1 and flag.startswith("v") and not _CJK.match(after)


def touching_nouns(before: str, after: str) -> list[str]:
    """The noun phrases touching a figure: the one ending right before its number (links and
    quotes aside) and the one starting right after its measure. A bracketed alternative is
    read both ways ("法律图书室(角)" is "法律图书室 法律图书角")."""
    tail = LINK.sub("", _WRAP.sub("", before[-_REACH:]))
    bracket = _ALTERNATIVE.search(tail)
    alternative = ""
    if bracket and bracket.end() == len(tail):
        tail = tail[: bracket.start()]
        alternative = tail[: -len(bracket.group(1))] + bracket.group(1)
    ahead = _WRAP.sub("", after[:_REACH])
    tagged = _suffixed(pos_tags(tail))
    run = "".join(reversed(_run(reversed(tagged))))
    if not run and tagged and _counted_verb(tagged[-1], after):
        run = tagged[-1][0]
    if run and alternative:
        run = f"{run} {alternative[-len(run) :]}"
    runs = [run, *_listed_before(tail, run), "".join(_run(pos_tags(ahead)))]
    return [run for run in runs if run]


def _listed_before(tail: str, run: str) -> list[str]:
    """The nouns listed with ``run`` before it ("专题学法、法治讲座2场次"): the figure after a
    list counts its items together, each of them as much as the last."""
    listed: list[str] = []
    rest = tail[: -len(run)] if run and tail.endswith(run) else ""
    while rest.endswith("、"):
        rest = rest[:-1]
        item = "".join(reversed(_run(reversed(_suffixed(pos_tags(rest))))))
        if not item:
            break
        listed.append(item)
        rest = rest[: -len(item)]
    return listed


class Kinds:
    """The asked thing: its head (the last noun of the counted phrase: Chinese puts the counted
    thing last), the nouns compounded with it and the rare words of a clause qualifying it.

    Args:
        matcher: the question's words with their forms and weights.
        asked: the asked thing as a question ("法律援助案件多少件").
    """

    def __init__(self, matcher: Matcher, asked: str) -> None:
        # "办件量", "企业数": the amount of a thing counts that thing.
        tagged = pos_tags(_AMOUNT.sub("", asked_part(asked)))
        # "A的X和B的Y" asks each side its own thing: no one head judges both.
        joined = any(flag == "c" and w in _JOINING for w, flag in tagged)
        nounish = [_nounish(w, f) and w not in _NO_HEAD for w, f in tagged]
        at = max((i for i, yes in enumerate(nounish) if yes and not joined), default=-1)
        # "扫码入企覆盖面": the extent of a thing is no count of one kind; "执法人员参加考试多少
        # 名" counts its subject, not the last noun.
        if at >= 0 and (tagged[at][0] in _EXTENT or _clause_before(tagged[:at])):
            at = -1
        # "参加资格考试多少人" counts the people who took it: a measure asked of another
        # family than the last noun's says that noun is no counted head.
        if at >= 0 and not comparable_units(
            matcher.expected.unit_word or None, _measure_of(tagged[at][0])
        ):
            at = -1
        word = _AMOUNT.sub("", tagged[at][0]) if at >= 0 else ""
        # A head that ends with a count noun is named by it too ("专题会议": 委员会会议).
        forms = (*word_forms(word), count_noun_end(word))
        self.head = tuple(dict.fromkeys(f for f in forms if f))
        start = at
        while start > 0 and nounish[start - 1]:
            start -= 1
        weight = matcher.weights.get(word, 0.0)
        # The nouns compounded with the head ("法律援助" of 法律援助案件) are each named, but
        # for one far more common than the head (法律 of 法律建议) that names no kind of it.
        self.qualifiers = [
            word_forms(w)
            for w, _ in tagged[max(start, 0) : max(at, 0)]
            if matcher.weights.get(w, 0.0) * 2 > weight
        ]
        # A verb written onto the noun phrase ("持证执法人员") says which of them count, and
        # only in the figure's own clause: "组织25名执法人员参加考试，…持证上岗" counts no
        # certified staff.
        self.glued = [word_forms(w) for w in glued_verb(tagged[: max(at, 0) + 1])]
        # A clause qualifying it ("开展法治体检的企业"): one of its rare words is named, its
        # leading verb aside ("研究法治建设的会议", "举办的讲座": reports say the action
        # otherwise).
        clause = _clause(tagged[: start - 1]) if start > 0 and tagged[start - 1][0] == "的" else []
        self.clause = [word_forms(w) for w in clause if matcher.weights.get(w, 0.0) > COMMON_IDF]
        # A verb after the head rarer than the head restricts which of them count ("复议纠错了
        # 几件": "接收行政复议案件38件" counts no corrections); a common one ("纠纷化解了") is
        # said in many ways.
        self.actions = [
            word_forms(w)
            for w, f in tagged[at + 1 :]
            if at >= 0 and f.startswith("v") and len(w) > 1 and matcher.weights.get(w, 0.0) > weight
        ]
        # The measure that counts the asked head, when the lexicon knows it ("办件" → "件").
        self.measure = _measure_of(word)
        self.asked = asked

    def other(self, before: str, after: str, measure: str, sentence: str, heading: str) -> bool:
        """True when a figure counts another kind of thing than the asked one (see the
        module's docstring).

        Args:
            before: the figure's clause up to its number.
            after: the clause after the figure's measure.
            measure: the figure's measure word ("件").
            sentence: the figure's sentence.
            heading: its section's titles and its passage.
        """
        if not self.head:
            return False
        # A figure counts the asked thing where what qualifies it is named around it: "企业
        # 1856户" in a sentence of 检查码库 counts no 开展法治体检的企业.
        context = f"{heading} {sentence}"
        if not all(_names(context, [q]) for q in self.qualifiers):
            return True
        if self.clause and not _names(context, self.clause):
            return True
        # A rate's verb ("调解成功率") names what the sentence measures: "调解矛盾纠纷5726件，
        # 成功率达100%"; a head the sentence named with the verb ("行政执法案卷评查机制，…
        # 抽查案卷126件") is that one again.
        scope = f"{before} {after}" if measure else sentence
        compounded = any(
            f"{verb}{head}" in sentence
            for forms in self.glued
            for verb in forms
            for head in self.head
        )
        if self.glued and not (compounded or _names(scope, self.glued)):
            return True
        if self.actions and not _names(context, self.actions):
            return True
        # "纠错行政行为3件": the asked action right before the figure says what it counts.
        if self.actions and _names(before[-_REACH:], self.actions):
            return False
        # "“法治讲堂•逢九必讲”培训12期": the sessions of the programme the question quotes.
        if named_programme(before, self.asked):
            return False
        runs = touching_nouns(before, after)
        return bool(runs) and all(self._other(run, measure, sentence) for run in runs)

    def _other(self, run: str, measure: str, sentence: str) -> bool:
        if _names(run, [self.head]):
            return False
        # A figure in the asked head's own measure counts it where the touching noun keeps
        # the asked qualifiers ("行政许可208项" for 行政许可事项).
        same = self.measure is not None and _same_measure(measure, self.measure)
        if same and self.qualifiers and _names(run, self.qualifiers):
            return False
        head = count_noun_end(run)
        if (
            self.measure is None
            and head is not None
            and _same_measure(measure, count_nouns()[head])
        ):
            # A head the lexicon does not count ("12345热线") is counted by the things its
            # sentence counts in their own measure ("…便民热线…，群众诉求520余件").
            return not _names(sentence, [self.head])
        if not same or head is None:
            # Another noun touching the figure counts another thing ("普法考试248场次" for
            # 宣传, "行政许可案件9691件" for 事项 counted in 项).
            return True
        # The report's own name for a thing counted in the asked head's measure ("群众诉求
        # 520余件" for 办件), in a sentence naming what the question asks ("…热线…").
        return not _names(sentence, [self.head, *self.qualifiers])


def _measure_of(noun: str) -> str | None:
    """The measure the lexicon counts ``noun`` in ("考试" → 次), None when it knows none."""
    head = count_noun_end(_AMOUNT.sub("", noun))
    return count_nouns()[head] if head else None


def _same_measure(measure: str, asked: str) -> bool:
    """Whether a figure's measure ("余件", "件次", "名") is the asked head's ("件", "人")."""
    measure = _MEASURE_ONLY.sub("", measure)
    return measure == asked or {measure, asked} <= _PEOPLE


def _clause(tagged: Sequence[tuple[str, str]]) -> list[str]:
    """The words of the clause right before "的" (from its last joint on), its leading verb
    aside: "举办的讲座" is any 讲座 a report names, "开展法治体检的企业" one of 法治体检."""
    cut = max((i + 1 for i, (w, f) in enumerate(tagged) if f in ("c", "uj", "x")), default=0)
    words = list(tagged[cut:])
    # A verb with its object ("研究法治建设"), or a bare verb ("举办的"), leads the clause.
    object_follows = len(words) > 1 and _nounish(*words[1])
    if words and words[0][1].startswith("v") and (object_follows or words[0][1] == "v"):
        words = words[1:]
    return [w for w, _ in words]


def _clause_before(tagged: Sequence[tuple[str, str]]) -> bool:
    """True when a noun and a verb come after the last "的" of ``tagged``: the last noun is
    a verb's object ("执法人员参加资格考试"), not the counted head."""
    cut = max((i + 1 for i, (w, _) in enumerate(tagged) if w == "的"), default=0)
    rest = tagged[cut:]
    verbs = [i for i, (_, f) in enumerate(rest) if f.startswith("v") and f != "vn"]
    return bool(verbs) and any(_nounish(*pair) for pair in rest[: verbs[-1]])


def _names(text: str, groups: Sequence[tuple[str, ...]]) -> bool:
    return any(form in text for group in groups for form in group)
