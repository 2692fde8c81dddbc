"""The things a question over several reports asks at once: "…受理多少件、办结率多少", "培训
多少次和人次", "阵地（公园、长廊之类）各建了多少". Each is asked of every report as a count
question of its own (``measure.measured`` says what one thing is)."""

from __future__ import annotations

import re

from retrieval.lexicons import count_noun_end
from retrieval.query.counted_doing import trailing_verb
from retrieval.query.field_lists import FIELD_END
from retrieval.query.joints import BOTH, JOIN, joined_pieces
from retrieval.query.measure import COUNT, HOW_MANY, measured_as
from retrieval.text.numeral_context import UNIT_PATTERN
from retrieval.text.words import names_noun, pos_tags
from retrieval.types import Vocabulary

__all__ = ["EXAMPLES", "parts"]

_BARE_RATE = re.compile(r"[\u4e00-\u9fff]{1,3}率")
# "人次", "次数": a piece that is only a measure.
_BARE_MEASURE = re.compile(r"(?P<times>人次|场次|件次)|(?P<unit>[人次件场期户家])数")
# "…多少份": a piece ending on its count.
_ENDS_COUNTED = re.compile(r"(?:多少|几)[\u4e00-\u9fff]?$")
_ASKS = re.compile(r"多少|几|哪|什么|啥|谁|如何|怎么|率")
_SITUATION = re.compile(r"(?<=[\u4e00-\u9fff])(?:的)?(?:情况|数量)$")
_EACH_COUNTED = re.compile(r"(?:[和及与、或，,]|以及|或者)(?=多少|几)")

# Nouns joined after one count word, up to the end of its clause ("多少监督员和联系点？").
_COUNT_THEN_THINGS = re.compile(
    r"(?:多少|几)(?P<things>[\u4e00-\u9fff]{2,8}?(?:(?:[和及与、或跟]|以及|或者)[\u4e00-\u9fff]{2,8}?)+)"
    r"(?=的|[？?，,。！!；;]|$)"
)
# "多少文件合同": things counted, written one after another.
_COUNT_THEN_RUN = re.compile(
    r"(?:多少|几)(?P<things>[\u4e00-\u9fff]{4,8}?)(?=的|[？?，,。！!；;\s]|$)"
)
# Kinds a bracket or a pair of dashes lists as examples ("（公园、长廊、宣传栏之类）",
# "——公园、广场这些——").
# "应急这一块", "普法方面": a domain of work named before what it lists.
_DOMAIN = re.compile(r"(?P<field>[\u4e00-\u9fff]{2,6}?)(?:这一?块|那一?块|方面|领域)(?:的|工作)?$")
# "（出庭应诉率或者件数）": kinds offered as either are listed too.
_KIND_JOINT = re.compile(r"、|或者|或")
# "（读本、折页、宣传册等）": examples of a thing ("（件数、比率等）" are columns, each asked).
EXAMPLES = re.compile(r"[（(][^）)数率量次]*(?:等|之类)[）)]")
_LISTED_KINDS = re.compile(
    r"(?:[（(]|——)(?P<kinds>[\u4e00-\u9fff]+?(?:(?:、|或者|或)[\u4e00-\u9fff]+?)+)"
    r"(?:之类|等等?|这些|那些)?"
    r"(?:[）)]|——)"
)


def _of_first(first: str, piece: str) -> str:
    """``piece`` asked of the thing ``first`` names, when it opens with its count words and
    names no thing of its own: "执法人员培训搞了几次、多少人参加" asks how many took part in
    the training, "多少个调解室、多少个服务站" two things, "案卷评查几次、多少问题" the problems
    the review found."""
    count = COUNT.search(piece)
    if count is None or count.start() > 0:
        return piece
    named = COUNT.search(first)
    # "出庭应诉率或件数": the count is of what the rate is of.
    field = first[: named.start()] if named else first.removesuffix("率")
    # "案卷评查几次、多少卷、多少问题": a field the first names before its count is the
    # field of each thing counted after it ("建了多少个…" names none).
    # ("几期、多少人次": a measure word after the count names no thing of its own.)
    own = re.sub(rf"^(?:{UNIT_PATTERN})", "", piece[count.end() :])
    if own and names_noun(own) and not names_noun(field):
        return piece
    return field + piece


