"""Grammar that decides what is asked: a particle after thanks, 先 for the earlier of two, a
plan verb in 是…的 (done, not planned), a count clause of verbs alone (its thing is in the
clause before), an unknown county written as a proper noun and 县, 数量 (no sum of money), a
report named "003号和…", 没提 (which reports do not say it), a topic frame before the sides,
two things after one count word, a proportion the asker puts in words ("将近三成"), and an
untitled report named by its file name.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, TEXT, check_answer, cited_rows

from retrieval.answer.figure_nouns import recut
from retrieval.query.catalog import Catalog
from retrieval.query.counted_part import asked_part
from retrieval.query.expected import Expected
from retrieval.query.fields import asked_fields
from retrieval.query.measure import measured
from retrieval.query.shape import shape_of
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize("said", ["好的谢谢啦，辛苦", "谢谢呀，辛苦啦", "好嘞，多谢啦"])
def test_thanks_ended_by_a_particle_are_thanks(said: str) -> None:
    assert shape_of(said, 0) == "chitchat"


def test_which_was_published_first_of_two(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县的报告跟叶城县的报告，哪份先发布？")
    assert answer.kind == "comparison"
    assert (
        answer.answer.splitlines()[-1] == "叶城县为2025年09月05日[1]，早于普兰县的2026-01-12[2]。"
    )


def test_a_plan_verb_in_shi_de_asks_what_was_done(lexical_service: AnswerService) -> None:
    # "是怎么安排的": how the money was arranged this year, not next year's plans.
    answer = lexical_service.ask("普兰县的法治经费是如何安排的")
    assert answer.kind == "list"
    assert "下一步" not in answer.answer
    assert any("法律顾问经费8万元" in c.excerpt for c in answer.citations)
    check_answer(answer)


def test_a_count_clause_of_verbs_counts_what_the_clause_before_names() -> None:
    assert asked_part("普兰县法治经费，一共拨了多少") == "普兰县法治经费，一共拨了多少"
    # A clause that names its thing counts it alone.
    assert asked_part("设了监督点的那个县，选聘了多少名社会监督员") == "社会监督员"
    # Two counts: each clause is its own.
    assert asked_part("行政复议多少件，办结了多少") == "办结了"


def test_money_split_over_a_comma_is_found(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县今年的法治经费，分别拨了多少？")
    assert answer.kind == "fact"
    assert all(f in answer.answer for f in ("2万元", "3万元", "8万元"))
    check_answer(answer)


@pytest.mark.parametrize("county", ["塔什库尔干县", "乌恰县"])
def test_a_county_jieba_does_not_know_is_no_stored_region(
    lexical_service: AnswerService, county: str
) -> None:
    answer = lexical_service.ask(f"{county}去年法律援助案件办了多少件？")
    assert answer.abstained
    assert f"没有{county}的报告" in answer.answer


def test_a_quantity_is_no_sum_of_money(lexical_service: AnswerService) -> None:
    # 普兰 states 法律顾问经费8万元 and no number of legal advisers.
    answer = lexical_service.ask("普兰县法律顾问的数量")
    assert answer.abstained


def test_a_report_named_by_number_before_a_conjunction(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号跟叶城，谁办的法律援助案件多？")
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {UNNAMED: "103件", YECHENG: "543件"}


@pytest.mark.parametrize("question", ["哪份报告没提12345热线？", "有没有哪个报告压根没提12345热线"])
def test_mei_ti_asks_which_reports_do_not_say_it(
    lexical_service: AnswerService, question: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "mentions"
    assert answer.answer.startswith("1份报告未提到“12345热线”：额敏县")


def test_a_topic_frame_before_the_sides_is_no_second_thing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("干部学法方面：叶城和额敏的“逢九必讲”各多少期，谁多？")
    assert answer.kind == "comparison"
    lines = answer.answer.splitlines()
    assert lines[-1] == "叶城县为36期[1]，多于额敏县的12期[2]。"
    assert not any("无法比较" in line for line in lines)


def test_two_things_after_one_count_word_are_compared_each(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏和003号报告，各设立了多少联系点和监督员？谁的规模大？")
    assert answer.kind == "comparison"
    verdicts = answer.answer.splitlines()[-2:]
    assert "联系点：" in verdicts[0] and "10个" in verdicts[0] and "7个" in verdicts[0]
    assert "监督员：" in verdicts[1]
    assert set(cited_rows(answer)) == {EMIN, UNNAMED}


def test_a_proportion_in_the_askers_words_names_nothing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("扫码入企把涉企检查降了快三成，具体是多少？")
    assert answer.answer.startswith(f"未署名报告（{UNNAMED}）：")
    assert "28.42%" in answer.answer


def test_an_untitled_report_is_named_by_its_file(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号报告里，社会监督团有多少人？")
    assert answer.answer.startswith(f"未署名报告（{UNNAMED}）：")
    assert "20人" in answer.answer
    check_answer(answer)


def test_several_measures_asked_where_one_clause_fits_another(
    lexical_service: AnswerService,
) -> None:
    # 户, 分 and 钱 asked at once: the clause of money fits no count of households.
    answer = lexical_service.ask("积分管理这块，克孜勒陶镇给多少户赋了分？一共多少分、兑了多少钱？")
    assert all(f in answer.answer for f in ("957户", "72740分", "97496元"))
    check_answer(answer)


def test_places_counted_for_doing_something_for_someone(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("有几个县替企业搞过法治体检？")
    assert answer.kind == "mentions"
    assert answer.answer.startswith("3份报告提到“法治体检”")


def test_a_noun_meaning_money_is_asked_as_money(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县办公证时给困难群众减免了多少费用？")
    assert "6700元" in answer.answer
    check_answer(answer)


def test_a_year_after_the_report_asks_its_plans(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县对2024年是怎样安排的")
    assert answer.kind == "list"
    assert answer.answer.startswith("叶城县：四、2024年度推进法治政府建设的主要安排[1]")


def test_a_field_framed_and_the_sides_pointed_at(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("就行政复议而言，额敏县和普兰县各收了多少件？两者相差多少？")
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1] == "额敏县为38件[1]，比普兰县的1件[2]多37件。"


def test_asked_for_an_order_the_winner_keeps_its_counted_figure(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("化解/调解过的矛盾纠纷，哪个县最多？给个从多到少的排序")
    assert answer.answer.splitlines()[0] == "最多的是叶城县：5726件[1]"


@pytest.mark.parametrize(
    "question", ["普兰县的问题有哪些，一条条说下", "额敏县在行政复议这块都弄了啥"]
)
def test_colloquial_requests_for_items_are_lists(
    lexical_service: AnswerService, question: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "list"
    assert len(answer.answer.splitlines()) >= 3


@pytest.mark.parametrize("said", ["你是干啥的", "您是做什么的？"])
def test_asking_what_the_bot_is(said: str) -> None:
    assert shape_of(said, 0) == "chitchat"


@pytest.mark.parametrize(
    "question",
    ["法治督察整改，每份报告各怎么写的？", "法治督察整改情况，逐份报告介绍一下"],
)
def test_what_each_report_says_is_a_table(question: str) -> None:
    assert shape_of(question, 0) == "table"


def test_how_many_of_the_reports_mention_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("“枫桥经验”这个说法，五份报告里有几份写到？分别是哪几份")
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {AKETAO, PULAN}


def test_a_verb_made_a_noun_is_named_whole(lexical_service: AnswerService) -> None:
    # 额敏 states no certificates issued; its 行政执法监督意见书22份 is no 执法证.
    answer = lexical_service.ask("普兰县跟额敏县，执法证各发了几本？")
    assert cited_rows(answer) == {PULAN: "25本", EMIN: None}


def test_a_guessed_word_across_a_noun_and_a_verb_is_cut() -> None:
    assert recut([("执法", "v"), ("证发", "v"), ("了", "ul")]) == [
        ("执法", "v"),
        ("证", "n"),
        ("发", "v"),
        ("了", "ul"),
    ]
    # A word jieba's dictionary holds stays whole.
    assert recut([("发放", "v")]) == [("发放", "v")]


def test_two_places_and_a_year_only_one_has_a_report_of(service: AnswerService) -> None:
    # 叶城 has only its 2023 report: it is said to have none of 2025, and 普兰 still answers
    # (dense search too: Chroma refuses a search restricted to no report at all).
    answer = service.ask("普兰、叶城两个县，2025年的行政复议各收了多少件？")
    assert not answer.abstained
    assert "1件" in answer.answer
    assert "报告库中没有叶城县2025年的报告" in answer.answer
    assert {c.source for c in answer.citations} == {PULAN}


def test_na_bian_points_at_the_place_asked_about(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县的行政复议收了几件？", conversation=conversation)
    answer = lexical_service.ask("003那边呢？", conversation=conversation)
    assert "10件" in answer.answer
    assert {c.source for c in answer.citations} == {UNNAMED}


def test_a_dunhao_parts_two_counts(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号报告社会监督团有多少人、企业联系点设了几个？")
    assert "20人" in answer.answer and "10个" in answer.answer
    check_answer(answer)


def test_plans_of_a_year_for_two_places_read_the_year_before(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏县、普兰县在2026年准备做哪些工作？")
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {EMIN, PULAN}


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("各报告的行政复议案件数，从多到少给排个序", "从多到少排序："),
        ("行政复议哪家收得最多，第二是谁？", "最多的是额敏县：38件[1]"),
        ("执法人员培训，谁家搞得最勤？", f"最多的是未署名报告（{UNNAMED}）：6次[1]"),
        (
            "法律援助案件 前两名",
            "前两名是：叶城县（543件[1]）、未署名报告（003_fb758e20d058b773.txt）（103件[2]）",
        ),
    ],
)
def test_orders_asked_in_other_words(
    lexical_service: AnswerService, question: str, first: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "ranking"
    assert answer.answer.splitlines()[0] == first


@pytest.mark.parametrize(
    "question",
    ["各地行政复议收了多少件，一家一行", "行政复议案件数各地分别多少？没写的标未提及"],
)
def test_layout_requests_are_no_part_of_the_thing(
    lexical_service: AnswerService, question: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "table"
    assert cited_rows(answer)[EMIN] == "38件"


def test_what_each_report_writes_of_a_thing_is_a_table() -> None:
    assert shape_of("各报告关于法律顾问是怎么写的", 0) == "table"
    assert shape_of("关于法律顾问是怎么写的", 1) == "list"


def test_a_title_before_a_common_noun_names_no_person(lexical_service: AnswerService) -> None:
    # 叶城 writes of a 县长热线: no 县长 is named.
    answer = lexical_service.ask("叶城县的县长是谁")
    assert answer.abstained


def test_a_report_number_ending_the_question(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("行政复议案件：普兰县 vs 003号")
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1] == (
        "未署名报告（003_fb758e20d058b773.txt）为10件[2]，多于普兰县的1件[1]。"
    )


def test_keywords_parted_by_spaces_each_ask(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏 述法 负责人多少名 好评率")
    assert "95名" in answer.answer and "98.9%" in answer.answer


def test_one_item_of_the_list_asked_before(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县存在哪些不足？", conversation=conversation)
    answer = lexical_service.ask("第二条具体说说", conversation=conversation)
    assert answer.kind == "list"
    assert answer.answer.startswith("普兰县（按上一问）：(二)执法规范化水平有待提升[1]")


def test_thanks_then_what_the_bot_does(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("多谢了，你都能帮我查啥？")
    assert answer.kind == "chitchat" and not answer.citations
    assert "例如" in answer.answer and not answer.answer.startswith("不客气")
    thanks = lexical_service.ask("谢谢您的帮助")
    assert thanks.kind == "chitchat" and thanks.answer.startswith("不客气")


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("各报告的问题与不足，第二条分别是什么？列一下", "额敏县：二是基层法律服务效能不高[1]"),
        (
            "每份报告下一步打算的第一项，一家一行",
            "额敏县：（一）深化法治理念培育，推动治理方式转型升级[1]",
        ),
    ],
)
def test_a_numbered_item_of_each_reports_section(
    lexical_service: AnswerService, question: str, first: str
) -> None:
    answer = lexical_service.ask(question)
    assert answer.kind == "table"
    lines = answer.answer.splitlines()
    assert lines[0] == first and len(lines) == 5
    assert all(answer.citations[i].excerpt in TEXT[answer.citations[i].source] for i in range(5))


def test_a_doing_and_its_measure_is_a_count_of_its_own(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏跟003号报告比，执法培训的次数和参训人次各谁多？")
    assert answer.kind == "comparison"
    verdicts = answer.answer.splitlines()[-2:]
    assert "次数：" in verdicts[0] and "6次" in verdicts[0]
    assert verdicts[1].startswith("参训人次：")


def test_dui_bi_xia_is_a_cue() -> None:
    assert measured("做张表对比下各地的法律援助案件") == "法律援助案件多少"


def test_a_figure_whose_item_title_names_the_thing(lexical_service: AnswerService) -> None:
    # "四是推进乡村“法律明白人”培养工程。在全县370个村(社区)建成了一支1166名…队伍。"
    answer = lexical_service.ask("叶城的法律明白人有多少名？")
    assert "1166名" in answer.answer
    assert {c.source for c in answer.citations} == {YECHENG}


def test_no_figure_of_another_kind_stands_in(lexical_service: AnswerService) -> None:
    # 额敏 states no 法律援助 case; its 减免责案件 are another kind.
    assert lexical_service.ask("额敏县法律援助案件今年办了几件？").abstained


def test_households_are_no_count_of_things() -> None:
    assert not Expected.of("多少户").fits("充分发挥村规民约、八个理事会和积分管理机制")
    assert Expected.of("多少户").fits("全年累计为957户群众赋分")


def test_a_report_by_its_place_among_the_stored() -> None:
    catalog = Catalog.from_store(
        {name: {"title": name, "region": None, "year": None} for name in SAMPLES}
    )
    assert [s for _, s in catalog.files_named("第4份报告的索引号")] == [UNNAMED]
    assert [s for _, s in catalog.files_named("第二份报告")] == [AKETAO]


def test_what_about_a_rate_then_a_count(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县的复议案件全年收了几件？", conversation=conversation)
    answer = lexical_service.ask("和解率呢？纠错了几件", conversation=conversation)
    assert "71.43%" in answer.answer and "3件" in answer.answer


def test_two_nouns_sharing_one_attribute_word() -> None:
    assert [f.name for f in asked_fields("落款单位和日期")] == ["落款单位", "落款日期"]


def test_terse_keywords_each_naming_a_number_are_two_things(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("法治体检 003 vs 叶城 体检企业数 提的建议条数")
    verdicts = answer.answer.splitlines()[-2:]
    assert "42家" in verdicts[0] and "36家" in verdicts[0]
    assert "建议条数：" in verdicts[1] and "54条" in verdicts[1]
