"""Whether a figure's touching noun ends with another count noun than the asked head
("问题173条" for 案卷, "执法活动10场次" for 专题培训). The answer turns on the lexicon of count
nouns and the families of measures they are counted in, not on the kinds the question names, so
it is read apart from ``CountedThing``'s reading of kinds, over the head and families it holds.
"""

from __future__ import annotations

from retrieval.answer.counted_words import bare_measure, counts_in, generic_nouns
from retrieval.answer.figure_nouns import count_noun_end
from retrieval.lexicons import LIGHT_HEADS, count_nouns
from retrieval.query.units import unit_family

__all__ = ["OtherHeads"]


class OtherHeads:
    """The rules on a touching noun's own count noun, read over the asked head that
    ``CountedThing`` sets: its forms, the count noun the lexicon knows it by, the families of
    measures it and the question are counted in, and the asked words."""

    head: str
    kinds: list[tuple[str, ...]]
    _head_forms: tuple[str, ...]
    _known_head: str | None
    _family: str | None
    _asked_family: str | None
    _generic_head: bool
    _asked_words: list[str]

    def _in_families(self, measure: str) -> bool:
        return counts_in(measure, self._family) or counts_in(measure, self._asked_family)

    def _kinds_in(self, clause: str) -> bool:
        return all(any(form in clause for form in forms) for forms in self.kinds)

    def _sibling(self, noun: str) -> bool:
        """True when ``noun`` is the asked kind of another thing: the asked words before a
        head of its own that shares no character with the asked one ("法治文化街" for
        法治文化长廊), where the lexicon knows neither."""
        rest = self._beyond_asked(noun)
        return (
            bool(rest) and rest != noun and noun.endswith(rest) and not set(rest) & set(self.head)
        )

    def _beyond_asked(self, text: str) -> str:
        """``text`` without the asked words, longest first."""
        for word in self._asked_words:
            text = text.replace(word, "")
        return text

    def _other_head(self, noun: str, clause: str, measure: str = "") -> bool:
        """True when ``noun`` ends with another count noun than the asked head, and ``clause``
        never names the asked head. A head that ends with a noun naming the whole family of
        its measure (人员, 单位: the first noun of its lexicon line) counts every kind of it
        ("干部" of 执法人员); a head the lexicon does not know ("执法证") is none of the
        things it knows, save the light and family-wide ones and those sharing a character
        with it ("意见书22份" counts no 执法证, "活动128场次" may count 宣传)."""
        nouns = count_nouns()
        if any(form in clause for form in self._head_forms):
            return False
        theirs = count_noun_end(noun)
        mine = self._known_head
        if theirs is None:
            if mine is None:
                return self._sibling(noun)
            # "合法性审查35次" for 合同: a thing the lexicon counts is not counted in another
            # family of measures than its own or the asked one ("参考人数32886人" names an
            # amount of its own).
            if bare_measure(measure) and not noun.endswith(("数", "量")):
                return not self._in_families(measure) or (
                    self._generic_head and not self._kinds_in(clause)
                )
            # "涉法事务15件" for 规范性文件: of the asked kind only where its clause says so.
            return self._generic_head and not self._kinds_in(clause)
        if theirs in LIGHT_HEADS:
            # "执法活动10场次" counts no 专题培训, a head the lexicon knows by name, while
            # "普法活动128场次" may count 普法宣传 (it names the asked kind) and "…等活动26场次"
            # the things listed before it.
            named = noun == theirs or any(form in noun for forms in self.kinds for form in forms)
            return mine is not None and mine not in LIGHT_HEADS and not named
        if mine is None:
            # "培训400余人次" may count the 参训 asked: a shared character may name it.
            return theirs not in generic_nouns() and not set(theirs) & set(self.head)
        if self._generic_head:
            # Another thing of the head's family ("合同协议50件" for 规范性文件) is of the asked
            # kind only where its clause says so.
            return theirs not in generic_nouns() and not self._kinds_in(clause)
        family = unit_family(nouns[theirs])
        # "问题173条" for 案卷: a measure of the touching noun's family that the asked head's
        # never counts in; or the very one the touching noun is counted in ("案件140件" for
        # 意见建议, whose family takes 件 too).
        # "问题33个", "行政许可案件" for 案卷: a thing of another line that names no asked word
        # ("热线问题730件" for 热线办件 names 热线) is another thing.
        foreign = self._beyond_asked(noun) == noun
        own = bare_measure(measure) == nouns[theirs]
        other_measure = counts_in(measure, family) and (own or not counts_in(measure, self._family))
        return family == self._family or foreign or other_measure
