"""Follow-ups that ask the previous question again in part.

"额敏县行政复议收了多少件？" can be followed by another thing of the same places ("调解矛盾纠纷
呢？", "那下一步打算呢？"), by the same thing over every report ("哪个县最多？", "各地分别多少？"),
or by the same thing set against another place ("跟普兰比呢？", ``against_place``). Each is
rewritten as the whole question it stands for; the planner then routes and shapes it as any
other question.
"""

from __future__ import annotations

import re

from retrieval.query.aspects import PLANS, PROBLEMS, aspects_in, own_sections
from retrieval.query.expected import WANTS_NUMBER
from retrieval.query.fields import asked_fields
from retrieval.query.item_asked import SENTENCE, TELL, nth_item
from retrieval.query.layout import without_layout
from retrieval.query.list_shape import PART_UNIT
from retrieval.query.measure import BARE_COUNT, HOW_MANY
from retrieval.query.parts import another_thing
from retrieval.query.plan import Kind
from retrieval.query.pointers import field_said
from retrieval.query.thing_asked_of import asked_of
from retrieval.query.units import COUNTING_MEASURES
from retrieval.query.verdicts import asks_sum, asks_verdict, without_better, without_sum

__all__ = [
    "CLAUSE_END",
    "asked_again",
    "asks_item_titles",
    "asks_those_items",
    "likewise_asked",
    "names_item",
    "thing_summed",
    "verdict_only",
    "without_pointing",
    "without_verdicts",
]

# "再简短点", "精简一下，每条一句话": the list told again, shorter.
_SHORTER = re.compile(
    r"^(?:再|能不能|能否|可以|请)?(?:简短|简洁|精简|简练|简要|简单|短)(?:一)?(?:点儿?|些|一下)?(?:吧|呢)?"
    r"(?:[，,\s]*(?:每条|每项|每点)(?:就|只)?(?:用)?一句话?(?:就行|即可|就好)?)?[？?。！!\s]*$"
    r"|^(?:每条|每项|每点)(?:就|只)?(?:用)?一句话?(?:就行|即可|就好)?[？?。！!\s]*$"
)
# Words enough to name an item by its own heading ("创新执法监督机制"), not a field it is in.
_OWN_WORDS = 4
# "依法行政那块具体说的啥": one item of the list asked before, named by its words.
_NAMED_ONLY = re.compile(
    # "其中矛盾纠纷多元化解那块": one of the items just told, pointed into.
    r"^(?:那|那么)?(?:其中|这其中|这里面|里面|当中)?的?(?:关于)?(?P<words>[\u4e00-\u9fff]{2,10}?)的?(?:那|这)一?(?:块|条|项|部分|点|个?方面|句|段|个)儿?"
    rf"(?:{TELL}|(?:具体|详细)(?:是什么|是啥)|(?:具体|详细)?(?:讲|说|写|干|做|搞|弄)(?:了|的)(?:些)?(?:什么|啥)"
    r"|(?:具体|详细)?(?:是)?(?:咋|怎么)(?:回事|说的)|(?:具体|详细)?(?:是)?(?:怎么|如何)(?:写|讲|表述)的?"
    # "装备那句原话": the item's own words, which its line quotes; "诉前调解那块的数据也列一下":
    # its figures, which its sentences state.
    r"|[，,\s]*的?(?:原话|原文|原句)(?:是(?:什么|啥)|(?:是)?怎么(?:写|说)的?"
    r"|(?:发|给|贴)(?:我|一下|过来|出来))?"
    r"|的?(?:数据|数字)(?:也|都)?(?:列|说|给|讲)(?:一下|下|出来)?)[？?。！!\s]*$"
)
_NTH_ASKED = re.compile(
    rf"的?第[一二三四五六七八九十\d]{{1,3}}{PART_UNIT}(?:是什么|是啥|是哪个|讲的啥|说的啥|呢)?.*$"
)
# "青少年法治教育那块呢": a field named, asked of as the previous question asked of another.
_FIGURES_TOLD = re.compile(r"(?:数据|数字)(?:也|都)?(?:列|说|给|讲)")
_FIELD_ONLY = re.compile(
    r"^(?:那|那么)?(?:关于)?(?P<field>[\u4e00-\u9fff]{2,12}?)的?(?:(?:那|这)一?(?:块|方面)|方面|领域)儿?"
    r"(?:呢|的呢)"
    r"[？?。！!\s]*$"
)
# "只说依法行政能力那条": the item named, told alone.
_NAMED_FIRST = re.compile(
    r"^(?:那|那么)?(?:只|就|单)(?:说|讲|看|谈)(?:一下|下)?(?P<words>[\u4e00-\u9fff]{2,10}?)的?"
    r"(?:那|这)一?(?:块|条|项|部分|点|个?方面)儿?(?:吧|就行|就好|就可以)?[？?。！!\s]*$"
)
# "执法呢", "跟执法有关的呢", "具体到执法上呢": a field the list just told is narrowed to.
_NARROWED_TO = re.compile(
    r"^(?:那|那么)?(?:跟|和|与|关于|具体到|落到|说到)?(?P<thing>[\u4e00-\u9fff]{2,8}?)(?:有关|相关)?的?"
    r"(?:方面|上|这块|那块)?(?:的)?呢[？?。！!\s]*$"
)
# "只看问题部分", "就说打算那块": a part a report gives its own section, asked alone.
_OWN_PART_ONLY = re.compile(
    r"^(?:那|那么)?(?:只|就|单|光)(?:看|说|讲|要|列)(?:一下|下)?(?P<words>[\u4e00-\u9fff]{2,8}?)的?"
    r"(?:那|这)?一?(?:部分|块|章节|一节|板块)(?:吧|就行|就好|呢)?[？?。！!\s]*$"
)
# "分了几块", "有几条": how many items the list asked before held, no part of an item.
_ITEMS_COUNT = re.compile(
    r"(?:一共|总共|共)?(?:分了?|分成|分为|有|写了|列了)?(?:几|多少)大?(?:个方面|方面|个部分|部分|块|条|点|项|类|个)"
)
_ITEMS_ONLY = re.compile(
    rf"^(?:那|那么)?(?:具体|一共|总共)?(?:是)?(?:{_ITEMS_COUNT.pattern})(?:呢|啊|呀)?[？?。！!\s]*$"
)
# "那几条的标题请列出", "这几项具体是什么": the items just counted, asked for.
_THOSE_ITEMS = re.compile(
    r"^(?:那|这)(?:几|些)(?:条|项|点|个)(?:的)?(?:标题|内容|具体内容)?(?:请|也请|麻烦)?"
    r"(?:列出|列一下|说一下|讲一下|是什么|是啥|有哪些|都是什么|具体是什么)(?:来)?[？?。！!\s]*$"
)
CLAUSE_END = "，,。？?！!呢 "


