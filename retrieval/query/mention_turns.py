"""Follow-ups on which reports say a thing: the others asked of it ("别的报告有没有搞兵地联调的",
"还有别的县有这个做法吗"), whether the report asked of before says one ("到底有没有写X"), and
the reports silent on it, or saying it, asked again ("没提到的有哪些", "还有谁")."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.about_answer import asks_its_figures, asks_its_words
from retrieval.query.mentioned import mentioned_term
from retrieval.query.places_asked import OTHER_PLACES
from retrieval.query.routing import Route
from retrieval.query.term import Term
from retrieval.query.weights import topic_words
from retrieval.schema import Conversation
from retrieval.types import Vocabulary

__all__ = [
    "asks_term_again",
    "asks_whether_said",
    "of_report_asked",
    "others_asked_of",
    "others_too_asked",
    "term_asked_again",
    "term_followed",
]

_OTHER_PLACES = re.compile(OTHER_PLACES)
# "它们分别培养了几名调解员": each report found, a count of a thing named after the count.
_EACH_COUNTS_THING = re.compile(
    r"^(?:那)?(?:它们|这几份|这几家|这些|这两家|这两份)?(?:各自|分别|各)"
    r"(?P<rest>[\u4e00-\u9fff]{0,4}?(?:多少|几)[\u4e00-\u9fff]?[\u4e00-\u9fff]{2,12}?"
    # "各办过几场 多少人到场": more counts of it, asked on.
    r"|[\u4e00-\u9fff]{0,4}?(?:多少|几)[\u4e00-\u9fff]{1,12}?"
    r"(?:[，,\s]+[\u4e00-\u9fff]{0,6}?(?:多少|几)[\u4e00-\u9fff]{1,8}?)+)[？?。！!\s]*$"
)
# "有没有搞X的", "也开展了X吗", "有没有提到X": whether a thing named was done or said.
_NAMED_DOING = re.compile(
    r"(?:还|也|都)?(?:(?:有没有|有)(?:搞|做|干|开展|推行|提到?|写到?|讲到?)?"
    r"|(?:搞|做|干|开展|推行|提到|写到|讲到))(?:过|了)?"
    # ("有类似兵地联调的吗": the thing named, which the others may say.)
    r"(?:类似|像)?(?![没这那的])(?P<thing>(?:(?!这|那|类似|同样|一样|相同)[\u4e00-\u9fff“”\"]){2,16}?)(?:的)?"
    r"(?:做法|工作)?(?:吗|么|呢|没有?)?[？?。！!\s]*"
)

# "还有别的县有这个做法吗": what other places do is pointed at, not named.
_POINTED_DOING = re.compile(
    r"(?:还有|还|也|都)?(?:有没有|有|在|搞|做|干|开展|推行)?(?:过|了)?"
    r"(?:(?:这个|这种|这项|这类|这样的|类似的?|同样的?|一样的?|相同的?)"
    r"(?:做法|举措|工作|事情?|经验|机制|情况|的)?"
    # "还有别的县这么干吗", "别的报告有吗": the doing pointed at, or had.
    r"|(?:这么|这样|同样)(?:干|做|搞|弄)?的?|(?<=有))(?:吗|么|呢|没有?)?[？?。！!\s]*"
)


def others_asked_of(topic: str, before: str, vocabulary: Vocabulary) -> str | None:
    """ "还有别的县有这个做法吗" after a question about a thing: which other reports mention
    the thing (``before`` the topic of the turn before), asked in words; None for any other
    question."""
    found = _OTHER_PLACES.search(topic)
    if found is None or topic[: found.start()].strip("还有也，, "):
        return None
    # "别的报告有没有搞兵地联调的": the thing named, whether the others did it.
    named = _NAMED_DOING.fullmatch(topic[found.end() :])
    if named and len(named["thing"].strip("的吗呢么")) > 1:
        return f"还有{found.group()}写了{named['thing']}吗"
    if not _POINTED_DOING.fullmatch(topic[found.end() :]):
        return None
    thing = topic_words(before, vocabulary)
    return f"还有{found.group()}写了{thing}吗" if thing else None


# "到底有没有写X", "提到X了吗": whether the report in question says a thing, asked of no
# report and of no other ("哪些报告", "有报告", "别的县" ask of several).
_WHETHER_SAID = re.compile(
    r"^(?:那|那么|可是|但是?)?(?:它|这份|该报告)?(?:里面|里)?(?:到底|究竟|是否|又)?"
    r"(?:有没有|有无|是否|有)(?:写|提到?|说|讲|涉及|写到|说到|讲到)"
    r"|(?:写|提到?|说|讲|涉及)(?:了|到|过)[^，,。？?！!]{2,20}(?:吗|没有|没)[？?。！!\s]*$"
)
_SEVERAL = re.compile(r"哪|谁|报告|各|几[份家个]|别的|其他|其它|其余|所有|都|另外")


def asks_whether_said(topic: str) -> bool:
    """True when ``topic`` asks whether the report in question says a thing ("到底有没有写
    执法方面的问题"), naming no report: a follow-up asks it of the place asked before."""
    return bool(_WHETHER_SAID.search(topic.strip())) and not _SEVERAL.search(topic)


# "没提到的有哪些", "哪些没写": the reports silent on what was just asked of.
_MISSING_ONES = re.compile(
    r"^(?:那)?(?:没(?:有)?(?:提到|提|写|讲)|未(?:提及|提到)|没提及)的?(?:报告|县)?(?:有|是)?"
    r"(?:哪些|哪几家|哪几份|哪家|哪份|谁)(?:呢)?[？?。！!\s]*$"
    r"|^(?:那)?(?:哪些|哪几家|哪几份|哪家|哪份|谁)(?:报告|县)?没(?:有)?(?:提到|提|写|讲)(?:呢)?[？?。！!\s]*$"
)
# "还有谁", "还有哪些": the reports saying it, all of them.
_OTHERS_LEFT = re.compile(r"^(?:那)?还有(?:谁|哪些|哪几家|哪家|吗|别的吗)(?:呢|吗)?[？?。！!\s]*$")


def asks_term_again(said: str) -> bool:
    """True when ``said`` asks, after which reports say a term, those silent on it or those
    saying it again ("没提到的有哪些", "还有谁")."""
    return bool(_MISSING_ONES.match(said) or _OTHERS_LEFT.match(said))


def term_asked_again(said: str, phrase: str) -> str | None:
    """The question to ask of the term ``phrase`` which reports say, when ``said`` asks after
    them those silent on it ("没提到的有哪些") or those saying it again ("还有谁"); else None."""
    if _MISSING_ONES.match(said):
        return f"哪些报告没有提到“{phrase}”"
    if _OTHERS_LEFT.match(said):
        return f"哪些报告提到“{phrase}”"
    return None


def of_report_asked(said: str, routed: Route, conversation: Conversation) -> bool:
    """True, ``routed`` set to it, when ``said`` (a mentions question naming no report) asks
    whether the one report the turn before asked of says a thing ("到底有没有写X")."""
    placed = routed.regions or routed.unknown_regions or routed.files
    asked_of = conversation.regions or conversation.sources
    if placed or len(asked_of) != 1 or not asks_whether_said(said):
        return False
    routed.regions, routed.files = list(conversation.regions), list(conversation.sources)
    routed.inherited = True
    return True


# "…有没有提到X？其余四份里还有哪份也提了": the others asked of the same thing, in a sentence
# of the same turn.
_OTHERS_TOO = re.compile(
    r"^(?P<first>[^？?]+[？?])\s*(?:那)?(?:其余|其他|其它|别的|另外)(?:[几两三四五]份|几家|的?报告|地方|县)?"
    r"(?:里|中|当中)?(?:还有|也有)?(?:哪|哪些|哪几|谁)(?:份|家|个)?(?:报告)?(?:也|还)?"
    r"(?:提|写|讲|说)(?:了|到|过)?(?:吗|呢)?[？?。！!\s]*$"
)


def others_too_asked(question: str, vocabulary: Vocabulary) -> str | None:
    """Which reports say X, when ``question`` asks whether one says X, then which other reports
    say it too ("普兰有没有提到X？其余四份里还有哪份也提了"): every report saying X answers
    both; else None."""
    found = _OTHERS_TOO.match(question.strip())
    term = mentioned_term(found["first"], vocabulary) if found else None
    if term is None:
        return None
    # ("写了“枫桥经验”没有": what is quoted is the term, not the words written on to it.)
    return f"哪些报告提到“{term.core if term.quoted else term.phrase}”"


# "真的没提吗", "确实没写吗", "是不是没提到": the absence just told, doubted.
_DOUBTED_ABSENCE = re.compile(
    r"^(?:那)?(?:那份|这份|的)?(?:报告)?(?:里|里面)?(?:真的|确实|真|是不是|难道|的确)(?:是)?"
    r"(?:没有?|未)(?:提到?|写到?|讲到?|说到?|提及)(?:吗|么|呢|吧)?[？?。！!\s]*$"
)


def term_followed(
    said: str, places: str, term_of: Callable[[], Term | None], conversation: Conversation
) -> str | None:
    """The question a follow-up asks of the term ``term`` a mentions turn was about: those
    silent on it, or saying it ("没提到的有哪些", "还有谁"); X in the words of the places named
    (``places``: "普兰那边具体是怎么写的"); X's figures ("它的数字是多少", of the one report
    found, or of one named); None for any other follow-up. ``said``: the follow-up, its
    places aside; ``term_of``: the term, read only for a follow-up of these."""
    again = asks_term_again(said)
    found = [*conversation.regions, *conversation.files_too]
    each = _EACH_COUNTS_THING.match(said.strip()) if len(found) > 1 and not places else None
    if each:
        # "分别培养了几名调解员" after the reports found: each one's count of that, of the term.
        term = term_of()
        return f"{'和'.join(found)}“{term.phrase}”{each['rest']}" if term else None
    if places and _DOUBTED_ABSENCE.match(said):
        # "普兰那份确实没写吗": whether the place named says it, asked again of it alone.
        term = term_of()
        return f"{places}报告中有没有提到“{term.phrase}”" if term else None
    # (Of several reports found, "人数分别是多少" is a table of them: ``table_again``.)
    # (Reports named by file go with regions only: with none, the report found is a source.)
    found_one = len(found or conversation.sources) == 1
    figures = (found_one or places) and asks_its_figures(said)
    if not (again or figures or (places and asks_its_words(said))):
        return None
    term = term_of()
    if term is None:
        return None
    if figures:
        places = places or "和".join(conversation.regions or conversation.sources)
        return f"{places}“{term.phrase}”的数字是多少"
    if again:
        return term_asked_again(said, term.phrase) or f"{places}“{term.phrase}”具体是怎么写的"
    if places and asks_its_words(said):
        return f"{places}“{term.phrase}”具体是怎么写的"
    return None
