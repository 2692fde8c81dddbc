"""Question text as the reports write it: simplified characters, half-width letters and digits,
and English question words mixed into Chinese said in Chinese."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from retrieval.query.asking_forms import plainer_asks, spaced_asks
from retrieval.query.english_words import in_chinese
from retrieval.query.pointed_added import pointed_read
from retrieval.text.digits import CN_DIGITS
from retrieval.text.lexicon import synonyms
from retrieval.text.words import pos_tags

__all__ = ["joined_verbs", "normalize", "simplified"]

# Full-width ASCII letters and digits (Ａ, ９) → their half-width forms; punctuation stays.
_HALF_WIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}


@cache
def _to_simplified() -> Any:
    # OpenCC's own phrase tables (bundled with the wheel): 葉城縣 → 叶城县, 復議 → 复议.
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` in simplified characters (葉城縣 → 叶城县), as every question is read. Text
    with no traditional character is kept as typed: the phrase tables rewrite some simplified
    phrases too ("注明覆盖" → 注明复盖)."""
    convert = _to_simplified().convert
    if all(convert(char) == char for char in set(text)):
        return text
    return str(convert(text))


_REPORT_SAYS = re.compile(
    r"(?<=报告里)(?<!哪些报告里)(?<!哪份报告里)(?<!哪个报告里)"
    r"说(?:的)?(?=[\u4e00-\u9fff])(?!了|过|没|吗|什么|啥|些|的|到)"
)
_PARTICLE_SPACE = re.compile(r"(?<=[啊呀吧哦嘛啦])\s+(?=[\u4e00-\u9fff])")
_PICTURES = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+")
_WHICH_OF_TWO = re.compile(r"孰([多少高低大小早晚优])孰[多少高低大小早晚劣]")
# "25年", "23年以来": a year said by its last two digits, as people say it.
_SHORT_YEAR = re.compile(
    r"(?<![0-9.了满近约达共有过])(?=(?:1[5-9]|2\d)年(?!代|来|间|前|后|多|左右|内|里))"
)


