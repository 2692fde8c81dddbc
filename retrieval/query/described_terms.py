"""A mentions term without the clause that describes it: what a report must still say.

Askers describe a thing where a report names it: "领导干部必须掌握的法律法规清单" for the
report's "领导干部应知应会法律法规清单", "村里的法律明白人" for "法律明白人". The words
before a 的 that are no noun (必须掌握, 村里) describe the noun after it in the asker's words;
the nouns around them are what the report must say, in order and close together. These
shorter forms are read only when no report says the term as asked, and the answer says so.
"""

from __future__ import annotations

import re

from retrieval.text.words import pos_tags

__all__ = ["named_in_brackets", "undescribed_forms"]

# "让领导上台讲自己怎么依法办事那个（述法）": the asker's description, then the reports' name
# for it in brackets; the name is what a report says.
_DESCRIBED_THEN_NAMED = re.compile(
    r"[^，,。？?！!（(）)]{4,30}?(?:那个|这个|那项|这项|那块|这块|的)"
    r"[（(](?P<name>[\u4e00-\u9fff“”\"]{2,8})[）)]"
)


def named_in_brackets(topic: str) -> str:
    """``topic`` with a description that brackets the reports' name after it said by that name
    ("…依法办事那个（述法），有多少人讲了" → "述法，有多少人讲了")."""
    return _DESCRIBED_THEN_NAMED.sub(lambda m: m["name"], topic)


# A modal before the doing ("要谋划…"): what is meant to be done is what is done.
_MEANT = re.compile(r"^(?:要|想要|准备|打算|将要)(?=[\u4e00-\u9fff]{2})")
# A describing clause is at most this many words.
_LONGEST = 3
# jieba's tags of words saying where (村里) or in which direction.
_WHERE = frozenset({"s", "f"})
# What is left must name this much at least.
_SHORTEST = 4


def undescribed_forms(phrase: str) -> list[str]:
    """``phrase`` without the words before a 的 that name no thing, shortest cut first:
    "领导干部必须掌握的法律法规清单" → ["领导干部法律法规清单"], "村里的法律明白人" →
    ["法律明白人"]; [] when it has none."""
    tags = list(pos_tags(_MEANT.sub("", phrase)))
    forms: list[str] = []
    # "村里法律明白人": a place word opening the term says where, no 的 after it.
    opens = len(tags) > 1 and tags[0][1] in _WHERE and tags[1][0] != "的"
    if opens and len(phrase) - len(tags[0][0]) >= _SHORTEST:
        forms.append("".join(word for word, _ in tags[1:]))
    for at, (word, _) in enumerate(tags):
        if word != "的" or at == 0 or at == len(tags) - 1:
            continue
        for cut in range(1, min(_LONGEST, at) + 1):
            described = tags[at - cut : at]
            if any(flag.startswith("n") for _, flag in described):
                break
            before = tags[: at - cut]
            # "谋划下…": a lone character left before the cut belongs to the description.
            if before and len(before[-1][0]) == 1 and not before[-1][1].startswith("n"):
                continue
            form = "".join(w for w, _ in [*before, *tags[at + 1 :]])
            if len(form) >= _SHORTEST:
                forms.append(form)
    return list(dict.fromkeys(forms))
