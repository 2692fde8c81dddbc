"""Several terms asked at once, things counted and named in few words, and follow-ups that point
at what was just answered ("第二条", "有没有类似的数据").

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, file_text

from retrieval.query.lacking import asks_both
from retrieval.query.mentioned import mentioned_term
from retrieval.query.normalize import normalize
from retrieval.query.terms_asked import each_term
from retrieval.query.things import parts
from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService
from retrieval.types import Vocabulary

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _exact(answer: Answer) -> None:
    for c in answer.citations:
        assert file_text(c.source)[c.start : c.end] == c.excerpt


def _vocabulary(service: AnswerService) -> Vocabulary:
    return service.planning.current().lexical


def test_each_term_of_a_question_asking_several(lexical_service: AnswerService) -> None:
    vocabulary = _vocabulary(lexical_service)
    assert each_term("哪些报告提到枫桥经验？法律明白人呢？", vocabulary) == [
        "哪些报告提到枫桥经验",
        "哪些报告提到法律明白人",
    ]
    assert len(each_term("公职律师哪些报告有写 顺便问下有没有写法治体检的", vocabulary)) == 2
    assert len(each_term("有没有报告写了扫码入企或者法治体检", vocabulary)) == 2
    assert each_term("哪些报告提到枫桥经验和法律明白人", vocabulary) == [
        "哪些报告提到枫桥经验",
        "哪些报告提到法律明白人",
    ]
    assert len(each_term("枫桥经验、法律明白人、公职律师分别在哪些报告里出现", vocabulary)) == 3
    # One term: names offered for one thing ("、" alone), a word holding 和 ("调解和解"), a
    # later sentence that only lays out the answer or asks who lacks it.
    for one in (
        "哪些报告写了法律顾问、公职律师",
        "哪些报告提到调解和解",
        "哪些报告提到公职律师？列个表",
        "公职律师是不是每份报告都写了？哪个没写",
    ):
        assert each_term(one, vocabulary) == [], one


def test_each_term_is_answered_in_turn(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告提到枫桥经验？法律明白人呢？")
    assert answer.kind == "mentions" and not answer.abstained
    lines = answer.answer.splitlines()
    assert lines[0].startswith("2份报告提到“枫桥经验”")
    assert any(line.startswith("3份报告提到“法律明白人”") for line in lines)
    assert [c.n for c in answer.citations] == list(range(1, 6))
    assert {r.n for r in answer.rows or []} == {1, 2, 3, 4, 5}
    _exact(answer)
    either = lexical_service.ask("有没有报告写了首违不罚或者轻微违法不罚")
    assert either.citations == []
    assert "“首违不罚”" in either.answer and "“轻微违法不罚”" in either.answer


def test_others_lacking_the_term_told_too(lexical_service: AnswerService) -> None:
    vocabulary = _vocabulary(lexical_service)
    question = "应急演练这一项，哪几个报告是专门写了的？其他没写的也列一下"
    assert asks_both(question)
    term = mentioned_term(question, vocabulary)
    assert term is not None and term.phrase == "应急演练"


def test_an_item_of_a_list_counted_before(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县存在的问题分几条", conversation=conversation)
    answer = lexical_service.ask("第三条展开讲讲", conversation=conversation)
    assert answer.answer.splitlines()[0].endswith("(三)法治服务供给仍有短板[1]")
    assert {c.source for c in answer.citations} == {PULAN}


def test_the_same_figures_asked_of_another_place(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县行政复议收了多少件", conversation=conversation)
    answer = lexical_service.ask("普兰县有没有类似的数据", conversation=conversation)
    assert "全年收到行政复议申请1件" in answer.answer
    assert {c.source for c in answer.citations} == {PULAN}


def test_things_counted_run_together_are_each_a_column(lexical_service: AnswerService) -> None:
    vocabulary = _vocabulary(lexical_service)
    assert parts("审了多少文件合同", vocabulary) == ["审了多少文件", "审了多少合同"]
    # A compound the reports write is one thing ("案卷评查" is no 案卷 and 评查).
    assert parts("抽了多少案卷评查", vocabulary) == ["抽了多少案卷评查"]


def test_a_table_of_two_things_counted_run_together(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("合法性审查这块 各地审了多少文件合同 列一下")
    assert answer.kind == "table"
    assert "审查规范性文件11件" in answer.answer and "合同17件" in answer.answer
    assert "审查合同协议50件" in answer.answer
    _exact(answer)


def test_a_report_named_by_a_rate_it_states(lexical_service: AnswerService) -> None:
    for question in (
        "资格考试通过率为88.16%的那个县考了几次",
        "听说有个县资格考试通过率88点多，考过几次，几个人拿到证",
    ):
        answer = lexical_service.ask(question)
        assert {c.source for c in answer.citations} == {UNNAMED}, (question, answer.answer)
        assert "资格考试2次" in answer.answer, (question, answer.answer)
        _exact(answer)


def test_people_counted_of_a_group_are_its_members(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("社会监督员这方面，003号报告和额敏县谁配得多点")
    assert answer.kind == "comparison"
    assert "组建20人社会监督团" in answer.answer and "选聘7名社会监督员" in answer.answer
    assert "为20人" in answer.answer.splitlines()[-1]
    _exact(answer)


def test_that_typed_for_which_after_a_superlative() -> None:
    assert normalize("执法培训次数最多的是那个县") == "执法培训次数最多的是哪个县"
    assert normalize("最早的是那份报告？") == "最早的是哪份报告？"
    # Pointing at a place named before stays.
    assert normalize("那个县最多的是什么") == "那个县最多的是什么"


def test_either_of_two_terms_quoted_or_not(lexical_service: AnswerService) -> None:
    vocabulary = _vocabulary(lexical_service)
    assert each_term("有没有报告讲到“扫码入企”或者法治体检", vocabulary) == [
        "哪些报告提到“扫码入企”",
        "哪些报告提到法治体检",
    ]
    assert each_term("枫桥经验或者法律明白人，哪些报告提到了", vocabulary) == [
        "哪些报告提到枫桥经验",
        "哪些报告提到法律明白人",
    ]


def test_how_and_for_whom_the_list_is_wanted_names_no_topic(
    lexical_service: AnswerService,
) -> None:
    for question in (
        "把普兰县报告里的存在问题列一下，最好用原文",
        "普兰县接下来打算怎么干？领导要求在汇报里体现",
    ):
        answer = lexical_service.ask(question)
        assert answer.kind == "list" and not answer.abstained, (question, answer.answer)
        assert answer.answer.count("\n") >= 3, (question, answer.answer)


def test_a_doing_before_the_thing_counted_is_no_kind_of_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("开展法治体检这块，哪个县服务的企业最多")
    assert answer.kind == "ranking"
    assert answer.answer.startswith("最多的是未署名报告（003_fb758e20d058b773.txt）：42家")
    assert "36家民营企业" in answer.answer
    _exact(answer)
