"""What a question asks for: the kind of answer, and where in a sentence that answer sits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from retrieval.lexicons import count_nouns
from retrieval.query.amounts import AREA, AREA_ASKED, CHANGE_ASKED, MONEY_ASKED, SUMS_POINTED
from retrieval.query.bodies import asks_body, names_body
from retrieval.query.noun_measures import (
    noun_after,
    noun_measure,
    nouns_before,
    people_by_ge,
    people_taking_part,
)
from retrieval.query.persons import asks_person, names_person
from retrieval.query.rates import rates_asked, says_rate
from retrieval.query.units import (
    COUNTING_MEASURES,
    comparable_units,
    figure_in,
    measure_pattern,
    unit_group,
)
from retrieval.text.numbers import without_lines

__all__ = [
    "ASKS_TARGET",
    "BOTH_FULL",
    "CLAUSE",
    "COUNTED",
    "FLOORS",
    "NUMBER",
    "WANTS_NUMBER",
    "Expected",
    "asked_measures",
    "asks_target",
    "measure_words",
    "recounted",
    "states_floor",
]

# "…的要求", "每年不少于几次": a question about the floor or target a report sets.
# "一年要搞几次", "每月得开几次": how often something is to be done.
ASKS_TARGET = re.compile(
    r"要求|标准|目标|规定|指标|不少于|不低于|至少|不超过|"
    r"[每一](?:年|月|季度?|周)[^，,。？?]{0,3}?(?:要|需要|得|应当?|须|必须)"
)


# How a report writes a floor or ceiling it sets ("每年培训不少于2次").
FLOORS = ("不少于", "不低于", "不多于", "不超过", "不高于", "至少")
_FLOOR = re.compile(f"(?:{'|'.join(FLOORS)})\\s*(?:\\d|[一二三四五六七八九十两])")


def asks_target(question: str) -> bool:
    """True when ``question`` asks a requirement or target ("培训次数的要求"), which plans set."""
    return bool(ASKS_TARGET.search(question))


def states_floor(text: str) -> bool:
    """True when ``text`` sets a floor or ceiling in figures ("不少于2次")."""
    return bool(_FLOOR.search(text))


# "反馈率和满意率“双一百”": the two rates before it, both at 100%.
BOTH_FULL = re.compile(r"双(?:一百|百)(?![万亿分])")
WANTS_NUMBER = re.compile(
    r"多少|(?<!哪)几[个次件项名人场家所期份批支本位天年月]?|数量|比例|百分|[率比]是|比率|占比|总数|规模"
    # "兑换的相关数字": the figures of what is named.
    r"|(?:的|相关)(?:数字|数据)(?=[，,。？?！!\s]|$)"
    # "有没有具体的次数要求": a figure, however the question is put.
    r"|(?:次数|人数|件数|场次数)(?:要求|目标)"
)
# "一批" says "a number of", "第三批" which round: neither counts (批 is left out).
NUMBER = re.compile(
    r"\d|[一二三四五六七八九十百千万两]+(?:个|项|次|件|名|人|场|家|所|期|份|支|本|位|条|类|余|多)|"
    + BOTH_FULL.pattern
)
_WANTS_DATE = re.compile(r"什么时候|何时|哪天|哪一天|日期|几月|哪年|哪一年")
# "300万元以上标的": a figure bounding what is counted, no count of it.
_BOUND = re.compile(r"(?:及|或)?(?:以上|以下|以内)")
# "普兰 调解 件数": a keyword question ending in the measure it counts in.
_ENDS_COUNTED = re.compile(r"(件|人次|场次|次|项|条|份|户|家)数[？?。！!\s]*$")
# Certificates: a report may count their holders by them ("新增执法证25本").
_CERTIFICATE = re.compile(r"(?:执法|资格|上岗|从业|执业)证|证书|执照")
# "新领的执法证", "今年取得执法证的": a certificate newly got, not applied or sat for.
_GOT = re.compile(
    r"新(?:拿|取|获|领|考)|(?:今年|当年|全年)[^，,。？?]{0,3}?(?:拿到|取得|获得|领到|考取)"
)
# "新增的执法证多少", "执法证发了多少": certificates issued, counted themselves (本). (Those
# applied for or cancelled, "注销执法证件多少", may be counted by their holders.)
_CERTIFICATE_COUNTED = re.compile(
    r"(?:(?:新增|新发|发放|颁发|核发)(?:了|的)?(?:执法|资格|上岗|从业|执业)证(?:件|书)?"
    r"|(?:执法|资格|上岗|从业|执业)证(?:件|书)?[^，,。？?！!]{0,3}?(?:新增|新发|发放|颁发|核发|发)[了得]?)"
    r"(?:多少|几)"
)
_DATE = re.compile(r"\d{1,4}\s*[年月日]|[一二三四五六七八九十]+月")
# The question word of a count ("有哪几项" asks which, not how many), and the measures of
# more than one character it may take: "免掉多少费用" asks money, as 钱 does.
# ("这几项加起来": the items pointed at, no count asked of them.)
_HOW_MANY = r"(?:多少|(?<![哪这那])几)"
_LONG_MEASURES = r"人数|人次|场次|批次|万元|费用|金额|资金"


def _measure(char: str) -> str:
    """A pattern of the measure ``char``, not where it opens a count noun ("卷" of 卷宗, "人"
    of 人员): "多少卷宗" counts the noun, in whatever measure it takes."""
    tails = sorted((n[1:] for n in count_nouns() if len(n) > 1 and n[0] == char), key=len)
    return f"{char}(?!{'|'.join(map(re.escape, reversed(tails)))})" if tails else char


# "多少人" is answered by a count of people (人, 名, 位, 人次), not of sessions or items.
# "几个人": 个 before the people counted is said, not written.
_ASKED_UNIT = re.compile(
    rf"{_HOW_MANY}(?:个(?=[人名位]))?"
    rf"({_LONG_MEASURES}|{'|'.join(map(_measure, '人名位次场期回件起份项家户条本册卷元钱费天'))}"
    # "赋了多少分": points (not 分钟, 分别 or a share: 几分之几).
    r"|分(?![钟之别类成布配析工])"
    # "接了多少单": orders, as reports count 办件 (not 单位, 单独).
    r"|单(?![位独元项个]))"
)
# "场次是多少", "培训的次数分别是多少": the measure named before the question word (a bare
# 场 or 期 ends nouns too: 广场, 市场, 周期).
_NAMED_UNIT = re.compile(
    # "预警信息条数是多少", "案件件数是多少": the measure before 数.
    r"(人次|场次|(?:次|场|期|回|件|条|项|份|户|家|支|本|起)(?=数)|人|名|(?<=总)分)数?(?:分别|各|一共|共|总共|合计)?(?:是|为|有)?"
    r"(?:多少|几)(?![\u4e00-\u9fff])"
)
# A number of things asked without its measure word ("数量", "个数").
_QUANTITY = re.compile(r"数量|个数")
# What ends a clause of a report's sentence (a figure's clause, and the one before it).
CLAUSE = re.compile(r"[，,：:；;]")
_ONE_CHAR = "人名位次场期件起份项家户条本册卷元钱天个种批支所节块轮回"
# The question word with its measure word: "多少名", "几场", "多少".
COUNTED = re.compile(
    rf"{_HOW_MANY}(?:{_LONG_MEASURES}|{'|'.join(map(_measure, _ONE_CHAR))}"
    r"|单(?![位独元项个]))?"
)
# Every measure a question asks its figures in ("多少户…多少分…多少钱").
_MEASURES_ASKED = re.compile(
    rf"{_HOW_MANY}({_LONG_MEASURES}|[人名位次场期件起份项家户条本册卷元钱天个种批所分])"
)


def _counted_phrase(topic: str) -> str:
    """The noun phrase a count asks right before its question word ("行政处罚案件数是多少" →
    行政处罚案件), or ""."""
    found = _counted_phrases().search(topic)
    return found[1] if found else ""


@cache
def _counted_phrases() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, count_nouns()), key=len, reverse=True))
    return re.compile(
        rf"([\u4e00-\u9fff]{{0,4}}?(?:{nouns}))(?:的)?(?:数|数量|件数)?(?:是|有|为)?(?:多少|几)"
    )


@dataclass(frozen=True)
class Expected:
    """What kind of answer the question asks for; a sentence without it cannot answer."""

    number: bool = False
    unit: re.Pattern[str] | None = None
    # The measure the question counts in ("钱" of "多少钱"), answered by a figure in ``unit``.
    unit_word: str = ""
    rates: tuple[str, ...] = ()
    date: bool = False
    person: bool = False
    # "成立了啥机构": the name of a body (委员会, 办公室, 中心) is what is asked.
    body: bool = False
    # Latin terms (GDP, PPP…) name what is asked; a sentence without them is of something else.
    latin: tuple[str, ...] = ()
    # "下降了多少": by how much a thing changed, which a share may say as well as a count.
    change: bool = False

    @classmethod
    def of(cls, topic: str) -> Expected:
        """Read the expectation off the question ("多少件" wants a count of 件, "好评率" a rate)."""
        ended = _ENDS_COUNTED.search(topic)
        asked = _ASKED_UNIT.search(topic) or _NAMED_UNIT.search(topic) or ended
        money = MONEY_ASKED.search(topic)
        if asked is not None and money is not None and 0 <= money.start() - asked.end() <= 2:
            # "那几笔资金合计多少": the count word before the sums tells how many they
            # are; money is what is asked.
            asked = None
        word = asked.group(1) if asked else noun_measure(topic) or people_by_ge(topic)
        word = word or people_taking_part(topic)
        word = word or ("元" if MONEY_ASKED.search(topic) else None)
        # ("这两笔合计多少": the sums pointed at, added up, are money.)
        word = "元" if SUMS_POINTED.search(topic) else word
        # "新增的执法证哪个多": certificates counted, no measure said, in their own (本).
        # (Not where people are named: "注销执法证件的人数" counts them.)
        counted = _CERTIFICATE_COUNTED.search(topic) and "人" not in topic
        word = word or ("本" if counted else None)
        family = word
        if word in ("人", "名", "位", "人数") and _CERTIFICATE.search(topic):
            # "新领证的执法人员几个": people counted by the certificates they got (本), by those
            # said to get one: none who sat the exam for it or lost theirs.
            word = family = "人数"
            family = "证件" if _GOT.search(topic) else family
        elif word == "本" and _CERTIFICATE.search(topic):
            # "新增执法证多少本": certificates counted by the people who got them (216人取得).
            family = "证件"
        elif (
            asked is not None
            and (own := noun_after(topic, asked.end()))
            and own != word
            and (word == "个" or comparable_units(word, own))
        ):
            # "评查多少件卷宗": files, counted in any measure of files (104份); "多少个法律
            # 明白人": 个 counts anything, the noun says in what.
            family = own
        group = unit_group(family) if family else None
        named = _counted_phrase(topic)
        unit = measure_pattern(family, named) if family else None
        # ("检查次数降低了多少": by how much, which a share may say as well as a count.)
        change = CHANGE_ASKED.search(topic) is not None
        unit = None if change else unit
        if AREA_ASKED.search(topic):
            # "建筑面积多大": an area, which only a figure in a measure of area states.
            unit, word, group = AREA, "平方米", "平方米"
        if unit is None and _QUANTITY.search(topic) and not rates_asked(topic):
            # "法律顾问数量": how many things, which no sum of money or share states.
            unit = figure_in(COUNTING_MEASURES)
        return cls(
            number=bool(WANTS_NUMBER.search(topic) or ended),
            unit=unit,
            unit_word=word if word and group else "",
            rates=rates_asked(topic),
            date=bool(_WANTS_DATE.search(topic)),
            # "机构叫什么": the name asked is a body's, not a person's.
            person=asks_person(topic) and not asks_body(topic),
            body=bool(asks_body(topic)),
            latin=tuple(run.lower() for run in re.findall(r"[A-Za-z]{2,}", topic)),
            change=change,
        )

    def in_measure_asked(self, text: str) -> bool:
        """True when ``text`` holds a figure in the very measure word asked ("多少项": 3415项),
        not only in another of its family (25个)."""
        return (
            bool(self.unit_word)
            and re.search(rf"\d\s*(?:余|多)?[万亿]?{re.escape(self.unit_word)}", text) is not None
        )

    def fits(self, text: str) -> bool:
        """True when ``text`` holds an answer of the expected kind."""
        # ("12345政务服务热线自开通以来": a line named by its number states no figure.)
        if self.number and not NUMBER.search(without_lines(text)):
            return False
        if self.unit is not None and not any(
            not _BOUND.match(text, found.end()) for found in self.unit.finditer(text)
        ):
            return False
        if any(not says_rate(text, rate) for rate in self.rates):
            return False
        if self.latin and any(term not in text.lower() for term in self.latin):
            return False
        if self.date and not _DATE.search(text):
            return False
        if self.body and not names_body(text):
            return False
        return not (self.person and not names_person(text))


def measure_words(topic: str) -> set[str]:
    """The measure words ``topic`` asks its figures in ("多少分…多少钱" → 分, 钱)."""
    return set(_MEASURES_ASKED.findall(topic))


def asked_measures(topic: str) -> list[re.Pattern[str]]:
    """A figure pattern per measure family ``topic`` asks in ("多少户…多少分…多少钱": 户, 分,
    钱); a measure of no family ("种") counts in itself."""
    families = {unit_group(m) or m for m in _MEASURES_ASKED.findall(topic)}
    return [figure_in(group) for group in sorted(families)]


def recounted(topic: str) -> str | None:
    """``topic`` asking its count in the measure of another family that counts a noun it
    names before the count, where the two may count alike ("合同审了多少件" → "…多少份":
    a report may count the files in either); None when it names none."""
    asked = _ASKED_UNIT.search(topic)
    word = asked.group(1) if asked else None
    if asked is None or not word or word == "个":
        return None
    own = next(
        (
            own
            for own in nouns_before(topic, asked.start())
            if own != word and unit_group(own) != unit_group(word) and comparable_units(word, own)
        ),
        None,
    )
    return f"{topic[: asked.start(1)]}{own}{topic[asked.end(1) :]}" if own else None
