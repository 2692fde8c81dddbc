"""The other names a question gives a thing in brackets ("网格员（调解员）", "法律顾问（含公职
律师）", "移送（上报）"): a report may write any of them, so each is searched and counted as the
thing, and a sentence naming none of them counts something else."""

from __future__ import annotations

import re

from retrieval.types import Vocabulary

__all__ = ["alternative_names", "other_names"]

# The ways matters are taken in and dealt with, one of which a report writes for another
# (not 办结: how many were closed is a figure of its own).
_HANDLING = ("受理", "办理", "处理", "收到", "接收", "回复")
# "法律顾问（含公职律师）": a name the brackets say the thing takes in is one it goes by.
_ALTERNATIVE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]+)[（(](?:含|包括|包含|即|或者|或)?(?P<other>[\u4e00-\u9fff、/]{1,10})[）)]"
)


def alternative_names(asked: str) -> tuple[str, dict[str, tuple[str, ...]]]:
    """``asked`` without the alternative names it gives in brackets, and those names by the
    name they stand beside: "网格员（调解员）培训" asks about 网格员, which a report may call
    调解员; "移送（上报）的线索" about what was 移送 or 上报."""
    names: dict[str, tuple[str, ...]] = {}
    for found in _ALTERNATIVE.finditer(asked):
        names[found["name"]] = names.get(found["name"], ()) + _others(found)
    return _ALTERNATIVE.sub(lambda m: m["name"], asked), names


def _others(found: re.Match[str]) -> tuple[str, ...]:
    """The names a bracket gives beside a name; a way matters are taken in or dealt with
    ("热线办件（受理）量") names them by any such way, as reports write them ("办理…问题730件")."""
    others = tuple(w for w in re.split(r"[、/]", found["other"]) if w)
    if others and all(other in _HANDLING for other in others):
        return _HANDLING
    if found["name"].endswith(_HANDLING):
        # "受理（办件）量": what was taken in, by any way a report writes it, or the other name.
        return _HANDLING + others
    return others


def other_names(asked: str, vocabulary: Vocabulary) -> list[str]:
    """``asked`` under each alternative name it gives in brackets: a form of the name's last
    word (sharing a character with it) takes that word's place, "法律顾问聘请（选聘）多少名" →
    "法律顾问选聘多少名"; another name takes the whole name's, "居委会（社区）多少个" →
    "社区多少个"."""
    found = []
    for match in _ALTERNATIVE.finditer(asked):
        name = match["name"]
        words = vocabulary.words(name)
        last = words[-1] if words and name.endswith(words[-1]) else name
        for other in _others(match):
            kept = name[: len(name) - len(last)] if set(other) & set(last) else ""
            found.append(asked[: match.start()] + kept + other + asked[match.end() :])
    return found
