"""Ways of asking that say what a plainer form says: A-not-A and bare "说" for whether a
report says it ("提没提X", "有没有说X的事", "X有没有"), "都写了X的数" for X's figures, a year
checked of reports ("都是2025年的吗") for their years, "和2024年相比呢" for that year, a sound
slip ("多少前"), and a question typed word by word with spaces for punctuation."""

from __future__ import annotations

import re

from retrieval.query.about_answer import CHECK_TAG, claimed_figure
from retrieval.text.numbers import extract_numbers
from retrieval.text.words import pos_tags

__all__ = ["plainer_asks", "spaced_asks"]

_TELLING = re.compile(r"(?:最)?(?:能|可以|足以)?说明问题")
_QUOTED_PART = re.compile(
    r"在[“\"]([^“”\"]{2,12})[”\"](?=(?:这一?)?(?:部分|里|中|章节|一节|一章|板块))"
)
_SAID_OR_NOT = re.compile(r"(提|写|讲|谈)没\1(?:到|过)?")
# "有一句“全年办理案件___件”，空格填几": the sentence with its blank asked of.
_BLANKED = re.compile(
    r"(?:(?:里|中)?有(?:这么)?一?句(?:话)?(?:是|说|写着)?[:：]?)?[“\"]"
    r"(?P<before>[^“”\"]*?)(?:_{2,}|＿+|[（(]\s*[)）]|(?:×|X|x){2,})(?P<after>[^“”\"]*)[”\"]"
    r"(?P<ask>[，,。]?(?:这个|这|那个)?(?:空|横线)?(?:里|上)?(?:应该|应|该)?(?:填|是)(?:多少|几|什么|啥)[^，,。？?！!]*)?"
)
# "…通常怎么分章节？就拿普兰那份说，有几部分": the report taken as the example is asked of;
# the general question before it is what the example answers.
_EXAMPLE = re.compile(
    r"^(?:[^，,。？?！!]*[？?][\s，,]*)?(?:就|那)?(?:拿|以)(?P<report>[\u4e00-\u9fff]{2,8}?)"
    r"(?:那份|这份|的报告|报告)?(?:的)?(?:来说|来讲|为例|举例)[，,：:\s]*"
)
# "普法这块有没有什么数据": whether a field has figures, asked as which it has.
_FIELD_FIGURES_WHETHER = re.compile(
    r"(?P<field>这一?块|这方面|方面|领域)(?:有)?(?:啥|什么|没有)?(?:具体的?)?(?:数字|数据)(?:没有|吗|么|没)?"
    r"(?=[？?。！!\s]*$)"
)
# "做张表：地区、人数、通过率": a table's columns named; those beside the place and the count
# asked are figures asked too ("成功率多少").
_COLUMNS = re.compile(
    r"(?<=表)(?:格)?[，,：:]\s*(?P<cols>[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+)(?=[，,。？?！!\s]|$)"
)
_PLACE_OR_COUNT = re.compile(
    r"^(?:县名|县|地区|地名|地方|报告|名称|单位|件数|数量|人数|次数|个数|数字)$"
)
_MONEY_BY_SOUND = re.compile(r"多少[前潜](?=[？?，,。！!\s呢啊]|$)")
_BARE_SAID = re.compile(r"有没有(?:说|讲)(?![到过了明清话服是哪])")
_THING_THEN_WHETHER = re.compile(
    r"(?<=[，,])((?!报告)[\u4e00-\u9fff]{2,12}?)有没有(?=[，,。？?！!]|$)"
)
_YEAR_CHECKED = re.compile(
    r"(?<=报告)(?:都|是不是|是否)?是(?:不是)?(?:(?:19|20)\d\d|同一个?)年度?的(?:报告)?(?:吗|么|不)?"
    r"(?=[，,？?。！!\s]|$)"
)
_AGAINST_YEAR = re.compile(
    r"^(?:那)?(?:跟|和|与|同)((?:19|20)\d\d年度?|去年|上一?年|前一年)(?:相)?比(?:较)?(?=呢?[？?。！!\s]*$)"
)
_OR_AFTER_COMMA = re.compile(r"(?<=[\u4e00-\u9fff])[，,]\s*(?=还是[^，,。？?！!]{1,12}[？?]?$)")
_BOTH_STATE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:都|均)(?:写了|写有|写到了|提到了|提了|报了)(?=[^？?。]*?(?:多少|几))"
)


def plainer_asks(question: str) -> str:
    """``question`` with each way of asking read in its plainer form."""
    question = _BLANKED.sub(_blank_asked, question)
    question = _claim_asked(question)
    question = _EXAMPLE.sub(r"\g<report>那份报告", question)
    question = _FIELD_FIGURES_WHETHER.sub(r"\g<field>有哪些数字", question)
    question = _COLUMNS.sub(_columns_asked, question)
    # "提没提法律明白人": whether it is mentioned, asked as "有没有提到".
    question = _SAID_OR_NOT.sub(lambda m: f"有没有{m[1]}到", question)
    # "投了多少前": 钱 typed by its sound (多少前 asks nothing else).
    question = _MONEY_BY_SOUND.sub("多少钱", question)
    # "那份有没有说X的事": whether it says X, asked as "有没有提到".
    question = _BARE_SAID.sub("有没有提到", question)
    # "最能说明问题的数字": what tells most (说明问题 says nothing of problems).
    question = _TELLING.sub("关键", question)
    # "在“存在问题”里": the part something is said in, quoted, is no term asked of.
    question = _QUOTED_PART.sub(r"在\1", question)
    # "两地都写了X的数，分别几条": that both state it is said, their figures asked.
    question = _BOTH_STATE.sub("", question)
    # "额敏和普兰的报告都是2025年的吗": each report's year, which says it (no year to narrow
    # the reports to).
    question = _YEAR_CHECKED.sub("分别是哪一年的，是否同一年", question)
    # "…，法律援助有没有": whether it is there, asked as "有没有X" asks it.
    question = _THING_THEN_WHETHER.sub(r"有没有\1", question)
    # "和2024年相比呢": the same asked of that year, which says whether a report has it.
    question = _AGAINST_YEAR.sub(r"\1", question)
    # "是单年的，还是累计": one question of two ways, however it is punctuated.
    question = _OR_AFTER_COMMA.sub("", question)
    # "下一步打算里对培训有没有要求": the plans looked in, said once by 下一步.
    question = _PLANS_LOOKED_IN.sub("", question)
    return question


