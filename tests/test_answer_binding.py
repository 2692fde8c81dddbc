"""A count is answered only by a figure that counts the asked thing; paraphrases still match.

The service questions are about other facts than the dev and holdout sets ask for: answerable
ones in everyday words, and unanswerable ones whose report gives a different count nearby.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.matching import Matcher
from retrieval.query.counted_part import asked_part
from retrieval.query.expected import Expected
from retrieval.query.weights import unknown_words
from retrieval.query.windows import figure_windows
from retrieval.service import AnswerService
from retrieval.text.lexicon import synonyms, terms
from retrieval.tuning import MIN_BOUND

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
EMIN, AKETAO, PULAN, UNNAMED, YECHENG = sorted(p.name for p in REPORTS.glob("*.txt"))

# (question, phrase of the report that answers it, its report)
PARAPHRASES = [
    ("普兰县把关了多少份合同？", "合同17件", PULAN),  # 把关 ~ 审查
    ("克孜勒陶镇老百姓的诉求一共办完了多少件？", "办结群众诉求520余件", AKETAO),
    ("叶城县人民调解一案一补一共发了多少钱？", "39.22余万元", YECHENG),
    ("额敏县青少年法治教育基地一共来了多少人次学生？", "接待学生500余人次", EMIN),
    ("叶城县给多少名执法人员搞了法律知识培训？", "532名行政执法人员", YECHENG),
]
# The report counts something next to what is asked, never the asked thing itself.
NEARBY_COUNTS = [
    "克孜勒陶镇储备了多少件应急物资？",  # 应急点位7个
    "额敏县社会监督员提了多少条意见？",  # 选聘7名社会监督员, 问题10条
    "普兰县一共投资了多少钱建法治公园？",  # 投资2200万…政务服务中心
    "普兰县旁听庭审的领导干部有多少人？",  # 行政执法人员旁听庭审20人次
    "叶城县有多少名执法人员考试及格？",  # 参考人数32886人
]


@pytest.mark.parametrize(("question", "phrase", "source"), PARAPHRASES)
def test_paraphrased_count_is_answered(
    service: AnswerService, question: str, phrase: str, source: str
) -> None:
    answer = service.ask(question, mode="extractive")
    assert not answer.abstained, answer.answer
    assert any(c.source == source and phrase in c.excerpt for c in answer.citations)


@pytest.mark.parametrize("question", NEARBY_COUNTS)
def test_a_neighbouring_count_is_no_answer(service: AnswerService, question: str) -> None:
    answer = service.ask(question, mode="extractive")
    assert answer.abstained, answer.answer


def _matcher(service: AnswerService, topic: str) -> Matcher:
    return Matcher(topic, service.store.lexical(), Expected.of(topic))


def test_figure_must_sit_with_the_words_that_restrict_it(service: AnswerService) -> None:
    matcher = _matcher(service, "现有持证调解员多少人？")
    elsewhere = "组织30名调解员参加业务培训，实现调解员持证上岗全覆盖。"
    together = "全县现有持证调解员30人，组织调解员参加业务培训。"
    assert matcher.bound(elsewhere) < MIN_BOUND
    assert matcher.bound(together) == 1.0
    # A sentence that never names the counted thing offers no figure for it.
    assert matcher.bound("全年开展普法活动30场次，覆盖群众30人。") == 0.0


def test_who_or_why_may_be_said_in_another_clause(service: AnswerService) -> None:
    # 学生 says for whom; what is counted is 模拟法庭.
    matcher = _matcher(service, "给学生搞了几场模拟法庭？")
    assert matcher.bound("开办模拟法庭5场次，依托法治教育基地接待学生500余人次。") == 1.0


def test_follow_up_without_a_counted_thing_is_not_held_back(service: AnswerService) -> None:
    assert _matcher(service, "那呢？").bound("受理行政复议案件11件。") == 1.0


@pytest.mark.parametrize(
    ("topic", "part"),
    [
        ("现有法律明白人一共多少人？", "现有法律明白人一共"),
        ("有多少名行政执法人员参加了专题培训？", "行政执法人员参加了专题培训？"),
        ("组建20人社会监督团的那个县，全年抽查案卷多少份？", "全年抽查案卷"),
        ("行政复议纠错率是多少？", "行政复议纠错率是"),
    ],
)
def test_asked_part_is_the_counted_phrase(topic: str, part: str) -> None:
    assert asked_part(topic) == part


def test_figure_windows_keep_the_opening_clause_and_whole_lists() -> None:
    text = "扩大法律援助范围，做到应援尽援，修改合同26件、代写文书95件。"
    assert figure_windows(text, Expected.of("多少件").unit) == [
        "扩大法律援助范围，做到应援尽援，修改合同26件、代写文书95件。"
    ]
    assert figure_windows("全年受理38件，办结37件。") == [
        "全年受理38件，",
        "全年受理38件，办结37件。",
    ]


def test_everyday_words_are_kept_whole_for_their_synonyms() -> None:
    reports_use = {"当前", "累计"}.__contains__
    # 一共 is on the domain list; 眼下 comes from 同义词词林, whose 当前 the reports use.
    assert terms("眼下一共有多少", reports_use) == ["眼下", "一共"]
    # A dictionary word whose synonyms the reports never use stays cut.
    assert terms("眼下一共有多少") == ["一共"]
    # The longest word wins: 办理 is not read as 办.
    assert terms("办理") == ["办理"]
    assert "累计" in synonyms("一共") and "当前" in synonyms("眼下")
    # A word of several senses (做: 办理, 制作, 担任…) takes no dictionary synonyms.
    assert synonyms("做") == ()


@pytest.mark.parametrize("question", ["普兰县2025年财政收入是多少？", "叶城县的税收收入有多少？"])
def test_a_count_of_a_thing_no_report_names_is_not_answered(
    service: AnswerService, question: str
) -> None:
    # The reports never say 收入: a sentence sharing 财政 or 税收 counts something else.
    answer = service.ask(question)
    assert answer.abstained and not answer.citations


def test_an_unknown_word_that_only_describes_the_counted_thing_is_no_bar(
    service: AnswerService,
) -> None:
    answer = service.ask("额敏县以摆事实的方式办理的减免责案件有多少件？")
    assert not answer.abstained and "208件" in answer.answer
    assert "减免责案件208件" in answer.citations[0].excerpt


def test_unknown_words_are_words_no_report_uses(service: AnswerService) -> None:
    lexical = service.store.lexical()
    assert unknown_words("财政收入是", lexical) == ["收入"]
    # Single characters the reports' dictionary leaves side by side are not one word.
    assert unknown_words("法律图书角建", lexical) == []
    assert unknown_words("办理的减免责案件有", lexical) == []


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("宣讲的场次分别是多少", "场次"),
        ("执法人员培训的次数是多少", "次"),
        ("法律明白人有多少", "人"),
        # 场 and 期 end nouns too: a square is counted in 个.
        ("法治广场有多少", ""),
        ("多少件", "件"),
    ],
)
def test_the_measure_named_before_the_question_word(question: str, measure: str) -> None:
    assert Expected.of(question).unit_word == measure