# "三类", "这几项", "这些": what was just told, pointed at by how many of it there are.
def without_pointing(topic: str) -> str:
    """``topic`` without the words opening it that point at what was told ("两个加起来" →
    "加起来"): "两个" counts no thing of its own (it is no "2个")."""
    return _POINTED_AT.sub("", topic.strip(), count=1) or topic


# ("两家一共多少": the count with its measure, "两家", points; "家" alone would be a thing.)
_POINTED_AT = re.compile(
    r"^(?:这|那|上面|前面)?(?:些|几|[两三四五六七八九十]|俩|仨)?"
    r"(?:类|项|种|样|个|者|笔|家|份|地|县|镇)?(?:(?<=个)(?:地方|县|报告))?的?"
)


_POINTING = re.compile(
    r"^(?:这|那|上面|前面)?(?:些|几|[两三四五六七八九十]|俩|仨)?(?:类|项|种|样|个|者|笔)?的?"
    # "剩下的加起来": what is left of the list just told.
    r"(?:剩下|其余|余下)?的?"
)


def verdict_only(topic: str) -> bool:
    """True when a follow-up asks only which side is more, by how much, or both together
    ("差几件", "哪个多", "两家加起来多少"): of the places the last two turns asked about."""
    if asks_sum(topic):
        # "这俩合计多少", "三类加起来": the words pointing at what was told name no thing;
        # "那这两个加起来呢": no count word either.
        return not thing_summed(topic)
    # "哪个多些": a verdict asked softly is one still.
    # ("哪个做得好点": which did better, said in no layout word.)
    bare = not _SOFTLY.sub("", without_layout(without_better(topic))).strip(CLAUSE_END + "那么")
    return asks_verdict(topic) and bare and "最" not in topic


def thing_summed(topic: str) -> str:
    """What a sum asked names, without the words pointing at what was told or the count
    asked ("这几笔经费合计多少" → "经费"; "这俩合计多少" → "")."""
    left = _POINTING.sub("", without_layout(without_sum(topic)).strip(CLAUSE_END + "那么这"))
    count = BARE_COUNT.search(left)
    return left[: count.start()] if count and count.end() == len(left) else left


def without_verdicts(topic: str) -> str:
    """``topic`` without its clauses asking only which side is more ("调解纠纷多少件，比谁多"
    → "调解纠纷多少件"), which one side's figure cannot answer; ``topic`` when all do."""
    clauses = re.findall(r"[^，,；;]+[，,；;]?", topic)
    kept = [c for c in clauses if not verdict_only(c.rstrip("，,；;").strip())]
    if not kept:
        return topic
    left = "".join(kept).rstrip("，,；; ")
    # ("…办件量，比谁多" → "…办件量多少": which is more asked a figure, which one side's
    # question still asks.)
    return left if len(kept) == len(clauses) or WANTS_NUMBER.search(left) else f"{left}多少"


