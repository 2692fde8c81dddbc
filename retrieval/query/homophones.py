"""Words typed by their sound with a wrong character: "行政复义" for 行政复议, "发律" for 法律.

Officials type Chinese by pinyin, and a slip picks another character of the same sound. Such a
slip leaves characters that no word of the reports covers; where changing one of them to a
character of the same sound (tones aside) makes a word the reports use, the question is read
with that word, and the answer says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache, partial
from itertools import accumulate, pairwise

from retrieval.index.lexical import LexicalIndex
from retrieval.index.records import StoredChunk
from retrieval.query.mentioned import QUOTED
from retrieval.query.sound_index import SPANS, Said, SoundIndex, apart
from retrieval.text.words import full_jieba
from retrieval.tuning import SLIP_COMMON_PARTS, SLIP_RARE

__all__ = ["heard_as", "sound_fixes"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
# A question's slips are few.
_MOST = 2
# A slip is looked for in phrases the reports write (not only their words) this long.
_PHRASE = 3
# Aspect particles, which follow a verb.
_ASPECT = frozenset("了过着")
# Characters of grammar ("是", "的"), typed as meant: "第三部分是党政…" is no slip of "落实党政".
_GRAMMAR = frozenset("是的在有和与了为对把被也都就还又")


def sound_fixes(
    question: str,
    covered: list[bool],
    index: Callable[[], SoundIndex],
    said: Said,
    in_reports: list[tuple[int, int]] | None = None,
    place: Said = lambda text: False,
    rare: Said = lambda text: False,
    fits: Callable[[str, str], bool] = lambda written, meant: True,
) -> list[tuple[str, str]]:
    """The slips of ``question`` and the report words meant, as (written, meant) pairs.

    Args:
        question: the question.
        covered: per character, whether a word the reports use (two characters or more)
            covers it: a slip is looked for only where some character is not covered.
        index: the reports' words, built only when a slip may be there.
        said: whether the reports write a phrase: what they write is no slip ("一案一补").
        in_reports: where the reports' words stand in ``question`` (start, end): a longest
            span may change a character that only a word of the language covers ("行政附议"
            for 行政复议), or a word of theirs running past its end ("行政复以案子" holds 以案).
        place: whether a text names a stored place: a place's name stands alone in a
            question ("业城行政复议…" for 叶城), so no context of the reports need match it.
        rare: whether a text is a word the language barely uses ("复义"): the pinyin input
            offered it for the report word of its sound, whatever stands beside it.
        fits: whether reading a slip as meant makes words of the question: one that does
            not ("法律名" read 法律明, half of 明白人) leaves the next characters to be looked at.
    """
    fixes: list[tuple[str, str]] = []
    at = 0
    while at < len(question) and len(fixes) < _MOST:
        fix = _fix_at(question, covered, index, said, at, in_reports, place, rare)
        if fix is None or not fits(*fix):
            at += 1
            continue
        fixes.append(fix)
        at += len(fix[0])
    return fixes


def _fix_at(
    question: str,
    covered: list[bool],
    index: Callable[[], SoundIndex],
    said: Said,
    at: int,
    in_reports: list[tuple[int, int]] | None = None,
    place: Said = lambda text: False,
    rare: Said = lambda text: False,
) -> tuple[str, str] | None:
    for span in sorted(SPANS, reverse=True):
        written = question[at : at + span]
        if len(written) < span or not all(_CJK.match(c) for c in written):
            continue
        # A slip breaks the word it was typed in: the character changed is one no word
        # covers (its neighbour may make a word by chance: "行政服议案" holds 议案). A slip
        # may make a word of the language the reports never use ("附议"): in a span as long
        # as the reports' longest words, beside a word of theirs, it is read as theirs.
        # A word of theirs running past the span's end was made by chance ("以案" of "行政复以
        # 案子").
        inside = [(s, e) for s, e in in_reports or () if s < at + span and at < e]
        loose = span == max(SPANS) and bool(inside)
        free = [any(s <= at + i < e <= at + span for s, e in inside) for i in range(span)]
        changeable = [
            i
            for i in range(span)
            if not (free[i] if loose else covered[at + i]) and written[i] not in _GRAMMAR
        ]
        if not changeable:
            continue
        meant = index().heard(written, changeable)
        # "案件收了多少": a character its aspect particle follows is a verb, typed as meant.
        verb = question[at + changeable[0] + 1 : at + changeable[0] + 2] in _ASPECT
        if meant is None and span == _PHRASE and len(changeable) == 1 and not said(written):
            # "执法正": a word, then a character of a phrase the reports write ("执法证")
            # that is no word of their dictionary.
            meant = None if verb else index().phrase(written, changeable, said)
        # The word meant stands in the reports beside what the question puts beside it; what
        # the reports write as asked is no slip.
        if (
            meant is not None
            and not _said_beside(question, at, written, said)
            and (
                _in_context(question, at, written, meant, said)
                or place(meant)
                # One character typed by its sound: a rare word of two ("县名") is no slip
                # for a word of the reports sounding as a whole alike ("鲜明").
                or (
                    rare(written) and len(written) == len(meant) and len(apart(written, meant)) == 1
                )
            )
        ):
            return written, meant
    return None


def _in_context(question: str, at: int, written: str, meant: str, said: Said) -> bool:
    before = question[at - 1 : at] if at else ""
    after = question[at + len(written) : at + len(written) + 1]
    return any(
        _CJK.match(side) and said(phrase)
        for side, phrase in ((before, before + meant), (after, meant + after))
    )


def _said_beside(question: str, at: int, written: str, said: Said) -> bool:
    """True when the reports write ``written`` as the question does, alone or with the two
    characters beside it ("一案一补发放": "一案一补" is theirs, though "一补" alone is not)."""
    end = at + len(written)
    beside = (question[max(at - 2, 0) : end], question[at : end + 2])
    return said(written) or any(
        len(phrase) > len(written) and all(_CJK.match(c) for c in phrase) and said(phrase)
        for phrase in beside
    )


def _breaks(
    question: str, written: str, meant: str, in_reports: list[tuple[int, int]], words: set[str]
) -> bool:
    """True when reading ``written`` as ``meant`` takes characters typed as meant from a word
    of the reports running on past it ("写调解" is no 协调 beside 解: 调解 is theirs). A word
    the slip itself runs into ("以案" of "行政复以案子") is made by chance."""
    at = question.find(written)
    end = at + len(written)
    kept = {at + i for i, (a, b) in enumerate(zip(written, meant, strict=False)) if a == b}
    return any(
        (start < at < stop or start < end < stop)
        and stop - start > 1
        and question[start:stop] not in words
        and all(i in kept for i in range(max(start, at), min(stop, end)))
        for start, stop in in_reports
    )


def _aligned(text: str, phrase: str, tokens: list[str]) -> bool:
    """True when ``phrase`` in ``text`` begins and ends where words do ("执法/证", not "法/宣传"
    for 法宣)."""
    at = text.find(phrase)
    bounds, cursor = {0}, 0
    for token in tokens:
        cursor += len(token)
        bounds.add(cursor)
    return at >= 0 and at in bounds and at + len(phrase) in bounds


_POINTED_PLACE = re.compile(r"(?:那|这|哪|该|本|此)一?个?(?:县|镇|乡|市|区)")


def _in_place(question: str, written: str, places: list[tuple[int, int]]) -> bool:
    at = question.find(written)
    return any(at < end and start < at + len(written) for start, end in places)


@lru_cache(maxsize=2)
def _reports_sounds(lexical: LexicalIndex) -> SoundIndex:
    """The sound index of one generation of the store (built on the first slip it may hold)."""
    return SoundIndex(lexical.vocabulary())


class _Written:
    """Whether a report writes a phrase: read in the passages holding its rarest word, each
    passage read once a question and only until the phrase is found (a common word's
    passages number thousands at a thousand reports, and a slip's candidates share words).

    Args:
        lexical: the reports' words and passages.
    """

    def __init__(self, lexical: LexicalIndex) -> None:
        self._lexical = lexical
        self._read: dict[str, list[str]] = {}
        self._unread: dict[str, Iterator[StoredChunk]] = {}

    def __call__(self, phrase: str) -> bool:
        words = [w for w in self._lexical.words(phrase) if self._lexical.knows(w)]
        if not words:
            return False
        # A character cut off a word ("经" of "枫桥经") is read in passages of its own, where
        # the phrase may not be: the rarest word, of two characters where there is one.
        rarest = max(words, key=lambda w: (len(w) > 1, self._lexical.idf(w)))
        read = self._read.setdefault(rarest, [])
        if any(phrase in text for text in read):
            return True
        unread = self._unread.setdefault(rarest, self._lexical.passages_with([rarest]))
        for chunk in unread:
            read.append(chunk.text)
            if phrase in chunk.text:
                return True
        return False


def _starts(tokens: list[str]) -> list[int]:
    """Where each of ``tokens``, cut from one text, starts in it."""
    return [0, *accumulate(map(len, tokens))]


def heard_as(
    question: str,
    lexical: LexicalIndex,
    places: Callable[[str], list[tuple[int, int]]] = lambda text: [],
    names: Callable[[str], list[tuple[str, str]]] = lambda text: [],
) -> tuple[str, str]:
    """``question`` with its slips put right, and a note saying how it was read ("" when it
    has none).

    Args:
        question: the question.
        lexical: the reports' words and passages.
        places: where a text names a place (start, end), asked only when a slip is found.
        names: the stored places a text writes by their sound ("叶成县"), as (written, name).
    """
    # "叶成县": a place's name typed by its sound; its characters may make other words ("成县").
    fixes = names(question)
    for written, meant in fixes:
        question = question.replace(written, meant, 1)
    covered = [False] * len(question)
    # Words of the reports, and of the language (HMM off: no guessed words), are no slips.
    # A word the dictionary knows as rare ("复义") is likelier a slip than a word.
    tokenizer = full_jieba()
    words = list(tokenizer.cut(question, HMM=False))
    general = [w for w in words if tokenizer.FREQ.get(w, 0) > SLIP_RARE]
    # ("我们想去现场": 想 and 去, two common words side by side that the dictionary lists as a
    # rare word too, are no slip for a word of their sound.)
    general += [
        a + b
        for a, b in pairwise(words)
        if len(a) == len(b) == 1
        and tokenizer.FREQ.get(a + b, 0) > 0
        and min(tokenizer.FREQ.get(a, 0), tokenizer.FREQ.get(b, 0)) > SLIP_COMMON_PARTS
    ]
    # Where the dictionary's words of the question stand: a slip that cuts one leaves the
    # rest of it a word ("服议案件" → 复议、案件), not a lone character ("往上头" → 网上、头).
    worded = [
        (a, a + len(w))
        for a, w in zip(_starts(words), words, strict=False)
        if len(w) > 1 and w in general
    ]
    known = [w for w in lexical.words(question) if lexical.knows(w)]
    in_reports: list[tuple[int, int]] = []
    for word in {*general, *known}:
        if len(word) > 1:
            for found in re.finditer(re.escape(word), question):
                covered[found.start() : found.end()] = [True] * len(word)
                if word in known:
                    in_reports.append(found.span())
    # A quoted term is a name, written as its report writes it or not there at all.
    for quoted in QUOTED.finditer(question):
        covered[quoted.start() : quoted.end()] = [True] * len(quoted.group())
    index, written_so = partial(_reports_sounds, lexical), _Written(lexical)

    def fits(written: str, meant: str) -> bool:
        # The word meant is a word of the question put right ("法宣传资料" reads 法/宣传: no
        # 法宣 was meant by "发宣传").
        start = question.find(written)
        end = start + len(written)
        fixed = question.replace(written, meant, 1)
        tokens = list(tokenizer.cut(fixed, HMM=False))
        # (The ends of the words it cuts into, outside it, must not be left alone.)
        broken = [(a, b) for a, b in worded if a < end and start < b and not start <= a < b <= end]
        ends = {at for a, b in broken for at in (a, b - 1) if not start <= at < end}
        lone = {at for at, token in zip(_starts(tokens), tokens, strict=False) if len(token) == 1}
        if len(meant) == len(written) and ends & lone:
            return False
        words = {*tokens, *lexical.words(fixed)}
        return (meant in words or _aligned(fixed, meant, tokens)) and not _breaks(
            question, written, meant, in_reports, words
        )

    slips = sound_fixes(
        question,
        covered,
        index,
        written_so,
        in_reports,
        lambda text: places(text) == [(0, len(text))],
        lambda text: 0 < tokenizer.FREQ.get(text, 0) <= SLIP_RARE,
        fits,
    )
    if slips:
        # "叶城县为…": a place's name is no part of a word typed wrong ("县委").
        # "那个县涉企检查": a place pointed at is no part of one either ("县涉企" is no 现涉企).
        named = places(question) + [m.span() for m in _POINTED_PLACE.finditer(question)]
        slips = [slip for slip in slips if not _in_place(question, slip[0], named)]
    for written, meant in slips:
        question = question.replace(written, meant, 1)
        fixes.append((written, meant))
    said = "、".join(f"“{written}”" for written, _ in fixes)
    meant = "、".join(f"“{meant}”" for _, meant in fixes)
    return question, f"已将{said}按{meant}理解" if fixes else ""
