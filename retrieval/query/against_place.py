"""A follow-up that sets the places asked before against another one ("跟普兰比呢？", "和额敏相比
怎么样", "是不是比普兰高"). It names only the new place and, perhaps, which side it wants or a
thing of its own, so it is read apart from the follow-ups that ask the previous question again of
another thing: the whole question it stands for weighs the previous thing over both places, with
the verdict or difference it asks, and the planner then routes it as a comparison.
"""

from __future__ import annotations

import re

from retrieval.query.measure import HOW_MANY, measured
from retrieval.query.verdicts import asks_difference

__all__ = ["against", "own_against", "set_against"]

# "跟普兰比呢？", "和额敏相比怎么样": the previous places set against another.
# "那比额敏多还是少", "是不是比普兰高": the comparative alone, its place named.
# "跟普兰县相比哪个多": which side is more, asked after the place set against.
_WHICH_SIDE = r"(?:哪个|哪份|哪边|哪家|谁家?)的?(?:更|较)?[多少高低大小早晚](?:一些|一点)?"
_AGAINST = re.compile(
    # "演练次数跟叶城比呢": the thing to weigh, named before the place.
    r"^(?:那|那么)?(?P<lead>[\u4e00-\u9fff]{2,10}?)?"
    r"(?:(?:跟|和|与|同)(?P<own>[^，,。？?！!]{0,12}?)(?:比|相比|对比|比较)(?:呢|一下|下|怎么样|如何)?"
    rf"(?:[，,]?(?P<which>{_WHICH_SIDE}|(?:谁|哪个|哪家|哪边)的?(?P<thing>[^，,。？?]{{2,10}}?)(?:更|较)?[多少高低]))?"
    # "…谁多 多多少": and by how much.
    r"(?:[，,\s]*(?:多|少|高|低|差|相差)了?(?:多少|几[件个人名次项场份本条家期]?))?"
    r"|(?:是不是|是否)?比(?:起来)?(?:[多少高低大小](?:还是[多少高低大小])?|更?[多少高低大小])"
    # "比额敏少多少": by how much, too.
    r"(?:一些|一点|点|了?多少|了?几[件个人名次项场份本条家期]?)?(?:吗|么|呢|了|不)?)[？?。！!\s]*$"
)


def set_against(topic: str) -> bool:
    """True when a follow-up sets the previous places against the one it names ("跟普兰比呢")."""
    return _AGAINST.match(topic.strip()) is not None


def own_against(topic: str) -> bool:
    """True when the place set against names its own thing ("和普兰县新增的执法证相比"): the
    previous question's thing for the earlier places, this one for the named place."""
    found = _AGAINST.match(topic.strip())
    return found is not None and bool((found["own"] or "").strip("的之 "))


def against(previous: str, topic: str) -> str:
    """The previous question asked of places set against each other (by ``topic``, the
    follow-up): its figure, with a verdict ("发放了多少宣传资料，谁多") or the difference
    ("…，差多少") as the follow-up asks, or what it asked ("存在哪些问题")."""
    which = _AGAINST.match(topic.strip())
    asked = which["which"] if which is not None else None
    verdict = "差多少" if asks_difference(topic) else asked or "谁多"
    if which is not None and (which["thing"] or which["lead"]):
        # "和普兰比，谁办的案子多", "演练次数跟叶城比呢": the thing the follow-up names, not
        # the previous one.
        return f"{which['thing'] or which['lead']}多少，{verdict if which['lead'] else '谁多'}"
    thing = measured(previous)
    return f"{thing}，{verdict}" if HOW_MANY.search(thing) else previous