def normalize(question: str) -> str:
    """``question`` in simplified characters with half-width letters and digits, its English
    question words in Chinese, a written "孰高孰低" as "谁高", an amount "…量" as "…数量", a
    superlative's "是那个县" as "是哪个县", a year said by two digits in four ("25年" →
    "2025年")."""
    # ("花了多少钱👍 分成几项": a picture typed between words parts them, as a space does.)
    question = _PICTURES.sub(" ", question)
    question = in_chinese(simplified(question.translate(_HALF_WIDTH)))
    # "孰高孰低", a written "谁高谁低": which is higher.
    question = _WHICH_OF_TWO.sub(lambda m: f"谁{m[1]}", question)
    # "发放量", "受理量": the amount of a doing, in the word the reports' figures go with (a
    # lone 量 is no word of theirs; "办件量" names its thing).
    question = _AMOUNT_OF.sub(_amount_of_doing, question)
    # ("…占几成呀 文中写没写": a particle, then a space, ends a clause.)
    question = _PARTICLE_SPACE.sub("，", question)
    question = _SPOKEN.sub("", question)
    # "是否全是百分之百": the whole, written as the reports write rates.
    question = question.replace("百分之百", "100%")
    # "五个报告里头", "那份里头": inside, said as the reports' questions say it (里).
    question = _INSIDE.sub("里", question)
    # "“枫桥经验”这件事，…": the thing named is the matter; the pointer after it says no more.
    question = _THAT_MATTER.sub("", question)
    # ("报告里说法治…": what one report says is what it holds; 说 read with 法 is no word.)
    question = _REPORT_SAYS.sub("", question)
    # "大约多多少": how much more, asked loosely; the answer states the difference exactly.
    question = _ROUGHLY.sub("", question)
    # "有没有具体的指标", "有什么量化要求": whether figures are given, in the word the
    # figure questions read.
    question = _TARGETS_ASKED.sub("具体数字", question)
    # "…件数 嗯 五个报告…", "就是矛盾纠纷…": fillers of dictated speech.
    question = _FILLER.sub(" ", _CORRECTED.sub(_said_again, question))
    question = _SPACES.sub(" ", question).strip()
    # "额敏 调解 多少件 成功率 多少": figures asked word by word, spaces for punctuation.
    question = spaced_asks(question)
    # "一二三四五热线": a number dictated digit by digit.
    question = _DIGIT_RUN.sub(lambda m: m[0].translate(_DIGITS), question)
    # "…最多的是那个地方": 那 typed for its homophone 哪, a which-question never answered.
    question = _THAT_FOR_WHICH.sub("哪", question)
    # "，公园长廊宣传栏这些": examples typed run together, parted as a list parts them.
    question = _RUN_OF_EXAMPLES.sub(_examples_parted, question)
    # "几项经费加起来多少", "另一个镇（即…的那个）": what is pointed at, read plainly.
    question = pointed_read(question)
    # "许可 处罚 检查三样加起来": the things added, typed apart by spaces, listed as 、 lists.
    question = _SPACED_ADDENDS.sub(_addends_listed, question)
    # "第一部分下面有几个小标题，分别是什么": a report's parts, counted, are listed by name.
    question = _PARTS_NAMED_TOO.sub(r"\g<head>", question)
    # "诉前调解件数，还有公证案件数": amounts named one after another, joined as 和 joins them.
    question = _amount_added(question)
    # "行政职权3415项里，行政处罚占多大比例": the whole, then its part's share, one clause.
    question = _WHOLE_THEN_SHARE.sub("", question)
    # "第一部分下面有几个小标题": what a part holds, said where it is held.
    question = _PART_HOLDS.sub("", question)
    # "受理、办结、满意度这些都要": each thing named, its figure asked.
    question = _ALL_WANTED.sub(lambda m: f"{m['things']}分别多少", question)
    # "跟普兰的比比": the side weighed against, said as "跟普兰比比".
    question = _AGAINST_OF.sub(r"\1", question)
    # "整体分成哪几个部分": the whole report is what any layout is of.
    question = _AS_A_WHOLE.sub("", question)
    # "查出或整改多少问题": either doing counts the thing; the thing is what is counted.
    question = _EITHER_DOING.sub(_either_doing, question)
    # "提没提…", "都写了…的数", "是2025年的吗": asked as the plainer form says it.
    question = plainer_asks(question)
    return _SHORT_YEAR.sub("20", question)


_PARTS_NAMED_TOO = re.compile(
    r"(?P<head>几(?:个|大)?(?:小标题|标题|部分|方面|板块|大项|小项))[，,\s]*(?:分别|各自?|都)"
    r"(?:是|叫)(?:什么|哪些|啥|哪几个|哪几条)(?:呢)?(?=[？?。！!\s]*$)"
)
_AMOUNT_ADDED = re.compile(
    r"(?<=[数量率])[，,]\s*(?:还有|以及|另外|再有|外加)(?=[\u4e00-\u9fff]{2,20}?(?:数|数量|量|率)"
    r"(?:呢)?[？?。！!\s]*$)"
)


def _amount_added(question: str) -> str:
    """``question`` with an amount added by "，还有" joined by 和 (an earlier 和 of the same
    clause made 、: "A和B，还有C" → "A、B和C")."""
    found = _AMOUNT_ADDED.search(question)
    if found is None:
        return question
    before = question[: found.start()]
    clause = max(before.rfind("，"), before.rfind(","))
    joined = before.rfind("和")
    if joined > clause:
        before = f"{before[:joined]}、{before[joined + 1 :]}"
    return f"{before}和{question[found.end() :]}"


