"""How much of a question a stretch of report text says: weighted words, characters, figures."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property

from retrieval.answer.qualifiers import held_forms, people_qualifier
from retrieval.lexicons import LIGHT_HEADS, whole_nouns
from retrieval.query.bodies import BODY_CLASSES, names_body
from retrieval.query.counted_part import asked_part
from retrieval.query.expected import Expected, measure_words
from retrieval.query.frames import without_frames
from retrieval.query.units import PEOPLE_WORDS
from retrieval.query.weights import content_chars, question_weights, unknown_words
from retrieval.query.windows import figure_windows
from retrieval.text.lexicon import SYNONYM_HIT, synonyms
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

__all__ = ["UNBOUND", "Matcher"]


class Matcher:
    """Measures how much of one question a text says.

    Args:
        topic: the question with region and year mentions removed.
        lexical: the lexical index.
        expected: what the question asks for.
        alternatives: other names the question gives in brackets, by the name they follow
            ("村（社区）": 村 → 社区); the words that end that name take them as synonyms.
    """

    def __init__(
        self,
        topic: str,
        lexical: Vocabulary,
        expected: Expected,
        alternatives: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        # The asked measure ("钱" of "多少钱") says what kind of figure answers, which
        # ``Expected.fits`` checks; like "人" or "件" it names no topic a sentence should share.
        # Every measure asked ("多少分、多少钱") is no topic word either.
        measures = {expected.unit_word, *measure_words(topic)}
        if expected.unit_word == "元":
            # ("减免的钱一共多少": money named by 钱 is its measure, as "多少钱" is.)
            measures.add("钱")
        if expected.body:
            # "那个监督机构叫啥": a body's name says what kind of body it is ("…监督局").
            measures |= set(BODY_CLASSES.split("|"))
        weighed = question_weights(without_frames(topic), lexical)
        self.weights = {
            word: _light(word, weight, weighed)
            for word, weight in weighed.items()
            if word not in measures
        }
        self.total = sum(self.weights.values())
        self.forms = [
            (word, synonyms(word) + _alternatives(topic, word, alternatives or {}))
            for word in self.weights
        ]
        self.chars = [
            c for c in content_chars(_reports_words(topic, weighed, lexical)) if c not in measures
        ]
        self.expected = expected
        # Pieces of a longer question word ("执法", "人员" of "执法人员") are not counted again,
        # or a head noun would outweigh the words that restrict it.
        self._heads = {
            word: weight
            for word, weight in self.weights.items()
            if not any(word in other and word != other for other in self.weights)
        }
        known = [w for w in self._heads if len(w) > 1 and lexical.knows(w)]
        self._core = max(known, key=self._heads.__getitem__, default="")
        asked = asked_part(topic)
        self._asked = self if asked == topic else Matcher(asked, lexical, expected, alternatives)
        self._lexical = lexical
        self._topic = topic

    @cached_property
    def counts_unknown(self) -> bool:
        """True when the thing counted, the last word of the counted phrase ("收入" of
        "财政收入多少"), is a word no report uses: no report can state a figure for it. An
        unknown word before it ("以讲道理…的方式执法") only describes what is counted; an
        unknown body (``unknown_body``) did what no report counts."""
        if self.unknown_body:
            return True
        asked = self._asked
        topic = asked._topic
        unknown = unknown_words(topic, self._lexical, asked.weights)
        if not unknown:
            return False
        last = max(topic.rfind(word) + len(word) for word in unknown)
        known = [w for w in asked.weights if len(w) > 1 and w not in unknown]
        if not known or all(topic.rfind(word) + len(word) <= last for word in known):
            return True
        # "行政赔偿案件": an unknown word right before a noun that names every thing of its
        # measure (案件, 事项: ``whole_nouns``) says which kind, and no report names that kind;
        # before a noun of its own ("摆平纠纷") it is the asker's word for the doing.
        return self.unknown_kind

    @cached_property
    def unknown_body(self) -> bool:
        """True when the question names a body no report names ("公安局办了多少案件"): what it
        did is stated nowhere, and another body's figure is no answer."""
        # (The whole question: the body may be named before the part counted.)
        unknown = unknown_words(self._topic, self._lexical, self.weights)
        return any(len(word) > 2 and names_body(word) for word in unknown)

    @cached_property
    def unknown_kind(self) -> bool:
        """True when a word no report uses says which kind of a noun naming every thing of its
        measure is counted ("行政赔偿案件"): no report names that kind."""
        asked = self._asked
        topic = asked._topic
        unknown = unknown_words(topic, self._lexical, asked.weights)
        known = [w for w in asked.weights if len(w) > 1 and w not in unknown]
        if not unknown or not known:
            return False
        head = max(known, key=lambda word: topic.rfind(word) + len(word))
        if head in whole_nouns().values() and any(
            len(word) > 1 and f"{word}{head}" in topic for word in unknown
        ):
            return True
        # "禁毒宣传开展了几场": an unknown word compounded onto a doing said as a noun (宣传,
        # 培训) says what the doing is about, which no report names either.
        return any(
            len(word) > 1 and f"{word}{doing}" in topic and dict(pos_tags(doing)).get(doing) == "vn"
            for word in unknown
            for doing in known
        )

    def __getstate__(self) -> dict[str, object]:
        # Sent to the processes that share a question about every report (``answer.shards``):
        # the index stays here, and the one thing read from it later is read now.
        _ = (
            self.counts_unknown,
            self.unknown_kind,
            self.unknown_body,
            self.counted_noun,
            self.restricting,
        )
        return {k: v for k, v in self.__dict__.items() if k != "_lexical"}

    @property
    def core(self) -> str:
        """The question's weightiest word that the reports use ("" when none)."""
        return self._core

    def misses_counted(self, text: str) -> bool:
        """True when ``text`` says nothing of the noun the question counts (``counted_noun``):
        neither it, a synonym, nor two of its characters together ("资格…人员" says nothing
        of 网格员)."""
        head = self.counted_noun
        if not head or head in self._asked.hits(text):
            return False
        return not any(head[i : i + 2] in text for i in range(len(head) - 1))

    @cached_property
    def counted_noun(self) -> str:
        """The last noun of the counted phrase that the reports use ("网格" of "网格员多少个";
        "党政主要负责人参加了" counts 负责人, whatever they did), or ""."""
        asked = self._asked
        known = [
            w
            for w in asked._heads
            if len(w) > 1
            and self._lexical.knows(w)
            and dict(pos_tags(w)).get(w, "").startswith("n")
        ]
        return max(known, key=lambda word: asked._topic.rfind(word) + len(word), default="")

    @cached_property
    def restricting(self) -> tuple[str, ...]:
        """The doing a people count is restricted by with 的, in each word the question or the
        lexicon gives it ("持证的执法人员", "移送（上报）的"), or (): things are said done in
        many words ("举办" or "开展" a 讲座)."""
        if self.expected.unit_word not in PEOPLE_WORDS:
            return ()
        qualifier = people_qualifier(self._topic)
        if not qualifier:
            return ()
        others = dict(self.forms).get(qualifier, synonyms(qualifier))
        return (qualifier, *others, *held_forms(qualifier))

    @property
    def heads(self) -> dict[str, float]:
        """The question's words without the pieces of longer ones ("执法" of "执法人员")."""
        return self._heads

    def hits(self, text: str) -> dict[str, float]:
        """Question words present in ``text`` (1) or only as a synonym (``SYNONYM_HIT``)."""
        # ``lexicon.contains`` inlined: questions about every report call this per sentence.
        found = {}
        for word, others in self.forms:
            if word in text:
                found[word] = 1.0
            elif others and any(other in text for other in others):
                found[word] = SYNONYM_HIT
        return found

    def misses_core(self, text: str) -> bool:
        """True when ``text`` says nothing of the question's weightiest report word: neither
        it, a synonym, nor most of its characters ("全年接收行政复议案件38件" for lawsuits,
        行政诉讼). Such a sentence shares only the question's lighter words, by chance."""
        core = self._core
        if not core or core in self.hits(text):
            return False
        # ("网格员" in "资格…人员": its characters apart, in other words, say nothing of it.)
        apart = len(core) > 2 and not any(core[i : i + 2] in text for i in range(len(core) - 1))
        return apart or sum(c in text for c in set(core)) * 2 <= len(set(core))

    def weight(self, text: str) -> float:
        """Weight of the question words ``text`` says."""
        return sum(self.weights[word] * hit for word, hit in self.hits(text).items())

    def char_share(self, text: str, hits: dict[str, float] | None = None) -> float:
        """Share of the question's content characters in ``text`` or in words it says.

        Characters catch paraphrases that share no whole word ("持有执法证" ~ "持证"); a word
        matched through a synonym ("村民" by "群众") says its characters too.
        """
        if not self.chars:
            return 0.0
        said = "".join(self.hits(text) if hits is None else hits)
        return sum(c in text or c in said for c in self.chars) / len(self.chars)

    def bound(self, text: str) -> float:
        """Share of what ``text`` says of the counted thing that sits around one of its figures.

        A figure answers only when it counts what is asked: "组织25名行政执法人员参加资格考试，…
        实现执法人员持证上岗全覆盖" names 持证 and 执法人员, but its figure counts exam takers,
        not "持证执法人员". Only the counted phrase of the question is weighed (``asked_part``):
        who or why may be said in another clause.

        Returns:
            The best figure window's (word + character) coverage of the counted thing over the
            whole text's: 0.0 when the text never names it or has no figure of the asked kind,
            1.0 when the question names nothing to count ("那叶城县呢？").
        """
        if not self._asked.weights and not self._asked.chars:
            return 1.0
        return max(self.window_bounds(text), default=0.0)

    def window_bounds(self, text: str) -> list[float]:
        """``bound`` read from each figure window of ``text`` (``figure_windows`` order).

        Returns:
            One share per window: all 1.0 when the question names nothing to count, none
            when ``text`` never names the counted thing.
        """
        windows = figure_windows(text, self.expected.unit)
        asked = self._asked
        if not asked.weights and not asked.chars:
            return [1.0] * len(windows)
        heads = asked._heads
        total = sum(heads.values()) or 1.0

        def said(part: str) -> float:
            hits = asked.hits(part)
            words = sum(heads[word] * hit for word, hit in hits.items() if word in heads)
            return words / total + asked.char_share(part, hits)

        whole = said(text)
        if not whole:
            return []
        # "持证的执法人员": a window not saying the restricting doing counts others
        # ("组织25名行政执法人员参加资格考试").
        forms = self.restricting
        return [
            said(w) / whole if not forms or any(f in w for f in forms) else UNBOUND for w in windows
        ]


