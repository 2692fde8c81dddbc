"""Written requests that say what the answer must hold beside what it asks: "请连同…等数据一并
列出" (the items with their figures), "请分项列明…和数量" (the figures the items carry),
"包括A以及B的数量" (each asked after the thing), "并简要评述" (how to put it); a field's figures
named alone ("…方面的几个数"); the sides counted after their names ("A和B两份各多少"); each
side's own year in brackets ("叶城县报告（2023）"); a caveat on the sides ("考虑到…，请一并说明");
two sentences of a comparison no one quote fits, each compared (the later one's subject the
first's); an amount asked by its doing ("发放量", "办案量"); "以X衡量…如何排序" ranks by X;
one report's figures "整理成表" and "按…分行列出" are its items' figures; what one report's
thing "涉及哪些…" is no question of which reports mention it.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.instructions import without_instructions
from retrieval.query.normalize import normalize
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES

# The figures of the township's items on emergencies, each in its own cited line.
_EMERGENCY_FIGURES = ("19支194人", "39名", "305条", "200余次", "7个")


def test_what_a_request_holds_is_asked_after_the_thing() -> None:
    assert without_instructions("请介绍X建设，包括建成的广场以及各类阵地的数量。") == (
        "请介绍X建设？建成的广场有哪些？各类阵地的数量多少？"
    )
    # A clause asking which, after "包括", is no list of what the answer holds.
    assert without_instructions("有哪些机制，包括哪些？") == "有哪些机制，包括哪些？"
    assert without_instructions("两县有何差异？请给出各自件数并简要评述。") == (
        "两县有何差异？各自件数各是多少？"
    )
    assert without_instructions("做了哪些工作？请连同人数、条数等量化数据一并列出。") == (
        "做了哪些工作？"
    )
    # How to lay out what is asked, or the items asked by their names, asks nothing more.
    assert without_instructions("下发了哪些文件？请逐一列出。") == "下发了哪些文件？"
    assert without_instructions("下发了哪些文件？请逐一列出文件名称。") == "下发了哪些文件？"
    assert without_instructions("调解情况如何？请给出件数、金额。") == "调解，件数、金额各是多少？"


def test_items_listed_with_the_figures_requested_along(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "克孜勒陶镇在突发事件应对方面有哪些举措？请连同队伍人数、预警条数等数据一并列出。",
        mode="extractive",
    )
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {AKETAO}
    assert all(figure in answer.answer for figure in _EMERGENCY_FIGURES)
    check_answer(answer)


def test_a_fields_figures_named_alone_list_its_items(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇突发事件应对方面的几个数", mode="extractive")
    assert answer.kind == "list"
    # The figures asked are the items', not how many items there are.
    assert "共3个" not in answer.answer
    assert all(figure in answer.answer for figure in _EMERGENCY_FIGURES)
    check_answer(answer)


def test_the_figures_requested_item_by_item_ask_nothing_more(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask(
        "额敏县获得过哪些表彰？请分项列明授予机关和数量。", mode="extractive"
    )
    assert {c.source for c in answer.citations} == {EMIN}
    assert "2名法官被最高人民法院表彰" in answer.answer
    check_answer(answer)
    listed = lexical_service.ask("额敏县受表彰的情况逐条列", mode="extractive")
    assert "2名法官被最高人民法院表彰" in listed.answer
    check_answer(listed)


def test_what_the_answer_must_hold_is_each_answered(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "请介绍叶城县法治文化阵地建设，包括建成的广场以及各类阵地的数量。", mode="extractive"
    )
    assert {c.source for c in answer.citations} == {YECHENG}
    assert "火车站广场" in answer.answer and "法治文化墙2650面" in answer.answer
    check_answer(answer)


def test_the_sides_counted_after_their_names_are_no_thing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("行政复议案件：额敏和普兰两份各多少", mode="extractive")
    assert answer.kind == "comparison"
    assert "38件" in answer.answer and "1件" in answer.answer
    check_answer(answer)
    remarked = lexical_service.ask(
        "额敏县和普兰县的行政复议有何差异？请给出各自件数并简要评述。", mode="extractive"
    )
    assert remarked.answer.splitlines()[-1].startswith("额敏县为38件[1]，多于普兰县的1件")
    check_answer(remarked)


def test_each_sides_own_year_in_brackets(lexical_service: AnswerService) -> None:
    assert "考虑" not in without_instructions(
        "两地化解纠纷各多少件？考虑到二者一为县级一为乡镇级，请一并说明。"
    )
    answer = lexical_service.ask(
        "003号报告（2025）与叶城县报告（2023）的法律援助办案量分别是多少？", mode="extractive"
    )
    # 叶城's own year is its report's; "报告（）" is no part of what is asked.
    assert answer.kind == "comparison" and answer.notice is None
    assert "103件" in answer.answer and "543件" in answer.answer
    assert answer.answer.splitlines()[-1].startswith("叶城县为543件")
    check_answer(answer)


def test_two_sentences_no_one_quote_fits_are_each_compared(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask(
        "003号报告与叶城县法律顾问覆盖面各自达到了什么程度？覆盖的主体范围有什么不同？",
        mode="extractive",
    )
    # The second sentence's subject is the first's (法律顾问): the same quotes answer both.
    assert {c.source for c in answer.citations} == {UNNAMED, YECHENG}
    assert "25个党政机关法律顾问全覆盖" in answer.answer
    assert "370个村(社区)已实现法律顾问全覆盖" in answer.answer
    check_answer(answer)


def test_an_amount_asked_by_its_doing(lexical_service: AnswerService) -> None:
    assert normalize("宣传资料的发放量而言") == "宣传资料的发放数量而言"
    assert normalize("执法质量如何，法治力量强不强") == "执法质量如何，法治力量强不强"
    answer = lexical_service.ask(
        "就宣传资料的发放量而言，哪些报告给出了数字？请按数量排序。", mode="extractive"
    )
    assert answer.kind == "ranking"
    values = cited_rows(answer)
    assert answer.rows[0].source == YECHENG and values[YECHENG] == "15万余册"
    assert values[AKETAO] == "6000余份"
    answer = lexical_service.ask("003号报告与叶城县的法律援助办案量分别是多少？", mode="extractive")
    assert "103件" in answer.answer and "543件" in answer.answer
    check_answer(answer)


def test_reports_ranked_by_the_items_their_part_lists(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "如果以“存在问题”部分列出的大项条数衡量各报告的细致程度，五份报告如何排序？",
        mode="extractive",
    )
    assert answer.answer.startswith("最多的是阿克陶县克孜勒陶镇：")
    assert "（共5条）" in answer.answer and "（共4条）" in answer.answer
    check_answer(answer)


def test_one_reports_figures_set_out_as_a_table(lexical_service: AnswerService) -> None:
    assert without_instructions("请将甲县执法方面的主要量化指标整理成表（指标｜数值）。") == (
        "甲县执法方面的主要量化指标，列表。"
    )
    answer = lexical_service.ask(
        "请将额敏县行政执法监督方面的主要量化指标整理成表（指标｜数值）。", mode="extractive"
    )
    assert answer.kind == "list"
    assert "累计抽查案卷126件" in answer.answer and "制发行政执法监督意见书22份" in answer.answer
    check_answer(answer)


def test_what_one_reports_thing_takes_in_is_no_mention(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "叶城县的市场准入负面清单涉及哪些层级？请按禁止类、限制类分行列出门类、大类的数量。",
        mode="extractive",
    )
    assert answer.kind != "mentions"
    assert "5门类、17大类" in answer.answer and "禁止类涉及国民经济3门类" in answer.answer
    check_answer(answer)
