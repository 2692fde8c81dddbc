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
from collections.abc import Sequence

from retrieval.answer.counted_nouns import GATHERING
from retrieval.answer.figure_nouns import count_noun_end, glued_verb, named_programme, word_forms
from retrieval.answer.matching import Matcher
from retrieval.answer.touching import REACH, WRAP, nounish, touching_nouns
from retrieval.lexicons import LIGHT_HEADS, count_nouns, matter_stage_of, stopwords
from retrieval.query.counted_part import asked_part
from retrieval.query.units import comparable_units
from retrieval.text.words import pos_tags
from retrieval.tuning import COMMON_IDF

__all__ = ["Kinds"]

# Nouns that gather, make countable or name an extent or area: no head of the asked thing.
# jieba tags 办理 a noun; it says what is done, not what is counted.
_NO_HEAD = LIGHT_HEADS | GATHERING | {"方面", "领域", "办理", "处理"}
_EXTENT = frozenset({"范围", "覆盖面"})
_AMOUNT = re.compile(r"(?<=..)(?:数量|量|数)$")
# "余件", "件次": the measure itself, without "about" or "times of".
_MEASURE_ONLY = re.compile(r"^[余多]|(?<=.)次$")
_PEOPLE = frozenset({"人", "名", "位"})
# Nouns of a group of people ("监督团", "宣讲队"): people counted of one are its members.
_GROUP = r"(?:团|队伍|队|小组|组)"
# Words joining two asked things ("A的X和B的Y"), or two names of one ("天气或灾害预警").
_JOINING = frozenset({"和", "与", "及", "跟", "同", "以及", "或", "或者"})


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
        # "热线去年办件": a time word names when, no part of the thing ("热线…办件").
        tagged = tuple((w, f) for w, f in tagged if f != "t")
        # "A的X和B的Y" asks each side its own thing: no one head judges both.
        joined = any(flag == "c" and w in _JOINING for w, flag in tagged)
        # "手里有执法证的人": a stop word ("手里") is no head, whatever jieba tags it.
        named = [nounish(w, f) and w not in _NO_HEAD and w not in stopwords() for w, f in tagged]
        at = max((i for i, yes in enumerate(named) if yes and not joined), default=-1)
        # "扫码入企覆盖面": the extent of a thing is no count of one kind; "执法人员参加考试多少
        # 名" counts its subject, not the last noun.
        if at >= 0 and (tagged[at][0] in _EXTENT or _clause_before(tagged[:at])):
            at = -1
        # "参加资格考试多少人" counts the people who took it: a measure asked of another
        # family than the last noun's says that noun is no counted head.
        asked_unit = matcher.expected.unit_word or None
        if at >= 0 and not comparable_units(asked_unit, _measure_of(tagged[at][0])):
            at = -1
        # "合同审查": an action named after its object counts what it is done to (合同), unless
        # the action is itself a thing counted (培训 of 执法人员培训).
        action = at > 0 and tagged[at][1] in ("v", "vn") and not count_noun_end(tagged[at][0])
        if action and named[at - 1] and count_noun_end(tagged[at - 1][0]):
            at -= 1
        elif action:
            # "热线办理数量": what is done counts whatever it is done to ("办理…问题730件").
            at = -1
        # "参训人次": person-times count who took part in something, named by no noun of people.
        if at >= 0 and asked_unit == "人次" and _measure_of(tagged[at][0]) != "人":
            at = -1
        # "中心组学习多少次": times counted after a verb count what is done, not the noun.
        done = any(f.startswith("v") and len(w) > 1 for w, f in tagged[at + 1 :])
        if at >= 0 and done and comparable_units(asked_unit, "次") and asked_unit:
            at = -1
        word = _AMOUNT.sub("", tagged[at][0]) if at >= 0 else ""
        # A head that ends with a count noun is named by it too ("专题会议": 委员会会议).
        forms = (*word_forms(word), count_noun_end(word))
        self.head = tuple(dict.fromkeys(f for f in forms if f))
        start = at
        while start > 0 and named[start - 1]:
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
        # Verbs said one after another ("排查化解") are one doing: a common one among them says
        # it in many ways too.
        # (A stage of a matter is written in any of its words: "办理" for 受理.)
        self.actions = [
            tuple(form for w in run for form in (*word_forms(w), *matter_stage_of(w)))
            for run in _verb_runs(tagged[at + 1 :] if at >= 0 else [])
            if all(matcher.weights.get(w, 0.0) > weight for w in run)
        ]
        # The measure that counts the asked head, when the lexicon knows it ("办件" → "件").
        self.measure = _measure_of(word)
        # What the asked phrase says before its head, verbs too ("认罪认罚" of 认罪认罚案件):
        # a report drops the head its measure names ("认罪认罚9件").
        self.elided = _elided(tagged[: max(at, 0)])
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
        if self.actions and _names(before[-REACH:], self.actions):
            return False
        # "“法治讲堂•逢九必讲”培训12期": the sessions of the programme the question quotes.
        if named_programme(before, self.asked):
            return False
        if self._elided_head(before, measure):
            return False
        runs = touching_nouns(before, after)
        if any(self._members(run, measure, after) for run in runs):
            return False
        return bool(runs) and all(
            self._other(run, measure, sentence) and not self._head_before(run, before)
            for run in runs
        )

    def _members(self, run: str, measure: str, after: str) -> bool:
        """True when people are counted of a group whose doing the asked members do: "组建20人
        社会监督团" counts 社会监督员, the 团's members."""
        grouped = re.match(rf"{re.escape(run)}{_GROUP}", after) is not None
        return (
            grouped
            and _same_measure(measure, "人")
            and any(
                head.endswith("员") and len(head) > 2 and head[:-1] in run for head in self.head
            )
        )

    def _head_before(self, run: str, before: str) -> bool:
        """True when the touching noun ends a compound the asked head begins: "出庭应诉1起"
        counts 出庭 though the run read off the figure is "应诉"."""
        tail = WRAP.sub("", before)
        return any(tail.endswith(head + run) for head in self.head)

    def _elided_head(self, before: str, measure: str) -> bool:
        """True when the figure follows what the asked phrase says before its head, in a
        measure of the head's family: "认罪认罚9件" counts 认罪认罚案件."""
        # "出庭应诉1起" counts 出庭应诉的案子 as "…9件" would: a measure of the head's family.
        bare = _MEASURE_ONLY.sub("", measure)
        kin = self.measure is not None and comparable_units(bare, self.measure)
        return kin and bool(self.elided) and WRAP.sub("", before).endswith(self.elided)

    def _other(self, run: str, measure: str, sentence: str) -> bool:
        if _names(run, [self.head]):
            return False
        # A figure in the asked head's own measure counts it where the touching noun keeps
        # the asked qualifiers ("行政许可208项" for 行政许可事项).
        same = self.measure is not None and _same_measure(measure, self.measure)
        # The words of a clause qualifying it count as its qualifiers ("政务热线上的办件":
        # "12345服务热线问题730件").
        qualifying = [*self.qualifiers, *self.clause]
        if same and qualifying and _names(run, qualifying):
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