# A window's bound when it does not say the doing the counted noun is restricted by: it
# counts others, whatever else it names.
UNBOUND = -1.0


def _reports_words(topic: str, words: Iterable[str], lexical: Vocabulary) -> str:
    """``topic`` with each word no report uses put in the reports' own word for it ("案子" →
    "案件"): the characters a window is read for are those the reports write."""
    for word in words:
        if len(word) < 2 or lexical.idf(word):
            continue
        used = [s for s in synonyms(word) if lexical.idf(s)]
        if used:
            topic = topic.replace(word, min(used, key=lexical.idf))
    return topic


def _alternatives(topic: str, word: str, names: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The bracketed alternatives of the name ``word`` ends (or spans the end of) in ``topic``."""
    found: tuple[str, ...] = ()
    at = topic.find(word)
    for name, others in names.items():
        end = topic.find(name) + len(name)
        # The word covers the name's last character ("案卷量" of "执法案卷（文书）量").
        if at >= 0 and end > 0 and at <= end - 1 < at + len(word):
            found += others
    return found


def _light(word: str, weight: float, weighed: Mapping[str, float]) -> float:
    """A light head ("普法活动": 活动) names no thing beside the words before it: a sentence
    saying those ("开展普法宣传400余场次") says what is asked, whatever it calls it."""
    if word in LIGHT_HEADS and len(weighed) > 1:
        return weight / 2
    return weight
