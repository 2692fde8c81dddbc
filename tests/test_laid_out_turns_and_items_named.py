"""A turn that only says how to lay the answer out, a list asked with a layout word glued on,
an item just told named by its words, a figure's period said with 以来, sums of money and
things counted with 个, and figures a plan sets asked beside its items."""

from __future__ import annotations

from answer_rules import check_answer, check_citation

from retrieval.answer.table_block import TABLE_HEAD
from retrieval.answer.thing_labels import thing_label
from retrieval.query.expected import Expected
from retrieval.query.laid_out import laid_out_only
from retrieval.schema import Conversation
from retrieval.service import AnswerService


def _turns(service: AnswerService, *questions: str) -> list:
    turns = Conversation()
    return [service.ask(q, conversation=turns) for q in questions]


def test_turns_that_only_lay_out_the_answer() -> None:
    for turn in ("列个清单", "用清单形式列出来", "分条列一下", "用表格列出来", "列个表吧"):
        assert laid_out_only(turn), turn
    # A thing is asked, or a list named by what it lists.
    for turn in ("权责清单有哪些", "负面清单怎么落实", "列出来有什么用", "普兰县呢"):
        assert not laid_out_only(turn), turn


def test_a_list_laid_out_again_is_the_list(lexical_service: AnswerService) -> None:
    first, again, item = _turns(
        lexical_service, "普兰县下一步有什么打算", "用清单形式列出来", "第二条展开说说"
    )
    check_answer(again)
    assert again.kind == "list"
    assert again.answer.splitlines()[1:] == first.answer.splitlines()[1:]
    check_answer(item)
    # The item is the plans' second, not the report's second part.
    assert "深化法治政府建设" in item.answer
    assert "存在的问题" not in item.answer


def test_a_ranking_asked_as_a_table_is_asked_again(lexical_service: AnswerService) -> None:
    first, again = _turns(lexical_service, "哪个县行政复议案件最多", "用表格列出来")
    for citation in again.citations:
        check_citation(citation)
    assert again.kind == first.kind == "ranking"
    # The ranking, opened by its rows laid out as the table asked for.
    assert again.answer.startswith(f"{TABLE_HEAD}\n额敏县｜全年接收行政复议案件38件[1]\n")
    assert again.answer.endswith(first.answer)
    assert {row.source for row in again.rows} == {row.source for row in first.rows}


def test_a_layout_glued_to_a_list_asks_nothing(lexical_service: AnswerService) -> None:
    for question in ("额敏县下一步打算列个清单", "额敏县下一步打算，用清单形式列出来"):
        answer = lexical_service.ask(question)
        check_answer(answer)
        assert answer.kind == "list", question
        # Every plan, not the one whose text says 清单.
        assert "深化法治理念培育" in answer.answer, question
        assert "狠抓问题整改提升" in answer.answer, question
    # A list the report names is still asked.
    named = lexical_service.ask("叶城县的负面清单制度怎么落实的")
    check_answer(named)
    assert "负面清单" in named.answer


def test_a_period_said_with_since_is_the_question_before_of_that_year(
    lexical_service: AnswerService,
) -> None:
    _, since = _turns(lexical_service, "叶城县2024年受理了多少件公证案件", "那2023年以来呢？")
    check_answer(since)
    assert "1742件" in since.answer
    assert "行政复议" not in since.answer


def test_the_plans_for_an_item_named_by_its_words(lexical_service: AnswerService) -> None:
    _, plans = _turns(
        lexical_service, "叶城县存在哪些问题", "执法队伍力量薄弱这条，下一步打算怎么解决的？"
    )
    check_answer(plans)
    assert "加强法治队伍建设" in plans.answer
    assert "压实法治责任人责任" not in plans.answer


def test_an_item_named_in_full_is_not_widened_to_the_field_asked_before(
    lexical_service: AnswerService,
) -> None:
    _, item = _turns(
        lexical_service, "额敏县在行政执法方面做了哪些工作", "其中创新执法监督机制那块具体讲讲"
    )
    check_answer(item)
    assert "126件" in item.answer
    assert "加强执法队伍建设" not in item.answer
    _, pointed = _turns(lexical_service, "额敏县法治政府建设有哪些亮点", "精准普法那个展开说说")
    check_answer(pointed)
    assert pointed.kind == "list"
    assert "22人" in pointed.answer


def test_a_sum_of_money_is_asked_by_its_noun() -> None:
    for topic in ("法律援助经费多少", "经费投入了多少", "补贴资金是多少"):
        expected = Expected.of(topic)
        assert expected.unit is not None and expected.unit.search("3万元"), topic
        assert not expected.unit.search("9件"), topic


