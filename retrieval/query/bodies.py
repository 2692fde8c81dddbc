"""A body's name asked ("成立了啥机构", "那个机构叫什么") and said ("…行政复议委员会")."""

from __future__ import annotations

import re

__all__ = ["BODY_CLASSES", "asks_body", "names_body"]

# The kinds of body a question names; a body's own name says its kind ("…监督局").
BODY_CLASSES = r"机构|组织|部门|单位|平台|班子|队伍"
_WANTS_BODY = re.compile(
    rf"(?:啥|什么|哪些|哪个|哪几个|何种)(?:样的)?(?:{BODY_CLASSES})"
    rf"|(?:{BODY_CLASSES})[，,]?(?:的)?(?:名字|名称|全称)?(?:叫|是)(?:什么|啥)"
)
# What a body's name ends with.
_BODY = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:委员会|办公室|领导小组|工作组|小组|中心|工作室|工作站|服务站|服务所"
    r"|调解室|平台|机构|协会|联盟|队|团|站|所|局|院|庭)"
)


def asks_body(topic: str) -> bool:
    """True when ``topic`` asks the name of a body."""
    return bool(_WANTS_BODY.search(topic))


def names_body(text: str) -> bool:
    """True when ``text`` names a body (a name ending in 委员会, 局, 中心 …)."""
    return bool(_BODY.search(text))
