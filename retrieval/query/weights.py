"""How much each word of a question narrows the reports, and its content characters."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from functools import cache

from retrieval.lexicons import light_verbs, stopwords
from retrieval.text.lexicon import synonyms, terms
from retrieval.text.words import full_jieba, pos_tags
from retrieval.tuning import COMMON_IDF
from retrieval.types import Vocabulary

__all__ = [
    "ALL_REPORTS",
    "content_chars",
    "question_weights",
    "telling_words",
    "topic_words",
    "unknown_words",
    "weighty_words",
]

# Characters that carry no topic: question words, particles, measure words.
# (搞 and 弄 are spoken light verbs, "搞的积分管理": reports write the doing itself.)
_STOP_CHARS = frozenset(
    "的了和与及是在对为把被等并或其该这那哪呢吗吧啊有多少几个什么些如何怎样否请问一下况方面分别共计总全年度今去中上下个次项件名人报告提到介绍说明告诉我们你您啥各搞弄"
)


# "全部五份报告中", "各报告里的", "五份报告所载", "这几份材料": the reports as a whole ("一份
# 报告" is one of them).
ALL_REPORTS = (
    # ("哪几份报告" asks which of them.)
    r"(?<!哪)(?:在|从)?(?:(?:全部|所有|各|每)(?:[两二三四五六七八九十几\d]{0,2}[份篇个])?"
    r"|(?:[两二三四五六七八九十几]|\d{1,2})[份篇个]|这几[份篇个])(?:报告|材料)(?:里面|里头|当中|中|里)?"
    # ("各报告所载的": what they state.)
    r"(?:所载|所列|所述|所记载|记载|载明|列明)?的?"
)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# jieba's tags of words that only join or qualify others: adverbs, prepositions, conjunctions,
# particles, pronouns, modal particles.
_FUNCTION = frozenset("dpcury")
_DIGITS = re.compile(r"\d+")


def question_weights(topic: str, lexical: Vocabulary) -> dict[str, float]:
    """The question's search words, each weighted by how much it narrows the reports (idf).

    Args:
        topic: the question (or part of it).
        lexical: the lexical index (word weights and the query tokenizer).
    """
    unseen = math.log1p(max(lexical.size, 1))
    # A number names one thing (the 12345 hotline): the pieces the index's dictionary cuts out
    # of it ("23", "345") say nothing of it, and a store of many reports knows many of them.
    words = [w for w in lexical.words(_unmarked(topic)) if not _piece_of_number(w, topic)]
    # Everyday words the reports never use ("村民", "换") come out of the tokenizer in pieces or
    # not at all; kept whole, they match the reports' synonyms ("群众", "兑换").
    found = terms(_ASKING.sub(lambda found: " " * len(found.group()), topic), lexical.knows)
    whole = [
        t
        for t in found
        if not any(t in w for w in words)
        and not _cuts(t, topic, words, lexical)
        # "…各多少，合计？": a clause only asking the sum names no topic ("一共赋了多少分" says
        # its 一共 of the thing, as reports say 累计).
        and not (t in stopwords() and t in _clauses(topic))
    ]
    # "一把手": a lexicon word the tokenizer keeps whole is weighed whole; the pieces it also
    # cuts out of it ("一把", "把手") name nothing of it.
    kept = [t for t in found if t in words]
    words = [w for w in words if not any(w in t and w != t for t in [*whole, *kept])] + whole
    # "都做了些什么": a lone adverb, preposition or particle names nothing, however rare.
    tags = pos_tags(topic)
    function = {w for w, flag in tags if len(w) == 1 and flag[:1] in _FUNCTION}
    # "普法活动办了多少场": a one-character doing beside the thing's words names no doing of
    # its own; the reports say theirs in words of two (办理, 举办).
    if sum(len(w) > 1 and flag[:1] in "nv" for w, flag in tags) >= 2:
        function |= {w for w, flag in tags if len(w) == 1 and flag == "v" and w in light_verbs()}
    words = [w for w in words if w not in function]
    weights = {}
    for word in words:
        # A paraphrase weighs what the reports' own word for it weighs.
        idf = lexical.idf(word) or max((lexical.idf(s) for s in synonyms(word)), default=0.0)
        if idf:
            weights[word] = idf
        elif len(word) > 1:
            # A word the reports never use weighs most: it is what they cannot answer.
            weights[word] = unseen
    return weights


def _clauses(topic: str) -> set[str]:
    return {c.strip() for c in re.split(r"[，,。？?！!；;\s]+", topic) if c.strip()}


def weighty_words(text: str, vocabulary: Vocabulary) -> set[str]:
    """``text``'s words that say what it is about: neither figures nor words found everywhere."""
    weights = question_weights(text, vocabulary)
    return {w for w, idf in weights.items() if len(w) > 1 and not w.isdigit() and idf > COMMON_IDF}


