"""A mentions term without the clause that describes it: what a report must still say.

Askers describe a thing where a report names it: "领导干部必须掌握的法律法规清单" for the
report's "领导干部应知应会法律法规清单", "村里的法律明白人" for "法律明白人". The words
before a 的 that are no noun (必须掌握, 村里) describe the noun after it in the asker's words;
the nouns around them are what the report must say, in order and close together. These
shorter forms are read only when no report says the term as asked, and the answer says so.

The asker's own words around a term are left out too: a light verb before it ("开展法治体检"),
the people made to do it ("组织干部旁听庭审"), and a description followed by the reports'
name in brackets ("…依法办事那个（述法）").
"""

from __future__ import annotations

import re

from retrieval.lexicons import count_nouns, light_verbs
from retrieval.text.words import pos_tags

__all__ = [
    "head_forms",
    "named_in_brackets",
    "of_its_kind",
    "people_done_to",
    "undescribed_forms",
    "without_actor",
    "without_light_verb",
]

# "让领导上台讲自己怎么依法办事那个（述法）": the asker's description, then the reports' name
# for it in brackets; the name is what a report says.
_DESCRIBED_THEN_NAMED = re.compile(
    r"[^，,。？?！!（(）)]{4,30}?(?:那个|这个|那项|这项|那块|这块|的)"
    r"[（(](?P<name>[\u4e00-\u9fff“”\"]{2,8})[）)]"
)


# "“会讲法的村民”（法律明白人）": the asker's words quoted, then the reports' name.
_QUOTED_THEN_NAMED = re.compile(
    r"[“\"][^“”\"，,。？?]{2,20}[”\"][（(](?P<name>[\u4e00-\u9fff]{2,8})[）)]"
)


def named_in_brackets(topic: str) -> str:
    """``topic`` with a description that brackets the reports' name after it said by that name
    ("…依法办事那个（述法），有多少人讲了" → "述法，有多少人讲了")."""
    topic = _QUOTED_THEN_NAMED.sub(lambda m: f"“{m['name']}”", topic)
    return _DESCRIBED_THEN_NAMED.sub(lambda m: m["name"], topic)


# A modal before the doing ("要谋划…"): what is meant to be done is what is done.
_MODALS = "要|想要|准备|打算|将要"
_MEANT = re.compile(rf"^(?:{_MODALS})(?=[\u4e00-\u9fff]{{2}})")
# A describing clause is at most this many words.
_LONGEST = 3
# jieba's tags of words saying where (村里) or in which direction.
_WHERE = frozenset({"s", "f"})
# What is left must name this much at least.
_SHORTEST = 4


# "法治长廊这类设施", "旁听庭审之类的活动": the thing named, then the kind it is of in the
# asker's vaguer words, which a report need not say.
_KIND_AFTER = re.compile(
    r"(?<=[\u4e00-\u9fff”」）)])(?:(?:这|那)一?(?:类|种|样)|之类)的?"
    r"(?:事情?|事儿|工作|活动|阵地|做法|东西|举措|措施|服务|场所|设施|百分比|比例|比率|指标|数据|数字)?(?=[，,。？?！!\s]|分别|各自|$)"
    # "以案释法这个说法": the term, then a word for a term.
    r"|(?<=[\u4e00-\u9fff”」）)])(?:这|那)(?:个|种)(?:提法|说法|叫法|词儿?|概念|名词|表述)"
    r"(?=[，,。？?！!\s]|$)"
)


def of_its_kind(topic: str) -> str:
    """``topic`` without the kind a thing it names is said to be of ("法治长廊这类设施，…" →
    "法治长廊，…")."""
    return _KIND_AFTER.sub("", topic)


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