_CONTENT = re.compile(r"[\u4e00-\u9fff]{2}")
# (A noun after the count names a thing of its own: "多少乡镇、多少村".)
_AGAIN = re.compile(rf"[，,、]\s*(?:是|有|为)?(?:多少|几)(?P<unit>{UNIT_PATTERN})?$")
_MEASURED = re.compile(rf"(?:多少|几)(?P<unit>{UNIT_PATTERN})")


def parts(asked: str, vocabulary: Vocabulary, either: bool = True) -> list[str]:
    """The things a table asks for at once ("法治长廊和法治宣传栏分别有多少" → two), each
    asked with the question's count words.

    A joining character splits only where it is no part of a word the reports use (和解, 与会);
    ``either``: 或 joins two things, as a table lists both ("受理或办结…多少件"), not two names
    of one thing that a verdict weighs once.
    """
    # "执法证情况（持证多少、新发证、考试通过之类）": the field, then the things a bracket
    # lists of it, the question asking no count outside it.
    aside = _LISTED_KINDS.search(asked)
    if aside and not _CONTENT.search(asked[aside.end() :]) and HOW_MANY.search(aside["kinds"]):
        field = FIELD_END.sub("", asked[: aside.start()])
        kinds = _KIND_JOINT.split(aside["kinds"])
        return [field + kind + ("" if HOW_MANY.search(kind) else "多少") for kind in kinds]
    # "…多少矛盾纠纷、多少件": a count of nothing named asks the same thing again.
    # ("多少期、多少人次": a count in another measure than the first's counts another thing.)
    again = _AGAIN.search(asked)
    first = _MEASURED.search(asked[: again.start()]) if again else None
    other = bool(first and again and again["unit"] and again["unit"] != first["unit"])
    if again and COUNT.search(asked[: again.start()]) and not other:
        asked = asked[: again.start()]
    # "多少个调解室、多少个服务站": each thing asked with its own count words.
    asked_each = [piece for piece in _EACH_COUNTED.split(asked) if piece]
    # "出庭应诉率或件数": a rate, then a count of the same thing.
    first_asks = asked_each and (COUNT.search(asked_each[0]) or asked_each[0].endswith("率"))
    counts_each = all(COUNT.search(piece) for piece in asked_each[1:])
    if len(asked_each) > 1 and first_asks and counts_each:
        return [asked_each[0], *(_of_first(asked_each[0], p) for p in asked_each[1:])]
    counted = _counted_pieces(asked, vocabulary, either)
    if counted:
        return counted
    # "各设了多少监督员和联系点": the things after one count word, each counted by it.
    after = _COUNT_THEN_THINGS.search(asked)
    if after:
        lead = _verbs_before(asked[: after.start("things")])
        return [lead + thing for thing in (JOIN if either else BOTH).split(after["things"])]
    run = _COUNT_THEN_RUN.search(asked)
    tagged = pos_tags(run["things"]) if run else ()
    # "审了多少文件合同": things each counted, run together with no word between ("案卷评查"
    # is a doing to one of them).
    if run and len(tagged) > 1 and all(_counted_noun(w, f) for w, f in tagged):
        return [_verbs_before(asked[: run.start("things")]) + noun for noun, _ in tagged]
    count = COUNT.search(asked)
    head, tail = (asked[: count.start()], asked[count.start() :]) if count else (asked, "")
    # "阵地（公园、长廊之类）各建了多少": the kinds a bracket lists are what a report counts.
    listed = _LISTED_KINDS.search(head)
    if listed:
        # "应急这一块（队伍、预警、培训）": the kinds of a domain are its own ("应急培训"), not
        # any other work's; "阵地（公园、长廊之类）" lists examples of a thing, said alone.
        domain = _DOMAIN.search(head[: listed.start()])
        lead = domain["field"] if domain else ""
        kinds = [
            (kind if lead and lead in kind else lead + kind) + tail
            for kind in _KIND_JOINT.split(listed["kinds"])
        ]
        # "宣传资料（读本、折页等）的数量": examples of a thing counted of its own ("发放宣传资料
        # 6000余份"); a report may count it whole.
        whole = head[: listed.start()]
        # ("合法性审查（规范性文件、合同等）": a doing, counted whole as each example is.)
        tags = pos_tags(whole)
        whole_counted = count_noun_end(whole) is not None or bool(
            tags and tags[-1][1] in ("v", "vn")
        )
        examples = EXAMPLES.fullmatch(listed.group()) and whole_counted
        return [whole + tail, *kinds] if examples else kinds
    named = [piece.strip("，,的 ") for piece in joined_pieces(head, vocabulary, either)]
    if len(named) < 2 or any(len(piece) < 2 for piece in named):
        return [asked]
    # "政务热线受理量和办结率": a bare rate after the first piece is a rate of what it names,
    # the words before its last ("受理量": an amount said with 量 or 数 is one word).
    words = vocabulary.words(named[0]) or [named[0]]
    last = "".join(words[-2:]) if len(words) > 2 and words[-1] in ("量", "数") else words[-1]
    subject = named[0][: len(named[0]) - len(last)] if len(words) > 1 else ""
    if "的" in named[0]:
        # "复议的收案、结案": what the 的 closes is the subject (收案 is no 收 of 案).
        subject, last = named[0].rsplit("的", 1)
        subject += "的"
    if subject and named[0].endswith(last):
        # "…办件量和办结情况": a doing named with no thing of its own is the subject's too.
        named = [named[0], *(subject + p if _of_subject(p) else p for p in named[1:])]
    # "发现或督促整改的问题": the noun the last doing is of is what the doings before it did.
    shared = _SHARED_NOUN.search(named[-1])
    if shared:
        named = [f"{p}的{shared['noun']}" if _ends_doing(p) else p for p in named[:-1]] + [
            named[-1]
        ]
    # "法治督察、述法反馈的问题": what the last thing's doing did, the things before it did too.
    done = _DONE_OF.search(named[-1])
    if done and not shared and pos_tags(done["verb"])[0][1] == "v":
        named = [p + done.group() if names_noun(p) and "的" not in p else p for p in named[:-1]] + [
            named[-1]
        ]
    # "审查规范性文件、合同": a thing named alone after a doing and its thing is done alike.
    doing = pos_tags(named[0])
    if (
        len(doing) > 1
        and doing[0][1] in ("v", "vn")
        and len(doing[0][0]) > 1
        and doing[1][1][:1] == "n"
    ):
        named = [named[0], *(doing[0][0] + p if _things_only(p) else p for p in named[1:])]
    # "出庭应诉率或出庭件数": a rate is asked as it is, in no count's measure.
    return [
        piece + ("多少" if piece.endswith("率") else measured_as(piece, tail)) for piece in named
    ]


