"""Figures worked from turns (shares, sums over every report, things typed apart by spaces),
figures put forward to be checked, layouts asked in any words, the others asked of a thing
named, and the reports' parts counted: on the real reports, each answer checked by the rules
every answer keeps."""

from __future__ import annotations

from answer_rules import check_answer, check_cited, cited_turns

from retrieval.answer.table_block import TABLE_HEAD
from retrieval.query.about_answer import claimed_figure
from retrieval.query.laid_out import laid_out_only
from retrieval.query.normalize import normalize
from retrieval.service import AnswerService


def test_a_word_of_the_reports_is_no_part_of_a_slip(lexical_service: AnswerService) -> None:
    # "写调解": 调解 is theirs, so 写调 is no 协调 typed by its sound.
    answer = lexical_service.ask("普兰县有没有写调解工作")
    check_cited(answer)
    assert not answer.abstained and "调解" in answer.answer
    assert not answer.notice or "协调" not in answer.notice


def test_one_item_of_a_run_asked_beside_its_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城梳理的行政职权里面行政许可有多少项")
    check_answer(answer)
    assert "共梳理行政职权3415项…行政许可208项[1]" in answer.answer
    assert "行政处罚2407项" not in answer.answer.split("\n[1]")[0]
    # "其中" asks of the whole just told; it names no thing of its own.
    _, part = cited_turns(lexical_service, "叶城一共梳理了多少项行政职权", "其中行政强制几项")
    assert part.answer.split("：", 1)[1].startswith("行政强制156项[1]")


def test_things_typed_apart_by_spaces_are_added(lexical_service: AnswerService) -> None:
    assert normalize("叶城 行政许可 行政强制 两样加起来多少") == (
        "叶城 行政许可、行政强制两样加起来多少"
    )
    _, summed = cited_turns(
        lexical_service, "叶城一共梳理了多少项行政职权", "许可 强制 检查三样合计多少"
    )
    assert "合计663项（按所引数字相加）" in summed.answer


def test_a_share_asked_after_its_two_figures(lexical_service: AnswerService) -> None:
    *_, share = cited_turns(
        lexical_service, "普兰的12345热线一年办件多少", "咨询有多少", "帮我算算咨询占比"
    )
    assert "占" in share.answer and "的79.9%（按所引数字计算）" in share.answer


def test_a_total_of_parts_a_word_with_gong_holds(lexical_service: AnswerService) -> None:
    # "6条共性问题": 共 of a word states no total; a year is no figure added.
    _, total = cited_turns(
        lexical_service, "额敏县2024年督察反馈的问题，自治区和地区各反馈几条", "合起来一共多少条"
    )
    assert "合计40条（17条+6条+17条，按所引数字相加）" in total.answer
    assert "未计入" not in total.answer


def test_every_reports_figure_summed_after_one_place(lexical_service: AnswerService) -> None:
    _, every = cited_turns(
        lexical_service, "普兰全年调解矛盾纠纷多少件", "所有报告加起来一共多少件"
    )
    assert "合计7354件（" in every.answer and "叶城县5726件[" in every.answer
    _, kept = cited_turns(
        lexical_service, "普兰全年调解矛盾纠纷多少件", "各家合计多少件？叶城那份别算"
    )
    assert "合计1628件（" in kept.answer and "叶城县" not in kept.answer