def telling_words(weights: Mapping[str, float]) -> set[str]:
    """The words of two characters or more that weigh at least half the weightiest: those a
    clause must name to be about the thing ("案卷", "评查" of 行政执法案卷评查; its 行政 any
    clause of the field may say)."""
    least = max(weights.values(), default=0.0) / 2
    return {word for word, weight in weights.items() if len(word) > 1 and weight >= least}


def topic_words(text: str, vocabulary: Vocabulary) -> str:
    """``text``'s weighty words (``weighty_words``) in its order, joined: what it is about,
    its asking aside ("扫码入企咋搞的" → "扫码入企")."""
    words = weighty_words(text, vocabulary)
    heads = [w for w in words if not any(w != other and w in other for other in words)]
    return "".join(sorted(heads, key=text.find))


def _unmarked(topic: str) -> str:
    """``topic`` with the stop words of two characters or more that the general dictionary
    finds in it blanked out: the reports' dictionary, which may never have seen "去年" or
    "大概", would cut them into characters that weigh as words (去, 概)."""
    words = full_jieba().lcut(_ASKING.sub(lambda found: " " * len(found.group()), topic), HMM=False)
    return "".join(" " if len(w) > 1 and (w in stopwords() or _joins(w)) else w for w in words)


def _joins(word: str) -> bool:
    """True for a conjunction ("或者") or a word of direction ("上面") alone: it joins or
    places words and names nothing, yet the reports' dictionary may cut it into characters
    that weigh as words (面)."""
    tags = pos_tags(word)
    return len(tags) == 1 and tags[0][1] in _JOINING


# jieba's tags of conjunctions and of directions.
_JOINING = frozenset({"c", "f"})


def _piece_of_number(word: str, topic: str) -> bool:
    """True when ``word`` is digits cut out of a longer number in ``topic``."""
    if not word.isdigit():
        return False
    numbers = [n for n in _DIGITS.findall(topic) if word in n]
    return bool(numbers) and all(len(n) > len(word) for n in numbers)


_PROPORTION = re.compile(r"[一二两三四五六七八九十几半]+(?:成|倍|番)")


# "有多大规模", "干了多少活": how large, how much work, asked in words that name nothing
# (jieba reads 大规模 out of the first; 活 is the asker's word for the work).
_ASKING = re.compile(
    r"多(?:大|广|高|长|久)(?:的)?(?:规模|范围|程度|面积)?|多少(?:活儿?|事儿?|事情)"
    # "多少个案子": the measure 个 counts nothing of its own, and joined to the noun after it
    # the reports' dictionary reads a word that is not there (个案).
    r"|(?<=多少)个|(?<=几)个"
    # "预警信息条数是多少": the measure a count is asked in, which names no thing.
    r"|(?:[件条项份户家支本起个次场批]|人次|场次)数"
    r"(?=(?:分别|各|一共|共|总共|合计)?(?:是|为|有)?(?:多少|几|[？?。！!\s]|$))"
    # "清欠那块", "复议这块都做了", "学校那块搞了啥": "that part" of the thing named before it,
    # which names nothing itself (not "这块地"): before a pause, a particle or a doing.
    r"|(?<=[\u4e00-\u9fff])[这那]一?块(?=[，,。？?\s都也还的有是就呢啊搞做干弄整办怎咋具主开落情工说讲写]|$)"
    # "报告中点名的": where in the report, which joined to the word after it reads a word
    # that is not there (中点).
    r"|(?<=报告)(?:里面|里头|当中|中|里)"
    # "全部五份报告中", "这几份材料里": the reports as a whole, which every question searches.
    rf"|{ALL_REPORTS}"
    # "每周固定开几次": how regularly, after the period it is done in, names nothing.
    r"|(?<=[月年周天季])(?:固定|定期|一般|通常|大概)(?=[一-鿿])"
)