def _things_only(piece: str) -> bool:
    """True when ``piece`` names a thing and no doing ("合同")."""
    tags = pos_tags(piece)
    return bool(tags) and not any(flag.startswith(("v", "m", "q", "r")) for _, flag in tags)


_SHARED_NOUN = re.compile(r"[\u4e00-\u9fff]的(?P<noun>[\u4e00-\u9fff]{1,4})$")
_DONE_OF = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})的[\u4e00-\u9fff]+$")


def _counted_noun(word: str, flag: str) -> bool:
    return count_noun_end(word) == word and not flag.startswith("v")


def _ends_doing(piece: str) -> bool:
    tags = pos_tags(piece)
    return bool(tags) and tags[-1][1] == "v" and "的" not in piece


def _verbs_before(lead: str) -> str:
    """The verbs (and adverbs, particles and count words) ``lead`` ends with ("设了多少" of
    "在…这件事上设了多少"): what sets the scene before them names no counted thing."""
    tags = pos_tags(lead)
    kept = len(tags)
    while kept and tags[kept - 1][1][:1] in ("v", "d", "u", "m", "q", "r"):
        kept -= 1
    return "".join(word for word, _ in tags[kept:])


def _of_subject(piece: str) -> bool:
    """True when ``piece`` names no thing of its own: a bare rate ("办结率"), or a doing and
    its situation ("办结情况")."""
    tags = pos_tags(piece)
    return bool(_BARE_RATE.fullmatch(piece)) or bool(tags and tags[0][1] == "v")


