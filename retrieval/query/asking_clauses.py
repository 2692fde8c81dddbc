"""The clauses a question asks in: a comma, a space between Chinese keywords or a count
right after another parts them; "A数和B数是多少" is two; "X：a、b、c" asks each of a, b, c of X;
"A多少、B几个" asks each side, "调解、化解多少件" one count of both."""

from __future__ import annotations

import re

__all__ = ["ASKS", "CLAUSES", "COUNTS", "DONE", "HOW_FAR", "asking_clauses", "colon_list"]

# A space parts the keywords of a terse query ("述法 多少人 好评率") as a comma does.
CLAUSES = re.compile(
    r"[，,；;]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
    # "考了几次多少人拿证": a count asked right after another begins a part of its own.
    r"|(?<=多少[次件项名人场家个期份本条户])(?=多少|几)|(?<=几[次件项名人场家个期份本条户])(?=多少|几)"
)
COUNTS = re.compile(r"多少|几")
# "建完没有": whether something is done, a part of its own though it names nothing new.
# "建到哪一步了", "进展如何", "建得怎么样了": how far something has got, which its sentence
# says.
HOW_FAR = (
    r"(?:到|在)(?:哪一?步|什么程度|啥程度|哪个阶段)|(?:进展|进度)(?:如何|怎样|怎么样|咋样)"
    r"|(?:建|修|盖|搞|弄|做)(?:得|的)(?:怎么样|怎样|如何|咋样)了"
)
DONE = re.compile(rf"没有?$|{HOW_FAR}")
# Question words: a clause holding one asks something.
ASKS = re.compile(
    r"多少|几|哪|什么|啥|是否|是不是|有没有|有无|吗|怎么|怎样|咋|如何|谁|何时|比例|占比|率$|呢$|多大|多长|多久"
    # "现在建好没有", "都答复了没": whether it is done, asked at the clause's end.
    rf"|{DONE.pattern}"
    # "顺便说下全年办件量": a request to tell an amount asks it.
    r"|(?:说|讲|报|介绍)(?:一)?下[^，,。？?！!]*(?:量|数|率)$"
    # "顺带把线上线下办件量也报一下": the amount, then the request to tell it.
    r"|把[^，,。？?！!]*(?:量|数|率)(?:也|都)?(?:说|讲|报|介绍|列|给)(?:一)?下$"
    # "…件数与办结率同时给出": the amounts named, then a request to give them.
    r"|(?:量|数|率)(?:也|都)?(?:请|麻烦)?(?:一并|一起|同时|顺便)?(?:给出|列出|提供|写出|报一下)"
)


def asking_clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence``; a 、 parts two of them where each side counts ("监督员多少
    人、联系点几个"), not a list of things counted together ("调解、化解多少件")."""
    clauses: list[str] = []
    for clause in filter(str.strip, CLAUSES.split(sentence)):
        two = _TWOCOUNTS.match(clause.strip())
        if two:
            # "预警信息条数和应急演练次数是多少": two things, each counted in its measure.
            ask = two["ask"] or "是多少"
            clauses.extend([two["a"] + ask, two["b"] + ask])
            continue
        listed = _listed_after_colon(clause)
        if listed:
            clauses.extend(listed)
            continue
        pieces = clause.split("、")
        # "投了多少钱、建到哪一步了": each side asks its own thing.
        counted = len(pieces) > 1 and all(
            COUNTS.search(piece) or (ASKS.search(piece) and COUNTS.search(clause))
            for piece in pieces
        )
        clauses.extend(pieces if counted else [clause])
    return clauses


_COUNT_OF = r"(?:场次|人次|[条次人件个项场户家份])数"
_TWOCOUNTS = re.compile(
    rf"^(?P<a>[^和及与]{{2,}}?{_COUNT_OF})(?:和|及|以及|与)(?P<b>[^和及与]{{2,}}?{_COUNT_OF})"
    r"(?P<ask>(?:各|分别)?(?:是|为|有)?多少)?$"
)
# "取证人数", "金额": an amount named is asked in a list of asks.
_AMOUNT_NAMED = re.compile(r"(?:数|量|额)$")
# "X：a、b、c": what is asked about, a colon, then two things or more listed.
_COLON_LIST = re.compile(
    r"(?P<about>[^：:，,。？?]+)[：:](?P<listed>[^：:，,。？?、]+(?:、[^：:，,。？?、]+)+)"
)


def colon_list(text: str) -> tuple[str, list[str]] | None:
    """What ``text`` names before a colon and the things it lists after it ("执法队伍：在岗人
    数、考试"), or None when it lists none."""
    found = _COLON_LIST.search(text)
    if found is None:
        return None
    return found["about"], [piece for piece in found["listed"].split("、") if piece.strip()]


def _listed_after_colon(clause: str) -> list[str]:
    """ "培训情况：办了几期、参训人数、合格率": what the asks are about, then each ask (an
    amount named alone asks how much), or [] when ``clause`` is no such list."""
    listed = colon_list(clause)
    about, pieces = listed or ("", [])
    if not pieces or not all(ASKS.search(p) or _AMOUNT_NAMED.search(p) for p in pieces):
        return []
    return [about, *(p if ASKS.search(p) else f"{p}多少" for p in pieces)]
