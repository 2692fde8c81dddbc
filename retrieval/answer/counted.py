"""What a figure read across reports counts: the nouns of the asked phrase, and the figures
whose touching noun counts something else.

A ranking or a table reads every report for the same thing, so each report's figure must name
what it counts: "网格员配备多少" is no count of the 人员 another sentence 配备s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.answer.counted_nouns import (
    GATHERING,
    MEASURE_NOUN,
    counted_head,
    counts_people_at,
)
from retrieval.answer.counted_words import (
    counts_in,
    doings_before,
    generic_nouns,
    last_measure,
    said_in,
)
from retrieval.answer.figure_nouns import (
    carried_noun,
    compounded,
    count_noun_end,
    glued_verb,
    named_programme,
    nounlike,
    recut,
    touching_noun,
    word_forms,
)
from retrieval.answer.other_heads import OtherHeads
from retrieval.lexicons import count_nouns
from retrieval.query.counted_part import asked_part
from retrieval.query.expected import Expected
from retrieval.query.units import unit_family
from retrieval.query.windows import figure_clauses
from retrieval.text.numbers import measure_after, numbers_in
from retrieval.text.words import pos_tags, tokenize

__all__ = ["CountedThing"]

_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,}")


class CountedThing(OtherHeads):
    """The noun a count question counts, split into its head ("案件" of "法律援助案件") and the
    nouns that say which kind (法律援助), to tell a figure that counts another thing.

    Chinese puts the counted noun right before a figure ("受理法律援助案件543件") or right
    after its measure ("4个行政处罚案件入选"). A figure whose touching noun has the asked
    head but a kind of its own while the clause names none of the asked kind ("行政处罚案件"
    for 法律援助案件, "工作人员" for 法制审核人员), or whose touching noun is another countable
    thing of the same measure ("案件" for 案卷) while the clause never names the asked one,
    counts something else. A noun the reports name differently ("群众诉求" for 热线办件) has
    no count noun of the asked measure's family against it and is kept.
    """

    def __init__(
        self, asked: str, alternatives: Sequence[str] = (), unit_word: str | None = None
    ) -> None:
        """``unit_word``: the measure the question asks ("次" of 多少次), when the caller has
        read it already (``Expected.unit_word``)."""
        tagged = compounded(recut(pos_tags(asked_part(asked))))
        # "服务的企业": what was done to the thing is no kind of it.
        done_to = doings_before(tagged)
        nouns = [
            word
            for word, flag in tagged
            # jieba tags some count nouns as adjectives (合同: a); a verb (考试) stays one.
            if word not in done_to
            and (nounlike(flag) or (word in count_nouns() and not flag.startswith("v")))
            and len(word) > 1
            and word not in GATHERING
            and not MEASURE_NOUN.fullmatch(word)
        ]
        asked_unit = Expected.of(asked).unit_word if unit_word is None else unit_word
        self.head = counted_head(nouns, tagged, asked_unit)
        self._glued = [word_forms(word) for word in glued_verb(tagged)]
        self.kinds = [*self._glued, *(word_forms(word) for word in nouns[:-1])]
        self._head_forms = word_forms(self.head) if self.head else ()
        # A head the lexicon knows by another of its names ("卷宗": 案卷).
        known = (count_noun_end(form) for form in self._head_forms)
        self._known_head = next((end for end in known if end), None)
        self._family = unit_family(count_nouns().get(self._known_head or ""))
        # "案子" names every case as its synonym 案件 does.
        self._generic_head = self._known_head is not None and bool(
            generic_nouns() & {self._known_head, *word_forms(self._known_head)}
        )
        # "培训执法人员的次数": the measure asked counts what the head is in.
        self._asked_family = unit_family(asked_unit or None)
        money = self._asked_family is not None and self._asked_family == unit_family("元")
        if money and self._family is not None and self._family != self._asked_family:
            # "减免责案件减免金额多少": a sum of money of the cases, no count of them (件).
            self.head, self._head_forms = "", ()
        elif counts_people_at(asked_unit, self._family):
            # "法治讲座覆盖多少人次": people, whoever they are ("干部职工500余人次"), at a
            # thing counted otherwise (讲座 in 场次), which is no count of them.
            self.head, self._head_forms = "", ()
        # "法律知识讲座" for 法治讲座: a kind sharing a character with the asked one may be it.
        self._kin = frozenset(char for forms in self.kinds for form in forms for char in form)
        asked_words = {form for word in nouns for form in word_forms(word)}
        asked_words.update(form for forms in self.kinds for form in forms)
        # "行政复议" shares 行政 with the asked 行政诉讼, and adds 复议: the words of a compound
        # are asked words too, or the one it shares would make it kin.
        asked_words.update(p for word in list(asked_words) for p in tokenize(word) if len(p) > 1)
        # The asked verb read onto the noun ("发放宣传资料6000余份" for 发放的资料) is the
        # action asked, no kind of its own.
        asked_words.update(word for word, flag in tagged if flag.startswith("v") and len(word) > 1)
        self._asked_words = sorted(asked_words, key=len, reverse=True)
        # The second name the question gives in brackets ("网格员（调解员）") names it too.
        self._alternatives = tuple(alternatives)
        self._asked = asked

    def other(
        self,
        clause: str,
        before: str,
        after: str,
        earlier: str = "",
        measure: str = "",
        later: str = "",
    ) -> bool:
        """True when the figure between ``before`` and ``after`` (both within ``clause``)
        counts another thing than the asked one; ``earlier`` is its sentence before
        ``clause``, ``later`` the sentence after it, ``measure`` the figure's measure word."""
        if not self.head or named_programme(before, self._asked) or self._done(before):
            return False
        nouns, acted = touching_noun(before, after)
        if not nouns and last_measure(before) == measure:
            # "16件民事案件已履行14件": a figure of no noun of its own counts again what the
            # figure before it in its clause counts, in the same measure ("957户群众赋分
            # 72740分" counts points, no households); else what the clause before counts.
            nouns, acted = carried_noun(before)
        if not nouns:
            nouns, acted = carried_noun(earlier)
        # "法律图书室(角)": a noun read with its bracketed ending is the other name it gives.
        return bool(nouns) and all(
            self._other_noun(noun, acted, clause, earlier, measure, later) for noun in nouns
        )

    def counts_others_only(self, text: str, unit: re.Pattern[str]) -> bool:
        """True when ``text`` names the asked head and every figure of it in the asked measure
        counts another kind of that head ("接收行政复议案件38件" asked of 行政诉讼案件). A
        sentence that never names the head may name the thing its own way ("办件量" for 业务)."""
        if not any(form in text for form in self._head_forms):
            return False
        if self._kinds_listed(text):
            return True
        counted = []
        clauses = figure_clauses(text, unit)
        for mention in numbers_in(text):
            measure = measure_after(text, mention.end)
            span = next(((a, b) for a, b in clauses if a <= mention.start < b), None)
            if span is None or mention.percent or not unit.search(mention.raw + measure):
                continue
            start, end = span
            after = text[mention.end + len(measure) : end]
            before = text[start : mention.start]
            # "资格考试2次,216人取得执法证": the kind may be named after the figure's clause.
            clause, earlier, later = text[start:end], text[:start], text[end:]
            counted.append(self.other(clause, before, after, earlier, measure, later))
        return bool(counted) and all(counted)

    def _kinds_listed(self, text: str) -> bool:
        """True when ``text`` names the head two times or more, each after a noun of its own
        ("工作经费…、普法经费3万元、法律顾问经费8万元"), and never the asked kind: it lists the
        other kinds of the head, whatever characters they share with the asked one."""
        if not self.kinds or any(form in text for forms in self.kinds for form in forms):
            return False
        words = pos_tags(text)
        after = [
            words[i - 1][1] for i, (word, _) in enumerate(words) if i and word in self._head_forms
        ]
        return len(after) >= 2 and all(flag.startswith(("n", "vn")) for flag in after)

    def _done(self, before: str) -> bool:
        """True when the figure follows a doing the question asks the amount of ("办结量":
        "…，办结37082件"): it counts that doing, whatever noun the clause before names."""
        doing = before[-2:]
        tags = pos_tags(doing) if len(doing) == 2 and doing in self._asked else ()
        return (len(tags) == 1 and tags[0][1] == "v") or bool(self._done_to(before))

    def done_to(self, before: str, said: str) -> bool:
        """True when the figure after ``before`` counts what the doing the asked head ends
        with was done to ("人民调解": "调解矛盾纠纷85件" counts mediations, one a dispute each),
        and ``said`` (its sentence and section) names the rest of the head (人民)."""
        doing = self._done_to(before)
        return bool(doing) and self.head[: -len(doing)] in said

    def _done_to(self, before: str) -> str:
        """The doing the asked head ends with, where ``before`` ends with it and its object
        ("调解矛盾纠纷"); else ""."""
        tagged = pos_tags(before[-12:])
        verbs = [i for i, (_, flag) in enumerate(tagged) if flag == "v"]
        if not verbs or len(tagged[verbs[-1]][0]) < 2:
            return ""
        doing, objects = tagged[verbs[-1]][0], tagged[verbs[-1] + 1 :]
        done = (
            self.head.endswith(doing)
            and self.head != doing
            and bool(objects)
            and nounlike(objects[-1][1])
            and all(flag[0] in "narb" for _, flag in objects)
        )
        return doing if done else ""

    def _other_noun(
        self, noun: str, acted: str, clause: str, earlier: str, measure: str, later: str = ""
    ) -> bool:
        ends = [form for form in self._head_forms if noun.endswith(form)]
        known = self._known_head
        if not ends and known and known != self.head and noun.endswith(known):
            # "风险防范建议" for 意见建议: a noun ending with the thing a compound head ends
            # with is a kind of it, as one ending with the whole head is.
            ends = [known]
        if not ends:
            # "12345服务热线问题": a noun that holds the asked head inside counts what the
            # reports name it by, unless it ends with a thing counted in another family of
            # measures than the asked ones ("案卷评查2次" counts reviews, no 案卷).
            if any(form in noun for form in self._head_forms):
                # "乡镇政务服务大厅22个": a counted noun before a noun of its own qualifies it,
                # where the figure's measure could count the noun itself.
                modifies = counts_in(measure, self._family) and any(
                    form in count_nouns()
                    and noun.startswith(form)
                    and _NOUN_AFTER.match(noun, len(form))
                    for form in self._head_forms
                )
                return modifies or self._other_family(noun)
            return self._other_head(noun, clause, measure)
        # What the noun adds beyond the asked words: "行政复议" adds 复议 to 行政 (of 行政应诉).
        own = self._beyond_asked(noun[: -len(max(ends, key=len))])
        foreign = len(own) > 1 and not self._kin & set(own) and not self._whose(own)
        if any(name in clause for name in self._alternatives):
            return False
        if not own and acted:
            # What was done to the asked thing ("接收行政复议案件38件") is no asked doing
            # (办结行政复议案件) the sentence does not name; done to the head alone ("审核案件
            # 400余件": the cases reviewed), it is of the asked kind only in a sentence naming
            # that kind.
            said = earlier + clause
            bare = noun in self._head_forms
            # A head naming every thing of its measure (案件) is told apart by its kind alone:
            # the kind's own last word must be said ("行政" of 行政诉讼 is said of every 行政执法).
            strict = bare and self._generic_head
            return not all(
                said_in(forms, said, strict) for forms in self.kinds if bare or forms in self._glued
            )
        if not foreign:
            return False
        return any(not self._kind_named(forms, clause + later, earlier) for forms in self.kinds)

    def _other_family(self, noun: str) -> bool:
        theirs = count_noun_end(noun)
        if theirs is None or self._family is None:
            return False
        family = unit_family(count_nouns()[theirs])
        return family not in (self._family, self._asked_family)

    def _whose(self, own: str) -> bool:
        """True when what a noun adds is a thing counted in another family ("群众" of 群众办件,
        "企业" of 企业诉求): it says whose they are, as a place does, not which kind."""
        theirs = count_nouns().get(own)
        return theirs is not None and unit_family(theirs) != self._family

    def _kind_named(self, forms: Sequence[str], clause: str, earlier: str) -> bool:
        """True when ``clause`` names a kind, or ``earlier`` names it compounded with the
        head: "进行行政执法案卷评查，评查案卷66件" says again the 执法案卷 it named."""
        return any(form in clause for form in forms) or any(
            f"{form}{head}" in earlier for form in forms for head in self._head_forms
        )