_PLANS_LOOKED_IN = re.compile(
    r"(?<=下一步|下一年|接下来)的?(?:工作)?(?:打算|计划|安排)(?:部分)?(?:里面|里|中|当中)(?=[\u4e00-\u9fff])"
)
# "…，对吧": the tag after a statement put forward to be checked.
_TAG_AFTER = re.compile(rf"[，,\s]+(?:{CHECK_TAG.pattern})")
_COPULA = re.compile(r"(?:是|为)$")
_OWN_RECORD = re.compile(
    r"(?:我们|我|咱们)?(?:的)?(?:台账|账上|账本|记录|统计表?)(?:上|里|中)?(?:记|写|统计|登记)?(?:的|着)?(?:是|为)?"
    # ("报告说全年接收…40件": whose words the statement is said to be.)
    r"|(?:据)?(?:报告|文件|材料)(?:里|中|上)?(?:说|写|讲|称)(?:的是|了|的|着)?"
)


def _claim_asked(question: str) -> str:
    """``question`` asking the figure of a statement it puts forward to be checked ("额敏行政复议
    是36件，对吗" → "额敏行政复议多少件？"): the figure the report states is what is looked
    for, and ``answer.premise`` sets it against the one put forward (in the question as
    asked). As it is when the statement puts forward no figure, or more than one, or says
    more after it."""
    tag = _TAG_AFTER.search(question)
    if tag is None:
        return question
    claim = question[: tag.start()]
    figures = [n for n in extract_numbers(claim) if not (n.dated or n.named)]
    if len(figures) != 1:
        return question
    figure = figures[0]
    unit = "" if figure.percent else (figure.unit or "")
    if claimed_figure(question):
        # ("我算的是41条，对吗": a figure alone, set against the one just told.)
        return question
    if claim[figure.end + len(unit) :].strip():
        # ("有一件被法院撤销了，对吗": what the figure counts follows it, and the statement is
        # looked up as said.)
        return question
    # ("…我们账本上记着共计20万": whose record put it forward is no part of the thing.)
    return f"{_COPULA.sub('', _OWN_RECORD.sub('', claim[: figure.start]))}多少{unit}？"


def _columns_asked(match: re.Match[str]) -> str:
    asked = [c for c in match["cols"].split("、") if not _PLACE_OR_COUNT.match(c)]
    return "，" + "，".join(f"{c}多少" for c in asked) if asked else match.group()


def _blank_asked(match: re.Match[str]) -> str:
    # "…办理案件___件" asks the figure in the blank; a blank before no measure asks what.
    ask = "多少" if re.match(r"[\u4e00-\u9fff%％]", match["after"]) else "什么"
    return f"{match['before']}{ask}{match['after']}"


def spaced_asks(question: str) -> str:
    """``question`` typed word by word ("普兰 12345热线 办件 多少件 里面 咨询 投诉 各 多少"),
    spaces standing for punctuation, as clauses: each ends after a word closing an ask
    ("多少件", "吗"), and the other words run together. As it is otherwise (a space between
    two questions, "哪几个报告写了X 额敏那个多少户", is read by ``sentences_asked``)."""
    words = [w for w in question.split(" ") if w]
    if len(words) < _SPACED_LEAST or len("".join(words)) > _SPACED_WORD * len(words):
        return question
    # ("法治体检 003 vs 叶城 体检企业数 提的建议条数": things listed apart, with no word that
    # asks, or Latin words between, keep their spaces.)
    if not any(_ASKING.search(w) for w in words) or any(_LATIN.search(w) for w in words):
        return question
    clauses, current = [], ""
    for word, after in zip(words, [*words[1:], ""], strict=True):
        current += word
        # ("多少 人": the measure typed apart belongs to the ask.)
        # ("多少 负责人 参加": a bare 多少 before a noun counts it.)
        noun_after = bool(after) and word.endswith("多少") and _starts_noun(after)
        if _ASK_END.search(word) and not (_MEASURE_ALONE.fullmatch(after) or noun_after):
            clauses.append(current)
            current = ""
    return "，".join([*clauses, *([current] if current else [])])


# A question typed word by word has at least this many words, of this many characters on
# average at most; a word that ends so closes an ask ("几个" does not: "几个 部分").
_SPACED_LEAST, _SPACED_WORD = 4, 4
_ASK_END = re.compile(r"(?:多少[件个人条项次家份名本元钱]?|吗|呢|吧)$")


def _starts_noun(word: str) -> bool:
    tags = pos_tags(word)
    return bool(tags) and tags[0][1].startswith("n")


_LATIN = re.compile(r"[A-Za-z]")
_ASKING = re.compile(r"多少|几|哪|什么|啥|吗|呢|没有?|谁|怎么|如何|是否|排|列|说说|讲讲")
_MEASURE_ALONE = re.compile(r"[件个人条项次家份名本元钱]|人次|场次")
