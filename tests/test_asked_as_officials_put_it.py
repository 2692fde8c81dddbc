"""Questions put as officials put them: who asks said first in a request ending on 。, what
practices are worth ("值得借鉴的"), a field no part is about beside one a part is, what kind of
place a region is ("…县一个县"), the share of a doing ("办结占多少"), what each place says
("这几个县各讲了啥"), a total of figures stated one by one ("总共给了多少经费"), clauses
the question fits alike ("免掉多少费用"), "Y呢" after a verdict, and how far apart a figure said
as "400余" is from an exact one.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.schema import NOT_FOUND, Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_who_asks_said_before_a_request_ending_on_a_full_stop(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("我是刚调来的综治干部，想看普兰县报告写的问题，帮忙列一下。")
    check_answer(answer)
    assert answer.kind == "list"
    assert "(三)法治服务供给仍有短板" in answer.answer
    assert answer.notice is None


def test_what_practices_are_worth_names_no_topic(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县值得借鉴的特色亮点有哪几条？")
    check_answer(answer)
    assert "（三）闭环管理" in answer.answer


def test_a_field_no_part_is_about_beside_one_a_part_is(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("没写县名的报告在减少重复检查、优化营商环境方面有哪些做法？")
    check_answer(answer)
    assert answer.answer.splitlines()[0].endswith("(三)创新监管模式,优化法治营商环境[1]")


def test_what_kind_of_place_said_after_its_name(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰一个县和额敏一个县，全年化解的矛盾纠纷谁多？")
    check_answer(answer)
    assert "85件" in answer.answer and "963件" in answer.answer


def test_the_share_of_a_doing_is_its_rate(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县复议案件中调解和解占了多少？")
    check_answer(answer)
    assert "71.43%" in answer.answer


def test_what_each_place_says(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律顾问覆盖面，这五个县各讲了啥？")
    assert answer.kind == "table"
    assert {EMIN, UNNAMED, YECHENG} <= set(cited_rows(answer))


def test_a_total_of_figures_stated_one_by_one(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县县财政为法治建设一共安排了多少经费？")
    check_answer(answer)
    assert answer.answer.splitlines()[-1].startswith("合计13万元（2万元+3万元+8万元")


def test_no_total_of_figures_of_separate_things(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县行政复议一共收了多少件？")
    check_answer(answer)
    assert "合计" not in answer.answer


def test_clauses_the_question_fits_alike(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县替困难群众减免掉多少费用？")
    check_answer(answer)
    assert "6700元" in answer.answer and "37200元" in answer.answer


def test_a_bare_thing_after_a_verdict_is_judged_too(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("案卷评查，额敏和没写县名那个县谁抽查的案卷多？整改的问题呢？")
    assert answer.kind == "comparison"
    last = answer.answer.splitlines()[-1]
    assert "230个" in last and "33个" in last and "多于" in last


def test_how_far_below_a_figure_said_as_more_than(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普法活动场次，克孜勒陶镇比没写县名的少多少？")
    assert answer.answer.splitlines()[-1].endswith("少272余场次。")


def test_a_rate_of_settling_disputes_by_another_verb(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县一年调处纠纷多少件？成功率呢？", conversation=conversation)
    answer = lexical_service.ask("跟那个镇比，哪个多？", conversation=conversation)
    assert answer.kind == "comparison"
    assert "均为100%" in answer.answer.splitlines()[-1]


def test_a_verb_said_only_before_its_degree_names_what_is_counted(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("案卷评查这块，额敏和没写县名那个县谁抽查得多？")
    assert answer.kind == "comparison"
    last = answer.answer.splitlines()[-1]
    assert "126件" in last and "104份" in last


def test_a_reports_own_review_of_its_shortcomings(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县报告里自查出来的法治政府建设方面问题和不足有哪些？")
    check_answer(answer)
    assert answer.kind == "list"
    assert "(二)执法规范化水平有待提升" in answer.answer


def test_cases_taken_in_are_cases_received(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县和普兰县复议收案各几件？")
    assert answer.kind == "comparison"
    assert "38件" in answer.answer and "1件" in answer.answer


def test_how_far_apart_asked_after_which_is_more_is_one_verdict(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("没有标题的003号报告跟叶城县比，行政复议案件哪边多？差几件？")
    assert answer.kind == "comparison"
    assert "无法比较" not in answer.answer
    assert answer.answer.splitlines()[-1].endswith("多1件。")


def test_a_total_asked_after_figures_of_one_place(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县的法治经费是怎么安排的？", conversation=conversation)
    answer = lexical_service.ask("合计是多少？", conversation=conversation)
    assert answer.answer.splitlines()[-1].startswith("合计13万元")
    assert NOT_FOUND not in answer.answer
