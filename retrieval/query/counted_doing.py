"""What a count question counts, read off its counted phrase: the doing it counts ("审查规范性
文件多少" → 审查) and the measure word its last noun is counted in ("开展的评查多少" → 次)."""

from __future__ import annotations

from retrieval.lexicons import count_noun_end, count_nouns, light_verbs, stopwords
from retrieval.query.counted_part import asked_part
from retrieval.query.measure import BRACKETED
from retrieval.text.words import pos_tags
from retrieval.types import Vocabulary

__all__ = ["counted_action", "counted_measure", "trailing_verb"]


def counted_measure(asked: str, vocabulary: Vocabulary) -> str | None:
    """The measure word that counts the noun a count question ends its counted phrase with
    ("开展的评查多少" → "次", "执法部门（单位）多少" → "家", "热线办件量多少" → "件"); None
    when the phrase ends with another word ("人数", "满意度")."""
    phrase = BRACKETED.sub("", trailing_verb(asked_part(asked)))
    words = vocabulary.words(phrase)
    if not words:
        return None
    # Each word is listed once, where it is first said: the phrase's last word may be one
    # said earlier too ("给企业做…覆盖企业").
    ending = [word for word in words if phrase.endswith(word)]
    if ending and ending[0] != words[-1]:
        words = [*words, max(ending, key=len)]
    # "办件量", "案件数": the amount of a thing is counted as the thing is, whether the
    # tokenizer keeps 量/数 on the noun or cuts it off.
    if len(words) > 1 and words[-1] in ("量", "数"):
        words = words[:-1]
    last = words[-1][:-1] if len(words[-1]) > 2 and words[-1][-1] in "量数" else words[-1]
    # A noun the reports never write ("卷宗" for their 案卷) is cut into characters: the
    # phrase's own end names it.
    head = count_noun_end(last) or (count_noun_end(phrase) if len(last) == 1 else None)
    return count_nouns()[head] if head else None


def trailing_verb(phrase: str) -> str:
    """``phrase`` without the one-character verb (and its particle) it ends with: "案件办得"
    counts 案件, as "办了多少案件" does."""
    tags = list(pos_tags(phrase))
    while len(tags) > 1 and len(tags[-1][0]) == 1 and tags[-1][1] in ("v", "ud", "ul", "uj"):
        tags.pop()
    return "".join(word for word, _ in tags)


def counted_action(asked: str) -> str | None:
    """The verb whose doings a count question counts ("审查规范性文件多少" → 审查): the last verb
    of the counted phrase with a noun after it, unless it names no particular action (开展,
    进行: ``lexicons/light_verbs.txt``); None when there is none."""
    tags = pos_tags(asked_part(asked))
    action = None
    for i, (word, flag) in enumerate(tags):
        # Its object: a word of two characters or more after it (jieba tags 合同 "a"), or a
        # noun before it when it ends the phrase ("规范性文件审查多少": the object put first),
        # unless it is itself a thing counted ("法治培训", "行政复议申请").
        objects = any(len(other) > 1 for other, _ in tags[i + 1 :]) or (
            i == len(tags) - 1
            and action is None
            and word not in count_nouns()
            and any(f.startswith("n") for _, f in tags[:i])
        )
        # "执法证": a verb and a one-character noun after it make a noun (执法+证), no action.
        compound = i + 1 < len(tags) and len(tags[i + 1][0]) == 1 and tags[i + 1][1] == "n"
        # ("需要…", "要…": a need said, no doing counted.)
        light = word in light_verbs() or word in stopwords()
        if flag in ("v", "vn") and len(word) > 1 and objects and not light and not compound:
            action = word
    return action
