"""A list question that asks which documents were issued ("制定了哪些方案", "出台了哪几个
文件") or which meetings were held ("开了哪些会"). Such a question asks for things a report names
rather than for an aspect of its work, so it is answered by the documents and meetings the reports
name, not by their sections; telling it apart is its own question, beside what aspect a list asks.
"""

from __future__ import annotations

import re

__all__ = ["MEETINGS", "asks_documents"]

# "哪些文件", "什么制度", "出台了哪几个方案": which documents, not how many.
_DOCUMENTS = re.compile(
    r"(?:哪些|什么|啥|哪几(?:个|份|项)?)(?:(?!问题|不|没)[^，,。？?！!]){0,10}?"
    r"(?P<noun>规范性文件|文件|制度|方案|办法|规定|意见|清单|要点)(?=[？?。！!，,\s吗呢啊]|$)"
)


# "开了哪些会", "召开过什么会议": the meetings a report says were held.
_MEETINGS = re.compile(
    r"(?:哪些|什么|啥|哪几(?:个|次|场)?)(?:[^，,。？?！!]{0,6}?)(?:会议|会)(?=[？?。！!，,\s吗呢啊]|$)"
)
MEETINGS = "会议"


def asks_documents(topic: str) -> str:
    """The kind of document ``topic`` asks which were issued ("制定了哪些方案" → "方案"),
    ``MEETINGS`` when it asks which meetings were held ("开了哪些会"), or ""."""
    found = _DOCUMENTS.search(topic)
    if found:
        return found["noun"]
    return MEETINGS if _MEETINGS.search(topic) else ""