_WHOLE_THEN_SHARE = re.compile(
    r"(?<=[里中])[，,]\s*(?=[\u4e00-\u9fff]{2,12}?(?:所)?占了?(?:多大|多少)?的?(?:比例|比重|占比|百分比|几成))"
)
_PART_HOLDS = re.compile(
    r"(?<=部分)(?:下面|下边|底下|里面|里头|里|中|当中)(?=(?:一共|总共|共)?(?:有|分|包括|包含|列了))"
)
_SPACED_ADDENDS = re.compile(
    r"(?P<run>[\u4e00-\u9fff]{2,8}(?:\s+[\u4e00-\u9fff]{2,8}?)+)\s*(?P<count>[两三四五六七八九])"
    r"(?=(?:项|个|样|类|种|块)(?:加起来|合起来|加在一起|加一起|一共|总共|合计))"
)


def _addends_listed(found: re.Match[str]) -> str:
    """The last as many words of the run as its count says, parted by 、; words before them
    (a place, "叶城 许可 处罚 检查三样") keep their space."""
    words = found["run"].split()
    count = CN_DIGITS.get(found["count"], 2)
    if len(words) < count:
        return found[0]
    return " ".join([*words[:-count], "、".join(words[-count:])]) + found["count"]


_EITHER_DOING = re.compile(
    r"([\u4e00-\u9fff]{2})或([\u4e00-\u9fff]{2})(?=[了过的]?(?:多少|几)[个件项条名次]?[\u4e00-\u9fff]{2})"
)


def _either_doing(found: re.Match[str]) -> str:
    tags = [pos_tags(found[1]), pos_tags(found[2])]
    doings = all(len(t) == 1 and t[0][1] == "v" for t in tags)
    return "" if doings else found[0]


_AS_A_WHOLE = re.compile(
    r"(?:整体|整个|总体)上?(?=(?:分|是|有|包括|的?结构|的?框架)[^，,。？?！!]{0,6}(?:部分|块|板块|结构|框架))"
)
_AGAINST_OF = re.compile(
    r"((?:跟|和|与|同)[^，,。？?！!\s的]{2,12})的(?=比比|比一比|比一下|比较|对比|比下|pk|PK)"
)


# "最多的是那个县？": a superlative's subject asked with 那 for 哪 (same sound, na).
_THAT_FOR_WHICH = re.compile(
    r"(?<=最[多少高低大小早晚][的地]是)那(?=(?:个|家|份|一个|一份)?(?:县|地方|地区|乡镇|镇|乡|报告|家)?"
    r"(?:呢)?[？?。！!\s]*$)"
)


_RUN_OF_EXAMPLES = re.compile(
    r"(?<=[，,\s])(?P<run>[\u4e00-\u9fff]{4,12})(?=(?:这些|这类|之类的?|等等?)(?:[？?。！!\s]*$|[，,]))"
)


def _examples_parted(found: re.Match[str]) -> str:
    """The run of nouns parted by 、 ("公园、长廊、宣传栏"), or as it is when it holds any other
    word ("调解组织调解员" names a doing first)."""
    words = pos_tags(found["run"])
    if len(words) < 2 or any(len(w) < 2 or not flag.startswith("n") for w, flag in words):
        return found["run"]
    return "、".join(w for w, _ in words)


# "受理、办结、满意度这些都要", "…这些数字都给我": things listed, each one's figure wanted.
_ALL_WANTED = re.compile(
    r"(?P<things>[\u4e00-\u9fff]{1,8}(?:[、和及][\u4e00-\u9fff]{1,8})+?)(?:这些|这几个|这几项|等)?"
    r"(?:的)?(?:数字|数据|数)?(?:都|全|全部)(?:要|给我|列出来|写上|要有|得有)(?:吧|啊)?(?=[？?。！!\s]*$)"
)
_TARGETS_ASKED = re.compile(
    r"(?:(?<=有没有)|(?<=有无)|(?<=有什么)|(?<=有哪些)|(?<=有啥))(?:具体|量化|硬性?)?的?"
    r"(?:指标|量化要求|数量要求|目标值)(?=[？?。！!，,\s]|吗|呢|$)"
)
# ("大概是…的几倍": how many times, asked roughly.)
_ROUGHLY = re.compile(
    r"(?:大约|大概|约|大致)(?=(?:多|少|高|低|差|相差)了?多少|是[^，,。？?]{1,12}?的?(?:几|多少)倍)"
)


