"""Which of a report's own attributes a question asks for (索引号, 发布日期, 落款 …)."""

from __future__ import annotations

import re
from functools import cache

from retrieval.lexicons import Field, metadata_fields
from retrieval.query.place_asked import CLAUSES, WHICH, WHICH_PLACE
from retrieval.text.sounds import sounds
from retrieval.text.words import pos_tags

__all__ = [
    "EXISTS",
    "ISSUED_BY",
    "asked_fields",
    "asks_gap",
    "asks_headings",
    "quoted_code",
]

# "是哪个单位发布的" asks who, though "发布" names the publication date.
# ("谁多", "哪家更高": which one, weighed, not who.)
# ("谁来调解": who does the work, no issuer of the report.)
_WHO = re.compile(
    r"(?:谁|哪家)(?!(?:的|家)?(?:更|较|最|比较)?[多少高低大小早晚快慢强弱好])(?!来|去|负责|管|在|给|帮)"
    r"|哪个单位|什么单位|哪个部门|哪个机构|什么机构|哪个机关"
)
# "是司法局发的还是政府发的", "是县里发的吗": by whom it was issued, asked of a guess.
ISSUED_BY = re.compile(
    r"是[^，,。？?]{1,10}?(?:出|发|印发|下发|发布)的(?:吗|么|呢|还是|[？?。]|$)|(?:出|发)的还是"
)
_FIRST_AFTER = re.compile(r"(?:第一|首个|首家|首批|首)")
_WHETHER = re.compile(r"了没有?|了吗|是否|有没有|有无|没有")
_WHEN = re.compile(r"什么时候|啥时候|何时|哪天|哪一天|几号|几月|日期|时间")
_ISSUER = "发文机构"
# A code a report's header states (索引号, 文号): letters or digits with a / or - inside.
_CODE = re.compile(r"[A-Za-z0-9]+[/\-][A-Za-z0-9/\-]{3,}")
# "主动公开信息多少条" counts what was published: a verb (发布, 公开) names no date there.
# "几号", "几月" ask a date, not a count.
# "这几个报告分别是哪年的": the reports pointed at, not a count.
_COUNTS = re.compile(
    r"(?<![这那])(?:多少|几)(?![个份]?(?:报告|县|地方)|[号月日])[个次件项条份篇场期批]?|[条件篇份]数"
)

# "那份报告你能找到吗", "有没有…的报告": whether the report is held, answered by naming it.
# "你这儿", "您这边", "你们": who holds the reports, asked.
_HOLDER = r"(?:(?:[你您](?:们)?)?(?:这里|这儿|这边|那里|那儿|手上|手里)|[你您]们?|这里|这儿|这边)"
EXISTS = re.compile(
    r"报告[^，,。？?]{0,4}?(?:能|可以)?(?:找到|查到|搜到|找得到|查得到|调出|调得出)(?:了)?(?:吗|么|没有?|不)"
    r"|(?:有没有|有无|是否有)[^，,。？?]{0,30}报告(?:[？?。！!]|$)"
    # (Not "报告有没有写X", "报告有没有单列亮点": what it says, or how.)
    rf"|报告{_HOLDER}?(?:有吗|有没有(?=[？?。！!\s呢啊]|$)|在吗|在不在|收录了?吗)"
    # "有和静县的报告吗", "收了额敏的报告没": whether the store holds it.
    rf"|^(?:请问)?{_HOLDER}?(?:有|收录了?|收了)[^，,。？?]{{0,20}}?的?报告(?:吗|么|没有?)"
)
_TITLE_FIELD = "标题"
_PUBLISHED = "发布日期"
_ASKED_WHEN = r"(?:什么时候|啥时候|何时|哪天|哪一天|几号)"
_SENT = re.compile(_ASKED_WHEN + r"(?:发|出|挂网|挂出来|公布)(?:的|出来)")
# "啥时候写的": when it was written, its date of writing.
_WRITTEN = re.compile(_ASKED_WHEN + r"(?:写|写好|写成|起草|成稿)(?:的|出来)")
_WRITING = "成文日期"
# A date named by no attribute word.
_BARE_DATE = "日期"
# The word naming an attribute that a bare "哪天" or "是谁" in the next clause asks again.
# The words an attribute's label opens with ("发布" of 发布日期); the nouns they take.
_STEMS, _NOUNS = "落款|发文|发布|成文", "单位|机构|机关|日期|时间"
_STEM = re.compile(rf"{_STEMS}|署名")
# "谁落的款", "谁署的名": a verb and its object split by 的 name one attribute.
_SPLIT = re.compile(r"(落|署|发)的(款|名|文)")
# "差了几天", "隔了多久", "相隔多长时间": how far apart two dates are.
_GAP = re.compile(
    r"(?:差|隔|相差|相隔|间隔|过了|晚了|早了)了?(?:几天|多少天|多久|多长时间|几个月|多少个?月)"
)
# The stems a date of a report is named by, alone ("落款", "网上发布").
_DATED = "落款|成文|发布|印发|发文|公开|发表"
# "从落款到网上发布隔了几天": the two dates, named by their stems alone.
_FROM_TO = re.compile(
    rf"(?:从)?({_DATED})(?:日期|时间)?(?:到|和|与|跟)(?:网上|网站)?({_DATED})(?:日期|时间)?"
)

