"""Short turns typed on a phone between other work: greetings one after another, why the asker
asks said after the question, a count in another measure ("多少户"), how many items the list
just told holds, an order or the years of the figures just told, one item named alone, the
name of the place pointed at, and another attribute of the report just asked of.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import asked_in_turns, check_answer

from retrieval.service import AnswerService


def test_greetings_one_after_another_ask_nothing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "你好 在吗 我想问下普兰县普法经费拨了多少")
    assert "普法经费3万元[" in answer.answer
    assert "在吗" not in answer.answer
    check_answer(answer)


def test_why_the_asker_asks_said_after_the_question(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "克孜勒陶镇应急那块都干了哪些工作 我们也是山区乡镇想学学"
    )
    assert answer.kind == "list"
    assert "三是强化突发事件应急演练[" in answer.answer
    kept = asked_in_turns(lexical_service, "额敏县行政复议收了多少件，我们县呢")
    assert kept.abstained or "38件" in kept.answer


def test_a_count_in_another_measure_counts_the_thing_before(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "克孜勒陶镇给群众赋分兑换了多少钱", "多少户")
    assert "957户群众赋分" in answer.answer
    check_answer(answer)


def test_the_year_whose_plans_were_asked_is_no_year_asked_next(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城2024年法治队伍建设方面准备怎么搞", "执法人员培训每年几次"
    )
    assert not answer.abstained
    assert "培训不少于2次" in answer.answer


def test_how_many_items_the_list_just_told_holds(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县有啥不足", "一共几条")
    assert answer.kind == "list"
    assert "（共3条）" in answer.answer


def test_the_figures_just_tabled_ordered_by_their_measure(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "五份报告的复议案子各几件", "按件数从多到少排一下")
    assert answer.kind == "ranking"
    first = answer.answer.splitlines()[1]
    assert first.startswith("1. 额敏县：") and "38件[" in first
    years = asked_in_turns(
        lexical_service, "五份报告的复议案子各几件", "按件数从多到少排一下", "年份也标一下"
    )
    assert "叶城县为2023年以来" in years.answer


def test_which_year_a_figure_is_of_asked_in_few_words(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏复议纠错的行政行为有几件", "纠错率呢", "这是哪年的数"
    )
    assert "纠错率25%[" in answer.answer
    assert "额敏县为2025年全年" in answer.answer


def test_one_item_named_told_alone(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "克孜勒陶镇存在哪些问题", "只讲监督制约机制那条")
    assert answer.kind == "list"
    assert "(四)监督制约机制有待进一步完善[" in answer.answer
    assert "(一)法治意识" not in answer.answer


def test_the_name_of_the_place_pointed_at(lexical_service: AnswerService) -> None:
    unnamed = asked_in_turns(lexical_service, "智慧检务中心是哪份报告写的", "这个县叫什么")
    assert unnamed.abstained
    assert "该报告未载明地区" in unnamed.answer
    named = asked_in_turns(lexical_service, "普兰县有啥不足", "这个县叫啥")
    assert named.kind == "metadata"
    assert "普兰县" in named.answer


def test_another_attribute_of_the_report_just_asked_of(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰那份报告谁落的款", "网上哪天发的")
    assert answer.kind == "metadata"
    assert "2026-01-12" in answer.answer
    check_answer(answer)