def unknown_words(topic: str, lexical: Vocabulary, words: Iterable[str] | None = None) -> list[str]:
    """Runs of two or more content characters of ``topic`` that no report uses and no word of
    the question covers: the reports' own dictionary cuts a word it has never seen (收入) into
    single characters, and a lexicon word with a synonym the reports use (村民) is no gap.
    ``words``: the question's weighed words, when the caller has them already."""
    words = list(question_weights(topic, lexical) if words is None else words)
    topic = _ASKING.sub(lambda found: " " * len(found.group()), topic)
    covered = [False] * len(topic)
    for word in words:
        if len(word) < 2:
            continue
        at = topic.find(word)
        while at >= 0:
            covered[at : at + len(word)] = [True] * len(word)
            at = topic.find(word, at + 1)
    runs, run = [], ""
    for char, done in zip(topic, covered, strict=True):
        if not done and "\u4e00" <= char <= "\u9fff" and char not in _STOP_CHARS:
            run += char
            continue
        runs.append(run)
        run = ""
    runs.append(run)
    # Neighbouring single characters are not always one word ("图书角|建"): a run counts only
    # where the general dictionary knows a word of it (looked up only when a run is left).
    # "将近三成": a proportion the asker puts in words of their own names nothing.
    gaps = [r for r in runs if len(r) > 1 and not lexical.knows(r) and not _PROPORTION.search(r)]
    return [word for run in gaps for word in _dictionary_words(run)]


def _dictionary_words(run: str) -> list[str]:
    """The words of two characters or more that jieba's general dictionary finds in ``run``."""
    # "大概" is a word, but says how exact the answer may be, not what it is about; so does
    # any adverb ("单独是多少": how it is asked, not what).
    words = full_jieba().lcut(run, HMM=False)
    return [
        w
        for w in words
        if len(w) > 1 and _CJK_RUN.fullmatch(w) and w not in stopwords() and not _adverb(w)
    ]


def _adverb(word: str) -> bool:
    tags = pos_tags(word)
    return len(tags) == 1 and tags[0][1] == "d"


def _cuts(term: str, topic: str, words: list[str], lexical: Vocabulary) -> bool:
    """True when ``term`` straddles a word of the reports ("行为|重点" read as 为重): the
    lexicon is scanned without regard to where the tokenizer cut the question."""
    start = topic.find(term)
    end = start + len(term)
    for word in words:
        if len(word) < 2 or not lexical.knows(word):
            continue
        at = topic.find(word)
        while at >= 0:
            overlaps = at < end and start < at + len(word)
            if overlaps and not (start <= at and at + len(word) <= end):
                return True
            at = topic.find(word, at + 1)
    return False


def content_chars(topic: str) -> list[str]:
    """The question's content characters (and Latin/number runs such as GDP or 12345)."""
    latin = [run.lower() for run in re.findall(r"[A-Za-z0-9]+", topic)]
    # "手里有执法证的人", "具体安排了多少": the characters of a stop word name nothing a report
    # says, wherever the general dictionary cuts it ("具体安排" is one word of its).
    kept = _stop_words().sub(" ", topic)
    return [c for c in kept if "\u4e00" <= c <= "\u9fff" and c not in _STOP_CHARS] + latin


@cache
def _stop_words() -> re.Pattern[str]:
    """The stop words of two characters or more, longest first."""
    longer = sorted((w for w in stopwords() if len(w) > 1), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, longer)))