def test_a_difference_asked_of_like_figures(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("矛盾纠纷化解这一块，普兰和克孜勒陶镇各化解了多少件？差多少？")
    check_answer(answer)
    assert "比普兰县的85件[1]多83件。" in answer.answer


def test_a_figure_put_forward_is_checked(lexical_service: AnswerService) -> None:
    assert claimed_figure("会不会是580人") == "580人"
    assert claimed_figure("003那份呢") == claimed_figure("585人") == ""
    _, wrong = cited_turns(lexical_service, "额敏县持证执法人员多少人", "会不会是580人")
    assert wrong.answer.startswith("报告写的是585人[1]，不是580人。")
    _, right = cited_turns(lexical_service, "额敏县持证执法人员多少人", "你确定是585人吗")
    assert right.answer.startswith("报告写的正是585人[1]。")


def test_a_layout_asked_in_any_words(lexical_service: AnswerService) -> None:
    for said in ("能不能整理成表格", "表格形式给我", "用表格展示一下"):
        assert laid_out_only(said), said
    for said in ("表彰列一下", "额敏的列个表"):
        assert not laid_out_only(said), said
    first, again = cited_turns(lexical_service, "哪个县调解矛盾纠纷最多", "能不能整理成表格")
    assert again.kind == first.kind == "ranking"
    assert again.answer.startswith(f"{TABLE_HEAD}\n")


def test_the_others_asked_whether_they_did_a_thing_named(
    lexical_service: AnswerService,
) -> None:
    _, others = cited_turns(
        lexical_service, "额敏设立的法治体检室是做什么的", "别的县有没有搞兵地联调的"
    )
    assert others.kind == "mentions"
    assert others.answer.startswith("除额敏县外，没有其他报告提到“兵地联调”。")
    _, alike = cited_turns(
        lexical_service, "额敏设立的法治体检室是做什么的", "其他县有类似兵地联调的吗"
    )
    assert alike.answer.startswith("除额敏县外，没有其他报告提到“兵地联调”。")
    # ("有类似的吗" points at what was asked; it names nothing.)
    _, pointed = cited_turns(lexical_service, "额敏法律明白人有多少", "别的报告有类似的吗")
    assert "“吗”" not in pointed.answer and "“的吗”" not in pointed.answer


def test_figures_asked_beside_which_reports_say_a_thing(lexical_service: AnswerService) -> None:
    # "有的话具体数字是多少": each report's sentence, its figures as written.
    answer = lexical_service.ask("哪些报告里有清理拖欠企业账款的内容？有的话具体数字是多少")
    check_cited(answer)
    assert answer.kind == "mentions"
    assert "执行到位855.63万元，执行率87.5%" in answer.answer
    counted = lexical_service.ask("法律明白人 哪几份报告有 人数各多少")
    check_cited(counted)
    assert "“法律明白人”126人[" in counted.answer


def test_the_things_named_of_a_longer_run_quoted_and_added(
    lexical_service: AnswerService,
) -> None:
    asked, summed = cited_turns(
        lexical_service, "普兰法律援助里认罪认罚、代写文书、律师辩护各有几件", "三样加起来多少件"
    )
    assert asked.answer.startswith("普兰县：共办理刑事案件律师辩护6件、认罪认罚9件…代写文书95件[1]")
    assert "合计110件（6件+9件+95件，按所引数字相加）" in summed.answer


def test_a_place_set_aside_with_why_then_added_again(lexical_service: AnswerService) -> None:
    *_, again = cited_turns(
        lexical_service,
        "各报告化解矛盾纠纷多少件，从多到少排",
        "合计多少件",
        "不对，叶城那个是累计数，把叶城去掉再加一遍",
    )
    assert "合计1628件（" in again.answer and "叶城县" not in again.answer


def test_a_share_asked_in_percent_beside_its_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城梳理行政职权多少项，行政许可占了百分之多少")
    check_cited(answer)
    assert "行政许可208项[1]占梳理行政职权3415项[1]的6.1%（按所引数字计算）" in answer.answer


def test_an_amount_added_after_a_comma_is_asked_too(lexical_service: AnswerService) -> None:
    assert normalize("诉前调解件数和司法确认书份数，还有公证案件数") == (
        "诉前调解件数、司法确认书份数和公证案件数"
    )
    answer = lexical_service.ask("叶城诉前调解件数，还有公证案件数")
    check_answer(answer)
    assert "诉前调解680件[1]" in answer.answer and "办理公证案件1742件[2]" in answer.answer


def test_figures_just_told_doubted(lexical_service: AnswerService) -> None:
    assert claimed_figure("这个数准吗") == claimed_figure("数据可靠吗") == "*"
    _, doubted = cited_turns(lexical_service, "额敏县持证执法人员多少人", "这个数准吗")
    assert doubted.answer.startswith("以上数字均摘自报告原文（见引文）：585人[1]。")


def test_a_part_of_the_sum_just_told_and_of_a_whole_said_first(
    lexical_service: AnswerService,
) -> None:
    *_, share = cited_turns(
        lexical_service, "普兰县法治工作经费各项拨了多少", "加起来多少", "普法经费占了总数的多少"
    )
    assert (
        "普法经费3万元[1]占合计13万元（2万元+3万元+8万元）的23.1%（按所引数字计算）" in share.answer
    )
    held = lexical_service.ask("叶城梳理的行政职权3415项里，行政许可占了多大比例？")
    check_cited(held)
    assert "行政许可208项[1]占梳理行政职权3415项[1]的6.1%" in held.answer


def test_an_average_over_the_reports_kept_and_a_thing_named_twice(
    lexical_service: AnswerService,
) -> None:
    *_, kept = cited_turns(
        lexical_service,
        "各报告化解（调解）矛盾纠纷的件数分别是多少",
        "平均下来每家多少件",
        "把叶城那份去掉，只算2025年的四份，平均多少",
    )
    assert "合计1628件（" in kept.answer
    assert "平均每份约407件（合计1628件÷4份，按所引数字计算）。" in kept.answer


def test_an_average_per_thing_named_with_no_doing(lexical_service: AnswerService) -> None:
    _, per = cited_turns(lexical_service, "克孜勒陶镇有多少个网格", "平均每个网格几个人")
    assert "平均每个网格约5.65名（按所引数字计算：373名[1]÷66个[1]）" in per.answer


def test_a_count_of_another_kind_of_case_is_no_answer(lexical_service: AnswerService) -> None:
    # 案件 is counted in 件 though no measure is asked: 复议 cases are no 诉讼 cases.
    assert lexical_service.ask("额敏县接收行政诉讼案件多少").abstained
    _, other = cited_turns(lexical_service, "额敏复议案件全年收了几件", "那行政诉讼呢")
    assert "38件" not in other.answer


def test_the_rows_just_told_without_the_silent_ones(lexical_service: AnswerService) -> None:
    _, kept = cited_turns(lexical_service, "各县执法证持证人数分别多少", "去掉没写的")
    assert "额敏县：全县现有持证执法人员585人[1]" in kept.answer
    assert "未提及" not in kept.answer
    _, doubted = cited_turns(lexical_service, "哪个县化解矛盾纠纷最多", "这个数靠谱吗")
    # Only figures in a measure: a report's file number, or a year, is none.
    assert doubted.answer.startswith("以上数字均摘自报告原文（见引文）：5726件[1]、")
    assert "003[" not in doubted.answer.splitlines()[0]


def test_a_side_stating_only_another_kinds_figures_states_none(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰和叶城的公证案件数对比")
    check_cited(answer)
    assert "普兰县：未提及这一数字。" in answer.answer
    assert "行政复议" not in answer.answer


def test_a_figure_put_forward_checked_against_one_worked_out(
    lexical_service: AnswerService,
) -> None:
    *_, wrong = cited_turns(
        lexical_service,
        "额敏对2024年法治督察反馈的问题，自治区和地区各反馈了多少条？",
        "加一起一共多少条",
        "我算的是41条，对吗",
    )
    assert wrong.answer.startswith("按所引数字计算为40条，不是41条。")
    *_, right = cited_turns(
        lexical_service, "普兰的12345热线一年办件多少", "投诉有多少", "算下投诉占比", "是20.1%吗"
    )
    assert right.answer.startswith("按所引数字计算，正是20.1%。")


def test_a_side_saying_one_of_several_things_compared_is_quoted(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏和克孜勒陶镇的普法场次、参与人次对比")
    check_cited(answer)
    assert "全年共计开展各类普法活动128场次" in answer.answer
