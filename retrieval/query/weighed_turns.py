"""Follow-ups that weigh what the turns before told: which place is more or by how much
("差几件", "哪个多"), their figures added up ("加起来一共多少"), or one as a share of another
("占总数比例多少"), each asked again as a whole question."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.asked_beside import CLAUSE
from retrieval.query.followup import share_only, thing_summed, verdict_only, without_pointing
from retrieval.query.joints import joined_pieces
from retrieval.query.measure import HOW_MANY, measured
from retrieval.query.places_asked import PLACES_COUNTED
from retrieval.query.pointers import of_field
from retrieval.query.rates import without_rates
from retrieval.query.routing import Route
from retrieval.query.share_turns import share_named
from retrieval.query.turn_things import last_two_things, own_things
from retrieval.query.verdict_cues import ADDED
from retrieval.query.verdicts import asks_sum, without_sum
from retrieval.schema import Conversation
from retrieval.text.digits import whole_number
from retrieval.text.words import shared_end, up_to_last_noun
from retrieval.types import Vocabulary

__all__ = ["added_to_before", "against_before", "weighed_again"]

_QUESTIONS = re.compile(r"(?<=[？?])")


def weighed_again(
    topic: str,
    field: str,
    conversation: Conversation,
    before: str,
    route: Callable[[str], Route],
) -> str | None:
    """The whole question a follow-up naming no place weighs the last turns with, or None.

    Args:
        topic: the follow-up, its places aside (and the field it names: ``field``).
        field: the field the sides are weighed in ("案件数量"), or "".
        conversation: the turns before it.
        before: the previous question's topic.
        route: the route of a text.
    """
    head, comma, tail = topic.rstrip("？?。！! ").rpartition("，")
    part = share_named(tail) if comma else None
    if part and asks_sum(head):
        # "合计多少，普法经费占几成": the sum, then the part's share of it.
        summed = weighed_again(head, field, conversation, before, route)
        return f"{summed}，{part}占总数的多少" if summed else None
    many = PLACES_COUNTED.match(topic.strip())
    count = whole_number(many["n"].replace("两", "二")) if many else None
    counted = conversation.last_places(count) if count and count > 2 else []
    # ("三家加起来" after three turns on one place each: those three.)
    # ("普兰和叶城…各多少" then "谁多": the sides that one turn set side by side.)
    across = conversation.last_across()
    named = [*conversation.regions, *conversation.files_too]
    sides = [] if conversation.before or across else named
    places = "和".join(counted or (sides if len(sides) > 1 else conversation.last_two()))
    topic = topic.strip()[many.end() :] if counted and many else topic
    # ("三家里谁最多": among the places counted, the most is which is more.)
    # ("这几笔经费合计" after 法律顾问经费, 普法经费: their kind named, no other thing.)
    summed_kind = (
        asks_sum(topic)
        and not conversation.before
        and _their_kind(topic, last_two_things(conversation, route))
    )
    if verdict_only(topic) or summed_kind or (counted and _MOST_OF.match(topic.strip())):
        # "普兰…？", "那叶城呢", "差几件" (not "哪个县最多"): the places of both turns;
        # "加起来一共多少" of one place: the figures it just stated, added up.
        things = None if conversation.before else last_two_things(conversation, route)
        listed = _LISTED_EACH.search(before) if things and asks_sum(topic) else None
        if listed and places:
            # "A、B、C各多少件" then "这几样合计多少": the things the last turn listed, not
            # those of the last two turns.
            return f"{places}{listed['things']}加起来一共多少{listed['unit']}"
        if things and places and asks_sum(topic):
            # "这俩合计多少" after two things of one place: those two, added up.
            return f"{places}{things[0]}和{things[1]}加起来一共多少"
        each = None if asks_sum(topic) else own_things(conversation, route)
        if each:
            # "甲镇几人持证？乙县有证的多少？差多少人": each place in its own words.
            (first, thing_a), (second, thing_b) = each
            return f"{first}{_counted(thing_a)}和{second}{_counted(thing_b)}相比，{topic}"
        if conversation.before or len(sides) > 1 or (asks_sum(topic) and places):
            thing = of_field(measured(_counted(before)), field)
            # "总共办了多少…？普兰呢？差几件": the total asked before is no sum now.
            thing = without_rates(thing) if asks_sum(topic) else without_sum(thing)
            # ("分几项、每项多少" then "这几项加起来": the items are added, not counted again.)
            thing = _PARTS_COUNTED.sub("", thing) if asks_sum(topic) else thing
            return places + thing + "，" + without_pointing(topic)
        # "它们差多少" after two things of one place: the later set against the earlier.
        things = last_two_things(conversation, route)
        if things and places and not asks_sum(topic):
            return f"{places}{things[1]}比{things[0]}多多少"
    if share_only(topic):
        # "占总数比例大概多少" after two counts of one place: the later in the earlier.
        things = last_two_things(conversation, route)
        if things and places:
            return f"{places}{things[0]}多少，{things[1]}占多少"
    return None


# "甲类、乙类案件各多少件": things listed, each asked a figure.
_LISTED_EACH = re.compile(
    r"(?P<things>[^，,。？?！!]+?、[^，,。？?！!]+?)(?:各自|分别|各)(?:是|有|[\u4e00-\u9fff]{1,2}了)?(?:多少|几)"
    r"(?P<unit>[\u4e00-\u9fff]?)"
)
# "谁最多", "哪家最高": which of the places is first.
_MOST_OF = re.compile(
    r"^(?:是)?(?:谁|哪(?:家|个|份|一家|一个)?)(?:的)?(?:数字?)?最(?:多|少|高|低|大|小)"
)
# "分几项、", "有几类，": how many parts a thing has, asked beside their figures.
_PARTS_COUNTED = re.compile(r"(?:分|有|共)(?:几|多少)(?:项|类|笔|块|个?部分|个方面)[、，,]?")
# A clause asking whether something is said ("也有资金数吗"), no figure to weigh.
_WHETHER = re.compile(r"(?:吗|么|没有?)[？?。！!\s]*$|^[\s，,]*(?:有没有|是否|有无|还有没有)")


def _their_kind(topic: str, things: tuple[str, str] | None) -> bool:
    """True when ``topic`` names what it adds up only by the kind ``things`` share ("这几项经
    费" of 法律顾问经费 and 普法经费)."""
    if not things:
        return False
    left = thing_summed(topic)
    return len(left) >= 2 and shared_end(*things).endswith(left)


def _counted(before: str) -> str:
    """``before`` without its clauses that ask whether something is said ("调解几件，也有资金
    数吗" → "调解几件"): what "哪个多" weighs; ``before`` when every clause does. Of a turn
    asking a figure, then its parts in a question of their own ("受理多少？刑事、民事分别几
    件"), the first figure is what the sides are weighed in."""
    asked = [s for s in _QUESTIONS.split(before) if HOW_MANY.search(s)]
    before = asked[0] if len(asked) > 1 else before
    clauses = CLAUSE.findall(before)
    kept = [c for c in clauses if not _WHETHER.search(c)]
    if kept and kept[0] != clauses[0] and _POINTING_BACK.match(kept[0].strip()):
        # "培训经费提没提？每项多少": the items are of the thing the clause asking whether
        # it is said names.
        kept[0] = _SAID_WHERE.sub("", clauses[0]).rstrip("的") + kept[0].strip()
    elif kept and kept[0] != clauses[0] and not up_to_last_noun(HOW_MANY.sub("", kept[0])):
        # "X资金拨了没有？拨了多少": the figure is of the thing the question whether
        # names.
        kept[0] = up_to_last_noun(clauses[0]) + kept[0].strip()
    return "".join(kept).strip("，,；; ") if kept else before


# "各项多少钱", "分别多少": the items of what was named before.
_POINTING_BACK = re.compile(r"^(?:各项|各自|分别|每项|每一项|各)")
# "…报告里写了吗": where and whether a thing is said, after the thing.
_SAID_WHERE = re.compile(
    r"(?:在)?(?:报告|文中|文件)?(?:里面|里|中)?(?:有没有|是否|有无|写了|提了|提到|说了|写没写|提没提)"
    r"[^，,。？?！!]*[，,。？?！!]*$"
)
# "和没署县名那份比，谁多": one side named, set against the place the turns were about.
_AGAINST_NAMED = re.compile(
    r"^(?:那|那么)?(?:再)?(?:跟|和|与|同)[^，,。？?]{2,24}?(?:相)?比(?:较|一下|一比)?"
)


def against_before(
    question: str, routed: Route, conversation: Conversation, described: list[str]
) -> bool:
    """True when ``question`` sets the one place it names (or report it ``described``) against
    the place or report the turns before were about ("和没署县名那份比，谁多"):
    ``routed`` then holds both, the one before first."""
    before = [*conversation.regions, *conversation.sources]
    # (A place named is set against the one before as any follow-up is; a report named by its
    # number or described, "没写县名那份", is read here.)
    named = [] if routed.regions else routed.files or described
    weighed = _AGAINST_NAMED.match(question) or _BOTH_WEIGHED.search(question)
    if len(named) != 1 or not before or named[0] in before or not weighed:
        return False
    routed.regions = list(conversation.regions)
    routed.files = [*conversation.sources, *named]
    return True


# "…几件？俩比谁多": the two, the one named and the one before, weighed.
_BOTH_WEIGHED = re.compile(
    r"(?:两个|两家|两份|两地|两边|两者|二者|俩)(?:相|对)?比(?:一下|较)?[^，,。？?！!]{0,6}?"
    r"(?:哪个|哪家|谁|哪边)"
)
# "跟A、B加起来一共多少": things added to the one the turn before asked of.
_ADDED_TO = re.compile(
    rf"^(?:那|再)?(?:跟|和|与|同|连同|加上|算上)(?P<things>[^，,。？?！!]{{2,40}}?)(?:一起|一块儿?)?"
    rf"(?P<sum>(?:{ADDED}|一共)[^，,。？?！!]*)$"
)


def added_to_before(topic: str, before: str, vocabulary: Vocabulary) -> str | None:
    """The sum ``topic`` asks of the things it names and the thing of the turn before
    (``before``) that they are kinds of ("普法经费多少" then "和顾问经费、办公经费合起来是多
    少": 普法经费、顾问经费、办公经费合起来是多少); None else. ``vocabulary``: the reports'
    words, which a joining character inside one (和解) does not cut."""
    asked = _ADDED_TO.match(topic.strip().rstrip("？?。！! "))
    if asked is None:
        return None
    things = [t for t in joined_pieces(asked["things"], vocabulary, either=False) if t]
    kind = shared_end(things[0], things[-1]) if len(things) > 1 else ""
    # (One thing named, its kind is its last two characters: "跟普法经费加起来".)
    kind = kind if len(kind) >= 2 else things[0][-2:]
    earlier = re.search(rf"[\u4e00-\u9fff]*?{re.escape(kind)}", before)
    if earlier is None or earlier.group() in things:
        return None
    return f"{earlier.group()}、{'、'.join(things)}{asked['sum']}"
