"""Whether only one report does something: "X是不是只有Y在搞", "只有Y提到了X吗". Which reports
say X answers it, each quoted: the asker sees whether Y is alone."""

from __future__ import annotations

import re

__all__ = ["only_one_asked"]

_DOES = r"(?:在|才)?(?:搞|做|开展|推行|推|有|提到?|提及|写到?|讲到?|说到?)了?"
_ONLY = r"(?:是不是|是否|难道|就)?只有"
_ENDS = r"(?:吗|啊|吧|呢|么)?[？?。！!\s]*$"
# "X是不是只有Y在搞": the thing first; "只有Y搞了X吗": the thing after what is done.
_THING_FIRST = re.compile(
    rf"^(?P<thing>[^，,。？?！!]{{2,20}}?){_ONLY}[^，,。？?！!]{{1,12}}?{_DOES}{_ENDS}"
)
_THING_AFTER = re.compile(
    rf"^{_ONLY}[^，,。？?！!]{{1,12}}?{_DOES}(?P<thing>[^，,。？?！!]{{2,20}}?)(?:这个|这项|这件事)?{_ENDS}"
)


def only_one_asked(question: str) -> str | None:
    """The which-reports question ``question`` asks when it asks whether only one report does
    something ("法律明白人是不是只有那个镇在搞" → "哪些报告提到了法律明白人"), or None."""
    found = _THING_FIRST.match(question.strip()) or _THING_AFTER.match(question.strip())
    if found is None:
        return None
    thing = found["thing"].strip("的 ")
    return f"哪些报告提到了{thing}" if thing else None
