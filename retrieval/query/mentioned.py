"""The term a "which reports mention X" question asks about (``term.Term`` finds it in a text).

A report mentions X only when X is really in its text: the phrase itself (spaces, line breaks
and quotes inside it do not count: "谁执法 谁普法"), or a synonym (``retrieval.lexicons``). An
unquoted term may be said with words inserted ("调解中心" ~ "调解服务中心"): all its words, in
order, within one clause."""

from __future__ import annotations

import re

from retrieval.query.about_answer import without_where
from retrieval.query.described_terms import people_done_to, without_actor, without_light_verb
from retrieval.query.for_whom import FOR_WHOM
from retrieval.query.lacking import without_lacking
from retrieval.query.mention_scope import mention_scope
from retrieval.query.offered import offered_names
from retrieval.query.places_asked import AFTER_OTHER_PLACES, OTHER_PLACES
from retrieval.query.term import Term
from retrieval.text.lexicon import plain_synonyms
from retrieval.types import Vocabulary

__all__ = [
    "HOW_WORDED",
    "QUOTED",
    "Term",
    "asks_others",
    "asks_what_said",
    "beside",
    "mentioned_term",
]

# "怎么表述的", "原文是如何写的": how a report words a thing.
HOW_WORDED = r"(?:的)?(?:原文|原话)?(?:是)?(?:怎么|如何|咋)(?:描述|表述|说|写|讲|提)"
_REQUEST_AFTER = re.compile(
    r"[，,；;](?:请|烦请|麻烦|并)(?:列出|列明|写明|注明|说明|标注|给出)[^？?。！!]*$"
    # "…提到了，怎么描述的", "…，各自是怎么说的": how each words it, which every line quotes.
    # ("…有涉及？原文怎么说的": asked in a sentence of its own.)
    rf"|[，,；;？?](?:都|各自|分别|具体)?{HOW_WORDED}的?(?:呢)?[？?。！!\s]*$"
    # "…，都写了些啥", "，各写了什么内容": what each says, which every line quotes.
    r"|[，,；;？?](?:都|各自?|分别|具体)?(?:写|说|讲|提)了?(?:些)?(?:啥|什么|哪些)(?:内容)?(?:呢)?"
    r"[？?。！!\s]*$"
    # "提到X的报告是哪个县的": the report saying it, asked by its place.
    r"|的?(?:那份|那个|这份)?(?:报告|材料)(?:是|在|属于)?(?:哪个县|哪个地方|哪里|哪儿|哪份|哪一份|哪个市|哪个州|哪个)的?"
    r"(?:报告)?[？?。！!\s]*$"
)
# "…？讲了些啥", "具体怎么写的": what a report says of the term, all of it.
_WHAT_SAID = re.compile(
    r"(?:讲|说|写|提)了(?:些|哪些)?(?:啥|什么|哪些)|(?:怎么|如何|咋)(?:说|写|讲|提|描述|表述)的"
    r"|具体(?:内容|说了|写了|讲了)"
)


def asks_what_said(question: str) -> bool:
    """True when ``question`` asks what is said of a term, not only whether it is."""
    return _WHAT_SAID.search(question) is not None