_SOFTLY = re.compile(r"(?:一)?(?:些|点)(?=[？?。！!\s呢吗]*$)")


# "占总数比例大概多少", "占比呢", "占几成": a share, of no part named.
_SHARE_ONLY = re.compile(
    r"^(?:那|这)?(?:占(?:了)?(?:总数|总量|全部|总体|整体|一共的|总共的)?的?)?"
    r"(?:比例|比重|占比|百分比|几成)(?:大概|大约|约|是)?(?:多少|多大|几成|百分之几)?(?:呢|吗)?$"
    r"|^(?:那|这)?占(?:了)?(?:总数|总量|全部|总体|整体)的?(?:多少|几成|百分之几)"
    r"(?:大概|大约)?(?:呢|吗)?$"
)


def share_only(topic: str) -> bool:
    """True when a follow-up asks only what share the thing asked last is of the thing asked
    before it ("占总数比例大概多少")."""
    return _SHARE_ONLY.match(topic.strip(CLAUSE_END)) is not None


def names_item(topic: str) -> bool:
    """True when ``topic`` asks of one item of a list just told, named by its words ("执法队伍
    那条具体怎么写的")."""
    return _NAMED_ONLY.match(topic.strip()) is not None


def asks_those_items(topic: str) -> bool:
    """True when ``topic`` asks for the items just counted ("那几条的标题请列出")."""
    return _THOSE_ITEMS.match(topic.strip()) is not None


# "把标题列出来", "各条标题": the headings of the items just listed, set out as a list ("报告的
# 标题", "标题是什么" ask the report's own).
_ITEM_TITLES = re.compile(
    r"(?<!报告)(?<!报告的)(?<!文件)(?:标题|小标题|题目)(?=[^，,。？?！!]{0,4}?(?:列|罗列|写出|照搬|分别|都))"
    r"|(?:各条|每条|每一条|几条)的?(?:小)?标题"
)


def asks_item_titles(topic: str) -> bool:
    """True when ``topic`` asks for the headings of items ("把标题列出来") and no attribute of
    a report's own beside them ("标题和日期" asks the report's)."""
    return _ITEM_TITLES.search(topic) is not None and all(
        field.name == "标题" for field in asked_fields(topic)
    )


# The part of a report a list asks, asked of a field named next.
_ASPECT_ASKED = {PLANS: "下一步有什么打算", PROBLEMS: "存在哪些问题"}
# "存在哪些问题", "下一步有什么打算": the part asked, naming no field of its own.
_ASPECT_ONLY = re.compile(
    r"^(?:都|还|主要)?(?:存在|有)?(?:哪些|什么|啥)?(?:问题|不足|短板)(?:和不足)?(?:有哪些|是什么|呢)?[？?。！!]*$"
    r"|^(?:下一步|明年|今后|接下来)(?:有|还有)?(?:什么|哪些|啥)?(?:打算|计划|安排)(?:有哪些|是什么|呢)?[？?。！!]*$"
)