# "降了多少来着", "执行率多少哈": words of speech that end a clause, asking nothing.
_THAT_MATTER = re.compile(
    r"(?<=[\u4e00-\u9fff”」\"])(?:这个|这件|那个|那件|这|那)事(?:儿|情)?(?=[，,。？?！!\s]|$)"
)
_INSIDE = re.compile(r"(?<=[报告份篇个县镇家件])里头")
_SPOKEN = re.compile(r"(?<=[\u4e00-\u9fff])(?:来着|[哈啊呀嘛哦呗])+(?=[，,。？?！!\s]|$)")


# "嗯", "呃" between words, "就是" opening the question: fillers that say nothing.
# ("X 就是 Y" inside a question says X again in other words, and is kept.)
_FILLER = re.compile(
    r"(?:(?<=^)|(?<=[\s，,。？?！!]))(?:嗯+|呃+|唔+)(?=[\s，,。？?！!]|$)"
    r"|^(?:嗯+|呃+|唔+)[\s，,]*(?:就是(?!说))?"
    r"|^就是(?=[\u4e00-\u9fff])(?!说)"
    r"|(?<=[\u4e00-\u9fff])\s*(?:嗯+|呃+)\s*(?=[\u4e00-\u9fff])"
)
# "酒五普法 嗯不是 九五普法": a word said wrong, then said again after "不是".
_CORRECTED = re.compile(
    r"(?:(?<=^)|(?<=[\s，,。？?！!]))(?P<wrong>[^\s，,。？?！!]{1,12})[\s，,]+(?:嗯|呃)?\s*"
    r"(?:不是|不对|说错了|错了)+[\s，,]+(?P<right>[^\s，,。？?！!]{1,12})"
)
_JOINS = "跟和与同比"
_SPACES = re.compile(r"[ \t]{2,}")


def _said_again(found: re.Match[str]) -> str:
    """The word said again after "不是" when it is the word said before, misheard ("酒五普法
    不是 九五普法"); the words as they are otherwise."""
    wrong, right = found["wrong"], found["right"]
    joined = wrong.rfind(right[0]) if right[0] in _JOINS else -1
    if joined > 0:
        # "克孜勒陶镇跟额敏 不对 跟普兰比": the side after the joining word said again.
        return wrong[:joined] + right
    said = wrong[-len(right) :]
    alike = sum(a == b for a, b in zip(said, right, strict=False))
    if len(said) < len(right) or len(right) < 2 or 2 * alike < len(right):
        return found[0]
    return wrong[: -len(right)] + right


_DIGIT_RUN = re.compile(r"[〇零一二三四五六七八九]{4,}")
_DIGITS = str.maketrans({char: str(value) for char, value in CN_DIGITS.items()})


_AMOUNT_OF = re.compile(
    r"(?P<doing>[\u4e00-\u9fff]{2})量(?=[，,。？?！!和及与、哪谁多是排各对比分有为而来上方的\s]|$)"
)


def _amount_of_doing(found: re.Match[str]) -> str:
    doing = found["doing"]
    return f"{doing}数量" if [tag for _, tag in pos_tags(doing)] == ["v"] else found.group()


# A verb split by 了 from the noun it takes ("赋了分", "立了案", "结了案").
_SPLIT_VERB = re.compile(r"([\u4e00-\u9fff])了([\u4e00-\u9fff])")


def joined_verbs(question: str, knows: Callable[[str], bool]) -> str:
    """``question`` with a verb and its object that 了 splits said as the reports write the
    pair, where they do ("给多少户赋了分" → "给多少户赋分"): read apart, the single characters
    weigh as nothing and the reports' word is never matched."""

    def joined(found: re.Match[str]) -> str:
        pair = found[1] + found[2]
        # ("打了分": the reports' word for it is 赋分.)
        said = knows(pair) or any(knows(other) for other in synonyms(pair))
        return pair if said else found.group()

    return _SPLIT_VERB.sub(joined, question)
