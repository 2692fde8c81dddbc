"""Two fields asked of a report that lists neither, points to touch on beside a list, an item
of the list just told asked with how to tell it, a set-aside said after its reason, a side
added with the thing to order by, parts of a fact asked apart, and tables and rankings of a
thing no report counts."""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.answer.rows import NONE_COUNTED, NONE_RANKED
from retrieval.query.order import order_of
from retrieval.query.shape import shape_of
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, KEZILETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _turns(service: AnswerService, *questions: str) -> list:
    turns = Conversation()
    return [service.ask(q, conversation=turns) for q in questions]


def test_two_joined_fields_each_told_by_its_sentences(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县在人民调解和法律援助方面都做了啥")
    check_answer(answer)
    # The second field is not lost to the first.
    assert "调委会" in answer.answer
    assert "律师辩护6件" in answer.answer


def test_points_to_touch_on_ask_the_list_with_its_figures(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇化解矛盾纠纷是怎么做的，调解员、案件数都讲讲")
    check_answer(answer)
    assert answer.kind == "list"
    assert "健全化解机制" in answer.answer
    assert "168件" in answer.answer


def test_an_item_asked_with_how_to_tell_it(lexical_service: AnswerService) -> None:
    _, item = _turns(lexical_service, "普兰县下一步工作打算有几条", "第三条具体咋弄，分条说")
    check_answer(item)
    assert "夯实法治社会基础" in item.answer
    assert "持续强化责任落实" not in item.answer


def test_an_item_asked_of_with_words_of_its_own(lexical_service: AnswerService) -> None:
    _, item = _turns(
        lexical_service, "额敏县下一步咋打算的", "第三条那个 跟基层有关的 有没有说调解咋弄"
    )
    check_answer(item)
    assert item.kind == "list"
    assert "夯实基层法治根基" in item.answer


def test_an_item_whose_heading_names_the_field_is_not_widened(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县行政执法规范这块干了啥")
    check_answer(answer)
    assert "66件" in answer.answer
    assert "放管服" not in answer.answer
    # Items that each say the field whole are listed as their run.
    widened = lexical_service.ask("叶城县在政务服务上做了什么")
    check_answer(widened)
    assert "马上办" in widened.answer


def test_high_to_low_is_no_order_from_the_least() -> None:
    assert order_of("那个热线 哪个报告里办的最多 从高到低排一下") == "desc"
    assert order_of("哪个县最少") == "asc"


def test_items_counted_after_a_space_or_told_in_a_number_of_items() -> None:
    assert shape_of("下一步咋打算的 大概分几条", 1) == "list"
    assert shape_of("调解方面干了些啥 他们是分几条说的", 1) == "list"
    assert shape_of("干部学法的数字，五家分别列一下", 0) == "table"


def test_a_plan_year_asked_with_its_items_counted(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县2026年准备干啥 大概分几条")
    check_answer(answer)
    assert answer.kind == "list"
    assert "共5条" in answer.answer


def test_a_report_set_aside_after_its_reason(lexical_service: AnswerService) -> None:
    ranked, again = _turns(
        lexical_service, "各县调解矛盾纠纷多少件，排个序", "叶城那个是23年的，去掉，只排剩下的"
    )
    assert cited_rows(ranked)[YECHENG] == "5726件"
    rows = cited_rows(again)
    assert again.kind == "ranking"
    assert YECHENG not in rows
    assert rows[EMIN] == "963件"


def test_a_side_added_with_the_thing_to_order_by(lexical_service: AnswerService) -> None:
    _, added = _turns(
        lexical_service,
        "案卷评查，额敏和003对比一下：抽了多少卷，整改了多少问题。",
        "再加上普兰，三家按评查案卷数排一下",
    )
    check_answer(added)
    assert all(f in added.answer for f in ("126件", "104份", "66件"))
    # The problems set right are no longer what is weighed.
    assert "230个" not in added.answer


def test_attributes_asked_again_with_one_more_told_at_once(
    lexical_service: AnswerService,
) -> None:
    _, again = _turns(lexical_service, "克孜勒陶镇报告索引号多少", "普兰的呢？成文日期一并讲")
    check_answer(again)
    assert "pnx/2026-00010" in again.answer


def test_parts_naming_their_own_things_are_not_drawn_to_one_sentence(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏县复议收了多少件？纠错几件？")
    check_answer(answer)
    assert "38件" in answer.answer
    assert "3件" in answer.answer


def test_an_amount_asked_to_be_told_in_passing_is_a_part(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县12345热线办件多少？顺带把政务大厅线上线下办件量也报一下")
    check_answer(answer)
    assert "1020件" in answer.answer
    assert "9938件" in answer.answer


def test_another_kind_then_the_rest_of_its_kinds(lexical_service: AnswerService) -> None:
    _, rest = _turns(
        lexical_service, "叶城县权责清单里行政许可多少项", "行政强制呢？其余几类也报一下"
    )
    check_answer(rest)
    assert "156项" in rest.answer
    assert "2407项" in rest.answer


def test_a_ranking_whose_order_clause_has_a_remark_after_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("规范性文件审查件数，按多少排一下，这块领导要看。")
    assert answer.kind == "ranking"
    assert cited_rows(answer)[PULAN] == "11件"


def test_a_thing_no_report_counts_is_quoted_as_each_says_it(
    lexical_service: AnswerService,
) -> None:
    table = lexical_service.ask("各地法律顾问分别有多少人，列表")
    # Each report's words quoted, none with a figure of it.
    assert set(cited_rows(table).values()) == {None}
    assert sum(row.n is not None for row in table.rows or []) > 1
    assert table.kind == "table"
    assert not table.abstained
    assert table.answer.startswith(NONE_COUNTED)
    ranked = lexical_service.ask("哪个县的法律顾问最多")
    assert set(cited_rows(ranked).values()) == {None}
    assert ranked.answer.startswith(NONE_RANKED)
    # A figure no report speaks of is still not found.
    assert lexical_service.ask("各县行政诉讼败诉率分别多少").abstained


def test_a_field_s_figures_in_a_table_quote_those_said_with_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("干部学法的数字，五家分别列一下")
    assert cited_rows(answer)[EMIN] == "17期"
    assert answer.kind == "table"
    assert "143人次" in answer.answer


def test_a_part_bound_to_the_whole_s_own_figure_is_read_apart(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城县行政处罚职权占全部行政职权的比例是多少")
    excerpts = " ".join(c.excerpt for c in answer.citations)
    assert "行政职权3415项" in excerpts and "行政处罚2407项" in excerpts
    # The part is not divided by itself.
    assert "100.0%" not in answer.answer
    assert "70.5%" in answer.answer


def test_a_described_report_kept_when_a_place_is_added(lexical_service: AnswerService) -> None:
    _, added = _turns(
        lexical_service,
        "克孜勒陶镇跟没写县名的那份 12345热线办的件数谁多",
        "那再把普兰也加进来一起比呢",
    )
    rows = cited_rows(added)
    assert {KEZILETAO, PULAN, UNNAMED} <= set(rows)


def test_which_leads_among_places_of_a_ranking(lexical_service: AnswerService) -> None:
    _, among = _turns(
        lexical_service, "各县调解矛盾纠纷多少件，排个序", "普兰、003、额敏这三家里谁第一"
    )
    rows = cited_rows(among)
    assert set(rows) == {EMIN, PULAN, UNNAMED}
    assert rows[EMIN] == "963件"


def test_a_share_asked_of_a_part_in_its_whole(lexical_service: AnswerService) -> None:
    for question in (
        "普兰县12345热线投诉件数在全部办件中占多大比例",
        "普兰县12345热线办件中投诉所占比例",
        "普兰县12345热线投诉的占比是多少",
        "普兰县12345热线投诉占全部办件的百分比",
    ):
        answer = lexical_service.ask(question)
        # The whole is the one the part's own sentence counts it in, not another 办件.
        assert answer.answer.endswith("的20.1%（按所引数字计算）"), answer.answer


def test_how_figures_are_counted_said_after_an_order_asks_nothing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("整改的问题数，几家排一下，口径讲清楚。")
    assert answer.kind == "ranking"
    assert cited_rows(answer)[EMIN] == "230个"


def test_which_of_the_reports_found_gives_a_count(lexical_service: AnswerService) -> None:
    _, counted = _turns(lexical_service, "哪些报告提到了法律明白人", "其中哪家写了具体人数")
    rows = cited_rows(counted)
    assert counted.kind == "table"
    assert rows[KEZILETAO] == "126人"
    assert rows[YECHENG] == "1166名"


def test_the_one_item_whose_text_says_the_topic_is_not_widened(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县基层治理里调解方面做了些什么")
    check_answer(answer)
    assert "提升基层治理效能" in answer.answer
    assert "调委会" in answer.answer
    assert "深化法治宣传教育" not in answer.answer


def test_a_report_added_to_two_places_set_side_by_side(lexical_service: AnswerService) -> None:
    _, added = _turns(lexical_service, "额敏和叶城法律援助案件各多少", "再把003那份加进来")
    rows = cited_rows(added)
    assert added.kind == "comparison"
    assert rows[UNNAMED] == "103件"
    assert rows[YECHENG] == "543件"
