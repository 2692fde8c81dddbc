"""Which way a ranking or comparison runs: the most first, or the least, lowest, earliest."""

from __future__ import annotations

import re
from typing import Literal

from retrieval.query.places_asked import FIRST_PLACES, LAST_PLACE

__all__ = [
    "AGAIN",
    "AMONG_YEAR",
    "ORDERED_CLAUSE",
    "SUPPOSING",
    "WHICH_FIRST",
    "Order",
    "least_also",
    "order_of",
]

# "…，各项从多到少排", "，按多少排个序": the order figures were put in, no part of what they
# count (a sum or a share of them asks nothing of it).
ORDERED_CLAUSE = re.compile(
    r"[，,]\s*[^，,]*(?:从多到少|从高到低|由多到少|由高到低|从少到多|排个?序|排名|排一下)[^，,]*"
)

# "再排一下", "重新排一次", "再列一遍": the answer before, set out again (of other reports).
# "2025年的里头呢": among one year's reports, the year said before it.
AMONG_YEAR = r"的?(?:报告)?(?:里头|里面|当中|之中|中间|中|里)?(?:的话)?"
# ("再加一遍": added up again; "再加上叶城" adds a place.)
AGAIN = (
    r"(?:请|麻烦)?(?:再|重新)(?:排|列|算|比|加(?=一次|一遍|一下|起来))"
    r"(?:一次|一遍|一下|个序|序|名|起来)?(?:呢|吧)?"
)
# "那如果…", "要是…": the answer before, supposed otherwise.
SUPPOSING = r"(?:那|那么)?(?:如果|假如|要是|若是?)"

Order = Literal["desc", "asc"]

# "哪个先发布": which came first is the earlier, an order in time.
WHICH_FIRST = r"(?:谁|哪个|哪份|哪一份|哪边|哪方|哪家)(?:更|最)?先(?=[发公印成落出写报])"
_ASCENDING = re.compile(
    WHICH_FIRST + "|"
    r"最(?:少|低|早|老|小|短|慢|先)|垫底|倒数(?:第一)?(?!第)|第(?:[二三四五六七八九十]|\d{1,2})(?:少|低|小|早)|(?:从|由)?(?:少到多|低到高|小到大|早到晚)|先后|时间顺序|"
    # "哪份发布得早": which side is earlier, asked of the sides.
    r"(?:哪|谁)(?:份|个|家|边)?[^，,。？?多高大晚]{0,8}?[得的]?(?:更|较)?早(?![到于])|"
    + LAST_PLACE
    + "|"
    r"(?:谁|哪个|哪边|哪方)(?:更)?(?:少|低|小|早)|[更较](?:少|低|小|早)|"
    # "谁组织的培训少": who, then less, in one clause.
    r"(?:谁|哪个|哪边|哪方)[^，,。？?]{1,15}(?<![多到])(?:少|低|小|早)(?![多少])|"
    # "A比B少多少", "A是不是比B少": the subject is asked as the smaller.
    r"比[^。？?！!]{0,40}?(?<!多)(?:少|低|小|早)(?=吗|么|呢|多少|[？?。！!]|$)"
)


# "最多…最少": both ends of one order asked at once (the second is named as asked).
_BOTH_ENDS = re.compile(
    r"(?:最(?:多|高|大)|第一|前[两二三四五]名?|(?:从|由)?(?:多到少|高到低|大到小)).*(最(?:少|低|小)|垫底|倒数(?:第一)?(?!第))"
)


def least_also(topic: str) -> str:
    """The word asking the least ("最少", "最低") when the question asks the most and the
    least at once ("哪家最多、哪家最少"); "" otherwise."""
    both = _BOTH_ENDS.search(topic)
    return both.group(1) if both else ""


def order_of(topic: str) -> Order:
    """``asc`` when the question asks for the least, lowest or earliest; else ``desc``. Asked
    both the most and the least ("哪家最多、哪家最少"), the most comes first."""
    # ("前五名是谁，垫底的呢": the first places, then the last named too.)
    top = _FIRST.search(topic)
    lesser = _ASCENDING.search(topic)
    after_top = top is not None and lesser is not None and lesser.start() > top.end()
    both = _MORE_THEN_LESS.search(topic) is not None or after_top
    return "asc" if lesser and not least_also(topic) and not both else "desc"


_FIRST = re.compile(FIRST_PLACES)


# "谁多谁少，排一下": both directions asked in one breath; the more comes first.
_MORE_THEN_LESS = re.compile(r"(谁|哪个|哪家)(?:更)?[多高大](?:一些)?[，,、]?\1(?:更)?[少低小]")