def _elided(tagged: Sequence[tuple[str, str]]) -> str:
    """The last two words (of two or more characters) that run up to the head, a 的 right
    before it aside: "认罪认罚" of 认罪认罚的案件, "出庭应诉" of 负责人出庭应诉的案子 (a report
    names the doing, not always the doer); "" when there are none."""
    words: list[str] = []
    tagged = tagged[:-1] if tagged and tagged[-1][0] == "的" else tagged
    for word, flag in reversed(tagged):
        if len(word) < 2 or flag in ("c", "uj", "x", "p", "m") or len(words) == 2:
            break
        words.append(word)
    return "".join(reversed(words))


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
    object_follows = len(words) > 1 and nounish(*words[1])
    # "服务的企业": a verb used as a noun (vn) alone is a bare verb too.
    bare = len(words) == 1 and words[0][1] in ("v", "vn")
    if words and words[0][1].startswith("v") and (object_follows or bare or words[0][1] == "v"):
        words = words[1:]
    return [w for w, _ in words]


def _clause_before(tagged: Sequence[tuple[str, str]]) -> bool:
    """True when a noun and a verb come after the last "的" of ``tagged``: the last noun is
    a verb's object ("执法人员参加资格考试"), not the counted head."""
    cut = max((i + 1 for i, (w, _) in enumerate(tagged) if w == "的"), default=0)
    rest = tagged[cut:]
    verbs = [i for i, (_, f) in enumerate(rest) if f.startswith("v") and f != "vn"]
    return bool(verbs) and any(nounish(*pair) for pair in rest[: verbs[-1]])


def _verb_runs(tagged: Sequence[tuple[str, str]]) -> list[list[str]]:
    """The verbs of two characters or more in ``tagged``, those said one after another in one
    run."""
    runs: list[list[str]] = []
    joined = False
    for word, flag in tagged:
        verb = flag.startswith("v") and len(word) > 1
        if verb and joined:
            runs[-1].append(word)
        elif verb:
            runs.append([word])
        joined = verb
    return runs


def _names(text: str, groups: Sequence[tuple[str, ...]]) -> bool:
    return any(form in text for group in groups for form in group)
