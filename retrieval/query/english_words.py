"""English words mixed into a Chinese question ("how many 行政复议 cases in 额敏?"): those that
shape a question said in Chinese (``lexicons/english_cues.txt``), other lower-case words left
out; a question with no Chinese in it is left as it is."""

from __future__ import annotations

import re
from functools import cache

from retrieval.lexicons import english_cues

__all__ = ["in_chinese"]

_CJK = re.compile(r"[\u4e00-\u9fff]")


_BEFORE_NOUN = re.compile(
    r"(?<![A-Za-z])(?P<more>more|fewer|less|higher|lower)\s+(?P<noun>[\u4e00-\u9fff]+)",
    re.IGNORECASE,
)
# "top2" and "vs" ask the first places and a comparison (``layout``) as they are written.
_OTHER_WORD = re.compile(
    r"(?<![A-Za-z0-9\u4e00-\u9fff])(?!(?:top|vs)(?![a-z]))[a-z]{2,}(?![A-Za-z0-9\u4e00-\u9fff])"
)
# Where English was read or left out: the spaces around it go with it ("多少 行政复议" reads as
# one question), while spaces the asker put between Chinese keywords part them.
_READ = "\ue001"
_AROUND_READ = re.compile(rf"\s*{_READ}+\s*")
_GLOSSED = re.compile(r"[A-Za-z][A-Za-z\s/&'-]*[（(]([^（()）A-Za-z]{1,24})[)）]")
_GLOSS_IN_ENGLISH = re.compile(r"(?<=[\u4e00-\u9fff])\s*[（(][A-Za-z][A-Za-z\s/&'.,-]*[)）]")
# "几个case": 个 before an English noun read as its measure word ("几件") says it twice.
_GE_BEFORE_MEASURE = re.compile(rf"(?<=[几少])个\s*(?={_READ}[件次人]{_READ})")


@cache
def _english() -> tuple[re.Pattern[str], dict[str, str]]:
    """The English cues as one pattern (longest first), and what each says in Chinese."""
    phrases = "|".join(re.escape(english) for english, _ in english_cues())
    pattern = re.compile(rf"(?<![A-Za-z])(?:{phrases})(?![A-Za-z])", re.IGNORECASE)
    return pattern, dict(english_cues())


def in_chinese(question: str) -> str:
    """English question words of a Chinese question in Chinese ("how many 行政复议 cases" →
    "多少 行政复议 件"); a question with no Chinese in it is left as it is."""
    if not _CJK.search(question):
        return question
    cues, said = _english()
    # "hotline（热线）": the English glossed in Chinese is asked in the gloss; "调解
    # （mediation）": a gloss in English of Chinese says nothing more.
    question = _GLOSSED.sub(r"\1", _GLOSS_IN_ENGLISH.sub("", question))
    # "more 纠纷": English puts the comparative before the noun, Chinese after it ("纠纷多").
    question = _BEFORE_NOUN.sub(lambda m: f"{m['noun']}{_READ}{m['more']}", question)
    question = cues.sub(lambda m: f"{_READ}{said[m.group().lower()]}{_READ}", question)
    question = _GE_BEFORE_MEASURE.sub("", question)
    # Other lower-case English words are content the Chinese reports never use ("resolved");
    # capitals may be a name or code a report writes in Latin letters ("GDP", "PPP").
    return _AROUND_READ.sub("", _OTHER_WORD.sub(_READ, question)).strip()
