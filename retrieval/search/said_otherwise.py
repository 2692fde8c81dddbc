"""A thing that no report names as asked, said in a report's own words.

"上门检查企业前先扫码" is not written anywhere; "全面落实“扫码入企”工作要求，…执法检查扫码
全覆盖" says most of it. A sentence says the thing when it holds most of the phrase's words,
each weighted by how much it narrows the reports (idf): a word the reports never use weighs
most, so a thing they do not speak of ("垃圾分类") is found nowhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from retrieval.index.lexical import LexicalIndex
from retrieval.lexicons import joining_verbs, light_verbs, stopwords
from retrieval.search.across import passage_of
from retrieval.text.sentences import split_sentences
from retrieval.text.words import NAMES_NOTHING, pos_tags
from retrieval.tuning import SAID_OTHERWISE
from retrieval.types import Passage

__all__ = ["Otherwise", "content_words", "said_in", "said_otherwise"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Each report's best passages for the phrase (by BM25) are read for such a sentence.
_PER_REPORT = 3


@dataclass(frozen=True)
class Otherwise:
    """Each report's sentence saying the thing in its own words.

    Attributes:
        found: report → the sentence (a passage spanning exactly it), in report order.
        words: the phrase's words those sentences say, in the phrase's order.
    """

    found: dict[str, Passage]
    words: tuple[str, ...]


def said_otherwise(
    phrase: str,
    lexical: LexicalIndex,
    sources: Sequence[str] | None = None,
    share: float = SAID_OTHERWISE,
) -> Otherwise:
    """The reports with a sentence holding at least ``share`` of ``phrase``'s weighted words,
    and two of them at least; each report's best such sentence."""
    weights = content_words(phrase, lexical)
    if len(weights) < 2:
        return Otherwise({}, ())
    total = sum(weights.values())
    best: dict[str, tuple[float, Passage, set[str]]] = {}
    for source, chunks in lexical.top_per_report(phrase, _PER_REPORT, sources).items():
        for chunk, _ in chunks:
            found = passage_of(chunk)
            for start, end in split_sentences(found.text, found.start):
                sentence = found.span(start, end)
                said = {w for w in weights if said_in(w, sentence, lexical.knows(w))}
                # Summed in the phrase's order, and compared with a margin: a share of 1.0
                # (every word) must not miss by a float's rounding.
                held = sum(weights[w] for w in weights if w in said) / total
                if len(said) < 2 or held < share - 1e-9:
                    continue
                if held > best.get(source, (0.0,))[0]:
                    narrowed = replace(found, id=f"{found.id}@{start}", text=sentence)
                    best[source] = (held, replace(narrowed, start=start, end=end), said)
    every = set().union(*(said for _, _, said in best.values())) if best else set()
    saying = {source: best[source][1] for source in sorted(best)}
    return Otherwise(saying, _runs(phrase, every, [p.text for p in saying.values()]))


def _runs(phrase: str, said: set[str], sentences: list[str]) -> tuple[str, ...]:
    """The words of ``said`` in the phrase's order, those next to each other in it joined
    when a sentence says them joined ("扫", "码" → "扫码")."""
    runs: list[str] = []
    joined = False
    for word, _ in pos_tags(phrase):
        if word not in said:
            joined = False
            continue
        if joined and any(runs[-1] + word in sentence for sentence in sentences):
            runs[-1] += word
        else:
            runs.append(word)
        joined = True
    return tuple(dict.fromkeys(runs))


def content_words(phrase: str, lexical: LexicalIndex) -> dict[str, float]:
    """The phrase's words that name something, each with its idf (a word the reports never
    use weighs most)."""
    unseen = math.log1p(max(lexical.size, 1))
    ignored = stopwords() | light_verbs() | joining_verbs()
    weights: dict[str, float] = {}
    for word, flag in pos_tags(phrase):
        # A noun morpheme alone ("时" of 检查时) names no thing either.
        if flag[:1] in NAMES_NOTHING or flag == "ng" or word in ignored or not _CJK.match(word):
            continue
        weights[word] = lexical.idf(word) or unseen
    return weights


def said_in(word: str, sentence: str, known: bool = False) -> bool:
    """True when ``sentence`` says ``word`` or (a two-character word the reports never use,
    ``known`` False) its characters a few apart, as an abbreviation is read ("国企" in
    国有企业). Synonyms are no evidence here: the thesaurus's loose ones ("调查" for 检察) would
    say what no report says."""
    if word in sentence:
        return True
    if len(word) != 2 or known:
        return False
    apart = f"{re.escape(word[0])}[\u4e00-\u9fff]{{0,2}}{re.escape(word[1])}"
    return re.search(apart, sentence) is not None