def test_a_fund_no_report_gives_is_no_count_of_cases(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县法律援助经费多少")
    # The legal-aid cases the report counts are no sum of money, and the funds it lists are
    # other kinds of fund.
    assert answer.abstained and "律师辩护6件" not in answer.answer
    named = lexical_service.ask("普兰县普法经费多少")
    check_answer(named)
    assert "3万元" in named.answer
    # A sum of money of things counted otherwise is that sum.
    cases = lexical_service.ask("额敏县全年办理减免责案件减免金额多少？")
    check_answer(cases)
    assert "33.9万元" in cases.answer


def test_a_label_drops_the_measure_before_its_noun() -> None:
    assert thing_label("聘请了多少名法律顾问") == "聘请法律顾问"
    assert thing_label("有多少个乡镇") == "乡镇"
    assert thing_label("多少个村") == "村"


def test_figures_a_plan_sets_asked_beside_its_items(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县下一步打算有哪些，有没有具体的量化指标")
    check_answer(answer)
    assert answer.kind == "list"
    assert "持续强化责任落实" in answer.answer
    assert "不少于4次" in answer.answer


def test_where_asked_as_a_block_is_told_by_its_section(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县现在持证执法的多少人？原文在哪一块")
    *told, where = answer.answer.splitlines()
    check_answer(answer.model_copy(update={"answer": "\n".join(told)}))
    assert "585人" in answer.answer
    assert "未在报告中找到" not in answer.answer
    assert where.startswith("见于额敏县") and "规范行政执法行为" in where


def test_a_mentions_question_asking_where_names_no_term_of_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("枫桥经验，哪几家写了，在哪段")
    assert answer.kind == "mentions"
    assert "在哪段" not in answer.answer
    assert "2份报告提到“枫桥经验”" in answer.answer


def test_what_another_place_sets_asked_after_a_plan(lexical_service: AnswerService) -> None:
    *_, set_there = _turns(
        lexical_service, "叶城县对2024年是怎么安排的", "执法人员培训它定的一年几次", "那普兰定的呢"
    )
    check_answer(set_there)
    assert "不少于4次" in set_there.answer


def test_the_two_places_just_weighed_pointed_at_after_the_thing(
    lexical_service: AnswerService,
) -> None:
    _, rates = _turns(
        lexical_service, "矛盾纠纷，克孜勒陶镇和普兰各化解多少？谁多", "成功率两家都写了没"
    )
    check_answer(rates)
    assert rates.kind == "comparison"
    assert "100%" in rates.answer
    assert {row.source for row in rates.rows or []} == {
        "001_9e8ca7befe1b15d0.txt",
        "002_62a3a57a87610d23.txt",
    }


def test_headings_asked_of_places_after_every_report_s_plans(
    lexical_service: AnswerService,
) -> None:
    _, headings = _turns(lexical_service, "各家下一步打算，每家一行", "只看普兰和003，把标题列出来")
    check_answer(headings)
    assert headings.kind == "list"
    assert "持续强化责任落实" in headings.answer
    assert "紧盯“关键少数”" in headings.answer
    assert "年度报告" not in headings.answer


def test_a_column_added_after_saying_how_to_lay_it_out(lexical_service: AnswerService) -> None:
    _, table = _turns(
        lexical_service, "普法活动场次，各家分别多少", "做成表，加一列发了多少宣传资料"
    )
    check_answer(table)
    assert table.kind == "table"
    assert "128场次" in table.answer
    assert "6000余份" in table.answer


def test_figures_asked_beside_a_field_s_work(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇应急那块都干了啥，带数字说")
    check_answer(answer)
    assert answer.kind == "list"
    assert "305条" in answer.answer


def test_which_reports_give_no_figure_is_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪几份报告没写行政复议的案件数")
    check_answer(answer)
    assert answer.kind == "table"
    assert "未提及：阿克陶县克孜勒陶镇" in answer.answer
    # Which reports never name a thing is still asked of their words.
    assert lexical_service.ask("哪些报告没有提到法律明白人").kind == "mentions"


def test_common_points_of_every_report_s_problems_set_them_side_by_side(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("五份报告存在的不足里，大家都提到了哪些共同点")
    check_answer(answer)
    assert answer.kind == "table"
    assert "法治意识有待进一步强化" in answer.answer
    assert "执法队伍力量薄弱" in answer.answer


def test_each_count_with_its_doing_after_a_mentions_answer(
    lexical_service: AnswerService,
) -> None:
    _, counts = _turns(lexical_service, "哪些报告提到了法律明白人", "这几家分别培养了多少名")
    for citation in counts.citations:
        check_citation(citation)
    assert counts.kind == "table"
    assert "126人" in counts.answer


def test_a_count_asked_after_a_field_s_count_is_of_that_field(
    lexical_service: AnswerService,
) -> None:
    _, found = _turns(lexical_service, "额敏县案卷评查抽查了多少卷", "发现的问题数呢")
    check_answer(found)
    assert found.kind == "fact"
    assert "230个" in found.answer


def test_places_added_to_a_comparison_stay_its_sides(lexical_service: AnswerService) -> None:
    *_, third = _turns(
        lexical_service,
        "案卷评查抽了多少卷，额敏跟003比一下",
        "普兰也加进来，排一下",
        "发现的问题数呢",
    )
    assert third.kind == "comparison"
    assert len({row.source for row in third.rows or []}) == 3


def test_an_average_is_computed_from_the_cited_total_and_count(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城县平均每个调解员调解了多少件纠纷")
    assert "5726件" in answer.answer and "2186名" in answer.answer
    *told, average = answer.answer.splitlines()
    check_answer(answer.model_copy(update={"answer": "\n".join(told)}))
    assert average.startswith("平均每个调解员约2.62件（按所引数字计算：5726件[")
    for citation in answer.citations:
        check_citation(citation)
    # Asked after the count it is spread over, each one is counted in the count's measure.
    after = lexical_service.ask("叶城县调解员平均每人调解多少件")
    assert after.answer.splitlines()[-1].startswith("平均每名调解员约2.62件")
    # However the average is said: each one first, or per head.
    for question in ("叶城县每个调解员平均调解多少件", "叶城县平均每个调解组织有几名调解员"):
        last = lexical_service.ask(question).answer.splitlines()[-1]
        assert last.startswith("平均每个调解"), (question, last)
    # No average asked, none computed.
    plain = lexical_service.ask("叶城县调解员调解了多少件纠纷")
    assert "平均" not in plain.answer


def test_sides_stating_the_same_figure_are_said_alike(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏、克孜勒陶镇、叶城三地矛盾纠纷调解成功率比一下")
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1].startswith(
        "额敏县、阿克陶县克孜勒陶镇、叶城县相同，均为100%"
    )
    assert "最高" not in answer.answer


def test_which_part_is_asked_no_count_of_parts(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县下一步打算有哪些，在报告第几部分")
    assert answer.answer.startswith("额敏县：五、下一步工作打算")
    assert "共5部分" not in answer.answer


def test_a_place_guessed_beside_a_ranking_narrows_nothing(
    lexical_service: AnswerService,
) -> None:
    for question in ("哪家调解矛盾纠纷最多，额敏排第几", "调解矛盾纠纷哪个县最多？是不是叶城？"):
        answer = lexical_service.ask(question)
        assert answer.kind == "ranking", question
        assert len({row.source for row in answer.rows or []}) == 5, question
    # A place asked of is still the question's own.
    assert lexical_service.ask("额敏县调解矛盾纠纷多少件").kind == "fact"


def test_hard_requirements_asked_beside_plans_are_their_floors(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城县2024年的工作安排有哪些，有什么硬性要求")
    check_answer(answer)
    assert answer.kind == "list"
    assert "(四)提高普法精准性和实效性" in answer.answer
    assert "不少于2次" in answer.answer


def test_a_floor_set_for_a_year_is_read_in_the_report_planning_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城2024年要求每年执法培训几次")
    assert not answer.abstained
    assert "不少于2次" in answer.answer
    assert "2024年的工作打算见2023年度报告" in (answer.notice or "")
    # A count of that year is no plan: no report of it is held.
    assert lexical_service.ask("叶城县2024年受理法律援助案件多少件").abstained


def test_whether_a_place_says_it_beside_a_ranking(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪个县开展普法活动最多？额敏有没有写？")
    assert answer.kind == "ranking"
    assert len({row.source for row in answer.rows or []}) == 5


def test_the_year_a_plan_is_for_is_told_by_its_heading(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县下一步打算有几条，是针对哪一年的")
    check_answer(answer)
    assert answer.kind == "list"
    assert "2024年度推进法治政府建设的主要安排" in answer.answer
    assert "(四)提高普法精准性和实效性" in answer.answer


def test_the_year_of_a_figure_asked_beside_it_is_a_note(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县行政复议收了多少件，是哪一年的")
    lines = answer.answer.splitlines()
    # The figure once, then the period it covers: no second answer of the same figures.
    assert sum("38件" in line for line in lines) == 1
    assert lines[-1].startswith("注：所引数字的统计时段：额敏县为2025年全年")
    assert "未在报告中找到" not in answer.answer