def _counted_pieces(asked: str, vocabulary: Vocabulary, either: bool) -> list[str]:
    """The pieces of ``asked`` that each ask their own count or rate ("热线受理多少件、办结率
    多少"), each asked of the thing the first names ("热线办结率多少"); [] unless every piece
    asks one and the first counts."""
    pieces = [piece.strip("，,的 ") for piece in joined_pieces(asked, vocabulary, either)]
    first = COUNT.search(pieces[0])
    if len(pieces) < 2 or first is None:
        return []
    # "培训多少次和人次": a piece that is only a measure asks the count in it; "案件多少和办结
    # 情况": the situation of a doing, beside a count, is its count.
    pieces = [pieces[0], *(_SITUATION.sub("多少", _counted_measure(p)) for p in pieces[1:])]
    if len(pieces) == 2 and _ENDS_COUNTED.search(pieces[0]) and _noun_phrase(pieces[1]):
        # "抽查的案卷多少份和发现的问题": a thing after the count, counted by it too.
        pieces[1] += "多少"
    if not all(COUNT.search(piece) or "率" in piece for piece in pieces[1:]):
        return []
    # "执法人员培训多少次": what the first piece counts is said before its verb and count; a
    # piece naming a thing of its own ("执法监督联系点几个") is not asked of it.
    subject = trailing_verb(pieces[0][: first.start()])
    return [
        pieces[0],
        *(
            p if p.startswith(subject) or _own_thing(p) else _subject_of(subject, p) + p
            for p in pieces[1:]
        ),
    ]


def _noun_phrase(piece: str) -> bool:
    """True when ``piece`` asks nothing and ends on a noun of things counted ("发现的问题"),
    not on one no count measures ("培训内容")."""
    tags = pos_tags(piece)
    return bool(tags) and _counted_noun(*tags[-1]) and not _ASKS.search(piece)


def _subject_of(subject: str, piece: str) -> str:
    """The subject a piece is asked of: a bare rate ("办结率") is of the thing the first piece
    names, not of its doing ("热线受理多少、办结率" asks 热线办结率)."""
    if not _BARE_RATE.fullmatch(piece):
        return subject
    tags = list(pos_tags(subject))
    while len(tags) > 1 and tags[-1][1] in ("v", "vn"):
        tags.pop()
    return "".join(word for word, _ in tags)


def _own_thing(piece: str) -> bool:
    """True when ``piece`` names a thing before its count words, other than a rate or an
    amount of the first piece's ("办结率", "人数")."""
    count = COUNT.search(piece)
    before = piece[: count.start()] if count else piece
    # "调解纠纷多少件": a thing counted by its number ends the words, whatever jieba tags them.
    counted = count_noun_end(before)
    # jieba tags some names of a work as set phrases ("人民调解": l).
    return (counted is not None and len(counted) > 1) or any(
        (flag.startswith("n") or flag == "l")
        and len(word) > 1
        and not word.endswith(("率", "数", "量"))
        for word, flag in pos_tags(before)
    )


def _counted_measure(piece: str) -> str:
    """``piece`` asked as a count when it is only a measure ("次数" → "多少次"), or a doing
    and its measure ("参训人次" → "参训多少人次"); else as is."""
    bare = _BARE_MEASURE.fullmatch(piece)
    if bare:
        return f"多少{bare['times'] or bare['unit']}"
    # "持证人数" names its own thing (持证的人): only a doing's attendances are its count.
    ending = _BARE_MEASURE.search(piece)
    if ending and ending["times"] and ending.end() == len(piece) and not COUNT.search(piece):
        return f"{piece[: ending.start()]}多少{ending['times']}"
    return piece
