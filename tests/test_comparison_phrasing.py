"""Comparisons and mentions asked the way officials ask them: a conjunction left dangling, a
count of people as 人数, a described side without 的, a verb of mentioning in the past, a place
that is doing something, a term said in another order.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from typing import Any

import pytest
from answer_rules import SAMPLES, file_text

from retrieval.query.measure import measured
from retrieval.query.mentioned import mentioned_term
from retrieval.query.shape import shape_of
from retrieval.query.verdicts import asks_verdict

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _values(answer: Any) -> list[tuple[str, str | None]]:
    return [(r.source, r.value) for r in answer.rows or []]


def _exact(answer: Any) -> None:
    for c in answer.citations:
        assert file_text(c.source)[c.start : c.end] == c.excerpt


@pytest.mark.parametrize(
    ("topic", "asked"),
    [
        # The side named after 跟 is gone: the conjunction is left ending its clause.
        ("召开专题会议的次数跟是不是一样", "召开专题会议多少次"),
        # "…的人数" counts what precedes it in people, in whatever measure a report counts
        # them (人, 名, 人次, 本), asked as "多少人数".
        ("调解员的人数，比少多少", "调解员多少人数"),
        # The 人数 of a thing counted in another measure (考试: 次) counts the people.
        ("，参加执法资格考试的人数谁多", "参加执法资格考试多少人"),
        ("的办结率和比怎么样", "办结率多少"),
        # How far apart, and "less" softened by 一些: both ask for a count.
        ("、两地办理法律援助案件的差距有多大？", "办理法律援助案件多少"),
        ("跟相比，哪个的法律援助案件少一些？", "法律援助案件多少"),
        # "差多少", "差几件": how far apart, asked bare.
        ("法律援助案件两个县差多少", "法律援助案件多少"),
        # "多几件", "差了多少", "少了多少件": the difference asked in other words.
        ("的行政复议案件谁多，多几件", "行政复议案件多少"),
        ("的法律明白人跟比差了多少", "法律明白人多少"),
        ("跟比，复议案件少了多少件", "复议案件多少"),
    ],
)
def test_comparison_leftovers_are_no_part_of_the_counted_thing(topic: str, asked: str) -> None:
    assert measured(topic) == asked


def test_how_two_sides_stand_asks_a_verdict() -> None:
    assert asks_verdict("的办结率和比怎么样")
    # The described side is gone: "…，跟那个…的报告比呢" leaves "比呢".
    assert asks_verdict("合同审查了多少件，，比呢")
    # 和比例 is a noun joined, not a comparison.
    assert not asks_verdict("调解成功的案件数和比例是多少")


def test_a_dangling_conjunction_does_not_hide_the_figures(service: Any) -> None:
    answer = service.ask("额敏县组织行政执法人员培训的次数跟克孜勒陶镇相同吗")
    assert answer.kind == "comparison"
    assert _values(answer) == [(EMIN, "3次"), (AKETAO, "3次")]
    assert answer.answer.splitlines()[-1] == "额敏县与阿克陶县克孜勒陶镇相同，均为3次[1][2]。"
    _exact(answer)


def test_a_colloquial_noun_counts_as_the_reports_word(service: Any) -> None:
    # 案子 is what the reports call 案件; 收到, 接收 and 受理 say the same.
    answer = service.ask("额敏和叶城，哪边收到的复议案子多")
    assert _values(answer) == [(EMIN, "38件"), (YECHENG, "11件")]
    assert answer.answer.splitlines()[-1] == "额敏县为38件[1]，多于叶城县的11件[2]。"


def test_a_count_of_people_states_the_difference_across_measures(service: Any) -> None:
    answer = service.ask("克孜勒陶镇和叶城县，法律明白人的人数差多少")
    assert _values(answer) == [(AKETAO, "126人"), (YECHENG, "1166名")]
    # 人 and 名 both count people: the difference is stated.
    assert answer.answer.splitlines()[-1].endswith("多1040名。")
    _exact(answer)


def test_a_side_described_with_a_demonstrative_alone(service: Any) -> None:
    answer = service.ask("没写县名那份报告跟克孜勒陶镇，网站公开的信息谁多")
    assert answer.kind == "comparison"
    assert _values(answer) == [(UNNAMED, "1984条"), (AKETAO, "35条")]


def test_a_side_without_the_figure_gets_no_verdict(service: Any) -> None:
    answer = service.ask("额敏县出庭应诉率跟叶城县比如何")
    assert _values(answer)[0] == (EMIN, "100%")
    assert answer.answer.splitlines()[-1] == "叶城县未提及可比较的数字，无法比较。"


# (question, the term it asks about)
MENTIONS = [
    ("“扫码入企”哪个地方在推", "扫码入企"),
    ("诉前调解这一块，哪些地方在做", "诉前调解"),
    ("有哪个报告写过智慧执法平台", "智慧执法平台"),
    ("哪份报告有写法治副校长", "法治副校长"),
    ("证明事项告知承诺制有哪个地方在搞", "告知承诺制"),
    ("报告里讲到说理式执法的都有哪些", "说理式执法"),
]


@pytest.mark.parametrize(("question", "term"), MENTIONS)
def test_mentions_asked_in_other_words(service: Any, question: str, term: str) -> None:
    answer = service.ask(question)
    assert answer.kind == "mentions", answer.answer
    saying = {source for source in SAMPLES if term in file_text(source)}
    assert {c.source for c in answer.citations} == saying
    assert all(term in c.excerpt for c in answer.citations)
    _exact(answer)


def test_which_place_is_doing_something_is_asked_of_every_report() -> None:
    assert shape_of("证明事项告知承诺制有哪个地方在搞", 0) == "mentions"
    # Asked of one named region it stays a question about that region.
    assert shape_of("有没有在搞告知承诺制", 1) != "mentions"


def test_a_term_of_three_words_may_be_said_in_another_order(service: Any) -> None:
    answer = service.ask("哪些报告提到清理拖欠企业账款")
    assert {c.source for c in answer.citations} == {EMIN, AKETAO}
    assert all("拖欠" in c.excerpt and "账款" in c.excerpt for c in answer.citations)
    _exact(answer)


def test_two_words_in_another_order_are_another_thing(service: Any) -> None:
    term = mentioned_term("哪些报告提到柔性执法", service.store.lexical())
    assert term is not None
    assert term.find("推动“刚性执法+柔性服务”有机结合") is None
    assert term.find("积极推行柔性执法") is not None


def test_a_light_verb_before_the_term_is_left_out(service: Any) -> None:
    term = mentioned_term("哪些报告提到组织应急演练", service.store.lexical())
    assert term is not None and term.phrase == "应急演练"


def test_how_far_apart_states_the_difference(service: Any) -> None:
    answer = service.ask("额敏县和普兰县，全年调解的纠纷相差多少")
    assert _values(answer) == [(EMIN, "963件"), (PULAN, "85件")]
    assert answer.answer.splitlines()[-1] == "额敏县为963件[1]，比普兰县的85件[2]多878件。"


def test_less_softened_names_the_smaller_first(service: Any) -> None:
    answer = service.ask("行政复议案件，叶城县与普兰县哪边少一点")
    assert _values(answer) == [(YECHENG, "11件"), (PULAN, "1件")]
    assert answer.answer.splitlines()[-1] == "普兰县为1件[2]，少于叶城县的11件[1]。"


def test_a_quotation_is_read_with_the_characters_written_on_to_it(service: Any) -> None:
    term = mentioned_term("“八五”普法哪些报告里有", service.store.lexical())
    assert term is not None and (term.phrase, term.quoted) == ("八五普法", True)
    answer = service.ask("“八五”普法哪些报告里有")
    assert {c.source for c in answer.citations} == {EMIN, AKETAO, PULAN}
    assert all("八五”普法" in c.excerpt for c in answer.citations)
    _exact(answer)


@pytest.mark.parametrize(
    "question", ["额敏和普兰的行政复议案件谁多，多几件", "普兰跟额敏比，复议案件少了多少件"]
)
def test_a_difference_asked_in_other_words_is_stated(service: Any, question: str) -> None:
    answer = service.ask(question)
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1].endswith("多37件。")
    _exact(answer)


def test_the_people_who_took_part_are_counted_not_the_exams(service: Any) -> None:
    answer = service.ask("普兰县和额敏县，参加执法资格考试的人数谁多")
    assert _values(answer) == [(PULAN, "25名"), (EMIN, "42名")]
    assert answer.answer.splitlines()[-1] == "额敏县为42名[2]，多于普兰县的25名[1]。"
    _exact(answer)


def test_a_programme_is_counted_under_its_quoted_name(service: Any) -> None:
    # 额敏县 "举办“法治讲堂•逢九必讲”培训12期": the 讲座 asked are that programme's sessions.
    answer = service.ask("额敏县和叶城县举办的逢九必讲法治讲座各有几期")
    assert _values(answer) == [(EMIN, "12期"), (YECHENG, "36期")]
    _exact(answer)


def test_a_thing_the_lexicon_does_not_count_is_counted_by_its_sentence(service: Any) -> None:
    # 克孜勒陶镇 counts its hotline by the 群众诉求 it names in 件, in the sentence of the 热线.
    answer = service.ask("克孜勒陶镇的12345热线跟普兰县比，哪个接的多")
    assert _values(answer) == [(AKETAO, "520余件"), (PULAN, "1020件")]
    verdict = answer.answer.splitlines()[-1]
    assert verdict.startswith("普兰县为1020件[2]，多于") and verdict.endswith("520余件[1]。")
    _exact(answer)
