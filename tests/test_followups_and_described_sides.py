"""Follow-ups and sides named in everyday words, lists asked in two sentences, and a report's
year read from its body.

"俩加一块多少件" adds the places of the last two turns; a slip whose neighbour makes a word by
chance ("行政服议案件") is still read as meant; the unnamed report is pointed at by "那份" or
after hearsay ("听说有个县…，它那边…"); a requirement asked after the count ("培训几次，要求
一样吗") compares floors; an item asked again by its number and words is expanded; two list
sentences are each listed; the report without a title has its year where its body opens;
"差多少人" after two places each asked in words of its own weighs each place's own thing; "比它"
is the place asked of the turn before; "在案件数量上差多少" weighs the part asked in that field.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.pointers import field_said, it_named, of_field
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_two_places_added_up_in_everyday_words(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("克孜勒陶镇化解了几件矛盾纠纷", conversation=conversation)
    lexical_service.ask("那普兰呢", conversation=conversation)
    answer = lexical_service.ask("俩加一块多少件", conversation=conversation)
    assert answer.answer.splitlines()[-1].startswith("合计253件")
    cited_rows(answer)


def test_a_slip_beside_a_chance_word_is_read_as_meant(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("五份报告里行政服议案件哪个多")
    assert answer.kind == "ranking"
    assert answer.notice is not None and "“行政服议”按“行政复议”" in answer.notice
    assert answer.answer.startswith("最多的是额敏县：38件")
    # 出庭应诉1起 is no review case.
    assert "出庭应诉" not in answer.answer


def test_the_unnamed_report_after_hearsay_and_a_pointer(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("听说有个县搞了“一企一法官”，它那边涉企检查降了多少")
    assert {c.source for c in answer.citations} == {UNNAMED}
    assert "28.42%" in answer.answer
    check_answer(answer)


def test_the_unnamed_report_pointed_at_by_its_measure_word(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏和没写县名那份都在搞扫码入企，两边做法有啥不同")
    assert {c.source for c in answer.citations} == {EMIN, UNNAMED}
    assert "58家" in answer.answer and "1.4万户" in answer.answer
    cited_rows(answer)


def test_a_requirement_asked_after_the_count_compares_floors(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("往后执法队伍每年轮训几次，普兰跟叶城的要求一样不")
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1] == "普兰县为不少于4次[1]，多于叶城县的不少于2次[2]。"
    cited_rows(answer)


def test_an_item_asked_again_by_its_number_and_its_words(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("叶城县报告里写的不足有哪几条", conversation=conversation)
    answer = lexical_service.ask("第四条执法队伍那个具体咋回事", conversation=conversation)
    assert answer.kind == "list"
    assert "人员不足" in answer.answer and "经费和硬件短缺" in answer.answer
    check_answer(answer)


def test_a_list_in_two_sentences_lists_each_of_the_plans(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城那份报告里对明年的安排分几块？学法上面有哪些硬要求？")
    assert answer.kind == "list"
    lines = answer.answer.splitlines()
    assert "(四)提高普法精准性和实效性" in answer.answer
    # The second list is the plans' own part on study, numbered on from the first.
    assert lines[0].startswith("叶城县（共4块）：")
    assert sum(line.startswith("叶城县：") for line in lines) == 1
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert all("2024年度" in c.section for c in answer.citations)


def test_the_year_of_a_report_without_a_title_from_its_body(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("003号报告是哪一年的")
    assert "2025年" in answer.answer
    assert answer.citations[0].excerpt.startswith("2025年,我县")


def test_where_the_actors_went_is_no_part_of_the_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("有没有哪个县组织干部去法院旁听庭审")
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {PULAN}


def test_which_reports_to_lay_out_is_no_part_of_the_thing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("法律援助案件数列个表，各报告有的话一起列")
    assert answer.kind == "table"
    assert "543件" in answer.answer and "103件" in answer.answer
    cited_rows(answer)


def test_whether_there_is_a_thing_is_told_by_the_sentence_naming_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇综合执法队配没配执法记录仪")
    assert "执法记录仪" in answer.answer and "无专业服装" in answer.answer
    check_answer(answer)


def test_how_it_went_then_a_figure_read_after_the_measure(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇积分管理搞得咋样，兑了多少钱")
    assert "积分管理机制" in answer.answer and "97496元" in answer.answer
    check_answer(answer)


def test_a_noun_after_several_doings_is_what_each_did(lexical_service: AnswerService) -> None:
    from retrieval.query.things import parts

    asked = parts(
        "案卷评查后发现或督促整改的问题多少项", lexical_service.planning.current().lexical
    )
    assert asked == ["案卷评查后发现的问题多少项", "案卷评查后督促整改的问题多少项"]


def test_a_figure_after_the_doing_asked_counts_that_doing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("热线这块，每个报告受理了多少、办结了多少，列个表")
    assert answer.kind == "table"
    row = next(line for line in answer.answer.splitlines() if line.startswith("叶城县"))
    assert "37116件" in row and "37082件" in row
    cited_rows(answer)


def test_a_vague_batch_is_no_count(lexical_service: AnswerService) -> None:
    # "打造一批…法治文化阵地" says "a number of": the counts are stated elsewhere.
    answer = lexical_service.ask("叶城县建了哪些法治文化阵地，各多少个")
    assert "2650面" in answer.answer and "一批" not in answer.answer
    check_answer(answer)


def test_which_ones_then_how_many_each(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城建成的法治文化阵地有哪些，数量各是多少")
    # The kinds of 阵地 the report counts answer both: which ones, and how many of each.
    assert "法治长廊" in answer.answer and "1478个" in answer.answer
    assert "未在报告中找到" not in answer.answer
    check_answer(answer)


def test_a_difference_after_two_places_each_asked_in_its_own_words(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("克孜勒陶镇几名干部有执法证", conversation=conversation)
    lexical_service.ask("额敏县持证的有多少", conversation=conversation)
    answer = lexical_service.ask("两者差多少人", conversation=conversation)
    assert {c.source for c in answer.citations} == {EMIN, AKETAO}
    assert "9名" in answer.answer and "585人" in answer.answer
    assert answer.answer.splitlines()[-1].endswith("多576人。")
    cited_rows(answer)


def test_the_place_pointed_at_by_than_it(lexical_service: AnswerService) -> None:
    assert it_named("普兰比它少多少", ["额敏县"]) == "普兰比额敏县少多少"
    # Two places asked before: which one "它" is cannot be told.
    assert it_named("普兰比它少多少", ["额敏县", "叶城县"]) == "普兰比它少多少"
    conversation = Conversation()
    lexical_service.ask("003号报告全年办理法律援助案件多少件？", conversation=conversation)
    answer = lexical_service.ask("叶城受理的法律援助案件比它多多少？", conversation=conversation)
    assert {c.source for c in answer.citations} == {YECHENG, UNNAMED}
    assert answer.answer.splitlines()[-1].endswith("多440件。")
    cited_rows(answer)


def test_a_difference_in_the_field_named_weighs_that_part_only(
    lexical_service: AnswerService,
) -> None:
    assert field_said("两者在案件数量上差多少") == ("两者差多少", "案件数量")
    assert of_field("案件多少件、调解和解率是多少", "案件数量") == "案件多少件"
    conversation = Conversation()
    lexical_service.ask("额敏县行政复议案件多少件？调解和解率是多少？", conversation=conversation)
    lexical_service.ask("那003号报告呢？", conversation=conversation)
    answer = lexical_service.ask("两者在案件数量上差多少？", conversation=conversation)
    assert {c.source for c in answer.citations} == {EMIN, UNNAMED}
    assert answer.answer.splitlines()[-1].endswith("多28件。")
    assert "调解和解率" not in answer.answer.splitlines()[-1]
    cited_rows(answer)