# "年份到印发相隔几个月": the year reported on, then a date of the report.
_YEAR_TO = re.compile(
    rf"(?:报告)?(?:年度|年份)(?:到|和|与|跟)(?:网上|网站)?({_DATED})(?:日期|时间)?"
)


def asks_gap(topic: str) -> bool:
    """True when ``topic`` asks how far apart two dates are."""
    return _GAP.search(topic) is not None


# "发布（或成文、落款）日期": the noun after the brackets is each stem's, each an alternative.
_ALTERNATIVES = re.compile(
    rf"({_STEMS})[（(](?:或者?|和|及|以及)?((?:(?:{_STEMS})[、和或及]?)+)[）)]({_NOUNS})"
)
# Labels of this length are looked for by their sound: a typing slip keeps a label's sound.
_LABEL_LEN = 4
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_SHARED = re.compile(rf"({_STEMS})({_NOUNS})(和|与|及|、|以及)({_NOUNS})")


# "是哪个县哪一年的": which place, then another attribute asked in the same clause.
_PLACE_THEN = re.compile(rf"{WHICH}(?=[、和与及]?(?:哪|什么|谁|何))")
_RANKED = re.compile(r"最|更|较|[谁哪]个?[多少高低]")
_REGION = "地区"


# "小标题列一下", "一级标题", "分几大块，各块标题": the headings of a report's parts, not its title.
# "这几条亮点的标题", "每条的标题": the headings of a report's items, named by what they are.
_HEADINGS = re.compile(
    r"[大小]标题|[一二三四各]级标题|分了?几个?大?(?:块|部分|个方面|条|点)|几大(?:块|部分|方面)"
    r"|分成?(?:哪|几)几?(?:大|个)?(?:块|部分|方面)"
    r"|(?:条|点|项|类|块|部分|方面|章|节|亮点|问题|不足|举措|措施|打算|安排|特色|做法|经验)(?:的)?(?:标题|题目)"
    # "共几项亮点及其标题": the headings of the items just named.
    r"|(?:及|和)其(?:标题|题目)"
)


def asks_headings(topic: str) -> bool:
    """True when ``topic`` asks the headings of a report's parts ("小标题"), not its title."""
    return _HEADINGS.search(topic) is not None


