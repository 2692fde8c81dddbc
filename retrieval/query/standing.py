"""A place's standing among the reports ("额敏的X在各县里排第几", "额敏的X和其他县比怎么样",
"额敏的X比别的县多吗"): one place is named, yet what is asked is weighed against every report,
so the question is a ranking of X over all of them, the place's own rank said first; how its
X differs from the others' ("…跟其余报告有啥区别") is every report's X side by side."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["standing_asked"]

# The other reports, as a question names them ("其他县", "别的几家", "其余报告").
_OTHERS = (
    r"(?:其他|别的|其余|其它|另外)(?:的)?(?:几|那几|[两三四])?"
    r"(?:个县|家|县|份|个地方|地方|报告|乡镇)?(?:的?报告)?"
)
# Among all the reports ("在各县里", "在几份报告中", "在五个地方里").
_AMONG = (
    r"(?:在)?(?:各县|各地|各报告|各份报告|所有报告|全部报告|这几份报告|这几个县|几份报告|几个县"
    r"|[两三四五六七八九十]份报告|[两三四五六七八九十]个(?:县|地方))(?:里|中|当中|里面)?"
)
_STANDING = re.compile(
    # "排第几", "排名怎么样", "能排第几", "算靠前吗".
    rf"(?:{_AMONG})?(?:能|可以|算)?(?:排(?:名|在)?|名次)(?:是)?(?:第几|多少|怎么样|如何|咋样|靠前|靠后)"
    r"(?:位|名)?(?:吗|么|呢)?"
    # "和其他县比怎么样", "跟别的几家相比算多吗".
    rf"|(?:和|跟|与|同){_OTHERS}(?:相)?比(?:较)?(?:起来|一下)?(?:的话)?[，,]?"
    r"(?:怎么样|如何|咋样|呢|算|是)?(?:多|少|高|低)?(?:不多|不少|吗|么|不|呢|还是[多少高低])?"
    # "比别的县多吗", "是不是比其他几家都高".
    rf"|(?:是不是|是否)?比{_OTHERS}(?:都|还|更)?(?P<way>[多少高低])(?:吗|么|不|呢)?"
)
# "普兰报告的章节跟其余的有啥区别": how it differs is read off every report side by side.
_UNLIKE = re.compile(
    rf"(?:和|跟|与|同){_OTHERS}(?:比|相比)?(?:有什么|有啥|有哪些|有)?(?:不一样|不同|区别|差别|差异)"
)
# "我们额敏": the asker's own place, the pronoun naming nothing asked.
_ASKER = re.compile(r"^(?:我们|咱们|咱|俺们|我)(?:这儿|这里|这边)?的?")
_OF_REPORT = re.compile(r"^(?:那份|这份|那个|这个)?(?:报告)?的?")
_LESS = "少低"


def standing_asked(
    question: str,
    places: Callable[[str], list[str]],
    unplaced: Callable[[str], str],
    ranked_before: str = "",
) -> tuple[str, str] | None:
    """The ranking to ask and the place whose standing in it is asked, when ``question``
    names one place and weighs what it asks against the other reports; None otherwise.

    Args:
        question: the question as heard.
        places: the stored places a text names.
        unplaced: a text without the places it names.
        ranked_before: the question before, when it ranked (or laid out) every report: what
            "额敏排第几" weighs, naming nothing of its own.
    """
    named = places(question)
    if len(named) != 1:
        return None
    unlike = _UNLIKE.search(question)
    if unlike is not None:
        rest = unplaced(question[: unlike.start()]).strip("，,。？?！! ")
        rest = _OF_REPORT.sub("", rest)
        return (f"这几份报告的{rest}有什么不同", named[0]) if rest else None
    found = _STANDING.search(question)
    if found is None:
        return None
    rest = unplaced(question[: found.start()] + question[found.end() :])
    rest = _ASKER.sub("", rest.strip("，,。？?！! ")).removeprefix("的")
    if not rest:
        # "我们额敏排第几" after a ranking: its place in that ranking.
        return (ranked_before, named[0]) if ranked_before else None
    way = "最少" if found["way"] and found["way"] in _LESS else "最多"
    return f"{rest}，哪个县{way}", named[0]
