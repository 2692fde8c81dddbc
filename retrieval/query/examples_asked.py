"""Examples named beside the kind they are of ("规范性文件、合同这类合法性审查", "基层调解力量，
调解组织、调解员这些"), put in brackets after it as a question lists a thing's kinds
("合法性审查（规范性文件、合同等）"), which ``things.parts`` reads: a report may count the kind
whole or each example."""

from __future__ import annotations

import re

__all__ = ["STATES_LISTED", "as_examples"]

# "规范性文件、合同这类合法性审查": examples, then the kind they are of.
_EXAMPLES_THEN_KIND = re.compile(
    r"(?P<kinds>[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})+)(?:这类|这些|这几类|之类的?)"
    r"(?![有是为都各分多几])(?P<kind>[\u4e00-\u9fff]{2,8}?)"
    r"(?=[，,的]|[审办做搞查建]了|(?:是|有)?(?:多少|几)|$)"
)


# "基层调解力量，调解组织、调解员这些": a field, then the kinds of it a report counts.
_FIELD_THEN_EXAMPLES = re.compile(
    r"(?P<kind>[\u4e00-\u9fff]{2,8})[，,]\s*"
    r"(?P<kinds>[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})+)(?:这些|这几类|这几项|之类的?|等等?)"
    r"(?=[，,]|各|分别|都|有|是|$)"
)


# "执法证的情况列成表：新领的、通过的、现有的": columns named by a state alone, which the
# field's own sentences state; the field's situation is asked.
STATES_LISTED = re.compile(
    r"[：:](?:[\u4e00-\u9fff]{1,3}的、)+[\u4e00-\u9fff]{1,3}的(?=[。？?！!\s]*$)"
)


def as_examples(asked: str) -> str:
    """``asked`` with examples named before or after their kind put in brackets after it, as a
    report may count the kind whole or each example ("规范性文件、合同这类合法性审查" →
    "合法性审查（规范性文件、合同等）")."""
    asked = _EXAMPLES_THEN_KIND.sub(lambda m: f"{m['kind']}（{m['kinds']}等）", asked)
    return _FIELD_THEN_EXAMPLES.sub(lambda m: f"{m['kind']}（{m['kinds']}等）", asked)
