"""Places after the first of a ranking ("排第三的是哪家", "第二少的是哪个县"), asked at once or
after the ranking.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import re

import pytest
from answer_rules import SAMPLES, check_citation, claims

from retrieval.query.layout import without_layout
from retrieval.query.places_asked import nth_place
from retrieval.query.shape import shape_of
from retrieval.query.weights import question_weights
from retrieval.schema import Answer, Conversation
from retrieval.search.said_otherwise import said_in
from retrieval.service import AnswerService
from retrieval.text.numbers import unsupported_numbers

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def check_answer(answer: Answer) -> None:
    """Exact excerpts, and every figure of a ranking's line stated by the excerpts it cites."""
    for c in answer.citations:
        check_citation(c)
    by_n = {c.n: c for c in answer.citations}
    # The note on periods says each report's year, from its metadata.
    told = "\n".join(x for x in answer.answer.splitlines() if not x.startswith("注："))
    for text, ns in claims(told):
        excerpts = [by_n[n].excerpt for n in ns]
        said = _FILE_NAME.sub("", text.split("：")[-1])
        assert unsupported_numbers(said, excerpts) == [], (text, excerpts)


_FILE_NAME = re.compile(r"[\w.-]+\.txt")


@pytest.mark.parametrize(
    ("topic", "nth"),
    [
        ("排名第三的是哪家", 3),
        ("调解纠纷第二多的地方", 2),
        ("位列第4位的是谁", 4),
        ("第二少的呢", 2),
        # An item of a list, a batch, the first place: no place after the first is asked.
        ("第二条具体说说", None),
        ("第二批试点有哪些", None),
        ("谁排第一", None),
    ],
)
def test_the_place_asked_after_the_first(topic: str, nth: int | None) -> None:
    assert nth_place(topic) == nth


def test_the_place_asked_is_no_part_of_the_counted_thing() -> None:
    assert without_layout("复议案件第二多的是哪个县") == "复议案件"
    assert shape_of("复议案件第二多的是哪个县", 0) == "ranking"
    assert shape_of("排第三的是谁", 0) == "ranking"


