"""What a question over several reports measures: the asked thing, the order, the attribute.

Comparisons ("A和B谁多"), rankings ("哪个县…最多", "从多到少排序") and tables ("各地…分别是
多少") ask for the same figure in several reports. Their cue words (which place, most,
each, respectively, compared with) say how to lay the figures out, not what is counted; what
is left is asked of every report as a count question, so that the figure found in each report
obeys the binding rules of single facts (``Expected``, ``Matcher.bound``).
"""

from __future__ import annotations

import re
from typing import Literal

from retrieval.types import Vocabulary

__all__ = ["Attribute", "Order", "attribute_of", "measured", "order_of", "parts"]

Order = Literal["desc", "asc"]
# Report attributes kept at ingest that a ranking or a table can ask for.
Attribute = Literal["year", "published"]

# Which place, most/least, each, respectively, compared with: how to lay figures out.
_CUES = re.compile(
    r"(?:谁|哪个|哪边|哪方|哪一个)(?:的)?(?:更|较)?(?:多|少|高|低|大|小|早|晚)(?:一些|一点)?|"
    r"各(?=有|是|为)|(?:是)?哪(?:一|几)?(?:个|份|家|里|儿)?(?:县|镇|乡|区|市|地方|地区|报告|单位)?|谁|"
    r"最(?:多|少|高|低|大|小|早|晚|长|短|快|慢)|[更较](?:多|少|高|低|大|小)|"
    r"(?:从|由)(?:多到少|少到多|高到低|低到高|大到小|小到大|早到晚|晚到早)|"
    r"排(?:个|一下)?序|排名|排列|排一排|第一|前[三五十]|"
    r"各(?:县|地|地区|乡镇|报告|份报告|个报告|单位)|每(?:份|个)(?:报告|县|地方)|"
    r"(?:(?:这|那)[五四三两几]?[份个](?:报告)?|[五四三两几][份个]报告)(?:里|中|当中)?|"
    r"所有报告|全部报告|"
    r"分别|各自|列(?:个|一)?表|列一下|一览|汇总|逐一|"
    r"相比|对比(?:一下)?|比较(?:一下)?|比一比|[Vv][Ss]|差多少|差距|多于|少于|高于|低于|"
    r"(?<=[多少高低])(?:一些|一点)|(?:^|[，,])(?:把|给|请|帮我)|"
    r"(?:是否)?(?:一样|相同|相等|持平)(?:吗|么|不)?|"
    # "…的信息多？": a bare 多/少/高/低 ending the question compares quantities.
    r"(?<![多最更较])[多少高低](?=[？?。！!\s]*$)"
)
# A dangling comparison verb or conjunction once the sides are gone ("…跟X比，谁多").
_COMPARE = re.compile(
    r"(?:跟|和|与|同)?比(?=[，,。？?！!\s]|$)|(?:^|(?<=[，,]))(?:和|跟|与|同)(?=[，,]|$)"
)
_PUNCTUATION = re.compile(r"[\s，,。？?！!：:；;]+")
_EDGES = re.compile(r"^[、的是了得和跟与及]+|[、的是了得吗呢]+$")
_AMOUNT = re.compile(r"的?(?:数量|数目|总数|个数)")
_MEASURED_AMOUNT = re.compile(r"的?(件|次|场次|人次|项)数")
_COUNT = re.compile(r"多少|几[个次件项名人场家所期份批支本位天条]|数量|数目|总数|比例")
_QUANTITY = re.compile(
    r"最(?:多|少|高|低|大|小)|[更较](?:多|少|高|低)|(?:从|由)(?:多|少|高|低|大|小)到|"
    r"谁(?:更)?(?:多|少|高|低)|哪(?:个|边|方)(?:更)?(?:多|少|高|低)|多于|少于|高于|低于|"
    r"数|量|率|一样|相同|相等|持平|(?<![多最更较])[多少高低][？?。！!\s]*$"
)
_ASCENDING = re.compile(
    r"最(?:少|低|早|小|短|慢)|(?:从|由)(?:少到多|低到高|小到大|早到晚)|"
    r"(?:谁|哪个|哪边|哪方)(?:更)?(?:少|低|小|早)|[更较](?:少|低|小|早)|"
    # "谁组织的培训少": who, then less, in one clause.
    r"(?:谁|哪个|哪边|哪方)[^，,。？?]{1,15}(?<!多)(?:少|低|小|早)(?![多少])"
)
_YEAR = re.compile(r"年度|哪一?年(?!以来)|年份")
_PUBLISHED = re.compile(r"发布|公开|印发|发出|发文")
_WHEN = re.compile(r"最[早晚]|时间|日期|哪天|何时|什么时候|早晚|先后")
_JOIN = re.compile(r"[和及与、或]|以及|或者")
# Collective nouns a report states by their members ("覆盖了多少单位": "8个镇、25个党政机关").
_COLLECTIVE = re.compile(r"(?<=多少)(?:个)?(?:单位|地方|部门|机构|主体)$")


def measured(topic: str) -> str:
    """``topic`` without its layout cues, asked as a count when it asks for a quantity.

    "哪个县办理的案件最多？" asks every report "办理的案件多少"; "对比…的数量" keeps its
    own count word.
    """
    asked = _without_cues(topic)
    if _QUANTITY.search(topic) and not _COUNT.search(asked):
        asked += "多少"
    return asked


def _without_cues(topic: str) -> str:
    # One clause: the counted thing may sit in a clause before the one that asks ("…办件量，谁多").
    asked = _COMPARE.sub("，", _CUES.sub("，", topic))
    asked = _EDGES.sub("", _PUNCTUATION.sub("", asked))
    # "…的数量" counts what precedes it, as "…多少" does; "…的件数" as "…多少件".
    asked = _MEASURED_AMOUNT.sub(lambda m: "多少" + m.group(1), _AMOUNT.sub("多少", asked))
    return _COLLECTIVE.sub("", asked)


def order_of(topic: str) -> Order:
    """``asc`` when the question asks for the least, lowest or earliest; else ``desc``."""
    return "asc" if _ASCENDING.search(topic) else "desc"


def attribute_of(topic: str) -> Attribute | None:
    """The report attribute a ranking or table asks for (its year, its publication date)."""
    if _COUNT.search(_without_cues(topic)):
        return None
    if _PUBLISHED.search(topic) and _WHEN.search(topic):
        return "published"
    if _YEAR.search(topic):
        return "year"
    return None


def parts(asked: str, vocabulary: Vocabulary) -> list[str]:
    """The things a table asks for at once ("法治长廊和法治宣传栏分别有多少" → two), each
    asked with the question's count words.

    A joining character splits only where it is no part of a word the reports use (和解, 与会).
    """
    count = _COUNT.search(asked)
    head, tail = (asked[: count.start()], asked[count.start() :]) if count else (asked, "")
    pieces, start = [], 0
    for join in _JOIN.finditer(head):
        at, end = join.start(), join.end()
        joined = head[max(at - 1, 0) : at + 1], head[end - 1 : end + 1]
        if any(len(word) == 2 and vocabulary.knows(word) for word in joined):
            continue
        pieces.append(head[start:at])
        start = end
    pieces.append(head[start:])
    named = [piece.strip("，,的 ") for piece in pieces]
    if len(named) < 2 or any(len(piece) < 2 for piece in named):
        return [asked]
    return [piece + tail for piece in named]
