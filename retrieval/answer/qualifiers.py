"""The doing a question restricts the people it counts by ("持证的执法人员多少人": 持证), which a
sentence must say too: a count of every 执法人员 is no count of those holding certificates."""

from __future__ import annotations

import re

from retrieval.text.words import pos_tags

__all__ = ["held_forms", "people_qualifier"]

# "目前…", "现有…": the time of a stock, before what restricts the people counted.
_NOW = "目前|现在|现有|当前|如今"
# "持证的行政执法人员…多少": a doing, 的, then the counted noun and its question word.
# (Only a doing that opens the phrase: "自查发现的问题" is restricted by 自查, which a report
# may say without 发现.)
_QUALIFIED = re.compile(
    rf"(?:^|[，,、\s]|{_NOW})(?P<doing>[\u4e00-\u9fff]{{2}})的"
    r"(?=[\u4e00-\u9fff]{2,10}?(?:一共|总共|共|有)?(?:多少|几))"
    # ("一共有多少名持证的执法人员": the count asked first, then what it counts.)
    r"|(?:多少|几)[名个位件项人]?(?P<after>[\u4e00-\u9fff]{2})的(?=[\u4e00-\u9fff]{2})"
)


# "目前持证执法队员几名": the doing right before the counted noun, with no 的.
_BARE_QUALIFIED = re.compile(
    rf"(?:^|(?<=[，,、\s])|(?<=全县|全镇|全乡|{_NOW}))(?P<doing>[\u4e00-\u9fff]{{2}})"
    # (Only people named right after it: "取得执法证的人数" is restricted by nothing.)
    r"(?=(?P<noun>[\u4e00-\u9fff]{0,6}?(?:人员|员|干部|律师))(?:一共|总共|共|有)?(?:多少|几))"
)


def people_qualifier(topic: str) -> str:
    """The doing a question restricts its counted noun by ("持证" of "持证的执法人员多少人",
    "持证执法队员几名"), or ""."""
    found = _QUALIFIED.search(topic)
    if found is not None:
        doing = found["doing"] or found["after"]
        tags = pos_tags(doing)
        return doing if len(tags) == 1 and tags[0][1] == "v" else ""
    # ("执法人员多少人": a verb that is the noun's own first word restricts nothing.)
    return next(
        (
            bare["doing"]
            for bare in _BARE_QUALIFIED.finditer(topic)
            if pos_tags(bare["doing"] + bare["noun"])[0] == (bare["doing"], "v")
        ),
        "",
    )


# "216人取得执法证", "427名执法人员证件年审": people a certificate is said of hold one.
_CERTIFICATES = ("执法证", "证件", "证书", "资格证")


def held_forms(qualifier: str) -> tuple[str, ...]:
    """The words saying the people hold what ``qualifier`` says they hold ("持证": the
    certificate named), or () for a qualifier of no certificate."""
    return _CERTIFICATES if qualifier.endswith("证") else ()