def test_second_most_names_the_report_in_that_place(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("复议案件第二多的是哪个县？")
    check_answer(answer)
    assert answer.kind == "ranking"
    lead = answer.answer.splitlines()[0]
    # 额敏 38, 叶城 11 (2023年以来), 003 10, 普兰 1.
    assert lead.startswith("第二多的是叶城县：") and "11件" in lead
    assert "额敏县" not in lead


def test_a_place_asked_after_the_ranking(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    first = lexical_service.ask("复议案件哪个县最多？", conversation=conversation)
    assert first.answer.startswith("最多的是额敏县")
    answer = lexical_service.ask("那排第三的是谁？", conversation=conversation)
    check_answer(answer)
    assert answer.kind == "ranking"
    lead = answer.answer.splitlines()[0]
    assert lead.startswith("排第三的是未署名报告") and "10件" in lead
    cited = {c.n: c for c in answer.citations}
    assert cited[1].source == UNNAMED


def test_no_report_in_the_place_asked_says_so(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("复议案件排名第八的是哪个县？")
    check_answer(answer)
    assert answer.answer.startswith("没有排第八的，")
    assert "1. 额敏县" in answer.answer


def test_the_largest_part_of_a_breakdown(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县梳理的行政职权里，哪一类最多？")
    check_answer(answer)
    assert answer.answer.splitlines()[-1] == "其中最多的是行政处罚（2407项）[1]"
    assert "行政处罚2407项" in answer.citations[0].excerpt


def test_the_smallest_part_after_the_figure(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县的政务服务热线办件多少？", conversation=conversation)
    answer = lexical_service.ask("哪一种最少？", conversation=conversation)
    check_answer(answer)
    assert answer.answer.splitlines()[-1].startswith("其中最少的是投诉（205件）[")
    assert all(c.source == PULAN for c in answer.citations)


def test_no_largest_part_without_a_breakdown(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县哪一类复议案件最多？")
    assert "其中最多的是" not in answer.answer


def test_how_far_apart_two_things_of_one_place_asked_in_turn(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("叶城县行政处罚的案子有多少件？", conversation=conversation)
    lexical_service.ask("行政许可的呢？", conversation=conversation)
    answer = lexical_service.ask("它们相差多少？", conversation=conversation)
    check_answer(answer)
    assert answer.answer.splitlines()[-1].endswith("多6159件。")


def test_how_far_apart_two_places_asked_in_turn(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县调解了多少矛盾纠纷？", conversation=conversation)
    lexical_service.ask("克孜勒陶镇呢？", conversation=conversation)
    answer = lexical_service.ask("他俩之间差几件？", conversation=conversation)
    assert answer.kind == "comparison"
    assert "多83件" in answer.answer


def test_a_thing_said_in_the_reports_own_words(lexical_service: AnswerService) -> None:
    # No report writes this phrase; 额敏 says its words in one sentence ("完成执法人员信息库").
    answer = lexical_service.ask("哪些报告写了给执法人员建立信息库的做法")
    assert answer.kind == "mentions" and not answer.abstained
    assert answer.answer.startswith("没有报告原样提到")
    assert {row.source for row in answer.rows or []} == {EMIN}
    for c in answer.citations:
        check_citation(c)
        assert "信息库" in c.excerpt


def test_a_thing_described_is_found_by_its_name(lexical_service: AnswerService) -> None:
    # Two reports say "扫码入企", the name of checking companies by scanning a code.
    answer = lexical_service.ask("有哪些报告写了对企业检查实行扫码的做法？")
    assert answer.answer.startswith("2份报告提到“扫码入企”")
    assert {row.source for row in answer.rows or []} == {EMIN, UNNAMED}
    for c in answer.citations:
        check_citation(c)
        assert "扫码" in c.excerpt


def test_a_thing_no_report_speaks_of_stays_unmentioned(lexical_service: AnswerService) -> None:
    # Every word but one is the reports' own; the one they never use weighs most.
    for question in ("哪些报告提到了生活垃圾分类", "哪些报告提到执法人员资格考试不及格的"):
        answer = lexical_service.ask(question)
        assert answer.citations == [], answer.answer
        assert answer.answer.startswith("没有报告提到")


def test_an_abbreviation_is_read_in_the_reports_words() -> None:
    # "国企" is never written; "国有企业…拖欠账款清理" is.
    sentence = "扎实开展涉党政机关、事业单位、国有企业拖欠账款清理工作"
    assert said_in("国企", sentence) and said_in("清理", sentence)
    assert not said_in("国企", "国家安全教育日，企业合规")


def test_people_counted_by_the_certificates_they_got(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县今年有多少人新领到了执法证？")
    check_answer(answer)
    assert "新增执法证25本" in answer.answer
    assert answer.citations[0].source == PULAN


def test_the_county_a_numbered_report_is_of_is_that_report(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("对比一下003号报告所在县与叶城县办理法律援助案件的数量")
    assert answer.kind == "comparison"
    assert "103件" in answer.answer and "543件" in answer.answer
    assert {c.source for c in answer.citations} == {UNNAMED, YECHENG}


def test_the_whole_of_a_place_said_again_is_no_part_of_the_thing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏县全县和克孜勒陶镇，持有执法证的各是多少人？")
    assert "585人" in answer.answer and "9名" in answer.answer
    assert "未提及" not in answer.answer


def test_the_kind_a_thing_is_said_to_be_of_is_no_part_of_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("法治长廊这类设施，克孜勒陶镇建了几个？")
    check_answer(answer)
    assert "法治长廊2个" in answer.answer


def test_words_of_the_reports_own_account_name_no_topic(lexical_service: AnswerService) -> None:
    for question in ("普兰县查摆出了哪些不足？", "普兰县觉得自己还有哪些问题？"):
        answer = lexical_service.ask(question)
        assert answer.kind == "list", (question, answer.answer)
        assert "(一)法治建设均衡性不足" in answer.answer
    answer = lexical_service.ask("叶城县报告着重列出的特色亮点有哪些？")
    assert "未提及" not in answer.answer


def test_two_parts_asked_at_once_are_both_listed(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇存在哪些不足，明年又准备怎么做？")
    assert answer.kind == "list"
    lines = answer.answer.splitlines()
    problems = next(i for i, line in enumerate(lines) if "存在的问题" in line)
    plans = next(i for i, line in enumerate(lines) if "下一步" in line or "打算" in line)
    assert problems < plans
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))


def test_the_others_figures_asked_beside_the_first(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪家收的复议案件最多？剩下的几家各是多少？")
    assert answer.kind == "ranking" and not answer.abstained
    answer = lexical_service.ask("哪里调解的矛盾纠纷最多？把五个地方都排出来。")
    assert answer.kind == "ranking" and not answer.abstained
    assert answer.answer.startswith("最多的是叶城县")


def test_figures_asked_where_given_ask_no_count(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各报告怎么写负责人出庭应诉的？有数字的话就附上数字。")
    assert answer.kind == "table"
    rows = {row.source for row in answer.rows or [] if row.n is not None}
    # 额敏 states a rate (出庭应诉率100%), which no count of cases is.
    assert EMIN in rows and AKETAO in rows


def test_which_reports_state_an_attribute_of_their_own(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪几份报告标了索引号？")
    assert answer.kind == "table"
    assert "K45893645/2026-00379" in answer.answer and "pnx/2026-00010" in answer.answer
    for c in answer.citations:
        check_citation(c)


def test_which_place_a_report_is_of_asked_beside_its_title(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("003号报告叫什么名字？究竟是哪个县的？")
    # The report states neither: each is said to be missing, and nothing is cited.
    assert "未载明标题、地区" in answer.answer
    assert answer.citations == []


def test_how_a_plan_is_to_be_done_asked_in_speech(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县2024年准备咋弄")
    assert answer.kind == "list"
    assert "(一)落实好法治学习" in answer.answer


def test_how_far_a_building_has_got_beside_its_cost(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县新政务服务中心投资多少？修得怎么样了？")
    assert "2200万" in answer.answer and "现已基本完工" in answer.answer


def test_a_shorter_form_keeps_the_reports_that_say_more_of_the_phrase(
    lexical_service: AnswerService,
) -> None:
    # "普法规划" is in three reports; two of them say 谋划 with it, as the phrase does.
    answer = lexical_service.ask("哪些报告提出要谋划新的普法规划？")
    assert {row.source for row in answer.rows or []} == {EMIN, PULAN}
    assert all("谋划" in c.excerpt for c in answer.citations)


def test_everyday_words_for_a_reports_parts(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县还有哪些不到位的地方？")
    assert answer.kind == "list" and "(一)法治建设均衡性不足" in answer.answer
    answer = lexical_service.ask("额敏县哪些经验叫得响？")
    assert answer.kind == "list" and "高位统筹" in answer.answer


def test_a_report_without_its_name_written(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县和没写名的那份，法律援助案件谁多？")
    assert answer.kind == "comparison"
    assert {c.source for c in answer.citations} == {YECHENG, UNNAMED}


def test_the_oldest_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪份报告写的年份最老？")
    assert answer.answer.startswith("最早的是叶城县")


def test_a_measure_after_how_many_joins_no_word(lexical_service: AnswerService) -> None:
    # "多少个案子" read as 个案 would match "4个行政处罚案件" in a report with no legal aid.
    weights = question_weights("公证一年办了多少个案子", lexical_service.store.lexical())
    assert "个案" not in weights and "案子" in weights


def test_the_first_places_and_the_last_asked_at_once(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("复议案件排一下，前三和倒数的是谁？")
    lead = answer.answer.splitlines()[0]
    assert lead.startswith("前三是：额敏县") and "倒数的是普兰县" in lead


def test_how_each_report_words_a_thing_asks_no_count(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律顾问的配备，各家分别是怎么写的？")
    assert answer.kind == "table" and not answer.abstained


def test_a_place_set_against_with_a_thing_of_its_own(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("003号报告评查了多少份案卷？", conversation=conversation)
    answer = lexical_service.ask("同额敏县相比，哪边抽查的案卷多？", conversation=conversation)
    assert answer.kind == "comparison"
    assert "126件" in answer.answer and "104份" in answer.answer


def test_a_place_then_how_far_apart_in_one_turn(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县调解了多少矛盾纠纷？", conversation=conversation)
    answer = lexical_service.ask("额敏县呢？两者相差多少？", conversation=conversation)
    assert answer.kind == "comparison"
    assert "多878件" in answer.answer


def test_plans_for_the_item_just_told_asked_by_mending_it(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县存在哪些问题？", conversation=conversation)
    lexical_service.ask("第一条具体说说", conversation=conversation)
    answer = lexical_service.ask("下一步准备怎么解决这个？", conversation=conversation)
    assert answer.kind == "list"
    assert answer.answer.count("\n") < 6


def test_the_name_of_a_body_asked_after_its_kind(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县新设的那个执法监督机构，名称是什么？")
    assert "行政执法协调监督局" in answer.answer
    assert answer.citations[0].source == EMIN


def test_words_on_how_to_lay_the_reports_out_ask_nothing(
    lexical_service: AnswerService,
) -> None:
    for question in (
        "复议案件哪里最多？剩下的几家各是多少，有没有哪家根本没写？",
        "调解纠纷哪个县最多？请注意区分全年的和累计的",
    ):
        answer = lexical_service.ask(question)
        assert answer.kind == "ranking" and not answer.abstained, (question, answer.answer)


def test_how_many_items_a_plan_has_asked_with_listing_them(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县明年咋干？下一步计划的几条全列出来")
    assert answer.kind == "list"
    assert "（共4条）" in answer.answer


def test_the_items_figures_asked_with_the_items(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇应对突发事件做了哪些工作？相关数据也要。")
    assert answer.kind == "list"
    assert "19支194人" in answer.answer and "305条" in answer.answer
    for c in answer.citations:
        check_citation(c)
    for line in answer.answer.splitlines()[1:]:
        said = line.strip("\u3000").rsplit("[", 1)[0]
        n = int(line.rsplit("[", 1)[1].rstrip("]"))
        excerpt = answer.citations[n - 1].excerpt
        assert all(piece in excerpt for piece in said.split("…") if piece), line


def test_parts_said_by_the_sentence_of_the_part_before(lexical_service: AnswerService) -> None:
    for question, said in (
        ("额敏县述法涉及几个乡镇、几个县直部门？", "13个乡镇"),
        ("涉企检查下降百分之几？扫码入企覆盖几家企业？", "28.42%"),
        ("叶城县行政职权梳理了几项？分类别各是多少？", "行政处罚2407项"),
    ):
        answer = lexical_service.ask(question)
        assert said in answer.answer, (question, answer.answer)
        assert "未在报告中找到" not in answer.answer, (question, answer.answer)


def test_a_difference_after_a_total_asked_before(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("克孜勒陶镇一共化解了多少矛盾纠纷？", conversation=conversation)
    lexical_service.ask("普兰县呢？", conversation=conversation)
    answer = lexical_service.ask("两边差多少？", conversation=conversation)
    assert "多83件" in answer.answer and "合计" not in answer.answer


def test_the_period_of_the_figures_just_given(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("叶城县行政复议一共受理几件？", conversation=conversation)
    answer = lexical_service.ask("这个数字是累计的还是全年的？", conversation=conversation)
    assert "叶城县为2023年以来" in answer.answer.splitlines()[-1]


def test_what_the_bot_holds_is_told_with_the_reports(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("你这里收录了哪些县的报告？")
    assert answer.kind == "chitchat" and answer.citations == []
    assert "普兰县" in answer.answer and "叶城县" in answer.answer


def test_a_word_for_a_term_is_no_part_of_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("公职律师这个叫法，哪些县的报告里出现过？")
    assert answer.kind == "mentions"
    assert answer.answer.split("：")[0] == "3份报告提到“公职律师”"


def test_words_of_the_askers_own_view_name_no_topic(lexical_service: AnswerService) -> None:
    for question, first in (
        ("额敏县报告里专门讲了哪些亮点？", "额敏县"),
        ("叶城县认为工作中还有什么不足？", "叶城县"),
    ):
        answer = lexical_service.ask(question)
        assert answer.answer.startswith(first), (question, answer.answer)
        assert "未提及" not in answer.answer, (question, answer.answer)


def test_two_aspects_named_together_alone(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏 特色做法")
    assert answer.kind == "list"
    assert "特色与亮点" in answer.answer


def test_keyword_questions_with_sides_and_counts(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("调解纠纷 五家里谁最少")
    assert answer.kind == "ranking" and answer.answer.startswith("最少的是普兰县")
    answer = lexical_service.ask("公证案件 未写县名的那份跟叶城 谁多")
    assert answer.kind == "comparison"
    assert {c.source for c in answer.citations} <= {UNNAMED, YECHENG}


def test_where_in_the_report_a_figure_is_said(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县新增执法证多少本？", conversation=conversation)
    answer = lexical_service.ask("这个数据在报告的哪一部分？", conversation=conversation)
    last = answer.answer.splitlines()[-1]
    assert last.startswith("见于普兰县") and "一、工作开展情况" in last
    answer = lexical_service.ask("额敏县接收了多少件复议案件？在报告第几部分？")
    assert "38件" in answer.answer and "未在报告中找到" not in answer.answer
    assert answer.answer.splitlines()[-1].startswith("见于额敏县")


def test_how_many_times_the_place_asked_before(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县化解了多少矛盾纠纷？", conversation=conversation)
    lexical_service.ask("额敏县呢？", conversation=conversation)
    answer = lexical_service.ask("额敏县是它的几倍？", conversation=conversation)
    assert answer.kind == "comparison"
    assert "倍" in answer.answer.splitlines()[-1]


def test_a_place_after_the_unnamed_report_asks_the_same_thing(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("没写县名那份 法律援助案件几件", conversation=conversation)
    answer = lexical_service.ask("叶城呢", conversation=conversation)
    assert "543件" in answer.answer


def test_a_keyword_question_ending_in_its_measure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰 复议 件数")
    # The first sentence cited states the count, not a heading on the work.
    assert "1件" in answer.answer.split("[1]")[0] and answer.citations[0].source == PULAN


def test_a_total_asked_in_a_part(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇积分给多少户赋了分？总分多少？")
    assert "72740分" in answer.answer and "未在报告中找到" not in answer.answer