QUOTED = re.compile(r"[“\"「『‘']([^”\"」』’']{1,40})[”\"」』’']")
_QUOTES = re.compile(r"[“”\"「」『』‘’']")
# At most this many characters written on to a quotation make one term with it.
_ATTACHED = 4
_VERB = re.compile(
    # "还有别的县写经费的吗": what the other places write.
    rf"(?:(?:{AFTER_OTHER_PLACES})(?:也|还)?(?:有没有|有)?(?:讲|说|谈|写|提)(?![到及过了座话解明供升高])|"
    r"提到|提及|讲到|说到|写到|涉及|谈到|出现|有(?:写|提)(?![到及])|写有|(?:提|说|讲|写)过"
    # "哪些报告承认X不够": owning up to a shortcoming is saying it.
    r"|承认|坦承|坦言"
    # "…都写了？" loses its 了 with the question's edges: a bare 提 or 写 that ends it.
    r"|(?:提|写)(?=了|$)|(?<=[没未])(?:提|写)(?![到及过了])"
    # "有没有报告讲X的": a report that says, the verb bare after the report.
    r"|(?<=报告)(?:里|中)?(?:讲|说|谈|写|提)(?![到及过了座话解]))"
    r"(?:了|过)?"
)
# The words that frame a term: who is asked about ("哪些报告", "有几个县", "都有谁家").
_WHO = (
    r"(?:有没有|是否有|有无|有?哪些|有?哪几(?:份|个|家)?|有?哪(?:个|份|家)|"
    # "是不是每份报告都写了": whether all of them do.
    r"有?(?:几|多少)(?:份|个|家)?|都?有?谁家?|(?:是不是|是否)?每一?(?:份|个|家))"
)
_PLACE = r"(?:报告|县|地方|地区|乡镇|单位|文件)"
_WHICH = re.compile(rf"{_WHO}(?:的)?{_PLACE}?(?:在|也|都|还)?")
# "哪些报告…", "哪些县创建了…", "哪些报告中有关于…的内容": a verb with its aspect particle
# ("创建了", "搞过") says what the places did with the term.
_LEADING = re.compile(
    rf"^(?:{_WHO}|列出|列举|请|帮我)*(?:的)?{_PLACE}?(?:的报告)?(?:里|中|当中)?"
    r"(?:已经|已|都|也|还|在|有关于|有关|关于|有)*(?:没有|没|未)?"
    # "给企业搞了X": for whom it was done is no part of what was done.
    rf"(?:{FOR_WHOM})?"
    r"(?:(?:搞|做|弄|干|开展|推行|实行)(?:了|过)?|[\u4e00-\u9fff]{1,2}?了"
    r"|(?!通过|经过|超过)[\u4e00-\u9fff]{1,2}?过)?"
)
# "X在哪些报告里写过", "X，哪些县的报告里有", "X，都有谁家提到了", "X 哪几个地方报告里有写":
# the frame before the verb.
_PLACES = rf"(?:在|于)?(?:{_WHO}){{0,2}}(?:的)?(?:{_PLACE}的?)?{_PLACE}?(?:里|中|当中)?"
# "有没有哪份报告压根没提": an adverb and a negation before the verb frame it too.
_BEFORE_VERB = re.compile(
    # "X这块有报告写到吗": whether any report says it.
    # "X，哪几个报告是单独写了的": how it is written is no part of X either.
    # "X，还有哪个县写了": which other place says it too.
    rf"[，,]?(?:还|也|另外)?(?:有(?=份|报告))?{_PLACES}是?(?:都|也|还|有|压根|根本|完全|就|从来|从|单独|专门|重点|具体|明确)*"
    r"(?:没有|没|未)?$"
)
# "…出现在哪几份报告里": the places after the verb.
_WHERE = re.compile(rf"^(?:在|于)(?:{_WHO})?(?:的)?{_PLACE}?(?:里|中|当中)?[？?]?$")
# "X是哪份报告的…": the verb before the which-word says whose X is.
_WHOSE_VERB = re.compile(r"(?:是|属于|出自|来自)$")
# "…的报告有哪些", "…的是哪个县", "…吗".
_TRAILING = re.compile(
    rf"(?:的)?(?:内容|表述|说法|字样)?(?:的)?(?:都|也|还)?(?:是|有)?(?:{_WHO})?{_PLACE}?"
    r"(?:有哪些|是哪些|有哪几(?:份|个|家)|有没有|吗|呢|么)?$"
)
# "用听证的方式听取意见", "通过公众号开展普法": the means is what a report names; the purpose
# is what it is used for, said in words of its own.
_MEANS = re.compile(
    r"^(?:用|通过|以|采用|采取|运用|利用|借助)(?P<means>.{2,12}?)"
    r"(?:的?(?:方式|形式|办法|手段|途径|渠道|平台)|(?=开展|进行|推进|推动|实现|加强|听取|收集|搞|来搞|做|普法|宣传))"
)
# "请问…", "帮我查一下…": courtesy before the question is no part of its term.
_POLITE = re.compile(
    r"^(?:请问|请|麻烦(?:你|您)?|(?:帮(?:我|忙)?|我想)(?:查|看|找|问)(?:一下|下)?)"
)
# "关于X的内容": what frames a topic as a passage's subject is no part of it.
# "培养法律明白人的做法": the practice of doing it is the doing.
# ("报告里面边境管控": where it is looked for is no part of the term.)
_ABOUT = re.compile(
    r"^(?:报告)?(?:里面|里头|当中|中|里)(?:的)?|^报告(?=[\u4e00-\u9fff]{2})|^(?:关于|有关|对于)"
    r"|(?:的|相关)*(?:内容|表述|说法|字样|情况|描述|做法|举措)$"
)
# "是做了还是准备做": which of two ways, asked of what is said.
_EITHER_WAY = re.compile(r"^[^，,。]{0,8}?是[^，,。？?]{1,12}还是[^，,。？?]{1,12}[？?]?$")
# "（克孜勒陶镇）的报告里有没有X": the report looked in, its place aside, is no term.
_REPORT_SCOPE = re.compile(
    r"^的?(?:这份|那份|该)?(?:报告|材料|文件)(?:里面|里头|里|中|当中)?(?=有没有|有无|是否|提|写|讲|说|谈)"
)
_REGARDLESS = re.compile(r"[，,]\s*(?:不管|无论|不论)[^，,。？?]*$")
_KIND_NAMED = re.compile(r"(?<=[\u4e00-\u9fff])(?:这些|这类|这几[项个种类])[\u4e00-\u9fff]{1,8}$")
# "法律援助工作", "普法活动", "公证业务": a light noun after a term that reports often leave out;
# "同比数据": the figures the term gives are no part of it.
_LIGHT = re.compile(r"(?<=..)(?:工作|活动|情况|业务|(?:的)?(?:具体)?(?:数据|数字))$")
# "法治体检这块", "普法这方面": what marks the term as the topic is no part of it.
TOPIC_MARK = re.compile(
    r"(?<=..)(?:[这那]一?块|[这那]一?方面|方面|[这那]一?(?:个|项|件|条)(?:事儿?|工作)?|的事(?:情|儿)?"
    # "府院联动这个提法": the wording, pointed at.
    r"|[这那](?:个|种|一)?(?:提法|说法|表述|词|字眼|概念)"
    # "边境管控、打击走私这些", "…之类的", "抖音、短视频这类": the kind, pointed at.
    r"|[这那]些(?:事|事情|内容|工作)?|[这那]类|之类的?|等等?)$"
)
# ("“依法行政……”": the asker's ellipsis says the words go on, no part of them.)
_EDGES = " \t，,。？?！!：:、；;的了….·"
# ("我们教育局": the asker's own body, which a report names without the asker's "我们".)
_FOLLOWING = re.compile(
    r"^(?:那么?|那个)?(?:我们|咱们|俺们|我们的|咱们的)?(?=[\u4e00-\u9fff]{2})"
    r"|(?<=[\u4e00-\u9fff]{2})(?:呢|吗)$"
)
# "用短视频普法": the means and the doing are the term, in whichever order a report says them.
_INSTRUMENT = re.compile(r"^(?:用|利用|运用|借助|通过)(?=[\u4e00-\u9fff]{4})")
_SENTENCE_END = re.compile(r"[。？?！!]")
_BRINGS_UP = re.compile(r"^(?:说到|讲到|谈到|提到|说起|讲起|谈起|提起)(?=[^，,]{2,15}[，,])")
_CLAUSE_END = re.compile(r"[，,；;：:]\s*$")
_HOW_SAID_AFTER = re.compile(
    r"[，,\s]+(?:具体|分别|都|报告里?|原话|原文)?(?:是)?(?:咋|怎么|怎样|如何)(?:说|写|讲|表述)的?"
    r"[^，,。？?！!]*$|[，,\s]+(?:原话|原文|原句)[^，,。？?！!]{0,8}$"
)
# "这个", "相关": a word that points back at a term named before, of no term of its own.
_POINTING = re.compile(r"^(?:[这那此其该](?:个|些|项|块|方面|事|类)?|相关|上述|以上)$")
# "要谋划", "准备推进": an intention, of no thing of its own.
_INTENT = re.compile(r"^(?:要|准备|计划|打算|将|拟)[\u4e00-\u9fff]{1,4}?了?$")
# "X 哪家提到了 都是怎么做的": how it is done or worded, asked after the term named.
_HOW_ONLY = re.compile(
    r"^(?:具体|都|分别|各自)?(?:是)?(?:咋|怎么|怎样|如何)(?:搞|做|弄|干|办|落实|开展|推进|说|写|讲|表述)的?呢?$"
)