def asked_fields(topic: str) -> list[Field]:
    """The attributes ``topic`` asks for, clause by clause, in the order the lexicon lists them."""
    if asks_headings(topic):
        topic = topic.replace("标题", "")
    # "落款单位和日期": the second noun shares the first's attribute word (落款日期).
    topic = _SPLIT.sub(r"\1\2", topic)
    if asks_gap(topic):
        topic = _YEAR_TO.sub(r"年份和\1日期", _FROM_TO.sub(r"\1日期和\2日期", topic))
    topic = _SHARED.sub(r"\1\2\3\1\4", _ALTERNATIVES.sub(_each_alternative, _by_sound(topic)))
    fields: list[Field] = []
    stem = ""
    ranked = _RANKED.search(topic) is not None
    for clause in (part for piece in CLAUSES.split(topic) for part in _each_asked(piece)):
        own = _clause_fields(clause)
        place = WHICH_PLACE.fullmatch(clause.strip()) or (own and _PLACE_THEN.search(clause))
        if place and not ranked:
            # "是哪个县哪一年的": the region asked beside another attribute, in one clause.
            region = [field for field in metadata_fields() if field.name == _REGION]
            own = [*region, *own]
        if not own and stem:
            # "落款是谁，哪天": a bare when (or who) asks it of the attribute named before.
            own = _of_stem(stem, clause)
        elif not own and fields and _BARE_WHEN.fullmatch(clause.strip()):
            # "哪个单位挂的 啥时候": a bare when beside another attribute asks when the report
            # was put out, as "报告啥时候" does.
            own = [field for field in metadata_fields() if field.name == _PUBLISHED]
        stem = (_STEM.findall(clause) or [stem])[-1]
        fields.extend(own)
    return list(dict.fromkeys(fields))


def _each_asked(clause: str) -> list[str]:
    """``clause`` parted before each question word after its first ("哪天成文哪天发的")."""
    starts = [found.start() for found in _ASKS_ONE.finditer(clause)][1:]
    return [clause[a:b] for a, b in zip([0, *starts], [*starts, len(clause)], strict=True)]


_ASKS_ONE = re.compile(rf"{_ASKED_WHEN}|谁")


def _by_sound(topic: str) -> str:
    """``topic`` with an attribute's label typed by its sound written right ("发部日期")."""
    labels = _labels_by_sound()
    for start in range(len(topic) - _LABEL_LEN + 1):
        window = topic[start : start + _LABEL_LEN]
        label = labels.get(sounds(window)) if _CJK_ONLY.fullmatch(window) else None
        if label and label != window:
            topic = topic[:start] + label + topic[start + _LABEL_LEN :]
    return topic


@cache
def _labels_by_sound() -> dict[str, str]:
    labels = {label for field in metadata_fields() for label in field.labels}
    return {sounds(label): label for label in labels if len(label) == _LABEL_LEN}


def _each_alternative(found: re.Match[str]) -> str:
    stems = [found[1], *re.findall(_STEMS, found[2])]
    return "、".join(stem + found[3] for stem in stems)


def _of_stem(stem: str, clause: str) -> list[Field]:
    if _WHEN.search(clause):
        return [f for f in _clause_fields(stem + "日期") if f.name.endswith("日期")]
    if _WHO.search(clause):
        return [f for f in _clause_fields(stem + "单位") if not f.name.endswith("日期")]
    return []


# "平台名称", "工作室的名称": the name of a thing the report tells of, not the report's own.
_NAME_CUES = ("名称", "全称", "全名")
_OTHER_THING = re.compile(r"(?<![报告文件材料份篇])[\u4e00-\u9fff](?:的)?(?:完整|正式|具体)?$")
_HEADING_CUES = ("标题", "题目")
_ITEM_BEFORE = re.compile(r"(?:条目|条|项|小|部分|章节|板块|段落?|[一二三四五六七八九十])的?$")
_REPORT_NAMED = re.compile(r"(?:报告|文件|材料|那份|这份|该份)(?:的)?(?:完整|正式|具体)?$")


