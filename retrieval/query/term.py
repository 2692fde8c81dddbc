"""A term a mentions question looks for, and where a text says it.

A report says a term only when the term is really in its text: the phrase itself (spaces,
line breaks and quotes inside it do not count: "谁执法 谁普法"), or a synonym
(``retrieval.lexicons``). An unquoted term may be said with words inserted ("调解中心" ~
"调解服务中心"): all its words, in order, within one clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from retrieval.text.dots import DOT_CHARS
from retrieval.text.lexicon import plain_synonyms

__all__ = ["GAP", "Term"]

_PAUSES = "、，,"
_DOTS = f"[{DOT_CHARS}]"
# Characters that may sit inside a written phrase without changing it.
_INSIDE = r"[\s“”\"‘’「」『』]*"
# Words of an unquoted term may be this far apart within one clause.
GAP = 8
# Words in another order stay within one item of an enumeration ("、").
_CLAUSES = re.compile(r"[^，,、。；;！？!?\n]+")


@dataclass(frozen=True)
class Term:
    """What a mentions question looks for.

    Attributes:
        phrase: the term as asked.
        forms: the phrase and its synonyms, each a way a report may say it.
        words: per form, its search words (a report's passage must hold all of one form's).
        quoted: the question quoted the term: only the phrase itself (or a synonym) counts.
        core: what must be said at least ("双随机" of "“双随机”检查", "旁听庭审" of
            "组织干部旁听庭审"); the phrase itself otherwise.
    """

    phrase: str
    forms: tuple[str, ...]
    words: tuple[tuple[str, ...], ...]
    quoted: bool
    core: str = ""
    offered: tuple[str, ...] = ()

    def said(self, text: str) -> str:
        """The term as ``text`` says it: the phrase, or the synonym of it that ``text`` says,
        else its core."""
        for name in (*self.offered, self.phrase):
            for form in (name, *plain_synonyms(name)):
                if re.search(_INSIDE.join(map(_char, form)), text):
                    return form
        # An offered name said in another order ("拖欠账款清理" for 清理拖欠企业账款).
        for name in self.offered:
            words = self.words[self.forms.index(name)] if name in self.forms else ()
            if len(words) > 2 and self._in_one_clause(words, text):
                return name
        return self.core or self.phrase

    def weigh(self, text: str, context: Sequence[str]) -> tuple[bool, int, int]:
        """How well ``text`` says the term: in the asker's own words first ("经费", not its
        synonym "资金"), then by how many of its forms it says as written (all of the names
        offered, "调解、仲裁", before one), then by how many of the question's
        ``context`` words (``beside``) it says too."""
        own = (self.core or self.phrase) in text or self.phrase in text
        forms = len(self.forms) if own else sum(form in text for form in self.forms)
        return own, forms, sum(w in text for w in context)

    def weighed_best(self, context: Sequence[str]) -> tuple[bool, int, int]:
        """The weight of a text saying the term as written and every context word."""
        return True, len(self.forms), len(context)

    def find(self, text: str) -> tuple[int, int] | None:
        """The span of the first place ``text`` says the term, or None."""
        found = [m.span() for pattern in self._patterns() for m in [pattern.search(text)] if m]
        return min(found) if found else self._unordered(text)

    def _unordered(self, text: str) -> tuple[int, int] | None:
        """An unquoted term of three words or more said in another order, close together
        within one clause ("清理拖欠企业账款" ~ "国有企业拖欠账款清理": a verb after its object).
        Two words in another order are another thing ("柔性执法" is no "执法…柔性服务")."""
        if self.quoted:
            return None
        found = [
            span
            for words in self.words
            if len(words) > 2
            for span in [self._in_one_clause(words, text)]
            if span
        ]
        return min(found, default=None)

    @staticmethod
    def _in_one_clause(words: tuple[str, ...], text: str) -> tuple[int, int] | None:
        """The first span of ``text`` holding all ``words`` close together in one clause."""
        reach = sum(map(len, words)) + GAP * (len(words) - 1)
        for clause in _CLAUSES.finditer(text):
            at = [clause.group().find(word) for word in words]
            if min(at) < 0:
                continue
            start = clause.start() + min(at)
            end = clause.start() + max(a + len(w) for a, w in zip(at, words, strict=True))
            if end - start <= reach:
                return start, end
        return None

    def _patterns(self) -> tuple[re.Pattern[str], ...]:
        return _patterns(self.forms, self.words, self.quoted)


# A mentions answer looks for one term in thousands of passages: compiled once per term.
@lru_cache(maxsize=64)
def _patterns(
    forms: tuple[str, ...], words: tuple[tuple[str, ...], ...], quoted: bool
) -> tuple[re.Pattern[str], ...]:
    literal = [_INSIDE.join(map(_char, form)) for form in forms]
    # Words that leave more than a character of their form unsaid ("以案" of 以案说法, whose
    # 说 and 法 are no search words) would match what says only the part.
    spread = [
        _spread(each)
        for each, form in zip(words, forms, strict=True)
        if not quoted and len(each) > 1 and sum(map(len, each)) >= len(form) - 1
    ]
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in (*literal, *spread))


def _char(char: str) -> str:
    """A character of a term as a pattern: a middle dot matches any of its look-alikes
    ("法治讲堂•逢九必讲" is written with "·" in one report and "•" in another)."""
    if char in _PAUSES:
        # "重业务、轻法治" is written "重业务,轻法治" in another report: a pause is a pause.
        return f"[{_PAUSES}]"
    return _DOTS if char in DOT_CHARS else re.escape(char)


def _spread(words: tuple[str, ...]) -> str:
    """The words in order, a few characters apart within one clause; a word of the term
    between two of them starts another phrase ("法治文化长廊、法治公园" is no 法治文化公园, while
    "法律顾问、公职律师全覆盖" says 法律顾问全覆盖)."""
    own = "|".join(map(re.escape, words))
    gap = f"(?:(?!{own})[^，,。；;！？!?\\n]){{0,{GAP}}}"
    return gap.join(map(re.escape, words))
