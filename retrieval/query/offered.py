"""Names a mentions question offers for one thing, or things it lists together.

"应急演习（应急演练）", "A或B", "A/B": a report saying either name mentions the thing;
"边境管控、打击非法出入境": a report saying one of the things listed says of them.
"""

from __future__ import annotations

import re

from retrieval.text.words import pos_tags

__all__ = ["offered_names"]

# A bracket of one character ("镇(街道)") is part of a name. "清欠，就是清理拖欠企业账款":
# a short name, then what it stands for.
_OFFERED = re.compile(
    r"^(?P<a>[^（(]{2,})[（(](?P<b>[^）)]{2,})[）)]$|^(?P<c>.{2,}?)(?:或者|或是|或|/|／)(?P<d>.{2,})$"
    r"|^(?P<e>[^，,]{2,8})[，,]?(?:也就是|就是|也即|即|指的是)(?:说)?(?P<f>.{2,})$"
)


def offered_names(phrase: str, edges: str) -> tuple[str, ...]:
    """The two names a phrase offers for one thing ("A（B）", "A或B", "A，就是B"), the things
    it lists ("A、B"), or () for one name; ``edges``: what is stripped from each name's ends."""
    found = _OFFERED.match(phrase)
    listed = [piece for piece in phrase.split("、") if piece]
    if not found and len(listed) > 1 and all(len(piece) >= 2 for piece in listed):
        # "边境管控、打击非法出入境": things listed together; a report saying one says of them.
        return tuple(listed)
    if not found:
        return ()
    names = [name.strip(edges) for name in found.groups() if name]
    if len(names) == 2 and len(names[1]) == 2 < len(names[0]) and _verbs(names[0][-2:], names[1]):
        # "用无人机执法或者巡查": what leads the first verb leads the second too (无人机巡查).
        names[1] = _MEANS_LEAD.sub("", names[0][:-2]) + names[1]
    return tuple(names)


_MEANS_LEAD = re.compile(r"^(?:用|通过|利用|采用|运用)")


def _verbs(*words: str) -> bool:
    return all(len(tags) == 1 and tags[0][1].startswith("v") for tags in map(pos_tags, words))