def asked_again(topic: str, previous: str, kind: Kind) -> tuple[str, Kind] | None:
    """The previous question asked again in part, and its shape: of another thing ("调解矛盾
    纠纷呢？", ``asked_of``), or of one numbered item of the list asked ("具体说说第四条");
    None for a follow-up that is neither.

    Args:
        topic: the follow-up without its region and year mentions.
        previous: the previous question's topic (without its places).
        kind: the previous question's shape.
    """
    # "问题有几条" is answered with the items it counts, each of which may be asked next.
    listed = kind == "list" or _ITEMS_COUNT.search(previous) is not None
    if listed and _SHORTER.match(topic.strip()):
        # "再简短点，每条一句话": the list again, which is told a line an item.
        return previous, "list"
    nth = nth_item(topic)
    if nth and listed:
        # "额敏下一步打算第三条是啥", then "普兰的第三条呢": the list, not its item asked before.
        whole = _NTH_ASKED.sub("", _ITEMS_COUNT.sub("", previous)).rstrip("？?。！!，, ")
        # "…计划几条？把标题列一下": a sentence naming no part only told how to lay it out.
        said = [part for part in SENTENCE.split(whole) if aspects_in(part)]
        return (said[0] if len(said) == 1 else whole) + nth["nth"], "list"
    if listed and asks_those_items(topic):
        # "额敏那几条的标题请列出": the items just counted, of the place named now.
        return _ITEMS_COUNT.sub("", previous).rstrip("？?。！!，, 各") + "有哪些", "list"
    if listed and _ITEMS_ONLY.match(topic.strip()):
        # "具体几条": how many items the list just told holds, told with them.
        whole = _ITEMS_COUNT.sub("", previous).rstrip("？?。！!，, ")
        return f"{whole}有几条", "list"
    part = _OWN_PART_ONLY.match(topic.strip())
    if part and own_sections(part["words"]):
        # "只看问题部分" after a report's outline or lists: that part of its own, listed.
        return f"{part['words']}有哪些", "list"
    named = _NAMED_ONLY.match(topic.strip()) or _NAMED_FIRST.match(topic.strip())
    if named and listed:
        whole = _ITEMS_COUNT.sub("", previous).rstrip("？?。！!，, ")
        if len(named["words"]) >= _OWN_WORDS:
            # "其中创新执法监督机制那块" after the work in 行政执法: the item says its own
            # field; the one asked before would widen it to the run that names that field.
            whole = field_said(whole)[0]
        return f"{whole}里{named['words']}那一条具体说说", "list"
    if named and _FIGURES_TOLD.search(topic):
        # "诉前调解那块的数据也列一下" after a figure: that thing's figures.
        return f"{named['words']}的数据", "fact"
    field = _FIELD_ONLY.match(topic.strip())
    if field and kind != "list":
        # "青少年法治教育那块呢" after a figure: what was done in that field.
        return f"{field['field']}方面做了哪些工作", "list"
    if field and aspects_in(previous):
        # "执法那块呢" after the problems: the problems in that field. ("普法方面呢" after
        # the plans for 法律顾问: the plans for 普法, the field before set aside.)
        own = next((_ASPECT_ASKED[a] for a in (PLANS, PROBLEMS) if a in aspects_in(previous)), "")
        kept = previous if not own or _ASPECT_ONLY.match(previous.strip()) else own
        return f"{field['field']}方面{kept}", "list"
    narrowed = _NARROWED_TO.match(topic.strip()) if kind == "list" else None
    if narrowed and own_sections(previous) and not own_sections(narrowed["thing"]):
        # "执法呢", "跟执法有关的呢" after the problems: the problems in that field.
        return f"{narrowed['thing']}方面{previous}", "list"
    recounted = _recounted(topic, previous) if kind == "fact" else None
    if recounted:
        return recounted, "fact"
    thing = another_thing(topic)
    if thing:
        return asked_of(thing, previous, kind)
    then = _BARE_THEN.match(topic.strip()) if kind == "fact" else None
    if then and (thing := another_thing(then["bare"])):
        # "行政检查呢？剩下几类也逐项报一下": the thing asked as before, and each of the
        # others of its kind, which the sentence counting it among them tells.
        asked, shape = asked_of(thing, previous, kind)
        return f"{asked.rstrip('？?。！! ')}，其余各类分别多少", shape
    return None


# "X呢？剩下几类也报一下": a thing asked as before, then the others of its kind.
_BARE_THEN = re.compile(
    r"^(?P<bare>[^？?。！!]{2,24}?呢)[？?。！!\s，,]+(?:那)?(?:剩下|其余|其他|别的|另外)[^？?。！!]{0,20}[？?。！!\s]*$"
)


# "多少户" after "积分兑换了多少钱": the thing asked before, counted in the measure named now.
_RECOUNT = re.compile(
    rf"^(?:那|那么)?(?:一共|总共|共)?(?:有|是)?(?:多少|几)(?P<measure>{COUNTING_MEASURES}|钱|万?元)"
    r"(?:呢|啊|呀)?[？?。！!\s]*$"
)


def _recounted(topic: str, previous: str) -> str | None:
    """The previous question counted in the measure ``topic`` names alone, or None."""
    found = _RECOUNT.match(topic.strip())
    count = HOW_MANY.search(previous)
    if found is None or count is None:
        return None
    return f"{previous[: count.start()]}多少{found['measure']}"


# "叶城这块有没有类似的数字", "普兰那边有同样的做法吗": what was just asked, of the place named.
_LIKEWISE = re.compile(
    # ("那应急管理方面有没有类似的": the field pointed at, named by ``field_pointed``.)
    r"^(?:那|那么)?(?:[\u4e00-\u9fff]{0,12}?(?:这块|这一块|方面|那块|那边|这边|那里))?(?:也|又)?"
    r"(?:有没有|有|是否有)?"
    r"(?:类似|同样|一样|相似|相同)的?(?P<figures>数字|数据)?(?:做法|情况|内容|工作)?"
    r"(?:吗|呢|么|没有?)?[？?。！!\s]*$"
)


def likewise_asked(topic: str) -> str | None:
    """What a follow-up naming a place asks of it, when it asks only for the like of what was
    just told ("这块有没有类似的数字": "，有哪些数字"; "有同样的做法吗": ""); else None."""
    found = _LIKEWISE.match(topic.strip())
    if found is None:
        return None
    return "，有哪些数字" if found["figures"] else ""
