"""Formal requests: the clause asking an order names what is ranked, a quoted heading names
the part listed, a lead that asks keeps its question over items that only say how to put it,
and the clauses that annotate (formats, cautions, what not to write) ask nothing."""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, asked_in_turns, cited_rows

from retrieval.query.annotations import ANNOTATIONS
from retrieval.query.parts import question_parts
from retrieval.query.social import is_noise
from retrieval.service import AnswerService

EMIN, KEZILETAO, PULAN, UNNAMED, YECHENG = SAMPLES


@pytest.mark.parametrize(
    "clause",
    [
        "格式同上",
        "请同样列出",
        "请分别列出报告名称及所在部分",
        "请特别注意：两份材料的统计时段可能不一致",
        "如不一致请在结论中加以提示",
        "并提醒我年份口径的差别",
        "并在最后提示哪份报告是2023年度的",
        "含调解、信访、群众诉求",
    ],
)
def test_a_clause_saying_how_to_answer_annotates(clause: str) -> None:
    assert any(pattern.match(clause) for pattern in ANNOTATIONS)


def test_one_thing_named_is_no_list_of_kinds() -> None:
    assert not any(pattern.match("含公职律师") for pattern in ANNOTATIONS)


def test_two_things_each_counted_are_two_parts(lexical_service: AnswerService) -> None:
    vocabulary = lexical_service.planning.current().lexical
    parts = question_parts("全年发布预警信息条数和应急演练次数是多少", vocabulary)
    assert len(parts) == 2


def test_a_character_typed_over_and_over_is_noise() -> None:
    assert is_noise("qwer；；；好好好 1、2、zzzz")
    assert not is_noise("普兰县复议多少件")


def test_the_thing_ranked_is_named_where_the_order_is_asked(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service,
        "请按行政复议案件数量对各报告排序（从多到少），每个地方写明件数及报告原话的口径。",
    )
    assert answer.kind == "ranking"
    assert cited_rows(answer)[EMIN] == "38件"


def test_a_ranking_asked_again_by_another_figure(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "各报告案卷评查抽查的案卷数量排个序",
        "换个口径，按评查中发现或整改的问题数量重新排一次。",
    )
    assert answer.kind == "ranking"
    assert cited_rows(answer)[EMIN] == "230个"


def test_a_quoted_heading_names_the_part_listed(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "根据年度工作安排，请把额敏县报告“存在的问题与不足”部分逐条归纳，每条一句话概括即可。",
    )
    assert answer.kind == "list"
    assert "基层治理能力有待加强" in answer.answer


def test_a_lead_that_asks_keeps_its_question(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "请整理克孜勒陶镇报告中在矛盾纠纷化解方面开展了哪些工作。要求：1、按原有小项归类；"
        "2、每项附上数字。",
    )
    assert answer.kind == "list"
    assert "健全调解工作体系" in answer.answer


def test_an_item_of_the_list_told_in_full(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏县存在的问题有哪些",
        "第二条原文是怎么表述的？请把该条的主要内容展开说明。",
    )
    assert "村（社区）法律顾问的作用发挥不够充分" in answer.answer


def test_a_capability_asked_with_an_example_is_chitchat(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "您这边能协助我们做哪些事情？比如能否帮忙比对数据？")
    assert answer.kind == "chitchat" and not answer.citations


def test_a_place_added_and_ordered(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏县和普兰县全年行政复议案件各是多少件",
        "再把叶城县那份加进来，三家一起排一下",
    )
    assert answer.kind == "comparison"
    assert set(cited_rows(answer)) == {EMIN, PULAN, YECHENG}
    assert "最多" in answer.answer.splitlines()[-1]


def test_a_rate_or_a_count_asked_per_report(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "汇总各报告里负责人出庭应诉的情况，列出出庭应诉率或出庭件数。报告中没有写的请注明。",
    )
    rows = cited_rows(answer)
    assert "100%" in (rows[EMIN] or "") and "1起" in (rows[KEZILETAO] or "")


def test_a_sentence_naming_the_field_before_the_request(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "现需比较两地复议工作量。请查一下额敏县和普兰县全年收到（接收）的行政复议案件各是多少件，谁多？",
    )
    assert cited_rows(answer) == {EMIN: "38件", PULAN: "1件"}


def test_the_order_by_a_figure_names_what_is_ranked(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "各地执法案卷评查情况需要排个序。请按抽查案卷数量从多到少排列，没有数量的请说明。",
    )
    assert answer.kind == "ranking"
    assert cited_rows(answer)[EMIN] == "126件"


def test_what_is_ordered_put_before_the_order(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "现需对各报告中矛盾纠纷化解件数做一个横向排序。")
    assert cited_rows(answer)[KEZILETAO] == "168件"


def test_a_caution_on_periods_asks_nothing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "请对比额敏县（2025年）和叶城县（2023年）的行政复议案件数：1、各自多少件；2、谁多；"
        "3、两地年度不同、口径也可能不同，请在结论后加以提示。",
    )
    assert cited_rows(answer) == {EMIN: "38件", YECHENG: "11件"}


def test_a_sentence_saying_why_it_is_asked_goes(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "执法证新增人数是年度评估的重点之一。请比较普兰县与003号新取得执法证的人数。",
    )
    assert cited_rows(answer) == {PULAN: "25本", UNNAMED: "216人"}


def test_a_place_added_and_all_weighed_together(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "克孜勒陶镇与普兰县全年化解矛盾纠纷的件数谁多",
        "那额敏县呢？三家放一起比，哪家最多？",
    )
    assert set(cited_rows(answer)) == {EMIN, KEZILETAO, PULAN}


def test_a_quoted_part_listed_whole_with_its_figures(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏县报告单列了“工作特色与亮点”，请按原顺序列出各条标题，并附上关键数字。",
    )
    assert answer.kind == "list"
    assert "高位统筹" in answer.answer and "72个宣讲点位" in answer.answer


def test_the_field_of_a_colon_list_said_before_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "各地持证执法人员或执法证相关数字（现有持证人数、取得人数、年审人数等）列个表",
    )
    rows = cited_rows(answer)
    assert "216人" in (rows[UNNAMED] or "") and "427名" in (rows[UNNAMED] or "")


def test_the_same_attributes_asked_of_another_report(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "请提供克孜勒陶镇报告的：1、索引号；2、发布日期；3、发文单位。",
        "普兰县那份的呢？同样几项，另外请把落款也写上。",
    )
    assert answer.kind == "metadata"
    assert "pnx/2026-00010" in answer.answer and "2025年12月31日" in answer.answer


def test_a_ranking_asked_again_by_a_figure_supposed(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "各报告案卷评查抽查的案卷数量排个序",
        "那如果按评查中督促整改的问题数量来排呢？",
    )
    assert answer.kind == "ranking"
    assert cited_rows(answer)[UNNAMED] == "33个"


def test_a_quoted_programme_is_no_count_of_the_field(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各报告普法活动开展场次，排个序")
    assert cited_rows(answer)[PULAN] == "220余场次"


def test_a_quote_of_the_askers_own_names_no_part(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县在法治宣传教育方面开展了哪些工作（要写一段“各地普法亮点”）"
    )
    assert answer.kind == "list"
    assert "深化法治宣传教育" in answer.answer.splitlines()[0]


def test_no_verdict_between_counts_of_unlike_things(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城县公共法律服务中心和003号法律援助案件哪个多")
    last = answer.answer.splitlines()[-1]
    assert "无法直接比较" in last and "多于" not in last