_OTHER_PLACES = re.compile(OTHER_PLACES)
# "…有谁提过没": a yes-or-no tail, no part of the term ("有没有" asks it whole).
_YES_NO_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])(?<!有)没有?[？?。！!\s]*$")


def asks_others(topic: str) -> bool:
    """True when ``topic`` asks of the reports other than one asked of before ("别的县")."""
    return _OTHER_PLACES.search(topic) is not None


def mentioned_term(topic: str, vocabulary: Vocabulary) -> Term | None:
    """The term ``topic`` asks which reports mention (None when it names none).

    Args:
        topic: the question without region and year mentions.
        vocabulary: the reports' vocabulary (the term's search words).
    """
    # "…，哪个没有": which reports lack it is asked of the term named before; "在存在问题
    # 里": where to look for it is no part of it either.
    # ("X这个提法，哪些报告有？是做了还是准备做？": a sentence asking which of two
    # ways it is said names no term.)
    sentences = [s for s in re.split(r"(?<=[？?])", topic) if s.strip()]
    kept = [s for s in sentences if not _EITHER_WAY.search(s)]
    topic = "".join(kept) if kept and len(kept) < len(sentences) else topic
    topic = _REPORT_SCOPE.sub("", mention_scope(without_where(topic))[0])
    topic = without_lacking(_YES_NO_TAIL.sub("", topic))
    topic = _POLITE.sub("", topic.strip(_EDGES))
    # "…提到12345热线，请列出这些报告及对应地区": a request after the question lays it out.
    topic = _REQUEST_AFTER.sub("", topic)
    quoted = QUOTED.search(topic)
    phrase = _whole(quoted.group(1), topic) if quoted else _unquoted(topic)
    phrase = re.sub(r"\s+", "", phrase).strip(_EDGES)
    if not quoted:
        # "那人民调解员呢，哪些写了": the turn's opening and closing particles name nothing.
        phrase = _FOLLOWING.sub("", phrase).strip(_EDGES)
        # "X，不管是X率还是X机制": which of its forms counts is no part of the term.
        phrase = _REGARDLESS.sub("", phrase).strip(_EDGES)
        phrase = _ABOUT.sub("", phrase).strip(_EDGES)
        if "、" in phrase:
            # "诉前调解、司法确认这些诉调对接": the things listed, then their kind.
            phrase = _KIND_NAMED.sub("", phrase).strip(_EDGES)
        means = _MEANS.match(phrase)
        phrase = means["means"] if means else _INSTRUMENT.sub("", phrase)
        phrase = TOPIC_MARK.sub("", phrase).strip(_EDGES)
        phrase = _LIGHT.sub("", phrase).strip(_EDGES)
        done = without_light_verb(phrase)
        # "组织干部旁听庭审": after a verb that makes others act, who acts is no part of what
        # is done; reports name the people in words of their own, or not at all.
        bare, phrase = (without_actor(done) if done != phrase else done), done
        # "培养法律明白人": the people themselves, whatever verb a report brings them up with.
        bare = people_done_to(bare) or bare
    else:
        # "“双随机”检查": what the question quotes is the term; the words written on to it
        # may be the asker's own ("检查" where a report says "双随机、一公开").
        bare = quoted.group(1).strip(_EDGES)
    if not phrase:
        return None
    offered = offered_names(phrase, _EDGES) if not quoted else ()
    named = offered or (phrase, bare)
    # ("“率先”": a quoted word the reports use is asked as written, not as "第一".)
    exact = quoted is not None and vocabulary.knows(bare)
    forms = tuple(
        dict.fromkeys(
            form for name in named for form in (name, *(() if exact else plain_synonyms(name)))
        )
    )
    words = tuple(_words(form, vocabulary) for form in forms)
    return Term(phrase, forms, words, quoted is not None, bare or phrase, offered)