def _named_of_other(clause: str, cue: str) -> bool:
    before = clause[: clause.find(cue)]
    # "它是哪一级首家": the level something is the first at, no report's region.
    if _FIRST_AFTER.match(clause, clause.find(cue) + len(cue)):
        return True
    # "各条目标题", "小标题": the headings of a report's items, no title of the report.
    if cue in _HEADING_CUES and _ITEM_BEFORE.search(before):
        return True
    return (
        cue in _NAME_CUES and bool(_OTHER_THING.search(before)) and not _REPORT_NAMED.search(before)
    )


def _clause_fields(clause: str) -> list[Field]:
    counts = _COUNTS.search(clause) is not None
    # "政务公开的数": a verb that names a date's attribute ("公开", "印发") asks it only of
    # when, or whether it was done ("公开了没有").
    when = _WHEN.search(clause) is not None or _WHETHER.search(clause) is not None
    found = [
        (field, cue)
        for field in metadata_fields()
        for cue in field.cues
        if cue in clause
        and not (counts and cue not in field.labels)
        and (when or cue in field.labels or not _dated_verb(field, cue))
        and not _named_of_other(clause, cue)
    ]
    # A cue inside a longer cue of another attribute names that one ("发布" of "发布机构").
    kept = [
        (clause.find(cue), f)
        for f, cue in found
        if not any(cue != o and cue in o for g, o in found if g != f)
    ]
    # "年度以及发布日期": the attributes in the order asked.
    fields = list(dict.fromkeys(f for _, f in sorted(kept, key=lambda at: at[0])))
    if [cue for f, cue in found if f.name.endswith(_BARE_DATE)] == [_BARE_DATE]:
        # "啥日期": the report's dates, whichever it states (written, signed, published).
        fields += [field for field in metadata_fields() if field.name == _PUBLISHED]
    if not fields and _REPORT_WHEN.search(clause) and not _SENT.search(clause):
        # "这份报告究竟是哪天的": no date named, so each date it states, as "啥日期".
        dated = [f for f in metadata_fields() if _BARE_DATE in f.cues]
        return [*dated, *(f for f in metadata_fields() if f.name == _PUBLISHED and f not in dated)]
    if not fields and _SENT.search(clause):
        # "啥时候发的": when it was sent out, its publication date.
        return [field for field in metadata_fields() if field.name == _PUBLISHED]
    if not fields and _WRITTEN.search(clause):
        return [field for field in metadata_fields() if field.name == _WRITING]
    if not fields and ISSUED_BY.search(clause):
        return [field for field in metadata_fields() if field.name == _ISSUER]
    if not fields and EXISTS.search(clause):
        return [field for field in metadata_fields() if field.name == _TITLE_FIELD]
    if _WHO.search(clause) and not _WHEN.search(clause):
        issuer = [field for field in metadata_fields() if field.name == _ISSUER]
        dated = [field for field in fields if field.name.endswith("日期")]
        rest = [f for f in fields if f not in dated]
        # "落款是谁": the signer is who; "谁发布的": the issuer, not the date.
        fields = rest or issuer
    return fields


_BARE_WHEN = re.compile(rf"(?:是|又是|那)?{_ASKED_WHEN}(?:的|呢|啊)?[？?。！!]*")
# "报告是哪天的": the report's own dates, no one of them named.
_REPORT_WHEN = re.compile(
    rf"报告(?:的)?(?:到底|究竟)?(?:是|算是|算)?{_ASKED_WHEN}的?[？?。！!\s]*$"
)


def _dated_verb(field: Field, cue: str) -> bool:
    """True when ``cue`` names the date attribute ``field`` by the verb dated ("公开" of 发布
    日期), not by a noun of its own."""
    return field.name.endswith("日期") and not any(
        flag.startswith("n") for _, flag in pos_tags(cue)
    )


def quoted_code(question: str) -> str | None:
    """A header code the question quotes ("索引号K45893645/2026-00379是哪份"), or None."""
    found = _CODE.search(question)
    return found.group() if found else None