def head_forms(phrase: str) -> list[str]:
    """``phrase`` without its first words, longest first: a Chinese phrase ends on what it
    names ("领导亲自到法院出庭应诉" → …, "到法院出庭应诉", "出庭应诉"). Each form keeps two
    words and four characters at least; [] when no shorter one does."""
    words = [word for word, _ in pos_tags(phrase)]
    forms = ["".join(words[cut:]) for cut in range(1, len(words) - 1)]
    return [form for form in forms if len(form) >= _SHORTEST]


# A modal before a light verb ("要搞", "准备开展"), or before any verb of two characters that
# leads a longer thing ("要谋划九五普法": what is meant to be done is what is done).
_MEANT_LIGHT = re.compile(
    r"^(?:要|想|准备|打算|将要|将|计划)(?=搞|做|开展|推行|实行|实施|进行|组织|推进)"
    rf"|^(?:{_MODALS})(?=[\u4e00-\u9fff]{{4}})"
)
# What follows a verb as its complement ("做好", "搞过"), not as its object.
_DONE = frozenset("好了过得完成")
# An action left when the people doing it are set aside is this long at least ("旁听庭审").
_ACTION = 4
_QUALIFIER = 2


def without_light_verb(phrase: str) -> str:
    """A verb that names no particular action (``light_verbs``: "开展法治体检" → "法治体检")
    says nothing a report must repeat; the thing done after it is the term."""
    # "要搞九五普法规划": what is meant to be done is what is done, for the term.
    phrase = _MEANT_LIGHT.sub("", phrase)
    for verb in light_verbs():
        rest = phrase[len(verb) :]
        # A one-character verb ("搞应急演练") leads a longer thing, not its own complement
        # ("做好调解" is no 好调解).
        long_enough = len(rest) >= 2 if len(verb) > 1 else len(rest) >= 3 and rest[0] not in _DONE
        if phrase.startswith(verb) and long_enough and _word_of_its_own(verb, phrase):
            return rest
    return phrase


def _word_of_its_own(verb: str, phrase: str) -> bool:
    # 干 of "干法治体检" is a verb; of 干部 it is no word at all.
    return len(verb) > 1 or pos_tags(phrase)[0][0] == verb


def without_actor(phrase: str) -> str:
    """The action of "干部旁听庭审", "执法人员旁听庭审": the people (a noun counted in 人,
    ``count_nouns``, with at most ``_QUALIFIER`` characters before it) left out."""
    people = _people()
    action = phrase
    while True:
        ends = [
            at + len(noun)
            for noun in people
            if 0 <= (at := action.find(noun)) <= _QUALIFIER
            and len(action) - at - len(noun) >= _ACTION
        ]
        if not ends:
            break
        action = action[max(ends) :]
        # "领导干部和执法人员旁听庭审": people joined to people act together.
        joined = _JOINED.match(action)
        if joined is None or without_actor(action[joined.end() :]) == action[joined.end() :]:
            break
        action = action[joined.end() :]
    # "干部去法院旁听庭审": where they went to do it is no part of what was done.
    went = _WENT.match(action)
    return action[went.end() :] if went and len(action) - went.end() >= _ACTION else action


def people_done_to(phrase: str) -> str | None:
    """The people a verb opening ``phrase`` acts on ("培养法律明白人" → 法律明白人), or None: a
    report may bring them up with a verb of its own (培训, 建强), or none."""
    tagged = pos_tags(phrase)
    if len(tagged) < 2 or tagged[0][1] != "v" or len(tagged[0][0]) != 2:
        return None
    rest = phrase[len(tagged[0][0]) :]
    return rest if len(rest) > 2 and any(rest.endswith(noun) for noun in _people()) else None


def _people() -> list[str]:
    """The nouns of people (those ``count_nouns`` counts in 人)."""
    return [noun for noun, measure in count_nouns().items() if measure == "人"]


_JOINED = re.compile(r"以及|和|及|与|同|、")
# "去法院", "到企业", "赴乡镇": going to a place before the action.
_WENT = re.compile(r"(?:去|到|赴|前往|深入)[\u4e00-\u9fff]{1,4}(?=[\u4e00-\u9fff]{4,}$)")