def beside(topic: str, term: Term, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The question's words beside ``term`` ("企业" of "给企业做“法治体检”"): they say which of
    a report's mentions is meant (the check-ups of companies, not a room of that name)."""
    core = term.core or term.phrase
    return tuple(w for w in vocabulary.words(topic) if len(w) > 1 and w not in core)


def _whole(quoted: str, topic: str) -> str:
    """The term a quotation is part of: "“八五”普法" asks about 八五普法, a few characters
    written on after (or before) the quotation marks ("普法"); else the quotation itself."""
    plain = re.sub(r"\s+", "", _unquoted(_QUOTES.sub("", topic))).strip(_EDGES)
    extra = len(plain) - len(quoted)
    if 0 < extra <= _ATTACHED and (plain.startswith(quoted) or plain.endswith(quoted)):
        return plain
    return quoted


def _unquoted(topic: str) -> str:
    # "说到调解，哪些报告…": a verb of saying that opens the question only brings up a topic.
    topic = _BRINGS_UP.sub("", topic)
    verb = _VERB.search(topic)
    if verb:
        # "哪些报告提到了X" / "提到X的报告有哪些"; a sentence after it ("？列个表") asks how
        # to lay the answer out.
        after = _SENTENCE_END.split(topic[verb.end() :].strip(_EDGES))[0]
        # "…提到X的，咋说的": how the reports word it is asked after the term.
        after = _HOW_SAID_AFTER.sub("", after)
        rest = _TRAILING.sub("", after.rstrip(_EDGES))
        # "X，哪几份报告提到要谋划了": what follows the verb is only what is to be done with
        # the X named first.
        before = _BEFORE_VERB.sub("", topic[: verb.start()].rstrip(_EDGES)).strip(_EDGES)
        if before and (_INTENT.match(rest) or _HOW_ONLY.match(rest)):
            return before
        # "X出现在哪几份报告里": what follows the verb is where, not what.
        if rest.strip(_EDGES) and not _WHERE.match(rest):
            return rest
        # "X在哪些报告里出现过": the term comes before the frame and the verb. ("X都有哪几个
        # 报告提了": the adverb before the frame goes with it.)
        return _BEFORE_VERB.sub("", topic[: verb.start()].rstrip(_EDGES)).rstrip("都也还均")
    # "X 哪些县在搞": the term comes before the which-word.
    which = _WHICH.search(topic)
    if which and topic[: which.start()].strip(_EDGES):
        # "办公证的事，哪份报告里有公证的内容": the clause before sets the topic; the
        # which-clause names the term itself, unless it only points back ("有这个的").
        own = _TRAILING.sub("", _LEADING.sub("", topic[which.start() :]).rstrip(_EDGES))
        if _CLAUSE_END.search(topic[: which.start()]) and own and not _POINTING.match(own):
            return own
        # "X是哪份报告的做法", "X出自哪个县".
        return _WHOSE_VERB.sub("", topic[: which.start()].rstrip(_EDGES + "都也还"))
    return _TRAILING.sub("", _LEADING.sub("", topic.strip(_EDGES)).rstrip(_EDGES))


def _words(form: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The form's longest search words, in order (pieces of a longer one are left out)."""
    words = vocabulary.words(form)
    longest = [w for w in words if not any(w != other and w in other for other in words)]
    # The reports' words are lower-cased ("3+N" is searched by 3 and n).
    lowered = form.lower()
    ordered = sorted(longest, key=lambda w: lowered.find(w) if w in lowered else len(form))
    return tuple(ordered)
