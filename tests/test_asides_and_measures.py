"""Words of the asker that name nothing ("那块", "回来"), measures a thing is counted in,
comparisons ending in a bare 比, clauses of examples, and a count of a report's parts.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_citation

from retrieval.query.expected import Expected
from retrieval.query.fields import asked_fields, asks_headings
from retrieval.query.measure import measured
from retrieval.query.parts import question_parts
from retrieval.query.shape import shape_of
from retrieval.query.things import parts as things
from retrieval.query.weights import question_weights
from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService
from retrieval.types import Vocabulary

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def check_answer(answer: Answer) -> None:
    for c in answer.citations:
        check_citation(c)


def test_that_part_of_a_thing_names_nothing(lexical_service: AnswerService) -> None:
    lexical = lexical_service.store.lexical()
    weights = question_weights("行政复议那块，收到的申请多少件", lexical)
    assert "块" not in weights and "复议" in weights
    # A piece of something is no aside.
    assert "块" in question_weights("这块牌子挂在哪里", lexical)


def test_an_aside_and_a_direction_word_do_not_hide_the_figure(
    lexical_service: AnswerService,
) -> None:
    # 额敏: "针对300万元以上标的16件民事案件已履行14件，执行到位855.63万元".
    answer = lexical_service.ask("额敏县欠企业钱那块，300万元以上的案件执行回来多少钱？")
    check_answer(answer)
    assert "855.63万元" in answer.answer
    assert answer.citations[0].source == EMIN


def test_people_counted_with_ge_after_a_verb(lexical_service: AnswerService) -> None:
    # 叶城: "建成了一支1166名能宣讲、会调解、善服务的基层法律服务队伍".
    answer = lexical_service.ask("叶城县的法律明白人发展了几个？")
    check_answer(answer)
    assert "1166名" in answer.answer


def test_case_files_drawn_ranked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各县抽查的案卷，哪个县最多？排一下")
    check_answer(answer)
    assert answer.kind == "ranking"
    lines = answer.answer.splitlines()
    assert lines[0].startswith("最多的是额敏县：126件")
    assert any("104份" in line for line in lines)
    assert any("66件" in line for line in lines)


def test_a_doing_then_its_measure_counts_in_that_measure() -> None:
    assert measured("额敏县和普兰县，评查的卷谁多").endswith("多少卷")


def test_a_follow_up_naming_nothing_asks_of_the_thing_before(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县减免责案件全年办理了几件？", conversation=conversation)
    answer = lexical_service.ask("免了多少钱？", conversation=conversation)
    check_answer(answer)
    assert "33.9万元" in answer.answer


def test_one_item_of_a_run_of_figures_answers(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县的法律顾问经费是多少？")
    check_answer(answer)
    assert answer.answer.startswith("普兰县：法律顾问经费8万元[1]")
    # The whole sentence stays in the citation.
    assert "普法经费3万元" in answer.citations[0].excerpt


def test_reports_counted_in_digits_are_no_part_of_the_thing() -> None:
    assert measured("4个报告里法律援助案件的数量排个名") == measured("法律援助案件的数量排个名")


def test_a_comparison_ending_in_bi_compares_the_figures(lexical_service: AnswerService) -> None:
    for asked in ("额敏县的复议案件跟普兰县比呢", "额敏县的复议案件跟普兰县比情况如何"):
        answer = lexical_service.ask(asked)
        check_answer(answer)
        assert answer.kind == "comparison", asked
        assert answer.answer.splitlines()[-1].startswith("额敏县为38件"), asked


def test_a_clause_of_examples_is_no_part_of_its_own(lexical_service: AnswerService) -> None:
    lexical: Vocabulary = lexical_service.store.lexical()
    assert question_parts("建了哪些法治阵地 公园广场啥的", lexical) == [
        "建了哪些法治阵地，公园广场啥的"
    ]
    answer = lexical_service.ask("阿克陶县克孜勒陶镇有哪些法治阵地 图书角长廊什么的")
    check_answer(answer)
    assert "法律图书角16个" in answer.answer
    assert "未在报告中找到" not in answer.answer


def test_how_many_parts_then_what_they_are_is_a_list() -> None:
    assert shape_of("存在的问题，方面有几个，都是什么", 1) == "list"
    assert shape_of("下一步打算，部分共有几个", 1) == "list"


def test_what_was_handled_is_a_list() -> None:
    assert shape_of("人民调解今年办了哪些事情", 1) == "list"


def test_the_report_of_a_place_pointed_at_asks_the_same_again(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县全年调解矛盾纠纷多少件？", conversation=conversation)
    answer = lexical_service.ask("额敏县这份报告里呢？", conversation=conversation)
    check_answer(answer)
    assert "963件" in answer.answer
    assert answer.citations[0].source == EMIN


def test_columns_each_name_their_own_thing(lexical_service: AnswerService) -> None:
    lexical: Vocabulary = lexical_service.store.lexical()
    asked = measured("的法律援助案件数和纠纷的化解数")
    assert things("行政复议多少件、调解纠纷多少件", lexical) == [
        "行政复议多少件",
        "调解纠纷多少件",
    ]
    assert things(asked, lexical) == ["法律援助案件多少件", "纠纷的化解多少件"]
    # A bare rate is of the thing the first column names, not of its doing.
    assert things("政务热线受理多少件和办结率", lexical)[1] == "政务热线办结率"


def test_a_table_of_two_counts_joined_by_he(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("列个表：各报告的法律援助案件数和纠纷的化解数")
    check_answer(answer)
    assert answer.kind == "table"
    cited = {c.source: c.excerpt for c in answer.citations if "纠纷" in c.excerpt}
    assert "化解矛盾纠纷412件" in cited[UNNAMED]
    assert "化解矛盾纠纷168件" in cited[AKETAO]
    lines = {line.split("：")[0]: line for line in answer.answer.splitlines()}
    assert "办理法律援助案件103件" in lines["未署名报告（003_fb758e20d058b773.txt）"]
    assert "受理法律援助案件543件" in lines["叶城县"]


def test_things_handled_are_not_counted_in_ge() -> None:
    # "建设完成乡镇政务服务大厅22个" counts halls, not the matters they handle.
    assert not Expected.of("政务大厅办件多少件").fits("建设完成乡镇政务服务大厅22个")
    assert Expected.of("受理行政复议多少件").fits("受理行政复议案件11件")


def test_a_shorter_form_is_found_where_the_words_set_aside_are(
    lexical_service: AnswerService,
) -> None:
    # 额敏 names 法治体检 first as a room ("设立“法治体检室”"), then as lawyers' work for firms.
    answer = lexical_service.ask("哪些报告讲了律师到企业去做法治体检")
    check_answer(answer)
    lines = {line.split("：")[0]: line for line in answer.answer.splitlines()}
    assert "组织律师进企业开展“法治体检”" in lines["额敏县"]
    assert {c.source for c in answer.citations} == {EMIN, UNNAMED, YECHENG}


def test_the_ranking_asked_as_a_situation_counts_the_thing() -> None:
    assert measured("执法检查发现的问题数，几个县排名情况") == measured(
        "执法检查发现的问题数，几个县排名"
    )


def test_the_outcome_of_one_thing_is_no_list() -> None:
    assert shape_of("行政复议案件办理的结果是啥情况", 1) == "fact"
    assert shape_of("行政复议方面存在什么问题", 1) == "list"


def test_a_verb_of_publishing_asks_a_date_only_of_when() -> None:
    assert asked_fields("政务公开和热线的数据，列个表") == []
    assert [field.name for field in asked_fields("叶城县报告哪天公开的")] == ["发布日期"]
    assert [field.name for field in asked_fields("这份报告印发了没有")] == ["发布日期"]


def test_a_table_of_disclosures_is_no_table_of_dates(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("政府网站公开的信息，分县列个表")
    check_answer(answer)
    assert answer.kind == "table"
    assert "发布日期" not in answer.answer
    assert "1984条" in answer.answer and "35条" in answer.answer


def test_which_reports_hold_a_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法治体检哪几份里有？")
    check_answer(answer)
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {EMIN, UNNAMED, YECHENG}


def test_each_side_asked_how_in_everyday_words(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法治体检，额敏县以及没写县名的那份，各是咋搞的？")
    check_answer(answer)
    assert {c.source for c in answer.citations} == {EMIN, UNNAMED}


def test_headings_of_parts_are_no_title(lexical_service: AnswerService) -> None:
    assert asks_headings("普兰县的打算分了几块，小标题列一下")
    answer = lexical_service.ask("普兰县报告里，下一步打算一共分几块？小标题列一下")
    check_answer(answer)
    assert answer.kind == "list"
    assert "(一)持续强化责任落实" in answer.answer
    assert "报告的标题" not in answer.answer


def test_what_the_answer_is_for_names_no_topic(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县的亮点有哪些，写稿子要用")
    check_answer(answer)
    assert "（一）高位统筹" in answer.answer


def test_things_asked_to_be_listed_are_shown_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县获得的表彰列出来")
    check_answer(answer)
    assert "…" not in answer.answer
    assert "“优秀宣讲员”" in answer.answer and "“正能量传播者”" in answer.answer


def test_which_reports_say_it_and_which_do_not(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法治体检哪几份报告写了，哪个没写？")
    check_answer(answer)
    assert answer.kind == "mentions"
    last = answer.answer.splitlines()[-1]
    assert last == "未提到“法治体检”的：阿克陶县克孜勒陶镇、普兰县"
    assert {c.source for c in answer.citations} == {EMIN, UNNAMED, YECHENG}


def test_doings_run_on_past_a_semicolon(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县的涉企检查专项行动具体干了哪些事情")
    check_answer(answer)
    assert "机制方案4个" in answer.answer and "移送问题线索3条" in answer.answer
    assert answer.citations[0].excerpt.endswith("移送问题线索3条。")


def test_the_figures_of_a_field_are_its_items(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇应急方面有哪些数？")
    check_answer(answer)
    assert answer.kind == "list"
    assert "预警信息305条" in answer.answer and "应急演练200余次" in answer.answer


def test_an_attribute_of_two_named_reports_is_read_off_their_headers(
    lexical_service: AnswerService,
) -> None:
    assert shape_of("和的发文字号各是什么", 2) == "metadata"
    answer = lexical_service.ask("克孜勒陶镇和普兰县的报告，发文字号各是什么？")
    assert answer.answer.startswith("阿克陶县克孜勒陶镇报告未载明文号；普兰县报告未载明文号。")
    assert not answer.citations


def test_a_second_clause_ending_on_more_asks_a_verdict_too(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("法治体检，叶城县跟没写县名的比一比，谁体检的企业多 提出的建议多")
    check_answer(answer)
    verdicts = answer.answer.splitlines()[-2:]
    assert "为42家" in verdicts[0] and "36家" in verdicts[0]
    assert "为54条" in verdicts[1] and "42条" in verdicts[1]


def test_a_size_of_people_is_their_number() -> None:
    assert measured("各地持证执法人员的人数规模排一下") == measured("各地持证执法人员的人数排一下")
    assert measured("调解员人数规模，写了的即可") == measured("调解员人数")
